"""The judge of a case release's plea or sentence, named elsewhere in the document.

A court release tells its news in the lede ("Nora Vidal pleaded guilty today in the Northern District of Texas")
and names the judge only later ("Sentencing is set for June 9 before U.S. District Judge Owen P. Marsh"). The plea
or sentence was given before that judge, who is its actor (docs/annotation.md §2.4: for legal events the
authority). The rule holds only for

- the document's first conviction (a plea, a verdict or a sentence), when it happened, its own sentence names no
  one, and it is not told in a relative clause on someone ("Vidal, who pleaded guilty in 2019, was arrested"):
  the later ones, and those, are the case's history ("In 2021, her brother pleaded guilty"), whose judge the
  document seldom says;
- a document that names one judge (by one surname, however often): with two, whose court the first step was in is
  not said; and one named as the court ("before Judge X", "Judge X sentenced", "presided"), never one who is a
  former judge or whom an event of the document befalls ("Former Judge Owen Marsh pleaded guilty", "Judge Marsh was
  threatened").

English only: the judge is read by his title ("U.S. District Judge", "Acting Circuit Judge").
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...models import Annotations, Event
from .court import _JUDGE

_A_JUDGE = re.compile(_JUDGE)


def judged(events: list[Event], ann: Annotations, text: str, doc, language: str) -> list[Event]:
    """The events, the document's first conviction given the one judge the document names when its own sentence
    names no one (module doc)."""
    if language != "en" or doc is None or not doc.has_annotation("DEP"):
        return events
    first = min((e for e in events if e.type == "conviction"), key=lambda e: e.trigger_start, default=None)
    if first is None or first.actor_text or not first.happened or _describes(first, doc) or (judge := _the_judge(text)) is None \
            or any(e.target_span and e.target_span[0] < judge.end() and judge.start() < e.target_span[1] for e in events):
        return events
    person = next((m for m in ann.mentions if m.kind == "person" and judge.start() <= m.start and m.end <= judge.end()), None)
    return [replace(e, actor_text=judge.group(0), actor_span=judge.span(), actor_mention=(person.start, person.end) if person else None,
                    actor_kind="person", actor_basis="document") if e is first else e for e in events]


def _describes(e: Event, doc) -> bool:
    """Whether a plea is told in a relative clause on someone ("Soto was arrested for lying about Vidal, who pleaded
    guilty to fraud"): his history, not the news the release is about."""
    span = doc.char_span(e.trigger_start, e.trigger_end, alignment_mode="expand")
    return span is not None and span.root.dep_ == "relcl"


# Where the text names a judge as the court of the case: "before U.S. District Judge X", "by Judge X", "Judge X
# sentenced", "… presided"; a former judge is a party, not the court
_AS_COURT_BEFORE = re.compile(r"\b(?:before|by)\s+(?:the\s+)?(?:Honorable\s+|Hon\.\s+)?$")
_AS_COURT_AFTER = re.compile(r"^[^.\n]{0,40}?\b(?:sentenced|presided|presides|accepted|imposed|ordered|will sentence|is scheduled to sentence)\b")
_FORMER = re.compile(r"\b(?:former|retired|ex-|then-)\s*$", re.I)


def _the_judge(text: str) -> re.Match | None:
    """The first naming of the one judge the text names, as the court of the case, or None when it names none, more
    than one, a former judge, or names him only as someone else (a party, a witness)."""
    found = [m for m in (_A_JUDGE.match(text, m.start(), m.start() + len(m.group(0).split("\n")[0])) for m in _A_JUDGE.finditer(text))
             if m is not None and "Judge" in m.group(0)]  # a name ends at its line ("… Judge Mark Hollis.\nIn 2019"); not "el juez"
    surnames = {m.group(0).split()[-1].strip(".,") for m in found}
    if len(surnames) != 1 or any(_FORMER.search(text, max(0, m.start() - 12), m.start()) for m in found):
        return None
    return next((m for m in found if _AS_COURT_BEFORE.search(text, max(0, m.start() - 20), m.start())
                 or _AS_COURT_AFTER.search(text[m.end() : m.end() + 60])), None)
