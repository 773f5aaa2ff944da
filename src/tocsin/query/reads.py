"""The reads over the stored documents, entities, claims, forecasts and events (``tocsin.query`` re-exports them).

Functions take a Store and return plain dicts and lists, ready for a table
or for JSON. SQL here is portable: ``?`` placeholders, no backend-specific
functions; full-text search is the store's own.
"""

from __future__ import annotations

import json
from itertools import groupby
from typing import Any, Iterable, Iterator

from ..errors import BadQuery, NotFound
from ..store import Store

Row = dict[str, Any]


# Events that say where a group is: all but a designation or sanction (it places the authority that issued it)
# and an extradition or deportation (it places the destination: "deported to El Salvador's prisons" puts no
# gang in El Salvador). The footprint, the group list, the map and the new-country watch read only these.
PLACING = "ev.type NOT IN ('designation', 'extradition')"


def contains(text: str) -> str:
    """A LIKE pattern (used with ``ESCAPE '\\'``) matching any text that holds ``text``, lower-cased, as written:
    a ``%`` or ``_`` a user types is that character, not a wildcard. Every text filter is built here.

    A NUL is refused: SQLite's LIKE reads its pattern only up to a NUL, so ``%\\x00%`` would be ``%`` and match
    everything, and PostgreSQL cannot hold one (its store writes U+FFFD instead). No name or sentence a filter
    reads holds one either (the cleaner drops control characters), so the answer is the same on both: an error."""
    if "\x00" in text:
        raise BadQuery("a filter cannot hold a NUL character (U+0000); no stored name or sentence holds one")
    escaped = text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def order_by(sort: str | None, allowed: dict[str, str], default: str) -> str:
    """An ORDER BY list from a user's sort key ("outlets", or "-outlets" for descending), taken only from
    ``allowed`` (key → SQL expression), so no text of the user's ever reaches the SQL."""
    if not sort:
        return default
    key, descending = sort.removeprefix("-"), sort.startswith("-")
    if key not in allowed:
        raise BadQuery(f"cannot sort by {key!r}; sort by one of {', '.join(sorted(allowed))} (prefix - for descending)")
    return f"{allowed[key]} {'DESC' if descending else 'ASC'}, {default}"


def _dates(where: list[str], params: list, column: str, since: str | None, until: str | None) -> None:
    """Filters on an ISO date column: on or after ``since``, on or before ``until`` (the whole day)."""
    if since:
        where.append(f"{column} >= ?")
        params.append(since)
    if until:
        where.append(f"{column} <= ?")
        params.append(until + "\uffff")


def _count(store: Store, sql: str, params: tuple = ()) -> int:
    return int(store.fetch(sql, params)[0]["n"])


def top_entities(store: Store, kind: str, limit: int = 10) -> list[Row]:
    """Entities of a kind, most mentioned first, with mention and document counts."""
    return store.fetch(
        "SELECT id, name, kind, mention_count AS mentions, document_count AS documents FROM entities"
        " WHERE kind = ? AND mention_count > 0 ORDER BY mention_count DESC, name LIMIT ?",
        (kind, limit),
    )


def stats(store: Store) -> Row:
    """What the store holds: counts, languages, outlets, the most mentioned groups and places."""
    return {
        "documents": _count(store, "SELECT COUNT(*) AS n FROM documents"),
        "sentences": _count(store, "SELECT COUNT(*) AS n FROM sentences"),
        "mentions": _count(store, "SELECT COUNT(*) AS n FROM mentions"),
        "entities": {r["kind"]: r["n"] for r in store.fetch("SELECT kind, COUNT(*) AS n FROM entities GROUP BY kind ORDER BY kind")},
        "languages": {r["language"]: r["n"] for r in store.fetch("SELECT language, COUNT(*) AS n FROM documents GROUP BY language ORDER BY n DESC")},
        "outlets": _count(store, "SELECT COUNT(DISTINCT outlet) AS n FROM documents"),
        "published": store.fetch("SELECT MIN(published_at) AS first, MAX(published_at) AS last FROM documents")[0],
        "near_duplicates": _count(store, "SELECT COUNT(*) AS n FROM duplicates"),
        "statements": _count(store, "SELECT COUNT(*) AS n FROM statements"),
        "forecasts": _count(store, "SELECT COUNT(*) AS n FROM forecasts"),
        "events": {r["type"]: r["n"] for r in store.fetch("SELECT type, COUNT(*) AS n FROM events GROUP BY type ORDER BY n DESC, type")},
        "incidents": _count(store, "SELECT COUNT(*) AS n FROM incidents"),
        "multi_outlet_incidents": _count(store, "SELECT COUNT(*) AS n FROM incidents WHERE outlets > 1"),
        "alerts": _count(store, "SELECT COUNT(*) AS n FROM alerts"),
        "time_expressions": _count(store, "SELECT COUNT(*) AS n FROM time_expressions"),
        "rejections": _count(store, "SELECT COUNT(*) AS n FROM rejections"),
        "top_groups": top_entities(store, "group"),
        "top_places": top_entities(store, "place"),
    }


