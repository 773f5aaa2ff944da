"""A day whose year the text tells another way than by writing it (tocsin.read.yeared): counted back ("three years
ago on January 6th"), or written once before for the same day ("the October 7, 2023, attack … the October 7
attack"). Without either, a day takes the year closest to publication."""

import datetime as dt

import pytest

from tocsin.read.dates import find_times, normalize


@pytest.mark.parametrize("text, value", [
    ("three years ago on January 6th", "2021-01-06"),
    ("three years ago, on January 6", "2021-01-06"),
    ("on January 6th, three years ago", "2021-01-06"),
    ("a year ago on March 5", "2023-03-05"),
    ("Twenty-five years ago in May", "1999-05"),
    ("10 years ago on Dec. 14", "2014-12-14"),
])
def test_yeared_a_day_counted_back_in_years(text, value):
    assert normalize(text, dt.date(2024, 3, 7)).value == value


@pytest.mark.parametrize("text, found", [
    # counted back: one time, the day of that year
    ("Rioters stormed the building two years ago on June 5, officials recalled.", [("two years ago on June 5", "2022-06-05")]),
    # a count that is no number keeps its two times apart, the day as before
    ("Many years ago on June 5 the two men met.", [("Many years ago", "PAST_REF"), ("on June 5", "2024-06-05")]),
    # the years of a count beside no day stay a year
    ("The bridge fell three years ago, officials said.", [("three years ago", "2021")]),
])
def test_yeared_a_count_of_years_is_read_with_its_day_only_beside_it(text, found):
    assert [(t.text, t.value) for t in find_times(text, [], "2024-03-07", "en")] == found


def test_yeared_a_day_takes_the_year_written_for_it_before():
    text = "In the aftermath of the October 7, 2023, attack, rockets fell. Hamas carried out the October 7 attack."
    assert [t.value for t in find_times(text, [], "2025-11-24", "en")] == ["2023-10-07", "2023-10-07"]


@pytest.mark.parametrize("text, values", [
    # another day of the same month: the closest year, as before
    ("He was arrested on October 7, 2023. He was released on October 9.", ["2023-10-07", "2025-10-09"]),
    # a day told before it is written with its year: the first keeps its own
    ("He was released on October 7. He had been arrested on October 7, 2023.", ["2025-10-07", "2023-10-07"]),
    # a month alone may be another year's
    ("He was arrested in October 2023. He was freed in October.", ["2023-10", "2025-10"]),
    # a day whose year is told against publication is no guess
    ("He was arrested on October 7, 2023. He was freed on October 7 last year.", ["2023-10-07", "2024-10-07"]),
])
def test_yeared_near_misses_keep_their_own_year(text, values):
    assert [t.value for t in find_times(text, [], "2025-11-24", "en")] == values


@pytest.mark.model
def test_yeared_an_event_told_a_day_counted_back_takes_that_year(make_doc):
    from tocsin.read import read_many

    text = "Three years ago on January 6th, a mob stormed the courthouse in Dayton and beat two guards."
    ((_, ann),) = read_many([make_doc(text, published_at="2024-03-07")], gated=False)
    assert [e.date_value for e in ann.events if e.type == "attack"] == ["2021-01-06"]
