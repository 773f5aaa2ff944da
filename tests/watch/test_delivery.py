"""Alert delivery on the linked demo corpus's real alerts, to a webhook receiver and a mail server (aiosmtpd) on
127.0.0.1: each alert reaches each destination once, across failed tries and restarts; the same idempotency key on
every try; a dead letter until replayed; a daily digest once a day; secrets never in the rules nor in any error."""

from __future__ import annotations

import datetime as dt
import email
import hashlib
import hmac
import json
import ssl

import pytest

from tocsin import query
from tocsin.errors import ConfigError
from tocsin.store import open_store
from tocsin.store.alerts import delivery_key, replay
from tocsin.watch import WatchRules, load_rules, watch
from tocsin.watch.delivery import deliver_due
from tocsin.watch.destinations import parse_destinations

pytestmark = pytest.mark.model


def _rules(**destinations) -> WatchRules:
    return WatchRules(destinations=parse_destinations(destinations))


def test_delivery_webhook_gets_each_alert_once_across_retries_and_restarts(linked_copy, inbox, monkeypatch):
    store, path = linked_copy
    box = inbox(failures=2)
    monkeypatch.setenv("TOCSIN_TEST_HOOK_SECRET", "hook-secret-for-tests")
    rules = _rules(desk={"kind": "webhook", "url": box.url, "secret_env": "TOCSIN_TEST_HOOK_SECRET", "backoff": 0})
    alerts = watch(store, rules)
    assert len(alerts) > 2
    assert deliver_due(store, rules.destinations) == {"sent": len(alerts) - 2, "retrying": 2, "dead": 0}
    assert deliver_due(store, rules.destinations) == {"sent": 2, "retrying": 0, "dead": 0}  # the two that failed, tried again
    store.close()
    with open_store(str(path)) as again:  # a restart: nothing is sent twice
        assert watch(again, rules) == [] and deliver_due(again, rules.destinations) == {"sent": 0, "retrying": 0, "dead": 0}
        assert {r["status"] for r in query.list_deliveries(again)} == {"sent"}
    keys = [headers["idempotency-key"] for headers, _ in box.received]
    assert sorted(keys) == sorted(delivery_key(a.id, "desk") for a in alerts)  # each alert once, under its key
    headers, body = box.received[0]
    expected = hmac.new(b"hook-secret-for-tests", body, hashlib.sha256).hexdigest()
    assert headers["x-tocsin-signature"] == f"sha256={expected}"
    sent = json.loads(body)
    assert sent["evidence"][0]["sentence"] and sent["title"] and sent["links"] == sorted({e["url"] for e in sent["evidence"] if e["url"]})


def test_delivery_a_destination_that_keeps_failing_goes_dead_until_replayed(linked_copy, inbox):
    store, _ = linked_copy
    box = inbox(failures=10_000)
    rules = _rules(desk={"kind": "webhook", "url": box.url, "attempts": 2, "backoff": 0, "rules": ["protected target"]})
    alerts = watch(store, rules)
    owed = sum(a.rule == "protected target" for a in alerts)
    assert owed and deliver_due(store, rules.destinations)["retrying"] == owed
    assert deliver_due(store, rules.destinations)["dead"] == owed
    dead = query.list_deliveries(store, "dead")
    assert len(dead) == owed and all("HTTP 500" in d["last_error"] and d["attempts"] == 2 for d in dead)
    assert deliver_due(store, rules.destinations) == {"sent": 0, "retrying": 0, "dead": 0}  # dead letters wait
    box.failures = 0
    assert replay(store) == owed
    assert deliver_due(store, rules.destinations)["sent"] == owed and len(box.received) == owed


def test_delivery_email_over_starttls_with_credentials_once_per_alert(linked_copy, smtp_server, localhost_certificate, tmp_path):
    store, _ = linked_copy
    cert, key = localhost_certificate
    tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    tls.load_cert_chain(cert, key)
    mailbox, port = smtp_server(tls=tls, auth=("tocsin", "smtp-password-for-tests"))
    (tmp_path / "password").write_text("smtp-password-for-tests\n")
    rules = _rules(editors={"kind": "email", "host": "127.0.0.1", "port": port, "ca_file": str(cert), "sender": "tocsin@example.org",
                            "to": ["editors@example.org"], "username": "tocsin", "password_file": str(tmp_path / "password")})
    alerts = watch(store, rules)
    assert deliver_due(store, rules.destinations)["sent"] == len(alerts) == len(mailbox.messages)
    assert deliver_due(store, rules.destinations)["sent"] == 0
    message = email.message_from_string(mailbox.messages[0])
    assert message["Subject"].startswith("[tocsin] ") and message["Message-ID"].startswith("<dlv-")
    assert "“" in message.get_payload(decode=True).decode() and "smtp-password-for-tests" not in "".join(mailbox.messages)