DOCUMENT_SORTS = {"published": "published_at", "outlet": "outlet", "title": "title", "language": "language"}


def list_documents(
    store: Store, limit: int = 50, offset: int = 0, language: str | None = None, outlet: str | None = None,
    *, since: str | None = None, until: str | None = None, sort: str | None = None, genre: str | None = None,
) -> list[Row]:
    where, params = [], []
    if genre:
        where.append("genre = ?")
        params.append(genre)
    if language:
        where.append("language = ?")
        params.append(language)
    if outlet:
        where.append("outlet = ?")
        params.append(outlet)
    _dates(where, params, "published_at", since, until)
    clause = f" WHERE {' AND '.join(where)}" if where else ""
    return store.fetch(
        "SELECT id, published_at, outlet, language, genre, title, url, source,"
        " (SELECT COUNT(*) FROM mentions m WHERE m.doc_id = documents.id) AS mentions"
        f" FROM documents{clause} ORDER BY {order_by(sort, DOCUMENT_SORTS, 'published_at DESC, id')} LIMIT ? OFFSET ?",
        (*params, limit, offset),
    )


def resolve_document_id(store: Store, prefix: str) -> str:
    """The full id of the one document whose id starts with ``prefix``."""
    rows = store.fetch("SELECT id FROM documents WHERE id LIKE ? ORDER BY id LIMIT 2", (prefix.replace("%", "").replace("_", "") + "%",))
    if not rows or not prefix.strip():
        raise NotFound(f"no document id starts with {prefix!r}; list ids with `tocsin docs`")
    if len(rows) > 1:
        raise NotFound(f"{prefix!r} starts more than one document id; give more characters")
    return rows[0]["id"]


def get_document(store: Store, doc_id: str) -> Row:
    """A document with its sentences and mentions (each mention with its entity)."""
    full_id = resolve_document_id(store, doc_id)
    doc = store.fetch("SELECT * FROM documents WHERE id = ?", (full_id,))[0]
    doc.pop("signature", None)
    doc["authors"] = json.loads(doc["authors"])
    doc["sentences"] = store.fetch(
        "SELECT start_char AS start, end_char AS end FROM sentences WHERE doc_id = ? ORDER BY idx", (full_id,)
    )
    doc["times"] = store.fetch(
        "SELECT start_char AS start, end_char AS end, text, value, type, precision, begin_date, end_date"
        " FROM time_expressions WHERE doc_id = ? ORDER BY start_char",
        (full_id,),
    )
    doc["mentions"] = store.fetch(
        "SELECT m.start_char AS start, m.end_char AS end, m.text, m.label, m.origin, m.entity_id, e.kind, e.name AS entity"
        " FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE m.doc_id = ? ORDER BY m.start_char",
        (full_id,),
    )
    doc["statements"] = _claim_rows(store.fetch(
        f"SELECT {_CLAIM_COLUMNS}, s.speaker_start, s.speaker_end, f.status AS forecast_status{_CLAIM_JOINS}"
        " LEFT JOIN forecasts f ON f.doc_id = s.doc_id AND f.statement_idx = s.idx WHERE s.doc_id = ? ORDER BY s.idx",
        (full_id,),
    ))
    doc["events"] = store.fetch(
        "SELECT ev.id, ev.idx, ev.type, ev.subtype, ev.modality, ev.trigger_start, ev.trigger_end, ev.evidence_start, ev.evidence_end,"
        " ev.actor_text, ev.target_text, ev.target_category, ev.fatalities, pl.name AS place, ev.date_value, ie.incident_id"
        " FROM events ev LEFT JOIN places pl ON pl.entity_id = ev.place_entity LEFT JOIN incident_events ie ON ie.event_id = ev.id"
        " WHERE ev.doc_id = ? ORDER BY ev.idx",
        (full_id,),
    )
    ties = group_ties(store, [e["id"] for e in doc["events"]])
    for e in doc["events"]:
        e["ties"] = ties.get(e["id"], [])
    return doc


