"""A read document as one flat row, and back: what the Spark job writes to Parquet and ``tocsin load`` reads.

The document's fields are columns (so other tools can read the shards: DuckDB, pandas, Spark SQL);
its annotations (the ``Resolved`` record with every mention, place, date, statement, forecast and
event) are one JSON column, rebuilt into the same frozen dataclasses on the way back, so a loaded
document is stored exactly as if it had been read in this process.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from functools import lru_cache
from typing import Any

from ..models import Document, Rejection, Resolved

FORMAT = "tocsin-read/2"  # the version of this row layout, kept in every row
DOCUMENT_COLUMNS = ("id", "source", "url", "outlet", "title", "authors", "published_at", "language", "format",
                    "text", "boilerplate_removed")
COLUMNS = ("kind", "format_version", *DOCUMENT_COLUMNS, "annotations", "reason", "count")
# kind: "document" (a read article and its annotations), "rejection" (an input that was not one, and why),
# "skipped" (parts of an archive passed over: reason and count)


def document_row(doc: Document, resolved: Resolved) -> dict[str, Any]:
    row = dict.fromkeys(COLUMNS)
    row.update({name: getattr(doc, name) for name in DOCUMENT_COLUMNS}, kind="document", format_version=FORMAT)
    row["authors"] = list(doc.authors)
    row["annotations"] = json.dumps(dataclasses.asdict(resolved), ensure_ascii=False, separators=(",", ":"))
    return row


def rejection_row(rejection: Rejection) -> dict[str, Any]:
    return {**dict.fromkeys(COLUMNS), "kind": "rejection", "format_version": FORMAT, "source": rejection.source,
            "reason": rejection.reason}


def skipped_row(source: str, reason: str, count: int) -> dict[str, Any]:
    return {**dict.fromkeys(COLUMNS), "kind": "skipped", "format_version": FORMAT, "source": source, "reason": reason,
            "count": count}


def from_row(row: dict[str, Any]) -> tuple[Document, Resolved]:
    """The document and annotations of a ``document`` row."""
    if row.get("format_version") != FORMAT:
        raise ValueError(f"row layout {row.get('format_version')!r}, not {FORMAT!r}: written by another tocsin version")
    fields = {name: row[name] for name in DOCUMENT_COLUMNS}
    fields["authors"] = tuple(fields["authors"] or ())
    return Document(**fields), build(Resolved, json.loads(row["annotations"]))


def build(cls, data: dict[str, Any]):
    """A frozen dataclass from what ``dataclasses.asdict`` made of it: lists back to tuples, nested records rebuilt."""
    hints = _hints(cls)
    return cls(**{name: _value(hints[name], data[name]) for name in hints if name in data})


@lru_cache(maxsize=None)
def _hints(cls) -> dict[str, Any]:
    names = {f.name for f in dataclasses.fields(cls)}
    return {k: v for k, v in typing.get_type_hints(cls).items() if k in names}


def _value(hint, value):
    if value is None:
        return None
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        hint = next(a for a in typing.get_args(hint) if a is not type(None))
        origin = typing.get_origin(hint)
    if origin is tuple:
        args = typing.get_args(hint)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_value(args[0], v) for v in value)
        return tuple(_value(a, v) for a, v in zip(args, value))
    if dataclasses.is_dataclass(hint):
        return build(hint, value)
    return value
