"""An ACLED-style CSV of incidents: ACLED's column names, filled the way docs/exports.md documents.

ACLED codes political violence and protest; tocsin codes organized crime and
targeted violence. The event types map where ACLED has a counterpart
(killings and attacks, abductions, sexual violence, arrests, riots); the
rest are "Strategic developments / Other", tagged with their tocsin type, so
nothing is dropped silently. Fatalities follow ACLED's rule of the most
conservative (lowest) figure reported, and the notes say when sources
disagree. Each row is one incident, however many outlets reported it.
"""

from __future__ import annotations

import csv
import datetime as dt
from typing import IO

import pycountry

from ..models import describe_tie
from ..store import Store
from ..query import exports
from ..query.scope import Scope

COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type", "actor1",
    "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region",
    "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
    "notes", "fatalities", "tags", "timestamp",
)
VIOLENCE, STRATEGIC = "Political violence", "Strategic developments"
ARMED_TARGETS = ("law enforcement", "military")
CIVILIAN_TARGETS = ("civilian", "journalist", "political dissident or exile", "migrant", "elected or public official", "judiciary",
                    "business", "former law enforcement")  # ACLED counts these as civilians; "rival group" is not
# (tocsin type, subtype or None) -> (disorder type, event type, sub-event type)
TYPES = {
    ("attack", "bombing"): (VIOLENCE, "Explosions/Remote violence", "Remote explosive/landmine/IED"),
    ("attack", "armed clash"): (VIOLENCE, "Battles", "Armed clash"),
    ("attack", "arson"): (STRATEGIC, "Strategic developments", "Looting/property destruction"),
    ("killing", None): (VIOLENCE, "Violence against civilians", "Attack"),
    ("attack", None): (VIOLENCE, "Violence against civilians", "Attack"),
    ("abduction", None): (VIOLENCE, "Violence against civilians", "Abduction/forced disappearance"),
    ("disappearance", None): (VIOLENCE, "Violence against civilians", "Abduction/forced disappearance"),
    ("sexual exploitation", None): (VIOLENCE, "Violence against civilians", "Sexual violence"),
    ("prison", "riot"): (VIOLENCE, "Riots", "Mob violence"),
    ("robbery", None): (STRATEGIC, "Strategic developments", "Looting/property destruction"),
    ("arrest", None): (STRATEGIC, "Strategic developments", "Arrests"),
}
OTHER = (STRATEGIC, "Strategic developments", "Other")
INTER = {"state": 1, "group": 8, "civilians": 7, "unknown": 8}  # ACLED has no criminal-group code: 8, "other", is tocsin's choice
TIME_PRECISION = {"day": 1, "part of day": 1, "week": 2, "month": 3, "season": 3, "quarter": 3, "year": 3, "decade": 3}
GEO_PRECISION = {"exact": 1, "city": 1, "admin2": 3, "admin1": 3, "country": 3}  # a second-level division stands at its first-level one's centre
REGIONS = {
    "Central America": {"BZ", "CR", "SV", "GT", "HN", "MX", "NI", "PA"},
    "Caribbean": {"AG", "BS", "BB", "CU", "DM", "DO", "GD", "HT", "JM", "KN", "LC", "VC", "TT", "PR", "AW", "CW"},
    "North America": {"US", "CA"},
    "South America": {"AR", "BO", "BR", "CL", "CO", "EC", "GY", "PY", "PE", "SR", "UY", "VE", "GF"},
    "Europe": {"ES", "IT", "PT", "FR", "DE", "GB", "NL", "BE"},
}


def acled_type(event_type: str, subtype: str | None, target: str | None) -> tuple[str, str, str]:
    if event_type in ("killing", "attack") and target in ARMED_TARGETS and subtype not in ("bombing",):
        return VIOLENCE, "Battles", "Armed clash"
    return TYPES.get((event_type, subtype)) or TYPES.get((event_type, None)) or OTHER


def _region(alpha2: str | None) -> str:
    return next((name for name, codes in REGIONS.items() if alpha2 in codes), "")


def rows(store: Store, scope: Scope):
    for i in exports.happenings(store, scope):
        reports, ties = exports.incident_evidence(store, i["id"]), _actor_ties(exports.incident_groups(store, i["id"]))
        yield _row(i, reports, ties)


def _actor_ties(groups: list[dict]) -> list[dict]:
    """The distinct ties of groups to the incident as its actor (or with no role), by group name."""
    keys = ("group", "role", "strength", "hedge", "by")
    distinct = {(g["name"], g["role"], g["strength"], g["hedge"], g["by"]) for g in groups if g["role"] in ("actor", None)}
    return [dict(zip(keys, t)) for t in sorted(distinct, key=lambda t: tuple("" if v is None else str(v) for v in t))]


