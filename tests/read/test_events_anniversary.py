"""A happening dated by its anniversary (events/anniversary.py): the ordinal's years back from the day the sentence
names, or from publication to the month; only the happening of the "of" phrase."""

import pytest

pytestmark = pytest.mark.model


def _dates(make_doc, text, published, kind):
    from tocsin.read import read_many

    ((_, ann),) = read_many([make_doc(text, published_at=published)], gated=False)
    return [(e.date_value, e.date_precision) for e in ann.events if e.type == kind]


@pytest.mark.parametrize("text, published, kind, when", [
    ("On the second anniversary of Laken Riley's murder, we remember her.", "2026-02-23", "killing", ("2024-02", "month")),
    ("Paying solemn tribute to the second anniversary of Laken Riley's murder, the President signed a Proclamation "
     "designating February 22 as National Angel Family Day.", "2026-02-23", "killing", ("2024-02", "month")),
    ("Today marks the 10th anniversary of the massacre in Charleston.", "2025-06-17", "killing", ("2015-06-17", "day")),
    ("Tuesday marked the first anniversary of the shooting at the school.", "2024-02-15", "attack", ("2023-02-13", "day")),
])
def test_anniversary_dates_the_happening_it_names(make_doc, text, published, kind, when):
    assert _dates(make_doc, text, published, kind) == [when]


@pytest.mark.parametrize("text, published, kind, when", [
    # the happening beside the anniversary keeps its own time: the arrest is not ten years old
    ("On the tenth anniversary of the massacre, police arrested two men.", "2025-06-01", "arrest", ("2025-06-01", "publication")),
    # an anniversary of something that is no happening dates nothing
    ("Gunmen killed three people on the anniversary of the revolution.", "2025-06-01", "killing", ("2025-06-01", "publication")),
    # the sentence's own date of the happening stands
    ("We mark the fifth anniversary of the attack on May 3, 2020, in Caracas.", "2025-05-03", "attack", ("2020-05-03", "day")),
    # a compound ordinal is not its last word: "twenty-fifth" is no fifth
    ("We mark the twenty-fifth anniversary of the massacre in Charleston.", "2025-06-17", "killing", ("2025-06-17", "publication")),
])
def test_anniversary_leaves_other_times_alone(make_doc, text, published, kind, when):
    assert _dates(make_doc, text, published, kind) == [when]
