"""Reads over what the link and watch stages built: incidents, footprints,
claim clusters, alerts. Plain dicts and lists, like the rest of tocsin.query."""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from ..errors import NotFound
from ..store import Store

Row = dict[str, Any]
DISAGREEMENT_FIELDS = ("fatalities", "injured", "date_value", "place", "actor_text", "target_category")


def _marks(values) -> str:
    return ", ".join("?" * len(values))


def _groups_of(store: Store, incident_ids: list[str]) -> dict[str, list[str]]:
    if not incident_ids:
        return {}
    rows = store.fetch(
        "SELECT DISTINCT ie.incident_id, g.name FROM incident_events ie JOIN event_groups eg ON eg.event_id = ie.event_id"
        " JOIN entities g ON g.id = eg.group_entity"
        f" WHERE ie.incident_id IN ({_marks(incident_ids)})",
        incident_ids,
    )
    out: dict[str, list[str]] = defaultdict(list)
    for r in rows:
        out[r["incident_id"]].append(r["name"])
    return {k: sorted(v) for k, v in out.items()}


def _members(store: Store, incident_ids: list[str]) -> list[Row]:
    if not incident_ids:
        return []
    rows = store.fetch(
        "SELECT ie.incident_id, ie.score, ie.features, ev.id, ev.doc_id, ev.type, ev.subtype, ev.modality, ev.trigger,"
        " ev.actor_text, ev.target_text, ev.target_category, ev.fatalities, ev.injured, ev.date_value, ev.date_precision,"
        " pl.name AS place, pl.country, d.outlet, d.title, d.url, d.published_at,"
        " SUBSTR(d.text, ev.evidence_start + 1, ev.evidence_end - ev.evidence_start) AS evidence"
        " FROM incident_events ie JOIN events ev ON ev.id = ie.event_id JOIN documents d ON d.id = ev.doc_id"
        " LEFT JOIN places pl ON pl.entity_id = ev.place_entity"
        f" WHERE ie.incident_id IN ({_marks(incident_ids)}) ORDER BY d.published_at, ev.doc_id, ev.idx",
        incident_ids,
    )
    for row in rows:
        row["evidence"] = " ".join(row["evidence"].split())
        row["features"] = json.loads(row["features"])
    return rows


def disagreements(members: list[Row]) -> dict[str, list[Row]]:
    """Fields on which the reports differ, each value with the outlets that gave it, side by side."""
    out = {}
    for field in DISAGREEMENT_FIELDS:
        by_value: dict[Any, set[str]] = defaultdict(set)
        for m in members:
            if m[field] is not None:
                by_value[m[field]].add(m["outlet"] or m["doc_id"][:10])
        if len(by_value) > 1:
            out[field] = [{"value": v, "outlets": sorted(o)} for v, o in sorted(by_value.items(), key=lambda kv: str(kv[0]))]
    return out


def list_incidents(
    store: Store, group: str | None = None, event_type: str | None = None, country: str | None = None,
    since: str | None = None, min_outlets: int = 1, limit: int = 50,
) -> list[Row]:
    """Incidents, most reported first within the newest: each once, with its outlets and disagreements."""
    where, params = ["i.outlets >= ?"], [min_outlets]
    if group:
        where.append(
            "EXISTS (SELECT 1 FROM incident_events ie JOIN event_groups eg ON eg.event_id = ie.event_id"
            " JOIN entities g ON g.id = eg.group_entity WHERE ie.incident_id = i.id AND (LOWER(g.name) LIKE ? OR LOWER(g.aliases) LIKE ?))"
        )
        params += [f"%{group.lower()}%"] * 2
    if event_type:
        where.append("i.type = ?")
        params.append(event_type)
    if country:
        where.append("pl.country = ?")
        params.append(country.upper())
    if since:
        where.append("COALESCE(i.date_begin, i.first_reported) >= ?")
        params.append(since)
    rows = store.fetch(
        "SELECT i.id, i.type, i.subtype, i.date_value, i.date_precision, pl.name AS place, pl.country, i.place_precision,"
        " i.first_reported, i.last_reported, i.events, i.documents, i.outlets FROM incidents i"
        f" LEFT JOIN places pl ON pl.entity_id = i.place_entity WHERE {' AND '.join(where)}"
        " ORDER BY COALESCE(i.date_begin, i.first_reported) DESC, i.outlets DESC, i.id LIMIT ?",
        (*params, limit),
    )
    ids = [r["id"] for r in rows]
    groups, members = _groups_of(store, ids), _members(store, ids)
    for row in rows:
        own = [m for m in members if m["incident_id"] == row["id"]]
        row["groups"] = groups.get(row["id"], [])
        row["outlet_names"] = sorted({m["outlet"] or "?" for m in own})
        row["disagreements"] = disagreements(own)
        row["evidence"] = own[0]["evidence"] if own else ""
    return rows


def get_incident(store: Store, prefix: str) -> Row:
    rows = store.fetch("SELECT id FROM incidents WHERE id LIKE ? LIMIT 2", (f"{prefix}%",))
    if len(rows) != 1:
        raise NotFound(f"no incident {'uniquely ' if rows else ''}matches {prefix!r}; `tocsin incidents` lists them")
    (incident,) = [r for r in list_incidents(store, limit=1_000_000) if r["id"] == rows[0]["id"]] or [None]
    if incident is None:
        raise NotFound(f"incident {prefix!r} not found")
    incident["reports"] = _members(store, [incident["id"]])
    return incident


