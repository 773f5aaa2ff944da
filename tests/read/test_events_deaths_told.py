"""A death told by its noun, where the sentence says it was caused or is looked into ("an operation that resulted in
the death of Bilal al-Sudani", "the inquiry into the death of Robert Dziekanski"), and lives told as lost or taken
("22 Americans lost their lives"), are killings where the passage tells someone's hand, as a body found is
(``events.deaths``); the dead is the one "of" names, and who investigates is no doer. Officers who "came under fire
from inside the house" were shot at. Sentences written for this test. Near misses: a death mourned, a death a
disaster caused, lives lost in a crash, lives saved, and deaths counted every year stay no killing."""

import pytest

from tocsin.models import Document
from tocsin.read import read_many

pytestmark = pytest.mark.model


def _events(text):
    ((_, ann),) = read_many([Document(id="x", text=text, source="x", published_at="2025-03-01", language="en")], gated=False)
    return [e for e in ann.events if e.happened]


@pytest.mark.parametrize("text, dead", [
    ("U.S. forces raided a compound in Somalia, killing two guards. The operation resulted in the death of Bilal al-Sudani, "
     "a leader of ISIS.", "Bilal al-Sudani"),
    ("Rufus Church was found shot at his business on Monday. Police are investigating the death of Rufus Church.", "Rufus Church"),
    ("An officer testified at the inquiry into the death of Robert Dziekanski, who was beaten by RCMP officers at an airport "
     "in 2007.", "Robert Dziekanski"),
    ("A gunman opened fire at a grocery store in Buffalo. So far, ten Americans lost their lives.", "ten Americans"),
])
def test_death_told_is_a_killing(text, dead):
    killings = [e for e in _events(text) if e.type == "killing" and e.trigger.lower().startswith(("result", "investig", "inquir", "lost"))]
    assert killings and killings[0].target_text == dead


def test_who_investigates_a_death_is_no_doer():
    text = "Rufus Church was found shot at his business on Monday. Police are investigating the death of Rufus Church."
    (killing,) = [e for e in _events(text) if e.trigger.startswith("investigating")]
    assert killing.actor_text is None


def test_came_under_fire_from_inside_a_house_is_a_shooting():
    text = "The officers responding to the call came under fire from inside the house, the statement said."
    assert [e.subtype for e in _events(text) if e.type == "attack"] == ["shooting"]


@pytest.mark.parametrize("text", [
    "He mourned the death of his mother last year.",
    "The hurricane caused the deaths of 12 people in Florida last week.",
    "Two people lost their lives in a crash on Interstate 5 on Sunday.",
    "The new program has saved lives across the county.",
    "Smoking causes the deaths of thousands of Americans every year.",
    "The officers came under fire from critics after the hearing.",
])
def test_deaths_without_a_hand_stay_no_killing(text):
    assert [e.type for e in _events(text) if e.type in ("killing", "attack")] == []


@pytest.mark.parametrize("text", [
    "Eleven more lives were taken in a shooting at a bar in Tulsa on Friday.",
    "The lives of three clerks were stolen when a gunman opened fire in a store in Omaha.",
    "The lives of two deputies were taken in an ambush outside Reno last spring.",
    "A gunman took the lives of three clerks at a store in Omaha on Monday.",
])
def test_lives_taken_or_stolen_are_a_killing(text):
    """The "take" of "lives were taken" and "took the lives of" is no verb of removal ("took out the emir"), which kills
    only the people it removes; "stolen" there takes lives, not goods (no robbery)."""
    types = [e.type for e in _events(text)]
    assert "killing" in types and "robbery" not in types


@pytest.mark.parametrize("text", [
    "The lives of the tenants were taken over by the noise of the building works.",
    "Hundreds of lives were saved by the new clinic in Fresno last year.",
    "The flu took the lives of thousands of people in Ohio last winter.",
])
def test_lives_neither_taken_nor_stolen_stay_no_killing(text):
    assert [e.type for e in _events(text) if e.type == "killing"] == []
