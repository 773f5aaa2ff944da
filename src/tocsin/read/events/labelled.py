"""The time a timeline's entry is labelled with: an item or a bold-led paragraph that opens with a time and a colon
("- **April 1983:** The Islamic Jihad carried out a suicide car bombing at the U.S. Embassy in Beirut, killing 17
Americans.", "**August 1998:** Al-Qaeda suicide bombers …") says when each happening it tells took place
(docs/annotation.md §2.4: the date the text gives), however the parse hangs the label on the entry's sentence.

An entry's happening takes its label's time only where its own sentence gives it none and nothing in the entry moves
it off the label ("ultimately killing him the following year", "after kidnapping him the previous year", "later"):
a happening the entry tells apart keeps no date rather than a wrong one. Never a label after publication (a
schedule: "**March 12:** hearing"), never a step the text sets apart ("another", "the other"), never a happening not
told as past.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...models import Annotations, Event
from .apart_words import told_apart
from .scope import _listed_at

_CALENDAR = {"day", "part of day", "weekend", "week", "month", "quarter", "season", "year", "decade"}
# What may stand before the label in an entry: a bullet, markup, a number
_OPENING = re.compile(r"[\s\-*•·–—_#>\d.)]*")
_CLOSING = re.compile(r"[\s*_]*[:：]")
# Words that move a happening off the entry's label: another time counted from it, or told as earlier or later
_MOVED = re.compile(r"\b(?:later|earlier|previous|following|next|prior|ago|anterior|siguiente|posterior|después)\b", re.IGNORECASE)


def dated_by_label(events: list[Event], ann: Annotations, text: str, segs, published: str | None) -> list[Event]:
    """The events, each past happening of a timeline's entry that its own sentence does not date given the time the
    entry is labelled with."""
    out = []
    for e in events:
        if e.happened and e.incident and e.date_basis == "published" and (t := _label(ann, text, segs, e, published)) is not None:
            e = replace(e, date_value=t.value, date_begin=t.begin, date_end=t.end_date, date_precision=t.precision, date_basis="story")
        out.append(e)
    return out


def _label(ann: Annotations, text: str, segs, e: Event, published: str | None):
    """The time the entry holding ``e`` opens with, before a colon, when nothing between it and the happening moves
    the happening off it (another time, a word of order: ``_MOVED``); None otherwise."""
    entry = _listed_at(text, segs, e.trigger_start)
    if entry is None:
        return None
    opening = _OPENING.match(text, entry.start, entry.end).end()
    t = next((t for t in ann.times if t.start == opening and t.begin and t.end_date and t.precision in _CALENDAR), None)
    if t is None or not _CLOSING.match(text, t.end) or published and t.begin[:10] > published[:10]:
        return None
    if any(t.end < o.start < e.evidence_end for o in ann.times) \
            or _MOVED.search(text, t.end, e.evidence_end) \
            or told_apart(text, entry.start, e.trigger_start, e.target_text):
        return None
    return t
