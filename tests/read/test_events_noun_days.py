"""A happening the story dates by its noun (events/noun_days.py), and a past the story tells as history
(events/timeline.py): a report its own sentence gives no time takes the one the story gives it elsewhere."""

import pytest

from .test_events_timeline import _ann

pytestmark = pytest.mark.model

@pytest.mark.parametrize("text, published, kind, day", [
    # the noun's possessive: the offence an arrest names
    ("Two people have been arrested in Saturday's fatal shooting of a man at a Parkwood Drive home, deputies said. "
     "The three are accused of killing Christofoli because of a drug dispute, authorities said.", "2009-03-25", "killing", "2009-03-21"),
    # a clause on the noun that tells it took place
    ("Seven men were convicted over the brawl that took place on a deserted street in Upper Edmonton on 25 February last year. "
     "The group smash the car windows and attack the pair within the vehicle as it tries to get away.", "2016-12-07", "attack",
     "2015-02-25"),
    ("Now, we are tracking the horrific string of shootings that took place in Texas yesterday. "
     "And our thoughts are with the six victims who were killed, as well as several others who were injured.", "2023-12-06",
     "killing", "2023-12-05"),
])
def test_noun_days_a_report_takes_the_day_the_story_gives_its_noun(make_doc, text, published, kind, day):
    event = [e for e in _ann(make_doc, text, published).events if e.type == kind][-1]  # the report after the noun
    assert (event.date_begin, event.date_basis) == (day, "story")


@pytest.mark.parametrize("text, published, kind", [
    # the day is the arrest's, not the noun's
    ("Police arrested a man on Saturday in the shooting of a neighbor, deputies said. "
     "He is accused of killing the neighbor over a parking space.", "2009-03-25", "killing"),
    # the story dates killings two ways: it tells more than one
    ("A man was charged in Saturday's fatal shooting on Elm Street. He was also charged in the March 2 slaying of a clerk. "
     "Police say he is accused of killing them both.", "2009-03-25", "killing"),
    # a report the text sets apart
    ("Two men were arrested in Saturday's fatal shooting on Elm Street. "
     "One of them is accused of killing another man, police said.", "2009-03-25", "killing"),
    # a clause on the noun that tells a court's step, not that it took place
    ("The appeals court heard the killings that were taken up by the court on Monday. "
     "The men are accused of killing two guards, prosecutors said.", "2009-03-25", "killing"),
])
def test_noun_days_no_day_where_the_noun_does_not_date_the_report(make_doc, text, published, kind):
    event = next(e for e in _ann(make_doc, text, published).events if e.type == kind)
    assert event.date_basis != "story"


def test_timeline_a_month_of_a_past_year_sets_a_scene_of_history(make_doc):
    text = ("In June 1963, on one single day, two Black students arrived at the doors of the University of Alabama. "
            "President Kennedy spoke to the nation from the Oval Office.\n\n"
            "Late that night, the NAACP leader Medgar Evers was assassinated outside his home in Mississippi.")
    event = next(e for e in _ann(make_doc, text, "2023-08-29").events if e.type == "killing")
    assert (event.date_value, event.date_basis) == ("1963-06", "story")


def test_timeline_a_month_of_the_publications_year_sets_no_scene(make_doc):
    text = ("In March, the mayor opened a new park on Elm Street.\n\n"
            "Two men robbed a gas station on the corner and fled in a blue van.")
    event = next(e for e in _ann(make_doc, text, "2024-05-20").events if e.type == "robbery")
    assert event.date_basis == "published"


@pytest.mark.parametrize("text, kind", [
    # a span of a life told as background, not a time that opens the scene
    ("Smith served in the Army from 2001 to 2005. Police arrested him on a charge of murder.", "arrest"),
    # a step told as coming after the history's year
    ("In 2019, Smith moved to Denver. He was later shot dead outside a bar.", "killing"),
    # a year after an abbreviation's stop opens no sentence
    ("Smith moved to the U.S. in 2001, a court heard. Police arrested him on a charge of murder.", "arrest"),
])
def test_timeline_a_past_year_that_opens_no_scene_dates_nothing(make_doc, text, kind):
    event = next(e for e in _ann(make_doc, text, "2025-06-01").events if e.type == kind)
    assert event.date_basis == "published"
