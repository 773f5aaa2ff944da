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
