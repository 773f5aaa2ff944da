"""Times that belong to another happening than the event's (events/when.py, events/records.py, events/timeline.py):
a relative clause on a person tells that person's past, which the main clause's time does not date; a conviction
that describes someone is not dated by the sentence's arrest; a scene's day is not the court's calendar after it."""

import pytest

pytestmark = pytest.mark.model


def _events(make_doc, text, published):
    from tocsin.read import read_many

    doc = make_doc(text, published_at=published)
    ((_, ann),) = read_many([doc], gated=False)
    return ann.events


def _dates(events, kind):
    return [(e.date_value if e.date_basis != "published" else None) for e in events if e.type == kind]


@pytest.mark.parametrize("text, kind", [
    ("Deputies arrested Tom Ruiz last week during an inquiry into Mark Soto, who pleaded guilty to selling cocaine.",
     "conviction"),
    ("Police detained Ana Ruiz on Friday in the inquiry into Mark Soto, who was charged with fraud.", "charge"),
    # a "that" clause or a participle on people tells what they did or underwent, not the main clause's day
    ("In the last month, Peru moved to arrest two groups of individuals that were indicted in the United States.", "charge"),
    ("On Tuesday, officials addressed the status of the four Americans attacked in Mexico.", "attack"),
])
def test_when_a_clause_on_a_person_is_not_dated_by_the_main_clause(make_doc, text, kind):
    found = _dates(_events(make_doc, text, "2024-10-22"), kind)
    assert found and all(d is None for d in found)


@pytest.mark.parametrize("text, kind, day", [
    # the time inside the clause still dates it
    ("On Friday, police arrested Juan Soto, whom a jury convicted of robbery in 2019.", "conviction", "2019"),
    # a clause on a happening's noun may tell that same happening: its day stands
    ("A bomb that killed five people exploded in a market on Sunday.", "killing", "2024-10-20"),
    # the main clause's own event keeps its time
    ("Deputies arrested Tom Ruiz on Friday during an inquiry into Mark Soto, who pleaded guilty to selling cocaine.",
     "arrest", "2024-10-18"),
    # the time inside the participle's clause still dates it
    ("Officials addressed the status of the four Americans attacked in Mexico on Friday.", "attack", "2024-10-18"),
    # a time that opens the sentence frames the clause on its subject
    ("On Friday, three men attacked in a bar were taken to a hospital.", "attack", "2024-10-18"),
    # a clause of its own below the participle is the sentence's happening, dated by the time that frames it
    ("On Saturday night, medics treated three people wounded when gunmen opened fire at a party in Leon.", "attack", "2024-10-19"),
])
def test_when_a_time_of_the_clause_or_of_the_same_happening_stands(make_doc, text, kind, day):
    assert day in _dates(_events(make_doc, text, "2024-10-22"), kind)


@pytest.mark.parametrize("text", [
    "Police arrested 40 people in Dayton last week, including a convicted sex offender.",
    "On Friday deputies arrested two convicted felons in Dayton.",
])
def test_when_a_conviction_that_describes_someone_takes_no_time_of_the_sentence(make_doc, text):
    events = _events(make_doc, text, "2024-10-22")
    assert any(d for d in _dates(events, "arrest"))
    assert all(d is None for d in _dates(events, "conviction"))


def test_when_a_conviction_told_as_a_happening_keeps_its_day(make_doc):
    assert _dates(_events(make_doc, "Ruiz was convicted on Friday of two counts of robbery.", "2024-10-22"), "conviction") \
        == ["2024-10-18"]


@pytest.mark.parametrize("text, kind", [
    # review: a court's step already taken names the crime the next sentence tells; the arrest's day is not that crime's
    ("Police arrested Tom Ruiz on Saturday at his home in Dayton.\n\n"
     "He was charged on Tuesday with the murder of a man in Toledo.\n\nThe man was shot in the head.", "attack"),
    ("Police arrested Tom Ruiz on Saturday at his home in Dayton.\n\n"
     "He was charged on Tuesday with robbing a bank in Toledo.\n\nWitnesses said he pointed a gun at a teller.", "threat"),
    ("Police arrested Tom Ruiz on Saturday at his home in Dayton.\n\n"
     "Ruiz was charged Monday with attempted murder.\n\nProsecutors say Ruiz stabbed his brother.", "attack"),
])
def test_timeline_a_court_step_after_an_arrest_does_not_carry_the_arrest_day_back(make_doc, text, kind):
    found = [e for e in _events(make_doc, text, "2024-10-22") if e.type == kind]
    assert found and all(e.date_basis != "story" and e.date_begin != "2024-10-19" for e in found)


def test_timeline_a_time_ahead_does_not_move_the_scene(make_doc):
    text = ("Officers were called to a bar on Pine Street early Saturday to break up a fight.\n\n"
            "The man will appear in court next Thursday.\n\n"
            "Two officers were hit in the head.")
    events = _events(make_doc, text, "2024-10-21")
    hit = [e for e in events if e.type == "attack" and e.evidence_start > 100]
    assert hit and hit[-1].date_begin == "2024-10-19"


def test_timeline_a_court_step_alone_still_sets_no_scene(make_doc):
    text = ("Ruiz was arraigned on Tuesday on a charge of robbery.\n\n"
            "Investigators searched his house and found a quantity of methamphetamine in the kitchen.")
    events = _events(make_doc, text, "2024-10-23")
    assert all(e.date_basis == "published" for e in events if e.type == "trafficking")


@pytest.mark.parametrize("text, kind", [
    ("On Monday, police said that Ruiz was arrested in a raid.", "arrest"),  # the day it was said, not announced
    # an announcement's day does not date a happening its content places apart
    ("On Monday, the department announced the sentencing of Mark Soto, who was arrested in a raid on his office.", "arrest"),
])
def test_when_the_day_of_saying_does_not_date_what_is_said(make_doc, text, kind):
    found = _dates(_events(make_doc, text, "2024-10-22"), kind)
    assert None in found


@pytest.mark.parametrize("text, kind, day", [
    ("In 2023, two men who beat up a police officer were freed without bail.", "attack", "2023"),
    ("Just this month, a man who stabbed a federal officer was released on his own recognizance.", "attack", "2024-10"),
])
def test_when_a_time_that_opens_the_sentence_frames_a_clause_on_a_person(make_doc, text, kind, day):
    assert day in _dates(_events(make_doc, text, "2024-10-22"), kind)

