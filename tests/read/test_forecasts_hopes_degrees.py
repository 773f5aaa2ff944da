"""A hope or a prayer foretells nothing, its whole clause included (statements.unforeseen), and a change of degree told
with "may", "could" or "might" ("may get worse", "may even be more pronounced") is a forecast (statements.lexicon
CHANGE), where "may be" alone tells a state now. Written from the guideline (docs/annotation.md §4), not from a document
of the real-text set. Each case: (content, cue, speaker)."""

import pytest

from tocsin.read.statements import classify

HOPES = [
    ("we pray that the violence will end soon", "said", "the pastor"),
    ("I hope the cartels will leave our town in the coming months", "said", "the mayor"),
    ("join me in praying for the safety of our officers, and that the truce may last", "said", "the governor"),
    ("they hoped the gangs would lay down their arms by next year", "said", "the priest"),
]

DEGREES = [
    ("violence may get worse this summer", "said", "the analyst"),
    ("the summer spike may even be more pronounced than usual", "said", "the analyst"),
    ("the fighting could get bloodier before the election", "said", "the researcher"),
    ("extortion might grow worse after the arrest", "said", "the analyst"),
]

STILL_FORECASTS = [
    # a prediction beside a hope stays one
    ("she hoped the shelter would stay open, but the violence will get worse", "said", "the pastor"),
    ("we hope the truce will hold; the cartels are likely to fight over the port in the coming weeks", "said", "the mediator"),
    ("the gang may retaliate", "said", "the analyst"),
]

NOT_FORECASTS = [
    # "may be" of a state now, a count, a state found worse than thought
    ("the suspect may be armed and dangerous", "said", "the sheriff"),
    ("there may be more victims", "said", "the sheriff"),
    ("the victim may be more than 20 years old", "said", "the coroner"),
    ("the suspect may be more dangerous than we thought", "said", "the sheriff"),
    # a hope told of a list or a prayer's second clause, with its time words
    ("we hope schools, churches and families will join the vigil next week", "said", "the organiser"),
]


@pytest.mark.parametrize(("content", "cue", "speaker"), HOPES + NOT_FORECASTS)
def test_forecasts_hopes_degrees_hopes_and_states_now_are_no_forecasts(content, cue, speaker):
    assert classify(content, cue, "en", speaker)[0] != "forecast"


@pytest.mark.parametrize(("content", "cue", "speaker"), DEGREES + STILL_FORECASTS)
def test_forecasts_hopes_degrees_a_change_foretold_is_a_forecast(content, cue, speaker):
    assert classify(content, cue, "en", speaker)[0] == "forecast"


@pytest.mark.parametrize(("content", "expected"), [
    ("esperamos que la violencia termine pronto", "assertion"),  # a hope
    ("la violencia podría extenderse al norte el próximo año", "forecast"),
    ("se espera que la violencia aumente en los próximos meses", "forecast"),
])
def test_forecasts_hopes_degrees_spanish_hope_and_expectation(content, expected):
    assert classify(content, "dijo", "es", "el alcalde")[0] == expected
