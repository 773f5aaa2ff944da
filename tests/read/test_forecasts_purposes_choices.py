"""Futures that are the speaker's side's purpose, the reason of a choice already made, a fear told of others in the
past, or the coordinated doing of a speaker who agreed or was ready to act (statements.unforeseen, statements.kinds):
no prediction (docs/annotation.md §4). A "so" after a comma is "therefore", and what follows it stays a prediction;
so does a fear held now. Written from the guideline, not from a document of the real-text set. Each case: (content,
speaker)."""

import pytest

from tocsin.read.statements import classify

NOT_FORECASTS = [
    # the purpose of the speaker's side's doing
    ("we are finally able to deport these offenders so they won't hurt anyone here again", "the field director"),
    ("I signed the order so that families will be safe in their homes", "the governor"),
    ("we built the fence so no one can cut through the yard at night", "the landlord"),
    # the reason of a choice already made against an option
    ("we didn't want to sell the lot because it would ruin the park", "the pastor"),
    ("the board refused the offer since it would cost the town too much", "the clerk"),
    # a fear told of others, in the past
    ("the neighbours were worried that the bar would draw fights", "the councillor"),
    ("they were concerned that the ceasefire would collapse within days", "the envoy"),
    # a speaker who agreed, decided or was ready to act, and the coordinated "would" of that same subject
    ("she agreed to take the post and would step down from the council next month", "the senator"),
    ("he was \"honored\" to accept the nomination and would resign his seat", "the judge"),
    # what a gathering holds
    ("the volunteers and the families will sit down and eat dinner together", "the organiser"),
]
FORECASTS = [
    ("we lost control of the port, so the cartel will come back stronger", "the mayor"),
    ("we are worried that the gang will retaliate against the village", "the priest"),
    ("they are concerned that the ceasefire will collapse within days", "the envoy"),
    ("he was happy to see the arrest, but the gang will retaliate", "the analyst"),
    # a belief or a state before "so" is no doing of the speaker's side: "so" is "therefore"
    ("I think they are desperate so they will strike again before the election", "the chief"),
    # a choice's reason does not reach back over the sentence's own future
    ("we didn't see it coming, and the cartel will retaliate because it would lose face otherwise", "the chief"),
    # a fear of others told in the past of a future still ahead ("will", not a backshifted "would")
    ("residents were worried that the gang will return next month", "the mayor"),
]


@pytest.mark.parametrize("content,speaker", NOT_FORECASTS)
def test_forecasts_purposes_choices_not_foretold(content, speaker):
    assert classify(content, "said", "en", speaker)[0] != "forecast"


@pytest.mark.parametrize("content,speaker", FORECASTS)
def test_forecasts_purposes_choices_foretold(content, speaker):
    assert classify(content, "said", "en", speaker)[0] == "forecast"