def _row(i: dict, reports: list[dict], ties: list[dict]) -> dict:
    # a group is an actor only where a report names it as the one that acted; one the reports only suspect, allege
    # or describe stays in the notes with their words, and the actor is unidentified (or the authority that acted)
    groups = sorted({t["group"] for t in ties if t["strength"] in ("named", None)})
    hedged = sorted({f"{t['group']}: {describe_tie(t)}" for t in ties if t["strength"] not in ("named", None)})
    target = next((r["target_category"] for r in reports if r["target_category"]), None)
    disorder, event_type, sub_event = acled_type(i["type"], i["subtype"], target)
    agencies = sorted({r["actor"] or r["actor_text"] for r in reports if r["actor_kind"] == "agency" and (r["actor"] or r["actor_text"])})
    country = pycountry.countries.get(alpha_2=i["country"] or "")
    if groups:
        actor1, assoc1, inter1 = groups[0], "; ".join(groups[1:]), INTER["group"]
    elif agencies:
        actor1, assoc1, inter1 = agencies[0], "; ".join(agencies[1:]), INTER["state"]
    else:
        actor1, assoc1, inter1 = f"Unidentified Armed Group ({country.name if country else 'International'})", "", INTER["unknown"]
    civilian = target in CIVILIAN_TARGETS or (target is None and event_type == "Violence against civilians")
    actor2, inter2 = ("Civilians", INTER["civilians"]) if civilian and event_type != "Strategic developments" else ("", "")
    reported = sorted({r["fatalities"] for r in reports if r["fatalities"] is not None})
    day = i["date_begin"] or (i["first_reported"] or "")[:10]
    outlets = sorted({r["outlet"] or "unknown outlet" for r in reports})
    evidence = " ".join((reports[0]["evidence"] if reports else "").split())
    notes = evidence[:600] + (f" [Fatalities reported: {', '.join(map(str, reported))}; the lowest is given.]" if len(reported) > 1 else "")
    if hedged:
        notes += f" [Attribution not stated as fact: {'; '.join(hedged)}.]"
    if not i["date_begin"]:
        notes += (" [Undated in the reports: the date is the first report's.]" if day
                  else " [Undated: neither the reports nor their publication give a date.]")
    updated = i["updated_at"] or ""
    try:
        stamp = int(dt.datetime.fromisoformat(updated.replace("Z", "+00:00")).timestamp()) if updated else ""
    except ValueError:
        stamp = ""
    return {
        "event_id_cnty": f"{country.alpha_3 if country else 'XXX'}{i['id'].removeprefix('inc-')[:10].upper()}",
        "event_date": day, "year": day[:4], "time_precision": TIME_PRECISION.get(i["date_precision"] or "", 3) if i["date_begin"] else 3,
        "disorder_type": disorder, "event_type": event_type, "sub_event_type": sub_event,
        "actor1": actor1, "assoc_actor_1": assoc1, "inter1": inter1, "actor2": actor2, "assoc_actor_2": "", "inter2": inter2,
        "interaction": f"{inter1}{inter2}" if inter2 else f"{inter1}0",
        "civilian_targeting": "Civilian targeting" if civilian and disorder == VIOLENCE else "",
        "iso": int(country.numeric) if country else "", "region": _region(i["country"]), "country": country.name if country else "",
        "admin1": i["admin1"] or "", "admin2": "", "admin3": "", "location": i["place"] or "",
        "latitude": i["lat"] if i["lat"] is not None else "", "longitude": i["lon"] if i["lon"] is not None else "",
        "geo_precision": GEO_PRECISION.get(i["place_precision"] or "", 3), "source": "; ".join(outlets),
        "source_scale": "Multiple" if len(outlets) > 1 else "Other", "notes": notes, "fatalities": reported[0] if reported else 0,
        "tags": "; ".join(filter(None, [f"tocsin type: {i['type']}" + (f" ({i['subtype']})" if i["subtype"] else ""),
                                        f"target: {target}" if target else "", f"outlets: {i['outlets']}"])),
        "timestamp": stamp,
    }


def write_acled(store: Store, out: IO[str], scope: Scope = Scope()) -> int:
    writer = csv.DictWriter(out, fieldnames=COLUMNS)
    writer.writeheader()
    n = 0
    for row in rows(store, scope):
        writer.writerow(row)
        n += 1
    return n
