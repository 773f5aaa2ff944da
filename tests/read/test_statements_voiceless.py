"""What is not a speaker: a rule, plan, state or time the parse made a cue's subject (statements.speakers.voiceless), a
paper the document encloses; and a speaker phrase cut at the heading, markup or paragraph boundary the parse glued to
it (statements.spans.speaker_cut)."""

import pytest

from tocsin.read import read

pytestmark = pytest.mark.model


def _found(make_doc, text):
    doc = make_doc(text, published_at="2025-03-04")
    return [(doc.text[s.content_start : s.content_end], s.speaker_text, s.cue) for s in read(doc).statements]


@pytest.mark.parametrize("text", [
    "That 2004 treaty stipulates that both navies share their patrol routes.",  # a rule provides
    "The 2011 pact states that the two navies will share their radar data.",  # a pact provides
    "For that reason, the national emergency declared in Decree 41 of May 2, 2019, must continue beyond May 2, 2026.",
    "I have sent to the Gazette for publication the attached notice stating that the curfew is to stay in force.",
])
def test_a_rule_a_state_or_an_enclosed_paper_is_no_speaker(make_doc, text):
    assert _found(make_doc, text) == []


@pytest.mark.parametrize("text, speaker", [
    ("The report says that thefts rose by a third in the port district.", "The report"),  # a paper reports
    ("The complaint states that Diaz ran the stash house on Elm Street.", "The complaint"),
    ("The new data show that robberies fell by 20 percent last year.", "The new data"),
    ("Chief Ana Ruiz said the plan would put forty more officers on the night shift.", "Chief Ana Ruiz"),
])
def test_papers_findings_and_people_keep_their_statements(make_doc, text, speaker):
    assert any(sp == speaker for _, sp, _ in _found(make_doc, text))


@pytest.mark.parametrize("text, speaker_word", [
    ("<u>New Steps for County Agencies.</u> The Office of Rural Safety announced that grants will go to 40 towns.",
     "Rural Safety"),
    ("Summary of the hearing:\nThe harbor police said that two boats were seized near the pier.", "harbor police"),
])
def test_a_speaker_phrase_starts_after_a_heading_or_markup(make_doc, text, speaker_word):
    found = _found(make_doc, text)
    assert found and all(speaker_word in sp and "<" not in sp and ":" not in sp for _, sp, _ in found)


def test_a_titles_point_at_a_wrapped_line_ends_no_speaker_phrase():
    from tocsin.read.statements.spans import speaker_cut

    text = "U.S. Attorney Jane Roe and Dr.\nAna Ruiz said that two boats were seized near the pier."
    cue = text.index("said")
    assert speaker_cut(text, (0, cue - 1), None, cue)[0] == (0, cue - 1)
    heading = "Summary of the hearing.\nThe harbor police said that two boats were seized."
    cue = heading.index("said")
    assert speaker_cut(heading, (0, cue - 1), None, cue)[0][0] == heading.index("The harbor")
