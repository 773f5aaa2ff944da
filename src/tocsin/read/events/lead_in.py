"""The agency a list's lead-in says did the acts its items tell: "ICE has taken scores of criminal illegal aliens off
Georgia's streets." then "- A criminal illegal alien from Mexico … was arrested." (docs/annotation.md §2.4: the
actor of a legal event is the authority). Only where the lead-in's agency is the subject of a verb of the item's own
kind of step: an agency that announced the items, or did a step of another kind ("ICE removed these aliens:"), is not
their actor; nor is it the actor of an arrest or charge an item tells as a noun of a person's record ("a national with
previous arrests for robbery"), made before and by whoever made it."""

from __future__ import annotations

import re

from ...models import Mention

_BULLET = re.compile(r"[ \t]*(?:[-–—*•]|\d+\.)[ \t]+")
# the steps a lead-in's verb tells, by the event type of its items ("taken … off the streets" is an arrest)
_STEPS = {"arrest": {"arrested", "arrests", "apprehended", "apprehends", "detained", "detains", "captured", "captures", "nabbed",
                     "rounded", "caught", "taken", "takes", "took"},
          "charge": {"charged", "charges", "indicted", "indicts", "prosecuted", "prosecutes"}}
_TAKE = {"taken", "takes", "took"}
# the "take" that arrests: "taken scores of aliens — including killers — off Georgia's streets", "taken into custody"
_OFF = re.compile(r"\boff\b[^.;:]*?\bstreets?\b|\binto\s+(?:\w+\s+)?custody\b", re.I)
_SHORT = 4  # words: a lead-in as short as "For example:" leans on the sentence before it


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def _lead_end(text: str, item_start: int) -> int | None:
    """Where the lead-in of the list holding the item that starts at ``item_start`` ends: going back over the items
    before it (and their wrapped lines) to the first line no deeper than the item's bullet that is not an item."""
    line_end = text.find("\n", item_start)
    depth = _indent(text[item_start : line_end if line_end >= 0 else len(text)])
    end = item_start - 1
    while end > 0:
        begin = text.rfind("\n", 0, end) + 1
        line = text[begin:end]
        if line.strip() and not _BULLET.match(line) and _indent(line) <= depth:
            return end
        end = begin - 1
    return None


def _item_start(text: str, s_start: int) -> int | None:
    """The start of the list item line a sentence opens, or None where the sentence is no list item."""
    begin = text.rfind("\n", 0, s_start) + 1
    return begin if _BULLET.match(text, begin) and not text[begin:s_start].strip(" \t-–—*•0123456789.") else None


def _lead_sentences(doc, end: int) -> list:
    """The lead-in's sentence that ends the lines before the list, with the one before it where it is as short as
    "For example:"."""
    sents = [s for s in doc.sents if s.start_char < end]
    if not sents:
        return []
    last = sents[-1]
    return sents[-2:] if len([t for t in last if t.is_alpha]) <= _SHORT and len(sents) > 1 else [last]


def _does_step(tok, etype: str) -> bool:
    """Whether a token is the subject of a verb telling the item's kind of step ("ICE has taken … off the streets")."""
    verb = tok.head
    if tok.dep_ != "nsubj" or not verb.tag_.startswith("VB") or verb.lower_ not in _STEPS[etype]:
        return False
    return verb.lower_ not in _TAKE or bool(_OFF.search(verb.doc.text, verb.idx + len(verb), verb.sent.end_char))


def lead_in_agency(doc, mentions: list[Mention], text: str, s_start: int, etype: str, trigger) -> Mention | None:
    """The agency the lead-in of a list names as doing its items' step, for an item's event that names no actor and is
    told by a verb ("was arrested"), not a noun of the record ("previous arrests for robbery")."""
    if etype not in _STEPS or not trigger.tag_.startswith("VB"):
        return None
    if (item := _item_start(text, s_start)) is None or (end := _lead_end(text, item)) is None:
        return None
    for sent in _lead_sentences(doc, end):
        for m in mentions:
            if m.kind == "agency" and sent.start_char <= m.start and m.end <= sent.end_char and any(
                    t.idx >= m.start and t.idx < m.end and _does_step(t, etype) for t in sent):
                return m
    return None
