"""Groups named at the edges of a party's phrase, where the parse lets them go: the tie after the doers ("a bomber linked
to the Iran-backed Hezbollah terrorist group killed"), the tie after an aside in dashes
("17 targets — that's 15 individuals and two companies — that are linked to"), the affiliate by its own name ("leaders
from the ISIS affiliate … ISIS-DRC") and the people charged told by their group ("charges against five individuals,
including the head of MS-13"), never what they are charged with: sentences written for these tests
(events/belonging.py, events/described.py, ties.py)."""

import pytest


def _ties(make_doc, text, etype):
    from tocsin.read import read_many

    ((_, ann),) = read_many([make_doc(text, published_at="2025-03-01")], gated=False)
    e = next(e for e in ann.events if e.type == etype)
    return {(t.role, t.group_key, t.strength) for t in e.ties if t.role != "mentioned"}


@pytest.mark.model
@pytest.mark.parametrize(("text", "etype", "tied"), [
    # a word of who backs the group or where it is based, and the word for what it is
    ("A gunman linked to the Mexico-based Sinaloa Cartel shot two men in Dallas on Monday.\n", "attack",
     {("actor", "sinaloa-cartel", "linked to")}),
    ("A bomber linked to the Iran-backed Hezbollah terrorist group killed nine people in Haifa.\n", "killing",
     {("actor", "hezbollah", "linked to")}),
    # a relative clause of a tie after an aside in dashes: the people of the phrase, with the tie's own word
    ("The Treasury sanctioned 12 targets — that's ten people and two firms — that are linked to the Gulf Cartel.\n",
     "designation", {("target", "gulf-cartel", "linked to")}),
    # an aside followed by another act is no tie
    ("Police arrested three men — two brothers and a cousin — who fought MS-13 for years.\n", "arrest", set()),
])
def test_ties_at_the_phrase_edges(make_doc, text, etype, tied):
    assert _ties(make_doc, text, etype) == tied


@pytest.mark.model
def test_ties_an_affiliate_by_its_own_name_beside_its_parent(make_doc):
    text = "Soldiers killed two ISIS affiliate commanders in Beni, a stronghold of ISIS-DRC, on Monday.\n"
    assert _ties(make_doc, text, "killing") == {("target", "isis", "named"), ("target", "isis-drc", "named")}


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # a group of the same parent named as a foe, or in another clause, is no affiliate of the act's party
    "Gunmen from a Sinaloa Cartel faction killed five people in Culiacán on Monday, police said, in a war with Los Chapitos.\n",
    "Soldiers killed two ISIS affiliate commanders in Mozambique on Monday, weeks after fighting ISIS-DRC in Beni.\n",
])
def test_ties_no_affiliate_from_a_foe_or_another_clause(make_doc, text):
    tied = {group for _, group, _ in _ties(make_doc, text, "killing")}
    assert not tied & {"los-chapitos", "isis-drc"}


@pytest.mark.model
@pytest.mark.parametrize(("text", "tied"), [
    # the group describes the people charged: the text's own voice
    ("The Justice Department unsealed charges against four men, including the head of MS-13.\n", {("target", "ms-13", "named")}),
    ("A grand jury indicted five MS-13 members on murder charges in Houston.\n", {("target", "ms-13", "named")}),
    # the group is what the charge accuses them of: at most alleged
    ("Prosecutors unsealed indictments against 24 people for laundering money for the Sinaloa Cartel.\n",
     {("target", "sinaloa-cartel", "alleged")}),
    # the group of a victim in the offence the list names: no named tie of the men charged
    ("Prosecutors filed charges against four men, including the murder of an MS-13 rival in Houston.\n",
     {("target", "ms-13", "alleged")}),
])
def test_ties_a_charged_persons_group_against_the_charge(make_doc, text, tied):
    assert _ties(make_doc, text, "charge") == tied
