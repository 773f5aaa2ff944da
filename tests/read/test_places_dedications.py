"""A saint a church is named after is no town; an airport's name is no town either, as often a person's or a landmark's as
its town's ("El Dorado International Airport" serves Bogotá, not El Dorado)."""

import pytest

from tocsin.read.dedications import dedicated
from tocsin.read.placedb import place_index
from tocsin.read.placenames import _seat_within
from tocsin.read.toponyms import find_toponyms


def _kept(text: str, ents: list[tuple[str, str]]) -> list[str]:
    spans, at = [], 0
    for surface, label in ents:
        start = text.index(surface, at)
        spans.append((start, start + len(surface), label))
        at = start + len(surface)
    return [t.text for t in find_toponyms(text, spans, set(), place_index())]


@pytest.mark.parametrize(
    ("text", "saint"),
    [
        ("A bomb went off inside the chapel of St. Anne and St. Joachim during Mass.", "St. Anne"),
        ("A bomb went off inside the chapel of St. Anne and St. Joachim during Mass.", "St. Joachim"),
        ("Thieves broke into St. Cloud's Catholic Church overnight.", "St. Cloud"),
        ("Gunmen attacked the Cathedral of Saint Paul on Sunday.", "Saint Paul"),
        ("Robaron la iglesia de San Isidro el martes.", "San Isidro"),
    ],
)
def test_dedications_a_saint_a_church_is_named_after_is_no_place(text, saint):
    start = text.index(saint)
    assert dedicated(text, start, start + len(saint))
    assert saint not in _kept(text, [(saint, "GPE")])


@pytest.mark.parametrize(
    ("text", "saint"),
    [
        ("Two men were arrested in St. Cloud after a chase.", "St. Cloud"),  # the town
        ("The shooting happened near a church in St. Paul on Friday.", "St. Paul"),  # a church in the town
        ("Deputies searched a home in St. Tammany Parish.", "St. Tammany"),  # a parish is a county
        ("St. Louis police arrested him at the station.", "St. Louis"),
    ],
)
def test_dedications_a_saint_named_town_stays_a_place(text, saint):
    start = text.index(saint)
    assert not dedicated(text, start, start + len(saint))


@pytest.mark.parametrize("surface", ["the Kennedy Space Center", "the Madison County Jail", "Westfield Mall", "Ronald Reagan Washington National Airport",
                                     "El Dorado International Airport", "Benito Juárez International Airport", "Denver International Airport"])
def test_dedications_other_facilities_name_no_seat(surface):
    assert _seat_within(surface) is None
