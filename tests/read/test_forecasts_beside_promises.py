"""A prediction beside a promise: a quotation of several sentences whose plan or promise ("We will keep patrolling")
rejects it whole still foretells where one sentence, read alone, predicts with a word of expecting (docs/annotation.md
§4). Not where that sentence is itself a plan, a schedule or the speaker's own step, nor where the ledger, reading the
whole claim, would store the prediction turned over. Written from the guideline, not from a document of
the real-text set. Each case: (content, language)."""

import pytest

from tocsin.read.forecasts import polarity
from tocsin.read.statements import classify

FORECASTS = [
    ("We will keep patrolling the area. Gangs are likely to return once the rainy season ends.", "en"),
    ("We will do everything we can to protect them. But I expect the killings to continue.", "en"),
    ("Our officers will stay on the streets. The cartel could retaliate in the coming weeks.", "en"),
    ("We will hold them accountable. Still, more attacks are expected before the election.", "en"),
    ("I will meet with the mayor tomorrow. The violence will probably spread to the port.", "en"),
    ("We are going to deploy more troops. The militias might strike again soon.", "en"),
    ("We will continue to investigate. The gang will probably try to move its operations north.", "en"),
    ("We will stand with the families. Those killings are likely to increase in the days ahead.", "en"),
    ("Vamos a reforzar la vigilancia. Es probable que la violencia aumente en el norte.", "es"),
]
NOT_FORECASTS = [
    ("We will deploy 500 agents. We will hold them accountable.", "en"),
    ("We will keep patrolling. We may add more officers if needed.", "en"),
    ("We will hold them accountable. Those who commit fraud will be prosecuted.", "en"),
    ("We will deploy more agents. Is the violence likely to spread?", "en"),
    ("I will sign the order today. It is likely to be published next week.", "en"),
    ("We will fund the shelters. The grant will probably pay for two more counsellors.", "en"),
    ("We will not rest. If they come back, we could arrest them all.", "en"),
    ("Vamos a reforzar la vigilancia. Vamos a desplegar más agentes.", "es"),
    # the ledger would store it turned over: the promise's "not" read as the prediction's, or its "will" hiding the
    # prediction's "unlikely", so it is left out
    ("We will not give up. Extortion is likely to rise in the capital.", "en"),
    ("We will keep patrolling. The gang is unlikely to return.", "en"),
    ("We will keep patrolling. I doubt the gang will return.", "en"),
]


@pytest.mark.parametrize("content,language", FORECASTS)
def test_forecasts_beside_promises_foretold(content, language):
    assert classify(content, "said", language, "the chief")[0] == "forecast"
    assert polarity(content, "asserted", language) == "positive"


@pytest.mark.parametrize("content,language", NOT_FORECASTS)
def test_forecasts_beside_promises_not_foretold(content, language):
    assert classify(content, "said", language, "the chief")[0] != "forecast"
