"""Alert delivery: at least once, never duplicated, to the destinations the watch rules name.

Each new alert owes one delivery to each of its destinations, stored with the alert (``store.alerts.enqueue``).
``deliver_due`` sends the ones due, then marks them sent; a failed attempt is tried again after ``backoff``
seconds, doubling, and after ``attempts`` tries the delivery is dead: listed by ``tocsin deliveries --dead``
until replayed. A delivery marked sent is never sent again, whichever process runs next.

An attempt first claims its deliveries (``store.alerts.claim``: pending, due, and not claimed by another process,
checked and claimed in one write transaction), so two processes delivering at once never send one twice; a claim
held by a process that died mid-send lapses after ``LEASE`` seconds. Every attempt carries the delivery's idempotency key (the ``Idempotency-Key`` header of a webhook, the
``Message-ID`` of a mail), the same on every try: a process killed after sending and before marking sends it
again on its next run, and the receiver can tell it has it already. That is the one repeat at-least-once allows.

- webhook: the alert as JSON (rule, subject, title, its evidence sentences with their outlets, dates and links),
  POSTed; with a secret, ``X-Tocsin-Signature: sha256=<HMAC-SHA256 of the body>``. Any 2xx is delivered.
- email: one mail per alert over SMTP, upgraded with STARTTLS before anything is sent (refused if the server
  cannot), logged in with the credentials from a file or the environment.
- digest: one mail a day with the alerts raised before the day's ``hour`` (UTC) and not yet sent.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
from email.message import EmailMessage
from itertools import groupby

from .. import query
from ..errors import ConfigError, DeliveryError
from ..store import Store
from ..store import alerts as alert_store
from .destinations import Destination

LEASE = 600  # seconds a claimed delivery waits (beyond its timeout) before another process may try it: one that died mid-send


def deliver_due(store: Store, destinations: tuple[Destination, ...], now: dt.datetime | None = None) -> dict[str, int]:
    """Send every delivery due by ``now`` to its destination: how many were sent, will be retried, went dead.
    A delivery to a destination no longer in the rules waits, pending, for it to come back."""
    now = now or dt.datetime.now(dt.timezone.utc)
    counts = {"sent": 0, "retrying": 0, "dead": 0}
    named = {d.name: d for d in destinations}
    rows = query.due_deliveries(store, now.isoformat(timespec="seconds"))
    for name, group in groupby(sorted(rows, key=lambda r: r["destination"]), key=lambda r: r["destination"]):
        if name not in named:
            continue
        destination, group = named[name], list(group)
        if destination.kind == "digest":
            _digest(store, destination, group, now, counts)
        else:
            for row in group:
                _attempt(store, destination, [row], now, counts, lambda: SEND[destination.kind](destination, store, row))
    return counts


def _attempt(store: Store, destination: Destination, rows: list[dict], now: dt.datetime, counts: dict, send) -> None:
    """One try of the deliveries in ``rows`` (one message): sent, or failed and scheduled again, or dead; nothing if
    another process claimed them first."""
    ids = [r["id"] for r in rows]
    lease = now + dt.timedelta(seconds=LEASE + destination.timeout)
    if not alert_store.claim(store, ids, now.isoformat(timespec="seconds"), lease.isoformat(timespec="seconds")):
        return
    try:
        send()
    except (DeliveryError, ConfigError) as e:
        tries = max(r["attempts"] for r in rows) + 1
        dead = tries >= destination.attempts
        wait = dt.timedelta(seconds=destination.backoff * 2 ** (tries - 1))
        alert_store.mark_failed(store, ids, f"attempt {tries}: {e}", (now + wait).isoformat(timespec="seconds"), dead)
        counts["dead" if dead else "retrying"] += len(ids)
        return
    alert_store.mark_sent(store, ids)
    counts["sent"] += len(ids)


def payload(store: Store, row: dict) -> dict:
    """What a destination is told of one alert: the alert, its evidence sentences, and the links to their articles."""
    docs = query.document_links(store, [e["document"] for e in row["evidence"] if e.get("document")])
    evidence = [{**e, "url": docs.get(e.get("document"), {}).get("url"), "title": docs.get(e.get("document"), {}).get("title")}
                for e in row["evidence"]]
    return {"id": row["alert_id"], "rule": row["rule"], "subject": row["subject"], "title": row["title"],
            "occurred": row["occurred"], "raised_at": row["raised_at"], "evidence": evidence,
            "links": sorted({e["url"] for e in evidence if e.get("url")}), "delivery": row["id"]}


def _webhook(destination: Destination, store: Store, row: dict) -> None:
    import httpx

    body = json.dumps(payload(store, row), ensure_ascii=False, sort_keys=True).encode("utf-8")
    headers = {"Content-Type": "application/json", "Idempotency-Key": row["id"], "User-Agent": "tocsin/0.1 (alerts)"}
    if (secret := destination.secret()) is not None:
        headers["X-Tocsin-Signature"] = "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()
    try:
        response = httpx.post(destination.url, content=body, headers=headers, timeout=destination.timeout, trust_env=False,
                              follow_redirects=False)
    except httpx.HTTPError as e:
        raise DeliveryError(f"cannot reach the webhook: {type(e).__name__}") from None
    if not 200 <= response.status_code < 300:
        raise DeliveryError(f"the webhook answered HTTP {response.status_code}")


def _email(destination: Destination, store: Store, row: dict) -> None:
    alert = payload(store, row)
    _send_mail(destination, f"[tocsin] {alert['title']}", _alert_text(alert), row["id"])


def _digest(store: Store, destination: Destination, rows: list[dict], now: dt.datetime, counts: dict) -> None:
    """Once a day, after the destination's hour: the alerts raised before that hour and not yet sent, in one mail."""
    cutoff = now.replace(hour=destination.hour, minute=0, second=0, microsecond=0)
    if now < cutoff:
        cutoff -= dt.timedelta(days=1)
    rows = [r for r in rows if r["created_at"] < cutoff.isoformat(timespec="seconds")]
    if not rows:
        return
    alerts = [payload(store, r) for r in rows]
    subject = f"[tocsin] {len(alerts)} alert{'s' if len(alerts) != 1 else ''} to {cutoff:%Y-%m-%d %H:%M} UTC"
    body = "\n\n".join(_alert_text(a) for a in alerts)
    key = "dgst-" + hashlib.sha256(f"{destination.name}|{cutoff.isoformat()}".encode()).hexdigest()[:24]
    _attempt(store, destination, rows, now, counts, lambda: _send_mail(destination, subject, body, key))


