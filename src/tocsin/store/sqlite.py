"""SQLite backend: one file, WAL mode, FTS5 full-text search over documents."""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote
from typing import Any, Iterator

from ..errors import BadQuery, StoreError
from ..models import Document, Entity, Rejection, Resolved
from .base import Store
from .schema import CODEBOOK, MIGRATIONS, SCHEMA_VERSION, TABLES, event_id

FTS = """
CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5 (
    title, text, content='documents', content_rowid='rowid',
    tokenize='unicode61 remove_diacritics 2'
);
"""
_FTS_OPERATORS = {"AND", "OR", "NOT"}
MMAP_BYTES = 1 << 30  # the part of a store read through memory mapping (address space, not memory: pages load as read)
_FTS_TERM = re.compile(r'"[^"]*"|\S+')


def fts_query(query: str) -> str:
    """FTS5 syntax from what a user typed: words and "quoted phrases" are
    matched literally (so MS-13 or a stray quote is no syntax error);
    AND, OR and NOT in capitals keep their meaning."""
    parts = []
    query = "".join(c if c.isprintable() else " " for c in query)  # a NUL or control character ends FTS5's string
    for term in _FTS_TERM.findall(query):
        if term in _FTS_OPERATORS:
            parts.append(term)
        else:
            parts.append('"' + term.strip('"').replace('"', '""') + '"')
    while parts and parts[-1] in _FTS_OPERATORS:
        parts.pop()
    while parts and parts[0] in _FTS_OPERATORS:
        parts.pop(0)
    return " ".join(p for p in parts if p != '""')


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


