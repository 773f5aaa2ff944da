"""Sources: the plugin interface every input format implements.

A source says which files it reads (``can_read``) and turns one file into
drafts (``read``): raw article text plus the metadata the file carries.
Built-in sources register exactly as a third party would, through
``register_source``; third parties may also expose a ``tocsin.sources``
entry point naming a Source class. Registration is lazy: nothing is
imported until the first file is read.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from importlib.metadata import entry_points
from pathlib import Path
from typing import Iterator, Protocol

from ..errors import InputError, UnreadableInput


@dataclass(frozen=True)
class Draft:
    """An article as a source found it, before cleaning and identification."""

    source: str  # path, or path:line for JSON Lines
    text: str
    format: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None
    language: str | None = None  # a hint from the file's own metadata


class Source(Protocol):
    name: str

    def can_read(self, path: Path) -> bool: ...

    def read(self, path: Path, max_bytes: int) -> Iterator[Draft | InputError]:
        """Yield one Draft per article, or an InputError for a part that fails,
        or a ``models.Skipped`` for a part that is no article (counted, not an
        error: a WARC request record). Raise InputError when the whole file fails."""


_SOURCES: list[Source] = []
_LOADED = False


def register_source(source: Source) -> None:
    """Add a source. Later registrations are tried first, so a plugin can
    take over an extension from a built-in."""
    _SOURCES.insert(0, source)


def _ensure_loaded() -> None:
    global _LOADED
    if _LOADED:
        return
    _LOADED = True
    from . import feed, html, jsonl, text, warc  # built-ins, registered like any plugin

    for module in (text, html, jsonl, warc, feed):
        register_source(module.SOURCE)
    for ep in entry_points(group="tocsin.sources"):
        register_source(ep.load()())


def source_for(path: Path) -> Source | None:
    _ensure_loaded()
    return next((s for s in _SOURCES if s.can_read(path)), None)


def read_bytes(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, refusing what no source should parse."""
    size = path.stat().st_size
    if size == 0:
        raise UnreadableInput(str(path), "empty file")
    if size > max_bytes:
        raise UnreadableInput(str(path), f"file is {size:,} bytes, over the limit of {max_bytes:,}")
    data = path.read_bytes()
    if not data.strip():
        raise UnreadableInput(str(path), "file holds only white space")
    return data


def decode(data: bytes, source: str) -> str:
    """Text from bytes: UTF-8 (with or without BOM), UTF-16 with a BOM, else
    the encoding charset_normalizer finds. Binary data is refused."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise UnreadableInput(source, f"a UTF-16 byte-order mark, then bytes that are not UTF-16 ({e.reason} at byte {e.start})") from None
    if b"\x00" in data[:8192]:
        raise UnreadableInput(source, "binary file (NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is None:
            raise UnreadableInput(source, "cannot tell the text encoding") from None
        text = str(best)
    if _looks_binary(text):
        raise UnreadableInput(source, "binary file (mostly control characters), not text")
    return text


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    controls = sum(1 for c in sample if unicodedata.category(c) == "Cc" and c not in "\n\r\t\f")
    return controls > len(sample) * 0.05
