"""A list of places that a preposition of place opens with a place the model found: its later names, which the small
model may take for people, are places too (read.toponyms._listed_after_place). Every sentence is invented."""

import pytest

from tocsin.read import read

pytestmark = pytest.mark.model


def _places(make_doc, text):
    ann = read(make_doc(text, published_at="2025-03-01"))
    return sorted(m.text for m in ann.mentions if m.kind == "place")


def test_toponyms_list_after_a_place_is_of_places(make_doc):
    assert _places(make_doc, "Tren de Aragua extorts businesses in Lima, Santiago and Bogotá.") == ["Bogotá", "Lima", "Santiago"]


def test_toponyms_list_of_people_stays_people(make_doc):
    assert _places(make_doc, "The senators Blackburn, Whitehouse and Kennedy met in Washington.") == ["Washington"]


def test_toponyms_list_after_a_place_ending_in_a_full_name_is_of_people(make_doc):
    assert "Marion" not in _places(make_doc, "The brothers grew up in Tucson, Marion and Chester Smith said in court.")
