"""Periods that end at publication: "in recent days", "over the past weekend", "in the past two weeks", "in the
last 48 hours", "en los últimos días"; and the uncounted stretch back from it that "days ago", "just weeks ago",
"a few months ago", "hace unos días" tell.

News tells what happened just before it was written with these words; each reads as the calendar days it
covers, up to the publication date. A preposition of placing in time ("in", "over", "during", "within", "en")
makes it a period: with "for" the same words stay a duration ("held for the past two weeks"), and "the last days
of the war" is no period of the publication's.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
import re

from .date_words import NUMBERS

# Text as tocsin.read.dates._clean leaves it: lower case, no accents, no commas.
_RECENT = re.compile(
    r"(?:in|over|during|within|en|durante)\s+(?:just\s+|only\s+|solo\s+)?(?:the\s+|los\s+|las\s+)?"
    r"(?:(?:past|last|ultim[oa]s)\s+(?:(?P<n>\w+)\s+)?(?P<u>hours|days|weeks?|horas|dias|semanas?)|recent\s+(?P<r>hours|days|weeks)"
    r"|(?P<rs>horas|dias|semanas)\s+recientes)$"
)
_WEEKEND = re.compile(r"(?:just\s+)?(?:over|during|in)\s+(?:the\s+)?(?:(?:past|last)\s+)?weekend$|(?:the\s+)?past\s+weekend$"
                      r"|(?:el\s+|durante\s+el\s+)?fin\s+de\s+semana\s+pasado$")
_PAST = re.compile(r"\b(?:past|last|pasado)\b")
_UNIT_DAYS = {"hours": 1 / 24, "horas": 1 / 24, "days": 1, "dias": 1, "week": 7, "weeks": 7, "semana": 7, "semanas": 7}
_SOME = {"hours": 1, "horas": 1, "days": 7, "dias": 7, "weeks": 28, "semanas": 28}  # "recent days", "the past few weeks": no count given

# How find_time_expressions finds them where the language model does not (the text as written).
FIND = (r"(?:in|over|during|within)\s+(?:just\s+|only\s+)?(?:the\s+)?(?:(?:past|last)\s+(?:\w+\s+)?(?:hours|days|weeks?|weekend)"
        r"|recent\s+(?:hours|days|weeks))(?!\s+of\b)"
        r"|(?:the\s+)?past\s+weekend"
        r"|en\s+(?:solo\s+)?(?:(?:los|las)\s+[uú]ltim[oa]s\s+(?:\w+\s+)?(?:horas|d[ií]as|semanas)|(?:los\s+)?d[ií]as\s+recientes)(?!\s+de\b)"
        r"|(?:el\s+)?fin\s+de\s+semana\s+pasado"
        r"|(?<!\d\s)(?<!\d)(?:(?:just|only|mere)\s+)?(?:(?:a\s+)?few\s+|several\s+|some\s+)?(?:hours|days|weeks|months)\s+ago"
        r"|hace\s+(?:(?:unos|unas|varios|varias|pocos|pocas)\s+)?(?:horas|d[ií]as|semanas|meses)")


def weekend(dct: dt.date, past: bool = False) -> tuple[str, str, str, str, str]:
    """(TIMEX3 value, type, precision, first day, last day) of the latest weekend on or before ``dct``; a ``past``
    one ("the past weekend", "last weekend") has ended, so on a Saturday it is the one before."""
    saturday = dct - dt.timedelta(days=(dct.weekday() - 5) % 7 or (7 if past else 0))
    iso = saturday.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}-WE", "DATE", "weekend", saturday.isoformat(), (saturday + dt.timedelta(days=1)).isoformat()


def recent(t: str, dct: dt.date) -> tuple[str, str, str, str, str] | None:
    """(TIMEX3 value, type, precision, first day, last day) of a period that ends at publication ``dct``: the
    latest weekend on or before it, or the days up to it. None when ``t`` is no such period."""
    if _WEEKEND.match(t):
        return weekend(dct, past=bool(_PAST.search(t)))
    if found := _AGO.match(t):
        return _ago(_AGO_UNITS[found.group("u") or found.group("u2")], dct)
    m = _RECENT.match(t)
    if not m:
        return None
    unit, n = m.group("u") or m.group("r") or m.group("rs"), m.group("n")
    count = int(n) if n and n.isdigit() else NUMBERS.get(n) if n else "X"
    if count is None:
        return None  # "in the past fiscal week": no count
    days = math.ceil(count * _UNIT_DAYS[unit]) if isinstance(count, int) else _SOME.get(unit, 7)  # "the last 48 hours": two days
    first = (dct - dt.timedelta(days=days)).isoformat()
    return f"{first}/{dct.isoformat()}", "DATE", "week" if days <= 7 else "month", first, dct.isoformat()


# An uncounted stretch back from publication: "days ago", "just weeks ago", "a few months ago", "hace unas semanas" (the
# text as tocsin.read.dates._clean leaves it). A counted one ("three weeks ago") is a day, week or month of its own.
_AGO = re.compile(r"(?:(?:just|only|mere)\s+)?(?:(?:a\s+)?few\s+|several\s+|some\s+)?(?P<u>hours|days|weeks|months)\s+ago$"
                  r"|(?:hoy\s+)?hace\s+(?:(?:unos|unas|varios|varias|pocos|pocas)\s+)?(?P<u2>horas|dias|semanas|meses)$")
_AGO_UNITS = {"hours": "H", "horas": "H", "days": "D", "dias": "D", "weeks": "W", "semanas": "W", "months": "M", "meses": "M"}
# Units back from publication an uncounted plural covers: from two (a plural) to six (past that, one would count)
_FEW = (2, 6)


def _ago(unit: str, dct: dt.date) -> tuple[str, str, str, str, str]:
    """(TIMEX3 value, type, precision, first day, last day) of the stretch "days ago", "weeks ago" or "months ago" tells:
    two to six of the unit before ``dct`` ("just weeks ago" in a story of August 25: July 14 to August 11); "hours
    ago" is the publication day."""
    if unit == "H":
        return dct.isoformat(), "DATE", "day", dct.isoformat(), dct.isoformat()
    if unit == "M":
        last, first = (_months_back(dct, n) for n in _FEW)
    else:
        step = dt.timedelta(days=7 if unit == "W" else 1)
        last, first = dct - _FEW[0] * step, dct - _FEW[1] * step
    precision = {"D": "week", "W": "month", "M": "quarter"}[unit]
    return f"{first.isoformat()}/{last.isoformat()}", "DATE", precision, first.isoformat(), last.isoformat()


def _months_back(d: dt.date, n: int) -> dt.date:
    year, month = divmod(d.month - 1 - n, 12)
    return dt.date(d.year + year, month + 1, min(d.day, calendar.monthrange(d.year + year, month + 1)[1]))
