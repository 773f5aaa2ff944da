"""The reads and writes of the link stage (``tocsin.link``), each a named function over a ``Store``.

The link stage decides (which entity a name is, which incident a report joins, which claim a statement
repeats, which forecast an incident fulfils); this module holds the SQL it needs to find candidates and to
record what it decided, so the stage reads as decisions and the store's tables change in one package.
Every lookup is an index range cut at a small limit: linking one document costs the same in a small store
as in a big one (bench/link_scaling.py).
"""

from __future__ import annotations

import datetime as dt
import json

from .base import Store

EVENT_COLUMNS = (
    "SELECT ev.id, ev.doc_id, ev.type, ev.subtype, ev.modality, ev.nominal, ev.target_category, ev.target_text, ev.fatalities, ev.place_entity,"
    " ev.place_precision, ev.date_value, ev.date_begin, ev.date_end, ev.date_precision, ev.date_basis,"
    " COALESCE(la.canonical_id, ev.actor_entity) AS actor_entity, COALESCE(lt.canonical_id, ev.target_entity) AS target_entity,"
    " d.published_at, d.outlet, pl.country, pl.admin1, pl.lat, pl.lon, ev.trigger_start, ev.evidence_start, ev.evidence_end,"
    " SUBSTR(d.text, ev.evidence_start + 1, ev.trigger_start - ev.evidence_start) AS before_trigger,"  # the sentence up to the trigger
    " SUBSTR(d.text, ev.trigger_start + 1, ev.trigger_end - ev.trigger_start) AS trigger_text"
    " FROM events ev JOIN documents d ON d.id = ev.doc_id LEFT JOIN places pl ON pl.entity_id = ev.place_entity"
    " LEFT JOIN entity_links la ON la.entity_id = ev.actor_entity LEFT JOIN entity_links lt ON lt.entity_id = ev.target_entity"
)
_HAPPENED = ("asserted", "alleged")  # the modalities of the reports incidents and presence are made of


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _marks(values) -> str:
    return ", ".join("?" * len(values))


# --- events ---------------------------------------------------------------------------------------------------


def _event_rows(store: Store, where: str, params: tuple) -> list[dict]:
    """Events with what linking compares (canonical actor and target, the place's country and coordinates, the
    publication) and their groups; a date carried from another report of the story reads as no date."""
    rows = store.fetch(f"{EVENT_COLUMNS} WHERE {where} ORDER BY ev.doc_id, ev.idx", params)
    if rows:
        groups = store.fetch(f"SELECT event_id, group_entity FROM event_groups WHERE event_id IN ({_marks(rows)})", [r["id"] for r in rows])
        for row in rows:
            row["groups"] = [g["group_entity"] for g in groups if g["event_id"] == row["id"]]
            if row.get("date_basis") == "story":  # a date carried from another report of the story is no evidence the
                day = (row["published_at"] or "")[:10] or None  # two are one: compared as the undated report it is
                row.update(date_value=day, date_begin=day, date_end=day, date_precision="publication")
    return rows


def happenings_of(store: Store, doc_id: str) -> list[dict]:
    """A document's reports of happenings (asserted or alleged, presence left out), in document order."""
    return _event_rows(store, f"ev.doc_id = ? AND ev.type <> 'presence' AND ev.modality IN ({_marks(_HAPPENED)})", (doc_id, *_HAPPENED))


def events_by_id(store: Store, ids) -> list[dict]:
    ids = tuple(ids)
    return _event_rows(store, f"ev.id IN ({_marks(ids)})", ids) if ids else []


def events_of_type(store: Store, event_type: str) -> list[dict]:
    return _event_rows(store, "ev.type = ?", (event_type,))


def document_text(store: Store, doc_id: str) -> str:
    rows = store.fetch("SELECT text FROM documents WHERE id = ?", (doc_id,))
    return rows[0]["text"] if rows else ""


def newest_publication(store: Store) -> str | None:
    return store.fetch("SELECT MAX(published_at) AS d FROM documents")[0]["d"]


# --- entities -------------------------------------------------------------------------------------------------


def canonical(store: Store, entity_id: str) -> str:
    row = store.fetch("SELECT canonical_id FROM entity_links WHERE entity_id = ?", (entity_id,))
    return row[0]["canonical_id"] if row else entity_id


