"""One happening in each place a coordination lists where it happened.

"Al-Qaeda bombed U.S. embassies in Kenya and Tanzania", "seven targets were arrested in Colombia, Greece, and
Guatemala", "the violence that murdered children in Sandy Hook and Uvalde": one sentence tells a happening of one type
in several places, and each place holds a happening of its own (docs/annotation.md §2.3: a sentence that reports
separate happenings of one type gives one event each). The rules place the event at the first place of the list; the
other places of the same coordination each get a copy of it. A place the first lies in or holds is the same place
written twice ("Buffalo, New York"), a nationality is no place, and an event whose place is not where it happened (a
designation's authority, an extradition's destination, a presence claim, already one per place) is left alone. The
list must tell where the act itself was done, its "in" hung on the act's word or on whom or what it took ("bombed
embassies in Kenya and Tanzania"), not on another clause of the sentence ("a leader whose cliques operate in Virginia
and Maryland", "sparked protests in Mexico City and Guadalajara"). The dead and hurt are counted on the first place
only: the count the sentence gives is of the whole happening, not of each place, which it does not divide.
"""

from __future__ import annotations

from dataclasses import replace

from ...models import Event
from ..placenames import within

_NOT_THE_SCENE = ("presence", "designation", "extradition")
_LOCATIVE = {"in", "at", "across", "throughout", "inside", "near", "en"}


def each_place(events: list[Event], ann, doc) -> list[Event]:
    """``events``, each placed by its sentence followed by a copy of it at every other place listed with its own."""
    places = {p.key: p for p in ann.places}
    out = []
    for e in events:
        out.append(e)
        if e.type in _NOT_THE_SCENE or e.place_basis != "sentence" or e.place_key not in places:
            continue
        out += [replace(e, place_key=key, place_precision=places[key].precision, fatalities=None, injured=None)
                for key in _listed_with(e, ann, doc, places)]
    return out


def _listed_with(e: Event, ann, doc, places: dict) -> list[str]:
    """The keys of the places coordinated with the event's own place in its sentence ("in Kenya and Tanzania"), in
    their order, none the same place written twice or lying in another of the list."""
    in_sentence = [m for m in ann.mentions if m.kind == "place" and m.key in places and m.label != "NORP"
                   and e.evidence_start <= m.start and m.end <= e.evidence_end]
    own = next((m for m in in_sentence if m.key == e.place_key), None)
    span = doc.char_span(own.start, own.end, alignment_mode="expand") if own else None
    if span is None:
        return []
    trigger = doc.char_span(e.trigger_start, e.trigger_end, alignment_mode="expand")
    if trigger is None or not _where(span.root, trigger.root):
        return []
    keys = [e.place_key]
    for token in span.root.conjuncts:
        other = next((m for m in in_sentence if m.start <= token.idx < m.end), None)
        if other is not None and all(other.key != k and not _nested(places[other.key], places[k]) for k in keys):
            keys.append(other.key)
    return keys[1:]


_TAKEN = {"dobj", "nsubjpass", "nsubj", "pobj"}  # whom or what the act took: "bombed embassies", "children were killed"


def _where(token, trigger) -> bool:
    """Whether the list a place heads tells where the act was done, as the object of a preposition of place that the
    act's word or whom it took governs ("bombed embassies in Kenya and Tanzania", "were arrested in Colombia, Greece,
    and Guatemala"); not the countries a clause names as who took part ("an action involving the United States, China,
    and Mexico"), nor where another clause happens ("whose cliques operate in Virginia and Maryland")."""
    first = token if token.dep_ != "conj" else token.head
    while first.dep_ == "conj":
        first = first.head
    if first.dep_ != "pobj" or first.head.lower_ not in _LOCATIVE:
        return False
    holder = first.head.head
    return holder.i == trigger.i or holder.dep_ in _TAKEN and holder.head.i == trigger.i \
        or holder.dep_ == "pobj" and holder.head.head.i == trigger.i \
        or trigger.dep_ in ("amod", "compound") and trigger.head.i == holder.i  # "the killing of children in Uvalde";
    # "bombed U.S. embassies in Kenya and Tanzania", where the parse makes the act's word a modifier of what it took


def _nested(a, b) -> bool:
    """Whether one of two places lies in the other: one place written twice ("Aurora, Colorado")."""
    return within(a, b) or within(b, a)
