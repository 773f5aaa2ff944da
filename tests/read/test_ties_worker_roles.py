"""Group ties through a role in a group's work told in an apposition ("a driver for the Sinaloa Cartel"), and through
a membership the document gives a person named after the first in a list of targets (membership.py works_for,
events/context.py, events/befallen.py later_people): sentences written for this test. A role outside or against
the group (a lawyer, a prosecutor of a case, a critic) ties nothing."""

import pytest

from tocsin.read.membership import works_for


def _ties(make_doc, text, etype):
    from tocsin.read import read_many

    ((_, ann),) = read_many([make_doc(text, language="en", published_at="2025-03-01")], gated=False)
    e = next(e for e in ann.events if e.type == etype)
    return {(t.role, t.group_key, t.strength) for t in e.ties if t.role != "mentioned"}


@pytest.mark.parametrize(("words", "worker"), [
    ("a driver for the ", True),
    ("a key supplier of methamphetamine for the ", True),
    ("a senior logistics chief for the ", True),
    ("an alleged money launderer for ", True),
    ("operador financiero del ", True),
    ("a lawyer for the ", False),
    ("a prosecutor of the ", False),
    ("a critic of the ", False),
    ("a driver who fled from the ", False),
    ("an expert on drug traffickers of the ", False),  # a role on the group, not in its work
    ("a representative of families of victims of the ", False),
    ("a broker of peace talks with the ", False),
    ("a lawyer who represented traffickers for the ", False),
])
def test_works_for_reads_roles_of_the_groups_work(words, worker):
    text = words + "Gulf Cartel"
    assert works_for(text, 0, len(words)) is worker


@pytest.mark.model
@pytest.mark.parametrize(("text", "etype", "tie"), [
    ("Federal agents arrested Pedro Alvarez, a driver for the Sinaloa Cartel, in Laredo on Monday.\n", "arrest",
     ("target", "sinaloa-cartel", "named")),
    ("Marines detained Rosa Quintero and Pedro Alvarez, a key supplier of cocaine for the Gulf Cartel, in Reynosa.\n",
     "arrest", ("target", "gulf-cartel", "named")),
    ("Soldiers detained Rosa Quintero and Pedro Alvarez, a leader of the Gulf Cartel, in Reynosa.\n", "arrest",
     ("target", "gulf-cartel", "named")),
])
def test_ties_through_a_role_or_a_later_name(make_doc, text, etype, tie):
    assert tie in _ties(make_doc, text, etype)


@pytest.mark.model
@pytest.mark.parametrize(("text", "etype"), [
    ("Gunmen killed Pedro Alvarez, a lawyer for the Sinaloa Cartel, in Culiacan on Monday.\n", "killing"),
    ("Soldiers detained Rosa Quintero and Pedro Alvarez, a prosecutor of the Gulf Cartel case, in Reynosa.\n", "arrest"),
    ("Police arrested Rosa Quintero and Pedro Alvarez in Laredo. Alvarez is a reporter who covers the Gulf Cartel.\n",
     "arrest"),
])
def test_ties_near_misses_of_roles_tie_nothing(make_doc, text, etype):
    assert _ties(make_doc, text, etype) == set()
