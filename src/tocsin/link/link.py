"""The link stage: what the stored documents say together.

For every document not linked yet, in publication order, one transaction:
its people and organizations are linked to the canonical entities they name
(``entities``), its events join the incidents they report or found new ones
(``incidents``), its statements join the claims they repeat (``claims``).
Then every forecast in the ledger is checked against the incidents
(``forecasts``). Each step finds its candidates through indexed lookups, so
linking one new document costs about the same in a store of a hundred
documents as in one of ten thousand (bench/link_scaling.py measures it).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from typing import Callable

from ..store import Store
from ..structure import item_at, segments
from . import claims, entities, forecasts, incidents

EVENT_COLUMNS = (
    "SELECT ev.id, ev.doc_id, ev.type, ev.subtype, ev.modality, ev.nominal, ev.target_category, ev.target_text, ev.fatalities, ev.place_entity,"
    " ev.place_precision, ev.date_value, ev.date_begin, ev.date_end, ev.date_precision, ev.date_basis,"
    " COALESCE(la.canonical_id, ev.actor_entity) AS actor_entity, COALESCE(lt.canonical_id, ev.target_entity) AS target_entity,"
    " d.published_at, d.outlet, pl.country, pl.admin1, pl.lat, pl.lon, ev.trigger_start,"
    " SUBSTR(d.text, ev.evidence_start + 1, ev.trigger_start - ev.evidence_start) AS before_trigger"  # the sentence up to the trigger
    " FROM events ev JOIN documents d ON d.id = ev.doc_id LEFT JOIN places pl ON pl.entity_id = ev.place_entity"
    " LEFT JOIN entity_links la ON la.entity_id = ev.actor_entity LEFT JOIN entity_links lt ON lt.entity_id = ev.target_entity"
)
INCIDENT_MODALITIES = ("asserted", "alleged")
CANDIDATES = 8  # incidents, or claims, a new report is compared with at most: the most recent first
MEMBERS = 4  # reports of one incident a newcomer is compared with: the most recent


@dataclass
class LinkReport:
    documents: int = 0
    incidents_founded: int = 0
    events_joined: int = 0
    entities_linked: int = 0
    claims_repeated: int = 0
    forecasts_observed: int = 0
    forecasts_expired: int = 0


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def event_rows(store: Store, where: str, params: tuple) -> list[dict]:
    rows = store.fetch(f"{EVENT_COLUMNS} WHERE {where} ORDER BY ev.doc_id, ev.idx", params)
    if rows:
        marks = ", ".join("?" * len(rows))
        groups = store.fetch(
            f"SELECT event_id, group_entity FROM event_groups WHERE event_id IN ({marks})", [r["id"] for r in rows]
        )
        for row in rows:
            row["groups"] = [g["group_entity"] for g in groups if g["event_id"] == row["id"]]
            if row.get("date_basis") == "story":  # a date carried from another report of the story is no evidence the
                day = (row["published_at"] or "")[:10] or None  # two are one: compared as the undated report it is
                row.update(date_value=day, date_begin=day, date_end=day, date_precision="publication")
    return rows


# --- entities -------------------------------------------------------------------------------------------------


def _canonical(store: Store, entity_id: str) -> str:
    row = store.fetch("SELECT canonical_id FROM entity_links WHERE entity_id = ?", (entity_id,))
    return row[0]["canonical_id"] if row else entity_id


def _candidates(store: Store, tokens: list[str], kind: str) -> list[dict]:
    if not tokens:
        return []
    rows = store.fetch(
        "SELECT DISTINCT e.id, e.name, COALESCE(l.canonical_id, e.id) AS canonical FROM entity_tokens t"
        " JOIN entities e ON e.id = t.entity_id LEFT JOIN entity_links l ON l.entity_id = e.id"
        f" WHERE e.kind = ? AND t.token IN ({', '.join('?' * len(tokens))})",
        (kind, *tokens),
    )
    return rows


def _save_link(store: Store, entity_id: str, found: tuple[str, str, float], report: LinkReport) -> None:
    canonical, basis, score = found
    canonical = _canonical(store, canonical)
    if canonical == entity_id:
        return
    store.execute(
        "INSERT INTO entity_links (entity_id, canonical_id, basis, score, at) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT (entity_id) DO NOTHING",
        (entity_id, canonical, basis, score, _now()),
    )
    report.entities_linked += 1


def link_entities(store: Store, doc_id: str, report: LinkReport) -> None:
    new = store.fetch(
        "SELECT DISTINCT e.id, e.name, e.kind FROM mentions m JOIN entities e ON e.id = m.entity_id"
        " WHERE m.doc_id = ? AND e.kind IN ('person', 'organization')"
        " AND NOT EXISTS (SELECT 1 FROM entity_tokens t WHERE t.entity_id = e.id)",
        (doc_id,),
    )
    for ent in new:
        tokens = entities.name_tokens(ent["name"])
        rows = [(t, ent["id"]) for t in set(tokens)]
        if ent["kind"] == "organization" and len(ent["name"].split()) >= 2:
            rows.append(("^" + entities.initials(ent["name"]), ent["id"]))
        store.executemany("INSERT INTO entity_tokens (token, entity_id) VALUES (?, ?) ON CONFLICT DO NOTHING", rows)
    for ent in new:
        tokens = entities.name_tokens(ent["name"])
        if ent["kind"] == "organization":
            found = entities.acronym_link(ent, _candidates(store, ["^" + ent["name"].strip()], "organization"))
        else:
            found = entities.person_link(ent, _candidates(store, tokens, "person"))
        if found:
            _save_link(store, ent["id"], found, report)
        if ent["kind"] == "person" and len(tokens) >= 2:
            _relink_surnames(store, ent, tokens, report)


def _relink_surnames(store: Store, ent: dict, tokens: list[str], report: LinkReport) -> None:
    """A full name arriving after its surname was stored alone: the surname may now have one owner."""
    for token in tokens[1:]:
        lone = store.fetch(
            "SELECT e.id, e.name FROM entity_tokens t JOIN entities e ON e.id = t.entity_id"
            " WHERE t.token = ? AND e.kind = 'person' AND e.id <> ?"
            " AND NOT EXISTS (SELECT 1 FROM entity_links l WHERE l.entity_id = e.id)",
            (token, ent["id"]),
        )
        for single in (s for s in lone if len(entities.name_tokens(s["name"])) == 1):
            found = entities.person_link(single, _candidates(store, [token], "person"))
            if found:
                _save_link(store, single["id"], found, report)


# --- incidents ------------------------------------------------------------------------------------------------


_PRECISE = {"day", "part of day", "time", "week", "month"}


def _window(members: list[dict]) -> tuple[str, str]:
    """The days an incident may have happened on: from its precisely dated reports when it has any, so that
    "the third killing this year" does not open the incident to every report of that year."""
    precise = [m for m in members if m.get("date_precision") in _PRECISE and not incidents.undated(m)]
    ranges = [r for r in (incidents.date_range(m) for m in (precise or members)) if r]
    if not ranges:
        return "0000-01-01", "9999-12-31"
    return min(r[0] for r in ranges).isoformat(), max(r[1] for r in ranges).isoformat()


def _write_incident(store: Store, incident: str, members: list[dict]) -> None:
    fields = incidents.canonical(members)
    begin, end = _window(members)
    store.execute(
        "INSERT INTO incidents (id, type, subtype, date_value, date_begin, date_end, date_precision, place_entity,"
        " place_precision, country, first_reported, last_reported, events, documents, outlets, window_begin, window_end, updated_at,"
        " happened) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
        " type = excluded.type, subtype = excluded.subtype, date_value = excluded.date_value, date_begin = excluded.date_begin,"
        " date_end = excluded.date_end, date_precision = excluded.date_precision, place_entity = excluded.place_entity,"
        " place_precision = excluded.place_precision, country = excluded.country, first_reported = excluded.first_reported,"
        " last_reported = excluded.last_reported, events = excluded.events, documents = excluded.documents,"
        " outlets = excluded.outlets, window_begin = excluded.window_begin, window_end = excluded.window_end,"
        " updated_at = excluded.updated_at, happened = excluded.happened",
        (incident, fields["type"], fields["subtype"], fields["date_value"], fields["date_begin"], fields["date_end"],
         fields["date_precision"], fields["place_entity"], fields["place_precision"], _country(members, fields["place_entity"]),
         fields["first_reported"],
         fields["last_reported"], fields["events"], fields["documents"], fields["outlets"], begin, end, _now(),
         fields["date_begin"] or fields["first_reported"]),
    )


def _country(members: list[dict], place: str | None) -> str | None:
    """The country of an incident: of its place, unless its reports name only countries that differ."""
    return next((m["country"] for m in members if m.get("place_entity") == place and m.get("country")), None)


def _members(store: Store, incident: str) -> list[dict]:
    """An incident's reports, the most recent ``MEMBERS`` of them: enough to judge a newcomer, bounded for big incidents."""
    return _members_of(store, [incident]).get(incident, [])


