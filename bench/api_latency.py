"""API latency under load: tocsin serve's main list endpoints on a store of 10,000 documents, beside Datasette.

The store is built as bench/link_scaling.py builds its stores (the demo
corpus's records cloned over eight years), linked, and its watch alerts
raised; it is kept in bench/out/ and reused by later runs (--rebuild makes
it again). Then, on loopback, one server at a time:

- tocsin serve with 1 and with 2 worker processes;
- the reference, Datasette over the same file (its table JSON, 50 rows,
  sorted as tocsin's default), the read-only explorer analysts know.

A second process (bench/loadgen.py) runs C concurrent clients against one
endpoint for D seconds, then the next. The table gives requests/second,
median and p99 latency and errors per endpoint. The load generator shares
the machine's two cores with the server, so the figures are what one
machine does serving and loading itself.

    python bench/api_latency.py [--clients 50] [--seconds 8] [--docs 10000] [--rebuild]
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx
from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parent.parent

import desk_store  # noqa: E402

TOCSIN = {
    "incidents": "/api/incidents?limit=50",
    "incidents (group)": "/api/incidents?limit=50&group=Tren+de+Aragua",
    "events": "/api/events?limit=50",
    "documents": "/api/documents?limit=50",
    "statements": "/api/statements?limit=50",
    "entities": "/api/entities?limit=50&kind=group",
    "alerts": "/api/alerts?limit=50",
    "search": "/api/search?q=Tren+de+Aragua",
    "incidents page (HTML)": "/incidents",
}
DATASETTE = {
    "incidents": "/store/incidents.json?_size=50&_sort_desc=first_reported",
    "events": "/store/events.json?_size=50&_sort_desc=date_begin",
    "documents": "/store/documents.json?_size=50&_sort_desc=published_at&_col=id&_col=title&_col=outlet&_col=published_at",
    "statements": "/store/statements.json?_size=50",
    "entities": "/store/entities.json?_size=50&kind=group",
    "alerts": "/store/alerts.json?_size=50&_sort_desc=occurred",
}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(command: list[str], base: str, probe: str) -> subprocess.Popen:
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    for _ in range(600):
        try:
            if httpx.get(base + probe, timeout=2).status_code == 200:
                return server
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    server.kill()
    raise SystemExit(f"{command[0]} did not start: {server.stderr.read()[-2000:]}")


def load(url: str | list[str], clients: int, seconds: float) -> dict:
    urls = [url] if isinstance(url, str) else url
    out = subprocess.run([sys.executable, str(ROOT / "bench" / "loadgen.py"), *urls, "--clients", str(clients), "--seconds", str(seconds)],
                         capture_output=True, text=True, check=True)
    result = json.loads(out.stdout)
    lat = sorted(result["latencies"])
    result["median"] = statistics.median(lat) if lat else float("nan")
    result["p99"] = lat[min(len(lat) - 1, int(0.99 * len(lat)))] if lat else float("nan")
    result["rps"] = result["requests"] / result["seconds"]
    return result


def measure(name: str, command: list[str], base: str, paths: dict[str, str], probe: str, clients: int, seconds: float,
            console: Console) -> dict[str, dict]:
    server = start(command, base, probe)
    results = {}
    try:
        for label, path in paths.items():
            httpx.get(base + path, timeout=30)  # warm
            results[label] = load(base + path, clients, seconds)
            r = results[label]
            console.print(f"  {name:<22} {label:<24} {r['rps']:7.0f} rps  median {r['median']:6.1f} ms  p99 {r['p99']:6.1f} ms"
                          f"  errors {r['errors']} {r.get('reasons') or ''}", style="dim")
    finally:
        server.terminate()
        server.wait(timeout=20)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=8.0)
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    console = Console(width=170)
    store = desk_store.build(args.docs, args.rebuild, console)
    tocsin = [sys.executable, "-m", "tocsin", "--store", str(store), "serve"]
    runs = {}
    for workers in (1, 2):
        port = free_port()
        runs[f"tocsin, {workers} worker{'s' if workers > 1 else ''}"] = measure(
            f"tocsin ×{workers}", tocsin + ["--port", str(port), "--workers", str(workers)], f"http://127.0.0.1:{port}", TOCSIN,
            "/api/stats", args.clients, args.seconds, console)
    try:
        import datasette  # noqa: F401

        port = free_port()
        runs["Datasette (reference)"] = measure(
            "datasette", [sys.executable, "-m", "datasette", "serve", "--immutable", str(store), "--port", str(port),
                          "--setting", "sql_time_limit_ms", "5000", "--setting", "num_sql_threads", "3"],
            f"http://127.0.0.1:{port}", {k: v.replace("/store/", f"/{store.stem}/") for k, v in DATASETTE.items()},
            f"/{store.stem}.json", args.clients, args.seconds, console)
    except ImportError:
        console.print("Datasette is not installed (pip install -e '.[bench]'): no reference row", style="yellow")
    with sqlite3.connect(store) as db:
        counts = {t: db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in ("documents", "events", "incidents", "statements")}
    table = Table(title=f"API under load: {args.clients} concurrent clients from a second process, {args.seconds:.0f} s per endpoint,"
                        f" store of {counts['documents']:,} documents ({counts['events']:,} events, {counts['incidents']:,} incidents,"
                        f" {counts['statements']:,} statements), 2 shared cores")
    for col in ("endpoint", "server", "requests/s", "median ms", "p99 ms", "errors", "p99 < 200 ms"):
        table.add_column(col, justify="left" if col in ("endpoint", "server") else "right")
    for label in TOCSIN:
        for server, results in runs.items():
            if label not in results:
                continue
            r = results[label]
            table.add_row(label, server, f"{r['rps']:.0f}", f"{r['median']:.1f}", f"{r['p99']:.1f}", str(r["errors"]),
                          "yes" if r["p99"] < 200 else "no")
    console.print(table)


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    main()
