"""Reads over what the link and watch stages built: incidents, footprints,
claim clusters, alerts. Incidents and the places of a footprint are typed records (``Incident``, ``Presence``);
the rest plain dicts and lists, like the rest of tocsin.query."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import replace
from typing import Any

from ..errors import NotFound
from ..models import TIE_STRENGTHS, Incident, IncidentReport, Presence
from ..store import Store
from .reads import PLACING, SPEAKER, _dates, contains, group_ties, order_by

Row = dict[str, Any]
DISAGREEMENT_FIELDS = ("fatalities", "injured", "date_value", "place", "actor_text", "target_category")


def _marks(values) -> str:
    return ", ".join("?" * len(values))


def _groups_of(store: Store, incident_ids: list[str]) -> tuple[dict[str, list[str]], dict[str, dict[str, str]]]:
    """Each incident's groups, and how its reports tie each one at the most: "actor, named" when a report names the
    group as the doer, else the strongest role and hedge any report gives ("actor, suspected"), so that a list says
    no more than the report that says the most."""
    if not incident_ids:
        return {}, {}
    rows = store.fetch(
        "SELECT DISTINCT ie.incident_id, g.name, eg.role, eg.strength FROM incident_events ie"
        " JOIN event_groups eg ON eg.event_id = ie.event_id JOIN entities g ON g.id = eg.group_entity"
        f" WHERE ie.incident_id IN ({_marks(incident_ids)})",
        incident_ids,
    )
    names: dict[str, set[str]] = defaultdict(set)
    best: dict[str, dict[str, tuple]] = defaultdict(dict)
    for r in rows:
        names[r["incident_id"]].add(r["name"])
        rank = (_ROLES.index(r["role"]) if r["role"] in _ROLES else len(_ROLES),
                TIE_STRENGTHS.index(r["strength"]) if r["strength"] in TIE_STRENGTHS else len(TIE_STRENGTHS))
        if r["name"] not in best[r["incident_id"]] or rank < best[r["incident_id"]][r["name"]][0]:
            best[r["incident_id"]][r["name"]] = (rank, _how(r["role"], r["strength"]))
    return ({k: sorted(v) for k, v in names.items()},
            {k: {name: how for name, (_, how) in sorted(v.items())} for k, v in best.items()})


_ROLES = ("actor", "target", "mentioned")  # the role a list shows first


LIST_REPORTS = 20  # reports of each incident a list reads (the latest): its outlets and disagreements among them


def _members(store: Store, incident_ids: list[str], evidence: bool = True, latest: int | None = None) -> list[IncidentReport]:
    """The reports of incidents, oldest first; ``evidence=False`` leaves out their sentences (a list needs one per incident,
    and reading the text of every report of a big incident is most of a list's cost); ``latest`` keeps only the
    latest reports of each (an incident told by hundreds of outlets is listed from its latest ones; its page shows all)."""
    if not incident_ids:
        return []
    text = "SUBSTR(d.text, ev.evidence_start + 1, ev.evidence_end - ev.evidence_start)" if evidence else "NULL"
    chosen = f"ie.incident_id IN ({_marks(incident_ids)})"
    params = list(incident_ids)
    if latest:
        chosen = ("ie.event_id IN (SELECT event_id FROM (SELECT event_id, ROW_NUMBER() OVER (PARTITION BY incident_id ORDER BY at DESC,"
                  f" event_id) AS n FROM incident_events WHERE incident_id IN ({_marks(incident_ids)})) AS recent WHERE n <= ?)")
        params.append(latest)
    rows = store.fetch(
        "SELECT ie.incident_id, ie.score, ie.features, ev.id, ev.doc_id, ev.type, ev.subtype, ev.modality, ev.trigger,"
        " ev.idx AS event_idx, ev.trigger_start, ev.trigger_end, ev.evidence_start, ev.evidence_end,"
        " ev.actor_text, ev.target_text, ev.target_category, ev.fatalities, ev.injured, ev.date_value, ev.date_precision,"
        " pl.name AS place, pl.country, d.outlet, d.title, d.url, d.published_at,"
        f" {text} AS evidence"
        " FROM incident_events ie JOIN events ev ON ev.id = ie.event_id JOIN documents d ON d.id = ev.doc_id"
        " LEFT JOIN places pl ON pl.entity_id = ev.place_entity"
        f" WHERE {chosen} ORDER BY d.published_at, ev.doc_id, ev.idx",
        params,
    )
    return [IncidentReport(**{**row, "evidence": " ".join(row["evidence"].split()) if evidence else None,
                              "features": json.loads(row["features"])}) for row in rows]


def _evidence_of(store: Store, event_ids: list[str]) -> dict[str, str]:
    rows = store.fetch(
        "SELECT ev.id, SUBSTR(d.text, ev.evidence_start + 1, ev.evidence_end - ev.evidence_start) AS evidence"
        f" FROM events ev JOIN documents d ON d.id = ev.doc_id WHERE ev.id IN ({_marks(event_ids) or 'NULL'})",
        event_ids,
    )
    return {r["id"]: " ".join(r["evidence"].split()) for r in rows}


def disagreements(members: list[IncidentReport]) -> dict[str, list[Row]]:
    """Fields on which the reports differ, each value with the outlets that gave it, side by side."""
    out = {}
    for field in DISAGREEMENT_FIELDS:
        by_value: dict[Any, set[str]] = defaultdict(set)
        for m in members:
            if (value := getattr(m, field)) is not None:
                by_value[value].add(m.outlet or m.doc_id[:10])
        if len(by_value) > 1:
            out[field] = [{"value": v, "outlets": sorted(o)} for v, o in sorted(by_value.items(), key=lambda kv: str(kv[0]))]
    return out


INCIDENT_SORTS = {"date": "i.happened", "first_reported": "i.first_reported",
                  "last_reported": "i.last_reported", "outlets": "i.outlets", "documents": "i.documents", "type": "i.type"}


def _names_group(where: list[str], params: list, group: str) -> None:
    """Only incidents with a report that names a group called like ``group`` (name or alias)."""
    where.append(
        "EXISTS (SELECT 1 FROM incident_events ie JOIN event_groups eg ON eg.event_id = ie.event_id"
        " JOIN entities g ON g.id = eg.group_entity WHERE ie.incident_id = i.id AND (LOWER(g.name) LIKE ? ESCAPE '\\' OR LOWER(g.aliases) LIKE ? ESCAPE '\\'))"
    )
    params += [contains(group)] * 2


def _incident_filters(where: list[str], params: list, group: str | None, event_type: str | None, country: str | None,
                      target_category: str | None, since: str | None, until: str | None) -> None:
    """The filters every incident list takes (``i`` the incident, ``pl`` its place)."""
    if group:
        _names_group(where, params, group)
    if event_type:
        where.append("i.type = ?")
        params.append(event_type)
    if country:
        where.append("pl.country = ?")
        params.append(country.upper())
    if target_category:
        where.append(
            "EXISTS (SELECT 1 FROM incident_events ie JOIN events ev ON ev.id = ie.event_id WHERE ie.incident_id = i.id"
            " AND ev.target_category = ?)"
        )
        params.append(target_category)
    _dates(where, params, "i.happened", since, until)


def list_incidents(
    store: Store, group: str | None = None, event_type: str | None = None, country: str | None = None,
    since: str | None = None, min_outlets: int = 1, limit: int = 50, *, offset: int = 0, until: str | None = None,
    target_category: str | None = None, sort: str | None = None, ids: list[str] | None = None,
) -> list[Incident]:
    """Incidents, newest first and the most reported first within a day: each once, with its outlets and disagreements."""
    where, params = ["i.outlets >= ?"], [min_outlets]
    if ids is not None:
        where.append(f"i.id IN ({_marks(ids) or 'NULL'})")
        params += ids
    _incident_filters(where, params, group, event_type, country, target_category, since, until)
    default = "i.happened DESC, i.outlets DESC, i.id"
    rows = store.fetch(
        "SELECT i.id, i.type, i.subtype, i.date_value, i.date_begin, i.date_precision, pl.name AS place, pl.country, pl.admin1,"
        " pl.lat, pl.lon, i.place_precision, i.first_reported, i.last_reported, i.events, i.documents, i.outlets FROM incidents i"
        f" LEFT JOIN places pl ON pl.entity_id = i.place_entity WHERE {' AND '.join(where)}"
        f" ORDER BY {order_by(sort, INCIDENT_SORTS, default)} LIMIT ? OFFSET ?",
        (*params, limit, offset),
    )
    ids = [r["id"] for r in rows]
    (groups, strengths), members = _groups_of(store, ids), _members(store, ids, evidence=False, latest=LIST_REPORTS)
    by_incident: dict[str, list[IncidentReport]] = defaultdict(list)
    for m in members:
        by_incident[m.incident_id].append(m)
    evidence = _evidence_of(store, [own[0].id for own in by_incident.values()])
    out = []
    for row in rows:
        own = by_incident.get(row["id"], [])
        out.append(Incident(
            **row, groups=tuple(groups.get(row["id"], [])), group_strengths=strengths.get(row["id"], {}),
            outlet_names=tuple(sorted({m.outlet or "?" for m in own})), disagreements=disagreements(own),
            evidence=evidence.get(own[0].id, "") if own else "",
            target_categories=tuple(sorted({m.target_category for m in own if m.target_category})),
        ))
    return out


def _how(role: str | None, strength: str | None) -> str:
    """A group tie in a count's words: "actor, suspected", "target, named", "mentioned only"."""
    return "not assessed" if role is None else "mentioned only" if role == "mentioned" else f"{role}, {strength}"


def get_incident(store: Store, prefix: str) -> Incident:
    """One incident by its id or a unique prefix, with every report (its sentence and group ties) and how the
    reports tie each group."""
    rows = store.fetch("SELECT id FROM incidents WHERE id LIKE ? ORDER BY id LIMIT 2",
                       (prefix.replace("%", "").replace("_", "") + "%",)) if prefix.strip() else []
    if len(rows) != 1:
        raise NotFound(f"no incident {'uniquely ' if rows else ''}matches {prefix!r}; `tocsin incidents` lists them")
    (incident,) = list_incidents(store, ids=[rows[0]["id"]], limit=1)
    reports = _members(store, [incident.id])
    ties = group_ties(store, [r.id for r in reports])
    reports = tuple(replace(r, ties=tuple(ties.get(r.id, []))) for r in reports)
    summary: dict[str, dict[str, int]] = {}
    for r in reports:
        for t in r.ties:
            how = _how(t["role"], t["strength"])
            summary.setdefault(t["group"], {}).setdefault(how, 0)
            summary[t["group"]][how] += 1
    # each group with how the reports tie it: "Tren de Aragua: actor, suspected (2 reports); actor, named (1 report)"
    told = {g: sorted(hows.items(), key=lambda kv: (-kv[1], kv[0])) for g, hows in sorted(summary.items())}
    return replace(incident, reports=reports, group_ties=told)


def list_groups(store: Store, limit: int = 50, *, offset: int = 0) -> list[Row]:
    """Criminal and armed groups with their reach: incidents, countries, first and last reported."""
    return store.fetch(
        "SELECT g.id, g.name, COUNT(DISTINCT ie.incident_id) AS incidents, COUNT(DISTINCT ev.id) AS events,"
        " COUNT(DISTINCT pl.country) AS countries, COUNT(DISTINCT d.outlet) AS outlets,"
        " MIN(d.published_at) AS first_reported, MAX(d.published_at) AS last_reported"
        " FROM entities g JOIN event_groups eg ON eg.group_entity = g.id JOIN events ev ON ev.id = eg.event_id"
        " JOIN documents d ON d.id = ev.doc_id LEFT JOIN places pl ON pl.entity_id = ev.place_entity"
        " LEFT JOIN incident_events ie ON ie.event_id = ev.id"
        f" WHERE g.kind = 'group' AND ev.modality IN ('asserted', 'alleged') AND {PLACING}"
        " GROUP BY g.id, g.name ORDER BY countries DESC, events DESC, g.name, g.id LIMIT ? OFFSET ?",
        (limit, offset),
    )


def footprint(store: Store, name: str) -> Row:
    """Where a group is reported active — country, first-level division and city, each a list of ``Presence`` —
    since when, by whom.
    Designations and extraditions place the authority and the destination, not the group (``PLACING``)."""
    groups = store.fetch(
        "SELECT id, name FROM entities WHERE kind = 'group' AND (LOWER(name) LIKE ? ESCAPE '\\' OR LOWER(aliases) LIKE ? ESCAPE '\\') ORDER BY LENGTH(name)",
        (contains(name),) * 2,
    )
    if not groups:
        raise NotFound(f"no group named like {name!r}; `tocsin groups` lists them")
    group = groups[0]
    rows = store.fetch(
        "SELECT ev.id, ev.type, ev.modality, eg.role, eg.strength, pl.name AS place, pl.country, pl.admin1, pl.precision, pl.lat, pl.lon, d.published_at,"
        " d.outlet, COALESCE(ev.date_begin, d.published_at) AS happened,"
        " SUBSTR(d.text, ev.evidence_start + 1, ev.evidence_end - ev.evidence_start) AS evidence"
        " FROM events ev JOIN event_groups eg ON eg.event_id = ev.id JOIN documents d ON d.id = ev.doc_id"
        " JOIN places pl ON pl.entity_id = ev.place_entity"
        f" WHERE eg.group_entity = ? AND ev.modality IN ('asserted', 'alleged') AND {PLACING}"
        " ORDER BY d.published_at IS NULL, d.published_at, ev.id",  # dated reports first: an undated one is never "first"
        (group["id"],),
    )
    levels: dict[str, dict[tuple, Row]] = {"country": {}, "admin1": {}, "city": {}}
    for r in rows:
        keys = {"country": (r["country"],) if r["country"] else None,  # a continent is in no country
                "admin1": (r["country"], r["admin1"]) if r["admin1"] else None,
                "city": (r["country"], r["place"]) if r["precision"] in ("city", "exact") else None}
        for level, key in keys.items():
            if key is None:
                continue
            entry = levels[level].setdefault(key, {
                "place": r["place"] if level == "city" else None, "country": r["country"],
                "lat": r["lat"] if level == "city" else None, "lon": r["lon"] if level == "city" else None,
                "admin1": r["admin1"] if level != "country" else None, "first_reported": r["published_at"],
                "first_source": r["outlet"], "first_evidence": " ".join(r["evidence"].split()), "last_reported": r["published_at"],
                "reports": 0, "outlets": set(), "types": set(), "ties": {},
            })
            how = _how(r["role"], r["strength"])  # "actor, suspected": 2 reports
            entry["ties"][how] = entry["ties"].get(how, 0) + 1
            entry["reports"] += 1
            entry["last_reported"] = max(filter(None, (entry["last_reported"], r["published_at"])), default=None)
            entry["outlets"].add(r["outlet"] or "?")
            entry["types"].add(r["type"])
    out = {"group": group["name"], "id": group["id"], "counts": claimed_counts(store, group["id"])}
    for level, entries in levels.items():
        out[level] = sorted(
            (Presence(**{**e, "outlets": tuple(sorted(e["outlets"])), "types": tuple(sorted(e["types"]))}) for e in entries.values()),
            key=lambda e: (e.first_reported or "", e.country),
        )
    return out


def claimed_counts(store: Store, group_id: str) -> list[Row]:
    """The presence claims that give a group's reach as a count of places ("present in 30 major U.S. cities", "opera
    en al menos ocho países"), each as written, with who says it (the statement that holds it, else the outlet), the
    tie's strength and hedge, the country when the claim names one, and the sentence: a count places the group on no
    map, and is never read as places."""
    return store.fetch(
        "SELECT ev.id, ev.modality, eg.strength, eg.hedge, eg.said_by, pl.country, d.outlet, d.published_at,"
        " SUBSTR(d.text, ev.extent_start + 1, ev.extent_end - ev.extent_start) AS extent,"
        " (SELECT COALESCE(sp.name, s.speaker_text) FROM statements s LEFT JOIN entities sp ON sp.id = s.speaker_entity"
        "  WHERE s.doc_id = ev.doc_id AND s.speaker_basis != 'document' AND s.content_start <= ev.trigger_start AND ev.trigger_end <= s.content_end"
        "  ORDER BY s.idx LIMIT 1) AS speaker,"
        " SUBSTR(d.text, ev.evidence_start + 1, ev.evidence_end - ev.evidence_start) AS evidence"
        " FROM events ev JOIN event_groups eg ON eg.event_id = ev.id JOIN documents d ON d.id = ev.doc_id"
        " LEFT JOIN places pl ON pl.entity_id = ev.place_entity"
        " WHERE eg.group_entity = ? AND ev.type = 'presence' AND ev.extent_start IS NOT NULL AND ev.modality IN ('asserted', 'alleged')"
        " ORDER BY d.published_at IS NULL, d.published_at, ev.id",
        (group_id,),
    )


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
            f"SELECT sc.doc_id, sc.idx, sc.score, {SPEAKER} AS speaker, s.claim_type, d.outlet, d.published_at,"
            " SUBSTR(d.text, s.content_start + 1, s.content_end - s.content_start) AS content FROM statement_claims sc"
            " JOIN statements s ON s.doc_id = sc.doc_id AND s.idx = sc.idx JOIN documents d ON d.id = sc.doc_id"
            " LEFT JOIN entity_links sl ON sl.entity_id = s.speaker_entity LEFT JOIN entities sp ON sp.id = COALESCE(sl.canonical_id, s.speaker_entity)"
            " WHERE sc.cluster_id = ? ORDER BY d.published_at, sc.doc_id, sc.idx",
            (c["cluster_id"],),
        )
        out.append({"cluster": c["cluster_id"], "documents": c["documents"], "first": members[0], "repeated_by": members[1:]})
    return out


