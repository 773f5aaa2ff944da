"""A belief of the speaker's about what is to come ("I believe", "we are confident", "I'm sure", "we fear" that something
will happen) is a word of expecting (docs/annotation.md §4): beside a promise or a plan in another sentence of the
quotation, the sentence it leads still foretells. The classifier weighs the future it leads to, so a belief in the
speaker's own doing ("I believe we will hold them accountable") stays a promise. Written from the guideline, not from
a document of the real-text set."""

import pytest

from tocsin.read.forecasts import polarity
from tocsin.read.statements import classify
from tocsin.read.statements.kinds import expecting

FORECASTS = [
    "We will keep working with our partners. We are confident that the new chief will reduce violence in the port.",
    "We thank the officers for their work. I am sure the gang will try again before the summer.",
    "Our team worked hard all night. We are worried that the cartel will retaliate against the village.",
    "We have opened two shelters. I believe most families will return once the fighting stops.",
    "We will stand with the victims. We firmly believe the militias are going to split within a year.",
    "We will keep patrolling. I’m sure the gang will return before summer.",  # a typeset apostrophe
]
NOT_FORECASTS = [
    "We will hire more officers. I believe we will hold them accountable.",
    "We will keep patrolling. I am sure that we will deploy more agents next month.",
]
NOT_EXPECTING = [
    "I believe in this community and its people.",
    "We are confident in the work of our detectives.",
    "I am sure of what I saw that night.",
]


@pytest.mark.parametrize("content", FORECASTS)
def test_forecasts_beliefs_foretold(content):
    assert classify(content, "said", "en", "the chief")[0] == "forecast"
    assert polarity(content, "asserted", "en") == "positive"


@pytest.mark.parametrize("content", NOT_FORECASTS)
def test_forecasts_beliefs_own_doing_not_foretold(content):
    assert classify(content, "said", "en", "the chief")[0] != "forecast"


@pytest.mark.parametrize("sentence", NOT_EXPECTING)
def test_forecasts_beliefs_without_future_not_expecting(sentence):
    assert not expecting(sentence, "en")
