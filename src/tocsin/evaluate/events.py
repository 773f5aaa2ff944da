"""Event extraction against a gold set: the figures `make test` gates on
(``tests/gold/events.json``) and `make bench` prints for official releases.

A gold event mention names a distinctive part of its sentence and its type;
a found event matches it when its evidence sentence holds that part and the
types agree (presence reports, one per place, pair up by place). Over the
matched pairs each argument is compared; an argument present on one side
only counts against precision or recall, in the manner of NGEC's and
ACE's argument scores. Dates are not scored for future and hypothetical
events, which have none.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

from ..models import Annotations, Document, Event
from ..read.placedb import fold
from .gold import Score, read_gold

ARGUMENTS = ("actor", "target", "place", "date", "fatalities")


def _actor_matches(gold: str, got: str) -> bool:
    def norm(s: str) -> str:
        s = fold(s)
        return s[4:] if s.startswith("the ") else s

    g, p = norm(gold), norm(got)
    return bool(g and p) and (g in p or p in g)


def _place_name(event: Event, ann: Annotations) -> str | None:
    place = next((p for p in ann.places if p.key == event.place_key), None)
    return f"{place.name}|{place.country}" if place else None


def _value(event: Event, ann: Annotations, arg: str):
    return {
        "actor": event.actor_text,
        "target": event.target_category,
        "place": _place_name(event, ann),
        "date": event.date_value,
        "fatalities": event.fatalities,
    }[arg]


def _equal(arg: str, gold, got) -> bool:
    if arg == "actor":
        return _actor_matches(gold, got)
    if arg == "place":
        g_name, _, g_cc = gold.partition("|")
        p_name, _, p_cc = got.partition("|")
        return fold(g_name) == fold(p_name) and g_cc == p_cc
    return gold == got


def _score_argument(score: Score, arg: str, gold, got, where: str) -> None:
    if gold is None and got is None:
        return
    if gold is not None and got is not None and _equal(arg, gold, got):
        score.tp += 1
        return
    if got is not None:
        score.fp += 1
    if gold is not None:
        score.fn += 1
    score.errors.append(f"{where}: {arg} {got!r}, gold {gold!r}")


def find(text: str, part: str) -> int:
    """Where a gold snippet starts in the text, whatever whitespace the text has between its words; -1 if absent."""
    found = re.search(r"\s+".join(re.escape(w) for w in part.split()), text)
    return found.start() if found else -1


def _pair(gold: list[dict], found: list[Event], text: str, ann: Annotations, key: str) -> list[tuple[dict | None, Event | None]]:
    """Gold mentions and found events paired by sentence and type (and place for presence)."""
    free = list(found)
    pairs: list[tuple[dict | None, Event | None]] = []
    for g in gold:
        at = find(text, g["sentence"])
        if at < 0:
            raise ValueError(f"{key}: gold sentence {g['sentence']!r} is not in the text")
        candidates = [e for e in free if e.evidence_start <= at < e.evidence_end and e.type == g["type"]]
        same_place = [e for e in candidates if g["place"] and _place_name(e, ann) and _equal("place", g["place"], _place_name(e, ann))]
        chosen = (same_place or candidates or [None])[0]
        if chosen is not None:
            free.remove(chosen)
        pairs.append((g, chosen))
    return pairs + [(None, e) for e in free]


def event_scores(gold: dict[str, list[dict]], docs: dict[str, Document], annotations: dict[str, Annotations]) -> dict[str, Score]:
    """Type (micro, and per type for the macro average), modality over matched
    events, each argument, and the forecasts or hypotheticals that would be stored as events."""
    scores: dict[str, Score] = defaultdict(Score)
    for key, expected in gold.items():
        text, ann = docs[key].text, annotations[key]
        for g, e in _pair(expected, list(ann.events), text, ann, key):
            where = f"{key}: {text[e.evidence_start:e.evidence_end][:70] if e else g['sentence']!r}"
            etype = (g or {}).get("type") or e.type
            for name in ("types", f"type:{etype}"):
                if g and e:
                    scores[name].tp += 1
                elif e:
                    scores[name].fp += 1
                    scores[name].errors.append(f"{where}: spurious {e.type} ({e.trigger!r}, {e.modality})")
                else:
                    scores[name].fn += 1
                    scores[name].errors.append(f"{where}: missed {g['type']} ({g['modality']})")
            if g and e:
                ok = g["modality"] == e.modality
                scores["modality"].tp += ok
                scores["modality"].fp += not ok
                scores["modality"].fn += not ok
                if not ok:
                    scores["modality"].errors.append(f"{where}: {e.type} modality {e.modality}, gold {g['modality']}")
                if e.happened and g["modality"] in ("future", "hypothetical"):
                    scores["stored_not_happened"].fp += 1
                    scores["stored_not_happened"].errors.append(f"{where}: a {g['modality']} {e.type} would be stored")
            for arg in ARGUMENTS:
                if arg == "date" and g and g["date"] is None and g["modality"] in ("future", "hypothetical"):
                    continue
                got = _value(e, ann, arg) if e else None
                if arg == "date" and not g and e and not e.happened:
                    continue
                _score_argument(scores[arg], arg, g[arg] if g else None, got, where)
    return dict(scores)


def macro_f1(scores: dict[str, Score]) -> float:
    per_type = [s.f1 for name, s in scores.items() if name.startswith("type:")]
    return sum(per_type) / len(per_type) if per_type else 0.0


def evaluate_events(root: Path, gold_path: Path) -> dict[str, Score]:
    return event_scores(*read_gold(root, gold_path))
