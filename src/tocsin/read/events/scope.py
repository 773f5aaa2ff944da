"""Where and when the text around an event puts it, when its own sentence says nothing: the lead-in of the list
the event is an item of, the lede of the story a headline tells, and the time a news story last gave.

- A list's lead-in scopes its items. "Meet a few of the criminals arrested in Texas over the past weekend:" says
  where and when each arrest below it happened. An item that names no place of its own takes the one place the
  paragraph or heading before its list names ("It's clear Memphis needs help:", "ICE has taken these criminals
  off Georgia's streets"). Its time is narrower: an item that gives none takes the lead-in's one time only when the
  lead-in introduces the list (it ends with a colon) and tells the item's kind of happening (its words hold a
  trigger of that type: "Tonight, Democrats refused to applaud:" dates no designation listed below it). Both
  only for the happenings an item tells with a verb ("was arrested in Denver"), not a record it describes with a
  noun ("He has a conviction for assault"), nor one it marks as earlier ("has previously been removed").
- A headline tells the happening its story opens with, and the lede says when: "Man charged in bar stabbing.
  DAYTON — A man was charged Sunday after…". A happening of the first sentence with no time of its own takes the
  first time of the next two sentences, when that is a day, a weekend or a week in the week before publication
  (news leads with what is new; an older date there is background). The lede itself often leaves its time to the
  sentences after it ("A Gainesville man was arrested on drug charges, police said. Officers stopped him early
  Saturday…"): a happening of a news story's second sentence takes the first such time of the two after it, as
  the headline does, but never a court step (a lede's "previously convicted", "a convicted killer" is a record).
- A news story tells its happenings in order, and a sentence that gives no time goes on at the time the story
  last gave: "Police were called to the motel Tuesday. … Jones fled on foot but was picked up a short distance
  away." takes Tuesday for the arrest (docs/annotation.md §2.4: the document's timeline). Only a recent time (a
  day, a weekend or a week in the week before publication) given in the three sentences before, not one of
  saying ("police said Monday"); never for a court step, which the story dates on its own ("is charged with" is
  a state, the charge's day not told), nor for a happening in the past perfect ("he had stolen a car"), which
  the text sets before that time, nor in official releases and transcripts, which tell no one story in order.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from ...models import Annotations, Event
from ...structure import item_at
from ..anchor import home, office
from ..event_lexicon import ANOTHER
from .words import triggers

_CALENDAR = {"day", "part of day", "weekend", "week", "month", "quarter", "season", "year"}
_RECENT_PRECISIONS = {"day", "part of day", "weekend", "week"}
_INTRODUCES = re.compile(r":[\s*_\]]*$")  # "…arrested over the past weekend:**"
_MARKUP = re.compile(r"\s*(?:<[^>]*>\s*)*")  # a paragraph that is an image or a figure alone
_LEDE_SENTENCES = 2  # a dateline alone ("CHARLESTON, W.Va. --") and the lede
_NARRATIVE_SENTENCES = 3  # how far back a story's last time still holds
_COURT_STEPS = {"charge", "conviction"}
_PERFECT = re.compile(r"\b(?:had|[’']d|hab[íi]an?)\b", re.I)  # "had stolen", "he'd been shot", "había robado": before the story's time
_SAID = re.compile(r"\b(?:said|says|told|announced|reported|stated|confirmed|added|dijo|informó|anunció|declaró|afirmó)\s+(?:on\s+|el\s+)?$", re.I)


def scoped(events: list[Event], ann: Annotations, text: str, segs, published: str | None, language: str) -> list[Event]:
    """The events, each list item's given the place and time of its list's lead-in, the headline's the time of
    its lede, and a news story's the time it last gave, where their own sentences give none."""
    lede, second = _lede_time(ann, published, 0), _lede_time(ann, published, 1)
    headline_end = ann.sentences[0].end if ann.sentences else 0
    lede_end = ann.sentences[1].end if len(ann.sentences) > 1 else 0
    out = []
    for e in events:
        if e.happened and e.type != "presence":
            item = item_at(text, segs, e.trigger_start)
            if item is not None and not e.nominal and not ANOTHER.search(text, max(item.start, e.trigger_start - 40), e.trigger_start) \
                    and (lead := _lead_in(text, segs, item)) is not None:
                e = _from_lead_in(e, ann, text, lead, language)
            elif item is None and lede is not None and e.date_basis == "published" and e.evidence_start < headline_end:
                e = _dated(e, lede)
            elif item is None and e.date_basis == "published" and ann.genre == "news article" and e.type not in _COURT_STEPS \
                    and not _PERFECT.search(text, e.evidence_start, e.trigger_start):
                told = second if headline_end <= e.evidence_start < lede_end else _story_time(ann, text, e.evidence_start, published)
                e = _dated(e, told) if told is not None else e
        out.append(e)
    return out


