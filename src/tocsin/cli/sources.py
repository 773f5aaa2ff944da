"""The commands of unattended running: ``tocsin sources``, ``tocsin run``, ``tocsin runs``, ``tocsin deliveries``."""

from __future__ import annotations

import signal
import threading

import click

from .. import query
from ..config import load_config
from ..models import SOURCE_KINDS as KINDS
from .base import FILTER, _emit_json, _store, _table, cli, console, json_option


@cli.group()
def sources() -> None:
    """What tocsin follows unattended: feeds, OPML lists, news sitemaps, pages, GDELT queries.

    \b
    Example:
        tocsin sources add https://www.example.org/rss --outlet "Example" --every 30m
        tocsin sources add --gdelt '"Tren de Aragua" sourcelang:spanish' --language es
        tocsin sources import feeds.opml
        tocsin sources list
    """


@sources.command("add")
@click.argument("url", required=False)
@click.option("--outlet", type=FILTER, help="The outlet its articles are from (default: what each article says).")
@click.option("--language", type=FILTER, help="The language of its articles (ISO 639-1, e.g. es; default: detected).")
@click.option("--every", default="30m", show_default=True, help="How often it is polled: 90s, 30m, 2h, 1d (at least 1m).")
@click.option("--kind", type=click.Choice(KINDS), default="auto", show_default=True, help="What it is (auto: found on first read).")
@click.option("--gdelt", "gdelt_query", metavar="QUERY", help="Follow a GDELT DOC 2.0 article-list query instead of a URL.")
@click.pass_context
def sources_add(ctx, url, outlet, language, every, kind, gdelt_query) -> None:
    """Follow a URL (or a GDELT query); it is due at the next `tocsin run`.

    \b
    Example:
        tocsin sources add https://www.example.org/sitemap-news.xml --every 15m
    """
    from ..sources import add_source, every_seconds, gdelt_url

    if bool(url) == bool(gdelt_query):
        raise click.UsageError("give a URL or --gdelt QUERY (one of them)")
    url, kind = (gdelt_url(gdelt_query), "gdelt") if gdelt_query else (url, kind)
    with _store(ctx) as store:
        new = add_source(store, url, outlet, language, every_seconds(every), kind)
    console.print(f"{'following' if new else 'updated'}: {url}", markup=False, highlight=False)


@sources.command("list")
@json_option
@click.pass_context
def sources_list(ctx, as_json) -> None:
    """Every source with its health: last fetch and answer, last new item, failures in a row, next due.

    \b
    Example:
        tocsin sources list --json
    """
    with _store(ctx) as store:
        rows = query.list_sources(store)
    if as_json:
        return _emit_json(rows)
    _table(rows, ["url", "kind", "outlet", "every_seconds", "items", "last_fetch", "last_status", "last_new", "errors", "next_due"])


@sources.command("remove")
@click.argument("url")
@click.pass_context
def sources_remove(ctx, url) -> None:
    """Stop following a URL (what was read from it stays stored).

    \b
    Example:
        tocsin sources remove https://www.example.org/rss
    """
    from ..errors import NotFound
    from ..store.sources import remove_source

    with _store(ctx) as store:
        if not remove_source(store, url):
            raise NotFound(f"no source {url!r} is followed; list them with `tocsin sources list`")
    console.print(f"no longer following: {url}", markup=False, highlight=False)


@sources.command("import")
@click.argument("opml_file", type=click.Path(exists=True, dir_okay=False))
@click.option("--every", default="30m", show_default=True, help="How often each feed is polled.")
@click.option("--language", type=FILTER, help="The language of their articles (default: detected).")
@click.pass_context
def sources_import(ctx, opml_file, every, language) -> None:
    """Follow every feed an OPML file lists (as exported by a feed reader).

    \b
    Example:
        tocsin sources import feeds.opml --every 1h
    """
    from ..sources import every_seconds, import_opml

    with _store(ctx) as store:
        added, known = import_opml(store, opml_file, every_seconds(every), language)
    console.print(f"{added} feeds added, {known} already followed")


RUN_COLUMNS = ["started_at", "status", "sources", "fetched", "not_modified", "known", "new", "duplicate", "rejected",
               "errors", "requests", "bytes", "seconds"]


