"""The `tocsin` command: a thin layer over the library.

Each command parses its options, calls one library function and prints the
result as a table or, with --json, as JSON. This is the only module that
turns errors into messages and exit codes:

    0  done
    1  an error stopped the command (bad config, store, unknown id)
    3  ingest finished, but some inputs were rejected (listed with reasons)
"""

from __future__ import annotations

import json
import sys
from typing import Any

import click
from rich.console import Console
from rich.table import Table
from rich.text import Text

from . import query
from .config import load_config
from .errors import TocsinError
from .models import EVENT_TYPES, TARGET_CATEGORIES as TARGET_CATEGORY_NAMES

EXIT_REJECTED = 3
KEEP_ALIVE = 30  # seconds an idle keep-alive connection stays open: a client reusing one must not find it closed under it
KIND_STYLES = {
    "group": "bold red", "agency": "bold blue", "organization": "cyan", "person": "green", "place": "magenta", "time": "yellow",
}

console = Console()
err_console = Console(stderr=True)


def _store(ctx: click.Context):
    from .store import open_store

    return open_store(ctx.obj["config"].store)


def _emit_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def _table(rows: list[dict], columns: list[str], title: str | None = None) -> None:
    table = Table(title=title, show_lines=False)
    for col in columns:
        table.add_column(col)
    for row in rows:
        table.add_row(*("" if row.get(c) is None else str(row[c]) for c in columns))
    console.print(table)


json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts instead of a table.")


class _Group(click.Group):
    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except TocsinError as e:
            err_console.print(f"[bold red]error:[/] {e}")
            sys.exit(1)


@click.group(cls=_Group)
@click.option("--store", metavar="PATH|URL", help="The store: a SQLite file, or a PostgreSQL URL for a shared desk"
              " (postgresql://user@host/db, optionally ?schema=NAME). [default: tocsin.db, or TOCSIN_STORE, or tocsin.toml]")
@click.version_option(package_name="tocsin")
@click.pass_context
def cli(ctx: click.Context, store: str | None) -> None:
    """tocsin: a sourced record of organized crime from public reporting.

    \b
    Example:
        tocsin ingest corpus/demo/
        tocsin entities --kind group
        tocsin --store postgresql://desk@db.internal/tocsin ingest corpus/demo/
    """
    try:
        ctx.obj = {"config": load_config({"store": store})}
    except TocsinError as e:
        err_console.print(f"[bold red]error:[/] {e}")
        sys.exit(1)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--batch-size", type=int, help="Documents handed to spaCy at once.")
@click.option("--no-link", is_flag=True, help="Store only; link later with `tocsin link`.")
@click.option("--quiet", is_flag=True, help="No progress bar.")
@click.option("--workers", type=click.IntRange(1, 64), help="Processes that read documents (default: the cores; one for small batches).")
@click.option("--fetch", is_flag=True, help="Read http(s) URLs among the paths from the network (pages, RSS/Atom feeds, OPML lists).")
@click.option("--allow-private", is_flag=True, help="With --fetch: also fetch hosts on private, loopback or link-local addresses.")
@click.pass_context
def ingest(ctx: click.Context, paths: tuple[str, ...], batch_size: int | None, no_link: bool, quiet: bool, workers: int | None,
           fetch: bool, allow_private: bool) -> None:
    """Read articles from files and folders, store what they say, and link them.

    Reads .txt, .md, .html, .jsonl, web archives (.warc, .arc, gzipped or
    not) and feeds (.rss, .atom), recursively; with --fetch, also http(s)
    URLs of pages, feeds and OPML lists (robots.txt obeyed, private
    addresses refused). Documents already
    stored (same text) are skipped, so an interrupted run can simply be run
    again. New documents are then linked to what is stored (incidents,
    entities, repeated claims, forecasts). Exits with 3 if some inputs were
    rejected.

    \b
    Example:
        tocsin ingest corpus/demo/ more-articles.jsonl crawl.warc.gz
    """
    from .display import run_with_progress

    config = ctx.obj["config"]
    if batch_size:
        config = load_config({"store": config.store, "batch_size": batch_size})
    with _store(ctx) as store:
        fetcher = None
        if fetch:
            from .ingest.fetch import Fetcher

            fetcher = Fetcher(max_bytes=config.max_bytes, allow_private=allow_private)
        if workers is None:  # the cores, unless there is too little to read to repay starting them
            import os

            from .pipeline import count_files

            workers = (os.cpu_count() or 1) if count_files(paths) > 4 * config.batch_size else 1
        report = run_with_progress(list(paths), store, config, quiet=quiet, fetcher=fetcher, workers=workers)
        _link_and_report(store, report, no_link, quiet)


