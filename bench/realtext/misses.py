"""What tocsin gets wrong on the dev split of the real-text set, one line per miss, to see where to work.

Each miss is what score.py counts against tocsin, with the sentence it comes from: events said that no annotator
marked ("events: wrong") and annotated ones not found ("events: missed"); an argument of a matched event that
differs (actor, target, place, date: what tocsin said against the gold); target category; group ties; presence
and footprint pairs; statements and forecasts. Only dev: the test split is never read this way.

    python bench/realtext/misses.py place date [--batch dev-11] [--hold-back dev-15] [--key lgl:] [--limit 40]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import score  # noqa: E402
import texts  # noqa: E402
from common import batch_names, in_batches  # noqa: E402

MEASURES = ("events: wrong", "events: missed", "actor", "target", "place", "date", "target category", "ties",
            "presence: wrong", "presence: missed", "footprint: wrong", "footprint: missed", "statements: wrong",
            "statements: missed", "forecasts: wrong", "forecasts: missed")


def _short(value, width: int = 220) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("measures", nargs="*", help="Which misses, by the start of their name (e.g. 'events', 'place', "
                        "'footprint: missed'); all when none is given. Known: " + ", ".join(MEASURES))
    parser.add_argument("--batch", help="Only the documents of these manifest batches (comma-separated, e.g. dev-11; 'dev-1' names the "
                        "first dev documents, which carry no batch).")
    parser.add_argument("--hold-back", default="", help="Leave out the documents of these batches (comma-separated), kept unseen.")
    parser.add_argument("--key", default="", help="Only documents whose key starts with this (e.g. 'lgl:', 'wh:').")
    parser.add_argument("--limit", type=int, default=0, help="At most this many misses per measure (0: all).")
    args = parser.parse_args()
    unknown = [m for m in args.measures if not any(x.startswith(m) for x in MEASURES)]
    if unknown:
        parser.error(f"unknown measure {unknown[0]!r}; known: {', '.join(MEASURES)}")
    golds, entries = score.gold(), {e["key"]: e for e in texts.manifest()["documents"]}
    log: list = []
    scores = score.score("dev", golds, entries, log=log,
                         only=lambda e: e["key"].startswith(args.key) and in_batches(e, batch_names(args.batch), batch_names(args.hold_back)))
    wanted = [m for m in MEASURES if not args.measures or any(m.startswith(x) for x in args.measures)]
    counts = Counter(measure for measure, _, _ in log)
    for measure in wanted:
        rows = [(key, what) for m, key, what in log if m == measure]
        if not rows:
            continue
        print(f"\n## {measure} ({len(rows)})")
        for key, what in rows[: args.limit or None]:
            evidence = what.pop("evidence", None) or what.pop("content", None) or what.pop("from", None)
            print(f"- {key} {_short(what, 160)}\n    {_short(evidence)}")
    print(f"\n{scores.documents} dev documents; misses: " + ", ".join(f"{m} {counts[m]}" for m in wanted if counts[m]))


if __name__ == "__main__":
    main()
