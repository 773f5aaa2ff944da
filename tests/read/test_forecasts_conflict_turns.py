"""How a fight or a truce goes on its own is foreseen ("the fighting could resume", "the truce may not hold", "the ceasefire
might break down"), and a transcript sentence that foretells a war's happening with a word of expecting is on the subject
("we fully expect the Russians to go after the energy infrastructure"); sentences written for this test. Near misses: a
meeting or a vote one "may hold" is a plan, a past "could not" no prediction, and a briefing's other talk of a war (what we
send, who is at the table) stays off the subject."""

import pytest

from tocsin.read import read

pytestmark = pytest.mark.model


def _forecasts(make_doc, text):
    ann = read(make_doc(text, published_at="2025-03-01"))
    return [f.polarity for f in ann.forecasts]


@pytest.mark.parametrize(("text", "polarities"), [
    ("“The truce may not hold through the summer,” the bishop said.", ["negative"]),
    ("“The ceasefire might break down before the elections,” the analyst said.", ["positive"]),
    ("“Fighting could resume in the north within days,” the commander said.", ["positive"]),
    ("“Violence may flare up again after the verdict,” the priest said.", ["positive"]),
    ("“The peace deal could fall apart if the militias refuse to disarm,” the envoy said.", ["positive"]),
    ("“The situation in the camps might deteriorate further,” the aid worker said.", ["positive"]),
    ("“The truce may hold until the spring,” the analyst said.", ["positive"]),
    # a plan, a past inability: no forecast
    ("“We may hold a meeting with the families next week,” the mayor said.", []),
    ("“The council might hold a vote on the budget,” the clerk said.", []),
    ("“Police could not find the suspect,” the sheriff said.", []),
])
def test_forecasts_a_fight_or_a_truce_going_on_its_own_is_foreseen(make_doc, text, polarities):
    assert _forecasts(make_doc, text) == polarities


@pytest.mark.parametrize(("turn", "forecast"), [
    ("MR. KIRBY: We fully expect the Russians to go after the energy infrastructure this winter.", True),
    ("MR. KIRBY: The escalation could lead to a wider regional conflict.", True),
    ("MS. LEE: The offensive is likely to stall before the spring.", True),
    # a war's talk that foretells nothing, or foretells what is off the subject: no statement
    ("MR. KIRBY: We will send more air defense to Ukraine. The Russians are fighting hard near the river.", False),
    ("MS. LEE: We expect inflation to come down next year. The Russians will be at the table in Geneva.", False),
    ("MR. KIRBY: We're going to keep talking to the Israelis about the humanitarian pauses.", False),
])
def test_forecasts_a_turn_that_foretells_a_war_s_happening_is_on_the_subject(make_doc, turn, forecast):
    text = f"{turn}\n\nQ: Thank you."
    ann = read(make_doc(text, published_at="2025-03-01"))
    assert [s.claim_type for s in ann.statements] == (["forecast"] if forecast else [])