def _members_of(store: Store, ids: list[str]) -> dict[str, list[dict]]:
    """The most recent ``MEMBERS`` reports of each of several incidents, in three queries whatever their number."""
    if not ids:
        return {}
    ranges = [f"SELECT * FROM (SELECT event_id, incident_id FROM incident_events WHERE incident_id = ? ORDER BY rowid DESC LIMIT ?) AS m{n}"
              for n in range(len(ids))]  # each the end of one incident's index range: big incidents cost what small ones do
    pairs = store.fetch(" UNION ALL ".join(ranges), [v for i in ids for v in (i, MEMBERS)])
    of = {p["event_id"]: p["incident_id"] for p in pairs}
    out: dict[str, list[dict]] = {i: [] for i in ids}
    if of:
        for row in event_rows(store, f"ev.id IN ({', '.join('?' * len(of))})", tuple(of)):
            out[of[row["id"]]].append(row)
    return out


def _candidates_for(store: Store, ev: dict, types: tuple[str, ...], begin: str, end: str) -> list[dict]:
    """Incidents an event may belong to: of a compatible type, in its country, overlapping in time (the most
    recent ``CANDIDATES``); for a report the text does not date, also earlier incidents that share its named
    victim or actor (indexed lookups, so the cost does not grow with the store)."""
    marks = ", ".join("?" * len(types))
    country = ev.get("country") if ev.get("place_precision") != "country" else None  # a country alone is weak evidence
    # One index range per type and country (its own, or none), read newest first and cut at CANDIDATES:
    # the cost stays that of a few index seeks however many incidents the store holds.
    ranges, params = [], []
    for t in types:
        for where, values in ((("country = ?", (country,)), ("country IS NULL", ())) if country else (("1 = 1", ()),)):
            ranges.append(f"SELECT * FROM (SELECT id, window_end FROM incidents WHERE type = ? AND {where} AND window_end >= ?"
                          f" AND window_begin <= ? ORDER BY window_end DESC LIMIT ?) AS r{len(ranges)}")
            params += [t, *values, begin, end, CANDIDATES]
    found = store.fetch(f"SELECT id FROM ({' UNION ALL '.join(ranges)}) AS c ORDER BY window_end DESC, id LIMIT ?",
                        (*params, CANDIDATES))
    if incidents.undated(ev):
        for column in ("target_entity", "actor_entity"):
            if ev.get(column) and not ev[column].startswith("group:"):
                found += store.fetch(
                    "SELECT ie.incident_id AS id FROM events e JOIN incident_events ie ON ie.event_id = e.id"
                    f" WHERE e.{column} = ? AND e.type IN ({marks}) ORDER BY e.rowid DESC LIMIT ?",
                    (ev[column], *types, CANDIDATES),
                )
    return list({r["id"]: r for r in found}.values())


