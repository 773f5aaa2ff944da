"""The reads of the exporters (``tocsin.share``): incidents, groups, places, reports and statements of a ``Scope``.

Each function streams or fetches rows by name; the exporters shape them into STIX objects, GeoJSON features
or ACLED rows and never write SQL themselves.
"""

from __future__ import annotations

from typing import Iterator

from ..store import Store
from .reads import PLACING, SPEAKER, Row
from .scope import Scope

# --- GeoJSON --------------------------------------------------------------------------------------------------


def placed_incidents(store: Store, scope: Scope) -> Iterator[Row]:
    """The scope's incidents that have coordinates, with their groups' names (comma-joined) and how the reports tie
    each ("Tren de Aragua: actor, suspected"; a distinct join, comma-joined), in order of happening."""
    chosen, params = scope.incidents()
    tied = "FROM incident_events ie JOIN event_groups eg ON eg.event_id = ie.event_id JOIN entities g ON g.id = eg.group_entity" \
           " WHERE ie.incident_id = i.id"
    ties = store.group_concat("g.name || ': ' || COALESCE(eg.role, '?') || ', ' || COALESCE(eg.strength, '?')", distinct=True)
    return store.stream(
        "SELECT i.id, i.type, i.subtype, i.date_value, i.date_precision, pl.name AS place, i.country, pl.admin1, pl.lat, pl.lon,"
        " i.place_precision, i.first_reported, i.last_reported, i.documents, i.outlets,"
        f" (SELECT {store.group_concat('g.name', distinct=True)} {tied}) AS groups, (SELECT {ties} {tied}) AS group_ties"
        f" FROM incidents i JOIN places pl ON pl.entity_id = i.place_entity WHERE i.id IN ({chosen}) AND pl.lat IS NOT NULL"
        " ORDER BY i.happened, i.id",
        params,
    )


def footprint_places(store: Store, scope: Scope) -> Iterator[Row]:
    """One row per (group, place with coordinates) that the scope's asserted or alleged reports tie together: first and
    last report, how many reports and outlets, and the ties ("actor: suspected", comma-joined)."""
    docs, params = scope.documents()
    ties = store.group_concat("eg.role || ': ' || eg.strength", distinct=True)
    return store.stream(
        "SELECT g.id AS group_id, g.name AS group_name, pl.entity_id AS place_id, pl.name AS place, pl.country, pl.admin1,"
        " pl.precision, pl.lat, pl.lon, MIN(d.published_at) AS first_reported, MAX(d.published_at) AS last_reported,"
        " COUNT(*) AS reports, COUNT(DISTINCT d.outlet) AS outlets,"
        f" {ties} AS ties"
        " FROM events ev JOIN event_groups eg ON eg.event_id = ev.id JOIN entities g ON g.id = eg.group_entity"
        " JOIN places pl ON pl.entity_id = ev.place_entity JOIN documents d ON d.id = ev.doc_id"
        f" WHERE ev.modality IN ('asserted', 'alleged') AND {PLACING} AND pl.lat IS NOT NULL AND d.id IN ({docs})"
        " GROUP BY g.id, g.name, pl.entity_id, pl.name, pl.country, pl.admin1, pl.precision, pl.lat, pl.lon"
        " ORDER BY g.name, first_reported, pl.entity_id",
        params,
    )


# --- ACLED ----------------------------------------------------------------------------------------------------


def happenings(store: Store, scope: Scope) -> Iterator[Row]:
    """The scope's incidents other than presence, with their place, in order of happening."""
    chosen, params = scope.incidents()
    return store.stream(
        "SELECT i.id, i.type, i.subtype, i.date_value, i.date_begin, i.date_precision, i.first_reported, i.country, pl.name AS place,"
        " pl.admin1, pl.lat, pl.lon, i.place_precision, i.outlets, i.updated_at"
        f" FROM incidents i LEFT JOIN places pl ON pl.entity_id = i.place_entity WHERE i.id IN ({chosen}) AND i.type <> 'presence'"
        " ORDER BY i.happened, i.id",
        params,
    )


# --- STIX -----------------------------------------------------------------------------------------------------


