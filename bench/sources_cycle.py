"""What a cycle of `tocsin run` costs: 200 feeds of 50 items each from a news site on 127.0.0.1, then the same cycle
again with nothing changed.

The site (src/tocsin/testing/newsroom.py) answers conditional requests (ETag, Last-Modified, 304). Each feed item is
a teaser, so its article is read from its page, as most news feeds make a reader do: the first cycle asks for every
feed and every page (10,200 requests), reads and stores 10,000 articles (each a distinct text of about 70 words,
drawn from a word list with its own seed, so none is a near-copy of another) and links them. The second cycle
finds every feed unchanged: one 304 per feed, no page asked for, nothing read.

Each cycle is `tocsin run --once --no-watch` in a process of its own (bench/procs.py watches it: wall time, and
its peak resident memory, the kernel's high-water mark); requests and bytes are the cycle's own record
(`tocsin runs`), bytes being the bodies received. The site is on loopback, so the limits a cycle keeps for the
open web are lifted (--host-delay 0, --per-host 8): with the defaults (one request a second to a host, two at
once) the first cycle of a site's 10,200 URLs would take about 10,200 s whatever the machine.

    python bench/sources_cycle.py [--feeds 200] [--items 50]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from rich.console import Console
from rich.table import Table

sys.path.insert(0, str(Path(__file__).resolve().parent))

from procs import watch  # noqa: E402

from tocsin.sources import add_source  # noqa: E402
from tocsin.store import open_store  # noqa: E402
from tocsin.testing.newsroom import Newsroom, article, filler, rss  # noqa: E402


def build_site(room: Newsroom, feeds: int, items: int) -> list[str]:
    """``feeds`` feeds of ``items`` teasers each, every item's article on a page of its own."""
    urls = []
    for f in range(feeds):
        entries = []
        for i in range(items):
            n = f * items + i
            room.add(f"/a/{n}", article(f"Report {n}", filler(n)))
            entries.append({"title": f"Report {n}", "link": f"{room.base}/a/{n}", "description": "Read the full story."})
        urls.append(room.add(f"/feeds/{f}.xml", rss(f"Feed {f}", entries), "application/rss+xml"))
    return urls


def cycle(store: Path) -> dict:
    """One `tocsin run --once` in its own process: its record, wall time and peak memory."""
    run = watch([sys.executable, "-m", "tocsin", "--store", str(store), "run", "--once", "--no-watch", "--allow-private",
                 "--host-delay", "0", "--per-host", "8", "--workers", "8"])
    if "done:" not in run.output:
        raise SystemExit(f"the cycle failed:\n{run.output}")
    listed = subprocess.run([sys.executable, "-m", "tocsin", "--store", str(store), "runs", "--json", "--limit", "1"],
                            capture_output=True, text=True, check=True)
    return {**json.loads(listed.stdout)[0], "wall": run.wall, "peak": run.peak("tocsin")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--feeds", type=int, default=200)
    parser.add_argument("--items", type=int, default=50)
    args = parser.parse_args()
    console = Console()
    room = Newsroom()
    with tempfile.TemporaryDirectory() as tmp:
        store = Path(tmp) / "cycle.db"
        with open_store(str(store)) as s:
            for url in build_site(room, args.feeds, args.items):
                add_source(s, url, every=60)
        first = cycle(store)
        with open_store(str(store)) as s, s.transaction():
            s.execute("UPDATE sources SET next_due = '2000-01-01T00:00:00+00:00'")  # due again: as if the period had passed
        second = cycle(store)
    room.close()
    table = Table(title=f"tocsin run --once: {args.feeds} feeds × {args.items} items from 127.0.0.1")
    for column in ("cycle", "requests", "304s", "bytes received", "pages fetched", "new documents", "wall s", "peak RSS MB"):
        table.add_column(column, justify="left" if column == "cycle" else "right")
    for name, r in (("first (all new)", first), ("second (unchanged)", second)):
        table.add_row(name, f"{r['requests']:,}", f"{r['not_modified']:,}", f"{r['bytes']:,}", f"{r['fetched'] - (args.feeds if r['fetched'] else 0):,}",
                      f"{r['new']:,}", f"{r['wall']:.1f}", f"{r['peak']:.0f}")
    console.print(table)


if __name__ == "__main__":
    main()