ENTITY_SORTS = {"name": "e.name", "mentions": "e.mention_count", "documents": "e.document_count", "kind": "e.kind"}


def list_entities(
    store: Store, kind: str | None = None, name: str | None = None, limit: int = 50, *, offset: int = 0, sort: str | None = None,
) -> list[Row]:
    """Entities with their aliases and how often and in how many documents they are mentioned."""
    where, params = [], []
    if kind:
        where.append("e.kind = ?")
        params.append(kind)
    if name:
        where.append("(LOWER(e.name) LIKE ? ESCAPE '\\' OR LOWER(e.aliases) LIKE ? ESCAPE '\\')")
        params += [contains(name)] * 2
    clause = f" WHERE {' AND '.join(where)}" if where else ""
    rows = store.fetch(
        "SELECT e.id, e.kind, e.name, e.aliases, e.mention_count AS mentions, e.document_count AS documents"
        f" FROM entities e{clause} ORDER BY {order_by(sort, ENTITY_SORTS, 'e.mention_count DESC, e.name, e.id')} LIMIT ? OFFSET ?",
        (*params, limit, offset),
    )
    for row in rows:
        row["aliases"] = json.loads(row["aliases"])
    return rows


PLACE_SORTS = {"name": "p.name", "mentions": "e.mention_count", "documents": "e.document_count", "country": "p.country"}


def list_places(store: Store, country: str | None = None, limit: int = 50, *, offset: int = 0, sort: str | None = None) -> list[Row]:
    """Resolved places with coordinates, most mentioned first."""
    where, params = ("WHERE p.country = ?", [country.upper()]) if country else ("", [])
    return store.fetch(
        "SELECT p.entity_id AS id, p.name, p.feature, p.country, p.admin1, p.lat, p.lon, p.geonames_id, p.precision,"
        " COALESCE(e.mention_count, 0) AS mentions, COALESCE(e.document_count, 0) AS documents"
        f" FROM places p LEFT JOIN entities e ON e.id = p.entity_id {where}"
        f" ORDER BY {order_by(sort, PLACE_SORTS, 'e.mention_count DESC, p.name, p.entity_id')} LIMIT ? OFFSET ?",
        (*params, limit, offset),
    )


def search(store: Store, query: str, limit: int = 20) -> list[Row]:
    """Documents matching the words (and "quoted phrases") typed, best first, with a snippet."""
    if len(query) > 500:
        raise BadQuery("a search is at most 500 characters")
    return store.search(query, limit)


def rejections(store: Store) -> list[Row]:
    return store.fetch("SELECT source, reason, at FROM rejections ORDER BY source")


# Who a statement's speaker is, as shown: the entity's name, else the words as written; a forecast in the document's own
# voice (speaker_basis "document": read.statements.voice) is the outlet's ("Reuters (own voice)"), never blank, and reads
# as a speaker wherever one is put in a sentence ("forecast by Reuters (own voice)", "Reuters (own voice) predicted …")
SPEAKER = ("COALESCE(sp.name, s.speaker_text, CASE WHEN s.speaker_basis = 'document'"
           " THEN COALESCE(d.outlet, 'the document') || ' (own voice)' END)")
_CLAIM_COLUMNS = (
    "s.doc_id, s.idx, s.claim_type, s.stance, s.direct, s.cue, s.speaker_text, s.speaker_basis, s.descriptor,"
    f" {SPEAKER} AS speaker, COALESCE(sl.canonical_id, s.speaker_entity) AS speaker_entity, sl.basis AS speaker_link, af.name AS affiliation, s.affiliation_hedge, pl.name AS place, s.place_basis, s.date_value, s.date_precision,"
    " s.hedges, SUBSTR(d.text, s.content_start + 1, s.content_end - s.content_start) AS content,"
    " s.content_start, s.content_end, d.outlet, d.published_at, d.title"
)
_CLAIM_JOINS = (
    " FROM statements s JOIN documents d ON d.id = s.doc_id"
    # a speaker linked across documents ("Biden" to "Joe Biden", by surname) is shown under the name linked to
    " LEFT JOIN entity_links sl ON sl.entity_id = s.speaker_entity"
    " LEFT JOIN entities sp ON sp.id = COALESCE(sl.canonical_id, s.speaker_entity)"
    " LEFT JOIN entities af ON af.id = s.affiliation_entity"
    " LEFT JOIN entities pl ON pl.id = s.place_entity"
)


