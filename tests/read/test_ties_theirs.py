"""A violent act whose doers one sentence gives as "they", in a clause hanging on an act it tells of a group's people,
takes that group's tie as those words made it, hedge and all; never across sentences, never where another plural party
stands between, never for a group's people the first act befell: sentences written for these tests (events/theirs.py)."""

import pytest


def _ties(make_doc, text, etype, nth=0):
    from tocsin.read import read_many

    ((_, ann),) = read_many([make_doc(text, published_at="2025-03-01")], gated=False)
    e = [e for e in ann.events if e.type == etype][nth]
    return {(t.role, t.group_key, t.strength) for t in e.ties if t.role != "mentioned"}


@pytest.mark.model
@pytest.mark.parametrize(("text", "etype", "tied"), [
    ("Hezbollah gunmen hijacked a bus near Sidon, driving it to a farm where they shot and killed two drivers.\n", "killing",
     {("actor", "hezbollah", "named")}),
    # the hedge of the first act's doers stays
    ("Suspected MS-13 members kidnapped a cook in Houston last May, and then they killed him.\n", "killing",
     {("actor", "ms-13", "suspected")}),
    ("Gulf Cartel-linked gunmen abducted a rancher in Reynosa, and they later killed him.\n", "killing",
     {("actor", "gulf-cartel", "linked to")}),
])
def test_they_of_a_groups_people(make_doc, text, etype, tied):
    assert _ties(make_doc, text, etype) == tied


@pytest.mark.model
@pytest.mark.parametrize(("text", "etype"), [
    # another plural party between: "they" may be the men
    ("MS-13 members attacked two men in a bar in Houston before they shot back at the gang.\n", "attack"),
    # the group's people are the ones arrested, not the first act's doers
    ("Police arrested MS-13 members in Houston on Friday after they killed a cook.\n", "killing"),
    # the act told in a hedge of its own is not the first act's: nothing carried
    ("MS-13 members robbed a store in Houston on Friday, where police say they may have killed a cook.\n", "killing"),
])
def test_they_left_alone(make_doc, text, etype):
    assert _ties(make_doc, text, etype, -1) == set()


@pytest.mark.model
def test_they_in_another_speakers_words(make_doc):
    # written in review: police tell of the kidnapping, witnesses of the killing: the police's tie is not the witnesses'
    text = "Police said MS-13 members kidnapped a cook, and they killed him, witnesses said.\n"
    assert _ties(make_doc, text, "killing") == set()
