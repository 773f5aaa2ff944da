"""A happening told as what a talk is about (events/when.py ``_topic_of_talk``): the time of the talk ("This morning,
Rubio joined news programs to discuss the operation that apprehended Maduro") is when it was talked about, not when
it happened, and a time on a verb of talking is the talk's ("the President talked about this last night"); a time
inside the topic, the event's own, one a verb of saying tells, or one of a talk the happening took place during ("shot
as he talked with neighbors on Sunday night") still dates it."""

import pytest

pytestmark = pytest.mark.model


def _dates(make_doc, text, kind, published="2024-10-22"):
    from tocsin.read import read_many

    doc = make_doc(text, published_at=published)
    ((_, ann),) = read_many([doc], gated=False)
    return [(e.date_value if e.date_basis != "published" else None) for e in ann.events if e.type == kind]


@pytest.mark.parametrize("text, kind", [
    ("This morning, Secretary of State Marco Rubio joined news programs to discuss the operation that apprehended "
     "Nicolas Maduro.", "arrest"),
    ("On Monday, the mayor spoke about the shooting that killed two men.", "killing"),
    # a time on the verb of talking dates the talk, whatever the sentence tells beside it
    ("He sat for two days of interviews — and the President talked about this last night — which took place the day "
     "after the brutal attack on Israel.", "attack"),
])
def test_when_the_time_of_a_talk_does_not_date_what_it_is_about(make_doc, text, kind):
    found = _dates(make_doc, text, kind)
    assert found and all(d is None for d in found)


@pytest.mark.parametrize("text, kind, day", [
    # a time inside the topic is the happening's own
    ("On Monday, the department discussed the shooting that killed two men on Sunday.", "killing", "2024-10-20"),
    # near misses: no talk, or a verb of saying that tells the step (its day dates it)
    ("Police arrested the man on Monday after he shot a clerk.", "arrest", "2024-10-21"),
    ("The department announced on Monday that Smith was sentenced to 10 years in prison.", "conviction", "2024-10-21"),
    ("The mayor, who spoke on Monday, said gunmen attacked a bus on Sunday.", "attack", "2024-10-20"),
    # a happening during the talk: the talk's time is the happening's
    ("A journalist was shot dead as he talked with neighbors outside his home in Tijuana on Sunday night.", "killing",
     "2024-10-20TNI"),
    ("Gunmen shot a man as he spoke on the phone outside his home in Tulsa on Monday night.", "attack", "2024-10-21TNI"),
])
def test_when_a_time_of_the_topic_or_of_no_talk_still_dates(make_doc, text, kind, day):
    assert day in _dates(make_doc, text, kind)
