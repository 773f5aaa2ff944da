"""A group's seat told of a place ("the prison in the state of Aragua, which served as the headquarters of Tren de
Aragua", "el penal, en el estado Aragua, era la sede del Tren de Aragua") is a presence claim where the thing is
(presence_lexicon.SEAT, events.presence.place_described); sentences written for these tests."""

import pytest

pytestmark = pytest.mark.model


def _presence(make_doc, text, language="en"):
    from tocsin.read import read_many
    from tocsin.read.placedb import place_index

    ((_, ann),) = read_many([make_doc(text, language=language, published_at="2025-03-01")], gated=False)
    index = place_index()
    out = set()
    for e in ann.events:
        if e.type == "presence" and e.place_key:
            place = index.get(int(e.place_key.split("-")[-1])) if e.place_key.startswith("gn-") else None
            out.add((e.group_keys[0] if e.group_keys else None, place.country if place else e.place_key))
    return out


@pytest.mark.parametrize("text, language, expected", [
    ("Troops took control of the Tocorón prison in the state of Aragua, which for years served as the headquarters of "
     "the Tren de Aragua gang, the government said.", "en", ("tren-de-aragua", "VE")),
    ("The ranch near Culiacán was the nerve center of the Sinaloa Cartel, prosecutors said.", "en", ("sinaloa-cartel", "MX")),
    ("A warehouse in San Pedro Sula served as the base of operations of MS-13, police said.", "en", ("ms-13", "HN")),
    ("El penal de Tocorón, en el estado Aragua, era la sede del Tren de Aragua, según el gobierno.", "es", ("tren-de-aragua", "VE")),
    ("Una finca cerca de Culiacán era la sede del Cártel de Sinaloa, según la fiscalía.", "es", ("sinaloa-cartel", "MX")),
    pytest.param("Una finca cerca de Culiacán funcionaba como centro de operaciones del Cártel de Sinaloa.", "es", ("sinaloa-cartel", "MX"),
                 marks=pytest.mark.xfail(reason="the parse hangs the group on 'operaciones', not on the seat's head", strict=True)),
])
def test_a_seat_places_the_group_where_the_thing_is(make_doc, text, language, expected):
    assert expected in _presence(make_doc, text, language)


@pytest.mark.parametrize("text, language", [
    ("The headquarters of the Venezuelan police is in Caracas.", "en"),
    ("Agents met at FBI headquarters in Washington to discuss the Sinaloa Cartel.", "en"),
    ("La sede de la Fiscalía está en Caracas.", "es"),
    ("CARACAS, Venezuela — The government said the headquarters of the Tren de Aragua gang was destroyed.", "en"),
])
def test_no_seat_without_a_group_or_a_place_told_as_its(make_doc, text, language):
    assert not _presence(make_doc, text, language)
