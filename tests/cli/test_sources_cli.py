"""`tocsin sources`, `tocsin run`, `tocsin runs` and `tocsin deliveries` through the command line."""

import json

import pytest
from click.testing import CliRunner

from tocsin.cli import cli
from tocsin.testing.newsroom import article, filler, opml, rss


def run(path, *args):
    return CliRunner().invoke(cli, ["--store", str(path), *args])


def test_cli_sources_add_list_import_and_remove(tmp_path):
    db = tmp_path / "s.db"
    assert "following: https://wire.example/rss" in run(db, "sources", "add", "https://wire.example/rss", "--outlet", "Wire", "--every", "15m").output
    assert "updated: https://wire.example/rss" in run(db, "sources", "add", "https://wire.example/rss", "--every", "1h").output
    gdelt = run(db, "sources", "add", "--gdelt", '"Tren de Aragua" sourcelang:spanish', "--language", "es")
    assert gdelt.exit_code == 0 and "api.gdeltproject.org" in gdelt.output
    (tmp_path / "feeds.opml").write_text(opml(["https://a.example/rss", "https://wire.example/rss"]), encoding="utf-8")
    assert "1 feeds added, 1 already followed" in run(db, "sources", "import", str(tmp_path / "feeds.opml")).output
    rows = {r["url"]: r for r in json.loads(run(db, "sources", "list", "--json").output)}
    assert len(rows) == 3 and rows["https://wire.example/rss"]["every_seconds"] == 3600
    assert next(r for u, r in rows.items() if "gdelt" in u)["kind"] == "gdelt"
    assert run(db, "sources", "remove", "https://a.example/rss").exit_code == 0
    again = run(db, "sources", "remove", "https://a.example/rss")
    assert again.exit_code == 1 and "no source" in again.output


@pytest.mark.parametrize("args, message", [
    (["sources", "add", "https://x.example/rss", "--every", "5s"], "too often"),
    (["sources", "add", "ftp://x.example/rss"], "http or https"),
    (["sources", "add"], "give a URL or --gdelt"),
    (["run"], "give --once or --every"),
    (["run", "--once", "--every", "15m"], "give --once or --every"),
])
def test_cli_sources_and_run_refuse_what_they_cannot_do(tmp_path, args, message):
    result = run(tmp_path / "s.db", *args)
    assert result.exit_code != 0 and message in result.output


@pytest.mark.model
def test_cli_run_once_reads_the_due_sources_and_runs_lists_the_cycle(tmp_path, newsroom):
    db = tmp_path / "s.db"
    newsroom.add("/news/1", article("Story 1", filler(1)))
    url = newsroom.add("/feed.xml", rss("Wire", [{"title": "Story 1", "link": newsroom.base + "/news/1"}]), "application/rss+xml")
    run(db, "sources", "add", url)
    refused = run(db, "run", "--once", "--no-watch")  # 127.0.0.1 is refused without --allow-private
    assert refused.exit_code == 0 and "1 errors" in refused.output
    from tocsin.store import open_store  # the source is due again only in 30 minutes: make it due now

    with open_store(str(db)) as store, store.transaction():
        store.execute("UPDATE sources SET next_due = '2000-01-01T00:00:00+00:00'")
    done = run(db, "run", "--once", "--no-watch", "--allow-private", "--host-delay", "0")
    assert done.exit_code == 0 and "done: 1 sources, 2 fetched" in done.output and "1 new" in done.output, done.output
    runs = json.loads(run(db, "runs", "--json").output)
    assert [(r["status"], r["new"], r["errors"]) for r in runs] == [("done", 1, 0), ("done", 0, 1)]
    assert run(db, "runs").exit_code == 0


@pytest.mark.model
def test_cli_deliveries_lists_the_dead_letters_and_replays_them(linked_copy, inbox):
    from tocsin.watch import WatchRules, watch
    from tocsin.watch.delivery import deliver_due
    from tocsin.watch.destinations import parse_destinations

    store, path = linked_copy
    rules = WatchRules(destinations=parse_destinations({"desk": {"kind": "webhook", "url": inbox(failures=10_000).url, "attempts": 1}}))
    alerts = watch(store, rules)
    deliver_due(store, rules.destinations)
    dead = json.loads(run(path, "deliveries", "--dead", "--json").output)
    assert len(dead) == len(alerts) and all(d["last_error"] == "attempt 1: the webhook answered HTTP 500" for d in dead)
    assert f"{len(alerts)} deliveries back in the queue" in run(path, "deliveries", "--replay-all").output
    assert {d["status"] for d in json.loads(run(path, "deliveries", "--json").output)} == {"pending"}
