"""Event extraction throughput and its cost as a share of the whole pipeline.

Corpus: the first N White House briefing-room documents of the crime subset
in ../shared/data/corpora (public domain; long, real official prose), each
as a JSON Lines record. tocsin ingests them into a fresh store (read, resolve,
store: the whole pipeline) with the event extractor timed from inside; the
keyword coder of bench/events_quality.py (the reference: triggers without the
parse) is timed on the same documents' annotations. Median of R rounds.

    python bench/events_speed.py [--docs 100] [--rounds 3]
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parent.parent

DATA = ROOT.parent / "shared" / "data" / "corpora" / "us-whitehouse-crime-2021-2026" / "wh_crime_2021_2026.jsonl.gz"


def write_corpus(target: Path, n: int) -> int:
    words = 0
    with gzip.open(DATA, "rt", encoding="utf-8") as fh, (target / "wh.jsonl").open("w", encoding="utf-8") as out:
        for i, line in enumerate(fh):
            if i == n:
                break
            rec = json.loads(line)
            words += len(rec["text_markdown"].split())
            out.write(json.dumps({"text": rec["text_markdown"], "title": rec["title"], "url": rec["source_url"],
                                  "published": rec["date"], "outlet": "The White House"}) + "\n")
    return words


def one_round(corpus: Path, store_path: Path) -> dict[str, float]:
    import importlib

    from tocsin.config import Config
    from tocsin.pipeline import run_ingest
    from tocsin.store import open_store

    from events_quality import keyword_events

    reader = importlib.import_module("tocsin.read.read")  # the module, not the function tocsin.read re-exports
    spent = {"events": 0.0, "keyword": 0.0, "found": 0}
    original = reader.find_events

    def timed(spacy_doc, text, ann, published, language, *rest):
        start = time.perf_counter()
        found = original(spacy_doc, text, ann, published, language, *rest)
        spent["events"] += time.perf_counter() - start
        start = time.perf_counter()
        keyword_events(text, ann, published)
        spent["keyword"] += time.perf_counter() - start
        spent["found"] += len(found)
        return found

    reader.find_events = timed
    try:
        with open_store(str(store_path)) as store:
            start = time.perf_counter()
            run_ingest([str(corpus)], store, Config(store=str(store_path)))
            spent["total"] = time.perf_counter() - start - spent["keyword"]  # the reference is not part of the pipeline
    finally:
        reader.find_events = original
    return spent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    console = Console(width=160)
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        words = write_corpus(corpus, args.docs)
        console.print(f"corpus: {args.docs} White House documents, {words:,} words")
        rounds = [one_round(corpus, Path(tmp) / f"r{r}.db") for r in range(args.rounds)]
    med = {k: statistics.median(r[k] for r in rounds) for k in ("events", "keyword", "total", "found")}
    table = Table(title=f"Event extraction cost, {args.docs} documents ({words:,} words), median of {args.rounds} rounds (2 cores, shared)")
    for col in ("stage", "seconds", "docs/s", "words/s", "share of whole pipeline"):
        table.add_column(col, justify="left" if col == "stage" else "right")
    for name, key in (("whole pipeline (tocsin ingest)", "total"), ("tocsin event extraction", "events"), ("keyword coder (reference)", "keyword")):
        secs = med[key]
        table.add_row(name, f"{secs:.2f}", f"{args.docs / secs:,.1f}", f"{words / secs:,.0f}", f"{100 * secs / med['total']:.1f} %")
    console.print(table)
    console.print(f"events found per run: {med['found']:.0f}; event extraction / keyword coder time: {med['events'] / med['keyword']:.1f}×")


if __name__ == "__main__":
    main()
