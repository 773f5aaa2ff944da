"""How the CLI shows long work and summaries: progress bars and report tables."""

from __future__ import annotations

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn
from rich.table import Table

from .config import Config
from .models import IngestReport
from .pipeline import count_files, run_ingest
from .store import Store


def run_with_progress(paths: list[str], store: Store, config: Config, quiet: bool = False) -> IngestReport:
    """run_ingest with a rich progress bar over files (hidden when quiet or not a terminal)."""
    columns = [
        TextColumn("[bold]ingest"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("files · {task.fields[stored]} stored"),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
    ]
    with Progress(*columns, disable=quiet, transient=False) as bar:
        task = bar.add_task("ingest", total=count_files(paths), stored=0)
        stored = 0

        def progress(event: str, n: int) -> None:
            nonlocal stored
            if event == "advance":
                bar.advance(task, n)
            elif event == "stored":
                stored += n
                bar.update(task, stored=stored)

        return run_ingest(paths, store, config, progress)


def print_report(report: IngestReport, console: Console) -> None:
    console.print(
        f"[bold]{report.read}[/] documents read · [bold green]{report.stored}[/] stored · "
        f"{report.already_stored} already stored · {report.near_duplicates} near-duplicates skipped · "
        f"[bold {'red' if report.rejected else 'green'}]{len(report.rejected)}[/] rejected",
        soft_wrap=True,
    )
    if report.read and not report.stored:
        console.print("Nothing new: every document read was already in the store.")
    if report.rejected:
        console.print(f"Rejected inputs ({len(report.rejected)}):", style="bold red")
        for r in report.rejected:
            console.print(f"  {r.source}: {r.reason}", soft_wrap=True, markup=False, highlight=False)


def print_stats(data: dict, console: Console) -> None:
    pub = data["published"]
    langs = ", ".join(f"{k} {v}" for k, v in data["languages"].items()) or "none"
    console.print(
        f"[bold]{data['documents']}[/] documents from {data['outlets']} outlets "
        f"({pub['first'] or '?'} to {pub['last'] or '?'}; {langs}) · {data['sentences']} sentences · "
        f"{data['mentions']} mentions · {data['time_expressions']} dates · {data['statements']} attributed statements"
        f" ({data['forecasts']} forecasts) · {data['near_duplicates']} near-duplicates skipped · {data['rejections']} inputs rejected",
        soft_wrap=True,
    )
    console.print("Entities: " + ", ".join(f"{v} {k}" for k, v in data["entities"].items()))
    if data.get("events"):
        console.print("Events: " + ", ".join(f"{v} {k}" for k, v in data["events"].items()), soft_wrap=True)
    for key, title in (("top_groups", "Criminal groups"), ("top_places", "Places")):
        table = Table(title=title, title_justify="left")
        for col in ("name", "mentions", "documents"):
            table.add_column(col, justify="right" if col != "name" else "left")
        for row in data[key]:
            table.add_row(row["name"], str(row["mentions"]), str(row["documents"]))
        console.print(table)
    if data.get("rejected"):
        console.print(f"Rejected inputs ({len(data['rejected'])}), kept until they ingest cleanly:")
        for r in data["rejected"]:
            console.print(f"  {r['source']}: {r['reason']}", soft_wrap=True, markup=False, highlight=False)


def _said(row: dict) -> str:
    who = row["speaker"] or "an unnamed source"
    if row.get("descriptor") and row["descriptor"] != row["speaker"]:
        who += f" ({row['descriptor']})"
    return f"{who} {row['cue']}"


def print_claims(rows: list[dict], console: Console) -> None:
    """Each claim as "X said Y", with its type, source and date."""
    for row in rows:
        flags = [row["claim_type"]] + ([row["stance"]] if row["stance"] != "asserted" else []) + (["hedged: " + ", ".join(row["hedges"])] if row["hedges"] else [])
        console.print(f"[bold]{_said(row)}[/]: [italic]{row['content']}[/]", soft_wrap=True, highlight=False)
        console.print(
            f"  [dim]{' · '.join(flags)} · {row['outlet'] or '?'}, {row['published_at'] or 'undated'} · place: {row['place'] or 'unknown'}"
            f" · {row['doc_id'][:10]}[/]",
            soft_wrap=True,
        )


def print_forecasts(rows: list[dict], console: Console) -> None:
    for row in rows:
        console.print(f"[bold]{row['made_on'] or 'undated'}[/] {_said(row)}: [italic]{row['content']}[/]", soft_wrap=True, highlight=False)
        about = ", ".join(row["subject_groups"]) or "no group named"
        targets = ", ".join(row["targets"]) or "no target named"
        console.print(
            f"  [dim]predicts {row['event_type']} · about {about} · targets {targets} · place {row['forecast_place'] or 'unknown'}"
            f" · horizon {row['horizon'] or 'none given'} · status {row['status']} · {row['outlet'] or '?'}[/]",
            soft_wrap=True,
        )


def _event_line(row: dict) -> str:
    what = row["type"] + (f" ({row['subtype']})" if row["subtype"] else "")
    who = row["actor_text"]
    if who:
        strength = {"suspected": "suspected: ", "alleged": "alleged: "}.get(row["attribution"] or "", "")
        who = f"{strength}{who}" + (" [named nearby only]" if row["actor_basis"] == "sentence" else "")
    parts = [what, f"by {who}" if who else "perpetrator not named"]
    if row["target_text"]:
        parts.append(f"against {row['target_text']}" + (f" ({row['target_category']})" if row["target_category"] else ""))
    if row["offences"]:
        parts.append("for " + ", ".join(row["offences"]))
    if row["fatalities"] is not None or row["injured"] is not None:
        parts.append(f"{row['fatalities'] if row['fatalities'] is not None else '?'} dead, {row['injured'] if row['injured'] is not None else '?'} hurt")
    return " · ".join(parts)


def print_events(rows: list[dict], console: Console, evidence: bool = False) -> None:
    """Each event with where, when, how sure, and (on request) the sentence it rests on."""
    for row in rows:
        when = row["date_value"] or "undated"
        if row["date_precision"] == "publication":
            when += " (published)"
        where = f"{row['place']}, {row['country']}" if row["place"] else "place unknown"
        mood = "" if row["modality"] == "asserted" else f"[yellow]{row['modality']}[/] "
        console.print(f"[bold]{when}[/] {where} · {mood}{_event_line(row)}", soft_wrap=True, highlight=False, markup=True)
        groups = ", ".join(row["groups"])
        console.print(
            f"  [dim]{'groups: ' + groups + ' · ' if groups else ''}confidence {row['confidence']:.2f} · {row['outlet'] or '?'},"
            f" {row['published_at'] or 'undated'} · {row['id']}[/]",
            soft_wrap=True,
        )
        if evidence:
            console.print(f"  [italic]“{row['evidence']}”[/]", soft_wrap=True, highlight=False, markup=True)
