"""U.S. local news places its towns by the counties and the phone numbers it prints (read/uslocal.py)."""

import pytest

from tocsin.read.placedb import place_index
from tocsin.read.places import Resolver
from tocsin.read.toponyms import toponyms_at
from tocsin.read.uslocal import area_codes, counties_named, county_base

pytestmark = pytest.mark.model


def _places(text: str, *surfaces: str, with_text: bool = True) -> list[tuple[str, str, str]]:
    """(name, state, kind) of the given written forms, each at its first occurrence after the one before."""
    spans, at = [], 0
    for surface in surfaces:
        start = text.index(surface, at)
        spans.append((start, start + len(surface)))
        at = start + len(surface)
    found = Resolver(place_index()).resolve(toponyms_at(text, spans, place_index()), None, None, text if with_text else "")
    return [(pm.place.name, pm.place.admin1, pm.place.kind) if pm.place else None for pm in found]


def test_uslocal_area_codes_are_read_from_printed_numbers_and_toll_free_ones_are_not():
    text = "Call (903) 675-5454 or 936.555.0101, or the hotline at 1-800-222-1222; case no. 2009-123-4567."
    assert area_codes(text) == ["903", "936"]
    assert area_codes("a 555-0101 number and 12,345,678 dollars") == []


def test_uslocal_county_names_lose_their_word():
    assert county_base("Walker County") == "Walker" and county_base("Orleans Parish") == "Orleans"
    assert county_base("Athens") == "Athens"


def test_uslocal_index_knows_which_county_a_town_lies_in_and_where_a_code_rings():
    us = place_index().us
    assert "walker county" in us.counties("TX", "huntsville") and "walker county" not in us.counties("AL", "huntsville")
    towns, state = us.area_code("903")
    assert state == "TX" and ("TX", "athens") in towns


def test_uslocal_a_town_and_a_county_named_together_are_the_pair_that_fits():
    text = "The burn ban was lifted after Huntsville Fire Chief Ed Moss met Walker County Judge Ann Bell on Monday."
    town, county = _places(text, "Huntsville", "Walker County")
    assert town[:2] == ("Huntsville", "TX") and county[:2] == ("Walker County", "TX")
    text = "The class toured the arts centre of Paris and Henry County on Friday."
    town, county = _places(text, "Paris", "Henry County")
    assert town[1] == county[1] == "TN"  # Paris, Tennessee lies in Henry County; Paris, Kentucky does not


def test_uslocal_a_phone_number_places_a_town_named_like_a_world_city():
    text = "The Athens Police Department asks anyone who saw the theft to call Sgt. Lee Park at 903-675-5454."
    assert _places(text, "Athens")[0][:2] == ("Athens", "TX")
    assert _places(text, "Athens", with_text=False)[0][1] != "TX"  # without the number nothing says Texas


def test_uslocal_a_number_elsewhere_does_not_move_a_place_the_text_places():
    text = "PARIS (AP) - French police questioned two men, the embassy said; its press office is at 202-555-0144."
    assert Resolver(place_index()).resolve(toponyms_at(text, [(0, 5)], place_index()), None, None, text)[0].place.country == "FR"


def test_uslocal_counties_have_their_own_point_not_their_states():
    ix = place_index()
    walker = next(p for p in ix.lookup("Walker County") if p.admin1 == "TX" and p.kind == "admin2")
    harris = next(p for p in ix.lookup("Harris County") if p.admin1 == "TX" and p.kind == "admin2")
    assert abs(walker.lat - 30.7) < 0.5 and abs(walker.lon + 95.6) < 0.5  # Huntsville, Texas, its seat, is at 30.7 N, 95.6 W
    assert (walker.lat, walker.lon) != (harris.lat, harris.lon)


def test_uslocal_a_county_inside_an_institutions_name_places_the_town():
    text = "A Richmond man was charged on Sunday. He was lodged in the Madison County Detention Center overnight."
    assert _places(text, "Richmond")[0][:2] == ("Richmond", "KY")  # Richmond, Kentucky is Madison County's seat
    assert counties_named("the Paris-Henry County Arts Council and St. Lucie County") >= {"Henry County", "St. Lucie County"}
    text = "A Richmond man was held in the Madison County jail; his brother lives in Sulphur, La."
    assert _places(text, "Richmond")[0][:2] == ("Richmond", "KY")  # Richmond, Louisiana lies in Madison Parish, no county
