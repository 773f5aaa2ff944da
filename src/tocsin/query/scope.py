"""What an export holds: the documents chosen by the filters, what was read from them, and the incidents they report.

Every exporter reads through the same ``Scope``, so a filter means the same
thing in STIX, CSV, GeoJSON and the ACLED table:

- ``group``: documents that mention a group called like it (name or alias);
- ``country``: documents with a mention or an event placed in that country;
- ``event_type``: documents that report an event of that type;
- ``since`` / ``until``: documents published within those dates;
- ``changed_since``: documents stored on or after that date, and incidents
  updated since (an incremental export).

Incidents are those with at least one report in the chosen documents, and,
when given, of the type and in the country asked for.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import BadQuery
from .reads import contains
from ..models import EVENT_TYPES


@dataclass(frozen=True)
class Scope:
    group: str | None = None
    country: str | None = None
    event_type: str | None = None
    since: str | None = None
    until: str | None = None
    changed_since: str | None = None

    def __post_init__(self):
        if self.event_type and self.event_type not in EVENT_TYPES:
            raise BadQuery(f"unknown event type {self.event_type!r}; one of {', '.join(EVENT_TYPES)}")
        if self.country and not (len(self.country) == 2 and self.country.isalpha()):
            raise BadQuery(f"a country is an ISO 3166-1 alpha-2 code such as CL, not {self.country!r}")
        for name in ("since", "until", "changed_since"):
            value = getattr(self, name)
            if value and not _is_date(value):
                raise BadQuery(f"{name} must be an ISO date (YYYY-MM-DD), not {value!r}")

    def documents(self) -> tuple[str, list]:
        """SQL selecting the ids of the chosen documents (alias ``d``), and its parameters."""
        where, params = ["1 = 1"], []
        if self.since:
            where.append("d.published_at >= ?")
            params.append(self.since)
        if self.until:
            where.append("d.published_at <= ?")
            params.append(self.until + "\uffff")
        if self.changed_since:
            where.append("d.ingested_at >= ?")
            params.append(self.changed_since)
        if self.group:
            where.append(
                "EXISTS (SELECT 1 FROM mentions m JOIN entities g ON g.id = m.entity_id WHERE m.doc_id = d.id AND g.kind = 'group'"
                " AND (LOWER(g.name) LIKE ? ESCAPE '\\' OR LOWER(g.aliases) LIKE ? ESCAPE '\\'))"
            )
            params += [contains(self.group)] * 2
        if self.country:
            where.append(
                "(EXISTS (SELECT 1 FROM mentions m JOIN places p ON p.entity_id = m.entity_id WHERE m.doc_id = d.id AND p.country = ?)"
                " OR EXISTS (SELECT 1 FROM events e JOIN places p ON p.entity_id = e.place_entity WHERE e.doc_id = d.id AND p.country = ?))"
            )
            params += [self.country.upper()] * 2
        if self.event_type:
            where.append("EXISTS (SELECT 1 FROM events e WHERE e.doc_id = d.id AND e.type = ?)")
            params.append(self.event_type)
        return f"SELECT d.id FROM documents d WHERE {' AND '.join(where)}", params

    def incidents(self) -> tuple[str, list]:
        """SQL selecting the ids of the chosen incidents (alias ``i``), and its parameters."""
        docs, params = self.documents()
        where = [f"EXISTS (SELECT 1 FROM incident_events ie JOIN events e ON e.id = ie.event_id WHERE ie.incident_id = i.id"
                 f" AND e.doc_id IN ({docs}))"]
        if self.event_type:
            where.append("i.type = ?")
            params.append(self.event_type)
        if self.country:
            where.append("i.country = ?")
            params.append(self.country.upper())
        return f"SELECT i.id FROM incidents i WHERE {' AND '.join(where)}", params

    @property
    def everything(self) -> bool:
        return self == Scope()


def _is_date(value: str) -> bool:
    import datetime as dt

    try:
        dt.date.fromisoformat(value[:10])
    except ValueError:
        return False
    return len(value) == 10