def _claim_rows(rows: list[Row]) -> list[Row]:
    for row in rows:
        row["hedges"] = json.loads(row["hedges"])
        row["direct"] = bool(row["direct"])
        row["speaker"] = row["speaker"] or row["speaker_text"]
    return rows


def list_claims(
    store: Store, speaker: str | None = None, claim_type: str | None = None, group: str | None = None, limit: int = 50,
    *, offset: int = 0, since: str | None = None, until: str | None = None,
) -> list[Row]:
    """Attributed statements, newest first: each is "speaker said content", never a fact."""
    where, params = [], []
    if speaker:
        where.append("(LOWER(sp.name) LIKE ? ESCAPE '\\' OR LOWER(s.speaker_text) LIKE ? ESCAPE '\\'"
                     " OR s.speaker_basis = 'document' AND LOWER(d.outlet) LIKE ? ESCAPE '\\')")  # the outlet's own voice
        params += [contains(speaker)] * 3
    if claim_type:
        where.append("s.claim_type = ?")
        params.append(claim_type)
    if group:
        where.append(
            "EXISTS (SELECT 1 FROM mentions m JOIN entities g ON g.id = m.entity_id WHERE m.doc_id = s.doc_id"
            " AND g.kind = 'group' AND (LOWER(g.name) LIKE ? ESCAPE '\\' OR LOWER(g.aliases) LIKE ? ESCAPE '\\')"
            " AND m.start_char >= s.content_start - 600 AND m.start_char < s.content_end)"
        )
        params += [contains(group)] * 2
    _dates(where, params, "d.published_at", since, until)
    # Newest documents first, their statements looked up by document: a page is read, not the whole table sorted.
    joins = _CLAIM_JOINS.replace(" FROM statements s JOIN documents d ON d.id = s.doc_id", " FROM documents d CROSS JOIN statements s")
    return _claim_rows(store.fetch(
        f"SELECT {_CLAIM_COLUMNS}{joins} WHERE {' AND '.join(['s.doc_id = d.id', *where])}"
        " ORDER BY d.published_at DESC, s.doc_id, s.idx LIMIT ? OFFSET ?",
        (*params, limit, offset),
    ))


def list_speakers(store: Store, limit: int = 50, *, offset: int = 0) -> list[Row]:
    """Who is quoted, how often, in how many documents, and with which kinds of claim."""
    rows = store.fetch(
        "SELECT e.id, e.name, e.kind, COUNT(*) AS statements, COUNT(DISTINCT s.doc_id) AS documents,"
        " COUNT(*) FILTER (WHERE s.claim_type = 'forecast') AS forecasts, COUNT(*) FILTER (WHERE s.claim_type = 'recommendation') AS recommendations,"
        " COUNT(*) FILTER (WHERE s.claim_type = 'opinion') AS opinions, COUNT(*) FILTER (WHERE s.claim_type = 'assertion') AS assertions,"
        " MAX(s.descriptor) AS descriptor"
        " FROM statements s LEFT JOIN entity_links sl ON sl.entity_id = s.speaker_entity"
        " JOIN entities e ON e.id = COALESCE(sl.canonical_id, s.speaker_entity)"  # one person under all the names linked to it
        " GROUP BY e.id, e.name, e.kind ORDER BY statements DESC, e.name, e.id LIMIT ? OFFSET ?",
        (limit, offset),
    )
    return rows


