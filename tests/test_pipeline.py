"""The runner: dedup before NLP, resumability after a kill."""

import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from tocsin.config import Config
from tocsin.pipeline import run_ingest
from tocsin.store import open_store

from .conftest import DEMO

pytestmark = pytest.mark.model


def test_pipeline_demo_counts(demo_store):
    store, report = demo_store
    assert (report.read, report.stored, report.near_duplicates, len(report.rejected)) == (29, 28, 1, 5)
    (dup,) = store.fetch("SELECT source, duplicate_of, similarity FROM duplicates")
    assert dup["similarity"] >= 0.85


def test_pipeline_second_run_skips_everything(demo_store, tmp_path):
    path = str(tmp_path / "again.db")
    with open_store(path) as store:
        first = run_ingest([str(DEMO)], store, Config(store=path))
        second = run_ingest([str(DEMO)], store, Config(store=path))
    assert first.stored == 28
    assert (second.stored, second.already_stored, second.near_duplicates) == (0, 28, 1)


def _integrity(path):
    conn = sqlite3.connect(path)
    one = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
    out = {
        "ids": {r[0] for r in conn.execute("SELECT id FROM documents")},
        "mentions": one("SELECT COUNT(*) FROM mentions"),
        "orphan_mentions": one("SELECT COUNT(*) FROM mentions WHERE doc_id NOT IN (SELECT id FROM documents)"),
        "orphan_sentences": one("SELECT COUNT(*) FROM sentences WHERE doc_id NOT IN (SELECT id FROM documents)"),
        "fts_rows": one("SELECT COUNT(*) FROM documents_fts"),
        "docs_without_sentences": one("SELECT COUNT(*) FROM documents WHERE id NOT IN (SELECT doc_id FROM sentences)"),
    }
    conn.close()
    return out


def test_pipeline_killed_run_resumes_without_loss_or_duplicates(demo_store, tmp_path):
    store, _ = demo_store
    path = str(tmp_path / "killed.db")
    cmd = [sys.executable, "-m", "tocsin", "--store", path, "ingest", "--quiet", "--batch-size", "1", str(DEMO)]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    stored = 0
    while time.monotonic() < deadline and proc.poll() is None:
        if os.path.exists(path):
            try:
                conn = sqlite3.connect(path)
                stored = conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
                conn.close()
            except sqlite3.OperationalError:
                stored = 0
        if stored >= 5:
            proc.send_signal(signal.SIGKILL)
            break
        time.sleep(0.02)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, "the run finished before it could be killed"
    assert 5 <= _integrity(path)["fts_rows"] < 28
    with open_store(path) as resumed:
        report = run_ingest([str(DEMO)], resumed, Config(store=path))
    assert report.already_stored >= 5 and report.stored + report.already_stored == 28
    got, expected = _integrity(path), _integrity(store.path)
    assert got == expected
    assert got["orphan_mentions"] == got["orphan_sentences"] == got["docs_without_sentences"] == 0


def _refuse_a_txt(monkeypatch) -> None:
    """The store refuses the document read from a.txt, as a full disk would."""
    from tocsin.errors import StoreError
    from tocsin.store.sqlite import SQLiteStore

    real_save = SQLiteStore.save

    def save(self, doc, resolved, signature=None):
        if doc.source.endswith("a.txt"):
            raise StoreError(f"{doc.source}: disk full")
        return real_save(self, doc, resolved, signature)

    monkeypatch.setattr(SQLiteStore, "save", save)


def test_pipeline_a_document_the_store_refuses_is_rejected_and_the_batch_goes_on(tmp_path, monkeypatch, config):
    (tmp_path / "in").mkdir()
    story = " Officers said the investigation continues and more arrests are expected in the coming weeks."
    (tmp_path / "in" / "a.txt").write_text("Police in Lima arrested two men on Monday for extortion of bus drivers." + story)
    (tmp_path / "in" / "b.txt").write_text("Gunmen killed a shopkeeper in Guayaquil on Sunday, according to the national police." + story)
    _refuse_a_txt(monkeypatch)
    with open_store(config.store) as store:
        report = run_ingest([str(tmp_path / "in")], store, config)
        assert report.stored == 1, report
        assert [r.reason for r in report.rejected] == [f"could not be stored: {tmp_path / 'in' / 'a.txt'}: disk full"]


