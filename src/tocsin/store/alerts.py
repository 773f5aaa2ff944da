"""The writes of the watch rules (``tocsin.watch``): an alert is stored once, by its id."""

from __future__ import annotations

import datetime as dt
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
