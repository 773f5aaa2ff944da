"""The writes of unattended running (``tocsin.sources``): the sources followed, the items seen, each cycle's record.

Every write here is idempotent or keyed, so a cycle killed at any point and run again neither loses nor doubles
anything: an item is marked seen only after its document is stored, and a source's validators (ETag,
Last-Modified) move on only after every item of the answer they validate is.
"""

from __future__ import annotations

import json

from ..errors import AlreadyRunning
from ..models import Source
from .base import Store
from .sql import now


def add_source(store: Store, source: Source, due: str) -> bool:
    """Follow a URL, or change how an already followed one is read (its kind, outlet, language, schedule).
    True if it is new."""
    with store.transaction():
        if known := _followed(store, source.url):
            store.execute("UPDATE sources SET kind = ?, outlet = ?, language = ?, every_seconds = ? WHERE url = ?",
                          (source.kind, source.outlet, source.language, source.every, source.url))
        else:
            _insert(store, source, due)
    return not known


def add_discovered(store: Store, sources: list[Source], due: str) -> int:
    """Sources a list names (an OPML list, a sitemap index, an OPML file imported), followed unless they are
    already (those keep their settings): how many are new."""
    added = 0
    with store.transaction():
        for source in sources:
            if not _followed(store, source.url):
                _insert(store, source, due)
                added += 1
    return added


def _followed(store: Store, url: str) -> bool:
    return bool(store.fetch("SELECT 1 AS found FROM sources WHERE url = ?", (url,)))


def _insert(store: Store, source: Source, due: str) -> None:
    store.execute("INSERT INTO sources (url, kind, outlet, language, every_seconds, added_at, next_due) VALUES (?, ?, ?, ?, ?, ?, ?)",
                  (source.url, source.kind, source.outlet, source.language, source.every, now(), due))


def remove_source(store: Store, url: str) -> bool:
    """Stop following a URL (the items read from it stay). False if it was not followed."""
    with store.transaction():
        known = _followed(store, url)
        store.execute("DELETE FROM sources WHERE url = ?", (url,))
    return known


def record_answer(store: Store, source: Source, status: str, due: str, new_items: bool) -> None:
    """A source read to the end: its kind, the validators of this answer, its status and when it is due again."""
    at = now()
    with store.transaction():
        store.execute("UPDATE sources SET kind = ?, etag = ?, last_modified = ?, last_fetch = ?, last_status = ?, errors = 0,"
                      " next_due = ?, last_new = CASE WHEN ? = 1 THEN ? ELSE last_new END WHERE url = ?",
                      (source.kind, source.etag, source.last_modified, at, status, due, int(new_items), at, source.url))


def record_failure(store: Store, url: str, reason: str, due: str) -> None:
    """A source that could not be read: why, one more failure in a row, and when to try again."""
    with store.transaction():
        store.execute("UPDATE sources SET last_fetch = ?, last_status = ?, errors = errors + 1, next_due = ? WHERE url = ?",
                      (now(), reason[:500], due, url))


def mark_seen(store: Store, items: list[tuple[str, str, str | None]]) -> None:
    """(normalized URL, source URL, document id or None): items that will not be fetched again."""
    if items:
        with store.transaction():
            store.executemany("INSERT INTO source_items (url, source_url, doc_id, seen_at) VALUES (?, ?, ?, ?)"
                              " ON CONFLICT (url) DO NOTHING", [(*item, now()) for item in items])


def start_run(store: Store, run_id: str, host: str, pid: int) -> None:
    """Record a cycle as running, unless another is (AlreadyRunning): the check and the record are one transaction,
    so of two processes starting at once one runs. (Cycles whose process is gone are closed before this.)"""
    at = now()
    with store.transaction():
        if other := store.fetch("SELECT id, host, pid FROM runs WHERE status = 'running'"):
            raise AlreadyRunning(f"cycle {other[0]['id']} (process {other[0]['pid']} on {other[0]['host']}) is running on this store")
        store.execute("INSERT INTO runs (id, started_at, updated_at, status, host, pid) VALUES (?, ?, ?, 'running', ?, ?)",
                      (run_id, at, at, host, pid))


def update_run(store: Store, run_id: str, counts: dict, status: str = "running") -> None:
    """A running cycle's counts so far (its heartbeat), or a finished one's with its end status."""
    at = now()
    with store.transaction():
        store.execute("UPDATE runs SET counts = ?, updated_at = ?, status = ?, finished_at = ? WHERE id = ?",
                      (json.dumps(counts), at, status, None if status == "running" else at, run_id))


def mark_interrupted(store: Store, run_ids: list[str]) -> None:
    """Cycles found 'running' whose process is gone: a crash or a kill ended them."""
    with store.transaction():
        store.executemany("UPDATE runs SET status = 'interrupted' WHERE id = ? AND status = 'running'", [(r,) for r in run_ids])
