"""A place name the document names whole, found again where a hard line wrap parts its words (read.wrapped_again):
hard-wrapped pages ("the West\n    Bank") leave the model blind to the name there. Sentences written for this test."""

import pytest

from tocsin.read import read
from tocsin.read.read import wrapped_again


def test_read_wrapped_again_finds_the_document_s_own_name_across_a_line_break():
    text = "Troops left the Gaza Strip.\n\nA convoy returned to the Gaza\n    Strip on Monday."
    ents = [(16, 26, "GPE", "")]
    assert wrapped_again(ents, text) == [(text.index("Gaza\n"), text.index("Strip on") + 5, "GPE", "")]


@pytest.mark.parametrize("text, ents", [
    ("Troops left Gaza.\n\nA convoy returned to the Gaza\n    Strip on Monday.", [(12, 16, "GPE", "")]),  # one word: no name whole
    ("Troops left the Gaza Strip.\n\nThe gaza\n    strip was quiet.", [(16, 26, "GPE", "")]),  # not as written
    ("Troops left the Gaza Strip and the Gaza Strip Authority.", [(16, 26, "GPE", "")]),  # no line break
    ("Police in New York said.\n\nThe New\n    York Times reported it.", [(10, 18, "ORG", "")]),  # not a place's label
])
def test_read_wrapped_again_nothing_the_document_does_not_name_so(text, ents):
    assert wrapped_again(ents, text) == []


@pytest.mark.model
def test_read_a_wrapped_place_places_the_event(make_doc):
    text = ("The envoy spoke about the West Bank.\n\nIn Cairo, officials met.\n\nHamas gunmen killed a soldier at a "
            "checkpoint in the West\n    Bank.\n")
    ann = read(make_doc(text, published_at="2025-06-01"))
    countries = {p.key: p.country for p in ann.places}
    assert [(countries.get(e.place_key), e.place_basis) for e in ann.events if e.type == "killing"] == [("PS", "sentence")]
