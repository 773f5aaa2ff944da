"""Every read the CLI (and later the API and exports) makes, in one place.

Functions take a Store and return plain dicts and lists, ready for a table
or for JSON. SQL here is portable: ``?`` placeholders, no backend-specific
functions; full-text search is the store's own.
"""

from __future__ import annotations

import json
from typing import Any

from .errors import NotFound
from .store import Store

Row = dict[str, Any]


def _count(store: Store, sql: str, params: tuple = ()) -> int:
    return int(store.fetch(sql, params)[0]["n"])


def top_entities(store: Store, kind: str, limit: int = 10) -> list[Row]:
    """Entities of a kind, most mentioned first, with mention and document counts."""
    return store.fetch(
        "SELECT e.id, e.name, e.kind, COUNT(*) AS mentions, COUNT(DISTINCT m.doc_id) AS documents"
        " FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE e.kind = ?"
        " GROUP BY e.id, e.name, e.kind ORDER BY mentions DESC, e.name LIMIT ?",
        (kind, limit),
    )


def stats(store: Store) -> Row:
    """What the store holds: counts, languages, outlets, the most mentioned groups and places."""
    return {
        "documents": _count(store, "SELECT COUNT(*) AS n FROM documents"),
        "sentences": _count(store, "SELECT COUNT(*) AS n FROM sentences"),
        "mentions": _count(store, "SELECT COUNT(*) AS n FROM mentions"),
        "entities": {r["kind"]: r["n"] for r in store.fetch("SELECT kind, COUNT(*) AS n FROM entities GROUP BY kind ORDER BY kind")},
        "languages": {r["language"]: r["n"] for r in store.fetch("SELECT language, COUNT(*) AS n FROM documents GROUP BY language ORDER BY n DESC")},
        "outlets": _count(store, "SELECT COUNT(DISTINCT outlet) AS n FROM documents"),
        "published": store.fetch("SELECT MIN(published_at) AS first, MAX(published_at) AS last FROM documents")[0],
        "near_duplicates": _count(store, "SELECT COUNT(*) AS n FROM duplicates"),
        "rejections": _count(store, "SELECT COUNT(*) AS n FROM rejections"),
        "top_groups": top_entities(store, "group"),
        "top_places": top_entities(store, "place"),
    }


def list_documents(store: Store, limit: int = 50, offset: int = 0, language: str | None = None, outlet: str | None = None) -> list[Row]:
    where, params = [], []
    if language:
        where.append("language = ?")
        params.append(language)
    if outlet:
        where.append("outlet = ?")
        params.append(outlet)
    clause = f" WHERE {' AND '.join(where)}" if where else ""
    return store.fetch(
        "SELECT id, published_at, outlet, language, title, source,"
        " (SELECT COUNT(*) FROM mentions m WHERE m.doc_id = documents.id) AS mentions"
        f" FROM documents{clause} ORDER BY published_at DESC, id LIMIT ? OFFSET ?",
        (*params, limit, offset),
    )


def resolve_document_id(store: Store, prefix: str) -> str:
    """The full id of the one document whose id starts with ``prefix``."""
    rows = store.fetch("SELECT id FROM documents WHERE id LIKE ? ORDER BY id LIMIT 2", (prefix.replace("%", "").replace("_", "") + "%",))
    if not rows or not prefix.strip():
        raise NotFound(f"no document id starts with {prefix!r}; list ids with `tocsin docs`")
    if len(rows) > 1:
        raise NotFound(f"{prefix!r} starts more than one document id; give more characters")
    return rows[0]["id"]


def get_document(store: Store, doc_id: str) -> Row:
    """A document with its sentences and mentions (each mention with its entity)."""
    full_id = resolve_document_id(store, doc_id)
    doc = store.fetch("SELECT * FROM documents WHERE id = ?", (full_id,))[0]
    doc.pop("signature", None)
    doc["authors"] = json.loads(doc["authors"])
    doc["sentences"] = store.fetch(
        "SELECT start_char AS start, end_char AS end FROM sentences WHERE doc_id = ? ORDER BY idx", (full_id,)
    )
    doc["times"] = store.fetch(
        "SELECT start_char AS start, end_char AS end, text, value, type, precision, begin_date, end_date"
        " FROM time_expressions WHERE doc_id = ? ORDER BY start_char",
        (full_id,),
    )
    doc["mentions"] = store.fetch(
        "SELECT m.start_char AS start, m.end_char AS end, m.text, m.label, m.origin, m.entity_id, e.kind, e.name AS entity"
        " FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE m.doc_id = ? ORDER BY m.start_char",
        (full_id,),
    )
    return doc


def list_entities(store: Store, kind: str | None = None, name: str | None = None, limit: int = 50) -> list[Row]:
    """Entities with their aliases and how often and in how many documents they are mentioned."""
    where, params = [], []
    if kind:
        where.append("e.kind = ?")
        params.append(kind)
    if name:
        where.append("(LOWER(e.name) LIKE ? OR LOWER(e.aliases) LIKE ?)")
        params += [f"%{name.lower()}%"] * 2
    clause = f" WHERE {' AND '.join(where)}" if where else ""
    rows = store.fetch(
        "SELECT e.id, e.kind, e.name, e.aliases, COUNT(m.doc_id) AS mentions, COUNT(DISTINCT m.doc_id) AS documents"
        f" FROM entities e LEFT JOIN mentions m ON m.entity_id = e.id{clause}"
        " GROUP BY e.id, e.kind, e.name, e.aliases ORDER BY mentions DESC, e.name LIMIT ?",
        (*params, limit),
    )
    for row in rows:
        row["aliases"] = json.loads(row["aliases"])
    return rows


def list_places(store: Store, country: str | None = None, limit: int = 50) -> list[Row]:
    """Resolved places with coordinates, most mentioned first."""
    where, params = ("WHERE p.country = ?", [country.upper()]) if country else ("", [])
    return store.fetch(
        "SELECT p.entity_id AS id, p.name, p.feature, p.country, p.admin1, p.lat, p.lon, p.geonames_id, p.precision,"
        " COUNT(m.doc_id) AS mentions, COUNT(DISTINCT m.doc_id) AS documents"
        f" FROM places p LEFT JOIN mentions m ON m.entity_id = p.entity_id {where}"
        " GROUP BY p.entity_id, p.name, p.feature, p.country, p.admin1, p.lat, p.lon, p.geonames_id, p.precision"
        " ORDER BY mentions DESC, p.name LIMIT ?",
        (*params, limit),
    )


def search(store: Store, query: str, limit: int = 20) -> list[Row]:
    return store.search(query, limit)


def rejections(store: Store) -> list[Row]:
    return store.fetch("SELECT source, reason, at FROM rejections ORDER BY source")
