"""Presence told in ways the dev wordings did not hold: a group's factions, fighters or militants told by "its" /
"their", "the militants" or "the terrorists" for the one group named just before, a place behind two part words or a
wider area ("rural southern Somalia", "much of the countryside in central and southern Somalia"), territory held,
rackets or corridors run through a place, a list of nationalities sharing one area ("Colombian and Peruvian cities"), a
group's rebels, insurgents, mercenaries, financiers or camps in a place ("Houthi rebels in Yemen");
and the near misses each must leave alone. Every sentence is invented, none from the real-text set."""

import pytest

from .test_events_presence_forms import _pairs

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, language, pairs", [
    # a group's factions, fighters, militants, told by its possessive pronoun
    ("The Gulf Cartel has been weakened by infighting. Its factions still control Reynosa and Matamoros.", "en", [("gulf-cartel", "MX")]),
    ("MS-13 was designated last year. Their factions operate in Honduras and Guatemala.", "en", [("ms-13", "GT"), ("ms-13", "HN")]),
    # its people told as what they are, the one group named just before being theirs
    ("Hamas was founded in 1987. The terrorists still control the Gaza Strip.", "en", [("hamas", "PS")]),
    # a place behind two part words, or behind a wider area
    ("Al-Shabaab still controls large swaths of rural southern Somalia.", "en", [("al-shabaab", "SO")]),
    ("Al-Shabaab controls much of the countryside in central and southern Somalia.", "en", [("al-shabaab", "SO")]),
    # territory held; rackets, routes or corridors run through a place
    ("The Sinaloa Cartel still holds territory in Sinaloa.", "en", [("sinaloa-cartel", "MX")]),
    ("The Gulf Cartel runs smuggling corridors through Reynosa and Matamoros.", "en", [("gulf-cartel", "MX")]),
    ("Los Choneros ran extortion rackets in Manta.", "en", [("los-choneros", "EC")]),
    # a list of nationalities sharing one area, and an area of a country told by its nationality
    ("Tren de Aragua now has chapters in Colombian and Peruvian cities.", "en", [("tren-de-aragua", "CO"), ("tren-de-aragua", "PE")]),
    ("Tren de Aragua runs extortion rackets in Chilean, Peruvian and Colombian prisons.", "en",
     [("tren-de-aragua", "CL"), ("tren-de-aragua", "CO"), ("tren-de-aragua", "PE")]),
    ("ISIS cells are still active in the Syrian desert.", "en", [("isis", "SY")]),
    # a group's rebels, insurgents, mercenaries, financiers or camps in a place, where no event takes them
    ("The President announced a ceasefire with Houthi rebels in Yemen.", "en", [("houthis", "YE")]),
    ("The sanctions target Hezbollah financiers in Lebanon and Paraguay.", "en", [("hezbollah", "LB"), ("hezbollah", "PY")]),
    ("Satellite images show ISIS camps in Syria.", "en", [("isis", "SY")]),
])
def test_presence_unseen_forms(make_doc, text, language, pairs):
    assert _pairs(make_doc, text, language) == pairs


@pytest.mark.parametrize("text, language", [
    ("Kurdish fighters battled ISIS for months. The fighters control Raqqa now.", "en"),  # whose fighters: not ISIS's
    ("Israel struck Hamas targets. Its forces remain in southern Gaza.", "en"),  # a state's forces, not a group's
    ("Al-Shabaab is an al-Qaeda affiliate. The militants control much of Somalia.", "en"),  # two groups: which one's
    ("ISIS was routed last year. The rival militants control Raqqa now.", "en"),
    ("The highway runs through Reynosa and Matamoros.", "en"),  # no group
    ("The police ran checkpoints through Reynosa in search of MS-13 members.", "en"),
    ("The army holds territory in Sinaloa.", "en"),  # no group
    ("Venezuelan and Colombian migrants live in Chile.", "en"),
    ("Syrian rebels in Idlib shelled the town.", "en"),  # no group named
    ("Crime labs in Denver tested the drugs.", "en"),
    ("Police arrested three MS-13 gunmen in Houston.", "en"),  # where an arrest was, not a presence
    ("Al-Shabaab insurgents in Somalia attacked a base.", "en"),  # where the attack was: the attack's place
])
def test_presence_unseen_near_misses(make_doc, text, language):
    assert _pairs(make_doc, text, language) == []
