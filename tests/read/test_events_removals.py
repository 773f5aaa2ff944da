"""Where a removal ends when its words give no destination (events/removals.py): the country its person comes from."""

import pytest

pytestmark = pytest.mark.model


def _removals(make_doc, text, language="en"):
    from tocsin.read import read_many

    ((_, ann),) = read_many([make_doc(text, language=language, published_at="2025-05-27")], gated=False)
    places = {p.key: p for p in ann.places}
    return [(places[e.place_key].name if e.place_key in places else None, e.place_basis)
            for e in ann.events if e.type == "extradition"]


@pytest.mark.parametrize("text, country", [
    ("Carlos Mendoza, a Venezuelan national, was deported back to his home country on Friday.\n", "Venezuela"),
    ("**Juan Perez**, a Honduran national with convictions for robbery and assault, was removed to his country of origin "
     "in 2004.\n", "Honduras"),
])
def test_removals_a_removal_to_the_persons_own_country_ends_in_the_country_it_names(make_doc, text, country):
    assert _removals(make_doc, text) == [(country, "origin")]


def test_removals_a_spanish_removal_to_the_persons_own_country_ends_there(make_doc):
    text = "Carlos Díaz, ciudadano de Honduras, fue detenido en Houston el martes. Ya había sido deportado a su país de origen en 2019.\n"
    assert _removals(make_doc, text, "es") == [("Honduras", "origin")]


@pytest.mark.parametrize("text", [
    "Carlos Mendoza, a Venezuelan national and Tren de Aragua member, was deported on Friday.\n",  # sent where, unwritten
    "-   **Jose Barrios-Bello, a 35-year-old illegal immigrant from Mexico, was arrested in Salt Lake City.** He has a "
    "conviction for burglary and has previously been removed from the country.\n",
])
def test_removals_a_persons_origin_is_no_destination_the_text_does_not_write(make_doc, text):
    assert all(basis != "origin" for _, basis in _removals(make_doc, text))


@pytest.mark.parametrize("text", [
    "A man from Honduras and a woman from Guatemala, arrested together in Denver, were deported to their home countries.\n",
    "Abrego Garcia, a Maryland father, was deported back to his home country.\n",  # a home town is no nationality
])
def test_removals_no_origin_or_two_place_nothing(make_doc, text):
    assert all(basis != "origin" for _, basis in _removals(make_doc, text))


def test_removals_a_named_destination_stands(make_doc):
    text = "Jose Ruiz, a 40-year-old illegal immigrant from Mexico, was deported to El Salvador in March.\n"
    assert _removals(make_doc, text) == [("El Salvador", "sentence")]