def test_pipeline_a_near_duplicate_of_a_rejected_document_is_read_in_its_place(tmp_path, monkeypatch, config):
    """The original a near-duplicate points to must be stored: when the store refused it, the near-duplicate is
    read as a document of its own (before, recording it broke a constraint and ended the run)."""
    (tmp_path / "in").mkdir()
    story = (" Officers said the investigation continues and more arrests are expected in the coming weeks, while the"
             " transport union said drivers would keep paying the gang until the police protect the routes at night.")
    (tmp_path / "in" / "a.txt").write_text("Police in Lima arrested two men on Monday for extortion of bus drivers." + story * 3)
    (tmp_path / "in" / "b.txt").write_text("UPDATED: Police in Lima arrested two men on Monday for extortion of bus drivers." + story * 3)
    (tmp_path / "in" / "c.txt").write_text("Gunmen killed a shopkeeper in Guayaquil on Sunday, the national police said." + story)
    _refuse_a_txt(monkeypatch)
    with open_store(config.store) as store:
        report = run_ingest([str(tmp_path / "in")], store, config)
        assert (report.stored, report.near_duplicates, len(report.rejected)) == (2, 0, 1), report
        assert not store.fetch("SELECT * FROM duplicates")
        assert {d["source"].rsplit("/", 1)[1] for d in store.fetch("SELECT source FROM documents")} == {"b.txt", "c.txt"}


def test_ingest_with_worker_processes_stores_the_same_records(tmp_path, demo_copy):
    """Two reading processes, one writer: the same documents and records as one process; a second run adds nothing."""
    from tocsin.pipeline import run_ingest
    from tocsin.store import open_store

    counts = {}
    for workers in (1, 2):
        path = tmp_path / f"w{workers}.db"
        with open_store(str(path)) as s:
            report = run_ingest([str(demo_copy)], s, Config(store=str(path), batch_size=4), workers=workers)
            counts[workers] = (report.stored, len(report.rejected), report.near_duplicates,
                               *(s.fetch(f"SELECT COUNT(*) AS n FROM {t}")[0]["n"] for t in ("documents", "mentions", "statements", "events")))
            again = run_ingest([str(demo_copy)], s, Config(store=str(path), batch_size=4), workers=workers)
            assert again.stored == 0 and again.already_stored == report.stored
    assert counts[1] == counts[2] and counts[2][0] > 20


def _adds_up(report) -> bool:
    """Every document read is counted once: stored, already stored, near-duplicate or rejected (no file-level
    rejections in these inputs)."""
    return report.stored + report.already_stored + report.near_duplicates + len(report.rejected) == report.read


@pytest.mark.parametrize("workers", [1, 2])
def test_pipeline_a_document_another_writer_saved_first_is_counted_as_already_stored(tmp_path, demo_copy, workers):
    """Another ingest into the same store saves each document between this run's check and its save: the
    save finds it there, and the report says already stored instead of losing it."""
    from tocsin.store.sqlite import SQLiteStore

    path = str(tmp_path / "shared.db")

    class Racing(SQLiteStore):
        def save(self, doc, resolved, signature=None):
            with SQLiteStore(path) as other:  # the other writer gets there first
                other.save(doc, resolved, signature)
            return super().save(doc, resolved, signature)

    with Racing(path) as store:
        report = run_ingest([str(demo_copy / "chile"), str(demo_copy / "peru")], store, Config(store=path, batch_size=4),
                            workers=workers)
        assert report.read == 8 and report.stored == 0 and report.already_stored == 8, report
        assert _adds_up(report) and store.fetch("SELECT COUNT(*) AS n FROM documents")[0]["n"] == 8


