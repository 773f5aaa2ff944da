"""A definite attack noun after a killing is that killing told again, unless its own phrase names another happening by
a date none of the killings told before it was given ("the October 7th attacks", "the October 1 attack" after one on
October 17); a place or group may be the killing's own."""

import pytest

from tocsin.models import Document
from tocsin.read import read_many

pytestmark = pytest.mark.model


def _types(text):
    ((_, ann),) = read_many([Document(id="x", text=text, source="x", published_at="2024-03-10", language="en")], gated=False)
    return [(e.type, e.trigger) for e in ann.events if e.happened and e.type != "presence"]


@pytest.mark.parametrize("text", [
    "Gunmen killed 40 people at a concert hall near Moscow on Friday. The resolution condemned Hamas for the October 7th attacks.",
    "Gunmen killed 40 people at a concert hall near Moscow on Friday. The resolution condemned Hamas for the 7 October attacks.",
    "Gunmen killed 40 people at a concert hall near Moscow on October 17. The October 1 attack in Ankara was also claimed by "
    "the group.",
])
def test_events_an_attack_named_by_its_own_date_is_another_happening(text):
    assert _types(text)[-1][0] == "attack"


@pytest.mark.parametrize("text", [
    "Eight people were killed at the nursing home in Macon on Sunday. The facility was closed after the attack.",
    "Eight people were killed at a nursing home in Macon on Sunday. The Macon attack shocked the town.",
    "Eight people were killed at a nursing home in Macon on Sunday. The shooting in Macon shocked the town.",
    "Hamas gunmen killed 1,200 people in Israel. Relief workers responded to the Hamas attacks.",
    "Eight people were killed at a nursing home on October 7. The October 7 attack shocked the town.",
    "Eight people were killed at a nursing home in Macon on October 7. The October 7th attack shocked the town.",
    "Nine years ago, a gunman killed nine worshippers at Emanuel AME Church in Charleston. The 2015 shooting led to the "
    "removal of the flag.",
])
def test_events_a_definite_attack_naming_no_other_place_is_the_killing_told_again(text):
    """Near misses: no date of its own, a place or group, or the killing's own date however written ("October 7th"
    for October 7, "2015" for "nine years ago" in 2024)."""
    assert [t for t, _ in _types(text)] == ["killing", "killing"]
