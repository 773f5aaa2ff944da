"""Forecasts in the document's own voice (docs/annotation.md §4): a sentence the document itself predicts with, outside
every statement, quotation and transcript turn, is carried by a statement whose speaker is the document; plans, steps of
a case, schedules, rules taking effect, statistics, hypotheticals and what an authority is expected to do are not.
Written from the guideline, not from a document of the real-text set."""

import re

import pytest

from tocsin.models import Sentence, Statement
from tocsin.read.statements.voice import document_forecasts
from tocsin.structure import segments

FORECASTS = [
    ("The cartel is expected to move its operations north after the arrests.", "is expected to"),
    ("Violence is projected to rise in the border towns next year.", "is projected to"),
    ("Homicides are down 12 percent and on pace for the lowest level in decades.", "on pace for"),
    ("Overdose deaths are on track to fall for a third straight year.", "on track to"),
    ("The feud between the two crews will likely spill into neighbouring towns.", "will likely"),
    ("Both victims are expected to survive.", "is expected to"),
    ("Rival factions are likely to fight over the vacated routes.", "are likely to"),
    ("Extortion of bus drivers is widely expected to spread to the capital.", "is expected to"),
    ("The gang's split is poised to trigger a wave of killings.", "is poised to"),
    ("Hospitals are projected to see more fentanyl cases this winter.", "are projected to"),
    ("The storm is expected to knock out power across the region.", "is expected to"),
    ("The murder rate is unlikely to return to its peak.", "is unlikely to"),
]

NOT_FORECASTS = [
    "The Department will hire 500 agents.",
    "The grant will fund new radios for the county.",
    "Sentencing is scheduled for May 4.",
    "The rule will take effect on March 1.",
    "Officials expect to announce arrests this week.",
    "Arrests rose 20% last year.",
    "If the gang expands, it would control the port.",
    "If the truce collapses, killings are likely to rise.",
    "The suspect is expected to appear in court Monday.",
    "He is expected to be arraigned on Friday.",
    "The trial is expected to last two weeks.",
    "The new rule is expected to take effect in March.",
    "Police are expected to release more details later today.",
    "Officers are 54 percent more likely to die by suicide.",
    "He was expected to testify but did not.",
    "Is the violence likely to spread?",
    "We are expected to deliver results for the American people.",
    "Police said the gang is expected to retaliate.",
    "“The gang is expected to retaliate,” the mayor said.",
    "The money is likely to go to victims.",
    "Those who traffic fentanyl are likely to be prosecuted.",
    "Anyone who smuggles migrants is expected to be held accountable.",
]


def _read(text: str, taken=(), **kwargs) -> list[Statement]:
    sentences = tuple(Sentence(m.start(), m.end()) for m in re.finditer(r"[^.?!]+[.?!]”?", text))
    return document_forecasts(text, text, sentences, list(taken), segments(text), kwargs.pop("outlet", "The Ledger"), "en", **kwargs)


@pytest.mark.parametrize("sentence,cue", FORECASTS)
def test_voice_document_forecast(sentence, cue):
    found = _read(sentence)
    assert len(found) == 1, sentence
    st = found[0]
    assert (st.speaker_basis, st.speaker_name, st.speaker_start, st.claim_type) == ("document", "The Ledger", None, "forecast")
    assert st.cue.split()[-1] == cue.split()[-1] and sentence[st.content_start : st.content_end] == sentence


@pytest.mark.parametrize("sentence", NOT_FORECASTS)
def test_voice_not_a_forecast(sentence):
    assert _read(sentence) == []


def test_voice_spans_another_statement_owns_are_left():
    text = "Violence is projected to rise in the border towns next year."
    other = Statement(None, None, "analysts", None, None, "unnamed", None, None, "say", 0, 3, 0, len(text), False, "forecast", "asserted")
    assert _read(text, taken=[other]) == []


def test_voice_no_outlet_and_no_transcript_turn():
    assert _read("Violence is projected to rise.", outlet=None)[0].speaker_name is None
    assert _read("MR. KIRBY: Violence is projected to rise in the border towns.\n") == []
    assert _read("La violencia podría extenderse al norte.") == []


def test_voice_headline_is_left():
    text = "Violence is projected to rise.\n\nThe cartel is expected to move north."
    assert [text[s.content_start : s.content_end] for s in _read(text, after=31)] == ["The cartel is expected to move north."]
