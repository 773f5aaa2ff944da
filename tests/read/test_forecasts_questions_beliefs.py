"""Four narrow readings of forecasts (docs/gates.md, forecasts), each with the predictions beside it that must stay:
farewells and remembrance in their fixed forms foresee nothing; a direct question's clause foresees nothing, and the
statement around it keeps its prediction; a belief denied in its own complement clause ("nobody believes the truce will
hold") is a negative forecast, found on the parse, never across "and"/"but" nor past a direct object; what a generic "you"
thinks will happen is no prediction of the speaker's. Sentences written
for these tests, from the guideline, not from any document of the real-text set."""

import pytest

from tocsin.read import read
from tocsin.read.beliefs import denied_beliefs
from tocsin.read.forecasts import polarity
from tocsin.read.statements import classify
from tocsin.read.statements.questions import without_questions

# farewells, courtesies of the floor and remembrance: no forecast
COURTESIES = [
    "we'll see you all at the vigil",
    "I will see you next Thursday",
    "I'll let you go, thank you for calling",
    "I will take one more question",
    "the chief will take one more question",
    "we'll take a couple more questions",
    "the sergeant will be sorely missed",
    "his courage will live on",
    "those two boys will never be forgotten",
]
# look-alikes that foretell violence or a happening: still forecasts
NOT_COURTESIES = [
    "the crews will always come back to the corner",
    "the cartel will take the whole valley by spring",
    "the militia will face a bloody response from the rival cell",
    "we will see more shootings on the east side this summer",
    "the gang will let nobody go without paying",
    "the cartel will take one more town before the rains",
    "the killers will see the inside of a cell soon enough, and more victims will come forward",
    "the feud will live on in the prisons and more people will be killed",
]


@pytest.mark.parametrize("content", COURTESIES)
def test_forecasts_courtesies_and_remembrance_foresee_nothing(content):
    assert classify(content, "said", "en", "the chief")[0] != "forecast"


@pytest.mark.parametrize("content", NOT_COURTESIES)
def test_forecasts_lookalikes_of_courtesies_stay_forecasts(content):
    assert classify(content, "said", "en", "the detective")[0] == "forecast"


@pytest.mark.parametrize("text, kept", [
    ("the militia will strike again, and who will guard the farms then?", "the militia will strike again"),
    ("the raids will go on, but will anyone notice?", "the raids will go on"),
    ("the feud, which began in May, will spread — who can stop it?", "the feud, which began in May, will spread"),
    ("shootings will rise, won't they?", "shootings will rise"),
    ("Will the crew, which lost its boss, hit back?", ""),
    ("Does anyone think the cartel won't answer?", ""),
    ("Is it over? No: the crews will hit back.", "No: the crews will hit back."),
])
def test_forecasts_only_the_question_clause_is_struck(text, kept):
    assert without_questions(text) == kept
    assert len(without_questions(text, blank=True)) == len(text)  # the ledger's offsets stay


@pytest.mark.parametrize("content, kind", [
    ("the militia will strike again, and who will guard the farms then?", "forecast"),
    ("the smugglers will be back by June, and what will the town do?", "forecast"),
    ("who will guard the farms when the militia strikes?", "other"),
])
def test_forecasts_a_question_beside_a_prediction_leaves_it(content, kind):
    assert (classify(content, "said", "en", "the farmer")[0] == "forecast") == (kind == "forecast")


def test_forecasts_a_generic_you_belief_foresees_nothing():
    """What a generic "you" thinks will happen is a common belief set out (statements.lexicon "not_predicting"), up to
    the end of its clause; the speaker's own belief stays a forecast."""
    generic = ("you don't think it will happen to you", "you tend to think the guests will be men in rags",
               "you never think your own son will be the one who gets shot", "you always assume the violence will stay away")
    assert all(classify(c, "said", "en", "the nurse")[0] != "forecast" for c in generic)
    kept = ("I think the gang will return to the port", "we believe the cartel will retaliate within weeks",
            "you think the truce will hold, but the gangs will fight again", "you know, the gangs will fight over the port",
            "you think they are gone but the cartel will attack again next month", "I know what you think, but the gang will be back")
    assert all(classify(c, "said", "en", "the analyst")[0] == "forecast" for c in kept)


@pytest.fixture(scope="module")
def parse():
    from tocsin.read.nlp import pipeline
    return pipeline("en")


@pytest.mark.model
@pytest.mark.parametrize("text, wanted", [
    # a belief denied in its own complement: the prediction is denied
    ("Nobody believes the ceasefire between the crews will last.", "negative"),
    ("No one thinks the raids are going to stop.", "negative"),
    ("I can't imagine the traffickers will abandon the river crossing.", "negative"),
    ("I can't see any way the pact will survive the summer.", "negative"),
    ("None of us believe the militia will leave the valley.", "negative"),
    ("Nobody thinks the crews won't hit back.", "positive"),  # two negations: they will
    # a future told beside the belief, or a belief of something else: stays positive
    ("Nobody expects the soldiers to arrive and the militia will seize the valley.", "positive"),
    ("Nobody believes us but the traffickers will return.", "positive"),
    ("I can't imagine the grief of the mothers and more of their sons will die.", "positive"),
    ("Nobody believes the mayor, but the killings will go on.", "positive"),
    ("Nobody believes that; the raids will go on.", "positive"),
    ("The militia will burn the farms, and nobody believes the army can stop it.", "positive"),
])
def test_forecasts_a_belief_denied_on_the_parse(parse, text, wanted):
    doc = parse(text)
    assert polarity(text, "asserted", "en", denied_beliefs(doc, 0, len(text))) == wanted


def test_forecasts_a_belief_denied_needs_the_parse():
    assert polarity("nobody believes the ceasefire between the crews will last") == "positive"  # no parse: left as main reads it
    assert denied_beliefs(None, 0, 10) == ()


@pytest.mark.model
def test_forecasts_a_belief_denied_reaches_the_ledger(make_doc):
    doc = make_doc('"Nobody believes the ceasefire between the crews will last," said Ana Ruiz, a youth worker in the port.',
                   published_at="2025-01-15")
    ann = read(doc)
    assert [f.polarity for f in ann.forecasts] == ["negative"]
