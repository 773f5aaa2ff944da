"""Presence told by a named group's doings whose place lies deeper in the doing's words (read.events.doings): a
place set by a preposition of location inside the object or another place phrase ("extorts owners of small
businesses in Los Angeles", "recruits students at schools in Fairfax County"), and a reach told in the perfect ("has
reached Denver"); never a place that is a source, a way through or an end, a party's, or one of a passive or past
telling. Every sentence is invented."""

import pytest

from tocsin.read import read

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, pairs", [
    ("MS-13 recruits students at schools in Fairfax County, Virginia.", [("ms-13", "US")]),
    ("Tren de Aragua runs a network of safe houses in Houston.", [("tren-de-aragua", "US")]),
    ("The Sinaloa Cartel controls much of the drug trade along the border in Arizona.", [("sinaloa-cartel", "US")]),
    ("MS-13 extorts owners of small businesses in Los Angeles.", [("ms-13", "US")]),
    ("MS-13 members sell drugs near schools in Houston.", [("ms-13", "US")]),
    ("Tren de Aragua members sell drugs outside the courthouse in Denver.", [("tren-de-aragua", "US")]),
    ("Tren de Aragua has reached Denver.", [("tren-de-aragua", "US")]),
])
def test_deeper_places_of_a_groups_doings(presence_pairs, text, pairs):
    assert presence_pairs(text) == pairs


def test_deeper_place_keeps_the_sources_hedge(make_doc):
    ann = read(make_doc("Prosecutors say MS-13 recruits students at schools in Virginia.", published_at="2025-03-01"))
    assert [e.attribution for e in ann.events if e.type == "presence"] == ["alleged"]


@pytest.mark.parametrize("text, language", [
    ("MS-13 poses a threat to families in Virginia.", "en"),  # a threat's end, not where the gang is
    ("The Sinaloa Cartel buys chemicals from suppliers in China.", "en"),  # a source's place is the suppliers'
    ("Tren de Aragua smuggles migrants through Colombia.", "en"),  # a way through
    ("MS-13 members attended a hearing at a courthouse in Virginia.", "en"),  # a past act
    ("The FBI arrests MS-13 members at homes in Virginia.", "en"),  # the group acted on
    ("MS-13 members meet with lawyers at offices in Houston.", "en"),  # a partner's place
    ("Three Tren de Aragua members were deported to El Salvador.", "en"),
    ("Tren de Aragua is designated as a terrorist organization in the United States.", "en"),
    ("Tren de Aragua originated in a prison in Venezuela.", "en"),  # origin alone
    ("Tren de Aragua has reached an agreement with a rival gang in Colombia.", "en"),
    ("Tres miembros del Tren de Aragua fueron deportados a El Salvador.", "es"),
    ("El Tren de Aragua nació en una cárcel de Venezuela.", "es"),
])
def test_deeper_no_presence(presence_pairs, text, language):
    assert presence_pairs(text, language) == []
