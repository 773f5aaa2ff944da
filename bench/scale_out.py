"""Scale-out: documents per second with 1 and 2 reading processes and with Spark local[2], on one synthetic archive.

The archive (at least 20,000 articles) is built from the demo corpus: each article is 2-4 paragraphs
of one demo article's language drawn at random from all of them (seeded, so every run reads the same
texts), with its own title, outlet and date, rendered as a news page and written into 8 gzipped WARC
files together with the records a crawl also keeps (a request and an image per page, a redirect every
tenth). English and Spanish as in the demo (about 70 / 30).

Each way runs in fresh processes on a fresh SQLite store, storing without linking (linking is the
same code after any of them):

  - pool, 1 worker:  tocsin ingest --workers 1 --no-link ARCHIVES
  - pool, 2 workers: tocsin ingest --workers 2 --no-link ARCHIVES
  - Spark local[2]:  tocsin spark-read --master local[2] --partitions 8, then tocsin load --no-link
                     (read and load timed apart; the documents/second column counts both)

The reference is the local pool (the issue's targets: 2 workers >= 1.7x of 1; Spark within 1.5x of the
pool). Peak resident memory per process is sampled from /proc. 2 shared cores: rounds alternate the
ways, and the table shows medians.

    python bench/scale_out.py [--docs 20000] [--rounds 1] [--ways pool1,pool2,spark]
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
from dataclasses import replace
from pathlib import Path

from rich.console import Console
from rich.progress import Progress
from rich.table import Table

ROOT = Path(__file__).resolve().parent.parent

from procs import tocsin, watch  # noqa: E402

from tocsin.testing.warcs import demo_documents, write_warc  # noqa: E402
from tocsin.ingest.dedup import document_id  # noqa: E402

OUT = ROOT / "bench" / "out" / "scale_out"
FILES = 8
OUTLETS = ["Andes Ledger", "Capitol Wire", "Crónica Austral", "Harbour Desk", "El Vigía", "Gulf Courier", "Pacific Post",
           "La Frontera", "Metro Standard", "Diario del Sur", "Border Report", "Caribe Hoy"]


def synthetic(n: int, seed: int = 23):
    """N articles recombined from the demo's paragraphs, each in one language."""
    rng = random.Random(seed)
    demo = demo_documents()
    pools = {lang: [p for d in demo if d.language == lang for p in d.text.split("\n\n") if len(p.split()) >= 12]
             for lang in ("en", "es")}
    for i in range(n):
        lang = "es" if rng.random() < 0.3 else "en"
        base = rng.choice([d for d in demo if d.language == lang])
        text = f"{'Informe' if lang == 'es' else 'Report'} {i}. " + "\n\n".join(rng.sample(pools[lang], rng.randint(2, 4)))
        year, month, day = 2019 + i % 7, 1 + i % 12, 1 + (i * 7) % 28
        yield replace(base, id=document_id(text), text=text, title=f"{base.title} ({i})", outlet=OUTLETS[i % len(OUTLETS)],
                      url=f"https://news{i % 12}.example/{year}/{month:02d}/{i}", published_at=f"{year}-{month:02d}-{day:02d}")


def build(n: int, console: Console) -> Path:
    """The archive's WARC files, built once per size and kept in bench/out."""
    target = OUT / f"archive-{n}"
    if (target / ".complete").exists():
        return target
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    docs = list(synthetic(n))
    with Progress(console=console) as bar:
        task = bar.add_task(f"building {n:,} articles into {FILES} WARC files", total=FILES)
        for k in range(FILES):
            write_warc(target / f"crawl-{k:02d}.warc.gz", docs[k::FILES])
            bar.advance(task)
    (target / ".complete").touch()
    return target


def stored(store: Path) -> int:
    import sqlite3

    with sqlite3.connect(store) as conn:
        return conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]