# The name index is read from the tokens asked for. A test on ``e.kind`` written plainly let SQLite, which keeps no
# statistics of the store, start from every entity of that kind (the ``entities_kind`` index) and probe the tokens of
# each: a walk that grows with the store (2 ms a lookup at 6,000 entities, thousands of lookups an ingest; 0.03 ms
# from the tokens). ``store.unindexed`` keeps the test off that index; ``store.entity_order`` is the order that walk
# gave the rows (the index's), which the linking rules read first to last.


def entities_with_tokens(store: Store, tokens: list[str], kind: str) -> list[dict]:
    """Entities of a kind with any of these name tokens, with the canonical entity each is linked to."""
    if not tokens:
        return []
    return store.fetch(
        "SELECT e.id, e.name, COALESCE(l.canonical_id, e.id) AS canonical FROM entities e LEFT JOIN entity_links l"
        f" ON l.entity_id = e.id WHERE e.id IN (SELECT entity_id FROM entity_tokens WHERE token IN ({_marks(tokens)}))"
        f" AND {store.unindexed('e.kind')} = ? ORDER BY {store.entity_order('e')}",
        (*tokens, kind),
    )


def unindexed_names(store: Store, doc_id: str) -> list[dict]:
    """The people and organizations a document mentions or gives a statement (a turn's speaker named only in the
    title) whose names are not indexed yet."""
    return store.fetch(
        "SELECT DISTINCT e.id, e.name, e.kind FROM entities e WHERE e.id IN (SELECT entity_id FROM mentions WHERE doc_id = ?"
        f" UNION SELECT speaker_entity FROM statements WHERE doc_id = ?) AND {store.unindexed('e.kind')} IN ('person', 'organization')"
        " AND NOT EXISTS (SELECT 1 FROM entity_tokens t WHERE t.entity_id = e.id) ORDER BY e.id",
        (doc_id, doc_id),
    )


def named_in(store: Store, doc_id: str, entity_ids: list[str]) -> set[str]:
    """Which of these entities the document mentions."""
    if not entity_ids:
        return set()
    return {r["entity_id"] for r in store.fetch(f"SELECT DISTINCT entity_id FROM mentions WHERE doc_id = ? AND entity_id IN ({_marks(entity_ids)})",
                                                (doc_id, *entity_ids))}


def index_names(store: Store, rows: list[tuple[str, str]]) -> None:
    """(token, entity id) pairs into the name index."""
    store.executemany("INSERT INTO entity_tokens (token, entity_id) VALUES (?, ?) ON CONFLICT DO NOTHING", rows)


def written_with(store: Store, entity_id: str, limit: int = 20) -> list[dict]:
    """Where an entity is named: each mention's text and up to 120 characters before it (the title written there),
    at most ``limit`` of them, so the query is bounded by an index, not by the store."""
    return store.fetch(
        "SELECT m.text, SUBSTR(d.text, CASE WHEN m.start_char > 120 THEN m.start_char - 119 ELSE 1 END,"
        " CASE WHEN m.start_char > 120 THEN 120 ELSE m.start_char END) AS before FROM mentions m JOIN documents d ON d.id = m.doc_id"
        f" WHERE m.entity_id = ? LIMIT {int(limit)}",
        (entity_id,),
    )


def unlinked_people_with_token(store: Store, token: str, other_than: str) -> list[dict]:
    return store.fetch(
        "SELECT e.id, e.name FROM entity_tokens t JOIN entities e ON e.id = t.entity_id"
        f" WHERE t.token = ? AND {store.unindexed('e.kind')} = 'person' AND e.id <> ?"
        f" AND NOT EXISTS (SELECT 1 FROM entity_links l WHERE l.entity_id = e.id) ORDER BY {store.entity_order('e')}",
        (token, other_than),
    )


def save_entity_link(store: Store, entity_id: str, canonical_id: str, basis: str, score: float) -> None:
    """A link with its basis; the entities linked to ``entity_id`` before follow it to its canonical, so that every
    link points at a canonical entity (each keeps its own basis)."""
    store.execute(
        "INSERT INTO entity_links (entity_id, canonical_id, basis, score, at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (entity_id) DO NOTHING",
        (entity_id, canonical_id, basis, score, now()),
    )
    store.execute("UPDATE entity_links SET canonical_id = ? WHERE canonical_id = ? AND entity_id <> ?", (canonical_id, entity_id, canonical_id))


