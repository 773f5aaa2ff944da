"""Where and when the text around an event puts it, when its own sentence says nothing: the lead-in of the list
the event is an item of, and the lede of the story a headline tells.

- A list's lead-in scopes its items. "Meet a few of the criminals arrested in Texas over the past weekend:" says
  where and when each arrest below it happened. An item that names no place of its own takes the one place the
  paragraph or heading before its list names ("It's clear Memphis needs help:", "ICE has taken these criminals
  off Georgia's streets"; a town written with its state, "In Washington, D.C.,", is one place: the town). Its time is narrower: an item that gives none takes the lead-in's one time only when the
  lead-in introduces the list (it ends with a colon) and tells the item's kind of happening (its words hold a
  trigger of that type: "Tonight, Democrats refused to applaud:" dates no designation listed below it). Both
  only for the happenings an item tells with a verb ("was arrested in Denver"), not a record it describes with a
  noun ("He has a conviction for assault"), nor one it marks as earlier ("has previously been removed").
- A headline tells the happening its story opens with, and the lede says when: "Man charged in bar stabbing.
  DAYTON — A man was charged Sunday after…". A happening of the first sentence with no time of its own takes the
  first time of the next two sentences, when that is a day, a weekend or a week in the week before publication
  (news leads with what is new; an older date there is background).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from ...models import Annotations, Event
from ...structure import at, item_at
from ..anchor import home, office
from ..event_lexicon import ANOTHER
from .records import _within, removed_to
from .words import triggers

_CALENDAR = {"day", "part of day", "weekend", "week", "month", "quarter", "season", "year"}
_RECENT_PRECISIONS = {"day", "part of day", "weekend", "week"}
_INTRODUCES = re.compile(r":[\s*_\]]*$")  # "…arrested over the past weekend:**"
_MARKUP = re.compile(r"\s*(?:<[^>]*>\s*)*")  # a paragraph that is an image or a figure alone
_LEDE_SENTENCES = 2  # a dateline alone ("CHARLESTON, W.Va. --") and the lede


def scoped(events: list[Event], ann: Annotations, text: str, segs, published: str | None, language: str) -> list[Event]:
    """The events, each list item's given the place and time of its list's lead-in, and the headline's the
    time of its lede, where their own sentences give none."""
    lede = _lede_time(ann, published)
    headline_end = ann.sentences[0].end if ann.sentences else 0
    out = []
    for e in events:
        if e.happened and e.type != "presence":
            item = _listed_at(text, segs, e.trigger_start)
            if item is not None and not e.nominal and not ANOTHER.search(text, max(item.start, e.trigger_start - 40), e.trigger_start) \
                    and (lead := _lead_in(text, segs, item)) is not None:
                e = _from_lead_in(e, ann, text, lead, language)
            if item_at(text, segs, e.trigger_start) is None and lede is not None and e.date_basis == "published" \
                    and e.evidence_start < headline_end:
                e = _dated(e, lede)
        out.append(e)
    return out


def _lead_in(text: str, segs, item):
    """The paragraph or heading before the list ``item`` is in: the last segment before it that is neither an item
    nor markup alone (an image, a figure)."""
    return next((seg for seg in reversed([s for s in segs if s.end <= item.start])
                 if _listed_at(text, segs, seg.start) is None and not _MARKUP.fullmatch(text, seg.start, seg.end)), None)


def _listed_at(text: str, segs, offset: int):
    """The list item holding ``offset`` (structure.item_at), or the paragraph that opens with a name in bold as the
    text was written (Segment.bold_lead: "**Jose Valdez-Flores**, a 43-year-old Mexican national, was arrested…"
    under "the criminal illegal immigrants taken off our streets in recent days:"). A lead-in scopes both; the
    rest of the document is not kept from a bold-led paragraph, whose reports the story tells as its own."""
    seg = at(segs, offset)
    return item_at(text, segs, offset) or (seg if seg is not None and seg.bold_lead else None)


def _from_lead_in(e: Event, ann: Annotations, text: str, lead, language: str) -> Event:
    if e.date_basis == "published" and _INTRODUCES.search(text[lead.start : lead.end]) and _tells(e.type, text[lead.start : lead.end], language):
        times = {(t.value, t.begin, t.end_date, t.precision): t for t in ann.times
                 if lead.start <= t.start < lead.end and t.precision in _CALENDAR and t.begin}
        if len(times) == 1:
            e = _dated(e, next(iter(times.values())))
    if e.place_key is None:
        named = [m for m in ann.mentions if m.kind == "place" and m.key and m.label != "NORP" and lead.start <= m.start < lead.end
                 and not home(text, m.start, m.end) and not office(text, m.start, m.end)
                 and (e.type == "extradition" or not removed_to(text, language, lead.start, m))]
        places = {p.key: p for p in ann.places}
        keys = {m.key for m in named} - _written_as_parent(named, places, text)
        if len(keys) == 1 and (key := next(iter(keys))) in places:
            e = replace(e, place_key=key, place_precision=places[key].precision, place_basis="story")
    return e


def _written_as_parent(named: list, places: dict, text: str) -> set[str]:
    """The keys of the places written only as the state or country of the place before them ("In Aurora, Colorado,"
    names one place, the town; "in Boston and across Massachusetts" names two)."""
    after = {i for i in range(1, len(named)) if _COMMA.fullmatch(text, named[i - 1].end, named[i].start)
             and _within(places.get(named[i - 1].key), places.get(named[i].key))}
    return {m.key for i, m in enumerate(named) if i in after} - {m.key for i, m in enumerate(named) if i not in after}


_COMMA = re.compile(r",\s*")


def _tells(kind: str, lead: str, language: str) -> bool:
    """Whether a lead-in tells its items' kind of happening: a trigger of that type in its words, or for arrests
    the idiom of taking people off the streets ("the criminal illegal immigrants taken off our streets in recent
    days:", "removed from the streets")."""
    return kind in {t[2] for t in triggers(lead, language)} or kind == "arrest" and bool(_OFF_THE_STREETS.get(language, _NEVER).search(lead))


_OFF_THE_STREETS = {
    "en": re.compile(r"\b(?:tak|tak(?:en|ing)|took|get|got(?:ten)?|getting|pull(?:ed|ing)?|remov(?:e|ed|ing)|sweep|swept)\b[^.:;]{0,80}?"
                     r"\b(?:off|from)\s+(?:of\s+)?(?:the|our|their|its|America['’]s|American)\s+streets\b", re.I),
    "es": re.compile(r"\b(?:sac(?:ar|ó|aron|ado|ados|adas?)|retir(?:ar|ó|aron|ado|ados|adas?))\b[^.:;]{0,80}?\bde\s+las\s+calles\b", re.I),
}
_NEVER = re.compile(r"(?!)")


def _lede_time(ann: Annotations, published: str | None):
    """The first time the two sentences after the first give, when it is a day, weekend or week in the week
    before publication; else None."""
    if not published or len(ann.sentences) < 2:
        return None
    after = ann.sentences[1 : 1 + _LEDE_SENTENCES]
    first = next((t for t in ann.times if after[0].start <= t.start < after[-1].end and t.precision in _CALENDAR and t.begin), None)
    if first is None or first.precision not in _RECENT_PRECISIONS:
        return None
    gap = (dt.date.fromisoformat(published) - dt.date.fromisoformat(first.begin[:10])).days
    return first if 0 <= gap <= 7 else None


def _dated(e: Event, t) -> Event:
    return replace(e, date_value=t.value, date_begin=t.begin, date_end=t.end_date, date_precision=t.precision, date_basis="story")
