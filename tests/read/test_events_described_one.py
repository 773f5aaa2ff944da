"""Whom a legal noun befalls by the words around it (read.events.charged): the one a passive legal verb says its
paper names ("were charged in an indictment"), and the person a verbless list item describes ("Castro, a national
with … previous arrests for robbery"); not one hurt in an arrest, nor a head that is no person."""

import pytest

pytestmark = pytest.mark.model


def _targets(make_doc, text: str, etype: str) -> list[str | None]:
    from tocsin.read import read_many

    ((_, ann),) = read_many([make_doc(text, published_at="2024-10-24")], gated=False)
    return [e.target_text for e in ann.events if e.type == etype]


@pytest.mark.parametrize("text, etype, target", [
    ("Ibrahim and Boateng were charged in a 28-count indictment returned by a grand jury in Miami on Oct. 31, 2007.",
     "charge", "Ibrahim and Boateng"),
    ("Anastacio Enrique Solis-Salinas, a Nicaraguan national with convictions for domestic violence and hit and run, "
     "and a previous arrest for willful cruelty to a child.", "arrest", "Anastacio Enrique Solis-Salinas"),
    ("Eswin Uriel Castro, a Mexican national with convictions for child molestation and being armed with a dangerous "
     "weapon and previous arrests for robbery.", "arrest", "Eswin Uriel Castro"),
    ("A Salvadoran man whose criminal history includes charges of rape and kidnapping.", "charge", "A Salvadoran man"),
])
def test_legal_noun_befalls_the_one_described(make_doc, text, etype, target):
    assert any(target in (t or "") for t in _targets(make_doc, text, etype))


@pytest.mark.parametrize("text, etype, wrong", [
    ("An officer was injured in the arrest in Tulsa on Monday.", "arrest", "An officer"),  # hurt, not arrested
    # charged in a step that is no paper: they made the arrest
    ("Three former Memphis officers were indicted in the January arrest that left Tyre Nichols dead.", "arrest",
     "Three former Memphis officers"),
    ("Two Aurora officers were charged in the 2019 arrest that led to the death of a young man.", "arrest", "Two Aurora officers"),
    ("Two deputies were acquitted in the violent arrest of a man in Houston.", "arrest", "Two deputies"),
    ("Drug bust near the Tulsa airport: five arrests.", "arrest", "Drug bust"),  # the head is no person
    # a person heading the sentence whose arrests these are not: no "with", no record between
    ("FBI Director Kash Patel at a news conference about the arrests in Dallas on Monday.", "arrest", "Kash Patel"),
    ("Sheriff Joe Smith, whose deputies made 40 arrests in the raid on Monday.", "arrest", "Joe Smith"),
])
def test_legal_noun_near_misses(make_doc, text, etype, wrong):
    assert not any(wrong in (t or "") for t in _targets(make_doc, text, etype))