def list_groups(store: Store, limit: int = 50) -> list[Row]:
    """Criminal groups with their reach: incidents, countries, first and last reported."""
    return store.fetch(
        "SELECT g.id, g.name, COUNT(DISTINCT ie.incident_id) AS incidents, COUNT(DISTINCT ev.id) AS events,"
        " COUNT(DISTINCT pl.country) AS countries, COUNT(DISTINCT d.outlet) AS outlets,"
        " MIN(d.published_at) AS first_reported, MAX(d.published_at) AS last_reported"
        " FROM entities g JOIN event_groups eg ON eg.group_entity = g.id JOIN events ev ON ev.id = eg.event_id"
        " JOIN documents d ON d.id = ev.doc_id LEFT JOIN places pl ON pl.entity_id = ev.place_entity"
        " LEFT JOIN incident_events ie ON ie.event_id = ev.id"
        " WHERE g.kind = 'group' AND ev.modality IN ('asserted', 'alleged') AND ev.type <> 'designation'"
        " GROUP BY g.id, g.name ORDER BY countries DESC, events DESC, g.name LIMIT ?",
        (limit,),
    )


def footprint(store: Store, name: str) -> Row:
    """Where a group is reported active — country, first-level division and city — since when, by whom.
    Designations and sanctions place the authority that issued them, not the group, and are left out."""
    groups = store.fetch(
        "SELECT id, name FROM entities WHERE kind = 'group' AND (LOWER(name) LIKE ? OR LOWER(aliases) LIKE ?) ORDER BY LENGTH(name)",
        (f"%{name.lower()}%",) * 2,
    )
    if not groups:
        raise NotFound(f"no group named like {name!r}; `tocsin groups` lists them")
    group = groups[0]
    rows = store.fetch(
        "SELECT ev.id, ev.type, ev.modality, pl.name AS place, pl.country, pl.admin1, pl.precision, d.published_at,"
        " d.outlet, COALESCE(ev.date_begin, d.published_at) AS happened,"
        " SUBSTR(d.text, ev.evidence_start + 1, ev.evidence_end - ev.evidence_start) AS evidence"
        " FROM events ev JOIN event_groups eg ON eg.event_id = ev.id JOIN documents d ON d.id = ev.doc_id"
        " JOIN places pl ON pl.entity_id = ev.place_entity"
        " WHERE eg.group_entity = ? AND ev.modality IN ('asserted', 'alleged') AND ev.type <> 'designation'"
        " ORDER BY d.published_at, ev.id",
        (group["id"],),
    )
    levels: dict[str, dict[tuple, Row]] = {"country": {}, "admin1": {}, "city": {}}
    for r in rows:
        keys = {"country": (r["country"],), "admin1": (r["country"], r["admin1"]) if r["admin1"] else None,
                "city": (r["country"], r["place"]) if r["precision"] in ("city", "exact") else None}
        for level, key in keys.items():
            if key is None:
                continue
            entry = levels[level].setdefault(key, {
                "place": r["place"] if level == "city" else None, "country": r["country"],
                "admin1": r["admin1"] if level != "country" else None, "first_reported": r["published_at"],
                "first_source": r["outlet"], "first_evidence": " ".join(r["evidence"].split()), "last_reported": r["published_at"],
                "reports": 0, "outlets": set(), "types": set(),
            })
            entry["reports"] += 1
            entry["last_reported"] = max(entry["last_reported"], r["published_at"])
            entry["outlets"].add(r["outlet"] or "?")
            entry["types"].add(r["type"])
    out = {"group": group["name"], "id": group["id"]}
    for level, entries in levels.items():
        out[level] = sorted(
            ({**e, "outlets": sorted(e["outlets"]), "types": sorted(e["types"])} for e in entries.values()),
            key=lambda e: (e["first_reported"] or "", e["country"]),
        )
    return out


def claim_clusters(store: Store, min_size: int = 2, limit: int = 50) -> list[Row]:
    """Claims repeated across documents: who said it first, and who repeated it."""
    clusters = store.fetch(
        "SELECT cluster_id, COUNT(*) AS n, COUNT(DISTINCT doc_id) AS documents FROM statement_claims"
        " GROUP BY cluster_id HAVING COUNT(DISTINCT doc_id) >= ? ORDER BY documents DESC, cluster_id LIMIT ?",
        (min_size, limit),
    )
    out = []
    for c in clusters:
        members = store.fetch(
            "SELECT sc.doc_id, sc.idx, sc.score, COALESCE(sp.name, s.speaker_text) AS speaker, s.claim_type, d.outlet, d.published_at,"
            " SUBSTR(d.text, s.content_start + 1, s.content_end - s.content_start) AS content FROM statement_claims sc"
            " JOIN statements s ON s.doc_id = sc.doc_id AND s.idx = sc.idx JOIN documents d ON d.id = sc.doc_id"
            " LEFT JOIN entities sp ON sp.id = s.speaker_entity WHERE sc.cluster_id = ? ORDER BY d.published_at, sc.doc_id, sc.idx",
            (c["cluster_id"],),
        )
        out.append({"cluster": c["cluster_id"], "documents": c["documents"], "first": members[0], "repeated_by": members[1:]})
    return out


def list_alerts(store: Store, rule: str | None = None, limit: int = 100) -> list[Row]:
    where, params = ("WHERE rule = ?", [rule]) if rule else ("", [])
    rows = store.fetch(f"SELECT * FROM alerts {where} ORDER BY occurred, id LIMIT ?", (*params, limit))
    for row in rows:
        row["evidence"] = json.loads(row["evidence"])
    return rows


def entity_links(store: Store, limit: int = 200) -> list[Row]:
    """Names linked across documents, with the basis and score of each link (to audit or undo)."""
    return store.fetch(
        "SELECT l.entity_id, e.name, l.canonical_id, c.name AS canonical, l.basis, l.score FROM entity_links l"
        " JOIN entities e ON e.id = l.entity_id JOIN entities c ON c.id = l.canonical_id ORDER BY c.name, e.name LIMIT ?",
        (limit,),
    )