def _link_and_report(store, report, no_link: bool, quiet: bool) -> None:
    """After ingest or load: link what is new (unless told not to), print both reports, exit 3 if inputs were rejected."""
    from .display import link_with_progress, print_link_report, print_report

    linked = None if no_link else link_with_progress(store, quiet=quiet)
    print_report(report, console)
    if linked is not None:
        print_link_report(linked, console)
    if report.rejected:
        sys.exit(EXIT_REJECTED)


@cli.command("spark-read")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--out", required=True, help="Where Spark writes the Parquet shards (a folder, or any URI Spark writes to).")
@click.option("--master", default="local[*]", show_default=True, help="The Spark master: local[N], spark://host:7077, yarn …")
@click.option("--partitions", type=click.IntRange(1), help="Slices to read in parallel (default: the cluster's parallelism).")
@click.option("--overwrite", is_flag=True, help="Replace shards already at --out.")
@click.pass_context
def spark_read(ctx, paths, out, master, partitions, overwrite) -> None:
    """Read web archives with Spark: the same reading as ingest, one model load per worker, Parquet out.

    Each WARC/ARC file (or, with fewer files than partitions, each run of
    its records) is a task; its rows are the documents with everything
    read in them, the inputs rejected and why, and counts of the records
    passed over. Bring them into a store with `tocsin load`. Needs
    `pip install 'tocsin[spark]'` and Java 17.

    \b
    Example:
        tocsin spark-read crawl/ --out shards/ --master 'local[2]'
        tocsin load shards/
    """
    from .scale.spark import spark_read as run

    report = run(list(paths), out, ctx.obj["config"], master=master, partitions=partitions, overwrite=overwrite)
    console.print(f"[bold]{report.documents:,}[/] documents read · {report.rejections:,} rejected · {report.skipped:,} records passed"
                  f" over · {report.slices} slices → {report.out}", soft_wrap=True)


@cli.command()
@click.argument("directory", type=click.Path(exists=True))
@click.option("--no-link", is_flag=True, help="Store only; link later with `tocsin link`.")
@click.option("--quiet", is_flag=True, help="No progress bar.")
@click.pass_context
def load(ctx, directory, no_link, quiet) -> None:
    """Store the documents of `tocsin spark-read`'s Parquet shards, then link them.

    Each document passes the same checks as in ingest (already stored,
    near-duplicate) and is saved in its own transaction: an interrupted
    load can simply be run again. Exits with 3 if some inputs were rejected.

    \b
    Example:
        tocsin load shards/
    """
    from .display import load_with_progress

    with _store(ctx) as store:
        report = load_with_progress(directory, store, ctx.obj["config"], quiet=quiet)
        _link_and_report(store, report, no_link, quiet)


@cli.command()
@click.option("--quiet", is_flag=True, help="No progress bar.")
@click.pass_context
def link(ctx, quiet) -> None:
    """Link stored documents not linked yet: entities, incidents, repeated claims, forecast status.

    Incremental: only documents not linked before are read, so it can be
    interrupted and run again. `tocsin ingest` runs it unless --no-link.

    \b
    Example:
        tocsin link
    """
    from .display import link_with_progress, print_link_report

    with _store(ctx) as store:
        report = link_with_progress(store, quiet=quiet)
    print_link_report(report, console)


@cli.command()
@click.argument("incident_id", required=False)
@click.option("--group", help="Only incidents whose reports name this group.")
@click.option("--type", "event_type", type=click.Choice(list(EVENT_TYPES)), help="Only incidents of this type.")
@click.option("--country", help="Only incidents placed in this country (ISO code).")
@click.option("--since", metavar="DATE", help="Only incidents on or after this ISO date.")
@click.option("--min-outlets", type=int, default=1, show_default=True, help="Only incidents reported by at least this many outlets.")
@click.option("--limit", default=50, show_default=True)
@json_option
@click.pass_context
def incidents(ctx, incident_id, group, event_type, country, since, min_outlets, limit, as_json) -> None:
    """Real-world incidents, each once, with every outlet that reported it and where reports disagree.

    With an INCIDENT_ID (a prefix is enough): every report, side by side.

    \b
    Example:
        tocsin incidents --min-outlets 2
        tocsin incidents inc-3fa2
    """
    from .display import print_incident, print_incidents

    with _store(ctx) as store:
        if incident_id:
            row = query.get_incident(store, incident_id)
            return _emit_json(row) if as_json else print_incident(row, console)
        rows = query.list_incidents(store, group, event_type, country, since, min_outlets, limit)
    if as_json:
        return _emit_json(rows)
    print_incidents(rows, console)


