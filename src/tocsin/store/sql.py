"""What every SQL backend shares: the writes of ``save`` in portable SQL.

A backend supplies the connection (``execute``, ``executemany``, ``fetch``,
``transaction``), its write lock (``_write``) and its full-text index
(``_index_text``); the rows a document becomes are written here, the same
on SQLite and PostgreSQL, so both stores hold the same records.
"""

from __future__ import annotations

import datetime as dt
import json

from ..models import TIE_ROLES as ROLES, Document, Entity, Rejection, Resolved
from .base import Store
from .schema import CODEBOOK, event_id

# The columns of the two widest inserts, in the order their rows are built below (named, so the rows do not depend
# on the order of the columns in schema.py).
STATEMENT_COLUMNS = (
    "doc_id", "idx", "speaker_entity", "speaker_text", "speaker_start", "speaker_end", "speaker_basis", "descriptor",
    "affiliation_entity", "cue", "cue_start", "cue_end", "content_start", "content_end", "direct", "claim_type", "stance",
    "hedges", "certainty", "place_entity", "place_basis", "date_value", "date_precision", "affiliation_hedge",
)
EVENT_COLUMNS = (
    "id", "doc_id", "idx", "type", "subtype", "trigger", "trigger_start", "trigger_end", "evidence_start", "evidence_end",
    "modality", "actor_text", "actor_start", "actor_end", "actor_entity", "actor_kind", "actor_basis", "attribution",
    "target_text", "target_start", "target_end", "target_entity", "target_category", "offences", "fatalities", "injured",
    "place_entity", "place_precision", "place_basis", "date_value", "date_begin", "date_end", "date_precision", "confidence",
    "codebook", "nominal", "happened", "date_basis", "extent_start", "extent_end",
)


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


