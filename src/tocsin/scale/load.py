"""``tocsin load``: the rows a distributed reader wrote (Parquet shards) into a store.

A shard's documents were read elsewhere; here they pass the same checks as in ``tocsin ingest``
(already stored, near-duplicate of a stored document, refused by the store) and are saved one
transaction each, so a load killed at any point resumes when run again, and a document read twice
(in two slices, or in two jobs) is stored once. Rejections and the records an archive passed over
are reported as ingest reports them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterator

from ..config import Config
from ..errors import InputError
from ..models import IngestReport, Rejection
from ..pipeline import Progress, store_read
from ..store import Store
from .records import from_row

BATCH_ROWS = 256  # rows read from a shard at a time: memory stays bounded whatever the shard's size


def shards(directory: str | Path) -> list[Path]:
    """The Parquet files of a job's output, in a stable order."""
    root = Path(directory)
    files = sorted(root.rglob("*.parquet")) if root.is_dir() else [root] if root.suffix == ".parquet" else []
    if not files:
        raise InputError(str(directory), "no Parquet shards here (write them with `tocsin spark-read`)")
    return files


def count_rows(files: list[Path]) -> int:
    import pyarrow.parquet as pq

    total = 0
    for f in files:
        try:
            total += pq.ParquetFile(f).metadata.num_rows
        except (OSError, ValueError):
            pass  # reported with its reason when its rows are read
    return total


def items(files: list[Path], skipped: dict[str, int], on_row: Callable[[], None] = lambda: None) -> Iterator:
    """(Document, Resolved) pairs and Rejections from the shards, a batch at a time; the counts of records an
    archive passed over are added to ``skipped``."""
    import pyarrow.parquet as pq

    for path in files:
        try:
            batches = pq.ParquetFile(path).iter_batches(batch_size=BATCH_ROWS)
            for batch in batches:
                for row in batch.to_pylist():
                    on_row()
                    if row.get("kind") == "skipped":
                        skipped[row["reason"]] = skipped.get(row["reason"], 0) + int(row["count"] or 0)
                    else:
                        yield from _item(path, row)
        except (OSError, ValueError) as e:  # pyarrow's errors are both; one bad shard must not stop the rest
            yield Rejection(str(path), f"not a readable shard: {e}")


def _item(path: Path, row: dict):
    kind = row.get("kind")
    if kind == "document":
        try:
            yield from_row(row)
        except (KeyError, TypeError, ValueError) as e:
            yield Rejection(f"{path}#{row.get('source')}", f"a document row that cannot be read: {e}")
    elif kind == "rejection":
        yield Rejection(row["source"], row["reason"])
    else:
        yield Rejection(str(path), f"a row of unknown kind {kind!r}")


def load(directory: str | Path, store: Store, config: Config, progress: Progress | None = None) -> IngestReport:
    """Store every document in a job's shards that is not stored yet; the report says what happened."""
    files = shards(directory)
    progress = progress or (lambda event, n: None)
    progress("total", count_rows(files))
    skipped: dict[str, int] = {}
    report = store_read(items(files, skipped, lambda: progress("advance", 1)), store, config, progress)
    for reason, n in skipped.items():
        report.skipped[reason] = report.skipped.get(reason, 0) + n
    return report
