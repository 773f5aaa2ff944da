"""Export memory: peak RSS of each export over a store of 10,000 documents (over 100,000 records), beside the
usual way of doing it (the reference): load every row, build every object, then write.

Each export runs in its own process; the table gives records written,
seconds and the process's peak resident memory. The reference builds a
`stix2.Bundle` of every object and serializes it (how the stix2 library is
mostly used), and for tables fetches every row before writing. The issue's
target: under 300 MB for 100,000 records.

    python bench/export_memory.py [--docs 10000] [--rebuild]
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

ROOT = Path(__file__).resolve().parent.parent
import desk_store  # noqa: E402

CHILD = r"""
import io, json, resource, sys, time
from pathlib import Path
from tocsin.store import open_store
from tocsin.query.tables import TABLES
from tocsin.share import Scope, tables
from tocsin.share.stix import Exporter, write_bundle
from tocsin.share.acled import write_acled
from tocsin.share.geo import incident_features, write_geojson
kind, store_path, out = sys.argv[1], sys.argv[2], Path(sys.argv[3])
start = time.perf_counter()
with open_store(store_path, readonly=True) as store:
    if kind == "stix":
        with open(out / "bundle.json", "w") as f:
            n = write_bundle(store, f)
    elif kind == "stix-reference":
        import stix2
        objects = list(Exporter(store).objects())
        bundle = stix2.Bundle(objects, allow_custom=True)
        (out / "bundle-ref.json").write_text(bundle.serialize())
        n = len(objects)
    elif kind in ("csv", "jsonl", "parquet"):
        writer = {{"csv": tables.write_csv, "jsonl": tables.write_jsonl, "parquet": tables.write_parquet}}[kind]
        n = sum(writer(store, t, Scope(), out / f"{{t.name}}.{{kind}}") for t in TABLES.values())
    elif kind == "jsonl-reference":
        n = 0
        for t in TABLES.values():
            sql, params = t.sql(store, Scope())
            rows = store.fetch(sql, params)
            (out / f"{{t.name}}.ref.json").write_text(json.dumps(rows, default=str))
            n += len(rows)
    elif kind == "geojson":
        with open(out / "incidents.geojson", "w") as f:
            n = write_geojson(incident_features(store, Scope()), f, "incidents")
    elif kind == "acled":
        with open(out / "acled.csv", "w", newline="") as f:
            n = write_acled(store, f)
print(json.dumps({{"records": n, "seconds": time.perf_counter() - start,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""

RUNS = [
    ("STIX bundle", "stix", "stix-reference"),
    ("CSV, every record type", "csv", None),
    ("JSON Lines, every record type", "jsonl", "jsonl-reference"),
    ("Parquet, every record type", "parquet", None),
    ("GeoJSON incidents", "geojson", None),
    ("ACLED CSV", "acled", None),
]


def run(kind: str, store: Path, out: Path) -> dict:
    code = CHILD.format(src=str(ROOT / "src"))
    done = subprocess.run([sys.executable, "-c", code, kind, str(store), str(out)], capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"{kind} failed: {done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    console = Console(width=160)
    store = desk_store.build(args.docs, args.rebuild, console)
    table = Table(title=f"Exports of a store of {args.docs:,} documents: records, seconds, peak RSS of the exporting process (2 shared cores)")
    for col in ("export", "records", "tocsin s", "tocsin peak MB", "reference s", "reference peak MB", "under 300 MB"):
        table.add_column(col, justify="left" if col == "export" else "right")
    with tempfile.TemporaryDirectory() as tmp:
        for label, kind, reference in RUNS:
            mine = run(kind, store, Path(tmp))
            ref = run(reference, store, Path(tmp)) if reference else None
            console.print(f"  {label}: {mine}" + (f" · reference {ref}" if ref else ""), style="dim")
            table.add_row(label, f"{mine['records']:,}", f"{mine['seconds']:.1f}", f"{mine['rss_mb']:.0f}",
                          f"{ref['seconds']:.1f}" if ref else "–", f"{ref['rss_mb']:.0f}" if ref else "–",
                          "yes" if mine["rss_mb"] < 300 else "no")
    console.print(table)


if __name__ == "__main__":
    main()