def spoken_as(store: Store, entity_id: str, limit: int = 20) -> list[str]:
    """The titles a speaker is given where no name is written: a transcript label ("THE PRESIDENT") or a role ("the
    sheriff") that the document resolved to this entity."""
    rows = store.fetch("SELECT DISTINCT speaker_text FROM statements WHERE speaker_entity = ? AND speaker_basis IN ('turn', 'role')"
                       f" AND speaker_text IS NOT NULL LIMIT {int(limit)}", (entity_id,))
    return [r["speaker_text"] for r in rows]


def published_by(store: Store, entity_id: str, limit: int = 20) -> list[tuple[str | None, str | None]]:
    """(outlet, publication date) of the documents that name an entity or give it a statement."""
    rows = store.fetch(
        "SELECT d.outlet, d.published_at FROM documents d WHERE d.id IN (SELECT doc_id FROM mentions WHERE entity_id = ?"
        f" UNION SELECT doc_id FROM statements WHERE speaker_entity = ?) LIMIT {int(limit)}", (entity_id, entity_id))
    return [(r["outlet"], r["published_at"]) for r in rows]


# --- incidents ------------------------------------------------------------------------------------------------


def write_incident(store: Store, incident: str, fields: dict) -> None:
    """An incident's record, created or replaced: ``fields`` holds its columns by name."""
    columns = ("type", "subtype", "date_value", "date_begin", "date_end", "date_precision", "place_entity", "place_precision", "country",
               "first_reported", "last_reported", "events", "documents", "outlets", "window_begin", "window_end", "updated_at", "happened")
    store.execute(
        f"INSERT INTO incidents (id, {', '.join(columns)}) VALUES (?, {_marks(columns)}) ON CONFLICT (id) DO UPDATE SET "
        + ", ".join(f"{c} = excluded.{c}" for c in columns),
        (incident, *({**fields, "updated_at": now()}[c] for c in columns)),
    )


def add_to_incident(store: Store, event_id: str, incident: str, score: float, features: str) -> None:
    store.execute(
        "INSERT INTO incident_events (event_id, incident_id, score, features, at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING",
        (event_id, incident, score, features, now()),
    )


def newest_members(store: Store, ids: list[str], limit: int) -> dict[str, str]:
    """Event id -> incident id of the newest ``limit`` reports of each incident, in one query whatever their number:
    each the end of one incident's index range, so big incidents cost what small ones do."""
    if not ids:
        return {}
    ranges = [f"SELECT * FROM (SELECT event_id, incident_id FROM incident_events WHERE incident_id = ? ORDER BY rowid DESC LIMIT ?) AS m{n}"
              for n in range(len(ids))]
    pairs = store.fetch(" UNION ALL ".join(ranges), [v for i in ids for v in (i, limit)])
    return {p["event_id"]: p["incident_id"] for p in pairs}


def incidents_in_window(store: Store, types: tuple[str, ...], country: str | None, begin: str, end: str, limit: int) -> list[str]:
    """Incidents of these types whose window overlaps [begin, end], in the country (or of none) when one is given;
    the newest ``limit``. One index range per type and country, read newest first and cut at the limit: the
    cost stays that of a few index seeks however many incidents the store holds."""
    ranges, params = [], []
    for t in types:
        for where, values in ((("country = ?", (country,)), ("country IS NULL", ())) if country else (("1 = 1", ()),)):
            ranges.append(f"SELECT * FROM (SELECT id, window_end FROM incidents WHERE type = ? AND {where} AND window_end >= ?"
                          f" AND window_begin <= ? ORDER BY window_end DESC LIMIT ?) AS r{len(ranges)}")
            params += [t, *values, begin, end, limit]
    rows = store.fetch(f"SELECT id FROM ({' UNION ALL '.join(ranges)}) AS c ORDER BY window_end DESC, id LIMIT ?", (*params, limit))
    return [r["id"] for r in rows]


