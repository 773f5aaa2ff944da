"""A happening told again takes the place the story gives it elsewhere only where that place is a spot, not a whole
country (events/records.placed_by_the_story, events/scope: a list's lead-in); removals and designations, which a
country places, take one. And a place told of the listed event itself is where it happened
(events/records._of_one_listed)."""

import pytest

from tocsin.models import Event, Place
from tocsin.read.events.records import placed_by_the_story

CHINA = Place(1814991, "China", "country", "CN", "", 35.0, 105.0, 1330044000)
MEXICO = Place(3996063, "Mexico", "country", "MX", "", 23.0, -102.0, 112468855)
EVANSVILLE = Place(4257227, "Evansville", "city", "US", "IN", 37.97, -87.56, 117429)


def _event(text: str, word: str, place: Place | None, kind: str = "killing") -> Event:
    """The event of ``word`` in its sentence, placed there at ``place`` (or nowhere, told again)."""
    at = text.index(word)
    start = text.rfind(". ", 0, at) + 2 if ". " in text[:at] else 0
    return Event(kind, None, word, at, at + len(word), start, text.find(".", at) + 1, "asserted", nominal=place is None,
                 place_key=place.key if place else None, place_precision=place.precision if place else "unknown",
                 place_basis="sentence" if place else "unknown")


@pytest.mark.parametrize("text, first, again, kind, expected", [
    # a town is a spot: the shooting told again took place there (near miss: must stay as it was)
    ("A clerk was shot dead in Evansville on Sunday. The shooting shocked the town.", ("shot dead", EVANSVILLE), "shooting",
     "killing", EVANSVILLE),
    # a country is no spot: where the story is set, not where the killing told again was
    ("Two people were killed in China on Sunday. The killings shocked the town.", ("killed", CHINA), "killings", "killing", None),
    # a removal ends in a country: the deportation told again ended there
    ("Ruiz was deported to Mexico on Friday. The deportation was his second.", ("deported", MEXICO), "deportation",
     "extradition", MEXICO),
])
def test_story_spots_a_happening_told_again_takes_a_spot_not_a_country(text, first, again, kind, expected):
    told = [_event(text, *first, kind=kind), _event(text, again, None, kind=kind)]
    placed = placed_by_the_story(told, text, (), told[0].evidence_end)
    assert placed[1].place_key == (expected.key if expected else None)
    assert placed[1].place_basis == ("story" if expected else "unknown")


@pytest.mark.model
@pytest.mark.parametrize("lead, kind, expected", [
    ("These criminals were arrested across the United States last week:", "arrest", None),  # a country: the list's setting
    ("These criminals were arrested in Tulsa last week:", "arrest", "Tulsa"),  # near miss: a town places each item
    ("These criminals were deported to El Salvador last week:", "extradition", "El Salvador"),  # removals end in a country
])
def test_story_spots_a_lead_in_lends_its_items_a_spot_not_a_country(make_doc, lead, kind, expected):
    from tocsin.read import read_many

    text = f"{lead}\n\n-   **Ana Ruiz**, 31, was {'arrested for burglary' if kind == 'arrest' else 'deported'}.\n"
    ((_, ann),) = read_many([make_doc(text, published_at="2025-06-01")], gated=False)
    places = {p.key: p.name for p in ann.places}
    items = [e for e in ann.events if e.type == kind and "Ana Ruiz" in (e.target_text or "")]
    assert len(items) == 1 and places.get(items[0].place_key) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, kind, expected", [
    # the listed noun is the event itself: where it is told to have happened is its place
    (("I have also started the largest removal operation in our history — including the deportation of hundreds of "
      "gang members to El Salvador.\n"), "extradition", "El Salvador"),
    # near miss: the place only describes one of those the list gives, not where the arrests were
    ("Police arrested several leaders, including a CJNG plaza boss in Colima, on Tuesday in Guadalajara.\n", "arrest",
     "Guadalajara"),
])
def test_story_spots_a_place_of_the_listed_event_itself_is_where(make_doc, text, kind, expected):
    from tocsin.read import read_many

    ((_, ann),) = read_many([make_doc(text, published_at="2025-06-01")], gated=False)
    places = {p.key: p.name for p in ann.places}
    found = [e for e in ann.events if e.type == kind]
    assert found and places.get(found[0].place_key) == expected and found[0].place_basis == "sentence"
