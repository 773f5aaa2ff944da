"""The record types an export can hold, each a query over the chosen documents or incidents (``Scope``), streamed.

``share.tables`` writes them as CSV, JSON Lines and Parquet; the columns and their order are the files' columns.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Iterator

from ..store import Store
from .reads import SPEAKER
from .scope import Scope

Row = dict


@dataclass(frozen=True)
class Table:
    """A record type: its query, over the chosen documents (``{docs}``) or incidents (``{incidents}``); where it
    joins a list into one column, ``{concat:EXPRESSION}`` (or ``{concat_distinct:…}``) asks the store how."""

    name: str
    query: str
    json_columns: tuple[str, ...] = ()

    def sql(self, store: Store, scope: Scope, with_text: bool = False) -> tuple[str, list]:
        if self.name == "alerts" and scope.changed_since:
            return self.query.replace("ORDER BY", "WHERE raised_at >= ? ORDER BY"), [scope.changed_since]
        chosen, params = scope.incidents() if "{incidents}" in self.query else scope.documents()
        count = self.query.count("{docs}") + self.query.count("{incidents}")
        query = _CONCAT.sub(lambda m: store.group_concat(m.group(2), ";" if m.group(1) == "concat" else ",", m.group(1) != "concat"),
                            self.query)
        sql = query.format(docs=chosen, incidents=chosen, text=", text" if with_text else "")
        return sql, params * count


_CONCAT = re.compile(r"\{(concat|concat_distinct):([^{}]+)\}")


TABLES = {t.name: t for t in (
    Table("documents", "SELECT id, published_at, outlet, title, url, language, genre, source, format, authors, dateline, ingested_at{text}"
          " FROM documents WHERE id IN ({docs}) ORDER BY published_at, id", ("authors",)),
    Table("entities", "SELECT e.id, e.kind, e.name, e.aliases, e.mention_count, e.document_count, l.canonical_id AS linked_to,"
          " l.basis AS link_basis FROM entities e LEFT JOIN entity_links l ON l.entity_id = e.id"
          " WHERE e.id IN (SELECT m.entity_id FROM mentions m WHERE m.doc_id IN ({docs})) ORDER BY e.kind, e.id", ("aliases",)),
    Table("places", "SELECT p.entity_id AS id, p.name, p.feature, p.country, p.admin1, p.lat, p.lon, p.geonames_id, p.population,"
          " p.precision FROM places p WHERE p.entity_id IN (SELECT m.entity_id FROM mentions m WHERE m.doc_id IN ({docs}))"
          " ORDER BY p.entity_id"),
    Table("mentions", "SELECT doc_id, start_char, end_char, text, label, origin, entity_id FROM mentions"
          " WHERE doc_id IN ({docs}) ORDER BY doc_id, start_char"),
    Table("times", "SELECT doc_id, start_char, end_char, text, value, type, precision, begin_date, end_date FROM time_expressions"
          " WHERE doc_id IN ({docs}) ORDER BY doc_id, start_char"),
    Table("statements", f"SELECT s.doc_id, s.idx, {SPEAKER} AS speaker, s.speaker_entity, s.speaker_text,"
          " s.speaker_basis, s.descriptor, s.affiliation_entity, s.affiliation_hedge, s.cue, s.claim_type, s.stance, s.direct,"
          " SUBSTR(d.text, s.content_start + 1, s.content_end - s.content_start) AS content, s.content_start, s.content_end,"
          " s.hedges, s.certainty, s.place_entity, s.place_basis, s.date_value, s.date_precision, d.outlet, d.published_at"
          " FROM statements s JOIN documents d ON d.id = s.doc_id LEFT JOIN entity_links sl ON sl.entity_id = s.speaker_entity"
          " LEFT JOIN entities sp ON sp.id = COALESCE(sl.canonical_id, s.speaker_entity)"
          " WHERE s.doc_id IN ({docs}) ORDER BY s.doc_id, s.idx", ("hedges", "certainty")),
    Table("forecasts", "SELECT doc_id, statement_idx, event_type, subject_groups, targets, place_entity, horizon, made_on, deadline,"
          " status, polarity FROM forecasts WHERE doc_id IN ({docs}) ORDER BY doc_id, statement_idx", ("subject_groups", "targets")),
    Table("events", "SELECT ev.id, ev.doc_id, ev.idx, ev.type, ev.subtype, ev.trigger, ev.trigger_start, ev.trigger_end, ev.modality,"
          " ev.actor_text, ev.actor_entity, ev.actor_kind, ev.actor_basis, ev.attribution, ev.target_text, ev.target_entity,"
          " ev.target_category, ev.offences, ev.fatalities, ev.injured, ev.place_entity, pl.country, pl.lat, pl.lon,"
          " ev.place_precision, ev.place_basis, ev.date_value, ev.date_begin, ev.date_end, ev.date_precision, ev.date_basis, ev.confidence,"
          " ev.codebook, ev.evidence_start, ev.evidence_end,"
          " SUBSTR(d.text, ev.evidence_start + 1, ev.evidence_end - ev.evidence_start) AS evidence,"
          " ev.extent_start, ev.extent_end, SUBSTR(d.text, ev.extent_start + 1, ev.extent_end - ev.extent_start) AS extent,"
          " (SELECT {concat:eg.group_entity} FROM event_groups eg WHERE eg.event_id = ev.id) AS groups,"
          " ie.incident_id, d.outlet, d.published_at"
          " FROM events ev JOIN documents d ON d.id = ev.doc_id LEFT JOIN places pl ON pl.entity_id = ev.place_entity"
          " LEFT JOIN incident_events ie ON ie.event_id = ev.id WHERE ev.doc_id IN ({docs}) ORDER BY ev.doc_id, ev.idx", ("offences",)),
    Table("event_groups", "SELECT eg.event_id, ev.doc_id, eg.group_entity, g.name AS group_name, eg.role, eg.strength, eg.hedge,"
          " eg.said_by, eg.hedge_start, eg.hedge_end FROM event_groups eg JOIN events ev ON ev.id = eg.event_id"
          " JOIN entities g ON g.id = eg.group_entity WHERE ev.doc_id IN ({docs}) ORDER BY ev.doc_id, ev.idx, eg.group_entity"),
    Table("incidents", "SELECT i.id, i.type, i.subtype, i.date_value, i.date_begin, i.date_end, i.date_precision, i.place_entity,"
          " pl.name AS place, i.country, pl.admin1, pl.lat, pl.lon, i.place_precision, i.first_reported, i.last_reported, i.events,"
          " i.documents, i.outlets, i.updated_at,"
          " (SELECT {concat_distinct:eg.group_entity} FROM incident_events ie JOIN event_groups eg ON eg.event_id = ie.event_id"
          "  WHERE ie.incident_id = i.id) AS groups"
          " FROM incidents i LEFT JOIN places pl ON pl.entity_id = i.place_entity WHERE i.id IN ({incidents}) ORDER BY i.happened, i.id"),
    Table("incident_reports", "SELECT ie.incident_id, ie.event_id, e.doc_id, ie.score, ie.features FROM incident_events ie"
          " JOIN events e ON e.id = ie.event_id WHERE ie.incident_id IN ({incidents}) ORDER BY ie.incident_id, e.doc_id, e.idx",
          ("features",)),
    Table("alerts", "SELECT id, rule, subject, title, evidence, occurred, raised_at FROM alerts ORDER BY raised_at, id", ("evidence",)),
)}


def rows(store: Store, table: Table, scope: Scope, with_text: bool = False) -> Iterator[Row]:
    sql, params = table.sql(store, scope, with_text)
    for row in store.stream(sql, params):
        for column in table.json_columns:
            if isinstance(row.get(column), str):
                row[column] = json.loads(row[column])
        if "groups" in row:  # the group ids joined by ";" or ",", or NULL
            row["groups"] = sorted(set(row["groups"].replace(",", ";").split(";"))) if row["groups"] else []
        yield row


def columns(store: Store, table: Table, scope: Scope, with_text: bool = False) -> list[str]:
    """The columns of a table, even when the scope chooses no rows."""
    sql, params = table.sql(store, scope, with_text)
    return store.columns(sql, params)
