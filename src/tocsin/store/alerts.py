"""The writes of the watch rules (``tocsin.watch``): an alert is stored once, by its id, with a delivery owed to
each of its destinations; a delivery is pending until sent, or dead after its last try (until replayed)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json

from ..models import Alert
from .base import Store


def alert_known(store: Store, alert_id: str) -> bool:
    return bool(store.fetch("SELECT 1 FROM alerts WHERE id = ?", (alert_id,)))


def save_alert(store: Store, alert: Alert) -> None:
    store.execute(
        "INSERT INTO alerts (id, rule, subject, title, evidence, occurred, raised_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (alert.id, alert.rule, alert.subject, alert.title, json.dumps(alert.evidence, ensure_ascii=False), alert.occurred,
         dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")),
    )


def delivery_key(alert_id: str, destination: str) -> str:
    """The idempotency key of one alert's delivery to one destination: sent with every attempt, so a receiver that
    sees it twice (a retry after a lost answer) can tell."""
    return "dlv-" + hashlib.sha256(f"{alert_id}|{destination}".encode()).hexdigest()[:24]


def enqueue(store: Store, alert_id: str, destinations: list[str]) -> None:
    """Deliveries owed for a new alert, one per destination, due now (inside the transaction that saves the alert)."""
    at = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    store.executemany("INSERT INTO deliveries (id, alert_id, destination, status, next_try, created_at) VALUES (?, ?, ?, 'pending', ?, ?)"
                      " ON CONFLICT (id) DO NOTHING", [(delivery_key(alert_id, d), alert_id, d, at, at) for d in destinations])


def claim(store: Store, ids: list[str], at: str, until: str) -> bool:
    """Take the deliveries ``ids`` for one attempt: True if each was pending and due at ``at`` (they are then not
    due again before ``until``, should this process die mid-send); False if another process took one first. The
    check and the claim are one write transaction, so two processes never send one delivery at once."""
    marks = ", ".join("?" * len(ids))
    with store.transaction():
        rows = store.fetch(f"SELECT id FROM deliveries WHERE id IN ({marks}) AND status = 'pending' AND next_try <= ?", (*ids, at))
        if len(rows) != len(set(ids)):
            return False
        store.executemany("UPDATE deliveries SET next_try = ? WHERE id = ?", [(until, i) for i in ids])
    return True


def mark_sent(store: Store, ids: list[str]) -> None:
    at = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    with store.transaction():
        store.executemany("UPDATE deliveries SET status = 'sent', attempts = attempts + 1, sent_at = ?, last_error = NULL"
                          " WHERE id = ?", [(at, i) for i in ids])


def mark_failed(store: Store, ids: list[str], error: str, next_try: str, dead: bool) -> None:
    """A failed attempt: why (never a credential: the caller's message), and the next try, or the dead letters."""
    with store.transaction():
        store.executemany("UPDATE deliveries SET status = ?, attempts = attempts + 1, last_error = ?, next_try = ? WHERE id = ?",
                          [("dead" if dead else "pending", error[:500], next_try, i) for i in ids])


def replay(store: Store, ids: list[str] | None = None) -> int:
    """Dead letters back in the queue, due now, their tries counted afresh (all of them when ``ids`` is None)."""
    at = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    with store.transaction():
        if ids is None:
            ids = [r["id"] for r in store.fetch("SELECT id FROM deliveries WHERE status = 'dead'")]
        store.executemany("UPDATE deliveries SET status = 'pending', attempts = 0, next_try = ? WHERE id = ? AND status = 'dead'",
                          [(at, i) for i in ids])
    return len(ids)
