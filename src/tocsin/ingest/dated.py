"""The date an undated document's own text states for itself.

Many pages and feed items carry no publication date in their markup or
headers, but their text opens with one: a date line ("Monday, March 3,
2025", "FOR IMMEDIATE RELEASE — March 3, 2025") or a dateline
("WASHINGTON, March 3, 2025 —", "LIMA, 3 de marzo de 2025 —"). That date is
the document's, by the conventions of news and official releases. A date
anywhere else in the text is about something the text reports, not about
the text, so it is never taken: such a document stays undated, and what it
reports is dated only by its own full dates.
"""

from __future__ import annotations

import datetime as dt
import re

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5, "jun": 6,
    "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10,
    "nov": 11, "november": 11, "dec": 12, "december": 12,
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DATE = re.compile(
    rf"\b(?:(?P<m1>{_MONTH})\.?\s+(?P<d1>\d{{1,2}}),?\s+(?P<y1>\d{{4}})"  # March 3, 2025
    rf"|(?P<d2>\d{{1,2}})\s+(?:de\s+)?(?P<m2>{_MONTH})\.?,?\s+(?:de(?:l)?\s+)?(?P<y2>\d{{4}})"  # 3 March 2025, 3 de marzo de 2025
    r"|(?P<y3>\d{4})-(?P<m3>\d\d)-(?P<d3>\d\d))\b",  # 2025-03-03
    re.IGNORECASE,
)
_DATELINE_END = re.compile(r"\s[—–-]{1,2}\s|\(")  # "WASHINGTON, March 3, 2025 — …", "LIMA, 3 mar (Agency) …"
OPENING_LINES = 3
DATE_LINE_WORDS = 12  # a line this short around a date is a date line, not a sentence about something


def _iso(match: re.Match) -> str | None:
    year, month, day = (match["y1"] or match["y2"] or match["y3"]), (match["m1"] or match["m2"] or match["m3"]), \
        (match["d1"] or match["d2"] or match["d3"])
    month_no = int(month) if month.isdigit() else MONTHS[month.lower()]
    try:
        date = dt.date(int(year), month_no, int(day))
    except ValueError:
        return None
    return date.isoformat() if 1990 <= date.year <= dt.date.today().year + 1 else None


def stated_date(text: str) -> str | None:
    """The ISO date the opening of ``text`` states for the document (a date line or a dateline), or None."""
    lines = [line.strip() for line in text[:1000].splitlines() if line.strip()][:OPENING_LINES]
    for line in lines:
        head = line[: m.start()] if (m := _DATELINE_END.search(line)) else line
        for part in (head, line):
            if len(part.split()) > DATE_LINE_WORDS:
                continue
            if found := _DATE.search(part):
                return _iso(found)
    return None