class SQLStore(Store):
    """The portable half of a backend. Subclasses open the connection and say how a write transaction,
    a full-text row and a database error look on their engine."""

    database_errors: tuple[type[BaseException], ...] = ()

    def _write(self):
        """A context manager for one write transaction holding the store's write lock."""
        return self.transaction()

    def _index_text(self, doc: Document) -> None:
        """Add the document just inserted to the full-text index."""
        raise NotImplementedError

    def has_document(self, doc_id: str) -> bool:
        return bool(self.fetch("SELECT 1 AS found FROM documents WHERE id = ?", (doc_id,)))

    def signatures(self):
        for row in self.stream("SELECT id, signature FROM documents WHERE signature IS NOT NULL"):
            yield row["id"], bytes(row["signature"])

    def save(self, doc: Document, resolved: Resolved, signature: bytes | None = None) -> bool:
        from ..errors import StoreError

        try:
            with self._write():
                if self.has_document(doc.id):
                    return False
                ann = resolved.annotations
                self._insert_document(doc, signature, resolved.dateline_entity, ann.genre)
                self._index_text(doc)
                self.executemany(
                    "INSERT INTO sentences (doc_id, idx, start_char, end_char) VALUES (?, ?, ?, ?)",
                    [(doc.id, i, s.start, s.end) for i, s in enumerate(ann.sentences)],
                )
                self._upsert_entities(resolved.entities)
                self._upsert_places(resolved)
                self.executemany(
                    "INSERT INTO time_expressions (doc_id, start_char, end_char, text, value, type, precision, begin_date, end_date)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    [(doc.id, t.start, t.end, t.text, t.value, t.type, t.precision, t.begin, t.end_date) for t in ann.times],
                )
                self.executemany(
                    "INSERT INTO mentions (doc_id, start_char, end_char, text, label, origin, entity_id) VALUES (?, ?, ?, ?, ?, ?, ?)"
                    " ON CONFLICT DO NOTHING",
                    [(doc.id, m.start, m.end, m.text, m.label, m.origin, m.entity) for m in ann.mentions],
                )
                self._count_mentions(resolved)
                self._insert_statements(doc.id, resolved)
                self._insert_events(doc, resolved)
                self.execute("INSERT INTO unlinked_documents (doc_id, published_at) VALUES (?, ?)", (doc.id, doc.published_at))
                self.execute("DELETE FROM rejections WHERE source = ?", (doc.source,))
            return True
        except self.database_errors as e:
            raise StoreError(f"{doc.source}: {' '.join(str(e).split())}") from e

    def _insert_document(self, doc: Document, signature: bytes | None, dateline: str | None, genre: str | None) -> None:
        self.execute(
            "INSERT INTO documents (id, source, url, outlet, title, authors, published_at, language, format, text, boilerplate_removed, signature, ingested_at, dateline, genre)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (doc.id, doc.source, doc.url, doc.outlet, doc.title, json.dumps(list(doc.authors), ensure_ascii=False),
             doc.published_at, doc.language, doc.format, doc.text, doc.boilerplate_removed, signature, now(), dateline, genre),
        )

    def _upsert_entities(self, entities: tuple[Entity, ...]) -> None:
        for e in entities:
            rows = self.fetch("SELECT aliases, name FROM entities WHERE id = ?", (e.id,))
            if not rows:
                self.execute(
                    "INSERT INTO entities (id, kind, name, aliases, external_ids) VALUES (?, ?, ?, ?, ?)",
                    (e.id, e.kind, e.name, json.dumps(list(e.aliases), ensure_ascii=False), json.dumps(dict(e.external_ids))),
                )
                continue
            stored = rows[0]
            name = e.name if stored["name"].isupper() and not e.name.isupper() else stored["name"]  # "LIMA" from a dateline yields to "Lima"
            aliases = sorted((set(json.loads(stored["aliases"])) | set(e.aliases) | {e.name}) - {name})
            self.execute("UPDATE entities SET name = ?, aliases = ? WHERE id = ?", (name, json.dumps(aliases, ensure_ascii=False), e.id))

    def _insert_statements(self, doc_id: str, resolved: Resolved) -> None:
        self.executemany(
            f"INSERT INTO statements ({', '.join(STATEMENT_COLUMNS)}) VALUES ({', '.join('?' * len(STATEMENT_COLUMNS))})",
            [(doc_id, i, s.speaker_entity, s.speaker_text, s.speaker_start, s.speaker_end, s.speaker_basis, s.descriptor,
              s.affiliation_entity, s.cue, s.cue_start, s.cue_end, s.content_start, s.content_end, int(s.direct), s.claim_type,
              s.stance, json.dumps(list(s.hedges)), json.dumps(list(s.certainty)), s.place_entity, s.place_basis, s.date_value, s.date_precision,
              s.affiliation_hedge)
             for i, s in enumerate(resolved.annotations.statements)],
        )
        self.executemany(
            "INSERT INTO forecasts (doc_id, statement_idx, event_type, subject_groups, targets, place_entity, horizon, made_on, status,"
            " polarity) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(doc_id, f.statement, f.event_type, json.dumps(list(f.group_entities)), json.dumps(list(f.targets)), f.place_entity,
              f.horizon, f.made_on, f.status, f.polarity) for f in resolved.annotations.forecasts],
        )

    def _count_mentions(self, resolved: Resolved) -> None:
        spans: dict[str, set] = {}
        for m in resolved.annotations.mentions:
            spans.setdefault(m.entity, set()).add(m.start)
        self.executemany(
            "UPDATE entities SET mention_count = mention_count + ?, document_count = document_count + 1 WHERE id = ?",
            [(len(starts), key) for key, starts in spans.items()],
        )

    def _insert_events(self, doc: Document, resolved: Resolved) -> None:
        """The events that happened (asserted, alleged or denied): forecasts and hypotheticals are not events."""
        doc_id, published = doc.id, (doc.published_at or "")[:10] or None
        rows, groups, seen = [], [], {}
        for i, e in enumerate(x for x in resolved.annotations.events if x.happened):
            eid = event_id(doc_id, e)
            if eid in seen and seen[eid] != e.target_span:
                eid = event_id(doc_id, e, by_target=True)  # one trigger, one happening per person ("the murders of A and B")
            if eid in seen:
                continue  # the same report twice (same trigger, type, place and target) is one event
            seen[eid] = e.target_span
            actor, target = e.actor_span or (None, None), e.target_span or (None, None)
            rows.append((
                eid, doc_id, i, e.type, e.subtype, e.trigger, e.trigger_start, e.trigger_end, e.evidence_start, e.evidence_end,
                e.modality, e.actor_text, actor[0], actor[1], e.actor_entity, e.actor_kind, e.actor_basis, e.attribution,
                e.target_text, target[0], target[1], e.target_entity, e.target_category, json.dumps(list(e.offences)),
                e.fatalities, e.injured, e.place_entity, e.place_precision, e.place_basis, e.date_value, e.date_begin, e.date_end,
                e.date_precision, e.confidence, CODEBOOK, int(e.nominal), e.date_begin or published, e.date_basis,
                *(e.extent_span or (None, None)),
            ))
            for t in sorted(e.ties, key=lambda t: ROLES.index(t.role)):  # a group both actor and target is kept as actor
                span = t.hedge_span or (None, None)
                groups.append((eid, t.group_entity, t.role, t.strength, t.hedge, t.by, span[0], span[1]))
            tied = {t.group_entity for t in e.ties}
            groups.extend((eid, g, None, None, None, None, None, None) for g in e.group_entities if g not in tied)  # no tie read: not assessed
        self.executemany(f"INSERT INTO events ({', '.join(EVENT_COLUMNS)}) VALUES ({', '.join('?' * len(EVENT_COLUMNS))})", rows)
        self.executemany("INSERT INTO event_groups (event_id, group_entity, role, strength, hedge, said_by, hedge_start, hedge_end)"
                         " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", groups)

    def _upsert_places(self, resolved: Resolved) -> None:
        self.executemany(
            "INSERT INTO places (entity_id, geonames_id, name, feature, country, admin1, lat, lon, population, precision)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            [(f"place:{p.key}", p.id if p.id > 0 else None, p.name, p.kind, p.country, p.admin1, p.lat, p.lon, p.population, p.precision)
             for p in resolved.annotations.places],
        )

    def record_rejection(self, rejection: Rejection) -> None:
        self.execute(
            "INSERT INTO rejections (source, reason, at) VALUES (?, ?, ?)"
            " ON CONFLICT (source) DO UPDATE SET reason = excluded.reason, at = excluded.at",
            (rejection.source, rejection.reason, now()),
        )

    def record_duplicate(self, doc: Document, duplicate_of: str, similarity: float) -> None:
        self.execute(
            "INSERT INTO duplicates (source, duplicate_of, similarity, url, outlet, title, at) VALUES (?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (source) DO UPDATE SET duplicate_of = excluded.duplicate_of, similarity = excluded.similarity, at = excluded.at",
            (doc.source, duplicate_of, similarity, doc.url, doc.outlet, doc.title, now()),
        )

    def schema_version(self) -> int | None:
        rows = self.fetch("SELECT value FROM meta WHERE key = 'schema_version'")
        return int(rows[0]["value"]) if rows else None
