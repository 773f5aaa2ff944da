"""Group ties read across a sentence and against a denial (read/ties.py, events/belonging.py): sentences written for
these tests.

- a later sentence that says what "the attackers", "the kidnappers", "the suspect" belong to ties the group to the act
  told before whose doers were told by no name ("Gunmen killed …", "Two masked men abducted …", "… was shot dead"),
  with the later sentence's own hedge; "the suspect" holds the act as a suspicion, so the tie is at most suspected;
  never a named actor's act, never through a question or a denial;
- a view or a blame denied ("police do not believe", "did not attribute … to", "no culpó al") ties the group to
  nothing; the same words undenied keep their hedge;
- blame whose object runs long ("blamed the bombing of a crowded bus station in Quetta on"), and "culpó al X por",
  put the act on the group as an accusation.
"""

import pytest


def _ties(make_doc, text, language, etype):
    from tocsin.read import read_many

    ((_, ann),) = read_many([make_doc(text, language=language, published_at="2025-03-01")], gated=False)
    found = set()
    for e in (e for e in ann.events if e.type == etype):
        found |= {(t.role, t.group_key, t.strength) for t in e.ties if t.role != "mentioned"}
    return found


@pytest.mark.model
@pytest.mark.parametrize(("text", "language", "etype", "tied"), [
    ("Gunmen killed a police captain in Culiacán on Monday. Authorities said the attackers were believed to be members of "
     "the Sinaloa Cartel.\n", "en", "killing", {("actor", "sinaloa-cartel", "suspected")}),
    ("Two masked men abducted a rancher near Reynosa on Sunday. Police said the kidnappers belonged to the Gulf Cartel.\n",
     "en", "abduction", {("actor", "gulf-cartel", "alleged")}),
    ("A cook was shot dead in Houston on Friday. Police said the suspect is a member of MS-13.\n", "en", "killing",
     {("actor", "ms-13", "suspected")}),
    ("Unos hombres armados asesinaron a un policía en Celaya el lunes. Según la Fiscalía, los atacantes serían integrantes "
     "del CJNG.\n", "es", "killing", {("actor", "cjng", "alleged")}),
    ("Un comerciante fue asesinado en Lima el lunes. La policía cree que el sospechoso es integrante del Tren de Aragua.\n",
     "es", "killing", {("actor", "tren-de-aragua", "suspected")}),
    # near misses: a named actor is someone else than "the gunmen"; a question; the victim's own membership
    ("Carlos Ruiz shot a cook in Dallas on Friday. Police said the gunmen were members of MS-13.\n", "en", "attack", set()),
    ("A cook was shot dead in Houston on Friday. Police have not said whether the shooter is a member of MS-13.\n", "en",
     "killing", set()),
    ("Un hombre fue asesinado en Lima el lunes. La policía dijo que la víctima era integrante del Tren de Aragua.\n", "es",
     "killing", set()),
])
def test_the_doers_described_later(make_doc, text, language, etype, tied):
    assert _ties(make_doc, text, language, etype) == tied


@pytest.mark.model
@pytest.mark.parametrize(("text", "language", "etype"), [
    # the doers' word names the victim: "the gunman" is the one shot
    ("A gunman was shot dead in Tijuana on Monday. The gunman was a member of the Sinaloa Cartel.\n", "en", "killing"),
    ("Un sospechoso de robo fue asesinado en Cusco el lunes. El sospechoso era integrante del Tren de Aragua.\n", "es", "killing"),
    # another happening: "in a separate case", "en otro caso"
    ("Gunmen killed a police captain in Culiacán on Monday. In a separate case last year, the attackers were members of "
     "the Sinaloa Cartel.\n", "en", "killing"),
    ("Hombres armados asesinaron a un policía en Celaya. En otro caso, los atacantes eran integrantes del CJNG.\n", "es", "killing"),
    # "the suspect" is the one told in between, arrested or charged for something else
    ("A cook was shot dead in Houston on Friday. Police arrested a suspect in a burglary in Dallas. The suspect is a member "
     "of MS-13.\n", "en", "killing"),
    ("Un comerciante fue asesinado en Lima el lunes. La policía detuvo a un sospechoso de un robo en Callao. El sospechoso "
     "es integrante del Tren de Aragua.\n", "es", "killing"),
    ("Gunmen killed a police captain in Culiacán on Monday. Soldiers later killed two gunmen in a clash. The gunmen were "
     "members of the Sinaloa Cartel.\n", "en", "killing"),
])
def test_the_doers_described_later_are_not_the_victim_or_others(make_doc, text, language, etype):
    assert _ties(make_doc, text, language, etype) == set()


@pytest.mark.model
def test_the_doers_described_later_keep_who_says_so(make_doc):
    from tocsin.read import read_many

    text = ("Gunmen killed a police captain in Culiacán on Monday. Authorities said the attackers were believed to be "
            "members of the Sinaloa Cartel.\n")
    ((_, ann),) = read_many([make_doc(text, published_at="2025-03-01")], gated=False)
    ((tie,),) = [[t for t in e.ties if t.role == "actor"] for e in ann.events if e.type == "killing"]
    assert (tie.group_key, tie.strength, tie.by) == ("sinaloa-cartel", "suspected", "Authorities")


@pytest.mark.model
@pytest.mark.parametrize(("text", "language", "etype", "tied"), [
    ("Police do not believe MS-13 carried out the killing of a taxi driver in Dallas.\n", "en", "killing", set()),
    ("Police did not attribute the killing of a taxi driver in Guayaquil to Los Choneros.\n", "en", "killing", set()),
    ("La policía no culpó al Tren de Aragua por el secuestro de un comerciante en Lima.\n", "es", "abduction", set()),
    ("Police no longer believe MS-13 carried out the killing of a taxi driver in Dallas.\n", "en", "killing", set()),
    ("Police blamed the killing of a taxi driver on a personal dispute, not on MS-13.\n", "en", "killing", set()),
    # the same words undenied
    ("Police believe MS-13 carried out the killing of a taxi driver in Dallas.\n", "en", "killing",
     {("actor", "ms-13", "suspected")}),
    ("Police attributed the killing of a taxi driver in Guayaquil to Los Choneros.\n", "en", "killing",
     {("actor", "los-choneros", "alleged")}),
    ("La policía culpó al Tren de Aragua por el secuestro de un comerciante en Lima.\n", "es", "abduction",
     {("actor", "tren-de-aragua", "alleged")}),
    ("Officials blamed the bombing of a crowded bus station in Quetta on Tuesday on the Islamic State.\n", "en", "attack",
     {("actor", "isis", "alleged")}),
])
def test_a_view_or_blame_denied_ties_nothing(make_doc, text, language, etype, tied):
    assert _ties(make_doc, text, language, etype) == tied