def test_delivery_email_is_refused_where_the_server_offers_no_starttls(linked_copy, smtp_server, tmp_path):
    store, _ = linked_copy
    mailbox, port = smtp_server()
    rules = _rules(editors={"kind": "email", "host": "127.0.0.1", "port": port, "sender": "tocsin@example.org",
                            "to": ["editors@example.org"], "username": "tocsin", "password_env": "TOCSIN_TEST_SMTP_PASSWORD"})
    watch(store, rules)
    import os

    os.environ["TOCSIN_TEST_SMTP_PASSWORD"] = "never-sent-in-clear"
    try:
        assert deliver_due(store, rules.destinations)["sent"] == 0
    finally:
        del os.environ["TOCSIN_TEST_SMTP_PASSWORD"]
    errors = {d["last_error"] for d in query.list_deliveries(store)}
    assert mailbox.messages == [] and all("SMTPNotSupportedError" in e for e in errors)
    assert not any("never-sent-in-clear" in e for e in errors)


def test_delivery_digest_sends_the_days_alerts_once_after_its_hour(linked_copy, smtp_server):
    store, _ = linked_copy
    mailbox, port = smtp_server()
    rules = _rules(morning={"kind": "digest", "host": "127.0.0.1", "port": port, "starttls": False, "sender": "tocsin@example.org",
                            "to": ["desk@example.org"], "hour": 7})
    alerts = watch(store, rules)
    assert deliver_due(store, rules.destinations)["sent"] == 0  # raised after the last 07:00: they wait for the next
    tomorrow = (dt.datetime.now(dt.timezone.utc) + dt.timedelta(days=1)).replace(hour=8)
    assert deliver_due(store, rules.destinations, tomorrow)["sent"] == len(alerts)
    assert deliver_due(store, rules.destinations, tomorrow + dt.timedelta(hours=1))["sent"] == 0
    assert len(mailbox.messages) == 1 and f"{len(alerts)} alerts" in email.message_from_string(mailbox.messages[0])["Subject"]


@pytest.mark.parametrize("table, message", [
    ({"d": {"kind": "webhook", "url": "http://127.0.0.1/x", "secret": "inline"}}, "never written in the rules"),
    ({"d": {"kind": "email", "host": "smtp.example.org", "to": ["a@example.org"]}}, "needs host, sender and to"),
    ({"d": {"kind": "pager", "url": "http://x"}}, "not one of"),
    ({"d": {"kind": "webhook", "url": "http://127.0.0.1/x", "retries": 3}}, "unknown settings"),
])
def test_delivery_destinations_are_checked(table, message):
    with pytest.raises(ConfigError, match=message):
        parse_destinations(table)


def test_delivery_destinations_load_from_the_rules_file(tmp_path):
    path = tmp_path / "watch.toml"
    path.write_text('[watch]\nrise_min = 4\n[watch.destinations.desk]\nkind = "webhook"\nurl = "https://desk.example/hook"\n'
                    'rules = ["protected target"]\n', encoding="utf-8")
    rules = load_rules(str(path))
    (desk,) = rules.destinations
    assert (desk.name, desk.kind, desk.rules, rules.rise_min) == ("desk", "webhook", ("protected target",), 4)
    assert desk.wants("protected target") and not desk.wants("rise")


def test_delivery_destinations_alone_in_tocsin_toml_are_found(tmp_path, monkeypatch):
    (tmp_path / "tocsin.toml").write_text('[tocsin]\nbatch_size = 8\n\n[watch.destinations.desk]\nkind = "webhook"\n'
                                          'url = "https://desk.example/hook"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("TOCSIN_CONFIG", raising=False)
    assert [d.name for d in load_rules().destinations] == ["desk"]


def test_delivery_a_claimed_delivery_is_not_sent_by_another_process_until_its_claim_lapses(linked_copy, inbox):
    from tocsin.store.alerts import claim
    from tocsin.watch.delivery import LEASE

    store, _ = linked_copy
    box = inbox()
    rules = _rules(desk={"kind": "webhook", "url": box.url, "rules": ["protected target"], "timeout": 5})
    first = next(a for a in watch(store, rules) if a.rule == "protected target")
    key, now = delivery_key(first.id, "desk"), dt.datetime.now(dt.timezone.utc)
    later = (now + dt.timedelta(seconds=30)).isoformat(timespec="seconds")
    assert claim(store, [key], later, (now + dt.timedelta(seconds=LEASE)).isoformat(timespec="seconds"))  # another process took it
    assert not claim(store, [key], later, later)  # and no one else may
    sent = deliver_due(store, rules.destinations, now + dt.timedelta(seconds=60))["sent"]
    assert delivery_key(first.id, "desk") not in [h["idempotency-key"] for h, _ in box.received] and sent == len(box.received)
    assert deliver_due(store, rules.destinations, now + dt.timedelta(seconds=LEASE + 1))["sent"] == 1  # its process died: it lapsed
    assert [h["idempotency-key"] for h, _ in box.received].count(key) == 1
