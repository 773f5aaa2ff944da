"""Store: documents and their records behind one interface: a SQLite file by default, a PostgreSQL
database for a shared desk (``postgresql://user@host/db``, optionally ``?schema=NAME``)."""

from .base import Store
from .locate import describe, is_postgres, open_store

__all__ = ["Store", "open_store", "is_postgres", "describe"]
