"""Sources and cycles (issue 23) against a news site on 127.0.0.1: feeds, an OPML list, a news sitemap, a GDELT-shaped
article list and pages. New items are stored once; an unchanged cycle costs one 304 per source and fetches no
article again; 429 and 5xx are retried after Retry-After; private addresses are refused unless allowed; robots.txt
is obeyed. Every storage test runs on SQLite and on PostgreSQL."""

from __future__ import annotations

import json
import time
from dataclasses import replace
from pathlib import Path

import pytest

from tocsin import query
from tocsin.errors import ConfigError, InputError
from tocsin.sources import add_source, every_seconds, gdelt_url, import_opml, normalize_url, run_cycle
from tocsin.testing.newsroom import article, filler, gdelt, news_sitemap, opml, rss



def _cycle(store, config, **settings):
    """A cycle against the site on 127.0.0.1 (allowed), with no wait between requests unless the test sets one."""
    return run_cycle(store, replace(config, **{"host_delay": 0.0, **settings}), allow_private=True)


def _due_again(store) -> None:
    """Every source due now, as if its period had passed."""
    with store.transaction():
        store.execute("UPDATE sources SET next_due = '2000-01-01T00:00:00+00:00'")


def _site(room) -> dict:
    """A site with every kind of source: a feed carrying two articles whole and two as teasers, an OPML list naming a
    second feed, a news sitemap, a GDELT article list (one of its articles also in the sitemap, another a page whose
    canonical URL is an item of the feed), and a single page: 9 distinct articles. The second feed names two more,
    and a page whose canonical URL is an article of the first feed."""
    pages = {n: room.add(f"/news/{n}", article(f"Story {n}", filler(n))) for n in range(11)}
    room.add("/news/12", article("Story 1 again", filler(1), canonical=pages[1]))  # feed item 1 under another URL
    room.add("/news/13", article("Story 3 again", filler(3), canonical=pages[3]))
    feed = [{"title": f"Story {n}", "link": pages[n], "description": filler(n) if n % 2 == 0 else "A teaser."} for n in range(4)]
    urls = {
        "feed": room.add("/feed.xml", rss("Loopback Wire", feed), "application/rss+xml"),
        "list": room.add("/feeds.opml", opml([room.base + "/second.xml"]), "text/x-opml"),
        "sitemap": room.add("/sitemap-news.xml", news_sitemap([{"title": f"Story {n}", "link": pages[n], "outlet": "Sitemap Daily",
                                                                "language": "en"} for n in (5, 6, 7)]), "application/xml"),
        "gdelt": room.add("/api/v2/doc/doc?query=x&mode=artlist&format=json",
                          gdelt([{"title": f"Story {n}", "link": room.base + f"/news/{n}"} for n in (7, 8, 12)]), "application/json"),
        "page": pages[9],
    }
    room.add("/second.xml", rss("Second Wire", [{"title": f"Story {n}", "link": room.base + f"/news/{n}"} for n in (4, 10, 13)]),
             "application/rss+xml")
    return urls


def test_sources_every_reads_periods():
    assert [every_seconds(p) for p in ("90s", "30m", "2h", "1d", "600")] == [90, 1800, 7200, 86400, 600]
    for bad in ("30 minutes", "5s", "", "-1m"):
        with pytest.raises(ConfigError):
            every_seconds(bad)


def test_sources_normalize_url_forgets_fragments_tracking_and_case():
    assert normalize_url("HTTPS://News.Example:443/a?utm_source=x&id=3#top") == "https://news.example/a?id=3"
    assert normalize_url("http://news.example") == "http://news.example/"
    assert normalize_url("http://news.example:8080/a") == "http://news.example:8080/a"


def test_sources_gdelt_url_is_an_article_list_query():
    url = gdelt_url('"Tren de Aragua" sourcelang:spanish')
    assert url.startswith("https://api.gdeltproject.org/api/v2/doc/doc?query=%22Tren+de+Aragua%22+sourcelang%3Aspanish")
    assert "mode=artlist" in url and "format=json" in url


