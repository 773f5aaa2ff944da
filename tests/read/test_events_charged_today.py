"""A charge told in the present (events/charged_today.py): "X is charged with" takes the day the document brings its
charges, when it names them on the publication day; a past, a participle on someone, or a noun do not."""

import pytest

from .test_events_timeline import _ann

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, published", [
    ("The U.S. Attorney today announced the filing of a criminal complaint against a Tulsa roofing company. "
     "The company is charged in the complaint with hiding wages from its workers.", "2024-10-22"),
    ("Prosecutors charged a Dayton man on Tuesday with robbing a pharmacy, police said. "
     "He is charged with aggravated robbery and theft.", "2024-10-22"),
    ("According to the indictment returned today, the two brothers ran a ring from a warehouse in Miami. "
     "Both men are charged with wire fraud.", "2024-10-22"),
])
def test_charged_today_a_charge_in_the_present_takes_the_day_of_the_charges(make_doc, text, published):
    charge = [e for e in _ann(make_doc, text, published).events if e.type == "charge"][-1]
    assert (charge.date_begin, charge.date_precision) == (published, "day")


@pytest.mark.parametrize("text", [
    # the charges are named on no day of the document
    "A Dayton man was sentenced in federal court last week. He is charged with aggravated robbery in a second case.",
    # a participle on someone, not a passive
    ("Police today filed charges against a Dayton man. "
     "The man is at the county jail, charged with two counts of assault."),
    # "in charge" and "information" on the day bring no charge
    ("The detective in charge of the case spoke to reporters today. "
     "Luis Gomez is charged with murder in the death of his neighbor."),
    ("Police today asked anyone with information to call investigators. "
     "Luis Gomez is charged with murder in the death of his neighbor."),
])
def test_charged_today_no_day_for_a_charge_not_told_in_the_present_or_not_named_today(make_doc, monkeypatch, text):
    import sys

    from tocsin.read.events.charged_today import charged_today

    seen = []

    def spy(events, *args):
        seen.append((events, charged_today(events, *args)))
        return seen[-1][1]

    monkeypatch.setattr(sys.modules["tocsin.read.read"], "charged_today", spy)
    _ann(make_doc, text, "2024-10-22")
    ((before, after),) = seen
    assert any(e.type == "charge" for e in before) and after == before
