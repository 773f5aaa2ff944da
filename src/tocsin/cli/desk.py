"""The commands that serve, share and scale: `tocsin serve`, `export`, `spark-read` and `load`, on the group of
tocsin.cli (split from it to keep each module readable; registered when tocsin.cli is imported)."""

from __future__ import annotations

import sys

import click

from ..errors import TocsinError
from ..models import EVENT_TYPES
from .base import FILTER, KEEP_ALIVE, _link_and_report, _store, cli, console, err_console
from ..display import literal


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
    from ..scale.spark import spark_read as run

    report = run(list(paths), out, ctx.obj["config"], master=master, partitions=partitions, overwrite=overwrite)
    console.print(f"[bold]{report.documents:,}[/] documents read · {report.rejections:,} rejected · {report.skipped:,} records passed"
                  f" over · {report.slices} slices → {literal(report.out)}", soft_wrap=True)


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
    from .progress import load_with_progress

    with _store(ctx) as store:
        report = load_with_progress(directory, store, ctx.obj["config"], quiet=quiet)
        _link_and_report(store, report, no_link, quiet)


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on. Anything but loopback exposes the desk to the network.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option("--allowed-host", "allowed_hosts", multiple=True, metavar="NAME",
              help="A name (or name:port) clients reach the desk by, beside loopback and --host (repeatable). Requests"
                   " naming any other Host get 400, which keeps other sites' pages out by DNS rebinding.")
@click.option("--token-file", type=click.Path(exists=True, dir_okay=False),
              help="A file holding the write token; without it (or TOCSIN_WRITE_TOKEN) the server is read-only. A token"
                   " has at least 43 characters, 10 of them different (make one with: python -c \"import secrets;"
                   " print(secrets.token_urlsafe(32))\").")
@click.option("--allow-origin", "origins", multiple=True, metavar="URL",
              help="An origin whose pages may call the API from a browser (repeatable; never *).")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64), help="Server processes.")
@click.option("--access-log", is_flag=True, help="Print a line per request (method, path, status; never a header, and a"
              " token=... query parameter as token=REDACTED).")
@click.pass_context
def serve(ctx: click.Context, host: str, port: int, allowed_hosts: tuple[str, ...], token_file: str | None,
          origins: tuple[str, ...], workers: int, access_log: bool) -> None:
    """Serve the web desk and its REST API over the store.

    Pages: overview, map, timeline, incidents, groups, claims, forecasts,
    documents, alerts, search. The API is under /api (schema at
    /openapi.json, reference at /api). Read-only unless a write token is
    given; then POST /api/documents ingests an article sent with
    `Authorization: Bearer <token>`.

    \b
    Example:
        tocsin --store demo.db serve
        python -c "import secrets; print(secrets.token_urlsafe(32))" > token
        tocsin --store desk.db serve --token-file token --port 8080 --allowed-host desk.example.org
    """
    import os

    import uvicorn

    from ..store import describe
    from ..web import create_app
    from ..web.app import worker_env
    from ..web.guard import LOOPBACK, Hosts, bound_hosts
    from ..web.logs import log_config
    from ..web.tokens import WriteToken

    if "*" in origins:
        raise click.BadParameter("a wildcard origin is refused: name the origins that may call the API", param_hint="--allow-origin")
    token = _write_token(token_file)
    hosts = (*bound_hosts(host), *allowed_hosts)
    Hosts.of(hosts)  # a name that is not a host is refused here, not in each worker
    store = ctx.obj["config"].store
    if host not in LOOPBACK:
        err_console.print(f"[yellow]warning:[/] listening on {literal(host)}: anyone who can reach it can read the desk"
                          + ("" if allowed_hosts else "; give the names clients use with --allowed-host"))
    console.print(f"tocsin desk on http://{literal(host)}:{port}/ over {literal(describe(store))}"
                  f" ({'writable with its token' if token else 'read-only'})")
    logging = dict(log_level="info" if access_log else "warning", access_log=access_log, timeout_keep_alive=KEEP_ALIVE,
                   log_config=log_config())
    os.environ.pop("TOCSIN_WRITE_TOKEN", None)  # nothing started from here (workers, ingest processes) inherits it
    token = WriteToken.of(token) if token else None
    if workers == 1:
        uvicorn.run(create_app(store, token, origins, hosts), host=host, port=port, **logging)
        return
    os.environ.update(worker_env(store, token, origins, hosts))
    uvicorn.run("tocsin.web.app:app_from_env", factory=True, host=host, port=port, workers=workers, **logging)