@cli.command()
@click.option("--limit", default=50, show_default=True)
@json_option
@click.pass_context
def groups(ctx, limit, as_json) -> None:
    """Criminal groups with their reach: incidents, countries, outlets, first and last reported.

    \b
    Example:
        tocsin groups
    """
    with _store(ctx) as store:
        rows = query.list_groups(store, limit)
    if as_json:
        return _emit_json(rows)
    _table(rows, ["name", "incidents", "events", "countries", "outlets", "first_reported", "last_reported"])


@cli.command()
@click.argument("name")
@json_option
@click.pass_context
def group(ctx, name, as_json) -> None:
    """A group's footprint: countries, states and cities where it is reported, since when, by whom.

    \b
    Example:
        tocsin group "Tren de Aragua"
    """
    from .display import print_footprint

    with _store(ctx) as store:
        data = query.footprint(store, name)
    if as_json:
        return _emit_json(data)
    print_footprint(data, console)


@cli.command()
@click.option("--rules", "rules_path", type=click.Path(exists=True, dir_okay=False), help="A TOML file of watch rules (default: the [watch] table of tocsin.toml).")
@click.option("--hook", help="A command to run with each new alert as JSON on its standard input.")
@click.option("--all", "show_all", is_flag=True, help="List every stored alert, not only the new ones.")
@json_option
@click.pass_context
def watch(ctx, rules_path, hook, show_all, as_json) -> None:
    """Link what is new, run the watch rules, store and print the alerts not raised before.

    Rules: a group in a new country or city; a killing or attack on a
    protected category (police, former police, officials, judiciary,
    journalists, dissidents and exiles); a rise in incidents for a group or
    country above its own baseline. Running again repeats nothing.

    \b
    Example:
        tocsin watch --hook "notify-send tocsin"
    """
    from dataclasses import replace as _replace

    from .display import print_alerts
    from .link import link as run_link
    from .watch import load_rules, watch as run_watch

    rules = load_rules(rules_path)
    if hook:
        rules = _replace(rules, hook=hook)
    with _store(ctx) as store:
        run_link(store)
        new = run_watch(store, rules)
        rows = query.list_alerts(store) if show_all else [a for a in query.list_alerts(store) if a["id"] in {n.id for n in new}]
    if as_json:
        return _emit_json(rows)
    print_alerts(rows, console, new=not show_all)


@cli.command()
@click.option("--limit", default=50, show_default=True)
@click.option("--offset", default=0, show_default=True)
@click.option("--language", help="Only documents in this language (ISO 639-1, e.g. es).")
@click.option("--outlet", help="Only documents from this outlet.")
@json_option
@click.pass_context
def docs(ctx, limit, offset, language, outlet, as_json) -> None:
    """List stored documents, newest first.

    \b
    Example:
        tocsin docs --language es --limit 10
    """
    with _store(ctx) as store:
        rows = query.list_documents(store, limit, offset, language, outlet)
    if as_json:
        return _emit_json(rows)
    for row in rows:
        row["id"] = row["id"][:10]
    _table(rows, ["id", "published_at", "outlet", "language", "mentions", "title"])


@cli.command()
@click.argument("doc_id")
@json_option
@click.pass_context
def show(ctx, doc_id, as_json) -> None:
    """Show a document with its entity mentions marked (an id prefix is enough).

    \b
    Example:
        tocsin show 3fa2c1
    """
    with _store(ctx) as store:
        doc = query.get_document(store, doc_id)
    if as_json:
        return _emit_json(doc)
    console.print(f"[bold]{doc['title'] or '(untitled)'}[/]")
    console.print(f"{doc['outlet'] or '?'} · {doc['published_at'] or 'undated'} · {doc['language']} · {doc['id']}")
    if doc["url"]:
        console.print(doc["url"])
    text = Text(doc["text"])
    for t in doc["times"]:
        text.stylize(KIND_STYLES["time"], t["start"], t["end"])
    for m in doc["mentions"]:
        text.stylize(KIND_STYLES.get(m["kind"], "underline"), m["start"], m["end"])
    console.print()
    console.print(text)
    legend = " ".join(f"[{style}]{kind}[/]" for kind, style in KIND_STYLES.items())
    console.print(f"\n{len(doc['mentions'])} mentions · {len(doc['times'])} time expressions · {legend}")
    if doc["times"]:
        console.print("Dates: " + "; ".join(f"{t['text']} = {t['value']}" for t in doc["times"]), soft_wrap=True)