def test_sources_add_list_and_remove(store):
    assert add_source(store, "https://news.example/rss", "Example", "es", 1800)
    assert not add_source(store, "https://news.example/rss", "Example News", "es", 3600)  # changed, not doubled
    (row,) = query.list_sources(store)
    assert (row["url"], row["outlet"], row["every_seconds"], row["kind"], row["items"]) == ("https://news.example/rss", "Example News", 3600, "auto", 0)
    assert [s.url for s in query.due_sources(store, "9999")] == ["https://news.example/rss"]
    with pytest.raises(InputError):
        add_source(store, "file:///etc/passwd")
    with pytest.raises(ConfigError):
        add_source(store, "https://news.example/x", language="Spanish")
    from tocsin.store.sources import remove_source

    assert remove_source(store, "https://news.example/rss") and not remove_source(store, "https://news.example/rss")
    assert query.list_sources(store) == []


def test_sources_import_opml_follows_each_feed_once(store, tmp_path):
    path = tmp_path / "feeds.opml"
    path.write_text(opml(["https://a.example/rss", "https://b.example/atom", "https://a.example/rss"]), encoding="utf-8")
    assert import_opml(store, path, 3600) == (2, 0)
    assert import_opml(store, path, 3600) == (0, 2)
    assert {(r["url"], r["kind"]) for r in query.list_sources(store)} == {("https://a.example/rss", "feed"), ("https://b.example/atom", "feed")}


@pytest.mark.model
def test_sources_cycle_stores_new_items_once_and_an_unchanged_cycle_fetches_no_article(store, config, newsroom):
    urls = _site(newsroom)
    for url in urls.values():
        add_source(store, url, every=1800)
    first = _cycle(store, config)
    assert (first.status, first.errors, first.new, first.known + first.duplicate) == ("done", 0, 9, 2), first  # 7 twice, 1 as 12
    assert newsroom.hits["/news/0"] == newsroom.hits["/news/2"] == 0  # the feed carried them whole
    assert {newsroom.hits[f"/news/{n}"] for n in (3, 5, 6, 8, 9)} == {1} and max(newsroom.hits.values()) == 1
    docs = {d["url"]: d for d in query.list_documents(store, 50)}
    assert len(docs) == 9 and docs[newsroom.base + "/news/5"]["outlet"] == "Sitemap Daily"
    # the OPML list named a second feed: followed from now on, read from the next cycle
    assert {r["url"]: r["kind"] for r in query.list_sources(store)}[newsroom.base + "/second.xml"] == "auto"

    newsroom.reset()
    _due_again(store)
    second = _cycle(store, config)
    assert (second.fetched, second.not_modified, second.new, second.duplicate) == (4, 5, 2, 1), second  # 13's canonical is 3
    assert {newsroom.statuses[(p, 304)] for p in ("/feed.xml", "/feeds.opml", "/sitemap-news.xml", "/news/9",
                                                  "/api/v2/doc/doc?query=x&mode=artlist&format=json")} == {1}

    newsroom.reset()
    _due_again(store)
    third = _cycle(store, config)
    assert (third.not_modified, third.fetched, third.new, third.bytes) == (6, 0, 0, 0), third
    assert not [path for path, status in newsroom.statuses if status == 200]  # not one body sent (/news/9, a source, is a 304)
    assert third.requests == 6 + 1  # one 304 per source, and robots.txt (a 404 here)
    assert len(query.list_documents(store, 50)) == 11


@pytest.mark.model
def test_sources_a_third_cycle_reads_only_what_is_new(store, config, newsroom):
    urls = _site(newsroom)
    add_source(store, urls["feed"], every=1800)
    _cycle(store, config)
    newsroom.add("/news/20", article("Story 20", filler(20)))
    newsroom.add("/feed.xml", rss("Loopback Wire", [{"title": "Story 20", "link": newsroom.base + "/news/20", "description": "Teaser."}]
                                  + [{"title": f"Story {n}", "link": newsroom.base + f"/news/{n}", "description": "Teaser."} for n in range(4)]),
                 "application/rss+xml")
    newsroom.reset()
    _due_again(store)
    third = _cycle(store, config)
    assert (third.fetched, third.known, third.new) == (2, 4, 1), third  # the feed, then only the new article
    assert [p for p in newsroom.hits if p.startswith("/news/")] == ["/news/20"]
    (row,) = query.list_sources(store)
    assert row["items"] == 5 and row["last_status"] == "200" and row["errors"] == 0