def _write_token(token_file: str | None) -> str:
    """The write token from --token-file or TOCSIN_WRITE_TOKEN ("" for none), checked against tokens.RULE."""
    import os

    from ..web.tokens import check

    token = open(token_file, encoding="utf-8").read().strip() if token_file else os.environ.get("TOCSIN_WRITE_TOKEN", "").strip()
    if token_file and not token:
        raise click.BadParameter(f"{token_file} is empty", param_hint="--token-file")
    if token:
        try:
            check(token)
        except TocsinError as e:
            raise click.BadParameter(str(e), param_hint="--token-file" if token_file else "TOCSIN_WRITE_TOKEN") from None
    return token


class _FormatName(click.Choice):
    """The registered export formats (``share.formats``), read when the command runs, not when the CLI loads."""

    def __init__(self):
        super().__init__([])

    @property
    def choices(self):
        from ..share.formats import formats

        return list(formats())

    @choices.setter
    def choices(self, value):
        pass


@cli.command()
@click.option("--format", "fmt", required=True, type=_FormatName(),
              help="stix: a STIX 2.1 bundle; csv/jsonl/parquet: one file per record type; geojson: incidents or footprints;"
                   " acled: incidents with ACLED's columns; misp: MISP events in a feed folder; and any format a plugin"
                   " registers (docs/exports.md).")
@click.option("--out", "out", metavar="PATH", help="A file (stix, geojson, acled; default: standard output) or a folder (csv, jsonl, parquet, misp; default: export/).")
@click.option("--records", metavar="NAMES", help="csv/jsonl/parquet: which record types, comma-separated (default: all).")
@click.option("--layer", type=click.Choice(["incidents", "footprints"]), default="incidents", show_default=True, help="geojson: what the points are.")
@click.option("--group", type=FILTER, help="Only documents naming this group, and what was read from them.")
@click.option("--country", type=FILTER, help="Only documents with a place or event in this country (ISO code).")
@click.option("--type", "event_type", type=click.Choice(list(EVENT_TYPES)), help="Only documents reporting this type of event.")
@click.option("--since", metavar="DATE", help="Only documents published on or after this ISO date.")
@click.option("--until", metavar="DATE", help="Only documents published on or before this ISO date.")
@click.option("--changed-since", metavar="DATE", help="Incremental: only documents stored (and incidents updated) on or after this date.")
@click.option("--tlp", type=click.Choice(["clear", "green", "amber", "amber+strict", "red"]), default="clear", show_default=True,
              help="stix: the TLP 2.0 marking of every object; misp: the TLP tag of every event.")
@click.option("--with-text", is_flag=True, help="csv/jsonl/parquet: include documents' full text (default: metadata and URL only).")
@click.option("--publish", is_flag=True, help="stix: each article a report published on its date (MISP imports it as a published event)."
              " Default: a grouping, which MISP imports unpublished and OpenCTI as a Grouping.")
@click.pass_context
def export(ctx, fmt, out, records, layer, group, country, event_type, since, until, changed_since, tlp, with_text, publish) -> None:
    """Export the record for other tools: STIX 2.1 for MISP and OpenCTI, tables, GeoJSON, an ACLED-style CSV.

    Filters choose documents; what was read from them and the incidents they
    report come along. Exports stream: memory does not grow with the store.
    The mappings are in docs/stix.md and docs/exports.md; a package adds a
    format through the ``tocsin.exporters`` entry point.

    \b
    Example:
        tocsin export --format stix --group "Tren de Aragua" --out tda.json
        tocsin export --format csv --records incidents,events --out tables/
        tocsin export --format geojson --layer footprints --out footprints.geojson
        tocsin export --format misp --tlp amber --out misp-feed/
    """
    from pathlib import Path

    from ..share import Scope
    from ..share.formats import Options, formats

    scope = Scope(group, country.upper() if country else None, event_type, since, until, changed_since)
    options = Options(tlp=tlp, layer=layer, records=tuple(n.strip() for n in records.split(",")) if records else (), with_text=with_text,
                      publish=publish)
    chosen = formats()[fmt]
    with _store(ctx) as store:
        if chosen.folder:
            folder = Path(out or "export")
            folder.mkdir(parents=True, exist_ok=True)
            for w in chosen.write(store, scope, options, folder):
                err_console.print(f"{w.count:>8,} {w.what:<17} → {literal(w.path or folder)}")
            return
        target = open(out, "w", encoding="utf-8") if out and out != "-" else sys.stdout
        try:
            written = chosen.write(store, scope, options, target)
        finally:
            if target is not sys.stdout:
                target.close()
    for w in written:
        err_console.print(f"{w.count:,} {w.what}" + (f" → {literal(out)}" if out and out != "-" else ""))
