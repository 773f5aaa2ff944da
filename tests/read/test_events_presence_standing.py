"""Presence told by a named group's standing in a place (read.events.standing: "MS-13 is strong in Honduras", "es muy
poderoso en Sonora"), by its own doings carried to a place ("extended its operations to Europe", "expandió sus
operaciones hacia Chile"), by a doing that goes on ("continues to terrorize neighborhoods in"), by a place it
terrorizes or roams ("is terrorizing Colorado"); with the near misses each must leave alone (an end a doing goes to,
"migration to the United States", is no place of the group's). Every sentence is invented, none from the real-text
set."""

import pytest

from .test_events_presence_forms import _claims

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, language, pairs", [
    # standing: an adjective of strength or spread the group is the subject of, however the parse hangs the place
    ("MS-13 is strong in Honduras.", "en", [("ms-13", "HN")]),
    ("The Latin Kings are well established in Chicago.", "en", [("latin-kings", "US")]),
    ("The Bloods, which are prominent in Newark, were the target of the raid.", "en", [("bloods", "US")]),
    ("Tren de Aragua has long been dominant in Aurora, Colorado.", "en", [("tren-de-aragua", "US")]),
    ("El Cártel de Sinaloa es muy poderoso en Sonora.", "es", [("sinaloa-cartel", "MX")]),
    # its own doings carried to a place
    ("The Sinaloa Cartel extended its operations to Australia.", "en", [("sinaloa-cartel", "AU")]),
    ("Tren de Aragua has moved its operations into Chile.", "en", [("tren-de-aragua", "CL")]),
    ("El Tren de Aragua expandió sus operaciones hacia Chile.", "es", [("tren-de-aragua", "CL")]),
    ("El Tren de Aragua llevó sus negocios criminales a Perú.", "es", [("tren-de-aragua", "PE")]),
    # a doing that goes on; a place terrorized, plagued, roamed; the residents of a place
    ("MS-13 continues to terrorize neighborhoods in Long Island.", "en", [("ms-13", "US")]),
    ("Tren de Aragua, which is terrorizing Colorado, must be stopped.", "en", [("tren-de-aragua", "US")]),
    ("Tren de Aragua is terrorizing American communities.", "en", [("tren-de-aragua", "US")]),
    ("MS-13 is plaguing Long Island.", "en", [("ms-13", "US")]),
    ("Tren de Aragua members have been terrorizing residents of Aurora, Colorado.", "en", [("tren-de-aragua", "US")]),
    ("El Tren de Aragua aterroriza a los vecinos de Santiago.", "es", [("tren-de-aragua", "CL")]),
])
def test_presence_standing_and_doings_place_the_group(presence_pairs, text, language, pairs):
    assert presence_pairs(text, language) == pairs


@pytest.mark.parametrize("text, language", [
    ("Violence is rampant in Culiacán.", "en"),  # no group
    ("Hamas is banned in Germany.", "en"),  # a legal standing, no strength
    ("MS-13 became powerful in Los Angeles in the 1980s.", "en"),  # a change in the past, no copula of now
    ("MS-13 was strong in Honduras before the crackdown.", "en"),  # the past
    ("The police are strong in Houston, the mayor said of MS-13.", "en"),  # the police's standing
    ("Police extended their operations to Chile.", "en"),  # no group
    ("La policía amplió sus operaciones a Chile.", "es"),
    ("The cartel took its business to court.", "en"),  # no group named, no place
    ("Hezbollah threatens Israel.", "en"),  # a threat from afar
    ("The Houthis attack ships in the Red Sea.", "en"),  # no country
    ("Police patrol Aurora to stop Tren de Aragua.", "en"),  # the police patrol
    ("MS-13 does not continue to terrorize neighborhoods in Long Island.", "en"),  # denied: no presence asserted
    ("Tren de Aragua has terrorized Aurora for months.", "en"),  # an act's verb in the perfect tells happenings
    ("Tren de Aragua continues to engage in mass migration to the United States.", "en"),  # an end the doing goes to
    ("MS-13 engages in human smuggling to the United States.", "en"),
])
def test_presence_standing_near_misses(make_doc, text, language):
    assert [e for e in _claims(make_doc, text, language) if e.modality in ("asserted", "alleged")] == []


@pytest.mark.parametrize("text, modalities", [
    ("MS-13 is not strong in Ohio.", {"negated"}),
    ("Officials say MS-13 is strong in Houston.", {"asserted", "alleged"}),  # the speaker's, as any claim
])
def test_presence_standing_mood_kept(make_doc, text, modalities):
    found = {e.modality for e in _claims(make_doc, text, "en")}
    assert found and found <= modalities
