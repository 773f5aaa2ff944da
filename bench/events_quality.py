"""Event extraction quality: tocsin against a keyword coder, on two gold sets.

  - tests/gold/events.json: 153 event mentions in 11 articles the team wrote
    (the set `make test` gates on; the extractor was tuned on it);
  - bench/events/official.json: 36 event mentions in the leads of 40 U.S.
    Department of Justice releases (public domain, ../shared/data/corpora),
    annotated before tocsin was run on them and never tuned on.

The reference, measured side by side: a keyword coder in the manner of the
dictionary coders (PETRARCH's verb lists without its parse) — the same trigger
lexicon, one event per sentence and type, the first group or agency in the
sentence as actor, the first place, date and count of the dead in the
sentence, every event asserted. What tocsin adds over it is the parse:
arguments, modality, offences, trends and rhetoric left out.

Scores are F1 × 100 (type: micro; macro over types; modality: accuracy over
matched events). For scale, NGEC-2025 reports event-type macro F1 52.1 and
argument F1 70.0 on its own 500 news articles (not run here).

    python bench/events_quality.py
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parent.parent

from tocsin.evaluate import read_gold  # noqa: E402
from tocsin.evaluate.events import ARGUMENTS, event_scores, find, macro_f1  # noqa: E402
from tocsin.models import Annotations, Event  # noqa: E402
from tocsin.read import read_many  # noqa: E402
from tocsin.read.anchor import locate  # noqa: E402
from tocsin.read.event_lexicon import TARGET_CATEGORIES  # noqa: E402
from tocsin.read.events import count, triggers  # noqa: E402
from tocsin.read.placedb import fold  # noqa: E402

from official_releases import releases  # noqa: E402


def keyword_events(text: str, ann: Annotations, published: str | None) -> tuple[Event, ...]:
    """The reference coder: triggers, then the first of everything in the sentence."""
    found: dict[tuple, Event] = {}
    categories = [(name, re.compile(p, re.I)) for name, p in TARGET_CATEGORIES["en"]]
    for start, end, etype, subtype in triggers(text, "en"):
        sent = next((s for s in ann.sentences if s.start <= start < s.end), None)
        if sent is None or (sent.start, etype) in found:
            continue
        sentence = text[sent.start : sent.end]
        actors = [m for m in ann.mentions if sent.start <= m.start < sent.end and m.kind in ("group", "agency", "organization", "person")]
        where = locate(ann, start, end, published)
        category = next((name for name, p in categories if p.search(fold(sentence))), None)
        found[(sent.start, etype)] = Event(
            type=etype, subtype=subtype, trigger=text[start:end], trigger_start=start, trigger_end=end,
            evidence_start=sent.start, evidence_end=sent.end, modality="asserted",
            actor_text=actors[0].text if actors else None, target_category=category,
            fatalities=count(sentence, "dead", "en"), place_key=where.place.key if where.place else None,
            date_value=where.date_value,
        )
    return tuple(found.values())


def in_lead(events, text: str, lead: list[str]) -> tuple[Event, ...]:
    return tuple(e for e in events if any(find(text[e.evidence_start : e.evidence_end], part) >= 0 for part in lead))


def project_gold():
    gold, docs, anns = read_gold(ROOT, ROOT / "tests" / "gold" / "events.json")
    return gold, docs, anns, {k: None for k in gold}


def official_gold():
    data = json.loads((ROOT / "bench" / "events" / "official.json").read_text(encoding="utf-8"))["documents"]
    docs = releases(len(data))
    missing = set(data) - set(docs)
    if missing:
        raise SystemExit(f"official releases that did not ingest: {sorted(missing)}")
    keys = list(data)
    anns = {k: ann for k, (_, ann) in zip(keys, read_many(docs[k] for k in keys))}
    gold = {k: v["events"] for k, v in data.items()}
    return gold, docs, anns, {k: v["lead"] for k, v in data.items()}


def scores_for(gold, docs, anns, leads, system: str):
    chosen = {}
    for key, ann in anns.items():
        events = ann.events if system == "tocsin" else keyword_events(docs[key].text, ann, docs[key].published_at)
        if leads[key] is not None:
            events = in_lead(events, docs[key].text, leads[key])
        chosen[key] = replace(ann, events=events)
    return event_scores(gold, docs, chosen)


def main() -> None:
    table = Table(title="Event extraction, F1 × 100 (type micro and macro; modality = accuracy over matched events)")
    for col in ("gold set", "mentions", "system", "type P", "type R", "type F1", "macro F1", *ARGUMENTS, "modality"):
        table.add_column(col, justify="left" if col in ("gold set", "system") else "right")
    for name, load in (("team-written (tuned on)", project_gold), ("DOJ releases, held out", official_gold)):
        gold, docs, anns, leads = load()
        mentions = sum(len(v) for v in gold.values())
        for system in ("tocsin", "keyword coder"):
            s = scores_for(gold, docs, anns, leads, system)
            t = s["types"]
            args = [f"{100 * s[a].f1:.1f}" if a in s else "–" for a in ARGUMENTS]
            mod = s.get("modality")
            table.add_row(name, str(mentions), system, f"{100 * t.precision:.1f}", f"{100 * t.recall:.1f}", f"{100 * t.f1:.1f}",
                          f"{100 * macro_f1(s):.1f}", *args, f"{100 * mod.precision:.1f}" if mod else "–")
    Console(width=220).print(table)


if __name__ == "__main__":
    main()
