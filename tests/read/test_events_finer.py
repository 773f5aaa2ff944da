from dataclasses import replace

import pytest

from tocsin.models import Event, Place
from tocsin.read.events.finer import placed_finer

CHINA = Place(1814991, "China", "country", "CN", "", 35.0, 105.0, 1330044000)
SHENZHEN = Place(1795565, "Shenzhen", "city", "CN", "30", 22.5, 114.1, 17494398)
INDIANA = Place(4921868, "Indiana", "admin1", "US", "IN", 40.0, -86.0, 6732219)
EVANSVILLE = Place(4257227, "Evansville", "city", "US", "IN", 37.97, -87.56, 117429)
PRINCETON = Place(4262045, "Princeton", "city", "US", "IN", 38.4, -87.6, 8644)
OHIO = Place(5165418, "Ohio", "admin1", "US", "OH", 40.2, -82.7, 11467123)
JALISCO = Place(4004156, "Jalisco", "admin1", "MX", "14", 20.3, -103.3, 7350682)
ZAPOPAN = Place(3979770, "Zapopan", "city", "MX", "14", 20.7, -103.4, 987516)
PLACES = {p.key: p for p in (CHINA, SHENZHEN, INDIANA, EVANSVILLE, PRINCETON, OHIO, JALISCO, ZAPOPAN)}


def _event(text: str, word: str, place: Place, nominal: bool = False, kind: str = "killing") -> Event:
    """The event of ``word``, its sentence the one it is written in, placed there at ``place``."""
    at = text.index(word)
    start = text.rfind(". ", 0, at) + 2 if ". " in text[:at] else 0
    end = text.find(".", at) + 1
    return Event(kind, None, word, at, at + len(word), start, end, "asserted", nominal=nominal,
                 place_key=place.key, place_precision=place.precision, place_basis="sentence")


@pytest.mark.parametrize("text, lede, told, expected", [
    # the lede names the country, the story the city of the same happening
    ("Two people were killed in a knife attack in southern China. The killings occurred at a store in Shenzhen.",
     ("killed", CHINA), ("killings", SHENZHEN), SHENZHEN),
    ("A clerk was shot dead in Indiana on Sunday. Police said the shooting happened at a gas station in Evansville.",
     ("shot dead", INDIANA), ("shooting", EVANSVILLE), EVANSVILLE),
    ("Dos policías fueron asesinados en Jalisco. Los asesinatos ocurrieron en una calle de Zapopan.",
     ("asesinados", JALISCO), ("asesinatos", ZAPOPAN), ZAPOPAN),
    # a place outside the sentence's own is another happening's: the sentence's place stands
    ("A clerk was shot dead in Indiana on Sunday. The shooting in Ohio last month is unsolved.",
     ("shot dead", INDIANA), ("shooting", OHIO), INDIANA),
])
def test_events_finer_takes_the_place_the_story_gives_the_same_happening(text, lede, told, expected):
    first = _event(text, *lede)
    again = _event(text, *told, nominal=True)
    placed = placed_finer([first, again], PLACES, text, (), first.evidence_end)
    assert placed[0].place_key == expected.key
    assert placed[0].place_basis == ("story" if expected != lede[1] else "sentence")
    assert placed[1] == again


def test_events_finer_a_city_of_the_sentence_stands_and_places_the_happening_told_again():
    text = "A clerk was shot dead in Evansville on Sunday. The shooting in Indiana shocked the state."
    first, again = _event(text, "shot dead", EVANSVILLE), _event(text, "shooting", INDIANA, nominal=True)
    placed = placed_finer([first, again], PLACES, text, (), first.evidence_end)
    assert placed[0] == first
    assert (placed[1].place_key, placed[1].place_basis) == (EVANSVILLE.key, "story")


def test_events_finer_another_kind_of_happening_is_not_told_again():
    text = "A man was arrested in southern China. The killings occurred at a store in Shenzhen."
    arrest = _event(text, "arrested", CHINA, kind="arrest")
    killing = _event(text, "killings", SHENZHEN, nominal=True)
    assert placed_finer([arrest, killing], PLACES, text, (), arrest.evidence_end)[0] == arrest


def test_events_finer_two_places_within_are_not_one():
    text = "Two clerks were shot dead in Indiana. The shooting in Evansville and the shooting in Princeton were hours apart."
    lede = _event(text, "shot dead", INDIANA)
    one = _event(text, "shooting", EVANSVILLE, nominal=True)
    other = replace(one, trigger_start=text.rindex("shooting"), trigger_end=text.rindex("shooting") + 8, place_key=PRINCETON.key)
    assert placed_finer([lede, one, other], PLACES, text, (), lede.evidence_end)[0].place_key == INDIANA.key