def _dated_apart(ev: dict, members: list[dict]) -> bool:
    """A report dated to the day or month joins no incident whose reports so dated all fall on other days:
    vaguer reports of the incident ("the third killing this year") must not carry it to a different happening."""
    def days(e: dict) -> tuple[str, str] | None:  # the dates as written, without the margin matching allows
        if e.get("date_precision") not in _PRECISE or incidents.undated(e) or not e.get("date_begin"):
            return None
        return e["date_begin"][:10], (e.get("date_end") or e["date_begin"])[:10]

    mine = days(ev)
    theirs = [r for r in (days(m) for m in members) if r]
    return bool(mine and theirs) and all(r[0] > mine[1] or mine[0] > r[1] for r in theirs)


def _referent(store: Store, ev: dict) -> str | None:
    """The incident of the last earlier report of a compatible type in the same document, if any."""
    types = incidents.COMPATIBLE.get(ev["type"], (ev["type"],))
    rows = store.fetch(
        "SELECT ie.incident_id FROM events e JOIN incident_events ie ON ie.event_id = e.id"
        f" WHERE e.doc_id = ? AND e.idx < (SELECT idx FROM events WHERE id = ?) AND e.type IN ({', '.join('?' * len(types))})"
        " ORDER BY e.idx DESC LIMIT 1",
        (ev["doc_id"], ev["id"], *types),
    )
    return rows[0]["incident_id"] if rows else None


