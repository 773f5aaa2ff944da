"""Every record type as a table, streamed: CSV, JSON Lines and Parquet.

One file per record type in the output folder. Rows are read from the store
a thousand at a time and written as they come, so memory does not grow with
the export. Lists and objects (aliases, hedges, groups) are JSON in CSV and
Parquet, and plain JSON in JSON Lines. Documents are exported without their
text unless asked (``with_text``): partners get what was read from an
article and where to find it, not a copy of the article.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

from ..query.scope import Scope
from ..query.tables import Table, columns, rows
from ..store import Store

Row = dict


def _cell(value):
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return value


def write_csv(store: Store, table: Table, scope: Scope, path: Path, with_text: bool = False) -> int:
    n = 0
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = None
        for row in rows(store, table, scope, with_text):
            if writer is None:
                writer = csv.DictWriter(f, fieldnames=list(row))
                writer.writeheader()
            writer.writerow({k: _cell(v) for k, v in row.items()})
            n += 1
        if writer is None:  # no rows: the header alone, from the query's columns
            f.write(",".join(columns(store, table, scope, with_text)) + "\n")
    return n


def write_jsonl(store: Store, table: Table, scope: Scope, path: Path, with_text: bool = False) -> int:
    n = 0
    with path.open("w", encoding="utf-8") as f:
        for row in rows(store, table, scope, with_text):
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
            n += 1
    return n


def write_parquet(store: Store, table: Table, scope: Scope, path: Path, with_text: bool = False, batch: int = 5000) -> int:
    """Parquet in row groups of ``batch`` rows; the column types come from the first rows (lists and objects as JSON text)."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as e:  # pragma: no cover - the extra is part of the test install
        raise RuntimeError("Parquet needs pyarrow: pip install 'tocsin[parquet]'") from e
    writer, schema, buffer, n = None, None, [], 0

    def flush():
        nonlocal writer, schema, buffer
        if not buffer:
            return
        if schema is None:
            schema = _arrow_schema(pa, buffer)
            writer = pq.ParquetWriter(str(path), schema)
        writer.write_table(pa.Table.from_pylist([_arrow_row(r, schema) for r in buffer], schema=schema))
        buffer = []

    for row in rows(store, table, scope, with_text):
        buffer.append({k: _cell(v) for k, v in row.items()})
        n += 1
        if len(buffer) >= batch:
            flush()
    flush()
    if writer is None:
        schema = pa.schema([(c, pa.string()) for c in columns(store, table, scope, with_text)])
        pq.write_table(pa.Table.from_pylist([], schema=schema), str(path))
    else:
        writer.close()
    return n


def _arrow_schema(pa, sample: list[Row]):
    fields = []
    for column in sample[0]:
        values = [r[column] for r in sample if r[column] is not None]
        if values and all(isinstance(v, bool) for v in values):
            kind = pa.bool_()
        elif values and all(isinstance(v, int) and not isinstance(v, bool) for v in values):
            kind = pa.int64()
        elif values and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values):
            kind = pa.float64()
        else:
            kind = pa.string()
        fields.append((column, kind))
    return pa.schema(fields)


def _arrow_row(row: Row, schema) -> Row:
    import pyarrow as pa

    out = {}
    for field in schema:
        value = row.get(field.name)
        if value is not None and field.type == pa.string() and not isinstance(value, str):
            value = str(value)
        elif value is not None and field.type == pa.int64() and isinstance(value, float):
            value = int(value) if value.is_integer() else value
        out[field.name] = value
    return out