def incidents_of_participant(store: Store, column: str, entity_id: str, types: tuple[str, ...], limit: int) -> list[str]:
    """Incidents whose reports have this actor or target (``column``: actor_entity or target_entity), newest first."""
    if column not in ("actor_entity", "target_entity"):
        raise ValueError(f"not a participant column: {column}")
    rows = store.fetch(
        "SELECT ie.incident_id AS id FROM events e JOIN incident_events ie ON ie.event_id = e.id"
        f" WHERE e.{column} = ? AND e.type IN ({_marks(types)}) ORDER BY e.rowid DESC LIMIT ?",
        (entity_id, *types, limit),
    )
    return [r["id"] for r in rows]


def earlier_reports_in_document(store: Store, doc_id: str, event_id: str, types: tuple[str, ...]) -> list[dict]:
    """The reports of these types before this event in its document, the latest first: each one's incident, type,
    target (as written, its entity and category), place, trigger and the words of its sentence before its trigger."""
    return store.fetch(
        "SELECT ie.incident_id, e.doc_id, e.type, e.target_text, e.target_entity, e.target_category, SUBSTR(d.text, e.evidence_start + 1, e.trigger_start - e.evidence_start) AS before_trigger,"
        " SUBSTR(d.text, e.trigger_start + 1, e.trigger_end - e.trigger_start) AS trigger_text,"
        " e.place_entity, e.place_precision, pl.country, pl.admin1, pl.lat, pl.lon"
        " FROM events e JOIN incident_events ie ON ie.event_id = e.id JOIN documents d ON d.id = e.doc_id"
        " LEFT JOIN places pl ON pl.entity_id = e.place_entity"
        f" WHERE e.doc_id = ? AND e.idx < (SELECT idx FROM events WHERE id = ?) AND e.type IN ({_marks(types)})"
        " ORDER BY e.idx DESC",
        (doc_id, event_id, *types),
    )


# --- claims ---------------------------------------------------------------------------------------------------


def statement_contents(store: Store, doc_id: str) -> list[dict]:
    """A document's statements (idx, content), in order."""
    return store.fetch(
        "SELECT s.idx, SUBSTR(d.text, s.content_start + 1, s.content_end - s.content_start) AS content"
        " FROM statements s JOIN documents d ON d.id = s.doc_id WHERE s.doc_id = ? ORDER BY s.idx",
        (doc_id,),
    )


def claims_in_bands(store: Store, bands: list[str], other_than: str, limit: int) -> list[dict]:
    """The newest ``limit`` indexed claims of other documents sharing a band, with their cluster and content."""
    return store.fetch(
        "SELECT k.doc_id, k.idx, sc.cluster_id, SUBSTR(d.text, s.content_start + 1, s.content_end - s.content_start) AS content"
        " FROM (SELECT c.doc_id, c.idx, MAX(c.rowid) AS newest FROM claim_bands c"
        f"       WHERE c.band IN ({_marks(bands)}) AND c.doc_id <> ? GROUP BY c.doc_id, c.idx ORDER BY newest DESC LIMIT ?) k"
        " JOIN statement_claims sc ON sc.doc_id = k.doc_id AND sc.idx = k.idx"
        " JOIN statements s ON s.doc_id = k.doc_id AND s.idx = k.idx JOIN documents d ON d.id = k.doc_id ORDER BY k.newest DESC",
        (*bands, other_than, limit),
    )