def link_events(store: Store, doc_id: str, report: LinkReport) -> set[str]:
    """Each happening the document reports joins the incident it belongs to or founds one; returns the incidents touched."""
    touched = set()
    marks = ", ".join("?" * len(INCIDENT_MODALITIES))
    rows = event_rows(store, f"ev.doc_id = ? AND ev.type <> 'presence' AND ev.modality IN ({marks})", (doc_id, *INCIDENT_MODALITIES))
    text = store.fetch("SELECT text FROM documents WHERE id = ?", (doc_id,))[0]["text"] if rows else ""
    segs = segments(text)

    def item_of(row: dict) -> int | None:
        """Where the list item holding the report starts, when it stands in one of this document's lists: a bullet,
        or a paragraph led by a bold name ("**Julian Lema Bravo**, an Ecuadorian national with a conviction for…")."""
        seg = item_at(text, segs, row["trigger_start"]) if row["doc_id"] == doc_id else None
        return seg.start if seg is not None else None  # a list of cases: one happening an item

    for ev in rows:
        ev["item"] = item_of(ev)
        span = incidents.date_range(ev)
        begin, end = (span[0].isoformat(), span[1].isoformat()) if span else ("0000-01-01", "9999-12-31")
        types = incidents.COMPATIBLE.get(ev["type"], (ev["type"],))
        candidates = _candidates_for(store, ev, types, begin, end)
        best, best_match, members_of_best = None, None, []
        earlier = _referent(store, ev) if incidents.undated(ev) and incidents.definite(ev) and ev["item"] is None \
            and not incidents.another(ev) else None
        if earlier is not None:  # "the killing" in an article that reported a killing before: that one
            best, best_match, members_of_best = earlier, incidents.Match(1.0, {"reference in the same document": 1.0}), _members(store, earlier)
            candidates = []
        members_of = _members_of(store, [c["id"] for c in candidates])
        for cand in candidates:
            members = members_of[cand["id"]]
            if _dated_apart(ev, members):
                continue
            for m in members:
                m["item"] = item_of(m)
            matches = [m for m in (incidents.compare(ev, other) for other in members) if m]
            if matches and len(matches) * 2 >= len(members):  # most members agree, not one outlier
                top = max(matches, key=lambda m: m.score)
                if best_match is None or top.score > best_match.score:
                    best, best_match, members_of_best = cand["id"], top, members
        incident = best or incidents.incident_id(ev["id"])
        _write_incident(store, incident, members_of_best + [ev])
        store.execute(
            "INSERT INTO incident_events (event_id, incident_id, score, features, at) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT (event_id) DO NOTHING",
            (ev["id"], incident, best_match.score if best_match else 1.0, incidents.features_json(best_match), _now()),
        )
        touched.add(incident)
        if best:
            report.events_joined += 1
        else:
            report.incidents_founded += 1
    return touched


# --- claims ---------------------------------------------------------------------------------------------------


def link_claims(store: Store, doc_id: str, report: LinkReport) -> None:
    for st in store.fetch(
        "SELECT s.idx, SUBSTR(d.text, s.content_start + 1, s.content_end - s.content_start) AS content"
        " FROM statements s JOIN documents d ON d.id = s.doc_id WHERE s.doc_id = ? ORDER BY s.idx",
        (doc_id,),
    ):
        words = claims.content_words(st["content"])
        if len(words) < claims.MIN_WORDS:
            continue
        keys = claims.bands(words)
        found = store.fetch(
            "SELECT k.doc_id, k.idx, sc.cluster_id, SUBSTR(d.text, s.content_start + 1, s.content_end - s.content_start) AS content"
            " FROM (SELECT c.doc_id, c.idx, MAX(c.rowid) AS newest FROM claim_bands c"
            f"       WHERE c.band IN ({', '.join('?' * len(keys))}) AND c.doc_id <> ? GROUP BY c.doc_id, c.idx ORDER BY newest DESC LIMIT ?) k"
            " JOIN statement_claims sc ON sc.doc_id = k.doc_id AND sc.idx = k.idx"
            " JOIN statements s ON s.doc_id = k.doc_id AND s.idx = k.idx JOIN documents d ON d.id = k.doc_id ORDER BY k.newest DESC",
            (*keys, doc_id, CANDIDATES),
        )
        scored = [(claims.similarity(words, claims.content_words(f["content"])), f) for f in found]
        scored = [(s, f) for s, f in scored if s >= claims.RATIO]
        if scored:
            score, match = max(scored, key=lambda x: x[0])
            cluster = match["cluster_id"]
            report.claims_repeated += 1
        else:
            score, cluster = 100.0, claims.cluster_id(doc_id, st["idx"])
        store.execute(
            "INSERT INTO statement_claims (doc_id, idx, cluster_id, score) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
            (doc_id, st["idx"], cluster, score),
        )
        if not scored:  # only a cluster's first claim is indexed: a repeat is found through it, and the index stays small
            store.executemany(
                "INSERT INTO claim_bands (band, doc_id, idx) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                [(k, doc_id, st["idx"]) for k in keys],
            )


