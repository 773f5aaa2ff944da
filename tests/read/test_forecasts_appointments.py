"""Claims that sound like predictions but are no forecasts (docs/annotation.md §4), and the near misses that stay ones:
an appointment (a doing fixed to a day, a date, an hour or a season), a promise or a goal told as a noun, the putative
"would" of a deed judged, a truth of anyone told with "you won't", and a past state of mind with "might". Written from
the guideline, not from a document of the real-text set. Each case: (content, speaker)."""

import pytest

from tocsin.read.statements import classify
from tocsin.read.statements.schedules import unscheduled

NOT_FORECASTS = [
    # an appointment: what someone is to do on a day, a date, at an hour, this or next week, month or season
    ("an inspector will look at the bridge on Thursday", "the engineer"),
    ("the new owners will move in next month", "the agent"),
    ("volunteers will meet at 9 a.m. Saturday at the park", "the organiser"),
    ("the plan would be taken up by the county board next week", "the clerk"),
    ("the hospital is expected to open its new wing this fall", "the director"),
    ("The final exams will be given from June 2-6", "the principal"),
    ("Tomorrow, the department will be releasing its annual report", "the spokesman"),
    ("The ribbon cutting is on track to take place Friday, June 12", "information from the city"),
    # a promise or a goal told as a noun
    ("the council made a pledge that fees would stay the same", "the treasurer"),
    ("the first promise the board made was that the school would stay open", "the chairman"),
    ("our priorities will be safety and smaller classes", "the superintendent"),
    ("the idea being that parents will help with the reading", "the teacher"),
    # the putative "would" of a deed judged; a truth of anyone
    ("It is shameful that anyone would treat a child this way", "the judge"),
    ("If you skip the training, you won't get a second chance", "the coach"),
    # a past state of mind, with "might" as with "would"
    ("Last year I thought this might be my last race, so I entered it", "the runner"),
]

FORECASTS = [
    # a happening, a harm, a change or the weather, whatever its date
    ("the cartel will attack the border town next week", "the analyst"),
    ("the gangs will retaliate on Monday", "the police chief"),
    ("violence could spread to the capital by March", "the analyst"),
    ("We expect attacks to rise this summer", "the minister"),
    ("prices are expected to rise next month", "the economist"),
    ("the storm is expected to hit the coast on Tuesday", "the forecaster"),
    ("Thursday will be mostly sunny, with highs in the 70s", "the Weather Service"),
    # what another is expected to do is foreseen, not arranged
    ("We expect the cartel to move into the port next month", "the analyst"),
    # a horizon, no appointment
    ("the cartel will expand into Peru next year", "the analyst"),
    ("the gang could reach the capital within a year", "the analyst"),
    # a chance weighed, not a deed judged; a condition of a happening
    ("It is likely that the gang would retaliate", "the analyst"),
    ("It is feared that the violence would spread", "the mayor"),
    ("If the truce collapses, you won't recognize this city", "the priest"),
    # a belief held now
    ("I think the gangs might return to the port", "the analyst"),
    # a prediction beside a promise told keeps its own future
    ("the truce will collapse despite the promise that prices would stay low", "the analyst"),
]


@pytest.mark.parametrize("content,speaker", NOT_FORECASTS)
def test_forecasts_appointment_promise_or_judgement_is_no_forecast(content, speaker):
    assert classify(content, "said", "en", speaker)[0] != "forecast"


@pytest.mark.parametrize("content,speaker", FORECASTS)
def test_forecasts_happening_with_a_date_stays_forecast(content, speaker):
    assert classify(content, "said", "en", speaker)[0] == "forecast"


def test_schedules_strike_only_the_appointment():
    low = "the board will meet on monday. the gangs will retaliate."
    assert "retaliate" in unscheduled(low) and "meet" not in unscheduled(low)


def test_schedules_keep_an_hour_in_one_sentence():
    assert unscheduled("members will have a session at 6:30 p.m. monday, march 30").strip() == ""
