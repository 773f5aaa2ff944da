"""Rules told in the future (statements.obligations), the good a project's builders or proposers claim for it
(statements.effects), a step a board "is expected to" take, an agenda's topics, and a prediction hedged as no surprise
(statements.unsurprised, kept positive by forecasts.polarity). Written from the guideline (docs/annotation.md §4), not
from a document of the real-text set. Each case: (content, cue, speaker)."""

import pytest

from tocsin.read.forecasts import polarity
from tocsin.read.statements import classify

RULES = [
    ("applicants will be required to submit two documents", "said", "the agency"),
    ("the girls will have six weeks to sell tickets", "said", "the organiser"),
    ("the winning queen will get to ride in the parade", "said", "the organiser"),
    ("the committee would have to approve the resolution first", "said", "the clerk"),
    ("students would be forgiven for missed school days", "said", "the superintendent"),
    ("the finalists will have to complete a short questionnaire", "said", "the organiser"),
]

PROJECTS = [
    ("this project will end up saving money for the county", "said", "the director"),
    ("the new system will be easier to maintain and repair", "said", "the manager"),
    ("extending the deadline will assist them in getting financing", "said", "the mayor"),
    ("bringing back tolls would also help assure the turnpike stays free", "said", "the senator"),
    ("the relationship would put the city in a better position to benefit from trade", "said", "the councillor"),
    ("the system, which saw new bins dropped off at every home, would make it easier to recycle", "said", "the council"),
    ("the enhanced bridge could be a landmark along the interstate", "said", "the planner"),
]

STEPS_AND_AGENDAS = [
    ("the trustees are expected to name an interim president", "said", "the spokeswoman"),
    ("It will be one of the main topics of the visit", "said", "the spokesman"),
    ("It would be just bad for our reputation", "said", "the mayor"),
]

STILL_FORECASTS = [
    # a duty forced by a happening under a condition, or by circumstances on a gang; another future beside a rule
    ("if the center closes, parents would have to quit their jobs", "said", "the parent"),
    ("residents will have to flee if the dam breaks", "said", "the engineer"),
    ("the cartel will have to find new routes", "said", "the analyst"),
    ("members will have to reapply, and many will leave the club", "said", "the director"),
    # a harm a project brings, and what a study foresees of it
    ("the new resort would bring more traffic and crime to the neighborhood", "said", "a neighbor"),
    ("the new law will push migrants into hiding", "said", "the mayor"),
    # what is expected to happen, not done
    ("violence is expected to rise after the arrest", "said", "the analyst"),
    ("the storm is expected to bypass the county", "said", "forecasters"),
    ("the mayor is expected to run for governor next year", "said", "the analyst"),
    # the gangs as a topic are foreseen, not put on an agenda
    ("the gangs will be one of the main problems of the next government", "said", "the analyst"),
]

UNSURPRISED = [
    ("I would not be surprised if the gang retaliates", "said", "the analyst"),
    ("he would not be surprised if it takes the owners months to decide", "said", "the official"),
    ("it wouldn't surprise me to see more killings this summer", "said", "the analyst"),
    ("nobody should be surprised if the truce collapses", "said", "the mediator"),
]


@pytest.mark.parametrize(("content", "cue", "speaker"), RULES + PROJECTS + STEPS_AND_AGENDAS)
def test_forecasts_rules_projects_rules_and_claimed_goods_are_no_forecasts(content, cue, speaker):
    assert classify(content, cue, "en", speaker)[0] != "forecast"


@pytest.mark.parametrize(("content", "cue", "speaker"), RULES)
def test_forecasts_rules_projects_a_rule_is_no_recommendation(content, cue, speaker):
    assert classify(content, cue, "en", speaker)[0] == "assertion"


@pytest.mark.parametrize(("content", "cue", "speaker"), STILL_FORECASTS + UNSURPRISED)
def test_forecasts_rules_projects_happenings_stay_forecasts(content, cue, speaker):
    assert classify(content, cue, "en", speaker)[0] == "forecast"


@pytest.mark.parametrize(("content", "cue", "speaker"), UNSURPRISED)
def test_forecasts_rules_projects_no_surprise_is_positive(content, cue, speaker):
    assert polarity(content) == "positive"


@pytest.mark.parametrize("content", ["the gang would not return to the port", "I do not expect the violence to spread",
                                     "he would not be the one to decide, and the truce will not hold"])
def test_forecasts_rules_projects_a_denial_stays_negative(content):
    assert polarity(content) == "negative"


@pytest.mark.parametrize(("content", "cue", "speaker"), [
    # a measure in the conditional; a risk a present doing raises; a call's schedule
    ("the danger outweighed the time it would take for Congress to act", "said", "the speaker"),
    ("it would take 25 dairy cows to produce that amount of emissions", "said", "the scientist"),
    ("dealers that break the law increase the risk that guns will fall into the wrong hands", "said", "the attorney general"),
    ("we're expecting it to take place this spring", "said", "the official"),
])
def test_forecasts_rules_projects_measures_risks_and_schedules_are_no_forecasts(content, cue, speaker):
    assert classify(content, cue, "en", speaker)[0] != "forecast"


@pytest.mark.parametrize(("content", "cue", "speaker"), [
    ("the arrests will increase the risk that the cartels will retaliate", "said", "the analyst"),
    ("it will take years for the town to recover, and the gangs will return", "said", "the analyst"),
    ("we expect the violence to spread this spring", "said", "the official"),
])
def test_forecasts_rules_projects_what_the_risk_or_measure_sits_beside_stays(content, cue, speaker):
    assert classify(content, cue, "en", speaker)[0] == "forecast"
