"""A "he" no earlier speaker resolves is the one person its paragraph names as a subject, also where the model tagged
that subject's surname as no person ("Fears teaches children…": a surname that is a common word); not a common noun,
a place or a passive subject that happens to share the surname."""

import pytest

from tocsin.models import Mention
from tocsin.read import read
from tocsin.read.people import Roster
from tocsin.read.statements.speakers import speaker_entity


def _person(text: str, written: str, kind: str = "person") -> Mention:
    start = text.index(written)
    return Mention(start, start + len(written), written, "PERSON" if kind == "person" else "ORG", kind, "model")


def _he(text: str, mentions: list[Mention], subjects: dict[tuple[int, int], str | None]):
    start = text.index("he said")
    return speaker_entity(text, (start, start + 2), None, mentions, [], "en", roster=Roster(text, mentions), subjects=subjects)


TEXT = "Students train with Master Greg Fears, a retired officer. Fears teaches adults downtown, but he said the classes help."


def test_statements_pronoun_takes_a_surname_subject_the_model_read_as_no_person():
    fears = TEXT.index("Fears teaches")
    mentions = [_person(TEXT, "Greg Fears"), Mention(fears, fears + 5, "Fears", "ORG", "organization", "model")]
    found = _he(TEXT, mentions, {(fears, fears + 5): "teaches"})
    assert (found[1], found[2]) == ("Greg Fears", "pronoun")


OBJECT_ONLY = "Students train with Master Greg Fears, a retired officer. The classes run downtown, but he said they help."


def test_statements_pronoun_stays_nobodys_when_the_person_is_only_an_object(make_doc):
    """Near miss: Greg Fears is named only after "with", and no subject carries his surname."""
    found = _he(OBJECT_ONLY, [_person(OBJECT_ONLY, "Greg Fears")], {})
    assert found[1] is None
    assert "Greg Fears" not in [st.speaker_name for st in read(make_doc(OBJECT_ONLY, published_at="2025-01-15")).statements]


def test_statements_pronoun_stays_nobodys_when_two_people_are_named():
    """Near miss: a second person named as a subject in the paragraph leaves "he" unresolved."""
    text = "Ana Ruiz met Master Greg Fears. Ruiz left early. Fears teaches adults downtown, but he said the classes help."
    mentions = [_person(text, "Ana Ruiz"), _person(text, "Greg Fears")]
    ruiz = text.index("Ruiz left")
    fears = text.rindex("Fears teaches")
    found = _he(text, mentions, {(ruiz, ruiz + 4): "left", (fears, fears + 5): "teaches"})
    assert found[1] is None


def test_statements_a_lone_surname_subject_resolves_in_a_read_story(make_doc):
    doc = make_doc("Students come to school early to study with Master Greg Fears, a retired police officer. Fears teaches "
                   "children and adults at a school in Carriage Place, but he said coming to the schools to work with "
                   "students is a welcome addition.", published_at="2025-01-15")
    (st,) = read(doc).statements
    assert (st.speaker_text, st.speaker_name) == ("he", "Greg Fears")


@pytest.mark.parametrize(("text", "person"), [
    ("Officers arrested Daniel Bond, 34, at his home in Tulsa on Tuesday.\n\nBond was set at $50,000. He said more "
     "arrests were likely as the investigation continues.", "Daniel Bond"),  # a passive subject, a common noun
    ("Officers arrested Daniel Bond, 34, at his home in Tulsa on Tuesday.\n\nThe Bond was set at $50,000. He said more "
     "arrests were likely as the investigation continues.", "Daniel Bond"),  # a determiner
    ("Police in Amman said Ahmad Jordan, 29, was detained on Monday.\n\nJordan has tightened controls along its border "
     "with Syria, and he said smugglers now use drones to move captagon.", "Ahmad Jordan"),  # a place
    ("Police said Luis Mexico, 41, was detained in Laredo on Monday.\n\nMexico has deployed troops to the border, and he "
     "said the cartel now pays lookouts.", "Luis Mexico"),  # a place
    ("Students train with Master Greg Fears, a retired officer. Fears of retaliation kept witnesses silent, but he said "
     "the gang controlled the block.", "Greg Fears"),  # a common noun with its preposition
])
def test_statements_a_word_that_is_no_surname_gives_the_pronoun_no_one(make_doc, text, person):
    """Near misses: the word that shares the surname is a place, a common noun or a passive subject, not the person."""
    assert person not in [st.speaker_name for st in read(make_doc(text, published_at="2025-06-01")).statements]