def save_claim(store: Store, doc_id: str, idx: int, cluster: str, score: float) -> None:
    store.execute("INSERT INTO statement_claims (doc_id, idx, cluster_id, score) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                  (doc_id, idx, cluster, score))


def index_claim(store: Store, doc_id: str, idx: int, bands: list[str]) -> None:
    store.executemany("INSERT INTO claim_bands (band, doc_id, idx) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                      [(b, doc_id, idx) for b in bands])


# --- forecasts ------------------------------------------------------------------------------------------------


def _incident_for_forecast(store: Store) -> str:
    return (
        "SELECT i.id, i.type, i.subtype, COALESCE(i.date_begin, i.first_reported) AS first_reported, i.country,"
        " (SELECT pl.admin1 FROM places pl WHERE pl.entity_id = i.place_entity) AS admin1,"
        f" (SELECT {store.group_concat('eg.group_entity', ' ')} FROM incident_events ie JOIN event_groups eg ON eg.event_id = ie.event_id"
        "  WHERE ie.incident_id = i.id) AS group_list,"
        " (SELECT ev.target_category FROM incident_events ie JOIN events ev ON ev.id = ie.event_id"
        "  WHERE ie.incident_id = i.id AND ev.target_category IS NOT NULL LIMIT 1) AS target_category"
        " FROM incidents i"
    )


def _with_groups(rows: list[dict]) -> list[dict]:
    for row in rows:
        row["groups"] = sorted(set((row.pop("group_list") or "").split()))
    return rows


def incidents_for_forecast(store: Store, types: tuple[str, ...], after: str, until: str, groups: list[str],
                           country: str | None) -> list[dict]:
    """Incidents of a predicted type that began after ``after`` and by ``until``, about one of the groups (any when
    none is given), in the country (any when none)."""
    where = [f"i.type IN ({_marks(types)})", "i.window_end > ?", "i.window_begin <= ?",  # indexed, then exact
             "COALESCE(i.date_begin, i.first_reported) > ?", "COALESCE(i.date_begin, i.first_reported) <= ?"]
    params: list = [*types, after, until, after, until]
    if groups:
        where.append("EXISTS (SELECT 1 FROM incident_events ie JOIN event_groups eg ON eg.event_id = ie.event_id"
                     f" WHERE ie.incident_id = i.id AND eg.group_entity IN ({_marks(groups)}))")
        params += groups
    if country:
        where.append("i.country = ?")
        params.append(country)
    return _with_groups(store.fetch(f"{_incident_for_forecast(store)} WHERE {' AND '.join(where)} LIMIT 200", params))


def incident_for_forecast(store: Store, incident: str) -> dict:
    return _with_groups(store.fetch(f"{_incident_for_forecast(store)} WHERE i.id = ?", (incident,)))[0]


def group_countries_by(store: Store, group: str, day: str) -> set[str]:
    """The countries of a group's reports published by ``day``."""
    return {r["country"] for r in store.fetch(
        "SELECT DISTINCT pl.country FROM events ev JOIN event_groups eg ON eg.event_id = ev.id JOIN documents d ON d.id = ev.doc_id"
        " JOIN places pl ON pl.entity_id = ev.place_entity WHERE eg.group_entity = ? AND d.published_at <= ?",
        (group, day),
    )}


def group_reported_in(store: Store, group: str, country: str, day: str) -> bool:
    """Whether any report published by ``day`` places the group in the country."""
    return bool(store.fetch(
        "SELECT 1 FROM events ev JOIN event_groups eg ON eg.event_id = ev.id JOIN documents d ON d.id = ev.doc_id"
        " JOIN places pl ON pl.entity_id = ev.place_entity WHERE eg.group_entity = ? AND pl.country = ? AND d.published_at <= ? LIMIT 1",
        (group, country, day),
    ))


def presence_between(store: Store, group: str, after: str, until: str) -> list[dict]:
    """A group's presence reports published after ``after`` and by ``until``, with their country."""
    return store.fetch(
        "SELECT ev.id, ev.type, ev.subtype, d.published_at AS first_reported, pl.country, pl.admin1 FROM events ev"
        " JOIN event_groups eg ON eg.event_id = ev.id JOIN documents d ON d.id = ev.doc_id"
        " JOIN places pl ON pl.entity_id = ev.place_entity"
        f" WHERE eg.group_entity = ? AND ev.type = 'presence' AND ev.modality IN ({_marks(_HAPPENED)})"
        " AND d.published_at > ? AND d.published_at <= ? LIMIT 500",
        (group, *_HAPPENED, after, until),
    )


def presence_event(store: Store, event_id: str) -> dict | None:
    """A placed, asserted or alleged event with its groups and country; None for any other."""
    rows = store.fetch(
        "SELECT ev.id, ev.type, ev.subtype, d.published_at AS first_reported, pl.country, pl.admin1 FROM events ev"
        " JOIN documents d ON d.id = ev.doc_id JOIN places pl ON pl.entity_id = ev.place_entity"
        f" WHERE ev.id = ? AND ev.modality IN ({_marks(_HAPPENED)})",
        (event_id, *_HAPPENED),
    )
    if not rows:
        return None
    row = rows[0]
    row["groups"] = [g["group_entity"] for g in store.fetch("SELECT group_entity FROM event_groups WHERE event_id = ?", (event_id,))]
    row["target_category"] = None
    return row


def presence_events_of(store: Store, doc_ids: list[str]) -> list[str]:
    rows = store.fetch(f"SELECT id, type FROM events WHERE doc_id IN ({_marks(doc_ids)})", tuple(doc_ids))  # by document, not by type
    return [r["id"] for r in rows if r["type"] == "presence"]


_FORECAST_COLUMNS = (
    "SELECT f.doc_id, f.statement_idx, f.event_type, f.subject_groups, f.targets, f.horizon, f.made_on, f.status, f.polarity,"
    " pl.country, pl.admin1, pl.feature AS place_kind"
    " FROM forecasts f LEFT JOIN places pl ON pl.entity_id = f.place_entity"
)


def _forecast_rows(store: Store, where: str, params: tuple) -> list[dict]:
    rows = store.fetch(f"{_FORECAST_COLUMNS} WHERE {where}", params)
    for f in rows:
        f["groups"], f["targets"] = json.loads(f["subject_groups"]), json.loads(f["targets"])
    return rows


def forecasts_of(store: Store, doc_ids: list[str]) -> list[dict]:
    return _forecast_rows(store, f"f.doc_id IN ({_marks(doc_ids)})", tuple(doc_ids)) if doc_ids else []


def open_forecasts_for(store: Store, kind: str, incident: dict, since: str, limit: int = 50) -> list[dict]:
    """Open forecasts of one kind made in [since, the incident's first report) that the incident could fulfil
    (``link.forecasts.fulfils`` decides): about one of its groups or none, against its target category or none,
    in its country or none, not run out before it; one index range, newest first."""
    where, params = ["f.status = 'open'", "f.polarity = 'positive'", "f.event_type = ?", "f.made_on < ?", "f.made_on >= ?"], \
        [kind, incident["first_reported"], since]
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
    return _forecast_rows(store, " AND ".join(where) + " ORDER BY f.made_on DESC LIMIT ?", (*params, limit))


def set_forecast_deadline(store: Store, forecast: dict, deadline: str | None) -> None:
    store.execute("UPDATE forecasts SET deadline = ? WHERE doc_id = ? AND statement_idx = ?", (deadline, forecast["doc_id"], forecast["statement_idx"]))


def set_forecast_status(store: Store, forecast: dict, status: str) -> None:
    store.execute("UPDATE forecasts SET status = ? WHERE doc_id = ? AND statement_idx = ?", (status, forecast["doc_id"], forecast["statement_idx"]))


def add_forecast_matches(store: Store, forecast: dict, hits: list[dict]) -> None:
    store.executemany(
        "INSERT INTO forecast_matches (doc_id, statement_idx, matched_id, first_reported, at, reason) VALUES (?, ?, ?, ?, ?, ?)"
        " ON CONFLICT DO NOTHING",
        [(forecast["doc_id"], forecast["statement_idx"], h["id"], h["first_reported"], now(), h.get("reason")) for h in hits],
    )


def expire_forecasts(store: Store, as_of: str | None) -> int:
    """Open forecasts whose deadline is before ``as_of`` expire; how many did."""
    expired = store.fetch("SELECT COUNT(*) AS n FROM forecasts WHERE status = 'open' AND deadline < ?", (as_of,))[0]["n"]
    store.execute("UPDATE forecasts SET status = 'expired' WHERE status = 'open' AND deadline < ?", (as_of,))
    return expired


# --- the stage ------------------------------------------------------------------------------------------------


def unlinked(store: Store) -> list[str]:
    """Documents stored but not linked yet, in publication order."""
    return [r["doc_id"] for r in store.fetch("SELECT doc_id FROM unlinked_documents ORDER BY published_at, doc_id")]


def is_linked(store: Store, doc_id: str) -> bool:
    return bool(store.fetch("SELECT 1 FROM linked_documents WHERE doc_id = ?", (doc_id,)))


def mark_linked(store: Store, doc_id: str) -> None:
    store.execute("INSERT INTO linked_documents (doc_id, at) VALUES (?, ?)", (doc_id, now()))
    store.execute("DELETE FROM unlinked_documents WHERE doc_id = ?", (doc_id,))