# --- forecasts ------------------------------------------------------------------------------------------------


def _incident_rows(store: Store, types: tuple[str, ...], forecast: dict) -> list[dict]:
    """Incidents that could fulfil a forecast: of a predicted type, within its horizon, about its groups, in its country."""
    after = forecast["made_on"]
    until = (forecasts.deadline(after, forecast["horizon"]) or dt.date.fromisoformat(after[:10]) + forecasts.UNBOUNDED).isoformat()
    where = [f"i.type IN ({', '.join('?' * len(types))})", "i.window_end > ?", "i.window_begin <= ?",  # indexed, then exact
             "COALESCE(i.date_begin, i.first_reported) > ?", "COALESCE(i.date_begin, i.first_reported) <= ?"]
    params: list = [*types, after, until, after, until]
    if forecast["groups"]:
        where.append(
            "EXISTS (SELECT 1 FROM incident_events ie JOIN event_groups eg ON eg.event_id = ie.event_id"
            f" WHERE ie.incident_id = i.id AND eg.group_entity IN ({', '.join('?' * len(forecast['groups']))}))"
        )
        params += forecast["groups"]
    if forecast.get("country"):
        where.append("i.country = ?")
        params.append(forecast["country"])
    return _with_groups(store.fetch(f"{_INCIDENT_FOR_FORECAST} WHERE {' AND '.join(where)} LIMIT 200", params))


def _presence_rows(store: Store, forecast: dict) -> list[dict]:
    """Presence reports after a forecast and within its horizon, in countries where the group had no earlier report."""
    made = forecast["made_on"]
    until = (forecasts.deadline(made, forecast["horizon"]) or dt.date.fromisoformat(made[:10]) + forecasts.UNBOUNDED).isoformat()
    rows = []
    for group in forecast["groups"]:
        before = {r["country"] for r in store.fetch(
            "SELECT DISTINCT pl.country FROM events ev JOIN event_groups eg ON eg.event_id = ev.id JOIN documents d ON d.id = ev.doc_id"
            " JOIN places pl ON pl.entity_id = ev.place_entity WHERE eg.group_entity = ? AND d.published_at <= ?",
            (group, forecast["made_on"]),
        )}
        for r in store.fetch(
            "SELECT ev.id, ev.type, ev.subtype, d.published_at AS first_reported, pl.country FROM events ev"
            " JOIN event_groups eg ON eg.event_id = ev.id JOIN documents d ON d.id = ev.doc_id"
            " JOIN places pl ON pl.entity_id = ev.place_entity"
            " WHERE eg.group_entity = ? AND ev.type = 'presence' AND ev.modality IN ('asserted', 'alleged')"
            " AND d.published_at > ? AND d.published_at <= ? LIMIT 500",
            (group, forecast["made_on"], until),
        ):
            if r["country"] not in before:
                rows.append({**r, "groups": [group], "target_category": None})
    return rows


def _forecast_rows(store: Store, where: str, params: tuple) -> list[dict]:
    rows = store.fetch(
        "SELECT f.doc_id, f.statement_idx, f.event_type, f.subject_groups, f.targets, f.horizon, f.made_on, f.status, pl.country"
        f" FROM forecasts f LEFT JOIN places pl ON pl.entity_id = f.place_entity WHERE {where}",
        params,
    )
    for f in rows:
        f["groups"], f["targets"] = json.loads(f["subject_groups"]), json.loads(f["targets"])
    return rows