class SQLiteStore(Store):
    def __init__(self, path: str | Path, readonly: bool = False):
        self.path = str(path)
        try:
            if readonly:
                self._open_readonly()
                return
            if self.path != ":memory:":
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            self._conn = sqlite3.connect(self.path, isolation_level=None, timeout=30)
            self._conn.row_factory = sqlite3.Row
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=NORMAL")
            self._conn.execute("PRAGMA foreign_keys=ON")
            self._tune()
            self._migrate()
        except sqlite3.DatabaseError as e:
            raise StoreError(f"cannot open the store at {self.path}: {e}") from e

    def _tune(self) -> None:
        """Reads go through memory-mapped pages and a 32 MB page cache: a big store's lookups cost what a small one's do."""
        self._conn.execute(f"PRAGMA mmap_size={MMAP_BYTES}")
        self._conn.execute("PRAGMA cache_size=-32000")

    def _open_readonly(self) -> None:
        """A connection that can only read: the file must exist (it is never created) and be migrated
        already; SQLite itself refuses any write (``query_only``). Readers of a WAL store never block its writer."""
        if not Path(self.path).is_file():
            raise StoreError(f"no store at {self.path}; create one with `tocsin ingest`")
        self._conn = sqlite3.connect(f"file:{quote(str(Path(self.path).resolve()))}?mode=rw", uri=True, isolation_level=None,
                                     timeout=30, check_same_thread=False)
        self._conn.row_factory = sqlite3.Row
        self._conn.execute("PRAGMA query_only=ON")
        self._tune()
        row = self._conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        if row is None or int(row[0]) != SCHEMA_VERSION:
            raise StoreError(f"{self.path} has schema version {row[0] if row else 'none'}, not {SCHEMA_VERSION};"
                             " open it once for writing (e.g. `tocsin stats`) to migrate it")

    def _migrate(self) -> None:
        self._conn.executescript("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);")
        row = self._conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        found = int(row[0]) if row else None
        if found is not None and found > SCHEMA_VERSION:
            raise StoreError(f"{self.path} has schema version {found}; this tocsin knows up to {SCHEMA_VERSION}. Upgrade tocsin.")
        if found is not None:
            for version in range(found + 1, SCHEMA_VERSION + 1):
                for statement in MIGRATIONS.get(version, ()):
                    try:
                        self._conn.execute(statement)
                    except sqlite3.OperationalError as e:
                        if "no such table" not in str(e):
                            raise  # a table newer than this store is created whole below, with the column
        self._conn.executescript(TABLES + FTS)
        if found is not None and found < 4:  # documents stored before linking existed are waiting to be linked
            self._conn.execute("INSERT OR IGNORE INTO unlinked_documents (doc_id, published_at) SELECT id, published_at FROM documents")
        self._conn.execute(
            "INSERT INTO meta (key, value) VALUES ('schema_version', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (str(SCHEMA_VERSION),),
        )

    def has_document(self, doc_id: str) -> bool:
        return self._conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone() is not None

    def signatures(self) -> Iterator[tuple[str, bytes]]:
        for row in self._conn.execute("SELECT id, signature FROM documents WHERE signature IS NOT NULL"):
            yield row[0], row[1]

    def save(self, doc: Document, resolved: Resolved, signature: bytes | None = None) -> bool:
        conn = self._conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            if self.has_document(doc.id):
                conn.execute("ROLLBACK")
                return False
            rowid = self._insert_document(doc, signature, resolved.dateline)
            conn.execute("INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)", (rowid, doc.title or "", doc.text))
            conn.executemany(
                "INSERT INTO sentences (doc_id, idx, start_char, end_char) VALUES (?, ?, ?, ?)",
                [(doc.id, i, s.start, s.end) for i, s in enumerate(resolved.sentences)],
            )
            self._upsert_entities(resolved.entities)
            self._upsert_places(resolved)
            conn.executemany(
                "INSERT OR IGNORE INTO time_expressions (doc_id, start_char, end_char, text, value, type, precision, begin_date, end_date)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(doc.id, t.start, t.end, t.text, t.value, t.type, t.precision, t.begin, t.end_date) for t in resolved.times],
            )
            conn.executemany(
                "INSERT OR IGNORE INTO mentions (doc_id, start_char, end_char, text, label, origin, entity_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(doc.id, m.start, m.end, m.text, m.label, m.origin, m.key) for m in resolved.mentions],
            )
            self._count_mentions(resolved)
            self._insert_statements(doc.id, resolved)
            self._insert_events(doc, resolved)
            conn.execute("INSERT INTO unlinked_documents (doc_id, published_at) VALUES (?, ?)", (doc.id, doc.published_at))
            conn.execute("DELETE FROM rejections WHERE source = ?", (doc.source,))
            conn.execute("COMMIT")
            return True
        except sqlite3.DatabaseError as e:
            conn.execute("ROLLBACK")
            raise StoreError(f"{doc.source}: {e}") from e
        except BaseException:
            conn.execute("ROLLBACK")
            raise

    def _insert_document(self, doc: Document, signature: bytes | None, dateline: str | None) -> int:
        cur = self._conn.execute(
            "INSERT INTO documents (id, source, url, outlet, title, authors, published_at, language, format, text, boilerplate_removed, signature, ingested_at, dateline)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (doc.id, doc.source, doc.url, doc.outlet, doc.title, json.dumps(list(doc.authors), ensure_ascii=False),
             doc.published_at, doc.language, doc.format, doc.text, doc.boilerplate_removed, signature, _now(), dateline),
        )
        return cur.lastrowid

    def _upsert_entities(self, entities: tuple[Entity, ...]) -> None:
        for e in entities:
            row = self._conn.execute("SELECT aliases, name FROM entities WHERE id = ?", (e.id,)).fetchone()
            if row is None:
                self._conn.execute(
                    "INSERT INTO entities (id, kind, name, aliases, external_ids) VALUES (?, ?, ?, ?, ?)",
                    (e.id, e.kind, e.name, json.dumps(list(e.aliases), ensure_ascii=False), json.dumps(dict(e.external_ids))),
                )
                continue
            name = e.name if row[1].isupper() and not e.name.isupper() else row[1]  # "LIMA" from a dateline yields to "Lima"
            aliases = sorted((set(json.loads(row[0])) | set(e.aliases) | {e.name}) - {name})
            self._conn.execute(
                "UPDATE entities SET name = ?, aliases = ? WHERE id = ?", (name, json.dumps(aliases, ensure_ascii=False), e.id)
            )

    def _insert_statements(self, doc_id: str, resolved: Resolved) -> None:
        self._conn.executemany(
            "INSERT INTO statements VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(doc_id, i, s.speaker_entity, s.speaker_text, s.speaker_start, s.speaker_end, s.speaker_basis, s.descriptor,
              s.affiliation_entity, s.cue, s.cue_start, s.cue_end, s.content_start, s.content_end, int(s.direct), s.claim_type,
              s.stance, json.dumps(list(s.hedges)), json.dumps(list(s.certainty)), s.place, s.place_basis, s.date_value, s.date_precision)
             for i, s in enumerate(resolved.statements)],
        )
        self._conn.executemany(
            "INSERT INTO forecasts (doc_id, statement_idx, event_type, subject_groups, targets, place_entity, horizon, made_on, status)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(doc_id, f.statement, f.event_type, json.dumps(list(f.subject_groups)), json.dumps(list(f.targets)), f.place,
              f.horizon, f.made_on, f.status) for f in resolved.forecasts],
        )

    def _count_mentions(self, resolved: Resolved) -> None:
        spans: dict[str, set] = {}
        for m in resolved.mentions:
            spans.setdefault(m.key, set()).add(m.start)
        self._conn.executemany(
            "UPDATE entities SET mention_count = mention_count + ?, document_count = document_count + 1 WHERE id = ?",
            [(len(starts), key) for key, starts in spans.items()],
        )

    def _insert_events(self, doc: Document, resolved: Resolved) -> None:
        """The events that happened (asserted, alleged or denied): forecasts and hypotheticals are not events."""
        doc_id, published = doc.id, (doc.published_at or "")[:10] or None
        rows, groups, seen = [], [], set()
        for i, e in enumerate(x for x in resolved.events if x.happened):
            eid = event_id(doc_id, e)
            if eid in seen:
                continue  # the same report twice (same trigger, type and place) is one event
            seen.add(eid)
            actor, target = e.actor_span or (None, None), e.target_span or (None, None)
            rows.append((
                eid, doc_id, i, e.type, e.subtype, e.trigger, e.trigger_start, e.trigger_end, e.evidence_start, e.evidence_end,
                e.modality, e.actor_text, actor[0], actor[1], e.actor_entity, e.actor_kind, e.actor_basis, e.attribution,
                e.target_text, target[0], target[1], e.target_entity, e.target_category, json.dumps(list(e.offences)),
                e.fatalities, e.injured, e.place, e.place_precision, e.place_basis, e.date_value, e.date_begin, e.date_end,
                e.date_precision, e.confidence, CODEBOOK, int(e.nominal), e.date_begin or published,
            ))
            groups.extend((eid, g) for g in e.groups)
        self._conn.executemany(f"INSERT INTO events VALUES ({', '.join('?' * 37)})", rows)
        self._conn.executemany("INSERT OR IGNORE INTO event_groups (event_id, group_entity) VALUES (?, ?)", groups)

    def _upsert_places(self, resolved: Resolved) -> None:
        self._conn.executemany(
            "INSERT OR IGNORE INTO places (entity_id, geonames_id, name, feature, country, admin1, lat, lon, population, precision)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(f"place:{p.key}", p.id if p.id > 0 else None, p.name, p.kind, p.country, p.admin1, p.lat, p.lon, p.population, p.precision)
             for p in resolved.places],
        )

    def record_rejection(self, rejection: Rejection) -> None:
        self._conn.execute(
            "INSERT INTO rejections (source, reason, at) VALUES (?, ?, ?)"
            " ON CONFLICT (source) DO UPDATE SET reason = excluded.reason, at = excluded.at",
            (rejection.source, rejection.reason, _now()),
        )

    def record_duplicate(self, doc: Document, duplicate_of: str, similarity: float) -> None:
        self._conn.execute(
            "INSERT INTO duplicates (source, duplicate_of, similarity, url, outlet, title, at) VALUES (?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (source) DO UPDATE SET duplicate_of = excluded.duplicate_of, similarity = excluded.similarity, at = excluded.at",
            (doc.source, duplicate_of, similarity, doc.url, doc.outlet, doc.title, _now()),
        )

    def fetch(self, sql: str, params: tuple | list = ()) -> list[dict[str, Any]]:
        return [dict(row) for row in self._conn.execute(sql, tuple(params))]

    def stream(self, sql: str, params: tuple | list = (), size: int = 1000) -> Iterator[dict[str, Any]]:
        cursor = self._conn.execute(sql, tuple(params))
        try:
            while rows := cursor.fetchmany(size):
                yield from (dict(row) for row in rows)
        finally:
            cursor.close()

    def columns(self, sql: str, params: tuple | list = ()) -> list[str]:
        cursor = self._conn.execute(sql, tuple(params))
        try:
            return [d[0] for d in cursor.description]
        finally:
            cursor.close()

    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        match = fts_query(query)
        if not match:
            return []
        sql = (
            "SELECT d.id, d.title, d.outlet, d.published_at, d.language,"
            " snippet(documents_fts, 1, '[', ']', ' … ', 12) AS snippet, bm25(documents_fts) AS score"
            " FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid"
            " WHERE documents_fts MATCH ? ORDER BY score LIMIT ?"
        )
        try:
            return self.fetch(sql, (match, limit))
        except sqlite3.OperationalError as e:  # what the quoting above does not foresee is the user's query, not a fault
            raise BadQuery(f"cannot search for {query[:80]!r}: {e}") from e

    @contextmanager
    def transaction(self):
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")

    def execute(self, sql: str, params: tuple | list = ()) -> None:
        self._conn.execute(sql, tuple(params))

    def executemany(self, sql: str, rows: list) -> None:
        self._conn.executemany(sql, rows)

    def close(self) -> None:
        self._conn.close()
