"""The `tocsin` command: a thin layer over the library.

Each command parses its options, calls one library function and prints the
result as a table or, with --json, as JSON. This is the only module that
turns errors into messages and exit codes:

    0  done
    1  an error stopped the command (bad config, store, unknown id)
    3  ingest finished, but some inputs were rejected (listed with reasons)
"""

from __future__ import annotations

import click

from .. import query
from ..config import load_config
from ..models import EVENT_TYPES, GENRES, TARGET_CATEGORIES as TARGET_CATEGORY_NAMES, to_plain
from .base import FILTER, _emit_json, _link_and_report, _print, _store, _table, cli, json_option


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--batch-size", type=int, help="Documents handed to spaCy at once.")
@click.option("--no-link", is_flag=True, help="Store only; link later with `tocsin link`.")
@click.option("--quiet", is_flag=True, help="No progress bar.")
@click.option("--workers", type=click.IntRange(1, 64), help="Processes that read documents (default: the cores; one for small batches).")
@click.option("--fetch", is_flag=True, help="Read http(s) URLs among the paths from the network (pages, RSS/Atom feeds, OPML lists).")
@click.option("--allow-private", is_flag=True, help="With --fetch: also fetch hosts on private, loopback or link-local addresses.")
@click.option("--follow-links", is_flag=True, help="Also read what links under a folder lead to outside it (rejected otherwise).")
@click.pass_context
def ingest(ctx: click.Context, paths: tuple[str, ...], batch_size: int | None, no_link: bool, quiet: bool, workers: int | None,
           fetch: bool, allow_private: bool, follow_links: bool) -> None:
    """Read articles from files and folders, store what they say, and link them.

    Reads .txt, .md, .html, .jsonl, web archives (.warc, .arc, gzipped or
    not) and feeds (.rss, .atom), recursively (a link leading out of a
    folder is not followed without --follow-links); with --fetch, also http(s)
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
    from .progress import run_with_progress

    config = ctx.obj["config"]
    if batch_size or follow_links:
        config = load_config({"store": config.store, "batch_size": batch_size, "follow_links": follow_links or None})
    with _store(ctx) as store:
        fetcher = None
        if fetch:
            from ..ingest.fetch import Fetcher

            fetcher = Fetcher(max_bytes=config.max_bytes, allow_private=allow_private)
        if workers is None:  # the cores, unless there is too little to read to repay starting them
            import os

            from ..pipeline import count_files

            workers = (os.cpu_count() or 1) if count_files(paths, config.follow_links) > 4 * config.batch_size else 1
        report = run_with_progress(list(paths), store, config, quiet=quiet, fetcher=fetcher, workers=workers)
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
    from ..display import print_link_report
    from .progress import link_with_progress

    with _store(ctx) as store:
        report = link_with_progress(store, quiet=quiet)
    _print(print_link_report, report)


@cli.command()
@click.argument("incident_id", required=False)
@click.option("--group", type=FILTER, help="Only incidents whose reports name this group.")
@click.option("--type", "event_type", type=click.Choice(list(EVENT_TYPES)), help="Only incidents of this type.")
@click.option("--country", type=FILTER, help="Only incidents placed in this country (ISO code).")
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
    from ..display import print_incident, print_incidents

    with _store(ctx) as store:
        if incident_id:
            row = query.get_incident(store, incident_id)
            return _emit_json(row.to_dict()) if as_json else _print(print_incident, row)
        rows = query.list_incidents(store, group, event_type, country, since, min_outlets, limit)
    if as_json:
        return _emit_json([r.to_dict() for r in rows])
    _print(print_incidents, rows)


@cli.command()
@click.option("--limit", default=50, show_default=True)
@json_option
@click.pass_context
def groups(ctx, limit, as_json) -> None:
    """Criminal and armed groups with their reach: incidents, countries, outlets, first and last reported.

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
@click.argument("name", type=FILTER)
@json_option
@click.pass_context
def group(ctx, name, as_json) -> None:
    """A group's footprint: countries, states and cities where it is reported, since when, by whom, and the reach
    claimed as a count of places ("in at least eight countries"), with who claims it.

    \b
    Example:
        tocsin group "Tren de Aragua"
    """
    from ..display import print_footprint

    with _store(ctx) as store:
        data = query.footprint(store, name)
    if as_json:
        return _emit_json(to_plain(data))
    _print(print_footprint, data)


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
    country above its own baseline. Running again repeats nothing. Alerts
    are delivered to the destinations the rules name (webhook, email,
    digest; docs/usage.md), each once.

    \b
    Example:
        tocsin watch --hook "notify-send tocsin"
    """
    from dataclasses import replace as _replace

    from ..display import print_alerts
    from ..link import link as run_link
    from ..watch import load_rules, watch as run_watch

    rules = load_rules(rules_path)
    if hook:
        rules = _replace(rules, hook=hook)
    with _store(ctx) as store:
        run_link(store)
        new = run_watch(store, rules)
        if rules.destinations:  # the rules name where alerts go: send what is due (`tocsin deliveries` lists them)
            from ..watch.delivery import deliver_due

            deliver_due(store, rules.destinations)
        rows = query.list_alerts(store) if show_all else [a for a in query.list_alerts(store) if a["id"] in {n.id for n in new}]
    if as_json:
        return _emit_json(rows)
    _print(print_alerts, rows, not show_all)


@cli.command()
@click.option("--limit", default=50, show_default=True)
@click.option("--offset", default=0, show_default=True)
@click.option("--language", type=FILTER, help="Only documents in this language (ISO 639-1, e.g. es).")
@click.option("--outlet", type=FILTER, help="Only documents from this outlet.")
@click.option("--genre", type=click.Choice(GENRES), help="Only documents of this genre (read from the text: a press release, a transcript…).")
@json_option
@click.pass_context
def docs(ctx, limit, offset, language, outlet, genre, as_json) -> None:
    """List stored documents, newest first.

    \b
    Example:
        tocsin docs --language es --limit 10
        tocsin docs --genre transcript
    """
    with _store(ctx) as store:
        rows = query.list_documents(store, limit, offset, language, outlet, genre=genre)
    if as_json:
        return _emit_json(rows)
    for row in rows:
        row["id"] = row["id"][:10]
    _table(rows, ["id", "published_at", "outlet", "language", "genre", "mentions", "title"])


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
    from ..display import print_document

    _print(print_document, doc)


@cli.command()
@click.option("--kind", type=click.Choice(["group", "agency", "organization", "person", "place"]))
@click.option("--name", type=FILTER, help="Only entities whose name or an alias contains this.")
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
@click.option("--country", type=FILTER, help="Only places in this country (ISO code, e.g. CL).")
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
@click.option("--speaker", type=FILTER, help="Only claims by speakers whose name contains this.")
@click.option("--type", "claim_type", type=click.Choice(["assertion", "forecast", "recommendation", "opinion"]))
@click.option("--group", type=FILTER, help="Only claims about a group (named in or just before the claim).")
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
        from ..display import print_claim_clusters

        with _store(ctx) as store:
            clusters = query.claim_clusters(store, limit=limit)
        return _emit_json(clusters) if as_json else _print(print_claim_clusters, clusters)
    with _store(ctx) as store:
        rows = query.list_claims(store, speaker, claim_type, group, limit)
    if as_json:
        return _emit_json(rows)
    from ..display import print_claims

    _print(print_claims, rows)


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
@click.option("--group", type=FILTER, help="Only events whose actor or target names this group (name or alias).")
@click.option("--type", "event_type", type=click.Choice(list(EVENT_TYPES)), help="Only events of this type.")
@click.option("--target-category", type=click.Choice(list(TARGET_CATEGORY_NAMES)), help="Only events against this kind of target.")
@click.option("--country", type=FILTER, help="Only events placed in this country (ISO code, e.g. CL).")
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
    from ..display import print_events

    _print(print_events, rows, evidence)


@cli.command()
@click.option("--group", type=FILTER, help="Only forecasts about this group.")
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
    from ..display import print_forecasts

    _print(print_forecasts, rows)


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
    from ..display import print_stats

    with _store(ctx) as store:
        data = query.stats(store)
        data["rejected"] = query.rejections(store)
    if as_json:
        return _emit_json(data)
    _print(print_stats, data)

