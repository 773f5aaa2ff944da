"""A group's people counted ("dozens of ISIS fighters", "three of the MS-13 members") belong to it as the bare
phrase's people do, with the phrase's own hedge; and the one who does an act told in a time clause with no subject of
its own ("killed the colonel after kidnapping him") is the subject of the clause it hangs on, never its object:
sentences written for these tests (events/belonging.py, events/arguments.py)."""

import pytest


def _events(make_doc, text):
    from tocsin.read import read_many

    ((_, ann),) = read_many([make_doc(text, published_at="2025-03-01")], gated=False)
    return ann.events


def _ties(make_doc, text, etype):
    e = next(e for e in _events(make_doc, text) if e.type == etype)
    return {(t.role, t.group_key, t.strength) for t in e.ties if t.role != "mentioned"}


@pytest.mark.model
@pytest.mark.parametrize(("text", "etype", "tied"), [
    ("Army troops killed dozens of ISIS fighters near Mosul on Tuesday.\n", "killing", {("target", "isis", "named")}),
    ("Soldiers killed hundreds of Hamas militants in Gaza last week.\n", "killing", {("target", "hamas", "named")}),
    ("Agents arrested three of the MS-13 leaders in Houston on Friday.\n", "arrest", {("target", "ms-13", "named")}),
    # the hedge of the counted phrase stays with the tie
    ("Agents arrested dozens of suspected MS-13 members in Houston on Friday.\n", "arrest", {("target", "ms-13", "suspected")}),
    ("Agents arrested dozens of alleged Tren de Aragua members in Denver on Friday.\n", "arrest",
     {("target", "tren-de-aragua", "alleged")}),
    # counted victims, rivals or people who fled a group are none of its own
    ("Gunmen killed dozens of victims of MS-13 in Honduras last year.\n", "killing", set()),
    ("Police arrested dozens of rivals of the Gulf Cartel in Reynosa on Monday.\n", "arrest", set()),
    ("Gunmen killed dozens of people who had fled MS-13 in Honduras last year.\n", "killing", set()),
    ("Soldiers killed dozens of people in a town held by the Sinaloa Cartel on Monday.\n", "killing", set()),
])
def test_counted_people_of_a_group(make_doc, text, etype, tied):
    assert _ties(make_doc, text, etype) == tied


@pytest.mark.model
@pytest.mark.parametrize(("text", "etype", "actor"), [
    ("Hezbollah gunmen killed a Marine colonel in Lebanon after kidnapping him in 1988.\n", "abduction", "Hezbollah gunmen"),
    ("Two men shot a cashier in Dallas on Monday before robbing the store.\n", "robbery", "Two men"),
])
def test_a_time_clause_acts_through_its_subject(make_doc, text, etype, actor):
    e = next(e for e in _events(make_doc, text) if e.type == etype)
    assert e.actor_text == actor


@pytest.mark.model
def test_a_time_clause_carries_its_subjects_group_and_hedge(make_doc):
    text = "Police say MS-13 members shot a cook in Dallas on Monday before robbing the store.\n"
    assert _ties(make_doc, text, "robbery") == {("actor", "ms-13", "alleged")}
    # "accused X of": X, as before
    e = next(e for e in _events(make_doc, "Prosecutors accused Ruiz of robbing a bank in Dallas last May.\n") if e.type == "robbery")
    assert e.actor_text == "Ruiz"


@pytest.mark.model
def test_a_time_clause_names_no_group_of_the_one_it_befalls(make_doc):
    # the suspected member is the one shot; who robbed is "he", tied to nothing
    text = "Police shot a suspected MS-13 member in Dallas on Monday after he robbed a store.\n"
    assert _ties(make_doc, text, "robbery") == set()
    assert _ties(make_doc, text, "attack") == {("target", "ms-13", "suspected")}


@pytest.mark.model
@pytest.mark.parametrize(("text", "etype"), [
    # written in review: a count of the other side's people names none of the group's own
    ("Agents arrested dozens of members of a rival of MS-13 in Houston on Friday.\n", "arrest"),
    ("Agents arrested dozens of members of the enemies of MS-13 in Houston.\n", "arrest"),
    ("Agents arrested members of a rival of MS-13 in Houston on Friday.\n", "arrest"),
])
def test_counted_people_of_the_other_side(make_doc, text, etype):
    assert _ties(make_doc, text, etype) == set()


@pytest.mark.model
def test_without_is_no_time_clause(make_doc):
    # written in review: "fled without shooting anyone" tells of no shooting; its doer is not read through "without"
    text = "MS-13 members fled without shooting anyone in Houston on Friday.\n"
    assert all(_ties(make_doc, text, e.type) == set() for e in _events(make_doc, text) if e.type == "attack")