def list_alerts(store: Store, rule: str | None = None, limit: int = 100, *, offset: int = 0, newest_first: bool = False) -> list[Row]:
    where, params = ("WHERE rule = ?", [rule]) if rule else ("", [])
    order = "occurred DESC, id" if newest_first else "occurred, id"
    rows = store.fetch(f"SELECT * FROM alerts {where} ORDER BY {order} LIMIT ? OFFSET ?", (*params, limit, offset))
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


def timeline(store: Store, group: str | None = None, country: str | None = None, event_type: str | None = None) -> list[Row]:
    """Incidents per month (of the happening, else of the first report), by type: how a group's or a place's record grows."""
    where, params = ["1 = 1"], []
    if group:
        _names_group(where, params, group)
    if country:
        where.append("i.country = ?")
        params.append(country.upper())
    if event_type:
        where.append("i.type = ?")
        params.append(event_type)
    rows = store.fetch(
        "SELECT SUBSTR(i.happened, 1, 7) AS month, i.type, COUNT(*) AS n FROM incidents i"
        f" WHERE {' AND '.join(where)} AND i.happened IS NOT NULL GROUP BY month, i.type ORDER BY month, i.type",
        params,
    )
    months: dict[str, Row] = {}
    for r in rows:
        entry = months.setdefault(r["month"], {"month": r["month"], "incidents": 0, "types": {}})
        entry["incidents"] += r["n"]
        entry["types"][r["type"]] = r["n"]
    return list(months.values())


