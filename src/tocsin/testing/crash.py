"""Kill `tocsin ingest` with SIGKILL at random points, over and over, while readers query the same store;
after every kill the store must hold each document at most once with all of its records or none, and
nothing that points nowhere; once the runs complete, it must equal a store that was never interrupted.
Used by tests/test_crash.py (a few kills) and bench/reliability.py (fifty)."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from tocsin import query
from tocsin.errors import StoreError
from tocsin.store import is_postgres, open_store

DEMO = Path(__file__).resolve().parents[3] / "corpus" / "demo"  # the checkout's demo corpus: the harness runs from a checkout
PER_DOCUMENT = {  # the records a stored document brings; all or none of them
    "sentences": "SELECT doc_id AS id, COUNT(*) AS n FROM sentences GROUP BY doc_id",
    "mentions": "SELECT doc_id AS id, COUNT(*) AS n FROM mentions GROUP BY doc_id",
    "times": "SELECT doc_id AS id, COUNT(*) AS n FROM time_expressions GROUP BY doc_id",
    "statements": "SELECT doc_id AS id, COUNT(*) AS n FROM statements GROUP BY doc_id",
    "forecasts": "SELECT doc_id AS id, COUNT(*) AS n FROM forecasts GROUP BY doc_id",
    "events": "SELECT doc_id AS id, COUNT(*) AS n FROM events GROUP BY doc_id",
}
ORPHANS = {
    "mentions without document": "SELECT COUNT(*) AS n FROM mentions WHERE doc_id NOT IN (SELECT id FROM documents)",
    "sentences without document": "SELECT COUNT(*) AS n FROM sentences WHERE doc_id NOT IN (SELECT id FROM documents)",
    "events without document": "SELECT COUNT(*) AS n FROM events WHERE doc_id NOT IN (SELECT id FROM documents)",
    "statements without document": "SELECT COUNT(*) AS n FROM statements WHERE doc_id NOT IN (SELECT id FROM documents)",
    "documents without sentences": "SELECT COUNT(*) AS n FROM documents WHERE id NOT IN (SELECT doc_id FROM sentences)",
    "documents neither linked nor waiting": "SELECT COUNT(*) AS n FROM documents WHERE id NOT IN (SELECT doc_id FROM unlinked_documents)"
                                            " AND id NOT IN (SELECT doc_id FROM linked_documents)",
    "documents both linked and waiting": "SELECT COUNT(*) AS n FROM unlinked_documents WHERE doc_id IN (SELECT doc_id FROM linked_documents)",
    "memberships of no event": "SELECT COUNT(*) AS n FROM incident_events WHERE event_id NOT IN (SELECT id FROM events)",
    "memberships of no incident": "SELECT COUNT(*) AS n FROM incident_events WHERE incident_id NOT IN (SELECT id FROM incidents)",
    "incidents without reports": "SELECT COUNT(*) AS n FROM incidents WHERE id NOT IN (SELECT incident_id FROM incident_events)",
    "incidents whose count is off": "SELECT COUNT(*) AS n FROM incidents i WHERE i.events <>"
                                    " (SELECT COUNT(*) FROM incident_events ie WHERE ie.incident_id = i.id)",
}


def per_document(store) -> dict[str, dict[str, int]]:
    out = {d["id"]: dict.fromkeys(PER_DOCUMENT, 0) for d in store.fetch("SELECT id FROM documents")}
    for kind, sql in PER_DOCUMENT.items():
        for row in store.fetch(sql):
            out.setdefault(row["id"], dict.fromkeys(PER_DOCUMENT, 0))[kind] = row["n"]
    return out


def linked_state(store) -> dict:
    return {"incidents": store.fetch("SELECT COUNT(*) AS n FROM incidents")[0]["n"],
            "memberships": sorted((r["event_id"], r["incident_id"]) for r in store.fetch("SELECT event_id, incident_id FROM incident_events")),
            "claims": store.fetch("SELECT COUNT(*) AS n FROM statement_claims")[0]["n"]}


def check(location: str, reference: dict[str, dict[str, int]]) -> list[str]:
    """What is wrong with the store after a kill (nothing, if it is whole)."""
    problems = []
    with open_store(location) as store:
        sqlite = not is_postgres(location)
        if sqlite and (ok := store.fetch("PRAGMA integrity_check")[0]["integrity_check"]) != "ok":
            problems.append(f"integrity_check: {ok}")
        indexed = store.fetch(f"SELECT COUNT(*) AS n FROM {'documents_fts' if sqlite else 'documents_search'}")[0]["n"]
        docs = store.fetch("SELECT COUNT(*) AS n FROM documents")[0]["n"]
        if indexed != docs:
            problems.append(f"{indexed} rows in the search index for {docs} documents")
        problems += [f"{name}: {n}" for name, sql in ORPHANS.items() if (n := store.fetch(sql)[0]["n"])]
        for doc_id, counts in per_document(store).items():
            if doc_id not in reference:
                problems.append(f"document {doc_id} is not in the reference")
            elif counts != reference[doc_id]:
                problems.append(f"document {doc_id} has {counts}, not {reference[doc_id]}")
    return problems


class Readers(threading.Thread):
    """Query the store the whole time, as the web desk would: counts must never go down, queries never fail."""

    def __init__(self, location: str):
        super().__init__(daemon=True)
        self.location, self.stop, self.errors, self.queries, self.seen = location, threading.Event(), [], 0, 0

    def run(self) -> None:
        store = None
        while not self.stop.is_set():
            try:
                store = store or open_store(self.location, readonly=True)
            except StoreError:  # not created or migrated yet
                time.sleep(0.05)
                continue
            try:
                n = query.stats(store)["documents"]
                query.list_incidents(store, limit=20)
                query.search(store, "Aragua")
                self.queries += 3
                if n < self.seen:
                    self.errors.append(f"document count went down: {self.seen} -> {n}")
                self.seen = n
            except Exception as e:  # noqa: BLE001 - any failure of a reader is what this records
                self.errors.append(f"{type(e).__name__}: {e}")
            time.sleep(0.02)
        if store is not None:
            store.close()


@dataclass
class Outcome:
    kills: int = 0
    completed_runs: int = 0
    problems: list[str] = field(default_factory=list)
    reader_queries: int = 0
    reader_errors: list[str] = field(default_factory=list)
    kill_points: list[int] = field(default_factory=list)  # documents stored when each kill landed


def _ingest(location: str) -> subprocess.Popen:
    command = [sys.executable, "-m", "tocsin", "--store", location, "ingest", "--quiet", "--batch-size", "1", "--workers", "1", str(DEMO)]
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _count(location: str) -> int:
    try:
        with open_store(location, readonly=True) as store:
            return store.fetch("SELECT COUNT(*) AS n FROM documents")[0]["n"]
    except StoreError:
        return 0


MAX_SPAN = 120.0  # seconds: the widest window a kill is drawn from


def kill_repeatedly(fresh, kills: int, reference: dict, reference_links: dict, seed: int = 1, span: float = 12.0) -> Outcome:
    """``fresh()`` gives the location of an empty store. Each run is killed at a random moment within ``span``
    seconds of its start (model loading, storing and linking all get hit); a run that finishes first is
    checked against the reference and the next one starts on a new store; a run that went from an empty store
    to the end sets ``span`` to its length, so that later kills land inside a run rather than after it; a kill
    that found nothing stored yet widens ``span`` by half (up to ``MAX_SPAN``), so that on a loaded machine,
    where loading the models takes longer than ``span``, later kills still reach the storing."""
    rng, out = random.Random(seed), Outcome()
    location, empty = fresh(), True
    readers = Readers(location)
    readers.start()
    try:
        while out.kills < kills:
            proc, began, from_empty, empty = _ingest(location), time.monotonic(), empty, False
            deadline = began + rng.uniform(0.5, span)
            while proc.poll() is None and time.monotonic() < deadline:
                time.sleep(0.01)
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
                proc.wait()
                out.kills += 1
                out.kill_points.append(_count(location))
                if out.kill_points[-1] == 0 and not out.completed_runs:
                    span = min(MAX_SPAN, span * 1.5)
                out.problems += [f"after kill {out.kills}: {p}" for p in check(location, reference)]
                continue
            out.completed_runs += 1
            if from_empty:  # a whole run's length: where a kill can land
                span = min(span, time.monotonic() - began)
            out.problems += [f"after a completed run: {p}" for p in _final(location, reference, reference_links)]
            readers.stop.set()
            readers.join()
            out.reader_queries += readers.queries
            out.reader_errors += readers.errors
            location, empty = fresh(), True
            readers = Readers(location)
            readers.start()
        proc = _ingest(location)  # the last store: resumed to the end
        proc.wait()
        out.problems += [f"after the last resume: {p}" for p in _final(location, reference, reference_links)]
    finally:
        readers.stop.set()
        readers.join()
        out.reader_queries += readers.queries
        out.reader_errors += readers.errors
    return out


def _final(location: str, reference: dict, reference_links: dict) -> list[str]:
    problems = check(location, reference)
    with open_store(location) as store:
        got = per_document(store)
        if set(got) != set(reference):
            problems.append(f"{len(got)} documents, not the {len(reference)} of the reference")
        if linked_state(store) != reference_links:
            problems.append("incidents or claims differ from the uninterrupted store")
    return problems


__all__ = ["kill_repeatedly", "per_document", "linked_state", "check"]
