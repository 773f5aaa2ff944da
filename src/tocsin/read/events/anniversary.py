"""A happening dated by its anniversary: "On the second anniversary of Laken Riley's murder, we remember her" (a
statement of February 2026: the murder is of February 2024), "Tuesday marked the first anniversary of the shooting"
(the shooting: a year before that Tuesday), "en el tercer aniversario del asesinato".

An anniversary is kept on or about its day, so the count back from the time of writing is good to the month; to
the day only where the sentence names the day it falls on ("Tuesday", "today"). The count is the ordinal's years;
only the happening the "of" phrase tells is dated ("On the tenth anniversary of the massacre, police arrested…":
the massacre, never the arrest). A sentence that dates the happening itself is left to its own time (records).
"""

from __future__ import annotations

import datetime as dt
import re

from .when import TODAY, back_from, day_named_before

_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
             "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "fifteenth": 15, "twentieth": 20, "thirtieth": 30,
             "fortieth": 40, "fiftieth": 50, "hundredth": 100, "one-year": 1, "two-year": 2, "five-year": 5, "ten-year": 10,
             "primer": 1, "segundo": 2, "tercer": 3, "cuarto": 4, "quinto": 5, "sexto": 6, "séptimo": 7, "octavo": 8,
             "noveno": 9, "décimo": 10}
# The ordinal, the anniversary word and its link to the happening, with up to seven words before the trigger; never
# the last part of a compound ordinal ("twenty-fifth", "vigésimo quinto"), which the table does not count
_ANNIVERSARY = {
    "en": re.compile(r"(?<![\w-])(?P<n>\d{1,3}(?:st|nd|rd|th)|[a-z]+(?:-year)?)\s+anniversary\s+of\s+(?:[\w'’.,-]+\s+){0,7}$",
                     re.IGNORECASE),
    "es": re.compile(r"(?<![\w-])(?<!vigésimo )(?<!trigésimo )(?<!cuadragésimo )(?P<n>\d{1,3}[º°o]?|[a-záéíóúñ]+)\s+aniversario\s+(?:del?)\s+(?:[\wáéíóúñ'’.,-]+\s+){0,7}$",
                     re.IGNORECASE),
}
_LINKS = {"of", "de", "del"}


def anniversary_of(text: str, sentence: tuple[int, int], trigger_start: int, trigger, times, published: str | None,
                   language: str):
    """(value, begin, end, precision) of a happening the sentence names the anniversary of: the ordinal's years
    before the day the sentence names ahead of it ("Tuesday marked"; a day named after it is another's: "designating
    February 22 as National Angel Family Day"), or before publication (the month; the day when "today" comes just before the ordinal: "Today marks the first
    anniversary"). None when the sentence names no anniversary of the trigger."""
    pattern = _ANNIVERSARY.get(language)
    m = pattern.search(text, sentence[0], trigger_start) if pattern and trigger is not None else None
    years = m and _years(m.group("n"))
    if not m or not years or not _in_the_phrase(trigger, m.end("n")):
        return None
    if anchor := day_named_before(times, sentence[0], m.start()):
        exact = True
    elif published:
        anchor, exact = dt.date.fromisoformat(published), bool(TODAY.search(text, max(sentence[0], m.start() - 40), m.start()))
    else:
        return None
    return back_from(anchor, years, "Y", "D" if exact else "M")


def _years(word: str) -> int | None:
    """The count of an ordinal: "second", "10th", "one-year", "tercer"."""
    word = word.lower()
    digits = re.match(r"\d+", word)
    return int(digits.group()) if digits else _ORDINALS.get(word)


def _in_the_phrase(trigger, ordinal_end: int) -> bool:
    """Whether the trigger is told inside the anniversary's "of" phrase, by the parse ("the second anniversary of
    Laken Riley's murder"), not beside it."""
    doc = trigger.doc
    word = next((t for t in doc if t.idx < ordinal_end <= t.idx + len(t)), None)
    if word is None:
        return False
    link = next((t for t in doc[word.i + 1 : word.i + 5] if t.lower_ in _LINKS), None)
    return link is not None and trigger.i in {t.i for t in link.subtree} and trigger.i != link.i
