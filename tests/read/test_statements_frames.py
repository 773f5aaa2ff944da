"""Statements read off a verb's frame rather than a clause of saying: what a speaker calls something ("described the
attack as cowardly"), a speaker named after a quotation the parse took a subject from, and a speaker introduced at the
end of a paragraph whose words open the next one."""

import pytest

from tocsin.read import read

pytestmark = pytest.mark.model


def _found(make_doc, text):
    doc = make_doc(text, language="en", published_at="2025-03-04")
    return [(doc.text[s.content_start : s.content_end], s.speaker_text, s.cue, s.direct) for s in read(doc).statements]


@pytest.mark.parametrize("text, content, cue", [
    ("The sheriff described the suspect as armed and dangerous.", "the suspect as armed and dangerous", "described"),
    ("The mayor compared the vandals to common thieves on Tuesday.", "the vandals to common thieves", "compared"),
    ("Governor Ana Ruiz called the shooting a senseless act of hate.", "the shooting a senseless act of hate", "called"),
    ("Judge Tom Bell jailed the driver for ten years, describing the crash as reckless.", "the crash as reckless", "describing"),
])
def test_what_a_speaker_calls_something_is_a_claim(make_doc, text, content, cue):
    found = _found(make_doc, text)
    assert [(c, k, d) for c, _, k, d in found] == [(content, cue, False)]


@pytest.mark.parametrize("text", [
    "The report compared the two districts over five years.",
    "Officers described the scene to the jury.",
    "The man was described as a loner by nobody in particular.",
])
def test_a_frame_verb_without_a_predicate_claims_nothing(make_doc, text):
    assert _found(make_doc, text) == []


def test_a_subject_inside_the_quotation_is_not_the_speaker_named_after_it(make_doc):
    found = _found(make_doc, "“Maria Lopez and her husband were kind neighbours,” said Olsen.")
    assert [(who, d) for _, who, _, d in found] == [("Olsen", True)]


@pytest.mark.parametrize("lead", [
    "The victim's brother, Carl Dunne, spoke outside the court.",
    "Fire Chief Carl Dunne told reporters:",
])
def test_a_speaker_closing_a_paragraph_speaks_the_quotation_that_opens_the_next(make_doc, lead):
    text = f"The trial ended on Monday.\n\n{lead}\n\n“We waited two years for this verdict and we are relieved.\n\n“Nothing brings him back.”"
    found = _found(make_doc, text)
    assert [c for c, _, _, d in found if d] == ["“We waited two years for this verdict and we are relieved.", "“Nothing brings him back.”"]
    assert all("Dunne" in who for _, who, _, _ in found)


def test_a_said_sentence_with_its_own_claim_leads_into_nothing(make_doc):
    text = "Chief Carl Dunne said the road would reopen.\n\n“It was a long night for everyone in this town.”"
    found = _found(make_doc, text)
    assert [c for c, _, _, _ in found] == ["the road would reopen"]


@pytest.mark.parametrize("text, pronoun, source", [
    ("Hospital sources said two guards were hurt in the blast. They said the gunmen escaped in a van.", "They", "Hospital sources"),
    ("The statement said the patrol came under fire at dawn. It said one officer was wounded.", "It", "The statement"),
])
def test_they_or_it_continues_the_source_just_before_that_no_name_resolves(make_doc, text, pronoun, source):
    doc = make_doc(text, language="en", published_at="2025-03-04")
    found = [(s.speaker_text, s.descriptor) for s in read(doc).statements]
    assert found[-1] == (pronoun, source)


def test_they_after_a_singular_source_stays_nobodys(make_doc):
    doc = make_doc("The report said two guards were hurt. They said the gunmen escaped in a van.", language="en", published_at="2025-03-04")
    assert [s.speaker_text for s in read(doc).statements] == ["The report"]