def group_detail(store: Store, name: str) -> Row:
    """A group's page: its names, footprint, incidents and who speaks about it."""
    from . import list_claims

    place = footprint(store, name)
    entity = store.fetch("SELECT id, name, aliases FROM entities WHERE id = ?", (place["id"],))[0]
    speakers: dict[str, Row] = {}
    for claim in list_claims(store, group=place["group"], limit=500):
        entry = speakers.setdefault(claim["speaker"], {"speaker": claim["speaker"], "statements": 0, "types": set(), "last": None})
        entry["statements"] += 1
        entry["types"].add(claim["claim_type"])
        entry["last"] = max(entry["last"] or "", claim["published_at"] or "")
    return {
        **place,
        "aliases": json.loads(entity["aliases"]),
        "incidents": list_incidents(store, group=place["group"], limit=100),
        "speakers": sorted(({**v, "types": sorted(v["types"])} for v in speakers.values()), key=lambda v: (-v["statements"], v["speaker"])),
        "timeline": timeline(store, group=place["group"]),
    }


def evidence_context(store: Store, doc_id: str, start: int, end: int, width: int = 360) -> Row:
    """The text around an evidence span, cut at paragraph breaks: what a reader needs to judge it."""
    lo = max(0, start - width)
    row = store.fetch(
        "SELECT SUBSTR(text, ? + 1, ?) AS window FROM documents WHERE id = ?", (lo, end + width - lo, doc_id)
    )
    if not row:
        raise NotFound(f"no document {doc_id!r}")
    window = row[0]["window"]
    before, evidence, after = window[: start - lo], window[start - lo : end - lo], window[end - lo :]
    if "\n\n" in before:
        before = before.rsplit("\n\n", 1)[1]
    elif lo > 0:
        before = "… " + before.split(" ", 1)[-1]
    if "\n\n" in after:
        after = after.split("\n\n", 1)[0]
    elif len(after) >= width:
        after = after.rsplit(" ", 1)[0] + " …"
    return {"before": before, "evidence": evidence, "after": after, "start": start, "end": end}


