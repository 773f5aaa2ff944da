"""A "he" no earlier speaker resolves is the one person its paragraph names as a subject, also where the model tagged
that subject's surname as no person ("Fears teaches children…": a surname that is a common word)."""

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


def test_statements_pronoun_stays_nobodys_when_the_person_is_only_an_object():
    """Near miss: Greg Fears is named only after "with", and no subject carries his surname."""
    mentions = [_person(TEXT, "Greg Fears")]
    found = _he(TEXT, mentions, {})
    assert found[1] is None


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
