"""Plain text and Markdown articles, with an optional metadata header.

A header is a run of ``key: value`` lines at the top of the file, optionally
fenced by ``---`` lines, ended by a blank line or the closing fence::

    title: Tren de Aragua suspects arrested in Lima
    outlet: Andes Ledger
    url: https://example.org/lima-arrests
    author: Rosa Quispe; Mark Hale
    published: 2024-05-14

    LIMA — Police arrested ...

Known keys: title, url, outlet, author/authors, published/date, language.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Iterator

from ..models import Repaired
from .sources import Draft, decode, read_bytes

_KEY = re.compile(r"^(title|url|outlet|source|authors?|published|date|language|lang)\s*:\s*(.*)$", re.I)
_ALIASES = {"source": "outlet", "author": "authors", "date": "published", "lang": "language"}
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|`)")


def split_header(text: str) -> tuple[dict[str, str], str]:
    """Split a metadata header from the body; no header gives ``({}, text)``."""
    lines = text.split("\n")
    i = 1 if lines and lines[0].strip() == "---" else 0
    meta: dict[str, str] = {}
    while i < len(lines):
        line = lines[i].strip()
        match = _KEY.match(line)
        if not match:
            break
        key = match.group(1).lower()
        meta[_ALIASES.get(key, key)] = match.group(2).strip()
        i += 1
    if not meta:
        return {}, text
    if i < len(lines) and lines[i].strip() in ("---", ""):
        i += 1
    return meta, "\n".join(lines[i:])


def markdown_to_text(body: str, known_title: str | None = None) -> tuple[str, str | None]:
    """Plain text from Markdown, and its title: the known one, else the first level-1 heading."""
    title = known_title
    out = []
    for line in body.split("\n"):
        stripped = line.lstrip()
        if stripped.startswith("#"):
            heading = stripped.lstrip("#").strip()
            if stripped.startswith("# ") and title in (None, heading):
                title = heading  # the headline, already in the metadata
                continue
            line = heading
        line = _MD_LINK.sub(r"\1", line)
        out.append(_MD_EMPHASIS.sub("", line))
    return "\n".join(out), title


def draft_from_text(source: str, text: str, fmt: str) -> Draft:
    meta, body = split_header(text)
    title = meta.get("title")
    if fmt == "markdown":
        body, title = markdown_to_text(body, title)
    authors = tuple(a.strip() for a in re.split(r";|\band\b", meta.get("authors", "")) if a.strip())
    return Draft(
        source=source,
        text=body,
        format=fmt,
        title=title,
        url=meta.get("url"),
        outlet=meta.get("outlet"),
        authors=authors,
        published=meta.get("published"),
        language=meta.get("language"),
    )


class TextSource:
    name = "text"
    suffixes = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown"}

    def can_read(self, path: Path) -> bool:
        return path.suffix.lower() in self.suffixes

    def read(self, path: Path, max_bytes: int) -> Iterator[Draft | Repaired]:
        text, repaired = decode(read_bytes(path, max_bytes), str(path))
        if repaired:
            yield repaired
        yield draft_from_text(str(path), text, self.suffixes[path.suffix.lower()])


SOURCE = TextSource()
