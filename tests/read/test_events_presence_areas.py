"""Presence claims whose place is told through an area of it ("several neighborhoods of Boston", "the port city of
Guayaquil"), a part of it that is no place of its own ("Northern Virginia", "South Texas"), an island or a strip it
operates on, or a count of all of them ("all 50 states"); and the near misses the same words leave alone. Every
sentence is invented, none from the real-text set."""

import pytest

from tocsin.read.events.presence_where import extent
from tocsin.read.placedb import place_index
from tocsin.read.placenames import part_of

from .test_events_presence_forms import _claims, _pairs

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, language, pairs", [
    # an area of the place, between the presence words and its name
    ("MS-13 is entrenched in several neighborhoods of Boston.", "en", [("ms-13", "US")]),
    ("Los Choneros controls much of the port city of Guayaquil.", "en", [("los-choneros", "EC")]),
    ("Los Choneros control the prisons and streets of Guayaquil.", "en", [("los-choneros", "EC")]),
    ("Barrio 18 dominates the poorer districts of San Salvador.", "en", [("barrio-18", "SV")]),
    ("The Sinaloa Cartel is deeply embedded in the border towns of Sonora.", "en", [("sinaloa-cartel", "MX")]),
    ("Tren de Aragua controls entire apartment blocks in the suburbs of Santiago.", "en", [("tren-de-aragua", "CL")]),
    # a part of a place: the place
    ("MS-13 has a strong presence in Northern Virginia.", "en", [("ms-13", "US")]),
    ("The Gulf Cartel is active in South Texas and southern California.", "en", [("gulf-cartel", "US")]),
    ("The CJNG has expanded into western Guatemala.", "en", [("cjng", "GT")]),
    ("Tren de Aragua has cells in Central Chile and northern Peru.", "en", [("tren-de-aragua", "CL"), ("tren-de-aragua", "PE")]),
    # "on" an island or a named strip
    ("MS-13 operates on Staten Island.", "en", [("ms-13", "US")]),
    ("Hezbollah operates on Margarita Island in Venezuela.", "en", [("hezbollah", "VE")]),
    # the forms around them still read as before
    ("MS-13 is entrenched in Boston.", "en", [("ms-13", "US")]),
    ("El Tren de Aragua domina barrios enteros de Santiago.", "es", [("tren-de-aragua", "CL")]),
])
def test_presence_areas_found(make_doc, text, language, pairs):
    assert _pairs(make_doc, text, language) == pairs


@pytest.mark.parametrize("text, language", [
    ("Police control the streets of Boston.", "en"),
    ("MS-13 members were arrested in several neighborhoods of Boston.", "en"),
    ("Officials in the port city of Guayaquil said Los Choneros is weakening.", "en"),
    ("The Sinaloa Cartel's victims lived in the suburbs of Phoenix.", "en"),
    ("The cartel operates on Facebook and WhatsApp to recruit teenagers.", "en"),
    ("Surgeons operated on the MS-13 member in Houston.", "en"),
    ("The senator from Northern Virginia said MS-13 is a menace.", "en"),
    ("Tren de Aragua members were deported from South Texas to Venezuela.", "en"),
    ("La policía controla las calles de Santiago.", "es"),
])
def test_presence_areas_left_alone(make_doc, text, language):
    assert _claims(make_doc, text, language) == []


@pytest.mark.parametrize("text, language, place", [
    ("North Carolina", "en", "US"), ("South Africa", "en", "ZA"), ("West Virginia", "en", "US"), ("South Sudan", "en", "SS"),
])
def test_presence_areas_whole_names_kept(make_doc, text, language, place):
    """A name the index holds whole is that place, not a part of the place its last word names."""
    assert _pairs(make_doc, f"MS-13 operates in {text}.", language) == [("ms-13", place)]


@pytest.mark.parametrize("text, language, count", [
    ("The CJNG operates in all 50 states.", "en", "all 50 states"),
    ("The CJNG operates in all the 50 states.", "en", "all the 50 states"),
    ("MS-13 is present in at least 22 states.", "en", "at least 22 states"),
    ("El CJNG opera en los 32 estados del país.", "es", "los 32 estados"),
    ("El Tren de Aragua opera en al menos ocho países.", "es", "al menos ocho países"),
])
def test_presence_areas_counts(text, language, count):
    trigger = text.index(" in " if language == "en" else " en ")
    span = extent(text, (trigger, trigger), len(text), language)
    assert span is not None and text[span[0] : span[1]] == count


def test_presence_areas_count_needs_its_number():
    text = "The CJNG operates in all states."
    assert extent(text, (text.index(" in "), text.index(" in ")), len(text), "en") is None


@pytest.mark.parametrize("surface, whole", [("Northern Virginia", "Virginia"), ("South Texas", "Texas"),
                                            ("Southern California", "California"), ("Northern Chile", "Chile")])
def test_a_part_of_a_large_place_is_the_place(surface, whole):
    assert any(p.name == whole for p in part_of(surface, place_index()))


@pytest.mark.parametrize("surface", ["East Coast", "North Jersey", "Upper East Side", "West Side", "South Shore"])
def test_a_part_of_a_generic_word_or_of_a_small_namesake_is_no_place(surface):
    """'East Coast' is no part of Tanzania's Coast region, 'North Jersey' none of the island of Jersey."""
    assert part_of(surface, place_index()) == []
