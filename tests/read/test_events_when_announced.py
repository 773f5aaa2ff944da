"""The day an announcement is made dates what it announces, wherever the sentence writes that day (events/records.py);
an act the document performs with "hereby" is its own day wherever a noun names it again (events/when.py)."""

import pytest

pytestmark = pytest.mark.model


def _dates(make_doc, text, kind, published="2024-04-12", language="en"):
    from tocsin.read import read_many

    doc = make_doc(text, language=language, published_at=published)
    ((_, ann),) = read_many([doc], gated=False)
    return [((e.date_value or "")[:10], e.date_basis) for e in ann.events if e.type == kind]


@pytest.mark.parametrize("text, kind, day", [
    ("Earlier today, the Department of Justice announced criminal charges against two dozen defendants.", "charge", "2024-04-12"),
    ("Today, the Treasury Department announced sanctions against five members of the Sinaloa Cartel.", "designation", "2024-04-12"),
    ("Federal prosecutors on Tuesday announced an indictment against five members of the Gulf Cartel.", "charge", "2024-04-09"),
    ("This morning, the Attorney General announced the extradition of a cartel leader to the United States.", "extradition",
     "2024-04-12"),
])
def test_when_the_day_of_an_announcement_dates_what_it_announces(make_doc, text, kind, day):
    assert (day, "sentence") in _dates(make_doc, text, kind)


@pytest.mark.parametrize("text, kind", [
    ("The Department of Justice announced criminal charges against two dozen defendants.", "charge"),
    ("Police announced the arrest of a man in the killing of a teacher.", "arrest"),
])
def test_when_an_announcement_with_no_day_dates_nothing(make_doc, text, kind):
    assert all(basis == "published" for _, basis in _dates(make_doc, text, kind))


@pytest.mark.parametrize("text, kind, day", [
    ("On Wednesday, the FBI announced the arrest of a man wanted for the killing of a deputy.", "killing", "2024-04-10"),
    ("Yesterday, the sheriff's office announced the arrest of two teenagers.", "arrest", "2024-04-11"),
])
def test_when_an_arrest_or_a_crime_announced_keeps_its_own_day(make_doc, text, kind, day):
    """An arrest or a crime made known may be days older than its announcement: the day before the announcer is the
    announcement's, not theirs."""
    assert all(value != day for value, _ in _dates(make_doc, text, kind))


def test_when_a_day_said_of_something_else_does_not_date_the_announced(make_doc):
    text = "Police said on Monday that the department had announced the arrest of two men."
    assert all(value != "2024-04-08" for value, _ in _dates(make_doc, text, "arrest"))


@pytest.mark.parametrize("text", [
    "I hereby designate the Sinaloa Cartel as a Foreign Terrorist Organization. The designations of the cartels were long overdue.",
    "I hereby designate the cartel as a terrorist organization. You are directed to publish this designation in the Federal Register.",
])
def test_when_a_noun_naming_the_act_the_document_performs_takes_its_day(make_doc, text):
    dates = _dates(make_doc, text, "designation")
    assert len(dates) == 2 and set(dates) == {("2024-04-12", "sentence")}


@pytest.mark.parametrize("words, published, performed", [
    ("I hereby designate Bolivia. The designations of Bolivia follow the law.", "2024-04-12", True),
    ("I hereby formally designate Bolivia. This designation follows the law.", "2024-04-12", True),
    ("The designations of Bolivia follow the law. I hereby designate Bolivia.", "2024-04-12", False),  # before the act
    ("I hereby designate Bolivia. The Treasury designated El Aissami.", "2024-04-12", False),  # a verb: an act of its own
    ("I hereby identify Bolivia. The designations of Bolivia follow the law.", "2024-04-12", False),  # another act
    ("I hereby designate Bolivia. The designations of Bolivia follow the law.", None, False),  # no day to give
])
def test_when_performed_before_needs_the_acts_noun_after_it(words, published, performed):
    from tocsin.read.events.when import performed_before
    from tocsin.read.read import pipeline

    doc = pipeline("en")(words)
    noun = next(t for t in doc if t.lower_.startswith("designat") and (t.tag_.startswith("NN") or t.lower_ == "designated"))
    assert performed_before(words, noun, published, "en") is performed
