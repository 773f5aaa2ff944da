"""A happening the story dates by its noun: a report its own sentence gives no time takes the day the story gave the
noun of that happening elsewhere.

A story often dates a crime only where it names it in passing, as the offence of an arrest or a conviction, or as what
is being followed: "Two people have been arrested in Saturday's fatal shooting of a man … The three are accused of
killing Christofoli" (Saturday's killing), "Seven men were convicted over the brawl that took place … on 25 February
last year … The group smash the car windows and attack the pair" (the brawl's day), "we are tracking the string of
shootings that took place in Texas yesterday. And our thoughts are with the six victims who were killed". No event
may stand for such a noun (a legal step names its crime without telling it), so the time is read off the noun itself
(docs/annotation.md §2.4: the date the text gives the happening, from anywhere in the document):

- the time is the noun's by the parse: its possessive ("Saturday's fatal shooting"), a time hanging from it ("the
  shooting on Friday", "the death Sunday of"), or from a clause on it that tells it took place ("the brawl that took
  place on 25 February", "occurred", "happened");
- the report is of the noun's kind (``_KINDS``: a murder is a killing, a shooting an attack or, with its dead, a
  killing), asserted or alleged in the past, outside a list of cases and not told apart ("another", "earlier");
- the story dates that kind of happening one way only: one day (or month) for all its nouns of that kind, and no
  report of that kind dated otherwise by its own sentence, which would make it a story of several happenings.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...models import Annotations, Event
from .apart_words import told_apart
from .scope import _listed_at

# The nouns of a happening and the kinds of report each may stand for
_KINDS = {
    **dict.fromkeys(("murder", "murders", "killing", "killings", "slaying", "slayings", "homicide", "homicides",
                     "assassination", "massacre"), ("killing",)),
    **dict.fromkeys(("shooting", "shootings", "rampage"), ("attack", "killing")),
    **dict.fromkeys(("stabbing", "stabbings", "assault", "attack", "attacks", "brawl", "beating", "ambush"), ("attack",)),
    **dict.fromkeys(("robbery", "robberies", "burglary", "burglaries", "holdup", "heist", "carjacking"), ("robbery",)),
    **dict.fromkeys(("kidnapping", "abduction"), ("abduction",)),
}
_FATAL = {"fatal", "deadly"}  # "Saturday's fatal shooting": a killing only
_HAPPENED = re.compile(r"occur(?:s|red)?|happen(?:s|ed)?|unfold(?:s|ed)?|erupt(?:s|ed)?")
_TAKE = re.compile(r"t(?:ake|akes|ook|aken)")
_DATED = {"day", "part of day", "month"}


def dated_by_noun(events: list[Event], ann: Annotations, text: str, segs, doc, published: str | None) -> list[Event]:
    """The events, each undated report of a happening given the day the story gives that happening's noun."""
    if not published or doc is None or not doc.has_annotation("DEP"):
        return events
    days: dict[str, set[tuple]] = {}
    for t in ann.times:
        if t.precision in _DATED and t.begin and t.end_date and t.begin[:10] <= published and (kinds := _noun_kinds(doc, t)):
            for kind in kinds:
                days.setdefault(kind, set()).add((t.value, t.begin, t.end_date, t.precision))
    for e in events:  # a kind the story dates in a report's own sentence apart from its nouns: several happenings
        if e.type in days and e.date_basis == "sentence" and (e.date_value, e.date_begin, e.date_end, e.date_precision) not in days[e.type]:
            days[e.type].add((e.date_value, e.date_begin, e.date_end, e.date_precision))
    return [_dated(e, days.get(e.type, set()), text, segs) for e in events]


def _dated(e: Event, days: set[tuple], text: str, segs) -> Event:
    if len(days) != 1 or not (e.happened and e.incident and e.date_basis == "published") or e.modality == "negated" \
            or _listed_at(text, segs, e.trigger_start) is not None \
            or told_apart(text, e.evidence_start, e.trigger_start, e.target_text):
        return e
    value, begin, end, precision = next(iter(days))
    return replace(e, date_value=value, date_begin=begin, date_end=end, date_precision=precision, date_basis="story")


def _noun_kinds(doc, t) -> tuple[str, ...]:
    """The kinds of report the noun a time dates may stand for ("Saturday's fatal shooting": a killing), or none when
    the time dates no happening's noun."""
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None:
        return ()
    outside = [w for w in span if not span.start <= w.head.i < span.end or w.head.i == w.i]  # "the March 2": March, not "the"
    noun = _noun_of(next((w for w in outside if w.dep_ not in ("det", "punct")), span.root))
    if noun is None:
        return ()
    kinds = _KINDS[noun.lower_]
    return ("killing",) if "killing" in kinds and any(c.lower_ in _FATAL for c in noun.children) else kinds


def _noun_of(node):
    """The happening's noun a time token belongs to: its possessive, a time hanging from it (directly or through a
    preposition), or one in a clause on it that tells it took place."""
    head = node.head
    if head.i == node.i:
        return None
    if node.dep_ in ("poss", "npadvmod", "nmod", "compound") and head.lower_ in _KINDS and head.tag_.startswith("NN"):
        return head  # "Saturday's fatal shooting", "the death Sunday of"
    if node.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head  # "the shooting on Friday", "took place on 25 February"
    elif node.dep_ == "prep":
        pass  # the time written with its preposition: "on 25 February last year"
    elif node.dep_ not in ("npadvmod", "tmod"):
        return None
    if head.lower_ in _KINDS and head.tag_.startswith("NN"):
        return head
    if head.dep_ == "relcl" and _took_place(head) and head.head.lower_ in _KINDS:
        return head.head  # "the shootings that took place in Texas yesterday"
    return None


def _took_place(verb) -> bool:
    """Whether a clause's verb tells its noun happened: "occurred", "happened", "took place" (not "were taken up")."""
    return bool(_HAPPENED.fullmatch(verb.lower_)) or bool(_TAKE.fullmatch(verb.lower_)) and any(
        c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)