def groups_in(store: Store, scope: Scope) -> Iterator[Row]:
    """The groups the scope's documents name, each with first and last publication, first and last storage and
    the number of documents over the whole store: a group is the same object, version for version, in every
    export of the same store, whatever its filters."""
    docs, params = scope.documents()
    return store.stream(
        "SELECT e.id, e.name, e.aliases, MIN(d.published_at) AS first, MAX(d.published_at) AS last,"
        " MIN(d.ingested_at) AS created, MAX(d.ingested_at) AS modified, COUNT(DISTINCT d.id) AS documents"
        " FROM entities e JOIN mentions m ON m.entity_id = e.id JOIN documents d ON d.id = m.doc_id"
        f" WHERE e.kind = 'group' AND e.id IN (SELECT m2.entity_id FROM mentions m2 WHERE m2.doc_id IN ({docs}))"
        " GROUP BY e.id, e.name, e.aliases ORDER BY e.id",
        params,
    )


def places_in(store: Store, scope: Scope) -> Iterator[Row]:
    """The places with coordinates that the scope's documents mention or place events in."""
    docs, params = scope.documents()
    return store.stream(
        "SELECT p.entity_id, p.name, p.feature, p.country, p.admin1, p.lat, p.lon, p.geonames_id, p.precision FROM places p"
        f" WHERE p.entity_id IN (SELECT m.entity_id FROM mentions m WHERE m.doc_id IN ({docs})"
        f" UNION SELECT e.place_entity FROM events e WHERE e.doc_id IN ({docs}))"
        " AND p.lat IS NOT NULL ORDER BY p.entity_id",
        params + params,
    )


def incidents_in(store: Store, scope: Scope) -> Iterator[Row]:
    """The scope's incidents with their place and when their first report was stored, in order of happening."""
    chosen, params = scope.incidents()
    return store.stream(
        "SELECT i.id, i.type, i.subtype, i.date_value, i.date_begin, i.date_end, i.date_precision, i.place_entity, pl.name AS place,"
        " pl.lat, i.country, i.place_precision, i.first_reported, i.last_reported, i.documents, i.outlets, i.updated_at,"
        " (SELECT MIN(d.ingested_at) FROM incident_events ie JOIN events e ON e.id = ie.event_id JOIN documents d ON d.id = e.doc_id"
        "  WHERE ie.incident_id = i.id) AS created"
        f" FROM incidents i LEFT JOIN places pl ON pl.entity_id = i.place_entity WHERE i.id IN ({chosen}) ORDER BY i.happened, i.id",
        params,
    )


def incident_evidence(store: Store, incident: str) -> list[Row]:
    """An incident's reports, oldest first: modality, attribution, confidence, actor as written and resolved,
    target category, fatalities, outlet, URL and the evidence sentence with its offsets."""
    return store.fetch(
        "SELECT e.id, e.doc_id, e.modality, e.attribution, e.actor_basis, e.confidence, e.actor_text, e.actor_kind, a.name AS actor,"
        " e.fatalities, e.target_category, e.evidence_start, e.evidence_end, d.outlet, d.url, d.published_at,"
        " SUBSTR(d.text, e.evidence_start + 1, e.evidence_end - e.evidence_start) AS evidence"
        " FROM incident_events ie JOIN events e ON e.id = ie.event_id JOIN documents d ON d.id = e.doc_id"
        " LEFT JOIN entities a ON a.id = e.actor_entity WHERE ie.incident_id = ? ORDER BY d.published_at, e.doc_id, e.idx",
        (incident,),
    )


def incident_place(store: Store, incident: str) -> str | None:
    """The place an incident happened in, when the index has its coordinates."""
    rows = store.fetch("SELECT i.place_entity FROM incidents i JOIN places p ON p.entity_id = i.place_entity"
                       " WHERE i.id = ? AND p.lat IS NOT NULL", (incident,))
    return rows[0]["place_entity"] if rows else None


def incident_groups(store: Store, incident: str) -> list[Row]:
    """Every group tie of an incident's reports: event, group, role, strength, hedge and who made it."""
    return store.fetch(
        "SELECT eg.event_id, eg.group_entity, g.name, eg.role, eg.strength, eg.hedge, eg.said_by AS by"
        " FROM incident_events ie JOIN event_groups eg ON eg.event_id = ie.event_id"
        " JOIN entities g ON g.id = eg.group_entity WHERE ie.incident_id = ?",
        (incident,),
    )


