"""A happening told in several places a coordination lists is one happening in each (docs/annotation.md §2.3); a place
written twice, a list of who took part and a place a person is from give no second one. Every sentence is invented."""

import pytest

from tocsin.read import read

pytestmark = pytest.mark.model


def _placed(make_doc, text):
    ann = read(make_doc(text, published_at="2025-03-01"))
    names = {p.key: p.name for p in ann.places}
    return sorted((e.type, names.get(e.place_key), tuple(e.group_keys)) for e in ann.events if e.type != "presence")


@pytest.mark.parametrize("text, expected", [
    ("Al-Qaeda suicide bombers bombed U.S. embassies in Kenya and Tanzania, killing 224 people.",
     [("killing", "Kenya", ("al-qaeda",)), ("killing", "Tanzania", ("al-qaeda",))]),
    ("Tren de Aragua kidnapped businessmen in Chile and Peru.",
     [("abduction", "Chile", ("tren-de-aragua",)), ("abduction", "Peru", ("tren-de-aragua",))]),
    ("Seven of the targets have been arrested in Colombia, Greece, and Guatemala.",
     [("arrest", "Colombia", ()), ("arrest", "Greece", ()), ("arrest", "Guatemala", ())]),
])
def test_each_place_of_a_list_holds_a_happening(make_doc, text, expected):
    assert _placed(make_doc, text) == expected


@pytest.mark.parametrize("text, count", [
    # one place written twice; the countries of who took part; where a person is from; where a fugitive fled
    ("A man was shot in Aurora, Colorado on Sunday.", 1),
    ("In an operation involving the United States, China, and Mexico, police arrested 24 Sinaloa Cartel members.", 1),
    ("The suspect, from Honduras and Mexico, was arrested in Houston.", 1),
    ("Gang members killed a man in Houston and fled to Mexico.", 1),
    # a list that tells where another clause happens, not the act
    ("Police arrested an MS-13 leader whose cliques operate in Virginia and Maryland.", 1),
    ("A Sinaloa Cartel operative who smuggled fentanyl into cities in Arizona and California was arrested on Monday.", 1),
    ("The killing of a journalist in Veracruz sparked protests in Mexico City and Guadalajara.", 1),
])
def test_no_second_happening_without_a_list_of_where(make_doc, text, count):
    assert len(_placed(make_doc, text)) == count


def test_each_place_counts_the_dead_once(make_doc):
    """The sentence's toll is the whole happening's: the first place keeps it, the copies count none."""
    ann = read(make_doc("Al-Qaeda bombed U.S. embassies in Kenya and Tanzania in 1998, killing 224 people.", published_at="2025-03-01"))
    assert [e.fatalities for e in ann.events if e.type == "killing"] == [224, None]
