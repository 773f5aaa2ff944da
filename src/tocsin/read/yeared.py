"""Dates whose year is told against publication: "on 25 February last year", "in March last year", "May 5 this
year", "el 25 de febrero del año pasado".

The day and month are written, the year is not, and the words after them say which year it is: the one before
publication's ("last year", "del año pasado"), publication's own ("this year", "de este año") or the one after
("next year", "del año próximo"). Without them a day and month take the year closest to publication
(``closest_year``), which for "25 February last year" in a December story is the wrong one.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from .date_words import MONTHS

_MONTH_WORDS = "|".join(sorted((k for k in MONTHS if len(k) > 2), key=len, reverse=True))
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
# Month words that are also common words ("the cartel may last year have killed", "will march this year"): a month
# only with a capital or a day number beside them
_AMBIGUOUS = ("may", "march", "mar")
_SHORT = [k for k in MONTHS if len(k) <= 4 and k not in ("may", "june", "july")]  # "Feb.", "Sept."
_PLAIN = "|".join(sorted((k for k in MONTHS if len(k) > 2 and k not in _SHORT and k not in _AMBIGUOUS), key=len, reverse=True))
_ABBREVIATED = "|".join(sorted((k for k in _SHORT if k not in _AMBIGUOUS), key=len, reverse=True))
_CAPITAL = "|".join(f"{w.capitalize()}|{w.upper()}" for w in _AMBIGUOUS)
# A month as written: an abbreviation keeps its period only before a day or the words of the year, never a sentence's
# end ("arrested in Sept. Last year he…")
_MONTH = (rf"(?:{_PLAIN}|(?-i:{_CAPITAL})|(?:{_ABBREVIATED}|(?-i:Mar|MAR))(?:\.(?=\s+(?:\d|(?-i:of\s|last\s|this\s|next\s))))?)")
_MONTH_OR_AMBIGUOUS = rf"(?:{_MONTH}|{'|'.join(_AMBIGUOUS)})"  # beside a day number
_YEAR_WORDS = r"(?:last|this|next)\s+year(?!['’]s)\b"  # not "last year's worst month"

_ONE = rf"(?:{_DAY}\s+(?:of\s+)?{_MONTH_OR_AMBIGUOUS}|{_MONTH_OR_AMBIGUOUS}\s+{_DAY}|{_MONTH})"
# The first end of an interval whose second end tells the year: "between March 3 and March 5 last year" (both ends
# that year: tocsin.read.dates._range); "and" only after "between" ("in March and May last year" is two months)
_FIRST_END = rf"(?:between\s+(?:{_ONE}|{_DAY})\s+and\s+|(?:from\s+)?(?:{_ONE}|{_DAY})\s+(?:to|through|until)\s+)"

# How find_time_expressions finds them (the text as written; "Feb." keeps its period).
FIND = (rf"{_FIRST_END}?(?:on\s+|the\s+|in\s+|el\s+)?{_ONE},?\s+(?:of\s+)?{_YEAR_WORDS}"
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


def closest_year(month: int, day: int | None, dct: dt.date) -> int:
    """The year that puts month/day closest to publication, leaning to the past."""
    best = None
    for year in (dct.year - 1, dct.year, dct.year + 1):
        try:
            d = dt.date(year, month, min(day or 15, calendar.monthrange(year, month)[1]))
        except ValueError:
            continue
        gap = (d - dct).days
        cost = abs(gap) + (60 if gap > 0 else 0)  # news looks back more than forward
        if best is None or cost < best[0]:
            best = (cost, year)
    return best[1]
