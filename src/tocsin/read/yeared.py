"""Dates whose year is told against publication: "on 25 February last year", "in March last year", "May 5 this
year", "el 25 de febrero del año pasado".

The day and month are written, the year is not, and the words after them say which year it is: the one before
publication's ("last year", "del año pasado"), publication's own ("this year", "de este año") or the one after
("next year", "del año próximo"). Without them a day and month take the year closest to publication
(``dates._closest_year``), which for "25 February last year" in a December story is the wrong one.
"""

from __future__ import annotations

import datetime as dt
import re

from .date_words import MONTHS

_MONTH_WORDS = "|".join(sorted((k for k in MONTHS if len(k) > 2), key=len, reverse=True))
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"

# How find_time_expressions finds them (the text as written; "Feb." keeps its period).
FIND = (rf"(?:(?:on\s+|the\s+|el\s+)?{_DAY}\s+(?:of\s+)?(?:{_MONTH_WORDS})\.?|(?:on\s+|the\s+|in\s+|el\s+)?(?:{_MONTH_WORDS})\.?(?:\s+{_DAY})?),?\s+(?:of\s+)?(?:last|this|next)\s+year"
        rf"|(?:{_DAY}\s+de\s+)?(?:{_MONTH_WORDS})\s+(?:del\s+a[ñn]o\s+(?:pasado|pr[oó]ximo|que\s+viene)|de\s+este\s+a[ñn]o)")

# The same on text as tocsin.read.dates._clean leaves it: lower case, no accents, no commas nor periods.
_TOLD = re.compile(rf"(?P<date>(?:{_DAY}\s+(?:of\s+|de\s+)?)?(?:{_MONTH_WORDS})(?:\s+{_DAY})?)\s+(?:of\s+)?"
                   r"(?P<year>last year|this year|next year|del ano pasado|de este ano|del ano proximo|del ano que viene)$")
_OFFSET = {"last year": -1, "this year": 0, "next year": 1, "del ano pasado": -1, "de este ano": 0, "del ano proximo": 1,
           "del ano que viene": 1}


def told_year(t: str, dct: dt.date) -> str | None:
    """The date with its year written out ("25 february 2015" for "25 february last year" published in 2016), or
    None when ``t`` (cleaned) tells no year against publication."""
    m = _TOLD.search(t)
    if m is None:
        return None
    return f"{m.group('date')} {dct.year + _OFFSET[m.group('year')]}"
