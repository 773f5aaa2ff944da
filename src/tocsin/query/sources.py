"""The reads of unattended running: the sources followed and their health, the items seen, the cycles run, and
the deliveries of alerts (``tocsin sources``, ``tocsin runs``, ``tocsin deliveries``, the desk's Sources page)."""

from __future__ import annotations

import json

from ..errors import NotFound
from ..models import Source
from ..store import Store
from .reads import Row

CHUNK = 500  # URLs asked about in one query


def list_sources(store: Store) -> list[Row]:
    """Every source with its health: last fetch and status, last new item, failures in a row, next due, items stored."""
    return store.fetch(
        "SELECT s.url, s.kind, s.outlet, s.language, s.every_seconds, s.added_at, s.last_fetch, s.last_status, s.last_new,"
        " s.errors, s.next_due, (SELECT COUNT(*) FROM source_items i WHERE i.source_url = s.url AND i.doc_id IS NOT NULL) AS items"
        " FROM sources s ORDER BY s.url"
    )


def due_sources(store: Store, at: str) -> list[Source]:
    """The sources due at ``at`` (an ISO time), the longest waiting first."""
    rows = store.fetch("SELECT url, kind, outlet, language, every_seconds, etag, last_modified FROM sources"
                       " WHERE next_due <= ? ORDER BY next_due, url", (at,))
    return [Source(r["url"], r["kind"], r["outlet"], r["language"], r["every_seconds"], r["etag"], r["last_modified"]) for r in rows]


def get_source(store: Store, url: str) -> Source:
    rows = store.fetch("SELECT url, kind, outlet, language, every_seconds, etag, last_modified FROM sources WHERE url = ?", (url,))
    if not rows:
        raise NotFound(f"no source {url!r} is followed; list them with `tocsin sources list`")
    r = rows[0]
    return Source(r["url"], r["kind"], r["outlet"], r["language"], r["every_seconds"], r["etag"], r["last_modified"])


def seen_urls(store: Store, urls: list[str]) -> set[str]:
    """Those of ``urls`` already seen: an item of a source, or the URL of a stored document."""
    found: set[str] = set()
    for i in range(0, len(urls), CHUNK):
        chunk = urls[i:i + CHUNK]
        marks = ", ".join("?" * len(chunk))
        found |= {r["url"] for r in store.fetch(f"SELECT url FROM source_items WHERE url IN ({marks})", chunk)}
        found |= {r["url"] for r in store.fetch(f"SELECT url FROM documents WHERE url IN ({marks})", chunk)}
    return found


def list_runs(store: Store, limit: int = 20) -> list[Row]:
    """The latest cycles, newest first, each with its counts (sources, fetched, not modified, known, new, duplicate,
    rejected, errors, requests, bytes, seconds)."""
    rows = store.fetch("SELECT id, started_at, finished_at, status, host, pid, counts FROM runs"
                       " ORDER BY started_at DESC, id DESC LIMIT ?", (limit,))
    for row in rows:
        row.update(json.loads(row.pop("counts")))
    return rows


def running_runs(store: Store) -> list[Row]:
    """Cycles recorded as running: (id, host, pid, updated_at)."""
    return store.fetch("SELECT id, host, pid, updated_at FROM runs WHERE status = 'running'")


def list_deliveries(store: Store, status: str | None = None, limit: int = 100) -> list[Row]:
    """Deliveries of alerts to destinations, newest first: pending, sent, or dead (given up: replay them)."""
    where, params = ("WHERE d.status = ?", [status]) if status else ("", [])
    return store.fetch(f"SELECT d.id, d.alert_id, a.title, d.destination, d.status, d.attempts, d.last_error, d.next_try,"
                       f" d.created_at, d.sent_at FROM deliveries d JOIN alerts a ON a.id = d.alert_id {where}"
                       " ORDER BY d.created_at DESC, d.id LIMIT ?", (*params, limit))


def due_deliveries(store: Store, at: str) -> list[Row]:
    """Pending deliveries whose next try is due at ``at``, oldest first, each with its alert."""
    rows = store.fetch("SELECT d.id, d.destination, d.attempts, d.created_at, a.id AS alert_id, a.rule, a.subject, a.title,"
                       " a.evidence, a.occurred, a.raised_at FROM deliveries d JOIN alerts a ON a.id = d.alert_id"
                       " WHERE d.status = 'pending' AND d.next_try <= ? ORDER BY d.created_at, d.id", (at,))
    for row in rows:
        row["evidence"] = json.loads(row["evidence"])
    return rows


def document_links(store: Store, doc_ids: list[str]) -> dict[str, Row]:
    """Document id -> its url, title and outlet: the links an alert's evidence gives."""
    if not doc_ids:
        return {}
    marks = ", ".join("?" * len(doc_ids))
    rows = store.fetch(f"SELECT id, url, title, outlet FROM documents WHERE id IN ({marks})", doc_ids)
    return {r["id"]: r for r in rows}
