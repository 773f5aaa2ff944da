"""Memory while ingesting a 1 GB web archive: tocsin's peak resident memory stays flat as the archive grows.

Two archives of the same make-up are built once (kept in bench/out): 100 MB and 1 GB of gzipped WARC.
Per 10 MB there are 15 article pages (recombined from the demo corpus, English and Spanish), their
requests, and images and PDFs of random bytes (incompressible, as real media is) filling the rest;
every 200 MB one HTML record of 30 MB, over the 20 MB size limit, must be rejected unread.

  - tocsin: `tocsin ingest --workers 1 --no-link` of each archive into a fresh store; peak RSS from /proc.
  - reference: warcio alone iterating the same archive and reading every record's content in 64 KB chunks
    (the floor for any reader of the format), in its own process.

Flat means the 1 GB peak is about the 100 MB peak: the table shows both and their ratio. Peaks are the
kernel's high-water marks (VmHWM), read from /proc while tocsin runs and by warcio's process itself at its end.

    python bench/warc_memory.py [--sizes 100,1000]
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from rich.console import Console
from rich.progress import Progress
from rich.table import Table

ROOT = Path(__file__).resolve().parent.parent

from procs import tocsin, watch  # noqa: E402
from scale_out import synthetic  # noqa: E402
from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402

from tocsin.testing.warcs import page, response  # noqa: E402

OUT = ROOT / "bench" / "out" / "warc_memory"
MB = 2**20
BARE = """
import sys
from warcio.archiveiterator import ArchiveIterator
n = 0
with open(sys.argv[1], "rb") as f:
    for record in ArchiveIterator(f):
        stream = record.content_stream()
        while chunk := stream.read(65536):
            n += len(chunk)
peak = next(line for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print(n, int(peak.split()[1]) * 1024)
"""


def build(size_mb: int, console: Console) -> Path:
    path = OUT / f"crawl-{size_mb}mb.warc.gz"
    if path.exists():
        return path
    OUT.mkdir(parents=True, exist_ok=True)
    docs = synthetic(15 * size_mb // 10, seed=size_mb)
    tmp = path.with_suffix(".partial")
    with tmp.open("wb") as f, Progress(console=console) as bar:
        task = bar.add_task(f"building a {size_mb:,} MB archive", total=size_mb)
        writer = WARCWriter(f, gzip=True)
        n = 0
        while f.tell() < size_mb * MB:
            before = f.tell()
            if n % 360 == 359:  # every ~200 MB: an HTML page over the size limit
                response(writer, f"https://news.example/huge/{n}", b"<html><body><p>" + b"x " * (15 * MB) + b"</p></body></html>",
                          "text/html")
            for doc in (next(docs, None),):
                if doc is not None:
                    request = StatusAndHeaders(f"GET /{doc.id} HTTP/1.1", [("Host", "news.example")], is_http_request=True)
                    writer.write_record(writer.create_warc_record(doc.url, "request", http_headers=request))
                    response(writer, doc.url, page(doc), "text/html; charset=utf-8")
            media = os.urandom(400_000 + (n % 7) * 50_000)
            response(writer, f"https://news.example/media/{n}.{'pdf' if n % 5 == 0 else 'jpg'}", media,
                      "application/pdf" if n % 5 == 0 else "image/jpeg")
            n += 1
            bar.advance(task, (f.tell() - before) / MB)
    tmp.rename(path)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="100,1000")
    args = parser.parse_args()
    console = Console(width=160)
    rows = []
    for size in (int(s) for s in args.sizes.split(",")):
        archive = build(size, console)
        store = OUT / f"store-{size}.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{store}{suffix}").unlink(missing_ok=True)
        console.print(f"ingesting {archive.name} ({archive.stat().st_size / MB:,.0f} MB) …")
        run = watch(tocsin("--store", str(store), "ingest", "--quiet", "--no-link", "--workers", "1", str(archive)))
        bare = watch([sys.executable, "-c", BARE, str(archive)])
        summary = next((line for line in run.output.splitlines() if "documents read" in line), "")
        rows.append((size, archive.stat().st_size / MB, run, bare, summary.split(" · 0 already")[0]))
        console.print(f"  {summary}")
    table = Table(title="Ingesting a web archive: peak resident memory (MB) as the archive grows")
    for col in ("archive", "gzipped MB", "tocsin s", "tocsin peak RSS", "RSS at 25/50/75 % of the run", "warcio alone peak RSS",
                "tocsin × smallest", "what the ingest said"):
        table.add_column(col, justify="left" if col in ("archive", "what the ingest said") else "right")
    first = rows[0][2].tree_peak if rows else 1
    for size, mb, run, bare, summary in rows:
        rejected = next((line for line in run.output.splitlines() if "rejected" in line and "over the limit" in run.output), "")
        summary += f" · {run.output.count('over the limit')} over the size limit" if rejected else ""
        quart = [next((s for t, s in run.samples if t >= run.wall * q), 0) / MB for q in (0.25, 0.5, 0.75)]
        table.add_row(f"{size:,} MB", f"{mb:,.0f}", f"{run.wall:,.0f}", f"{run.tree_peak:,.0f}", " / ".join(f"{q:,.0f}" for q in quart),
                      f"{int(bare.output.split()[-1]) / MB:,.0f}", f"{run.tree_peak / first:.2f}", summary.replace("documents read", "read"))
    console.print(table)


if __name__ == "__main__":
    main()
