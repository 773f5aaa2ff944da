"""The Spark runner in local[2] mode on a WARC the tests build from the team's demo articles: spark-read then
load gives the store that ingesting the same archive gives; shards load idempotently; slices cover an
archive exactly once; the row layout keeps every annotation."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from tocsin.testing.warcs import demo_documents, write_warc
from tocsin.config import Config
from tocsin.errors import InputError
from tocsin.ingest.warc import SOURCE
from tocsin.link import link
from tocsin.pipeline import read_batch, run_ingest
from tocsin.scale.load import load
from tocsin.scale.records import document_row, from_row
from tocsin.scale.spark import SparkError, Slice, plan, spark_read
from tocsin.store import open_store

TABLES = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'documents_fts%' AND name <> 'meta'"


@pytest.fixture(scope="module")
def demo_warc(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("warc") / "demo.warc.gz"
    write_warc(path, demo_documents())
    return path


@pytest.fixture(scope="module")
def spark():
    pytest.importorskip("pyspark", reason="the Spark tests need PySpark: pip install 'tocsin[spark]'")
    if shutil.which("java") is None:
        pytest.skip("the Spark tests need Java 17 (java not on PATH)")
    from tocsin.scale.spark import session

    s = session("local[2]", app="tocsin tests")
    yield s
    s.stop()


def _counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as conn:
        tables = [r[0] for r in conn.execute(TABLES)]
        return {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}


def test_scale_slices_cover_an_archive_exactly_once(demo_warc):
    offsets = SOURCE.record_offsets(demo_warc)
    assert len(offsets) == 1 + 29 * 3 + 2 and offsets == sorted(set(offsets))
    whole = [d.source for d in SOURCE.read(demo_warc, 10**7) if hasattr(d, "text")]
    pieces = plan([demo_warc], 4)
    assert len(pieces) == 4 and pieces[0].start == 0 and pieces[-1].end is None
    sliced = [d.source for s in pieces for d in SOURCE.read_range(Path(s.path), 10**7, s.start, s.end) if hasattr(d, "text")]
    assert sliced == whole and len(whole) == 29


def test_scale_plan_takes_one_task_per_file_when_there_are_enough(tmp_path, demo_warc):
    assert plan([demo_warc, demo_warc], 2) == [Slice(str(demo_warc)), Slice(str(demo_warc))]


@pytest.mark.model
def test_scale_a_row_keeps_the_document_and_every_annotation():
    docs = demo_documents()[:8]
    for doc, resolved in read_batch(docs, 8):
        assert from_row(document_row(doc, resolved)) == (doc, resolved)
    assert sum(len(r.annotations.events) + len(r.annotations.statements) for _, r in read_batch(docs, 8)) > 20


@pytest.mark.model
@pytest.mark.spark
def test_scale_spark_read_then_load_stores_what_ingest_stores(spark, demo_warc, tmp_path):
    direct = tmp_path / "direct.db"
    with open_store(str(direct)) as store:
        run_ingest([str(demo_warc)], store, Config(store=str(direct)))
        link(store)
    out = tmp_path / "shards"
    report = spark_read([str(demo_warc)], str(out), Config(), partitions=3, spark=spark)
    assert (report.slices, report.documents, report.rejections) == (3, 29, 0)
    assert report.skipped == 1 + 29 + 29 + 2  # warcinfo, requests, images, redirects
    loaded = tmp_path / "loaded.db"
    with open_store(str(loaded)) as store:
        first = load(out, store, Config(store=str(loaded)))
        link(store)
        again = load(out, store, Config(store=str(loaded)))
    assert (first.stored, first.near_duplicates, again.stored, again.already_stored, again.near_duplicates) == (28, 1, 0, 28, 1)
    assert first.skipped == {"HTTP 301 responses": 2, "non-HTML responses": 29, "request records": 29, "warcinfo records": 1}
    assert _counts(loaded) == _counts(direct)
    with open_store(str(loaded)) as a, open_store(str(direct)) as b:
        sql = "SELECT id, type, outlets, documents FROM incidents ORDER BY id"
        assert a.fetch(sql) == b.fetch(sql)
    with pytest.raises(SparkError, match="already exists"):
        spark_read([str(demo_warc)], str(out), Config(), spark=spark)


@pytest.mark.model
@pytest.mark.spark
def test_scale_a_load_cut_short_resumes_without_duplicates(spark, demo_warc, tmp_path):
    out = tmp_path / "shards"
    spark_read([str(demo_warc)], str(out), Config(), partitions=2, spark=spark)
    shards = sorted(out.glob("*.parquet"))
    assert len(shards) == 2
    path = tmp_path / "partial.db"
    with open_store(str(path)) as store:
        part = load(shards[0], store, Config(store=str(path)))  # as if the load had been killed after its first shard
        rest = load(out, store, Config(store=str(path)))
        assert part.stored + rest.stored == 28 and rest.already_stored == part.stored
        assert store.fetch("SELECT COUNT(*) AS n FROM documents")[0]["n"] == 28


def test_scale_load_reports_a_bad_shard_and_goes_on(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    (tmp_path / "shards").mkdir()
    (tmp_path / "shards" / "part-0.parquet").write_bytes(b"PAR1 this is not parquet")
    pq.write_table(pa.table({"kind": ["rejection"], "source": ["x.warc#u"], "reason": ["empty file"]}),
                   tmp_path / "shards" / "part-1.parquet")
    with open_store(str(tmp_path / "s.db")) as store:
        report = load(tmp_path / "shards", store, Config())
    reasons = {r.source.rsplit("/", 1)[-1]: r.reason for r in report.rejected}
    assert reasons["part-0.parquet"].startswith("not a readable shard") and reasons["x.warc#u"] == "empty file"
    (tmp_path / "nothing").mkdir()
    with open_store(str(tmp_path / "t.db")) as store, pytest.raises(InputError, match="no Parquet shards"):
        load(tmp_path / "nothing", store, Config())


def test_scale_spark_read_needs_archives(tmp_path):
    (tmp_path / "a.txt").write_text("not an archive")
    with pytest.raises(SparkError, match="no WARC or ARC files"):
        spark_read([str(tmp_path)], str(tmp_path / "out"), Config())


@pytest.mark.model
@pytest.mark.spark
def test_scale_the_cli_reads_with_spark_and_loads(spark, demo_warc, tmp_path):
    from click.testing import CliRunner

    from tocsin.cli import cli

    runner = CliRunner()
    out, store = tmp_path / "shards", tmp_path / "cli.db"
    result = runner.invoke(cli, ["spark-read", str(demo_warc), "--out", str(out), "--master", "local[2]", "--partitions", "2"])
    assert result.exit_code == 0, result.output
    assert "29 documents read · 0 rejected · 61 records passed over · 2 slices" in result.output
    result = runner.invoke(cli, ["--store", str(store), "load", "--quiet", str(out)])
    assert result.exit_code == 0, result.output
    assert "28 stored" in result.output and "1 near-duplicates skipped" in result.output and "linked 28 documents" in result.output
    again = runner.invoke(cli, ["spark-read", str(demo_warc), "--out", str(out), "--master", "local[2]"])
    assert again.exit_code == 1 and "already exists" in again.output