def get_entity(store: Store, entity_id: str) -> Row:
    """An entity with its aliases, counts, the names linked to it across documents and the latest documents naming it."""
    rows = store.fetch("SELECT id, kind, name, aliases FROM entities WHERE id = ?", (entity_id,))
    if not rows:
        raise NotFound(f"no entity {entity_id!r}; `tocsin entities` lists them")
    entity = rows[0]
    entity["aliases"] = json.loads(entity["aliases"])
    ids = [entity_id] + [r["entity_id"] for r in store.fetch("SELECT entity_id FROM entity_links WHERE canonical_id = ?", (entity_id,))]
    marks = _marks(ids)
    entity["linked"] = store.fetch(
        "SELECT l.entity_id, e.name, l.basis, l.score FROM entity_links l JOIN entities e ON e.id = l.entity_id"
        " WHERE l.canonical_id = ? ORDER BY e.name", (entity_id,)
    )
    entity["canonical"] = (store.fetch("SELECT canonical_id FROM entity_links WHERE entity_id = ?", (entity_id,)) or [{}])[0].get("canonical_id")
    entity["mentions"] = store.fetch(f"SELECT COUNT(*) AS n FROM mentions WHERE entity_id IN ({marks})", ids)[0]["n"]
    entity["documents"] = store.fetch(
        "SELECT d.id, d.title, d.outlet, d.published_at, COUNT(*) AS mentions FROM mentions m JOIN documents d ON d.id = m.doc_id"
        f" WHERE m.entity_id IN ({marks}) GROUP BY d.id, d.title, d.outlet, d.published_at ORDER BY d.published_at DESC, d.id LIMIT 50",
        ids,
    )
    place = store.fetch("SELECT name, feature, country, admin1, lat, lon, geonames_id, precision FROM places WHERE entity_id = ?", (entity_id,))
    entity["place"] = place[0] if place else None
    return entity