@cli.command()
@click.option("--kind", type=click.Choice(["group", "agency", "organization", "person", "place"]))
@click.option("--name", help="Only entities whose name or an alias contains this.")
@click.option("--limit", default=50, show_default=True)
@json_option
@click.pass_context
def entities(ctx, kind, name, limit, as_json) -> None:
    """List canonical entities, most mentioned first.

    \b
    Example:
        tocsin entities --kind group
    """
    with _store(ctx) as store:
        rows = query.list_entities(store, kind, name, limit)
    if as_json:
        return _emit_json(rows)
    for row in rows:
        row["aliases"] = ", ".join(row["aliases"][:4]) + (" …" if len(row["aliases"]) > 4 else "")
    _table(rows, ["id", "name", "mentions", "documents", "aliases"])


@cli.command()
@click.option("--country", help="Only places in this country (ISO code, e.g. CL).")
@click.option("--limit", default=50, show_default=True)
@json_option
@click.pass_context
def places(ctx, country, limit, as_json) -> None:
    """List resolved places with coordinates and GeoNames ids, most mentioned first.

    \b
    Example:
        tocsin places --country CL
    """
    with _store(ctx) as store:
        rows = query.list_places(store, country, limit)
    if as_json:
        return _emit_json(rows)
    for row in rows:
        row["where"] = f"{row['lat']:.3f}, {row['lon']:.3f}"
    _table(rows, ["name", "feature", "country", "where", "geonames_id", "mentions", "documents"])


@cli.command()
@click.option("--speaker", help="Only claims by speakers whose name contains this.")
@click.option("--type", "claim_type", type=click.Choice(["assertion", "forecast", "recommendation", "opinion"]))
@click.option("--group", help="Only claims about a group (named in or just before the claim).")
@click.option("--repeated", is_flag=True, help="Claims repeated across documents: who said it first, who repeated it.")
@click.option("--limit", default=50, show_default=True)
@json_option
@click.pass_context
def claims(ctx, speaker, claim_type, group, repeated, limit, as_json) -> None:
    """List attributed statements: who said what, where and when, as what kind of claim.

    \b
    Example:
        tocsin claims --speaker Cordero --type forecast
        tocsin claims --repeated
    """
    if repeated:
        from .display import print_claim_clusters

        with _store(ctx) as store:
            clusters = query.claim_clusters(store, limit=limit)
        return _emit_json(clusters) if as_json else print_claim_clusters(clusters, console)
    with _store(ctx) as store:
        rows = query.list_claims(store, speaker, claim_type, group, limit)
    if as_json:
        return _emit_json(rows)
    from .display import print_claims

    print_claims(rows, console)


@cli.command()
@click.option("--limit", default=50, show_default=True)
@json_option
@click.pass_context
def speakers(ctx, limit, as_json) -> None:
    """Who is quoted, how often, and with which kinds of claim.

    \b
    Example:
        tocsin speakers --limit 20
    """
    with _store(ctx) as store:
        rows = query.list_speakers(store, limit)
    if as_json:
        return _emit_json(rows)
    _table(rows, ["name", "kind", "statements", "documents", "forecasts", "recommendations", "opinions", "descriptor"])


@cli.command()
@click.option("--group", help="Only events whose actor or target names this group (name or alias).")
@click.option("--type", "event_type", type=click.Choice(list(EVENT_TYPES)), help="Only events of this type.")
@click.option("--target-category", type=click.Choice(list(TARGET_CATEGORY_NAMES)), help="Only events against this kind of target.")
@click.option("--country", help="Only events placed in this country (ISO code, e.g. CL).")
@click.option("--since", metavar="DATE", help="Only events on or after this ISO date.")
@click.option("--denied", is_flag=True, help="Also list events that a source denies or that the text negates.")
@click.option("--min-confidence", type=float, default=0.0, show_default=True, help="Drop events below this confidence.")
@click.option("--evidence", is_flag=True, help="Print the sentence each event rests on.")
@click.option("--limit", default=50, show_default=True)
@json_option
@click.pass_context
def events(ctx, group, event_type, target_category, country, since, denied, min_confidence, evidence, limit, as_json) -> None:
    """What happened: events with actor, target, place, date and modality, newest first.

    Forecasts and hypotheticals are not events (see `tocsin forecasts`);
    allegations are listed and marked as such.

    \b
    Example:
        tocsin events --group "Tren de Aragua" --type killing --target-category "former law enforcement" --evidence
    """
    modality = ("asserted", "alleged", "negated") if denied else ("asserted", "alleged")
    with _store(ctx) as store:
        rows = query.list_events(store, group, event_type, target_category, country, since, modality, min_confidence, limit)
    if as_json:
        return _emit_json(rows)
    from .display import print_events

    print_events(rows, console, evidence)


