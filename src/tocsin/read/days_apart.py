"""Days told apart from a day just named: "the day before", "the next day", "the following morning", "two days later".

These words anchor on no calendar of their own but on the day the text has just given: "police probed the bomb blast
that ripped through a church the day before" in a sentence that opens "on Monday" is Sunday; "He was arrested the
next day" after "shot Tuesday night" is Wednesday. The day is the last time written before the words, in the same
paragraph and close by (``_REACH``); when that last time is no day (a month, a year), the words name none. Words that
take an object of their own count from it, not from the day before them ("the day before the election", "two days
after the attack", "the day after Thanksgiving", "the night before he was killed"): left alone (``events.when``
counts the second back from its day).
"""

from __future__ import annotations

import datetime as dt
import re

from .date_words import NUMBERS

_REACH = 400  # characters back to the day the words count from
_DAYS = {"day", "part of day"}
FIND = re.compile(
    r"\b(?:the\s+(?:(?P<way>next|following|previous|preceding)\s+(?:day|morning|afternoon|evening|night)"
    r"|(?:day|morning|afternoon|evening|night)\s+(?P<side>before|after|earlier))"
    r"|(?P<n>\d{1,2}|[a-z]+(?:-[a-z]+)?)\s+days?\s+(?P<count>later|earlier|after|before))"
    r"\b", re.IGNORECASE)
# "before" or "after" standing alone, so that the words count from the day just named: a point, the text's end or a
# conjunction follows; anything else is the object it counts from ("the day before police found the body", "the day
# after tomorrow", "two days after sentencing")
_ALONE = re.compile(r"\s*(?:[,.;:!?)\]—–]|$)|\s+(?:and|but|when|as|while|or)\b", re.IGNORECASE)
# A count that names a stretch, not a day: "in the 30 days before", "the two days after"
_STRETCH = re.compile(r"\b(?:the|those|these|last|past|first)\s+$", re.IGNORECASE)
_BACK = {"previous", "preceding", "before", "earlier"}


def apart(text: str, times: list, make) -> list:
    """The times, with each day told apart from the day just named added where nothing else covers its words.
    ``make(start, end, value, begin, guessed)`` builds one."""
    out = list(times)
    for m in FIND.finditer(text):
        if any(t.start < m.end() and m.start() < t.end for t in out) \
                or (m.group("side") or m.group("count") or "").lower() in ("before", "after") and not _ALONE.match(text, m.end()) \
                or m.group("count") and _STRETCH.search(text, max(0, m.start() - 8), m.start()):
            continue
        shift = _shift(m)
        anchor = max((t for t in out if t.end <= m.start() and t.begin), key=lambda t: t.end, default=None)
        if shift is None or anchor is None or anchor.precision not in _DAYS or m.start() - anchor.end > _REACH \
                or "\n" in text[anchor.end : m.start()]:
            continue
        day = (dt.date.fromisoformat(anchor.begin[:10]) + dt.timedelta(days=shift)).isoformat()
        out.append(make(m.start(), m.end(), day, day, anchor.guessed))
    return sorted(out, key=lambda t: t.start)


def _shift(m) -> int | None:
    """How many days the words move from the day before them: -1 for "the day before", 2 for "two days later"; None
    for a count that is no number."""
    way = (m.group("way") or m.group("side") or m.group("count")).lower()
    n = 1 if m.group("n") is None else int(m.group("n")) if m.group("n").isdigit() else NUMBERS.get(m.group("n").lower())
    if not isinstance(n, int):
        return None
    return -n if way in _BACK else n
