"""Presence told by a verb of holding a place and by the shapes a clause gives it (read.events.doings.held_places,
presence.anchors): a named group as the subject of a verb whose object is the place ("Hezbollah controls southern
Lebanon"), as the agent of its passive ("Jalisco is controlled by the CJNG"), in a clause of the place's own ("Michoacán,
where the CJNG operates"), after a Spanish verb of operating ("En Antioquia delinque el Clan del Golfo"), and as the
agent of a noun of presence ("the infiltration of Texas by MS-13"), and hyphened to a participle of holding ("Hamas-run
Gaza"). Never a class of groups, an agency, or a place that only names something else. Every sentence is invented."""

import pytest

from tocsin.read import read

pytestmark = pytest.mark.model


def _pairs(make_doc, text, language="en"):
    ann = read(make_doc(text, language=language, published_at="2025-03-01"))
    countries = {p.key: p.country for p in ann.places}
    return sorted({(g, countries[e.place_key]) for e in ann.events if e.type == "presence" and e.place_key in countries for g in e.group_keys})


@pytest.mark.parametrize("text, language, pairs", [
    # a verb of holding whose object is the place, however the object names it, in any tense
    ("Hezbollah controls southern Lebanon.", "en", [("hezbollah", "LB")]),
    ("The CJNG controls large swaths of Michoacán.", "en", [("cjng", "MX")]),
    ("The CJNG has dominated large swaths of Jalisco since 2010.", "en", [("cjng", "MX")]),
    ("El Tren de Aragua ha llegado a Perú.", "es", [("tren-de-aragua", "PE")]),
    ("Tren de Aragua has allegedly infiltrated at least 16 states, including Texas.", "en", [("tren-de-aragua", "US")]),
    # the passive, with the group as its agent
    ("Jalisco is controlled by the CJNG.", "en", [("cjng", "MX")]),
    # a clause of the place's own
    ("Michoacán, where the CJNG operates, saw violence.", "en", [("cjng", "MX")]),
    ("The city of Houston, where MS-13 has a strong presence, hired more officers.", "en", [("ms-13", "US")]),
    # a Spanish verb of operating with the group after it
    ("En Michoacán opera el CJNG.", "es", [("cjng", "MX")]),
    ("En Antioquia delinque el Clan del Golfo.", "es", [("clan-del-golfo", "CO")]),
    # a participle of holding the group's name is hyphened to
    ("Aid reached Hamas-run Gaza.", "en", [("hamas", "PS")]),
    ("The Houthi-held capital of Yemen was bombed.", "en", [("houthis", "YE")]),
    ("Hezbollah-controlled southern Lebanon is tense.", "en", [("hezbollah", "LB")]),
    # a unit or arm based in a place
    ("Al-Shabaab, the Somalia-based affiliate of al-Qaeda, attacked.", "en", [("al-qaeda", "SO"), ("al-shabaab", "SO")]),
    # a noun of presence with the group as its agent
    ("Officials warned of the infiltration of Texas by MS-13.", "en", [("ms-13", "US")]),
    # the words of the cue classes in their other forms and prepositions
    ("The ELN operates along the border between Colombia and Venezuela.", "en", [("eln", "CO"), ("eln", "VE")]),
    ("Tren de Aragua set up operations in Denver last year.", "en", [("tren-de-aragua", "US")]),
    ("Los Choneros están presentes en Ecuador.", "es", [("los-choneros", "EC")]),
    ("El Tren de Aragua extendió sus operaciones a Chile.", "es", [("tren-de-aragua", "CL")]),
    ("CJNG gunmen roam Jalisco.", "en", [("cjng", "MX")]),
])
def test_presence_a_group_holding_a_place(make_doc, text, language, pairs):
    assert _pairs(make_doc, text, language) == pairs


@pytest.mark.parametrize("text", [
    "The cartels control the border region of Sonora.",  # a class of groups
    "Police control Culiacán after the clashes.",  # no group
    "Army troops patrol Culiacán to hunt the Sinaloa Cartel.",  # the group is hunted, not there
    "The Sinaloa Cartel reached Mexico City officials with bribes.",  # a place that only names the officials
    "Zacatecas, where the army operates, is violent.",  # no group in the clause
    "The invasion of Ukraine by Russia continues.",  # no criminal group
    "Police set up checkpoints in Denver.",
    "Hezbollah-backed fighters in the region attacked.",  # backed by a group is not its hold
    "State-run media in Venezuela reported the arrests.",
])
def test_presence_no_hold_without_a_named_group_holding_a_place(make_doc, text):
    assert _pairs(make_doc, text) == []


def test_presence_a_hold_keeps_its_hedge(make_doc):
    ann = read(make_doc("Hezbollah reportedly controls southern Lebanon.", published_at="2025-03-01"))
    (claim,) = [e for e in ann.events if e.type == "presence"]
    assert claim.modality == "alleged" and [t.hedge for t in claim.ties] == ["reportedly"]


@pytest.mark.parametrize("text, groups", [
    ("Tren de Aragua and MS-13 operate in Texas.", ["ms-13", "tren-de-aragua"]),
    ("MS-13, Barrio 18 and Tren de Aragua have cells in Chile.", ["barrio-18", "ms-13", "tren-de-aragua"]),
])
def test_presence_every_group_of_a_list_of_names(make_doc, text, groups):
    """A list of group names the parse fails to coordinate is one claim of every group in it (presence.coordinated)."""
    ann = read(make_doc(text, published_at="2025-03-01"))
    assert sorted({g for e in ann.events if e.type == "presence" for g in e.group_keys}) == groups


def test_presence_not_of_the_group_whose_rival_is_there(make_doc):
    """A group named only as whose rival the present group is, is not present (events.belonging)."""
    ann = read(make_doc("MS-13's rival, Barrio 18, operates in Houston.", published_at="2025-03-01"))
    assert sorted({g for e in ann.events if e.type == "presence" for g in e.group_keys}) == ["barrio-18"]
