"""A government's step told among the day's actions: it is dated by the "today" that announces them.

A release, a statement or a briefing announces what a government did today and then tells its actions one by one,
each in a sentence that gives no time of its own: "Today, the Biden-Harris Administration took new actions to halt
the spread of Tren de Aragua … First, the Department of the Treasury designated Tren de Aragua", "the U.S.
Department of Treasury today sanctioned 17 targets … Concurrently, the Justice Department unsealed indictments
against 60 defendants", "Separately, the Department of Justice also unsealed … charges against five individuals.
And today's actions …". Each step is one of today's: the day the document is issued (docs/annotation.md §2.4, the
date the text gives). The rule holds only where a reader would carry the day over:

- the step is a charge, a designation or an extradition, the steps a government makes known the day it takes them,
  told by a verb in the active simple past, or a noun it takes as its object, whose subject is an agency or a
  government ("the Treasury designated", "the Justice Department unsealed indictments"): not a person's step told in the passive ("Smith was indicted by a grand jury"),
  which a release announcing today's sentence tells as an earlier one;
- its sentence gives no time of its own;
- "today" is the last time the few sentences before name, with nothing between that moves off it ("the next day",
  "later"), or a time its own sentence or the next names after the trigger ("And today's actions were based on").

English only: the rule reads the verb's voice and subject off the parse.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...models import Annotations, Event

_REACH = 3  # sentences back from the step's own
_STEPS = {"charge", "designation", "extradition"}
_TODAY = re.compile(r"\btoday(?:['’]s)?\b", re.IGNORECASE)
# Words that move off the day between "today" and the step: another day, a time before or after it
_MOVED = re.compile(r"\b(?:later|earlier|previously|the\s+(?:next|following|previous)\s+(?:day|morning|week))\b", re.IGNORECASE)
# Heads of a subject that name an agency or a government when the model tags no organization on them
_AGENCY = {"department", "treasury", "administration", "government", "ofac", "office", "ministry", "agency",
           "bureau", "dea", "fbi", "ice", "dhs"}


def todays_steps(events: list[Event], ann: Annotations, text: str, doc, published: str | None, language: str) -> list[Event]:
    """The events, each government's step told among the day's actions dated the publication day (module doc)."""
    if not published or language != "en" or doc is None or not doc.has_annotation("DEP"):
        return events
    return [_today(e, published) if _among_todays(e, ann, text, doc, published) else e for e in events]


def _today(e: Event, published: str) -> Event:
    return replace(e, date_value=published, date_begin=published, date_end=published, date_precision="day", date_basis="story")


def _among_todays(e: Event, ann: Annotations, text: str, doc, published: str) -> bool:
    """Whether an event is a government's step its sentence does not date, told among the day's actions."""
    if e.type not in _STEPS or not (e.happened and e.incident) or e.date_basis != "published" or e.modality == "negated":
        return False
    span = doc.char_span(e.trigger_start, e.trigger_end, alignment_mode="expand")
    verb = next((t for t in span if t.tag_ == "VBD"), None) if span is not None else None
    noun = next((t for t in span if t.tag_.startswith("NN")), None) if span is not None else None  # "charges against"
    if verb is None and noun is not None and (noun := _object_of(noun)).dep_ == "dobj" and noun.head.tag_ == "VBD":
        verb = noun.head  # "unsealed indictments against 60 defendants", "issued sanctions against": the step's noun
    if verb is None or any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children) or not _agency(doc, _subject(verb)):
        return False
    return _today_before(e, ann, text, published) or _today_after(e, ann, text, published)


def _object_of(noun):
    """The noun phrase a step's noun stands in: the first of the nouns it is listed with ("unsealed indictments and
    charges"), and what it is a set of ("unsealed a combination of smuggling, laundering and trafficking charges")."""
    while True:
        while noun.dep_ == "conj" and noun.head.i != noun.i and noun.head.tag_.startswith("NN"):
            noun = noun.head
        if noun.dep_ != "pobj" or noun.head.lower_ != "of" or noun.head.head.i == noun.head.i or not noun.head.head.tag_.startswith("NN"):
            return noun
        noun = noun.head.head


def _subject(verb):
    """The verb's subject, or its first conjunct's ("the Treasury sanctioned 17 targets and designated …")."""
    while True:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None or verb.dep_ != "conj" or verb.head.i == verb.i:
            return subject
        verb = verb.head


def _agency(doc, subject) -> bool:
    """Whether a subject names an agency or a government: an organization or a country by the model, or an agency's
    word at its head ("the Justice Department", "Treasury")."""
    if subject is None:
        return False
    return subject.lower_ in _AGENCY or any(ent.label_ in ("ORG", "GPE") and ent.root.i == subject.i for ent in doc.ents)


def _times(ann: Annotations, published: str, start: int, end: int) -> list:
    """The times named between two offsets, but a period that runs up to the day the document is issued, told as the
    background of the day ("one of the largest suppliers over the last two decades")."""
    return [t for t in ann.times if start <= t.start and t.end <= end and t.begin and t.end_date
            and not (t.precision not in ("day", "part of day") and t.begin[:10] < published <= t.end_date[:10])]


def _is_today(t, text: str, published: str) -> bool:
    return t.begin[:10] == published and t.precision in ("day", "part of day") and bool(_TODAY.search(text, t.start, t.end))


_TODAYS = re.compile(r"today['’]s\b", re.IGNORECASE)


def _today_before(e: Event, ann: Annotations, text: str, published: str) -> bool:
    """Whether "today" is the last time the few sentences before the step name, nothing between moving off it."""
    before = [s for s in ann.sentences if s.end <= e.evidence_start][-_REACH:]
    if not before:
        return False
    times = _times(ann, published, before[0].start, e.evidence_start)
    return bool(times) and _is_today(times[-1], text, published) and not _MOVED.search(text, times[-1].end, e.trigger_start)


def _today_after(e: Event, ann: Annotations, text: str, published: str) -> bool:
    """Whether the first time named after the trigger, in its sentence or the next, is the day's actions told as
    "today's" ("And today's actions"): a plain "today" there may tell the present ("Today, he remains at large")."""
    after = [s for s in ann.sentences if s.start >= e.evidence_end][:1]
    end = after[0].end if after else e.evidence_end
    times = _times(ann, published, e.trigger_end, end)
    return bool(times) and _is_today(times[0], text, published) and bool(_TODAYS.match(text, times[0].start))