@cli.command()
@click.option("--once", is_flag=True, help="One cycle over every due source, then exit.")
@click.option("--every", metavar="PERIOD", help="A cycle every PERIOD (15m, 1h) until SIGTERM or Ctrl-C.")
@click.option("--rules", "rules_path", type=click.Path(exists=True, dir_okay=False), help="Watch rules and destinations (default: the [watch] table of tocsin.toml).")
@click.option("--no-watch", is_flag=True, help="Fetch and store only: no watch rules, no deliveries.")
@click.option("--allow-private", is_flag=True, help="Also fetch hosts on private, loopback or link-local addresses.")
@click.option("--workers", type=click.IntRange(1, 64), help="Sources fetched at once. [default: 8, or run_workers]")
@click.option("--per-host", type=click.IntRange(1, 16), help="Requests to one host at once. [default: 2, or per_host]")
@click.option("--host-delay", type=click.FloatRange(0), help="Seconds between two requests to one host. [default: 1, or host_delay]")
@click.option("--time-limit", type=click.FloatRange(1), help="Seconds for one URL, all in. [default: 60, or url_time_limit]")
@click.pass_context
def run(ctx, once, every, rules_path, no_watch, allow_private, workers, per_host, host_delay, time_limit) -> None:
    """Read every due source, store what is new, link it, raise and deliver alerts.

    A cycle can be killed at any point: the next one resumes, storing and
    sending nothing twice. SIGTERM ends a cycle after the current document.

    \b
    Example:
        tocsin run --once
        tocsin run --every 15m --rules watch.toml
    """
    from ..sources import every_seconds, run_loop, run_once
    from ..watch import load_rules

    if once == bool(every):
        raise click.UsageError("give --once or --every PERIOD (one of them)")
    config = load_config({"store": ctx.obj["config"].store, "run_workers": workers, "per_host": per_host,
                          "host_delay": host_delay, "url_time_limit": time_limit})
    rules, stop = None if no_watch else load_rules(rules_path), _stop_on_signals()
    with _store(ctx) as store:
        if once:
            return _print_outcome(run_once(store, config, rules, allow_private, stop))
        run_loop(store, config, every_seconds(every), rules, allow_private, stop, _print_outcome)


def _stop_on_signals() -> threading.Event:
    """An event SIGTERM or SIGINT sets: the cycle ends after its current document, and no other starts."""
    stop = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stop.set())
    return stop


def _print_outcome(outcome) -> None:
    t = outcome.tally
    console.print(f"{t.id} {t.status}: {t.sources} sources, {t.fetched} fetched, {t.not_modified} not modified, {t.known} known,"
                  f" {t.new} new, {t.duplicate} duplicate, {t.rejected} rejected, {t.errors} errors; {t.requests} requests,"
                  f" {t.bytes:,} bytes, {t.seconds:.1f} s; {len(outcome.alerts)} alerts, delivered {outcome.delivered or {}}",
                  markup=False, highlight=False)


@cli.command()
@click.option("--limit", default=20, show_default=True)
@json_option
@click.pass_context
def runs(ctx, limit, as_json) -> None:
    """The latest cycles of `tocsin run`: what each fetched, stored and cost.

    \b
    Example:
        tocsin runs --limit 5
    """
    with _store(ctx) as store:
        rows = query.list_runs(store, limit)
    if as_json:
        return _emit_json(rows)
    _table(rows, RUN_COLUMNS)


@cli.command()
@click.option("--status", type=click.Choice(["pending", "sent", "dead"]), help="Only deliveries in this state.")
@click.option("--dead", is_flag=True, help="Only the dead letters (given up after the last try).")
@click.option("--replay", "replay_ids", multiple=True, metavar="ID", help="Put this dead letter back in the queue (repeatable).")
@click.option("--replay-all", is_flag=True, help="Put every dead letter back in the queue; the next run sends them.")
@click.option("--limit", default=100, show_default=True)
@json_option
@click.pass_context
def deliveries(ctx, status, dead, replay_ids, replay_all, limit, as_json) -> None:
    """Alerts owed to destinations: pending, sent, or dead (listed until replayed).

    \b
    Example:
        tocsin deliveries --dead
        tocsin deliveries --replay-all
    """
    from ..store.alerts import replay

    with _store(ctx) as store:
        if replay_ids or replay_all:
            console.print(f"{replay(store, None if replay_all else list(replay_ids))} deliveries back in the queue")
            return
        rows = query.list_deliveries(store, "dead" if dead else status, limit)
    if as_json:
        return _emit_json(rows)
    _table(rows, ["id", "status", "destination", "attempts", "title", "last_error", "next_try", "sent_at"])