def list_forecasts(store: Store, group: str | None = None, status: str | None = None, limit: int = 50, *, offset: int = 0) -> list[Row]:
    """The forecast ledger: who predicted what (or that it will not happen: ``polarity`` negative), when, about which
    group, targets and place; with ``matches``, the incidents that fulfilled it and why."""
    where, params = [], []
    if status:
        where.append("f.status = ?")
        params.append(status)
    if group:
        where.append("LOWER(f.subject_groups) LIKE ? ESCAPE '\\'")
        params.append(contains(group.replace(' ', '-')))
    clause = f" WHERE {' AND '.join(where)}" if where else ""
    rows = store.fetch(
        f"SELECT f.event_type, f.subject_groups, f.targets, f.horizon, f.made_on, f.status, f.polarity, pl.name AS forecast_place,"
        f" {_CLAIM_COLUMNS}"
        f"{_CLAIM_JOINS} JOIN forecasts f ON f.doc_id = s.doc_id AND f.statement_idx = s.idx"
        " LEFT JOIN entities fp ON fp.id = f.place_entity"
        f"{clause} ORDER BY f.made_on DESC, s.doc_id, s.idx LIMIT ? OFFSET ?",
        (*params, limit, offset),
    )
    names = {r["id"]: r["name"] for r in store.fetch("SELECT id, name FROM entities WHERE kind = 'group'")}
    matches = forecast_matches(store, [(r["doc_id"], r["idx"]) for r in rows])
    for row in rows:
        row["subject_groups"] = [names.get(g, g) for g in json.loads(row["subject_groups"])]
        row["targets"] = json.loads(row["targets"])
        row["matches"] = matches.get((row["doc_id"], row["idx"]), [])
    return _claim_rows(rows)


EVENT_SORTS = {"date": "ev.happened", "published": "d.published_at", "type": "ev.type",
               "fatalities": "COALESCE(ev.fatalities, -1)", "confidence": "ev.confidence"}


def forecast_matches(store: Store, keys: list[tuple[str, int]]) -> dict[tuple[str, int], list[Row]]:
    """What fulfilled each of the given forecasts (document id, statement index), first reported first, and why."""
    out: dict[tuple[str, int], list[Row]] = {}
    for doc_id in sorted({k[0] for k in keys}):
        for m in store.fetch(
            "SELECT doc_id, statement_idx, matched_id, first_reported, reason FROM forecast_matches WHERE doc_id = ?"
            " ORDER BY first_reported",
            (doc_id,),
        ):
            out.setdefault((m["doc_id"], m["statement_idx"]), []).append(m)
    return out


def list_events(
    store: Store,
    group: str | None = None,
    event_type: str | None = None,
    target_category: str | None = None,
    country: str | None = None,
    since: str | None = None,
    modality: tuple[str, ...] = ("asserted", "alleged"),
    min_confidence: float = 0.0,
    limit: int = 50,
    *,
    offset: int = 0,
    until: str | None = None,
    sort: str | None = None,
    doc_id: str | None = None,
) -> list[Row]:
    """Events, newest first, each with its document, place and evidence span.

    By default what was asserted or alleged; ``modality`` adds denied ones.
    ``since`` is an ISO date compared with the event's first day, else the publication."""
    where, params = [f"ev.modality IN ({', '.join('?' * len(modality))})"], list(modality)
    if group:
        where.append(
            "EXISTS (SELECT 1 FROM event_groups eg JOIN entities g ON g.id = eg.group_entity WHERE eg.event_id = ev.id"
            " AND (LOWER(g.name) LIKE ? ESCAPE '\\' OR LOWER(g.aliases) LIKE ? ESCAPE '\\'))"
        )
        params += [contains(group)] * 2
    if event_type:
        where.append("ev.type = ?")
        params.append(event_type)
    if target_category:
        where.append("ev.target_category = ?")
        params.append(target_category)
    if country:
        where.append("pl.country = ?")
        params.append(country.upper())
    _dates(where, params, "ev.happened", since, until)
    if doc_id:
        where.append("ev.doc_id = ?")
        params.append(doc_id)
    if min_confidence:
        where.append("ev.confidence >= ?")
        params.append(min_confidence)
    rows = store.fetch(
        "SELECT ev.id, ev.doc_id, ev.type, ev.subtype, ev.trigger, ev.modality, ev.actor_text, a.name AS actor,"
        " ev.actor_kind, ev.actor_basis, ev.attribution, ev.target_text, t.name AS target, ev.target_category, ev.offences, ev.fatalities,"
        " ev.injured, pl.name AS place, pl.country, pl.lat, pl.lon, ev.place_precision, ev.place_basis, ev.date_value,"
        " ev.date_begin, ev.date_end, ev.date_precision, ev.date_basis, ev.confidence, ev.codebook, ev.evidence_start, ev.evidence_end,"
        " SUBSTR(d.text, ev.evidence_start + 1, ev.evidence_end - ev.evidence_start) AS evidence,"
        " d.title, d.outlet, d.url, d.published_at"
        " FROM events ev JOIN documents d ON d.id = ev.doc_id"
        " LEFT JOIN entities a ON a.id = ev.actor_entity LEFT JOIN entities t ON t.id = ev.target_entity"
        " LEFT JOIN places pl ON pl.entity_id = ev.place_entity"
        f" WHERE {' AND '.join(where)}"
        f" ORDER BY {order_by(sort, EVENT_SORTS, 'ev.happened DESC, ev.doc_id, ev.idx')} LIMIT ? OFFSET ?",
        (*params, limit, offset),
    )
    ties = group_ties(store, [r["id"] for r in rows])
    for row in rows:
        row["offences"] = json.loads(row["offences"])
        row["ties"] = ties.get(row["id"], [])
        row["groups"] = sorted(t["group"] for t in row["ties"])
        row["evidence"] = " ".join(row["evidence"].split())
    return rows


