"""The real-text scorer's place rule (bench/realtext/score.py): what counts as the annotated place."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tocsin.models import Place

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench" / "realtext"))
score = pytest.importorskip("score")


def _place(name: str, admin1: str, country: str = "US") -> Place:
    return Place(id=4138106, name=name, kind="admin1", country=country, admin1=admin1, lat=38.9, lon=-77.0, population=689545)


@pytest.mark.parametrize(("gold", "right"), [
    ({"text": "District of Columbia", "name": "Washington", "country": "US"}, True),
    ({"text": None, "name": "Washington, D.C.", "country": "US"}, True),
    ({"text": "Washington", "name": "Washington", "country": "US"}, False),  # the state, or a town of that name
    ({"text": "Richmond", "name": "Richmond, Virginia", "country": "US"}, False),
])
def test_scorer_the_district_and_the_city_of_washington_are_one_place(gold, right):
    assert score._place_right(_place("District of Columbia", "DC"), gold) is right


texts = pytest.importorskip("texts")


@pytest.mark.parametrize(("written", "day"), [
    ("Dec 17, 2016 7:38 AM ET", "2016-12-17"),
    ("7:58 AM ET, Sat January 3, 2015", "2015-01-03"),
    ("7 December 2016 GMT", "2016-12-07"),
    ("December 9th 2016", "2016-12-09"),
    ("DEC. 14, 2016, 2:54 AM EST", "2016-12-14"),
    ("11/28/2016", "2016-11-28"),
    ("2016 Oct 10", "2016-10-10"),
    ("2017-04-21", "2017-04-21"),
    ("", None),
    ("Sat 7:58 AM ET", None),
])
def test_a_tr_news_date_is_read_as_each_page_wrote_it(written, day):
    assert texts._trn_day(written) == day


def test_misses_are_logged_only_when_asked_with_the_document_they_come_from():
    quiet, asked = score.Scores(), score.Scores(log=[])
    for scores in (quiet, asked):
        scores.key = "lgl:1"
        scores.miss("place", {"said": "Lima, PE", "gold": "Lima, Ohio"})
    assert quiet.log is None
    assert asked.log == [("place", "lgl:1", {"said": "Lima, PE", "gold": "Lima, Ohio"})]


def _indexed(name: str, country: str, admin1: str | None = None):
    from tocsin.read.placedb import place_index

    found = [p for p in place_index().lookup(name) if p.country == country and (admin1 is None or p.admin1 == admin1)]
    return max(found, key=lambda p: p.population or 0)


@pytest.mark.parametrize(("name", "country", "admin1", "gold", "right"), [
    ("Montréal", "CA", None, {"name": "Montreal", "country": "CA"}, True),  # accents
    ("Guangxi", "CN", None, {"name": "Guangxi", "country": "CN"}, True),  # the index's long name of the division
    ("Edmonton", "AU", "04", {"name": "Edmonton, Queensland", "country": "AU"}, True),  # a division outside the U.S.
    ("Edmonton", "CA", None, {"name": "Edmonton", "country": "CA"}, True),
    ("Lewisburg", "US", "WV", {"name": "Lewisburg, West Virginia", "country": "US"}, True),
    ("Lewisburg", "US", "TN", {"name": "Lewisburg, West Virginia", "country": "US"}, False),
    ("Paris", "FR", None, {"name": "Lyon", "country": "FR"}, False),
    ("Cincinnati", "US", None, {"name": "West Chester", "country": "US"}, False),
])
def test_scorer_an_annotated_place_is_any_of_the_place_s_names(name, country, admin1, gold, right):
    assert score._place_right(_indexed(name, country, admin1), gold) is right


@pytest.mark.parametrize(("name", "country", "admin1", "gold"), [
    ("Washington County", "US", "AL", {"name": "Washington", "country": "US"}),  # the index files the county under the name
    ("Powder Springs", "US", "GA", {"name": "Springfield", "country": "US"}),
    ("Richmond", "US", "VA", {"name": "Richmond, Ky.", "country": "US"}),  # a state written short is checked too
])
def test_scorer_a_place_the_index_only_files_under_the_name_is_not_the_annotated_one(name, country, admin1, gold):
    assert score._place_right(_indexed(name, country, admin1), gold) is False


def test_a_tr_news_date_the_calendar_lacks_is_none():
    assert texts._trn_day("2/30/2016") is None
    assert texts._trn_day("30 February 2016") is None


@pytest.mark.parametrize(("name", "country", "admin1", "gold", "right"), [
    ("Houston", "US", "TX", {"name": "Texas", "country": "US"}, True),  # §9: a place inside the annotated one
    ("Culiacán", "MX", None, {"name": "Sinaloa", "country": "MX"}, True),
    ("Tulsa", "US", "OK", {"name": "Texas", "country": "US"}, False),  # another state
    ("Buffalo", "US", "NY", {"name": "New York", "country": "US"}, False),  # "New York" may as well be the city
    ("Seattle", "US", "WA", {"name": "Washington", "country": "US"}, False),  # or the capital
    ("Texas", "US", "TX", {"name": "Houston", "country": "US"}, False),  # wider than the annotated place is not inside it
    ("Izalco", "SV", None, {"name": "Sonsonate", "country": "SV"}, False),  # the department's capital may be meant
    ("Valera", "VE", None, {"name": "Trujillo", "country": "VE"}, False),
    ("Apizaco", "MX", None, {"name": "Tlaxcala", "country": "MX"}, False),
    ("Siguatepeque", "HN", None, {"name": "Comayagua", "country": "HN"}, False),
])
def test_scorer_a_place_inside_the_annotated_division_is_right(name, country, admin1, gold, right):
    assert score._place_right(_indexed(name, country, admin1), gold) is right


@pytest.mark.parametrize(("name", "admin1", "gold", "right"), [
    ("Independence", "MO", {"name": "Jackson County, Missouri", "country": "US"}, True),  # §9: a town inside the county
    ("Mount Pleasant", "TX", {"name": "Titus County", "country": "US"}, True),  # no state written
    ("Columbus", "NE", {"name": "Platte County, Nebraska", "country": "US"}, True),
    ("Columbus", "OH", {"name": "Platte County, Nebraska", "country": "US"}, False),  # another state's Columbus
    ("Xenia", "OH", {"name": "Jackson County, Missouri", "country": "US"}, False),  # a town of another county
    ("Independence", "MO", {"name": "Jackson County, Ohio", "country": "US"}, False),  # the state written disagrees
    ("Independence", "MO", {"name": "Jackson", "country": "US"}, False),  # a town, not the county
])
def test_scorer_a_town_inside_the_annotated_county_is_right(name, admin1, gold, right):
    assert score._place_right(_indexed(name, "US", admin1), gold) is right


def test_scorer_a_county_is_not_inside_its_seat():
    from tocsin.read.placedb import place_index

    county = next(p for p in place_index().lookup("Greene County") if p.country == "US" and p.admin1 == "OH" and p.kind == "admin2")
    assert score._place_right(county, {"name": "Xenia, Ohio", "country": "US"}) is False
