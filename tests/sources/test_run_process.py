"""`tocsin run` as a service runs it, in a process of its own against a news site on 127.0.0.1: killed with SIGKILL
mid-cycle, the next cycle resumes and stores nothing twice; SIGTERM ends a cycle after the current document and
the process exits cleanly."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from tocsin import query
from tocsin.sources import add_source
from tocsin.store import open_store
from tocsin.testing.newsroom import article, filler, rss

pytestmark = pytest.mark.model
PAGES = 12


def _slow_feed(room, seconds: float) -> str:
    """A feed of teasers: each of its PAGES articles read from a page that takes ``seconds`` to answer."""
    for n in range(PAGES):
        room.add(f"/news/{n}", article(f"Story {n}", filler(n)))
        room.slow[f"/news/{n}"] = seconds
    items = [{"title": f"Story {n}", "link": f"{room.base}/news/{n}", "description": "A teaser."} for n in range(PAGES)]
    return room.add("/feed.xml", rss("Slow Wire", items), "application/rss+xml")


def _start(path, *args) -> subprocess.Popen:
    env = {**os.environ, "TOCSIN_BATCH_SIZE": "2"}  # read and stored two at a time: a kill falls between batches
    return subprocess.Popen([sys.executable, "-m", "tocsin", "--store", str(path), "run", "--no-watch", "--allow-private",
                             "--host-delay", "0", *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def _stored_urls(path) -> set[str]:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10) as db:
        return {url for (url,) in db.execute("SELECT url FROM documents")}


def _wait_for(path, proc, count: int, timeout: float = 600) -> set[str]:
    """The stored URLs once ``count`` documents are stored. The bound is generous: on a loaded two-core machine the
    process's start (spaCy's models) alone has taken over two minutes; it is a liveness bound, not a timing."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            if len(urls := _stored_urls(path)) >= count:
                return urls
        except sqlite3.OperationalError:  # the store is being created
            pass
        time.sleep(0.05)
    pytest.fail(f"no {count} documents stored: {proc.communicate()[0] if proc.poll() is not None else 'still running'}")


def _follow(path, url) -> None:
    with open_store(str(path)) as store:
        add_source(store, url, every=3600)


def _finish(path) -> subprocess.CompletedProcess:
    done = subprocess.run([sys.executable, "-m", "tocsin", "--store", str(path), "run", "--once", "--no-watch", "--allow-private",
                           "--host-delay", "0"], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    return done


def test_run_a_killed_cycle_resumes_and_stores_nothing_twice(tmp_path, newsroom):
    path = tmp_path / "run.db"
    _follow(path, _slow_feed(newsroom, 0.6))
    proc = _start(path, "--once")
    before = _wait_for(path, proc, 4)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    before = _stored_urls(path)
    assert 4 <= len(before) < PAGES, "the cycle ended before it could be killed"

    _finish(path)
    with open_store(str(path)) as store:
        assert len(query.list_documents(store, 100)) == PAGES  # every article, each once
        assert {newsroom.hits[url.removeprefix(newsroom.base)] for url in before} == {1}  # stored before the kill: not fetched again
        killed, resumed = sorted(query.list_runs(store), key=lambda r: r["started_at"])
        assert killed["status"] == "interrupted" and resumed["status"] == "done"
        assert resumed["known"] >= len(before) and resumed["new"] == PAGES - len(before)
        assert store.fetch("SELECT COUNT(*) AS n FROM source_items")[0]["n"] == PAGES
        (source,) = query.list_sources(store)
        assert source["last_status"] == "200" and source["items"] == PAGES


def test_run_sigterm_ends_the_cycle_after_the_current_document_and_exits_cleanly(tmp_path, newsroom):
    path = tmp_path / "run.db"
    _follow(path, _slow_feed(newsroom, 0.6))
    proc = _start(path, "--every", "1m")
    _wait_for(path, proc, 2)
    proc.send_signal(signal.SIGTERM)
    output, _ = proc.communicate(timeout=60)
    assert proc.returncode == 0, output
    assert "stopped" in output
    stopped = _stored_urls(path)
    assert len(stopped) < PAGES

    _finish(path)
    with open_store(str(path)) as store:
        assert len(query.list_documents(store, 100)) == PAGES
        assert [r["status"] for r in sorted(query.list_runs(store), key=lambda r: r["started_at"])] == ["stopped", "done"]
        assert {newsroom.hits[url.removeprefix(newsroom.base)] for url in stopped} == {1}


def test_run_delivers_each_alert_once_across_processes_and_failed_tries(tmp_path, newsroom, inbox, smtp_server):
    from pathlib import Path

    killing = (Path(__file__).resolve().parents[2] / "corpus" / "demo" / "ecuador" / "2023-08-10-villavicencio.txt")
    newsroom.add("/news/quito", article("Candidate shot dead in Quito", killing.read_text(encoding="utf-8").split("\n\n", 1)[1]))
    box, (mailbox, port) = inbox(failures=1), smtp_server()
    rules = tmp_path / "watch.toml"
    rules.write_text(f'[watch.destinations.desk]\nkind = "webhook"\nurl = "{box.url}"\nbackoff = 0\n'
                     f'[watch.destinations.editors]\nkind = "email"\nhost = "127.0.0.1"\nport = {port}\nstarttls = false\n'
                     'sender = "tocsin@example.org"\nto = ["editors@example.org"]\n', encoding="utf-8")
    path = tmp_path / "run.db"
    _follow(path, newsroom.add("/feed.xml", rss("Andean Wire", [{"title": "Candidate shot dead", "link": newsroom.base + "/news/quito"}]),
                               "application/rss+xml"))
    outputs = []
    for _ in range(3):  # three processes: the first sends mail and fails the webhook, the second retries it, the third has nothing to send
        done = subprocess.run([sys.executable, "-m", "tocsin", "--store", str(path), "run", "--once", "--rules", str(rules),
                               "--allow-private", "--host-delay", "0"], capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stdout + done.stderr
        outputs.append(done.stdout)
    assert "{'sent': 1, 'retrying': 1, 'dead': 0}" in outputs[0] and "{'sent': 1, 'retrying': 0, 'dead': 0}" in outputs[1]
    assert "{'sent': 0, 'retrying': 0, 'dead': 0}" in outputs[2]
    assert len(box.received) == len(mailbox.messages) == 1
    with open_store(str(path)) as store:
        assert {(d["destination"], d["status"], d["attempts"]) for d in query.list_deliveries(store)} == {("desk", "sent", 2), ("editors", "sent", 1)}