def _lead_in(text: str, segs, item):
    """The paragraph or heading before the list ``item`` is in: the last segment before it that is neither an item
    nor markup alone (an image, a figure)."""
    return next((seg for seg in reversed([s for s in segs if s.end <= item.start])
                 if item_at(text, segs, seg.start) is None and not _MARKUP.fullmatch(text, seg.start, seg.end)), None)


def _from_lead_in(e: Event, ann: Annotations, text: str, lead, language: str) -> Event:
    if e.date_basis == "published" and _INTRODUCES.search(text[lead.start : lead.end]) \
            and e.type in {t[2] for t in triggers(text[lead.start : lead.end], language)}:
        times = {(t.value, t.begin, t.end_date, t.precision): t for t in ann.times
                 if lead.start <= t.start < lead.end and t.precision in _CALENDAR and t.begin}
        if len(times) == 1:
            e = _dated(e, next(iter(times.values())))
    if e.place_key is None:
        keys = {m.key for m in ann.mentions if m.kind == "place" and m.key and m.label != "NORP" and lead.start <= m.start < lead.end
                and not home(text, m.start, m.end) and not office(text, m.start, m.end)}
        places = {p.key: p for p in ann.places}
        if len(keys) == 1 and (key := next(iter(keys))) in places:
            e = replace(e, place_key=key, place_precision=places[key].precision, place_basis="story")
    return e


def _lede_time(ann: Annotations, published: str | None, index: int):
    """The first time the two sentences after sentence ``index`` give, when it is a day, weekend or week in the
    week before publication; else None."""
    if not published or len(ann.sentences) < index + 2:
        return None
    after = ann.sentences[index + 1 : index + 1 + _LEDE_SENTENCES]
    first = next((t for t in ann.times if after[0].start <= t.start < after[-1].end and t.precision in _CALENDAR and t.begin), None)
    if first is None or first.precision not in _RECENT_PRECISIONS:
        return None
    gap = (dt.date.fromisoformat(published) - dt.date.fromisoformat(first.begin[:10])).days
    return first if 0 <= gap <= 7 else None


def _story_time(ann: Annotations, text: str, start: int, published: str | None):
    """The last time the three sentences before ``start`` give, when it is a recent one (a day, a weekend or a week
    in the week before publication) and not the time something was said; else None."""
    before = [s for s in ann.sentences if s.end <= start][-_NARRATIVE_SENTENCES:]
    if not published or not before:
        return None
    times = [t for t in ann.times if before[0].start <= t.start and t.end <= start and t.precision in _CALENDAR and t.begin]
    if not times or times[-1].precision not in _RECENT_PRECISIONS or _SAID.search(text, max(0, times[-1].start - 30), times[-1].start):
        return None
    last = times[-1]
    gap = (dt.date.fromisoformat(published) - dt.date.fromisoformat(last.begin[:10])).days
    return last if 0 <= gap <= 7 else None


def _dated(e: Event, t) -> Event:
    return replace(e, date_value=t.value, date_begin=t.begin, date_end=t.end_date, date_precision=t.precision, date_basis="story")
