"""Futures that foresee nothing, second pass (statements.unforeseen, statements.kinds, statements.schedules): the habitual
"would" after its time marker, a truth told of anyone or any thing, a tribute's remembering, a hand a named third party
lends or a watch it keeps, and a start counted in days. Written from the guideline (docs/annotation.md §4), not from a
document of the real-text set; the near misses beside them stay forecasts. Each case: (content, cue, speaker)."""

import pytest

from tocsin.read.statements import classify

NOT_FORECASTS = [
    # the habitual "would" of a memory, its time marker first
    ("every morning he would walk his dog down to the pier", "said", "his sister"),
    ("each summer, the family would drive to the lake", "said", "the neighbour"),
    # a truth told of anyone or any thing
    ("long hours in the sun will make you look older", "said", "the doctor"),
    ("if the kids don't like the food, they'll let you know", "said", "the cook"),
    ("anything that is left on the porch will be gone by morning", "said", "the resident"),
    ("no filter will remove every trace of lead", "said", "the engineer"),
    ("ticks will latch on to anything that brushes past the grass", "said", "the ranger"),
    # a tribute
    ("everyone at the club will have fond memories of her laugh", "said", "the coach"),
    ("we will always remember him as a kind man", "said", "the pastor"),
    # a hand lent, a watch kept: what a named third party is to do
    ("the county road crew will keep a close eye on the bridge", "said", "the mayor"),
    ("volunteers from the church will again help with the food drive", "said", "the organiser"),
    # a start counted in days
    ("construction would likely begin in about 30 to 45 days", "said", "the engineer"),
]

STILL_FORECASTS = [
    ("every day the killings will get worse", "said", "the priest"),
    ("the cartel will kill you if you talk", "said", "the witness"),
    ("the cartel will help the rival gang take over the port", "said", "the analyst"),
    ("the gang will help with the extortion in the port", "said", "the analyst"),
    ("the storm will hit in about 3 days", "said", "the forecaster"),
    ("prices would likely rise in about 30 days", "said", "the economist"),
    ("the violence will keep spreading", "said", "the analyst"),
    ("no one will be safe if the truce collapses", "said", "the bishop"),
    ("the dogs will attack anyone who comes close", "said", "the officer"),
]


@pytest.mark.parametrize(("content", "cue", "speaker"), NOT_FORECASTS)
def test_forecasts_truths_tributes_futures_that_foresee_nothing_are_no_forecasts(content, cue, speaker):
    assert classify(content, cue, "en", speaker)[0] != "forecast"


@pytest.mark.parametrize(("content", "cue", "speaker"), STILL_FORECASTS)
def test_forecasts_truths_tributes_near_misses_stay_forecasts(content, cue, speaker):
    assert classify(content, cue, "en", speaker)[0] == "forecast"