def test_sources_backoff_honours_retry_after_then_reads(store, config, newsroom):
    url = newsroom.add("/feed.xml", rss("Wire", [{"title": "Short", "link": newsroom.base + "/gone"}]), "application/rss+xml")
    newsroom.errors["/feed.xml"] = [429, 503]
    add_source(store, url)
    started = time.monotonic()
    tally = _cycle(store, config)
    assert time.monotonic() - started >= 2  # Retry-After: 1, twice
    assert newsroom.statuses[("/feed.xml", 429)] == newsroom.statuses[("/feed.xml", 503)] == newsroom.statuses[("/feed.xml", 200)] == 1
    assert (tally.fetched, tally.errors, tally.rejected) == (1, 0, 1)  # the item's page is a 404: seen, rejected


def test_sources_a_server_that_keeps_failing_is_left_alone_as_it_asks(store, config, newsroom):
    url = newsroom.add("/feed.xml", rss("Wire", []), "application/rss+xml")
    newsroom.errors["/feed.xml"] = [503, 503, 503]
    newsroom.retry_after = "1"
    add_source(store, url, every=60)
    tally = _cycle(store, config, retries=2)
    assert tally.errors == 1 and newsroom.hits["/feed.xml"] == 3
    (row,) = query.list_sources(store)
    assert row["errors"] == 1 and "503" in row["last_status"] and row["next_due"] > row["last_fetch"]
    assert query.due_sources(store, row["last_fetch"]) == []


def test_sources_private_addresses_are_refused_unless_allowed(store, config, newsroom):
    add_source(store, newsroom.add("/feed.xml", rss("Wire", []), "application/rss+xml"))
    tally = run_cycle(store, replace(config, host_delay=0.0))
    assert tally.errors == 1 and sum(newsroom.hits.values()) == 0
    (row,) = query.list_sources(store)
    assert "loopback" in row["last_status"]


@pytest.mark.model
def test_sources_robots_txt_is_obeyed_for_items(store, config, newsroom):
    newsroom.add("/robots.txt", "User-agent: *\nDisallow: /private/\n", "text/plain")
    newsroom.add("/private/1", article("Private", filler(1)))
    newsroom.add("/news/2", article("Public", filler(2)))
    add_source(store, newsroom.add("/sitemap.xml", news_sitemap([{"title": t, "link": newsroom.base + p, "outlet": "X"}
                                                                  for t, p in (("Private", "/private/1"), ("Public", "/news/2"))]),
                                   "application/xml"))
    tally = _cycle(store, config)
    assert (tally.new, tally.errors) == (1, 1) and newsroom.hits["/private/1"] == 0


def test_sources_requests_to_one_host_keep_their_distance(store, config, newsroom):
    for n in range(4):
        add_source(store, newsroom.add(f"/gone{n}.xml", rss("Wire", []), "application/rss+xml"))
    started = time.monotonic()
    _cycle(store, config, host_delay=0.3, run_workers=4)
    assert time.monotonic() - started >= 0.3 * 3  # four feeds, 0.3 s apart however many threads fetch them


DEMO = Path(__file__).resolve().parents[2] / "corpus" / "demo"
KILLING = (DEMO / "ecuador" / "2023-08-10-villavicencio.txt").read_text(encoding="utf-8").split("\n\n", 1)[1]  # past its header


