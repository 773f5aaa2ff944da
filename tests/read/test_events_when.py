"""Which of a sentence's times is an event's (events/when.py): the trigger's own, not an offence's or a description's."""

import pytest

pytestmark = pytest.mark.model


def _events(make_doc, text, published, language="en"):
    from tocsin.read import read_many

    doc = make_doc(text, language=language, published_at=published)
    ((_, ann),) = read_many([doc], gated=False)
    return ann.events


@pytest.mark.parametrize("text, kind", [
    ("Peter Zavell pleaded guilty to one count of filing a false tax return for the year 2000.", "conviction"),
    ("Two freight carriers are charged with engaging in the conspiracy from in or about February 2003.", "charge"),
])
def test_when_the_time_of_an_offence_does_not_date_the_court_step(make_doc, text, kind):
    steps = [e for e in _events(make_doc, text, "2009-01-13") if e.type == kind]
    assert steps and all(e.date_basis == "published" for e in steps)


def test_when_a_relative_clause_time_yields_to_the_events_own(make_doc):
    text = ("Christian Milton, who served as vice president of the insurer from approximately 1982 to March 2005, was "
            "convicted by a federal jury on Feb. 25, 2008.")
    assert [e.date_value for e in _events(make_doc, text, "2009-01-13") if e.type == "conviction"] == ["2008-02-25"]


def test_when_a_relative_clause_time_stands_when_there_is_no_other(make_doc):
    text = "Williams is accused of killing Doris Jackson, whose strangled body was found inside her home Feb. 26."
    assert [e.date_value for e in _events(make_doc, text, "2009-03-24") if e.type == "killing"] == ["2009-02-26"]


def test_when_a_clause_on_the_trigger_itself_dates_it(make_doc):
    text = "Iran bears responsibility for the horrific Hamas massacres committed on October 7, 2023."
    assert [e.date_value for e in _events(make_doc, text, "2025-02-04") if e.type == "killing"] == ["2023-10-07"]


def test_when_an_arrest_keeps_the_time_of_what_it_was_for(make_doc):
    text = "A Louisiana man was arrested for carrying a concealed deadly weapon Sunday following a traffic stop."
    assert [e.date_value for e in _events(make_doc, text, "2009-03-30") if e.type == "arrest"] == ["2009-03-29"]
