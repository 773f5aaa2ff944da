"""Dates whose year is told against publication: "on 25 February last year", "in March last year", "May 5 this
year", "el 25 de febrero del año pasado", "three years ago on January 6th"; and a day the text wrote with its
year before ("the October 7, 2023, attack", then "the October 7 attack").

The day and month are written, the year is not, and the words after them say which year it is: the one before
publication's ("last year", "del año pasado"), publication's own ("this year", "de este año"), the one after
("next year", "del año próximo") or one counted back ("three years ago on January 6th", "on March 24, 15 years
ago"). Without them a day and month take the year the text wrote for that same day earlier (``written_before``), or
else the year closest to publication (``closest_year``), which for "25 February last year" in a December story is
the wrong one.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import replace

from .date_words import MONTHS, NUMBERS

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
_COUNT = "|".join(sorted((k for k, n in NUMBERS.items() if isinstance(n, int) and k.isascii()), key=len, reverse=True))
_AGO_WORDS = rf"(?:\d{{1,2}}|{_COUNT})\s+years?\s+ago"  # "three years ago", "twenty-five years ago"; not "many years ago"
FIND = (rf"{_FIRST_END}?(?:on\s+|the\s+|in\s+|el\s+)?{_ONE},?\s+(?:of\s+)?{_YEAR_WORDS}"
        rf"|{_AGO_WORDS},?\s+(?:on\s+|in\s+)?{_ONE}|(?:on\s+|in\s+)?{_ONE},?\s+{_AGO_WORDS}"
        rf"|(?:{_DAY}\s+de\s+)?(?:{_MONTH_WORDS})\s+(?:del\s+a[ñn]o\s+(?:pasado|pr[oó]ximo|que\s+viene)|de\s+este\s+a[ñn]o)")

# The same on text as tocsin.read.dates._clean leaves it: lower case, no accents, no commas nor periods.
_TOLD = re.compile(rf"(?P<date>(?:{_DAY}\s+(?:of\s+|de\s+)?)?(?:{_MONTH_WORDS})(?:\s+{_DAY})?)\s+(?:of\s+)?"
                   r"(?P<year>last year|this year|next year|del ano pasado|de este ano|del ano proximo|del ano que viene)$")
_DATE = rf"(?:{_DAY}\s+(?:of\s+)?)?(?:{_MONTH_WORDS})(?:\s+{_DAY})?"
_AGO = re.compile(rf"^(?:(?P<n>\S+) years? ago (?:on |in )?(?P<date>{_DATE})|(?:on |in )?(?P<date2>{_DATE}) (?P<n2>\S+) years? ago)$")
_OFFSET = {"last year": -1, "this year": 0, "next year": 1, "del ano pasado": -1, "de este ano": 0, "del ano proximo": 1,
           "del ano que viene": 1}


def told_year(t: str, dct: dt.date) -> str | None:
    """The date with its year written out ("25 february 2015" for "25 february last year" published in 2016), or
    None when ``t`` (cleaned) tells no year against publication."""
    if (ago := _AGO.match(t)) is not None:  # "three years ago on january 6th": the day of the year counted back
        word = ago.group("n") or ago.group("n2")
        n = int(word) if word.isdigit() else NUMBERS.get(word)
        return f"{ago.group('date') or ago.group('date2')} {dct.year - n}" if isinstance(n, int) else None
    m = _TOLD.search(t)
    if m is None:
        return None
    return f"{m.group('date')} {dct.year + _OFFSET[m.group('year')]}"


def written_before(times: list) -> list:
    """The times, each day that writes no year (``guessed``) given the year the text wrote for the same month and day
    before it ("the October 7, 2023, attack … the October 7 attack", in a story of 2025: 2023, not 2025): a story
    that writes a day's year once does not write it again. Only a day; a month alone may be another year's."""
    written: dict[str, str] = {}
    out = []
    for t in times:
        if t.precision == "day" and t.begin and not t.guessed and t.begin[:4] in t.text:
            written.setdefault(t.begin[5:10], t.begin[:4])
        elif t.precision == "day" and t.guessed and t.begin and (year := written.get(t.begin[5:10])) and year != t.begin[:4]:
            day = f"{year}{t.begin[4:10]}"
            t = replace(t, value=t.value.replace(t.begin[:10], day), begin=day, end_date=day, guessed=False)
        out.append(t)
    return out


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
