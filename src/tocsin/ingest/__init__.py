"""Ingest: files and folders to cleaned, identified Documents."""

from .ingest import ingest, read_path, to_document, walk
from .sources import Draft, Source, register_source

__all__ = ["Draft", "Source", "ingest", "read_path", "register_source", "to_document", "walk"]
