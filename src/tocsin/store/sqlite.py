"""SQLite backend: one file, WAL mode, FTS5 full-text search over documents."""

from __future__ import annotations

import re
import sqlite3
import time
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote
from typing import Any, Iterator

from ..errors import BadQuery, StoreError
from ..models import Document
from .schema import MIGRATIONS, SCHEMA_VERSION, TABLES
from .sql import SQLStore

FTS = """
CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5 (
    title, text, content='documents', content_rowid='rowid',
    tokenize='unicode61 remove_diacritics 2'
);
"""
_FTS_OPERATORS = {"AND", "OR", "NOT"}
MMAP_BYTES = 1 << 30  # the part of a store a reader maps (address space, not memory: pages load as read)
# A writer maps less: the pages it touches while storing stay in its resident size, which would then grow with
# the store (60 MB of a 114 MB store after 2,300 documents); past this, its reads go through the page cache.
WRITER_MMAP_BYTES = 64 << 20
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


def _statements(script: str) -> list[str]:
    """The statements of a SQL script, one by one (a trigger's body stays whole), to run inside a transaction,
    which ``executescript`` would commit first."""
    out, pending = [], ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            out.append(pending.strip())
            pending = ""
    return out + ([pending.strip()] if pending.strip() else [])


class SQLiteStore(SQLStore):
    database_errors = (sqlite3.DatabaseError,)

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
            self._wal()
            self._conn.execute("PRAGMA synchronous=NORMAL")
            self._conn.execute("PRAGMA foreign_keys=ON")
            self._tune()
            self._migrate()
        except sqlite3.DatabaseError as e:
            raise StoreError(f"cannot open the store at {self.path}: {e}") from e

    def _wal(self, tries: int = 100) -> None:
        """Write-ahead logging, so readers never block the writer. Switching a new file to it fails at once,
        without the busy wait, while another process switches the same file: try again for up to ten seconds."""
        for attempt in range(tries):
            try:
                self._conn.execute("PRAGMA journal_mode=WAL")
                return
            except sqlite3.OperationalError as e:
                if "locked" not in str(e) or attempt == tries - 1:
                    raise
                time.sleep(0.1)

    def _tune(self, mmap_bytes: int = WRITER_MMAP_BYTES) -> None:
        """Reads go through memory-mapped pages and a 32 MB page cache: a big store's lookups cost what a small one's do."""
        self._conn.execute(f"PRAGMA mmap_size={mmap_bytes}")
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
        self._tune(MMAP_BYTES)
        row = self._conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        if row is None or int(row[0]) != SCHEMA_VERSION:
            raise StoreError(f"{self.path} has schema version {row[0] if row else 'none'}, not {SCHEMA_VERSION};"
                             " open it once for writing (e.g. `tocsin stats`) to migrate it")

    def _migrate(self) -> None:
        """Bring the store to this version, in one transaction that takes the write lock first: two processes
        opening one new store at once wait for each other instead of racing on its tables (a statement that
        read the schema before the other wrote it would fail at once, "database is locked", without waiting)."""
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            self._migrate_locked()
            self._conn.execute("COMMIT")
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise

    def _migrate_locked(self) -> None:
        self._conn.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
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
        for statement in _statements(TABLES + FTS):
            self._conn.execute(statement)
        if found is not None and found < 4:  # documents stored before linking existed are waiting to be linked
            self._conn.execute("INSERT OR IGNORE INTO unlinked_documents (doc_id, published_at) SELECT id, published_at FROM documents")
        self._conn.execute(
            "INSERT INTO meta (key, value) VALUES ('schema_version', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (str(SCHEMA_VERSION),),
        )

    def _index_text(self, doc: Document) -> None:
        self._conn.execute("INSERT INTO documents_fts (rowid, title, text) VALUES (last_insert_rowid(), ?, ?)", (doc.title or "", doc.text))

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
