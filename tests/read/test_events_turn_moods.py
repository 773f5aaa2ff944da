"""A claim of several sentences (a transcript turn's run, a long quotation) that recommends or foresees in one of them
does not make a past happening another of its sentences tells hypothetical: that sentence reports it ("Now, we are
tracking the shootings that took place in Texas yesterday. … We urge Congress to act"). Sentences written for this
test. Near misses: a sentence that itself asks or foresees, and one whose clause tells no past ("so that no more
children are shot"), keep the claim's mood."""

import pytest

from tocsin.models import Document
from tocsin.read import read_many

pytestmark = pytest.mark.model


def _moods(text):
    ((_, ann),) = read_many([Document(id="x", text=text + "\n\nQ: Thank you.", source="x", published_at="2025-03-01",
                                      language="en")], gated=False)
    return [(e.type, e.modality) for e in ann.events if e.type != "presence"]


@pytest.mark.parametrize("turn, event", [
    ("MS. LEE: We are following the string of shootings that took place in Ohio yesterday. Congress should act to stop gun "
     "violence and mass shootings.", ("attack", "asserted")),
    ("MR. HALL: The council condemned the militia for the bombing of the market. We should keep pressing the militia to "
     "stop the attacks on civilians.", ("attack", "asserted")),
    ("THE PRESIDENT: Last week a gunman killed nine people at a church in Ohio. Congress must act now to stop these "
     "killings.", ("killing", "asserted")),
    ("MS. LEE: Police have arrested the driver. The state needs to do more to stop drunk drivers from killing people.",
     ("arrest", "asserted")),
])
def test_turn_moods_a_past_happening_in_a_recommending_turn_is_told(turn, event):
    assert event in _moods(turn)


@pytest.mark.parametrize("turn, event", [
    ("MS. LEE: We urge Congress to act so that no more children are shot in their schools. We need to ban assault "
     "weapons.", ("attack", "asserted")),
    ("MR. HALL: We must arrest the leaders of the cartel. They cannot keep poisoning our towns.", ("arrest", "asserted")),
    ("MS. LEE: Congress should pass the bill. If it does not, more people will be killed this summer.",
     ("killing", "asserted")),
    ("MS. LEE: Police have arrested the driver. The state needs to do more to stop drunk drivers from killing people.",
     ("killing", "asserted")),
])
def test_turn_moods_what_the_turn_asks_or_foresees_stays_unhappened(turn, event):
    assert event not in _moods(turn)
