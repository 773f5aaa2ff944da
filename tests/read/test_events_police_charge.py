"""Where a charge the police lay is placed (read.events.charged.charged_by_police): where they work, not at the court
the story names for the case's next step; a charge a court's body lays stays at the court (docs/annotation.md §2.4)."""

import pytest

from tocsin.read.events.charged import charged_by_police

_STORY = ("FAIRFIELD, Conn. -- Police say a woman bit her husband on his arms at the couple’s Fairfield home.\n"
          "Officers heard his screams when they arrived at the house.\n"
          "{who} charged Helen Sun with third-degree assault and unlawful restraint.\n"
          "She was due in Bridgeport Superior Court today.")


@pytest.mark.model
@pytest.mark.parametrize("who, place", [
    ("Police", "Fairfield"),
    ("Officers", "Fairfield"),
    ("A grand jury", "Bridgeport"),  # near miss: the court's own body charges at the court
])
def test_events_police_charge_placed_where_the_police_work(make_doc, who, place):
    from tocsin.read import read_many

    ((_, ann),) = read_many([make_doc(_STORY.format(who=who), published_at="2024-10-24")], gated=False)
    places = {p.key: p.name for p in ann.places}
    charge = next(e for e in ann.events if e.type == "charge")
    assert places.get(charge.place_key) == place


@pytest.mark.parametrize("text, etype, expected", [
    ("Police charged Sun", "charge", True),
    ("State troopers charged Sun", "charge", True),
    ("Prosecutors charged Sun", "charge", False),
    ("Police arrested Sun", "arrest", False),  # only a charge: an arrest is placed by its own rules
])
def test_events_police_charge_by_its_actor(text, etype, expected):
    actor = (0, text.index(" charged") if " charged" in text else text.index(" arrested"))
    assert charged_by_police(text, {"type": etype, "actor": actor}) is expected