def documents_in(store: Store, scope: Scope) -> Iterator[Row]:
    docs, params = scope.documents()
    return store.stream(
        "SELECT d.id, d.title, d.url, d.outlet, d.published_at, d.ingested_at, d.language FROM documents d"
        f" WHERE d.id IN ({docs}) ORDER BY d.published_at, d.id",
        params,
    )


def statements_with_forecasts(store: Store, doc_id: str) -> list[Row]:
    """A document's statements with their speaker's name (``speaker_unresolved``: a pronoun the reader could not
    resolve) and, for a forecast, its ledger entry."""
    return store.fetch(
        f"SELECT s.idx, {SPEAKER} AS speaker,"
        " CASE WHEN s.speaker_basis = 'pronoun' AND sp.name IS NULL THEN 1 ELSE 0 END AS speaker_unresolved, s.descriptor, s.claim_type, s.stance, s.cue, s.direct,"
        " s.content_start, s.content_end, s.hedges, s.certainty, f.event_type, f.subject_groups, f.targets, f.place_entity,"
        " f.horizon, f.deadline, f.status, f.polarity, SUBSTR(d.text, s.content_start + 1, s.content_end - s.content_start) AS content"
        " FROM statements s JOIN documents d ON d.id = s.doc_id LEFT JOIN entities sp ON sp.id = s.speaker_entity"
        " LEFT JOIN forecasts f ON f.doc_id = s.doc_id AND f.statement_idx = s.idx WHERE s.doc_id = ? ORDER BY s.idx",
        (doc_id,),
    )


def document_refs(store: Store, doc_id: str) -> tuple[list[str], list[str], list[tuple[str, str]]]:
    """What a document concerns: the groups it names, the places with coordinates it names or places its events
    in (the places ``places_in`` exports for it, so none is left referenced by nothing), the incidents its events
    joined with when each last changed (sorted by id)."""
    groups = store.fetch("SELECT DISTINCT m.entity_id FROM mentions m JOIN entities e ON e.id = m.entity_id"
                         " WHERE m.doc_id = ? AND e.kind = 'group' ORDER BY m.entity_id", (doc_id,))
    places = store.fetch("SELECT p.entity_id AS place_entity FROM places p WHERE p.lat IS NOT NULL AND p.entity_id IN"
                         " (SELECT m.entity_id FROM mentions m WHERE m.doc_id = ? UNION SELECT e.place_entity FROM events e WHERE e.doc_id = ?)"
                         " ORDER BY p.entity_id", (doc_id, doc_id))
    incidents = store.fetch("SELECT DISTINCT ie.incident_id, i.updated_at FROM events e JOIN incident_events ie ON ie.event_id = e.id"
                            " JOIN incidents i ON i.id = ie.incident_id WHERE e.doc_id = ? ORDER BY ie.incident_id", (doc_id,))
    return [g["entity_id"] for g in groups], [p["place_entity"] for p in places], [(i["incident_id"], i["updated_at"]) for i in incidents]


# --- MISP -----------------------------------------------------------------------------------------------------


def _marks(ids) -> str:
    return ", ".join("?" * len(ids))


def places_by_id(store: Store, ids: list[str]) -> list[Row]:
    if not ids:
        return []
    return store.fetch("SELECT p.entity_id, p.name, p.feature, p.country, p.admin1, p.lat, p.lon, p.geonames_id, p.precision FROM places p"
                       f" WHERE p.entity_id IN ({_marks(ids)}) ORDER BY p.entity_id", tuple(ids))


def incidents_by_id(store: Store, ids: list[str]) -> list[Row]:
    if not ids:
        return []
    return store.fetch("SELECT i.id, i.type, i.subtype, i.date_value, pl.name AS place, i.country, i.outlets, i.documents, i.updated_at"
                       f" FROM incidents i LEFT JOIN places pl ON pl.entity_id = i.place_entity WHERE i.id IN ({_marks(ids)})"
                       " ORDER BY i.happened, i.id", tuple(ids))


def groups_by_id(store: Store, ids: list[str]) -> list[Row]:
    if not ids:
        return []
    return store.fetch(f"SELECT e.id, e.name, e.aliases FROM entities e WHERE e.id IN ({_marks(ids)}) ORDER BY e.id", tuple(ids))