@pytest.mark.model
def test_sources_run_once_links_watches_and_delivers_each_alert_once(store, config, newsroom, inbox, smtp_server):
    from tocsin.sources import run_once
    from tocsin.watch import WatchRules
    from tocsin.watch.destinations import parse_destinations

    box, (mailbox, port) = inbox(failures=1), smtp_server()
    newsroom.add("/news/quito", article("Candidate shot dead in Quito", KILLING, outlet="Andean Wire"))
    add_source(store, newsroom.add("/feed.xml", rss("Andean Wire", [{"title": "Candidate shot dead in Quito",
                                                                     "link": newsroom.base + "/news/quito"}]), "application/rss+xml"))
    rules = WatchRules(destinations=parse_destinations({
        "desk": {"kind": "webhook", "url": box.url, "backoff": 0},
        "editors": {"kind": "email", "host": "127.0.0.1", "port": port, "starttls": False, "sender": "t@example.org", "to": ["e@example.org"]},
    }))
    first = run_once(store, replace(config, host_delay=0.0), rules, allow_private=True)
    assert first.tally.new == 1 and first.linked == 1
    assert [a.rule for a in first.alerts] == ["protected target"] and "Quito" in first.alerts[0].title
    assert first.delivered == {"sent": 1, "retrying": 1, "dead": 0}  # the webhook failed once
    _due_again(store)
    second = run_once(store, replace(config, host_delay=0.0), rules, allow_private=True)
    assert (second.tally.not_modified, second.alerts, second.delivered) == (1, [], {"sent": 1, "retrying": 0, "dead": 0})
    assert run_once(store, replace(config, host_delay=0.0), rules, allow_private=True).delivered == {"sent": 0, "retrying": 0, "dead": 0}
    assert len(box.received) == len(mailbox.messages) == 1
    assert json.loads(box.received[0][1])["links"] == [newsroom.base + "/news/quito"]


@pytest.mark.model
def test_sources_an_item_whose_page_failed_is_met_again_next_cycle(store, config, newsroom):
    newsroom.add("/news/1", article("Story 1", filler(1)))
    newsroom.errors["/news/1"] = [503, 503, 503]  # every try of the first cycle
    add_source(store, newsroom.add("/feed.xml", rss("Wire", [{"title": "Story 1", "link": newsroom.base + "/news/1"}]),
                                   "application/rss+xml"))
    first = _cycle(store, config, retries=2, retry_backoff=0.0)
    assert (first.errors, first.new) == (1, 0)
    _due_again(store)
    second = _cycle(store, config)
    assert newsroom.statuses[("/feed.xml", 200)] == 2 and newsroom.statuses[("/feed.xml", 304)] == 0  # asked whole again
    assert (second.errors, second.new) == (0, 1)
    _due_again(store)
    assert _cycle(store, config).not_modified == 1  # all read: conditional again


def test_sources_no_more_than_per_host_requests_to_one_host_at_once(store, config, newsroom):
    for n in range(6):
        add_source(store, newsroom.add(f"/feed{n}.xml", rss("Wire", []), "application/rss+xml"))
        newsroom.slow[f"/feed{n}.xml"] = 0.3
    tally = _cycle(store, config, run_workers=6, per_host=2)
    assert tally.fetched == 6 and newsroom.most_at_once == 2  # six threads, two at a time on the one host


def test_sources_a_url_has_one_time_limit(store, config, newsroom):
    add_source(store, newsroom.add("/feed.xml", rss("Wire", []), "application/rss+xml"))
    newsroom.slow["/feed.xml"] = 3
    started = time.monotonic()
    tally = _cycle(store, config, url_time_limit=1.0)
    assert tally.errors == 1 and time.monotonic() - started < 2.5
    assert "longer than 1 s" in query.list_sources(store)[0]["last_status"]


def test_sources_run_settings_come_from_the_one_config(tmp_path, monkeypatch):
    from tocsin.config import load_config

    (tmp_path / "tocsin.toml").write_text("[tocsin]\nper_host = 1\nhost_delay = 5\n", encoding="utf-8")
    monkeypatch.delenv("TOCSIN_CONFIG", raising=False)
    monkeypatch.setenv("TOCSIN_HOST_DELAY", "2.5")
    config = load_config({"run_workers": 3}, cwd=tmp_path)
    assert (config.per_host, config.host_delay, config.run_workers, config.url_time_limit) == (1, 2.5, 3, 60.0)


def test_sources_one_cycle_at_a_time_on_a_store(store, config):
    import os
    import socket

    from tocsin.errors import AlreadyRunning
    from tocsin.store.sources import start_run

    start_run(store, "run-elsewhere", socket.gethostname(), os.getpid())  # a live process's cycle
    with pytest.raises(AlreadyRunning, match="run-elsewhere"):
        _cycle(store, config)
    assert [r["id"] for r in query.list_runs(store)] == ["run-elsewhere"]  # the refused cycle left no record