def pool(archive: Path, tmp: Path, workers: int) -> dict:
    store = tmp / f"pool{workers}.db"
    store.unlink(missing_ok=True)
    run = watch(tocsin("--store", str(store), "ingest", "--quiet", "--no-link", "--workers", str(workers), str(archive)))
    return {"wall": run.wall, "read": run.wall, "load": 0.0, "docs": stored(store), "main": run.peak("tocsin"),
            "worker": run.peak("worker"), "workers": run.count("worker"), "tree": run.tree_peak,
            "cpu_main": run.cpu_of("tocsin"), "cpu_workers": run.cpu_of("worker")}


def spark(archive: Path, tmp: Path) -> dict:
    store, shards = tmp / "spark.db", tmp / "shards"
    store.unlink(missing_ok=True)
    shutil.rmtree(shards, ignore_errors=True)
    read = watch(tocsin("spark-read", str(archive), "--out", str(shards), "--master", "local[2]", "--partitions", str(FILES)))
    load = watch(tocsin("--store", str(store), "load", "--quiet", "--no-link", str(shards)))
    return {"wall": read.wall + load.wall, "read": read.wall, "load": load.wall, "docs": stored(store),
            "main": max(read.peak("tocsin"), load.peak("tocsin")), "jvm": read.peak("spark jvm"),
            "worker": read.peak("spark python"), "workers": read.count("spark python"), "tree": max(read.tree_peak, load.tree_peak),
            "cpu_main": read.cpu_of("tocsin") + load.cpu_of("tocsin") + read.cpu_of("spark jvm"),
            "cpu_workers": read.cpu_of("spark python")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=20000)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--ways", default="pool1,pool2,spark")
    args = parser.parse_args()
    console = Console(width=170)
    archive = build(args.docs, console)
    size = sum(f.stat().st_size for f in archive.glob("*.warc.gz")) / 2**20
    ways = {"pool1": ("pool, 1 worker", lambda t: pool(archive, t, 1)), "pool2": ("pool, 2 workers", lambda t: pool(archive, t, 2)),
            "spark": ("Spark local[2]", lambda t: spark(archive, t))}
    chosen = [w for w in args.ways.split(",") if w in ways]
    results: dict[str, list[dict]] = {w: [] for w in chosen}
    tmp = OUT / "runs"
    tmp.mkdir(parents=True, exist_ok=True)
    for r in range(args.rounds):
        for w in chosen if r % 2 == 0 else reversed(chosen):
            console.print(f"round {r + 1}: {ways[w][0]} …")
            results[w].append(ways[w][1](tmp))
            console.print(f"  {results[w][-1]}")
    med = {w: {k: statistics.median(x[k] for x in rs) for k in rs[0]} for w, rs in results.items()}
    base = med.get("pool1", {}).get("wall")
    pool_best = min((med[w]["wall"] for w in ("pool1", "pool2") if w in med), default=None)
    table = Table(title=f"Scale-out: {args.docs:,} articles in {FILES} WARC files ({size:,.0f} MB), 2 cores, median of {args.rounds}")
    for col in ("way", "stored", "read s", "load s", "docs/s", "× 1 worker", "× best pool", "CPU s: main", "readers",
                "peak MB: main", "per worker", "workers", "Spark JVM", "whole tree"):
        table.add_column(col, justify="left" if col == "way" else "right")
    for w in chosen:
        m = med[w]
        table.add_row(ways[w][0], f"{m['docs']:,.0f}", f"{m['read']:,.0f}", f"{m['load']:,.0f}" if m["load"] else "–",
                      f"{m['docs'] / m['wall']:,.1f}", f"{base / m['wall']:.2f}" if base else "–",
                      f"{pool_best / m['wall']:.2f}" if pool_best else "–", f"{m['cpu_main']:,.0f}", f"{m['cpu_workers']:,.0f}",
                      f"{m['main']:,.0f}", f"{m['worker']:,.0f}",
                      f"{m['workers']:.0f}", f"{m.get('jvm', 0):,.0f}" if m.get("jvm") else "–", f"{m['tree']:,.0f}")
    console.print(table)
    console.print("Targets: 2 workers ≥ 1.7× of 1 worker; Spark local[2] within 1.5× of the local pool (× best pool ≥ 0.67)."
                  " CPU s: the tocsin process (with Spark, it and the JVM) and the reading processes.")


if __name__ == "__main__":
    main()