def _observe(store: Store, f: dict, hits: list[dict], report: LinkReport) -> None:
    store.executemany(
        "INSERT INTO forecast_matches (doc_id, statement_idx, matched_id, first_reported, at) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT DO NOTHING",
        [(f["doc_id"], f["statement_idx"], h["id"], h["first_reported"], _now()) for h in hits],
    )
    if hits and f["status"] != "observed":
        store.execute("UPDATE forecasts SET status = 'observed' WHERE doc_id = ? AND statement_idx = ?", (f["doc_id"], f["statement_idx"]))
        f["status"] = "observed"
        report.forecasts_observed += 1


_INCIDENT_FOR_FORECAST = (
    "SELECT i.id, i.type, i.subtype, COALESCE(i.date_begin, i.first_reported) AS first_reported, i.country,"
    " (SELECT GROUP_CONCAT(eg.group_entity, ' ') FROM incident_events ie JOIN event_groups eg ON eg.event_id = ie.event_id"
    "  WHERE ie.incident_id = i.id) AS group_list,"
    " (SELECT ev.target_category FROM incident_events ie JOIN events ev ON ev.id = ie.event_id"
    "  WHERE ie.incident_id = i.id AND ev.target_category IS NOT NULL LIMIT 1) AS target_category"
    " FROM incidents i"
)


def _with_groups(rows: list[dict]) -> list[dict]:
    for row in rows:
        row["groups"] = sorted(set((row.pop("group_list") or "").split()))
    return rows


def _incident_row(store: Store, incident: str) -> dict:
    return _with_groups(store.fetch(f"{_INCIDENT_FOR_FORECAST} WHERE i.id = ?", (incident,)))[0]


def link_forecasts(store: Store, report: LinkReport, docs: list[str], touched: set[str]) -> None:
    """New forecasts against what happened after them; open forecasts against the incidents just founded
    or grown. Each step is bounded by time windows and indexes, not by the size of the store."""
    as_of = store.fetch("SELECT MAX(published_at) AS d FROM documents")[0]["d"]
    if docs:
        marks = ", ".join("?" * len(docs))
        for f in _forecast_rows(store, f"f.doc_id IN ({marks})", tuple(docs)):
            end = forecasts.deadline(f["made_on"], f["horizon"])
            store.execute("UPDATE forecasts SET deadline = ? WHERE doc_id = ? AND statement_idx = ?",
                          (end.isoformat() if end else None, f["doc_id"], f["statement_idx"]))
            types = forecasts.PREDICTS.get(f["event_type"], ())
            if not types or not f["made_on"]:
                continue
            rows = _presence_rows(store, f) if types == ("presence",) else _incident_rows(store, types, f)
            hits = [r for r in rows if forecasts.fulfils(f, r)]
            _observe(store, f, hits, report)
            if forecasts.status(f, bool(hits), as_of) == "expired":  # a forecast ingested after its horizon ran out
                store.execute("UPDATE forecasts SET status = 'expired' WHERE doc_id = ? AND statement_idx = ?",
                              (f["doc_id"], f["statement_idx"]))
                report.forecasts_expired += 1
        for ev in store.fetch(f"SELECT id, type FROM events WHERE doc_id IN ({marks})", tuple(docs)):  # by document, not by type
            if ev["type"] == "presence":
                touched.add(ev["id"])
    for key in sorted(touched):
        row = _incident_row(store, key) if key.startswith("inc-") else _presence_event_row(store, key)
        if row is None or not row["first_reported"]:
            continue  # a happening nobody dated (an undated page, no date in its text) cannot be said to follow a forecast
        predicting = [t for t, kinds in forecasts.PREDICTS.items() if row["type"] in kinds]
        since = (dt.date.fromisoformat(row["first_reported"][:10]) - forecasts.UNBOUNDED).isoformat()
        narrow, narrow_params = _could_fulfil(row)
        open_forecasts = [f for kind in predicting for f in _forecast_rows(  # one index range per type, newest first
            store, f"f.status = 'open' AND f.event_type = ? AND f.made_on < ? AND f.made_on >= ? AND {narrow}"
            " ORDER BY f.made_on DESC LIMIT 50",
            (kind, row["first_reported"], since, *narrow_params),
        )]
        for f in sorted(open_forecasts, key=lambda f: f["made_on"], reverse=True)[:50]:
            if row["type"] == "presence" and not _new_country(store, f, row):
                continue
            if forecasts.fulfils(f, row):
                _observe(store, f, [row], report)