@cli.command()
@click.option("--group", help="Only forecasts about this group.")
@click.option("--status", type=click.Choice(["open", "observed", "expired"]))
@click.option("--limit", default=50, show_default=True)
@json_option
@click.pass_context
def forecasts(ctx, group, status, limit, as_json) -> None:
    """The forecast ledger: predictions with their speaker, date, targets and status.

    \b
    Example:
        tocsin forecasts --group "Tren de Aragua"
    """
    with _store(ctx) as store:
        rows = query.list_forecasts(store, group, status, limit)
    if as_json:
        return _emit_json(rows)
    from .display import print_forecasts

    print_forecasts(rows, console)


@cli.command()
@click.argument("text")
@click.option("--limit", default=20, show_default=True)
@json_option
@click.pass_context
def search(ctx, text, limit, as_json) -> None:
    """Full-text search over stored documents (accents optional; OR and NOT work).

    \b
    Example:
        tocsin search "Tren de Aragua" --limit 5
        tocsin search 'Ojeda OR exteniente'
    """
    with _store(ctx) as store:
        rows = query.search(store, text, limit)
    if as_json:
        return _emit_json(rows)
    for row in rows:
        row["id"] = row["id"][:10]
    _table(rows, ["id", "published_at", "outlet", "title", "snippet"])


@cli.command()
@json_option
@click.pass_context
def stats(ctx, as_json) -> None:
    """Summarize the store: documents, languages, groups and places most mentioned.

    \b
    Example:
        tocsin stats --json
    """
    from .display import print_stats

    with _store(ctx) as store:
        data = query.stats(store)
        data["rejected"] = query.rejections(store)
    if as_json:
        return _emit_json(data)
    print_stats(data, console)


def main() -> None:
    cli(prog_name="tocsin")


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on. Anything but loopback exposes the desk to the network.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option("--token-file", type=click.Path(exists=True, dir_okay=False),
              help="A file holding the write token; without it (or TOCSIN_WRITE_TOKEN) the server is read-only.")
@click.option("--allow-origin", "origins", multiple=True, metavar="URL",
              help="An origin whose pages may call the API from a browser (repeatable; never *).")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64), help="Server processes.")
@click.option("--access-log", is_flag=True, help="Print a line per request (method, path, status; never a header, so never the token).")
@click.pass_context
def serve(ctx: click.Context, host: str, port: int, token_file: str | None, origins: tuple[str, ...], workers: int,
          access_log: bool) -> None:
    """Serve the web desk and its REST API over the store.

    Pages: overview, map, timeline, incidents, groups, claims, forecasts,
    documents, alerts, search. The API is under /api (schema at
    /openapi.json, reference at /api). Read-only unless a write token is
    given; then POST /api/documents ingests an article sent with
    `Authorization: Bearer <token>`.

    \b
    Example:
        tocsin --store demo.db serve
        TOCSIN_WRITE_TOKEN=$(cat token) tocsin --store desk.db serve --port 8080
    """
    import os

    import uvicorn

    from .store import describe
    from .web import create_app

    if "*" in origins:
        raise click.BadParameter("a wildcard origin is refused: name the origins that may call the API", param_hint="--allow-origin")
    token = open(token_file, encoding="utf-8").read().strip() if token_file else os.environ.get("TOCSIN_WRITE_TOKEN", "").strip()
    if token_file and not token:
        raise click.BadParameter(f"{token_file} is empty", param_hint="--token-file")
    store = ctx.obj["config"].store
    if host not in ("127.0.0.1", "localhost", "::1"):
        err_console.print(f"[yellow]warning:[/] listening on {host}: anyone who can reach it can read the desk")
    console.print(f"tocsin desk on http://{host}:{port}/ over {describe(store)} ({'writable with its token' if token else 'read-only'})")
    logging = dict(log_level="info" if access_log else "warning", access_log=access_log, timeout_keep_alive=KEEP_ALIVE)
    if workers == 1:
        uvicorn.run(create_app(store, token or None, origins), host=host, port=port, **logging)
        return
    os.environ.update({"TOCSIN_SERVE_STORE": store, "TOCSIN_WRITE_TOKEN": token, "TOCSIN_ALLOW_ORIGINS": ",".join(origins)})
    uvicorn.run("tocsin.web.app:app_from_env", factory=True, host=host, port=port, workers=workers, **logging)


