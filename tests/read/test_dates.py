import datetime as dt

import pytest

from tocsin.read.dates import find_time_expressions, find_times, normalize

DCT = dt.date(2024, 3, 2)  # a Saturday


@pytest.mark.parametrize(
    "text,value,precision",
    [
        ("February 21, 2024", "2024-02-21", "day"),
        ("el 21 de febrero", "2024-02-21", "day"),
        ("el viernes 1 de marzo", "2024-03-01", "day"),
        ("on Wednesday", "2024-02-28", "day"),
        ("el martes pasado", "2024-02-27", "day"),
        ("next Tuesday", "2024-03-05", "day"),
        ("hace una década", "2014", "year"),
        ("two years ago", "2022", "year"),
        ("in June", "2023-06", "month"),
        ("marzo de 2024", "2024-03", "month"),
        ("last week", "2024-W08", "week"),
        ("la semana pasada", "2024-W08", "week"),
        ("el año pasado", "2023", "year"),
        ("ayer", "2024-03-01", "day"),
        ("the fourth quarter", "2024-Q4", "quarter"),
        ("18 months", "P18M", "duration"),
        ("a 12-year", "P12Y", "duration"),
        ("now", "PRESENT_REF", "reference"),
        ("weekly", "P1W", "set"),
        ("the 1990s", "199", "decade"),
        ("last September", "2023-09", "month"),
        ("Friday morning", "2024-03-01TMO", "part of day"),
    ],
)
def test_dates_normalize(text, value, precision):
    got = normalize(text, DCT, "es" if text.startswith(("el", "la", "hace", "ayer", "marzo")) else "en")
    assert (got.value, got.precision) == (value, precision)


def test_dates_interval_covers_the_period():
    got = normalize("February 2024", DCT)
    assert (got.begin, got.end) == ("2024-02-01", "2024-02-29")


def test_dates_without_publication_date_only_absolute():
    assert normalize("21 February 2024", None).value == "2024-02-21"
    assert normalize("yesterday", None).precision == "unknown"


def test_dates_find_skips_verbs_may_and_march():
    text = "Protesters may march on Friday. It happened in March 2024."
    found = [text[s:e] for s, e in find_time_expressions(text)]
    assert found == ["on Friday", "March 2024"]


def test_dates_future_cue_and_ages():
    text = "Troopers will join patrols by Monday. The 54-year-old was shot on Tuesday."
    ents = [(text.index("54"), text.index("54") + 11, "DATE")]
    got = {t.text: t.value for t in find_times(text, ents, "2024-09-12", "en")}
    assert got == {"Monday": "2024-09-16", "on Tuesday": "2024-09-10"}
