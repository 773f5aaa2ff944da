"""A charge told in the present: "X is charged with" tells where the charges stand, and the day they were brought is
the one the document gives its charges.

A release or a story announces a charge as the day's news ("today announced the filing of a criminal information",
"the charges filed today", "prosecutors charged a teenager on Monday") and then says what it holds in the present:
"Eli Lilly is charged in the information with promoting…", "LAN Cargo and ABSA are charged with engaging in the
conspiracy", "He is charged with second-degree murder". Those charges are the ones brought that day: the
publication day, when the document tells its charges as brought on it (docs/annotation.md §2.4: the date the text
gives). The rule holds only for

- a charge event its own sentence gives no time, told by "charged" as a passive in the present ("is charged", "are
  charged"), not a past ("was charged" may be older), nor a participle that describes someone ("is at the county
  jail, charged with assault"), nor a noun ("is wanted on 11 felony charges", "is facing a charge");
- a document that names a charge on the day it is issued: a time on the publication day (a day, or a part of it:
  "today", "on Monday" when Monday is the publication day) in a sentence with a word of charging.

English only: the rule reads the verb's tense off the parse.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...models import Annotations, Event

_PRESENT = {"is", "are", "'s", "’s"}
# The words a sentence brings charges with: "charged", "charges", "indicted", "an indictment", "a criminal
# information", "filed a complaint"; not "the detective in charge", "anyone with information", "a noise complaint"
_CHARGING = re.compile(r"(?<!\bin )\bcharge\b|\b(?:charg(?:es|ed|ing)|indict(?:ed|ment|ments)?|criminal\s+(?:information|complaint)|"
                       r"fil(?:ed|ing|es?)\s+(?:of\s+)?(?:an?\s+|the\s+)?(?:information|complaint))\b", re.IGNORECASE)


def charged_today(events: list[Event], ann: Annotations, text: str, doc, published: str | None, language: str) -> list[Event]:
    """The events, each charge told in the present dated the day the document names its charges (module doc)."""
    if not published or language != "en" or doc is None or not doc.has_annotation("DEP") \
            or not any(_charges_today(ann, text, s.start, s.end, published) for s in ann.sentences):
        return events
    return [replace(e, date_value=published, date_begin=published, date_end=published, date_precision="day", date_basis="story")
            if _told_in_the_present(e, doc) else e for e in events]


def _charges_today(ann: Annotations, text: str, start: int, end: int, published: str) -> bool:
    """Whether a sentence names charges on the publication day: a day of its times is that day, and it has a word of
    charging."""
    return any(start <= t.start < end and t.begin and t.begin[:10] == published and t.precision in ("day", "part of day")
               for t in ann.times) and bool(_CHARGING.search(text, start, end))


def _told_in_the_present(e: Event, doc) -> bool:
    """Whether an undated charge is told by "charged" as a passive in the present ("is charged with", "are charged
    in the indictment")."""
    if e.type != "charge" or not (e.happened and e.incident) or e.date_basis != "published" or e.modality == "negated":
        return False
    span = doc.char_span(e.trigger_start, e.trigger_end, alignment_mode="expand")
    verb = next((t for t in span if t.lower_ == "charged" and t.tag_ == "VBN"), None) if span is not None else None
    return verb is not None and any(c.dep_ == "auxpass" and c.lower_ in _PRESENT for c in verb.children)
