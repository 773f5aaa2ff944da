"""The document's own voice predicting impersonally of a clause ("it is expected that the truce will collapse", "it's
likely the gang would retaliate"), read as "the truce is expected to collapse" is (docs/annotation.md §4); the clause's
subject and verb decide, as the verb after "is expected to" does: a step of a case, an authority's plan, the speaker's
own side, a doubt and a clause with no future in it are no forecast, and a negated "it is not expected"
is left, never stored as the happening it rules out. Written from the guideline, not from a document of the real-text set."""

import re

import pytest

from tocsin.models import Sentence, Statement
from tocsin.read.forecasts import polarity
from tocsin.read.statements.voice import document_forecasts
from tocsin.structure import segments

FORECASTS = [
    ("It is expected that violence will rise in the port towns.", "it is expected"),
    ("It's expected the move would boost the cartel's profits.", "it's expected"),
    ("It is widely expected that the rival crews will retaliate.", "it is widely expected"),
    ("It is likely that the feud will spill into the neighbouring towns.", "it is likely"),
    ("It is expected that the gang will not return to the port.", "it is expected"),
    ("It's likely the gang'll retaliate against the rival crew.", "it's likely"),
    # a condition stays with the forecast (docs/annotation.md §4)
    ("If the truce fails, it is likely that the gangs would fight.", "it is likely"),
    ("It is likely that if the truce collapses the gangs will return to open war in the capital.", "it is likely"),
    ("It is expected that unless the truce holds the crews will retaliate.", "it is expected"),
]

NOT_FORECASTS = [
    "It is expected that the defendant will appear in court on Monday.",
    "It is expected that police will increase patrols downtown.",
    "It is expected that the president will sign the bill.",
    "It is expected that we will finish the road by June.",
    "It is likely that the shooting was gang-related.",
    "It is likely that the victims knew their killers and the families will bury them on Friday.",  # two clauses
    "It is not expected that the gang will return.",
    "It is unclear whether it is expected that prices will rise.",
    "It is expected that the money will go to the victims.",
    "Police said it is expected that the gang will retaliate.",
]


def _read(text: str) -> list[Statement]:
    sentences = tuple(Sentence(m.start(), m.end()) for m in re.finditer(r"[^.?!]+[.?!]", text))
    return document_forecasts(text, text, sentences, [], segments(text), "The Ledger", "en")


@pytest.mark.parametrize(("sentence", "cue"), FORECASTS)
def test_voice_impersonal_expectation_foretells(sentence, cue):
    [st] = _read(sentence)
    assert (st.speaker_basis, st.claim_type, st.cue) == ("document", "forecast", cue)
    assert sentence[st.content_start : st.content_end] == sentence


@pytest.mark.parametrize("sentence", NOT_FORECASTS)
def test_voice_impersonal_near_misses_stay(sentence):
    assert _read(sentence) == []


def test_voice_impersonal_negated_clause_is_negative():
    assert polarity("It is expected that the gang will not return to the port.") == "negative"
    assert polarity("It is expected that violence will rise in the port towns.") == "positive"
