"""Incremental linking: one new document into stores of 100, 1,000 and 10,000 documents.

The stores are built without NLP, from real records: the demo corpus is read
once, and its documents' records (mentions, entities, places, events,
statements, forecasts) are cloned into N documents whose publication dates
and event dates are spread over eight years. The same groups, people, places
and claims recur, so incidents, names and repeated claims are as dense as a
long-running desk's. Each store is linked whole; a snapshot is kept at 100,
1,000 and 10,000 documents.

The measure: in a fresh copy of each snapshot, store one new document (a
demo article dated in the store's last month) and time `link` on it — names,
incidents, claims and the forecast ledger. R rounds, median; the table shows
the ratio to the 100-document store (the issue asks for at most 2×).

    python bench/link_scaling.py [--sizes 100,1000,10000] [--rounds 5]
"""

from __future__ import annotations

import argparse
import gc
import datetime as dt
import hashlib
import random
import sqlite3
import statistics
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from rich.console import Console
from rich.progress import Progress
from rich.table import Table

ROOT = Path(__file__).resolve().parent.parent

from tocsin.config import Config  # noqa: E402
from tocsin.ingest import ingest  # noqa: E402
from tocsin.link import link  # noqa: E402
from tocsin.models import Document  # noqa: E402
from tocsin.read import read_many  # noqa: E402
from tocsin.resolve import resolve  # noqa: E402
from tocsin.store import open_store  # noqa: E402

START = dt.date(2018, 1, 1)
SPAN_DAYS = 8 * 365


def demo_records() -> list[tuple[Document, object]]:
    docs = [d for d in ingest([ROOT / "corpus" / "demo"], Config()) if isinstance(d, Document)]
    return [(doc, resolve(ann)) for doc, ann in read_many(docs)]


def _shift(value: str | None, days: int) -> str | None:
    if not value or len(value) < 10 or value[4] != "-" or not value[:10].replace("-", "").isdigit():
        return value
    return (dt.date.fromisoformat(value[:10]) + dt.timedelta(days=days)).isoformat() + value[10:]


def clone(doc: Document, resolved, n: int, day: dt.date):
    """Copy n of a document: its own id and text, published on ``day``, its events' dates moved with it."""
    published = dt.date.fromisoformat(doc.published_at) if doc.published_at else START
    delta = (day - published).days
    text = doc.text + f"\n\nCopy {n}."
    new_id = hashlib.sha1(text.encode()).hexdigest()
    ann = resolved.annotations
    events = tuple(replace(e, date_value=_shift(e.date_value, delta), date_begin=_shift(e.date_begin, delta),
                           date_end=_shift(e.date_end, delta)) for e in ann.events)
    forecasts = tuple(replace(f, made_on=day.isoformat()) for f in ann.forecasts)
    return (replace(doc, id=new_id, text=text, source=f"bench/{n}.txt", published_at=day.isoformat()),
            replace(resolved, annotations=replace(ann, doc_id=new_id, events=events, forecasts=forecasts)))


def build(records, sizes: list[int], tmp: Path, console: Console) -> dict[int, Path]:
    rng = random.Random(5)
    snapshots = {}
    path = tmp / "grow.db"
    with open_store(str(path)) as store, Progress(console=console, transient=True) as bar:
        task = bar.add_task("building stores", total=max(sizes))
        made = 0
        for size in sorted(sizes):
            while made < size:
                doc, res = records[made % len(records)]
                day = START + dt.timedelta(days=rng.randrange(SPAN_DAYS - 31))
                store.save(*clone(doc, res, made, day))
                made += 1
                bar.advance(task)
            link(store)
            snapshots[size] = tmp / f"store-{size}.db"
            with sqlite3.connect(path) as src, sqlite3.connect(snapshots[size]) as dst:
                src.backup(dst)
    return snapshots


def time_one(snapshot: Path, new, tmp: Path, r: int) -> float:
    copy = tmp / f"round-{r}.db"
    copy.unlink(missing_ok=True)
    with sqlite3.connect(snapshot) as src, sqlite3.connect(copy) as dst:
        src.backup(dst)
    with open_store(str(copy)) as store:
        store.save(*new)
        start = time.perf_counter()
        report = link(store)
        elapsed = time.perf_counter() - start
    assert report.documents == 1
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="100,1000,10000")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--keep", metavar="DIR", help="Keep the linked stores in DIR and reuse them when they are there (timing only).")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    console = Console(width=160)
    records = demo_records()
    newest = START + dt.timedelta(days=SPAN_DAYS - 15)
    base = next((d, r) for d, r in records if d.source.endswith("retired-officer-killed.md"))
    new = clone(*base, 10**7, newest)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        keep = Path(args.keep) if args.keep else None
        if keep:
            keep.mkdir(parents=True, exist_ok=True)
        kept = {size: keep / f"store-{size}.db" for size in sizes} if keep else {}
        if kept and all(p.exists() for p in kept.values()):
            snapshots = kept
            console.print(f"timing the stores kept in {keep}", style="dim")
        else:
            start = time.perf_counter()
            snapshots = build(records, sizes, keep or tmp, console)
            console.print(f"built and linked stores of {', '.join(map(str, sizes))} documents in {time.perf_counter() - start:.0f} s", style="dim")
        results = {size: [] for size in sizes}
        # What a long-running desk does once its models are loaded (tocsin.read.nlp.pipeline freezes them): the
        # objects alive now are never scanned by the cyclic collector again, so its passes do not land in one
        # store's rounds more than another's.
        gc.collect()
        gc.freeze()
        for r in range(args.rounds):
            for size in (sizes if r % 2 == 0 else reversed(sizes)):
                results[size].append(time_one(snapshots[size], new, tmp, r))
        counts = {}
        for size, snap in snapshots.items():
            with open_store(str(snap)) as s:
                counts[size] = {k: s.fetch(f"SELECT COUNT(*) AS n FROM {k}")[0]["n"] for k in ("events", "incidents", "statement_claims", "forecasts")}
    table = Table(title=f"Linking one new document, median of {args.rounds} rounds (2 cores, shared)")
    for col in ("store (documents)", "events", "incidents", "claims", "forecasts", "link ms (median)", "min–max ms", "× the 100-document store"):
        table.add_column(col, justify="right")
    small = statistics.median(results[min(sizes)])
    for size in sizes:
        med = statistics.median(results[size])
        c = counts[size]
        table.add_row(f"{size:,}", f"{c['events']:,}", f"{c['incidents']:,}", f"{c['statement_claims']:,}", f"{c['forecasts']:,}",
                      f"{1000 * med:.1f}", f"{1000 * min(results[size]):.1f}–{1000 * max(results[size]):.1f}", f"{med / small:.2f}")
    console.print(table)
    worst = statistics.median(results[max(sizes)]) / small
    console.print(f"target: linking into {max(sizes):,} documents within 2× of {min(sizes):,}: {'met' if worst <= 2 else 'NOT met'} ({worst:.2f}×)")


if __name__ == "__main__":
    main()
