"""Presence told as a place held under a group's control, as a group's home, as a fight for control of a place, as a
group's units along or around a place, and by a plural or a count in Spanish (read/presence_lexicon.py,
read/events/presence.py: held_under, controller, _homeland); and the near misses that must stay no claim. Every
sentence is invented, none from the real-text set."""

import pytest

from .test_events_presence import _claims_at
from .test_events_presence_forms import _claims, _pairs

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, language, pairs", [
    # a place under a group's control: the subject of the verb the "under" phrase completes, or the noun it hangs from
    ("Much of northern Mozambique is under the control of the Islamic State.", "en", [("isis", "MZ")]),
    ("Large areas of Yemen remain under Houthi control.", "en", [("houthis", "YE")]),
    ("Areas under the control of the Houthis in Yemen were struck.", "en", [("houthis", "YE")]),
    # a fight for control of a place puts each fighter there
    ("The Sinaloa Cartel and CJNG are fighting for control of Tijuana.", "en", [("cjng", "MX"), ("sinaloa-cartel", "MX")]),
    ("El Cártel de Sinaloa y el CJNG se disputan el control de Tijuana.", "es", [("cjng", "MX"), ("sinaloa-cartel", "MX")]),
    # a group's units along or around a place, its military infrastructure or leadership in one
    ("MS-13 has cliques along the East Coast and in Texas.", "en", [("ms-13", "US")]),
    ("The network included ISIS branches around the world, from Africa to Afghanistan.", "en", [("isis", ""), ("isis", "AF")]),
    ("Hamas's military infrastructure in the West Bank was dismantled.", "en", [("hamas", "PS")]),
    ("The Gulf Clan dominates the cocaine trade along the Pacific coast of Colombia.", "en", [("clan-del-golfo", ""), ("clan-del-golfo", "CO")]),
    # Spanish plurals of settling
    ("Los Choneros se asentaron en Guayaquil y Manta.", "es", [("los-choneros", "EC")]),
])
def test_presence_held_told(make_doc, text, language, pairs):
    assert _pairs(make_doc, text, language) == pairs


@pytest.mark.parametrize("text, language", [
    # control that is no group's, a home of people, a fight of the police, a generic leadership, offices of a company
    ("The suspect remained under the control of police in Denver.", "en"),
    ("The city remains under the rule of law, the mayor of Chicago said.", "en"),
    ("Mexico is home to 126 million people.", "en"),
    ("Police in Chicago are fighting for control of the streets.", "en"),
    ("We are grateful for the leadership of Korea in that regard.", "en"),
    ("The company has offices around the world, including in Mexico.", "en"),
    ("El presidente llegó a Bogotá el lunes.", "es"),
    # a supply chain's stretch stays no presence (test_events_presence_general)
    ("The Sinaloa Cartel's fentanyl supply chain stretches from China to the United States.", "en"),
])
def test_presence_held_not_claimed(make_doc, text, language):
    assert _pairs(make_doc, text, language) == []


def test_presence_held_spanish_count_of_places(make_doc):
    """"se ha expandido a 28 estados": a claim with a count of places and no place named."""
    claims = _claims(make_doc, "El CJNG se ha expandido a 28 estados del país.", "es")
    assert [(e.group_keys, e.extent_span is not None) for e in claims] == [(("cjng",), True)]


@pytest.mark.parametrize("text, url, claims", [
    # "our country", "this nation": the publisher's country, as "our homeland" is
    ("The United States will act. Tren de Aragua has infiltrated our country.", "https://www.example.gov/a",
     [(["tren-de-aragua"], "United States", "asserted")]),
    ("The United States will act. MS-13 gang members are operating in this nation.", "https://www.example.gov/a",
     [(["ms-13"], "United States", "asserted")]),
    # "the country" is the one named before, not the publisher's
    ("Ecuador is in crisis. Los Lobos has thousands of members across the country.", "https://www.example.gov/a", []),
])
def test_presence_held_our_country(make_doc, text, url, claims):
    assert _claims_at(make_doc, text, url) == claims
