"""How the CLI shows what it found: summaries and report tables (the progress bars of long work are in
``cli/progress.py``, which runs the stages).

Everything shown here is written in rich's console markup, and the text in it comes from documents that anyone
may have written: a title holding ``[/]`` would end a style that was never opened (rich raises), one holding
``[bold red]`` would restyle the line, and an ESC would reach the terminal as the start of an escape sequence.
So data goes through ``literals`` once, before any printer sees it (the CLI's ``_print`` and ``_table``), and
the printers take every string in their rows as markup that shows as itself.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from .models import describe_tie

if TYPE_CHECKING:  # the CLI imports this module at start: the pipeline (and spaCy) only when ingest runs
    from .models import Incident, IngestReport


# Characters a terminal obeys instead of showing: the C0 controls but tab and newline (ESC starts an escape
# sequence, CR and backspace overwrite what was shown), DEL, the C1 controls (0x9b alone starts a sequence on some
# terminals) and the bidirectional controls that reorder the text after them.
_BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_STAND_INS = {
    **{c: 0x2400 + c for c in range(0x20) if chr(c) not in "\t\n"},  # the Control Pictures block: ESC shows as ␛
    0x7F: 0x2421,  # ␡
    **{c: 0xFFFD for c in range(0x80, 0xA0)},
    **{ord(c): 0xFFFD for c in _BIDI},
}


def visible(text: str) -> str:
    """``text`` with each character a terminal would obey replaced by one that shows it was there, one character
    for one, so that offsets into the text (mentions, dates) still point where they did."""
    return text.translate(_STAND_INS)


# A "[" and the backslashes before it; with what follows when that reads as a tag ("[bold]", "[/]", "[@click]").
_BRACKET = re.compile(r"(\\*)(\[(?:[a-z#/@][^[]*?\])?)")
_TRAILING_BACKSLASHES = re.compile(r"\\+\Z")


def _escape_bracket(match: re.Match) -> str:
    slashes, bracket = match.groups()
    if len(bracket) > 1:  # a tag: each backslash doubled, and one more to make the tag text
        return f"{slashes}{slashes}\\{bracket}"
    return f"{slashes}\\{bracket}" if slashes else bracket  # rich reads a backslash before any "[" as an escape


def literal(value: Any) -> str:
    """A value as console markup that shows as itself: control characters made visible, every "[" that rich would
    read as a tag or an escape escaped, and backslashes at the end doubled so that they cannot escape a tag of
    ours that follows (``rich.markup.escape`` misses a backslash before a "[" that is no tag, and even runs of
    backslashes at the end)."""
    text = _BRACKET.sub(_escape_bracket, visible(str(value)))
    return _TRAILING_BACKSLASHES.sub(lambda m: m.group() * 2, text)


def literals(data: Any) -> Any:
    """``data`` (rows, a record, a report) with every string in it, keys too, made ``literal``: what printers take."""
    if isinstance(data, str):
        return literal(data)
    if isinstance(data, dict):
        return {literals(k): literals(v) for k, v in data.items()}
    if isinstance(data, (list, tuple)):
        return type(data)(literals(v) for v in data)
    if dataclasses.is_dataclass(data) and not isinstance(data, type):
        return dataclasses.replace(data, **{f.name: literals(getattr(data, f.name)) for f in dataclasses.fields(data) if f.init})
    return data


def print_report(report: IngestReport, console: Console) -> None:
    console.print(
        f"[bold]{report.read}[/] documents read · [bold green]{report.stored}[/] stored · "
        f"{report.already_stored} already stored · {report.near_duplicates} near-duplicates skipped · "
        f"[bold {'red' if report.rejected else 'green'}]{len(report.rejected)}[/] rejected",
        soft_wrap=True,
    )
    if report.skipped:
        console.print("Passed over (no article): " + ", ".join(f"{n:,} {reason}" for reason, n in sorted(report.skipped.items())),
                      soft_wrap=True, highlight=False)
    if report.repaired:
        console.print(f"Read with repairs ({len(report.repaired)}):", style="yellow")
        for r in report.repaired:
            console.print(f"  {r.source}: {r.reason}", soft_wrap=True, highlight=False)
    if report.read and not report.stored:
        console.print("Nothing new: every document read was already in the store.")
    if report.rejected:
        console.print(f"Rejected inputs ({len(report.rejected)}):", style="bold red")
        for r in report.rejected:
            console.print(f"  {r.source}: {r.reason}", soft_wrap=True, highlight=False)


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
    if data.get("incidents"):
        console.print(f"Incidents: {data['incidents']} ({data['multi_outlet_incidents']} reported by more than one outlet)"
                      f" · alerts stored: {data['alerts']}", soft_wrap=True)
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
            console.print(f"  {r['source']}: {r['reason']}", soft_wrap=True, highlight=False)


KIND_STYLES = {
    "group": "bold red", "agency": "bold blue", "organization": "cyan", "person": "green", "place": "magenta", "time": "yellow",
}


def print_document(doc: dict, console: Console) -> None:
    """A document with its mentions and dates marked. Its text is literal markup; read back as markup it is the
    text as stored, character for character (``visible``), so the offsets of mentions and dates still hold."""
    console.print(f"[bold]{doc['title'] or '(untitled)'}[/]")
    console.print(f"{doc['outlet'] or '?'} · {doc['published_at'] or 'undated'} · {doc['language']} · {doc['id']}")
    if doc["url"]:
        console.print(doc["url"])
    text = Text.from_markup(doc["text"], emoji=False)
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
        predicts = ("no " if row.get("polarity") == "negative" else "") + row["event_type"]  # a negated forecast, never its opposite
        console.print(
            f"  [dim]predicts {predicts} · about {about} · targets {targets} · place {row['forecast_place'] or 'unknown'}"
            f" · horizon {row['horizon'] or 'none given'} · status {row['status']} · {row['outlet'] or '?'}[/]",
            soft_wrap=True,
        )
        for m in row.get("matches", ()):
            console.print(f"  [dim]observed: {m['matched_id']} — {escape(m.get('reason') or 'no reason kept')}[/]", soft_wrap=True, highlight=False)


# event_lexicon.PERSONAL_PRONOUNS, repeated: importing tocsin.read would load the language models into every CLI
# and API process that only prints (tests/test_api.py keeps that import light).
_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "himself", "herself"})


def _as_named(written: str | None, name: str | None) -> str | None:
    """A pronoun as written (already ``literal``), with the person it stands for: "him [Gerald R. Lueders]". Other
    words stand as written: the entity a longer phrase holds may be a group it names ("Macías, leader of Los
    Choneros"), not the one the phrase is about."""
    if not written or not name or written.strip().lower() not in _PRONOUNS:
        return written
    return f"{written} \\[{name}]"


def _event_line(row: dict) -> str:
    what = row["type"] + (f" ({row['subtype']})" if row["subtype"] else "")
    who = _as_named(row["actor_text"], row.get("actor"))
    if who:
        strength = "" if row["attribution"] in (None, "named", "mentioned") else f"{row['attribution']}: "
        who = f"{strength}{who}" + {"sentence": " \\[named nearby only]", "reference": " \\[the group named just before]"}.get(row["actor_basis"], "")
    parts = [what, f"by {who}" if who else "perpetrator not named"]
    parts += [escape(f"{t['group']}: {describe_tie(t)}") for t in row.get("ties", ())]
    if row["target_text"]:
        parts.append(f"against {_as_named(row['target_text'], row.get('target'))}" + (f" ({row['target_category']})" if row["target_category"] else ""))
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
        elif row.get("date_basis") == "story":
            when += " (the story's date)"  # the date the document gives this happening in another sentence
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


def print_link_report(report, console: Console) -> None:
    console.print(
        f"linked {report.documents} documents · {report.incidents_founded} new incidents · {report.events_joined} reports"
        f" joined known incidents · {report.entities_linked} names linked · {report.claims_repeated} repeated claims ·"
        f" forecasts: {report.forecasts_observed} observed, {report.forecasts_expired} expired",
        soft_wrap=True,
    )


def _where(record) -> str:
    return f"{record.place}, {record.country}" if record.place else "place unknown"


def _disagreement_lines(disagreements: dict) -> list[str]:
    lines = []
    for field, values in disagreements.items():
        told = "; ".join(f"{v['value']} ({', '.join(v['outlets'])})" for v in values)
        lines.append(f"sources disagree on {field.replace('_', ' ')}: {told}")
    return lines


def print_incidents(incidents: list[Incident], console: Console) -> None:
    """Each incident once: what, where, when, how many outlets, and where they disagree."""
    for i in incidents:
        what = i.type + (f" ({i.subtype})" if i.subtype else "")
        how = i.group_strengths or {}
        groups = f" · {', '.join(g + (f' ({how[g]})' if how.get(g) else '') for g in i.groups)}" if i.groups else ""
        console.print(
            f"[bold]{i.date_value or 'undated'}[/] {_where(i)} · {what}{groups} · [bold]{i.outlets} outlet"
            f"{'s' if i.outlets != 1 else ''}[/] ({', '.join(i.outlet_names)}) · first reported {i.first_reported}"
            f" · {i.id}",
            soft_wrap=True, highlight=False,
        )
        for line in _disagreement_lines(i.disagreements):
            console.print(f"  [yellow]{line}[/]", soft_wrap=True, highlight=False)


def print_incident(incident: Incident, console: Console) -> None:
    print_incidents([incident], console)
    for rep in incident.reports or ():
        actor = f" · by {rep.actor_text}" if rep.actor_text else ""
        target = f" · against {rep.target_text} ({rep.target_category})" if rep.target_text else ""
        dead = f" · {rep.fatalities} dead" if rep.fatalities is not None else ""
        console.print(
            f"  [bold]{rep.outlet or '?'}[/], {rep.published_at} · {rep.type}, {rep.modality}{actor}{target}{dead}"
            f" · {rep.date_value or 'undated'} · {_where(rep)} · match {rep.score:.2f}",
            soft_wrap=True, highlight=False,
        )
        console.print(f"    [italic]“{rep.evidence}”[/]", soft_wrap=True, highlight=False)


def print_footprint(data: dict, console: Console) -> None:
    """Where a group is reported, first report first, and how the reports tie the group there ("actor, linked to":
    the hedge stays in view)."""
    console.print(f"[bold]{data['group']}[/]: reported in {len(data['country'])} countries, {len(data['city'])} cities")
    for level, title in (("country", "Countries"), ("admin1", "States and provinces"), ("city", "Cities")):
        table = Table(title=title, title_justify="left")
        for col in ("place", "first reported", "by", "last reported", "reports", "outlets", "kinds", "how tied"):
            table.add_column(col)
        for e in data[level]:
            name = e.place or (f"{e.country}.{e.admin1}" if e.admin1 else e.country)
            if level == "city":
                name = f"{e.place}, {e.country}"
            table.add_row(name, e.first_reported or "?", e.first_source or "?", e.last_reported or "?", str(e.reports),
                          str(len(e.outlets)), ", ".join(e.types), "; ".join(f"{how} ({n})" for how, n in sorted(e.ties.items())))
        console.print(table)
    for c in data.get("counts", ()):  # a count of places is a claim, told with its source and hedge, never a place
        hedge = f" ({c['hedge']})" if c.get("hedge") else " (alleged)" if c.get("modality") == "alleged" else ""
        console.print(f"claimed: {c['extent']}{hedge}, according to {c['speaker'] or c['outlet'] or 'an unnamed source'}"
                      f" ({c['published_at'] or '?'}): [italic]{' '.join(c['evidence'].split())}[/]", soft_wrap=True, highlight=False)


def print_claim_clusters(clusters: list[dict], console: Console) -> None:
    for c in clusters:
        first = c["first"]
        console.print(
            f"[bold]{first['speaker'] or 'an unnamed source'}[/] ({first['outlet'] or '?'}, {first['published_at']}) first: "
            f"[italic]{' '.join(first['content'].split())}[/]", soft_wrap=True, highlight=False,
        )
        for r in c["repeated_by"]:
            console.print(f"  repeated by {r['speaker'] or 'an unnamed source'} ({r['outlet'] or '?'}, {r['published_at']}):"
                          f" [dim]{' '.join(r['content'].split())}[/]", soft_wrap=True, highlight=False)


def print_alerts(rows: list[dict], console: Console, new: bool = True) -> None:
    if not rows:
        console.print("no new alerts" if new else "no alerts stored")
        return
    for row in rows:
        console.print(f"[bold red]{row['rule']}[/] {row['occurred'] or ''} · {row['title']}", soft_wrap=True, highlight=False)
        for ev in row["evidence"]:
            if "sentence" in ev:
                console.print(f"  {ev['outlet'] or '?'}, {ev['published_at']}: [italic]“{ev['sentence']}”[/]", soft_wrap=True, highlight=False)