def expire_forecasts(store: Store, report: LinkReport) -> None:
    """Open forecasts whose horizon ran out before the newest document expire."""
    as_of = store.fetch("SELECT MAX(published_at) AS d FROM documents")[0]["d"]
    expired = store.fetch("SELECT COUNT(*) AS n FROM forecasts WHERE status = 'open' AND deadline < ?", (as_of,))[0]["n"]
    store.execute("UPDATE forecasts SET status = 'expired' WHERE status = 'open' AND deadline < ?", (as_of,))
    report.forecasts_expired += expired


def _could_fulfil(incident: dict) -> tuple[str, list]:
    """SQL that keeps only the open forecasts an incident could fulfil (``forecasts.fulfils`` decides): about one
    of its groups or none, against its target category or none, in its country or none, not run out before it."""
    where, params = [], []
    groups = incident.get("groups") or []
    where.append("(" + " OR ".join(["f.subject_groups = '[]'"] + ["f.subject_groups LIKE ?"] * len(groups)) + ")")
    params += [f'%"{g}"%' for g in groups]
    if incident.get("target_category"):
        where.append("(f.targets = '[]' OR f.targets LIKE ?)")
        params.append(f'%"{incident["target_category"]}"%')
    else:
        where.append("f.targets = '[]'")
    if incident.get("country"):
        where.append("(pl.country IS NULL OR pl.country = ?)")
        params.append(incident["country"])
    else:
        where.append("pl.country IS NULL")
    where.append("(f.deadline IS NULL OR f.deadline >= ?)")
    params.append(incident["first_reported"][:10])
    return " AND ".join(where), params


def _presence_event_row(store: Store, event_id: str) -> dict | None:
    rows = store.fetch(
        "SELECT ev.id, ev.type, ev.subtype, d.published_at AS first_reported, pl.country FROM events ev"
        " JOIN documents d ON d.id = ev.doc_id JOIN places pl ON pl.entity_id = ev.place_entity"
        " WHERE ev.id = ? AND ev.modality IN ('asserted', 'alleged')",
        (event_id,),
    )
    if not rows:
        return None
    row = rows[0]
    row["groups"] = [g["group_entity"] for g in store.fetch("SELECT group_entity FROM event_groups WHERE event_id = ?", (event_id,))]
    row["target_category"] = None
    return row


def _new_country(store: Store, forecast: dict, presence: dict) -> bool:
    """Whether a presence report puts a group in a country where it had no report before the forecast."""
    for group in set(forecast["groups"]) & set(presence["groups"]):
        if not store.fetch(
            "SELECT 1 FROM events ev JOIN event_groups eg ON eg.event_id = ev.id JOIN documents d ON d.id = ev.doc_id"
            " JOIN places pl ON pl.entity_id = ev.place_entity WHERE eg.group_entity = ? AND pl.country = ? AND d.published_at <= ? LIMIT 1",
            (group, presence["country"], forecast["made_on"]),
        ):
            return True
    return False


# --- the stage ------------------------------------------------------------------------------------------------


def pending(store: Store) -> list[str]:
    """Documents stored but not linked yet, in publication order."""
    return [r["doc_id"] for r in store.fetch("SELECT doc_id FROM unlinked_documents ORDER BY published_at, doc_id")]


def link(store: Store, doc_ids: list[str] | None = None, progress: Callable[[str, int], None] | None = None) -> LinkReport:
    """Link the given documents (default: every document not linked yet), then the forecast ledger."""
    progress = progress or (lambda event, n: None)
    report = LinkReport()
    todo = pending(store) if doc_ids is None else doc_ids
    progress("total", len(todo))
    for doc_id in todo:
        with store.transaction():  # all of a document's linking, its forecasts included, or none of it
            if store.fetch("SELECT 1 FROM linked_documents WHERE doc_id = ?", (doc_id,)):
                continue
            link_entities(store, doc_id, report)
            touched = link_events(store, doc_id, report)
            link_claims(store, doc_id, report)
            link_forecasts(store, report, [doc_id], touched)
            store.execute("INSERT INTO linked_documents (doc_id, at) VALUES (?, ?)", (doc_id, _now()))
            store.execute("DELETE FROM unlinked_documents WHERE doc_id = ?", (doc_id,))
        report.documents += 1
        progress("advance", 1)
    with store.transaction():
        expire_forecasts(store, report)
    return report
