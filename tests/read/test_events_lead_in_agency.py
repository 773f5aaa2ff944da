"""A list item's arrest or charge that names no authority is done by the agency its list's lead-in names as the
subject of a verb of that same step ("ICE has taken … off the streets:", "DOJ has charged … For example:"); an
agency that only announced the items, or did a step of another kind, is not their actor (docs/annotation.md §2.4)."""

import pytest

pytestmark = pytest.mark.model


def _actors(make_doc, text, etype):
    """The actor of every event of the type the rules find (the gate off), in the order of the text."""
    from tocsin.read import read_many

    found = [e for _, ann in read_many([make_doc(text, published_at="2025-03-04")], gated=False) for e in ann.events if e.type == etype]
    return [e.actor_text for e in sorted(found, key=lambda e: e.trigger_start)]


def test_events_list_items_take_the_agency_of_their_lead_in(make_doc):
    text = ("### **ICE has taken scores of criminal illegal aliens off Georgia’s streets.**\n\n"
            "-   A criminal illegal alien from Mexico — who had an active\n    warrant for murder — was\n    arrested.\n"
            "-   A criminal illegal alien from El Salvador was arrested.\n")
    assert _actors(make_doc, text, "arrest") == ["ICE", "ICE"]


def test_events_a_dash_of_any_length_makes_a_list_item(make_doc):
    text = ("ICE has taken scores of criminal illegal aliens off Georgia’s streets:\n\n"
            "– A criminal illegal alien from Mexico was arrested.\n— A criminal illegal alien from El Salvador was arrested.\n")
    assert _actors(make_doc, text, "arrest") == ["ICE", "ICE"]


def test_events_a_short_lead_in_leans_on_the_sentence_before_it(make_doc):
    text = ("-   As a result,\n    DOJ has already charged more than 60 defendants for violating these\n    provisions. For example:\n"
            "    -   Nine Men Charged with Roles in Gang-Led Drug Network\n")
    assert _actors(make_doc, text, "charge")[-1] == "DOJ"


@pytest.mark.parametrize(
    "text, etype",
    [
        # the agency announced the items: no one said who arrested
        ("The Department of Justice announced the results:\n\n-   A man from Texas was arrested in Dallas.\n", "arrest"),
        # the lead-in's step is an arrest, the item's a charge
        ("ICE has taken these predators off the streets:\n\n-   A man from Texas was charged with murder.\n", "charge"),
        # no list: the sentence before is no lead-in
        ("ICE has taken scores of criminals off the streets. A man from Texas was arrested in Dallas.\n", "arrest"),
        # removing is no arrest: who arrested the man in 2021 is not said
        ("ICE removed these criminal illegal aliens from the country in May:\n\n- A Guatemalan national who was arrested"
         " for assault in Houston in 2021.\n", "arrest"),
        # an arrest of the item's record was made before, by whoever made it
        ("ICE arrested these criminal illegal aliens in Georgia last week:\n\n- Juan Perez, a Mexican national with"
         " convictions for DUI and previous arrests for robbery.\n", "arrest"),
    ],
)
def test_events_a_lead_in_that_does_not_tell_the_step_gives_no_actor(make_doc, text, etype):
    assert _actors(make_doc, text, etype)[-1] is None
