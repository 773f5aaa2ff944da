"""The reads the watch rules make (``tocsin.watch``): reports placing groups, incidents against protected
targets, and incidents by group or country since a day."""

from __future__ import annotations

from ..store import Store
from .reads import PLACING, Row


def placing_reports(store: Store) -> list[Row]:
    """Every asserted or alleged report placing a group somewhere (happenings and presence, without designations
    and extraditions), with the group's tie and the evidence sentence; oldest first, an undated report last."""
    return store.fetch(
        "SELECT ev.id, ev.doc_id, ev.type, eg.group_entity, g.name AS group_name, eg.role, eg.strength, pl.country, pl.name AS place, pl.precision,"
        " pl.entity_id AS place_entity, d.published_at, d.outlet, d.title,"
        " SUBSTR(d.text, ev.evidence_start + 1, ev.evidence_end - ev.evidence_start) AS evidence"
        " FROM events ev JOIN event_groups eg ON eg.event_id = ev.id JOIN entities g ON g.id = eg.group_entity"
        " JOIN documents d ON d.id = ev.doc_id JOIN places pl ON pl.entity_id = ev.place_entity"
        f" WHERE ev.modality IN ('asserted', 'alleged') AND {PLACING}"
        " ORDER BY d.published_at IS NULL, d.published_at, d.id, ev.idx"  # an undated report never comes "first"
    )


def reports_against(store: Store, types: tuple[str, ...], categories: tuple[str, ...]) -> list[Row]:
    """The reports of incidents of these types whose target is of one of these categories, with the incident,
    its place and the evidence sentence; oldest first."""
    return store.fetch(
        "SELECT i.id AS incident, i.type, i.subtype, i.first_reported, ev.id, ev.doc_id, ev.target_category, ev.target_text,"
        " pl.name AS place, pl.country, d.published_at, d.outlet,"
        " SUBSTR(d.text, ev.evidence_start + 1, ev.evidence_end - ev.evidence_start) AS evidence"
        " FROM incidents i JOIN incident_events ie ON ie.incident_id = i.id JOIN events ev ON ev.id = ie.event_id"
        " JOIN documents d ON d.id = ev.doc_id LEFT JOIN places pl ON pl.entity_id = i.place_entity"
        f" WHERE i.type IN ({', '.join('?' * len(types))}) AND ev.target_category IN ({', '.join('?' * len(categories))})"
        " ORDER BY d.published_at IS NULL, d.published_at, ev.id",
        (*types, *categories),
    )


def newest_incident_day(store: Store) -> str | None:
    return store.fetch("SELECT MAX(first_reported) AS d FROM incidents")[0]["d"]


_SUBJECTS = {
    "group": "SELECT DISTINCT ie.incident_id AS id, eg.group_entity AS subject, i.first_reported FROM incident_events ie"
             " JOIN event_groups eg ON eg.event_id = ie.event_id JOIN incidents i ON i.id = ie.incident_id WHERE i.first_reported > ?",
    "country": "SELECT i.id, pl.country AS subject, i.first_reported FROM incidents i JOIN places pl ON pl.entity_id = i.place_entity"
               " WHERE i.first_reported > ?",
}


def incidents_by(store: Store, kind: str, since: str) -> list[Row]:
    """(id, subject, first_reported) of the incidents first reported after ``since``, by ``kind``: "group" (one row
    per group tied to the incident) or "country"."""
    return store.fetch(_SUBJECTS[kind], (since,))