def _alert_text(alert: dict) -> str:
    lines = [alert["title"], f"rule: {alert['rule']}; subject: {alert['subject']}; occurred: {alert['occurred'] or 'unknown'}", ""]
    for e in alert["evidence"]:
        if e.get("sentence"):
            lines.append(f"  “{e['sentence']}” ({e.get('outlet') or 'unknown outlet'}, {(e.get('published_at') or '')[:10]})")
            if e.get("url"):
                lines.append(f"  {e['url']}")
    return "\n".join(lines + [f"alert {alert['id']}"])


def _send_mail(destination: Destination, subject: str, text: str, key: str) -> None:
    import smtplib
    import ssl

    message = EmailMessage()
    message["Subject"], message["From"], message["To"] = subject, destination.sender, ", ".join(destination.to)
    message["Message-ID"] = f"<{key}@tocsin>"
    message["X-Tocsin-Idempotency-Key"] = key
    message.set_content(text)
    password = destination.password()
    try:
        with smtplib.SMTP(destination.host, destination.port, timeout=destination.timeout) as smtp:
            if destination.starttls:
                smtp.starttls(context=ssl.create_default_context(cafile=destination.ca_file or None))
            if destination.username:
                smtp.login(destination.username, password or "")
            smtp.send_message(message)
    except smtplib.SMTPException as e:
        raise DeliveryError(f"the mail server refused: {type(e).__name__} {getattr(e, 'smtp_code', '')}".strip()) from None
    except (OSError, ssl.SSLError) as e:
        raise DeliveryError(f"cannot reach the mail server: {type(e).__name__}") from None


SEND = {"webhook": _webhook, "email": _email}