def incident_points(
    store: Store, group: str | None = None, event_type: str | None = None, country: str | None = None, since: str | None = None,
    until: str | None = None, target_category: str | None = None, limit: int = 2000,
) -> list[Incident]:
    """Incidents that have coordinates, newest first, with their groups: what a map draws (no reports, no disagreements)."""
    where, params = ["pl.lat IS NOT NULL"], []
    _incident_filters(where, params, group, event_type, country, target_category, since, until)
    rows = store.fetch(
        "SELECT i.id, i.type, i.subtype, i.date_value, pl.name AS place, pl.country, pl.admin1, pl.lat, pl.lon, i.place_precision,"
        " i.first_reported, i.outlets, i.documents FROM incidents i JOIN places pl ON pl.entity_id = i.place_entity"
        f" WHERE {' AND '.join(where)} ORDER BY i.happened DESC, i.id LIMIT ?",
        (*params, limit),
    )
    groups, strengths = _groups_of(store, [r["id"] for r in rows])
    return [Incident(**row, groups=tuple(groups.get(row["id"], [])), group_strengths=strengths.get(row["id"], {})) for row in rows]


def incident_reports(store: Store, event_type: str) -> list[Row]:
    """Every stored report of a type that joined an incident: its document's source and text, its evidence
    offsets and its incident."""
    return store.fetch(
        "SELECT d.source, d.text, ev.evidence_start, ev.evidence_end, ie.incident_id FROM events ev JOIN documents d ON d.id = ev.doc_id"
        " JOIN incident_events ie ON ie.event_id = ev.id WHERE ev.type = ?",
        (event_type,),
    )
