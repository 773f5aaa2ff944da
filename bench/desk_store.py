"""A store the size of a long-running desk, for the benches that need one (API latency, export memory).

Built as bench/link_scaling.py builds its stores (the demo corpus's records
cloned over eight years), linked, its watch alerts raised; kept in
bench/out/ and reused by later runs until --rebuild (about a quarter of an
hour for 10,000 documents on two cores).
"""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

from rich.console import Console

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"


def build(docs: int, rebuild: bool, console: Console) -> Path:
    path = OUT / f"desk-{docs}.db"
    if path.exists() and not rebuild:
        from tocsin.store import open_store

        with open_store(str(path)):  # brought to the current schema
            pass
        return path
    import link_scaling

    from tocsin.store import open_store
    from tocsin.watch import WatchRules, watch

    OUT.mkdir(parents=True, exist_ok=True)
    console.print(f"building a store of {docs:,} documents (once; kept at {path})", style="dim")
    with tempfile.TemporaryDirectory() as tmp:
        snapshots = link_scaling.build(link_scaling.demo_records(), [docs], Path(tmp), console)
        path.unlink(missing_ok=True)
        with sqlite3.connect(snapshots[docs]) as src, sqlite3.connect(path) as dst:
            src.backup(dst)
    with open_store(str(path)) as store:
        watch(store, WatchRules())
    return path