def group_ties(store: Store, event_ids: list[str]) -> dict[str, list[dict]]:
    """Each event's groups as the report ties them: group name, role (actor, target, mentioned), strength
    (named, alleged, suspected, linked to, described as, mentioned), the hedge words and who holds the view.
    Events stored before ties were kept give role and strength as null: not assessed."""
    out: dict[str, list[dict]] = {}
    for start in range(0, len(event_ids), 500):
        chunk = event_ids[start : start + 500]
        for r in store.fetch(
            "SELECT eg.event_id, g.name AS \"group\", eg.role, eg.strength, eg.hedge, eg.said_by AS by FROM event_groups eg"
            f" JOIN entities g ON g.id = eg.group_entity WHERE eg.event_id IN ({', '.join('?' * len(chunk))})"
            " ORDER BY eg.event_id, g.name", chunk,
        ):
            out.setdefault(r.pop("event_id"), []).append(r)
    return out


def group_name(store: Store, key: str) -> str:
    """A group's name, asked for by id ("group:tren-de-aragua") or by name (returned as given)."""
    key = key[:200]
    row = store.fetch("SELECT name FROM entities WHERE id = ? AND kind = 'group'", (key,))
    return row[0]["name"] if row else key


def revision(store: Store) -> tuple:
    """What changes whenever the store gains documents or incidents change: (documents, last ingested,
    incidents, last updated); a cache of anything derived from the store is valid while it holds."""
    docs = store.fetch("SELECT COUNT(*) AS n, MAX(ingested_at) AS last FROM documents")[0]
    incidents = store.fetch("SELECT COUNT(*) AS n, MAX(updated_at) AS last FROM incidents")[0]
    return docs["n"], docs["last"], incidents["n"], incidents["last"]


def outlet_divisions(store: Store, outlets: Iterable[str], hosts: Iterable[str]) -> Iterator[tuple[str | None, str | None, set[tuple[str, str]]]]:
    """(outlet, url, the first-level divisions it names) of each stored document of the given outlets: those
    named (compared in lower case) and, for documents without an outlet's name, those at the given web hosts.
    What an outlet's home division is learned from (read/home.py)."""
    outlets, hosts = sorted(set(outlets)), sorted(set(hosts))
    where, params = [], []
    if outlets:
        where.append(f"LOWER(TRIM(d.outlet)) IN ({', '.join('?' * len(outlets))})")
        params += outlets
    for host in hosts:  # a host's name holds no LIKE wildcard ("%" or "_" are no host characters)
        where.append("((d.outlet IS NULL OR TRIM(d.outlet) = '') AND (d.url LIKE ? OR d.url LIKE ?))")
        params += [f"%://{host}/%", f"%://www.{host}/%"]
    if not where:
        return
    rows = store.stream(
        "SELECT d.id, d.outlet, d.url, p.country, p.admin1 FROM documents d"
        " LEFT JOIN mentions m ON m.doc_id = d.id AND m.entity_id IN (SELECT entity_id FROM places WHERE feature = 'admin1')"
        f" LEFT JOIN places p ON p.entity_id = m.entity_id WHERE {' OR '.join(where)} ORDER BY d.id", params)
    for _doc, group in groupby(rows, key=lambda r: r["id"]):
        group = list(group)
        yield group[0]["outlet"], group[0]["url"], {(r["country"], r["admin1"]) for r in group if r["country"] and r["admin1"]}
