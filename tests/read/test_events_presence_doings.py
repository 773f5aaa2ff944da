"""Presence told by what a named group's people do in a place (read.events.doings): the group's people or units as
the subject of a verb of the present ("MS-13 members sell drugs across Colorado") and a participle set after them
("members living in Chile"); an operation against a group places whoever acts, not the group. Every sentence is
invented."""

import pytest

from tocsin.read import read

pytestmark = pytest.mark.model



@pytest.mark.parametrize("text, language, pairs", [
    ("The Sinaloa Cartel's members sell fentanyl across Colorado.", "en", [("sinaloa-cartel", "US")]),
    ("Tren de Aragua members living in Chile send money home.", "en", [("tren-de-aragua", "CL")]),
    ("Hamas fighters hiding in tunnels in Gaza fired rockets.", "en", [("hamas", "PS")]),
    ("Integrantes del Cártel de Sinaloa viven en Arizona.", "es", [("sinaloa-cartel", "US")]),
    # remaining somewhere is no custody without a word of custody; a prison as the object of a doing is the gang's own
    ("MS-13 remains in control of drug corridors in Houston, police said.", "en", [("ms-13", "US")]),
    ("El Tren de Aragua permanece en el norte de Chile, según la policía.", "es", [("tren-de-aragua", "CL")]),
    ("MS-13 controls drug sales in prisons across El Salvador.", "en", [("ms-13", "SV")]),
    # a participle's places are its own complement's: not the main verb's object the parse hung on it
    ("MS-13 leaders hiding in Mexico direct attacks in Honduras.", "en", [("ms-13", "MX")]),
])
def test_doings_people_and_operations_place_the_group(presence_pairs, text, language, pairs):
    assert presence_pairs(text, language) == pairs


@pytest.mark.parametrize("text", [
    "MS-13 members killed a man in Houston last year.",  # a past act is a happening, not where the group is
    "Former MS-13 members living in Virginia testified at the trial.",  # no longer the group's people
    "The cartel's leaders are meeting in Sinaloa.",  # no group named
    "Tren de Aragua members were deported to Venezuela.",  # a removal's end
    "Police in Houston are fighting MS-13.",  # the police are in Houston
    "Mexico is countering the cartel's influence in Guatemala.",  # no named group fought
    "Mexican forces battled the CJNG in Michoacán last week.",  # a past battle is an event's place
    "Witnesses against MS-13 living in Houston fear for their lives.",  # the witnesses live there, not the gang
    "Ex-members of MS-13 living in Virginia testified at the trial.",  # the participle hangs on the name: still not its people
    "Several Sinaloa Cartel leaders serve life sentences in Colorado.",  # held there, not the group's doings
    "Two MS-13 leaders await trial in Texas.",
    "Two MS-13 leaders remain jailed in Texas.",
    "Police have uprooted Tren de Aragua in Santiago, the minister said.",  # driven out, in the perfect
    "Police have dismantled MS-13 in Houston.",
])
def test_doings_no_presence(presence_pairs, text):
    assert presence_pairs(text) == []


# Who acts against a group is where the act is, not the group: no presence, and no absence, of the group it pursues
@pytest.mark.parametrize("text, language", [
    ("Federal prosecutors are pursuing the Sinaloa Cartel in a Brooklyn courtroom.", "en"),
    ("Fiscales persiguen al Cártel de Sinaloa en una corte de Nueva York.", "es"),
    ("Police are no longer targeting MS-13 in Houston, the chief said.", "en"),
    ("Troops are fighting al-Shabaab in Somalia.", "en"),
])
def test_doings_no_presence_of_the_group_acted_against(make_doc, text, language):
    ann = read(make_doc(text, language=language, published_at="2025-03-01"))
    assert [e for e in ann.events if e.type == "presence" and e.group_keys] == []


def test_doings_belief_clause_subject_taken_for_object(presence_pairs):
    # the parse hangs the group on "believe" as its object; the clause's verb holds the units
    assert presence_pairs("Investigators believe MS-13 now has cliques in Guatemala.") == [("ms-13", "GT")]


@pytest.mark.parametrize("text, country", [
    ("U.S. airstrikes killed six Boko Haram fighters hiding in a forest in Nigeria.", "NG"),
    ("The commander was killed in a U.S. drone strike in Yemen in 2019.", "YE"),
    ("U.S. strikes killed a senior al-Shabaab leader in Somalia.", "SO"),
    ("The Mexican army killed eight CJNG gunmen in Jalisco on Monday.", "MX"),
])
def test_records_a_states_armed_instruments_say_whose_not_where(make_doc, text, country):
    # "U.S. airstrikes", "a U.S. drone strike": whose the strike is; the place its preposition names is where
    ann = read(make_doc(text, published_at="2025-03-01"))
    countries = {p.key: p.country for p in ann.places}
    assert [countries.get(e.place_key) for e in ann.events if e.type == "killing"] == [country]
