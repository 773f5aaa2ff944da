"""Store: documents and their records behind one interface (SQLite by default)."""

from __future__ import annotations

from .base import Store


def open_store(location: str, readonly: bool = False) -> Store:
    """The store at ``location``: a SQLite file path (PostgreSQL URLs come with their backend).
    ``readonly`` opens an existing, migrated store for reading only (the web server's readers)."""
    from ..errors import StoreError

    if location.startswith(("postgres://", "postgresql://")):
        raise StoreError("PostgreSQL stores are not available in this version; use a SQLite file path")
    from .sqlite import SQLiteStore

    return SQLiteStore(location, readonly=readonly)


__all__ = ["Store", "open_store"]
