"""The storage interface. The SQLite backend fills it; a PostgreSQL backend
fills the same one.

Writes are per document and idempotent: ``save`` stores a document with all
its records in one transaction, or does nothing if its id is already stored.
Reads go through ``fetch`` with portable SQL (``?`` placeholders) written in
``tocsin.query``. Where the two engines spell a thing differently, the store
says how, through a method: string aggregation (``group_concat``) and
full-text search (``search``). No backend rewrites the SQL it is given
beyond the placeholder style its driver wants.
"""

from __future__ import annotations

import abc
from typing import Any, Iterator

from ..models import Document, Rejection, Resolved


class Store(abc.ABC):
    @abc.abstractmethod
    def has_document(self, doc_id: str) -> bool: ...

    @abc.abstractmethod
    def signatures(self) -> Iterator[tuple[str, bytes]]:
        """(document id, MinHash signature bytes) for every stored document."""

    @abc.abstractmethod
    def save(self, doc: Document, resolved: Resolved, signature: bytes | None = None) -> bool:
        """Store a document and its records in one transaction. False if it was already stored."""

    @abc.abstractmethod
    def record_rejection(self, rejection: Rejection) -> None: ...

    @abc.abstractmethod
    def record_duplicate(self, doc: Document, duplicate_of: str, similarity: float) -> None: ...

    @abc.abstractmethod
    def fetch(self, sql: str, params: tuple | list = ()) -> list[dict[str, Any]]:
        """Rows of a read-only query written with ``?`` placeholders."""

    def stream(self, sql: str, params: tuple | list = (), size: int = 1000) -> Iterator[dict[str, Any]]:
        """The rows of a read-only query one at a time, fetched ``size`` at a time: exports of any size in bounded memory."""
        yield from self.fetch(sql, params)

    @abc.abstractmethod
    def columns(self, sql: str, params: tuple | list = ()) -> list[str]:
        """The column names a read-only query would give, even when it gives no rows."""

    def unindexed(self, expression: str) -> str:
        """``expression`` as a test that no index serves, so that the query starts from the tables its other tests
        narrow: SQLite, which keeps no statistics of the store, would otherwise walk every row of an index on a column
        most rows share (``entities.kind``) before probing the narrow one (``store/linking.py``)."""
        return f"+{expression}"

    def entity_order(self, alias: str) -> str:
        """An ORDER BY list giving entities least mentioned first, then as stored: the order SQLite's walk of its
        ``entities_kind`` index gives them, which the linking rules read first to last."""
        return f"{alias}.mention_count, {alias}.rowid"

    def group_concat(self, expression: str, separator: str = ",", distinct: bool = False) -> str:
        """SQL joining ``expression`` over a group into one string (NULL for none), as this engine spells it.
        A distinct join uses the default separator, ",", the one both engines allow with DISTINCT."""
        if distinct:
            if separator != ",":
                raise ValueError("a distinct string aggregate joins with ','")
            return f"GROUP_CONCAT(DISTINCT {expression})"
        return f"GROUP_CONCAT({expression}, '{separator}')"

    @abc.abstractmethod
    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        """Documents matching a full-text query, best first, each with a snippet."""

    @abc.abstractmethod
    def transaction(self):
        """A context manager: the writes inside it commit together or not at all."""

    @abc.abstractmethod
    def execute(self, sql: str, params: tuple | list = ()) -> None:
        """One write with ``?`` placeholders (inside ``transaction``): the link and watch stages use it."""

    @abc.abstractmethod
    def executemany(self, sql: str, rows: list) -> None: ...

    @abc.abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