@cli.command()
@click.option("--format", "fmt", required=True, type=click.Choice(["stix", "csv", "jsonl", "parquet", "geojson", "acled"]),
              help="stix: a STIX 2.1 bundle; csv/jsonl/parquet: one file per record type; geojson: incidents or footprints;"
                   " acled: incidents with ACLED's columns.")
@click.option("--out", "out", metavar="PATH", help="A file (stix, geojson, acled; default: standard output) or a folder (csv, jsonl, parquet; default: export/).")
@click.option("--records", metavar="NAMES", help="csv/jsonl/parquet: which record types, comma-separated (default: all).")
@click.option("--layer", type=click.Choice(["incidents", "footprints"]), default="incidents", show_default=True, help="geojson: what the points are.")
@click.option("--group", help="Only documents naming this group, and what was read from them.")
@click.option("--country", help="Only documents with a place or event in this country (ISO code).")
@click.option("--type", "event_type", type=click.Choice(list(EVENT_TYPES)), help="Only documents reporting this type of event.")
@click.option("--since", metavar="DATE", help="Only documents published on or after this ISO date.")
@click.option("--until", metavar="DATE", help="Only documents published on or before this ISO date.")
@click.option("--changed-since", metavar="DATE", help="Incremental: only documents stored (and incidents updated) on or after this date.")
@click.option("--tlp", type=click.Choice(["clear", "green", "amber", "amber+strict", "red"]), default="clear", show_default=True,
              help="stix: the TLP 2.0 marking of every object.")
@click.option("--with-text", is_flag=True, help="csv/jsonl/parquet: include documents' full text (default: metadata and URL only).")
@click.pass_context
def export(ctx, fmt, out, records, layer, group, country, event_type, since, until, changed_since, tlp, with_text) -> None:
    """Export the record for other tools: STIX 2.1 for MISP and OpenCTI, tables, GeoJSON, an ACLED-style CSV.

    Filters choose documents; what was read from them and the incidents they
    report come along. Exports stream: memory does not grow with the store.
    The mappings are in docs/stix.md and docs/exports.md.

    \b
    Example:
        tocsin export --format stix --group "Tren de Aragua" --out tda.json
        tocsin export --format csv --records incidents,events --out tables/
        tocsin export --format geojson --layer footprints --out footprints.geojson
    """
    from pathlib import Path

    from .share import Scope
    from .share.tables import TABLES

    scope = Scope(group, country.upper() if country else None, event_type, since, until, changed_since)
    with _store(ctx) as store:
        if fmt in ("csv", "jsonl", "parquet"):
            from .share import tables

            names = [n.strip() for n in records.split(",")] if records else list(TABLES)
            unknown = [n for n in names if n not in TABLES]
            if unknown:
                raise click.BadParameter(f"unknown record types {', '.join(unknown)}; choose from {', '.join(TABLES)}", param_hint="--records")
            folder = Path(out or "export")
            folder.mkdir(parents=True, exist_ok=True)
            writer = {"csv": tables.write_csv, "jsonl": tables.write_jsonl, "parquet": tables.write_parquet}[fmt]
            for name in names:
                path = folder / f"{name}.{fmt}"
                n = writer(store, TABLES[name], scope, path, with_text)
                err_console.print(f"{n:>8,} {name:<17} → {path}")
            return
        target = open(out, "w", encoding="utf-8") if out and out != "-" else sys.stdout
        try:
            if fmt == "stix":
                from .share.stix import write_bundle

                n, what = write_bundle(store, target, scope, tlp), "STIX objects"
            elif fmt == "geojson":
                from .share.geo import footprint_features, incident_features, write_geojson

                features = incident_features(store, scope) if layer == "incidents" else footprint_features(store, scope)
                n, what = write_geojson(features, target, f"tocsin {layer}"), f"{layer} features"
            else:
                from .share.acled import write_acled

                n, what = write_acled(store, target, scope), "incidents (ACLED columns)"
        finally:
            if target is not sys.stdout:
                target.close()
    err_console.print(f"{n:,} {what}" + (f" → {out}" if out and out != "-" else ""))
