""""Are (not) expecting X to" foretells as "expect X to" does, its negation kept negative (forecasts.polarity), and a
contracted negation ("it's not going to", "isn't gonna") is read as the written-out one, a negated end going on ("it's not
going to stop") as with "will not stop". The contracted future itself is not read as a prediction: in quoted speech "it's
going to" is mostly a plan or a description ("It's going to be a total collaboration", "The devil's going to be in the
details": six of seven such changes on the corpus outside the set were wrong). Written from the guideline (docs/annotation.md
§4), not from a document of the real-text set. Each case: (content, speaker)."""

import pytest

from tocsin.read.forecasts import polarity
from tocsin.read.statements import classify

FORECASTS = [
    ("they are expecting the violence to spread north", "officials"),
    ("they're not expecting the gang to return to the city", "officials"),
    ("police are anticipating the rival crews to retaliate", "the analyst"),
]

NOT_FORECASTS = [
    # a step of a case, the speaker's own side, what is expected of someone: as with "expect"
    ("they are expecting the suspects to be arraigned Monday", "police"),
    ("we are expecting to make more arrests", "the sheriff"),
    # the contracted future, left as it was
    ("It's going to be a total collaboration because every agency is involved", "the mayor"),
    ("The devil's going to be in the details", "the manager"),
    ("This is not going to be a park", "the planner"),
]


@pytest.mark.parametrize(("content", "speaker"), FORECASTS)
def test_forecasts_expecting_foretells(content, speaker):
    assert classify(content, "said", "en", speaker)[0] == "forecast"


@pytest.mark.parametrize(("content", "speaker"), NOT_FORECASTS)
def test_forecasts_expecting_near_misses_stay(content, speaker):
    assert classify(content, "said", "en", speaker)[0] != "forecast"


@pytest.mark.parametrize(("content", "expected"), [
    ("they're not expecting the gang to return", "negative"),
    ("officials are not anticipating any retaliation", "negative"),
    ("they are expecting the gang to return", "positive"),
    ("it's not going to happen again", "negative"),
    ("the gang isn't gonna leave", "negative"),
    ("it's not going to stop", "positive"),  # a negated end goes on, as "will not stop" does
    ("it is not going to end soon", "positive"),
])
def test_forecasts_expecting_polarity(content, expected):
    assert polarity(content) == expected
