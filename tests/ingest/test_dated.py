"""The date an undated document's opening states for itself, and only that."""

from __future__ import annotations

import pytest

from tocsin.ingest.dated import stated_date
from tocsin.ingest.ingest import to_document
from tocsin.ingest.sources import Draft

BODY = " Police said the investigation goes on and that more arrests are expected in the coming weeks, officials added."


@pytest.mark.parametrize("text, date", [
    ("WASHINGTON, March 3, 2025 — The Justice Department said." + BODY, "2025-03-03"),
    ("Monday, March 3, 2025\nPolice said." + BODY, "2025-03-03"),
    ("FOR IMMEDIATE RELEASE\nTuesday, Sept. 30, 2025\nOn Sept. 30, the United States extradited three men." + BODY, "2025-09-30"),
    ("LIMA, 3 de marzo de 2025 — La policía detuvo a tres personas." + BODY, "2025-03-03"),
    ("Title of the story\nBy Ana Ruiz | 2024-06-03 10:00\nText." + BODY, "2024-06-03"),
    ("CARACAS, 21 Sep 2023 (Wire) — Troops entered the prison." + BODY, "2023-09-21"),
])
def test_dated_the_opening_date_line_or_dateline_dates_the_document(text, date):
    assert stated_date(text) == date


@pytest.mark.parametrize("text", [
    "LIMA, Peru — Gunmen killed a bus driver in Lima on Monday, March 3, 2025, police said." + BODY,  # a date the story reports
    "Gunmen killed a bus driver in Lima.\nThe union said.\nThe killing on March 3, 2025 was the third." + BODY,  # not the opening
    "Monday, February 31, 2025\nPolice said." + BODY,  # no such day
    "March 3, 1875\nAn old story." + BODY,  # not a publication date of reporting tocsin reads
    "",
])
def test_dated_nothing_else_dates_the_document(text):
    assert stated_date(text) is None


def test_dated_a_date_from_the_source_wins_over_the_text():
    text = "WASHINGTON, March 3, 2025 — The Justice Department said three men were charged." + BODY * 2
    assert to_document(Draft(source="a.txt", text=text, format="text")).published_at == "2025-03-03"
    assert to_document(Draft(source="a.txt", text=text, format="text", published="2025-03-04")).published_at == "2025-03-04"
