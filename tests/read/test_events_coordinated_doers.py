"""Groups listed together as the doers of one act (events/belonging.py ``coordinated``, now for every event, not only
presence): sentences written for these tests.

- a group joined by "and" to a group the doer's words tie to the act is tied too, as those words put it ("linked to",
  "suspected", named);
- a doer "linked to" one group keeps that tie beside the group of the one the act was done to;
- never a group the act was done to ("a Hezbollah commander"), one set against the doer ("not the Gulf Cartel"), or a
  victim's group joined to nothing the doer's words name.
"""

import pytest

from .test_ties_doers_and_denials import _ties


@pytest.mark.model
@pytest.mark.parametrize(("text", "etype", "tied"), [
    ("A gunman linked to Hamas and Hezbollah killed three people in Haifa on Monday.\n", "killing",
     {("actor", "hamas", "linked to"), ("actor", "hezbollah", "linked to")}),
    ("Suspected MS-13 and Barrio 18 members shot two teenagers in Houston on Friday.\n", "attack",
     {("actor", "ms-13", "suspected"), ("actor", "barrio-18", "suspected")}),
    ("Members of the Sinaloa Cartel and the Gulf Cartel attacked a police convoy in Reynosa on Tuesday.\n", "attack",
     {("actor", "sinaloa-cartel", "named"), ("actor", "gulf-cartel", "named")}),
    ("Fighters of Hamas and Palestinian Islamic Jihad kidnapped two soldiers near Gaza on Sunday.\n", "abduction",
     {("actor", "hamas", "named"), ("actor", "palestinian-islamic-jihad", "named")}),
    ("A man tied to the Bloods and the Crips robbed a store in Newark on Friday.\n", "robbery",
     {("actor", "bloods", "linked to"), ("actor", "crips", "linked to")}),
    # near misses: the victim's group; a group set against the doer; a rival the act was done to
    ("MS-13 members stabbed a rival from Barrio 18 in Houston on Friday.\n", "attack",
     {("actor", "ms-13", "named")}),
    ("The Sinaloa Cartel, not the Gulf Cartel, killed the mayor of Reynosa on Tuesday.\n", "killing",
     {("actor", "sinaloa-cartel", "named")}),
    # a doer "linked to" one group keeps that tie when the one the act was done to belongs to another
    ("A gunman linked to Hamas killed a Hezbollah commander and his driver in Beirut on Monday.\n", "killing",
     {("actor", "hamas", "linked to"), ("target", "hezbollah", "named")}),
    ("Gunmen tied to the Gulf Cartel shot two members of Los Zetas in Reynosa last week.\n", "attack",
     {("actor", "gulf-cartel", "linked to"), ("target", "los-zetas", "named")}),
    ("A man with ties to MS-13 stabbed a Barrio 18 member in Houston last week.\n", "attack",
     {("actor", "ms-13", "linked to"), ("target", "barrio-18", "named")}),
    # near misses: a victim's own link is no doer's; police are tied to no group by what the target is
    ("A gunman killed a Hezbollah commander linked to Iran in Beirut on Monday.\n", "killing",
     {("target", "hezbollah", "named")}),
    ("Police arrested two MS-13 members in Houston on Friday.\n", "arrest",
     {("target", "ms-13", "named")}),
])
def test_coordinated_doers_are_tied(make_doc, text, etype, tied):
    assert _ties(make_doc, text, "en", etype) == tied


@pytest.mark.model
def test_coordinated_doers_leave_the_victims_group(make_doc):
    found = _ties(make_doc, "A gunman linked to Hamas killed a Hezbollah commander and his driver in Beirut on Monday.\n", "en", "killing")
    assert not any(role == "actor" and group == "hezbollah" for role, group, _ in found)

