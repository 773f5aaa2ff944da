"""The Spark runner: tocsin's per-document reading mapped over web archives (``tocsin spark-read``).

The read and resolve stages are a pure function of a document and read-only resources, so the same
code that runs in ``tocsin ingest`` runs here inside ``mapPartitions``: each partition is a slice of
an archive (a whole file, or a run of records when there are fewer files than partitions), its
Python worker loads the models once and keeps them for every later task, and its rows (documents
with their annotations, rejections with their reasons, counts of the records passed over) are written
by Spark as Parquet shards. ``tocsin load`` brings the shards into a store and links them.

On a cluster the same job runs under ``spark-submit`` (see docs/usage.md): the archives must be on a
filesystem every executor sees, tocsin installed in the executors' Python, and ``--out`` any URI
Spark writes to (``hdfs://``, ``s3a://``, a shared folder).
"""

from __future__ import annotations

import math
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from ..config import Config
from ..errors import TocsinError
from .records import COLUMNS, document_row, rejection_row, skipped_row


class SparkError(TocsinError):
    """The Spark job could not run or finish: the message says what Spark or the input said."""


@dataclass(frozen=True)
class Slice:
    """A run of an archive's records: from byte ``start`` to the record that begins at ``end`` (None: the end)."""

    path: str
    start: int = 0
    end: int | None = None


@dataclass
class SparkReport:
    slices: int
    documents: int
    rejections: int
    skipped: int
    out: str


def archives(paths: Iterable[str]) -> list[Path]:
    """The WARC and ARC files among the paths (folders are walked)."""
    from ..ingest import walk
    from ..ingest.warc import SOURCE
    from ..models import Rejection

    found = [p for p in walk(paths) if not isinstance(p, Rejection) and SOURCE.can_read(p)]
    if not found:
        raise SparkError(f"no WARC or ARC files in {', '.join(map(str, paths))}")
    return found


def plan(files: list[Path], partitions: int) -> list[Slice]:
    """One slice per file, or, with fewer files than partitions, each file cut into runs of whole records."""
    from ..ingest.warc import SOURCE

    if len(files) >= partitions:
        return [Slice(str(f)) for f in files]
    per_file = math.ceil(partitions / len(files))
    slices = []
    for f in files:
        offsets = SOURCE.record_offsets(f)
        step = max(1, math.ceil(len(offsets) / per_file))
        cuts = offsets[::step]
        slices += [Slice(str(f), start, end) for start, end in zip(cuts, [*cuts[1:], None])]
    return slices


def read_slices(slices: Iterable[Slice], config: Config) -> Iterator[tuple]:
    """Rows of the documents, rejections and passed-over records in some slices: what one Spark task runs."""
    from ..ingest.ingest import documents_from
    from ..ingest.warc import SOURCE
    from ..models import Rejection, Repaired, Skipped
    from ..pipeline import read_batch, too_long

    def rows(row: dict) -> tuple:
        return tuple(row[c] for c in COLUMNS)

    def read(batch) -> Iterator[tuple]:
        for result in read_batch(batch, config.batch_size):
            yield rows(rejection_row(result) if isinstance(result, Rejection) else document_row(*result))

    for piece in slices:
        seen: set[str] = set()
        skipped: dict[str, int] = {}
        batch = []
        drafts = SOURCE.read_range(Path(piece.path), config.max_bytes, piece.start, piece.end)
        for item in documents_from(drafts):
            if isinstance(item, Skipped):
                skipped[item.reason] = skipped.get(item.reason, 0) + 1
            elif isinstance(item, Repaired):
                continue  # the shards have no row for a repair note yet: the record read is kept, the note is not
            elif isinstance(item, Rejection):
                yield rows(rejection_row(item))
            elif (refused := too_long(item, config)) is not None:
                yield rows(rejection_row(refused))
            elif item.id not in seen:  # the same text twice in a slice is read once; across slices, `tocsin load` decides
                seen.add(item.id)
                batch.append(item)
                if len(batch) >= config.batch_size:
                    yield from read(batch)
                    batch = []
        yield from read(batch)
        yield from (rows(skipped_row(piece.path, reason, n)) for reason, n in sorted(skipped.items()))


def _schema():
    from pyspark.sql.types import ArrayType, IntegerType, LongType, StringType, StructField, StructType

    types = {"authors": ArrayType(StringType()), "boilerplate_removed": IntegerType(), "count": LongType()}
    return StructType([StructField(c, types.get(c, StringType()), nullable=True) for c in COLUMNS])


def session(master: str | None = "local[*]", app: str = "tocsin spark-read"):
    """A Spark session; ``master`` None takes the one spark-submit was given."""
    try:
        from pyspark.sql import SparkSession
    except ImportError as e:
        raise SparkError("the Spark runner needs PySpark: pip install 'tocsin[spark]'") from e
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # the workers run this Python, which has tocsin
    builder = (SparkSession.builder.appName(app).config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false")
               .config("spark.python.worker.reuse", "true"))
    if master:
        builder = builder.master(master)
        if master.startswith("local"):  # a local job listens on loopback only
            os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
            builder = builder.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def spark_read(paths: list[str], out: str, config: Config, master: str | None = "local[*]", partitions: int | None = None,
               overwrite: bool = False, spark=None) -> SparkReport:
    """Read every WARC/ARC archive under ``paths`` with Spark and write Parquet shards of the rows to ``out``."""
    files = archives(paths)
    if spark is None:
        spark = session(master)
        own = spark.sparkContext.getConf().get("spark.app.name") == "tocsin spark-read"  # not a session the caller had already
    else:
        own = False
    try:
        wanted = partitions or max(2, spark.sparkContext.defaultParallelism)
        slices = plan(files, wanted)
        rdd = spark.sparkContext.parallelize(slices, len(slices)).mapPartitions(lambda part: read_slices(part, config))
        frame = spark.createDataFrame(rdd, _schema(), verifySchema=False)
        frame.write.mode("overwrite" if overwrite else "errorifexists").parquet(out)
        from pyspark.sql import functions as F

        counts = {r["kind"]: (r["rows"], r["parts"]) for r in spark.read.parquet(out).groupBy("kind")
                  .agg(F.count("*").alias("rows"), F.sum("count").alias("parts")).collect()}
    except Exception as e:  # what Spark raises (Py4J, analysis errors) is explained once, here
        if isinstance(e, TocsinError):
            raise
        first = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
        if "already exists" in str(e):
            raise SparkError(f"{out} already exists: `tocsin load {out}`, or pass --overwrite") from None
        raise SparkError(f"the Spark job failed: {first[:500]}") from e
    finally:
        if own:
            spark.stop()
    return SparkReport(len(slices), counts.get("document", (0, 0))[0], counts.get("rejection", (0, 0))[0],
                       int(counts.get("skipped", (0, 0))[1] or 0), out)


def main(argv: list[str] | None = None) -> int:
    """Entry point for spark-submit (``tocsin/scale/submit.py ARCHIVES… --out DIR [--partitions N]``): the master
    and resources are spark-submit's."""
    import argparse

    parser = argparse.ArgumentParser(prog="tocsin-spark-read", description=main.__doc__)
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--out", required=True)
    parser.add_argument("--partitions", type=int)
    parser.add_argument("--overwrite", action="store_true")
    args = parser.parse_args(argv)
    from ..config import load_config

    report = spark_read(args.paths, args.out, load_config(), master=None, partitions=args.partitions, overwrite=args.overwrite)
    print(f"{report.documents} documents, {report.rejections} rejected, {report.skipped} records passed over,"
          f" in {report.slices} slices -> {report.out}")
    return 0