def test_pipeline_two_ingests_at_once_into_one_store_each_report_adds_up(tmp_path, demo_copy):
    """Two `tocsin ingest` processes over overlapping folders into one SQLite store at the same time (one of them
    with worker processes): each report accounts for every document it read, and the store holds each once."""
    import re

    path = str(tmp_path / "shared.db")
    folders = {"a": ["chile", "peru", "us", "venezuela"], "b": ["us", "venezuela", "mexico", "ecuador", "colombia"]}
    runs = {name: subprocess.Popen([sys.executable, "-m", "tocsin", "--store", path, "ingest", "--quiet", "--no-link",
                                    *(["--workers", "2"] if name == "b" else []), *(str(demo_copy / f) for f in names)],
                                   stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
            for name, names in folders.items()}
    counts = {}
    for name, run in runs.items():
        out = " ".join(run.communicate(timeout=600)[0].split())
        assert run.returncode == 0, out
        found = re.search(r"(\d+) documents read · (\d+) stored · (\d+) already stored · (\d+) near-duplicates skipped · (\d+) rejected", out)
        read, stored, already, near, rejected = map(int, found.groups())
        assert stored + already + near + rejected == read, out
        counts[name] = (read, stored)
    with open_store(path) as store:  # each document in the store was stored by exactly one of the two
        assert store.fetch("SELECT COUNT(*) AS n FROM documents")[0]["n"] == counts["a"][1] + counts["b"][1]


HUNTSVILLE_ITEM = [
    "A Walker County jury convicted a Huntsville man of robbery on Tuesday. He faces up to 20 years in a Texas prison, prosecutors said.",
    "Sam Houston State University police arrested a student on Friday. The university, one of the oldest in Texas, released him on bond.",
    "Two inmates escaped near Huntsville on Monday, and Texas troopers searched Walker County through the night.",
    "Deputies arrested a man after a chase on Interstate 45 in Walker County on Sunday. He was booked into the jail in Huntsville.",
]


@pytest.mark.parametrize("outlet, url", [("Huntsville Item", None), (None, "https://www.itemonline.com/news/{}")])
@pytest.mark.parametrize("one_run", [True, False])
def test_pipeline_an_outlets_home_learned_from_its_stored_documents_places_a_story_that_names_no_state(store, store_location, outlet, url,
                                                                                                    one_run):
    """The fourth story names no state: its Huntsville and Walker County are Alabama's by population, Texas's by what
    the outlet's earlier stories name (learned in the same run, or read back from the store in a later one; both
    backends)."""
    from tocsin.ingest.dedup import document_id
    from tocsin.models import Document
    from tocsin.pipeline import store_documents

    docs = [Document(id=document_id(t), text=t, source=f"item-{i}", outlet=outlet, url=url.format(i) if url else None, language="en",
                     published_at=f"2009-03-0{i + 1}") for i, t in enumerate(HUNTSVILLE_ITEM)]
    config = Config(store=store_location, batch_size=1)
    reports = [store_documents(docs, store, config)] if one_run else [store_documents([d], store, config) for d in docs]
    assert sum(r.stored for r in reports) == 4
    placed = store.fetch("SELECT m.text, p.admin1 FROM mentions m JOIN places p ON p.entity_id = m.entity_id"
                         " JOIN documents d ON d.id = m.doc_id WHERE d.source = 'item-3'")
    assert {(r["text"], r["admin1"]) for r in placed} == {("Walker County", "TX"), ("Huntsville", "TX")}


def _read_by_readers(docs):
    from tocsin.pipeline import _Readers

    readers = _Readers(1)
    try:
        result = readers.read(docs, 4, {}).get(timeout=600)
        readers.close()
        return result
    finally:
        readers.terminate()


def test_readers_forked_after_the_models_loaded_here_read_what_a_fresh_process_reads(demo_copy, monkeypatch):
    """Where fork is available the models are loaded in this process before the readers start, and a forked reader,
    sharing them, reads the same records as a reader started fresh (spawn, as where fork is not available), which
    loads its own."""
    import multiprocessing

    from tocsin import pipeline
    from tocsin.ingest import ingest
    from tocsin.models import Document

    docs = [item for item in ingest([demo_copy], Config()) if isinstance(item, Document) and item.language == "en"][:3]
    prepared = []
    real = pipeline.prepare
    monkeypatch.setattr(pipeline, "prepare", lambda languages: (prepared.append(set(languages)), real(languages)))
    forked = _read_by_readers(docs)
    assert prepared == [{"en"}]
    monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    fresh = _read_by_readers(docs)
    assert prepared == [{"en"}]  # not again: a process started fresh would not share what this one loads
    assert len(forked) == 3 and all(isinstance(r, tuple) for r in forked)
    assert repr(forked) == repr(fresh)
