"""Which store a location names, and how it may be shown: a SQLite file path or a ``postgresql://`` URL."""

from __future__ import annotations

from .base import Store


def open_store(location: str, readonly: bool = False) -> Store:
    """The store at ``location``: a SQLite file path, or a ``postgresql://`` URL.
    ``readonly`` opens an existing, migrated store for reading only (the web server's readers)."""
    if is_postgres(location):
        from .postgres import PostgresStore

        return PostgresStore(location, readonly=readonly)
    from .sqlite import SQLiteStore

    return SQLiteStore(location, readonly=readonly)


def is_postgres(location: str) -> bool:
    return str(location).startswith(("postgres://", "postgresql://"))


def describe(location: str) -> str:
    """The location as it may be shown: a PostgreSQL URL without its user and password."""
    if not is_postgres(location):
        return str(location)
    from .postgres import split_location, redacted

    schema = split_location(location)[1]
    return redacted(location) + (f"?schema={schema}" if schema else "")

