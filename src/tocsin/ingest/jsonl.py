"""JSON Lines: one article per line.

Each line is an object with ``text`` or ``html`` and optionally ``url``,
``title``, ``outlet``, ``authors`` (string or list), ``published`` and
``language``. A bad line is rejected with its line number; the other lines go on.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterator

from ..errors import InputError
from ..models import Repaired
from .html import draft_from_html
from .sources import Draft, decode, read_bytes

_FIELDS = ("url", "title", "outlet", "published", "language")


def _string(obj: dict[str, Any], key: str, source: str) -> str | None:
    value = obj.get(key)
    if value is None or isinstance(value, str):
        return value
    raise InputError(source, f"field {key!r} must be a string, not {type(value).__name__}")


def draft_from_object(obj: Any, source: str) -> Draft:
    if not isinstance(obj, dict):
        raise InputError(source, f"line is a JSON {type(obj).__name__}, not an object")
    meta = {k: _string(obj, k, source) for k in _FIELDS}
    authors = obj.get("authors", obj.get("author"))
    if isinstance(authors, list) and all(isinstance(a, str) for a in authors):
        authors = "; ".join(authors)
    elif authors is not None and not isinstance(authors, str):
        raise InputError(source, "field 'authors' must be a string or a list of strings")
    text, html = _string(obj, "text", source), _string(obj, "html", source)
    if text and text.strip():
        names = tuple(a.strip() for a in (authors or "").split(";") if a.strip())
        return Draft(source=source, text=text, format="jsonl", authors=names, **meta)
    if html and html.strip():
        draft = draft_from_html(source, html, authors=authors, **meta)
        return Draft(**{**draft.__dict__, "format": "jsonl"})
    raise InputError(source, "no 'text' or 'html' field with content")


class JsonlSource:
    name = "jsonl"

    def can_read(self, path: Path) -> bool:
        return path.suffix.lower() in (".jsonl", ".ndjson")

    def read(self, path: Path, max_bytes: int) -> Iterator[Draft | InputError | Repaired]:
        text, repaired = decode(read_bytes(path, max_bytes), str(path))
        if repaired:
            yield repaired
        for number, line in enumerate(text.split("\n"), start=1):
            if not line.strip():
                continue
            source = f"{path}:{number}"
            try:
                yield draft_from_object(json.loads(line), source)
            except json.JSONDecodeError as e:
                yield InputError(source, f"invalid JSON ({e.msg}, column {e.colno})")
            except RecursionError:
                yield InputError(source, "JSON nested too deeply to read")
            except InputError as e:
                yield e


SOURCE = JsonlSource()
