"""Sources: the plugin interface every input format implements.

A source says which files it reads (``can_read``) and turns one file into
drafts (``read``): raw article text plus the metadata the file carries.
Built-in sources register exactly as a third party would, through
``register_source``; third parties may also expose a ``tocsin.sources``
entry point naming a Source class. Registration is lazy: nothing is
imported until the first file is read.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from importlib.metadata import entry_points
from pathlib import Path
from typing import Iterator, Protocol

from ..errors import InputError, UnreadableInput
from ..models import Repaired


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
        error: a WARC request record), or a ``models.Repaired`` for a file or part
        read after mending it (listed in the report: ``decode`` returns one).
        Raise InputError when the whole file fails."""


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


MAX_REPAIRED_SHARE = 0.25
"""A file that is not valid UTF-8 is read as UTF-8 all the same, its invalid sequences replaced by U+FFFD and the
file named in the report, when at most this share of its bytes outside ASCII lie in invalid sequences. In a file
in a one-byte encoding (Windows-1252, Latin-1) every byte outside ASCII is invalid UTF-8 (a share of 1); in a UTF-8
file damaged in a few places the share is small, and reading it in a one-byte encoding instead would garble every
accented letter and dash in it ("Peru вЂ”")."""

MAX_ACCENTED_SHARE = 0.3
"""Text in a one-byte encoding is taken as Windows-1252 when, so read, it holds only letters and common
punctuation and at most this share of its letters are outside ASCII (about 3% in Spanish, 5% in Portuguese; Russian
in Windows-1251 read as Windows-1252 would be all accented letters)."""

_ASCII = bytes(range(128))
_ASCII_LETTERS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")  # what errors="surrogateescape" makes of a byte that is not UTF-8
_NON_ASCII = re.compile("[^\x00-\x7f]")
_LATIN_PUNCTUATION = set("\u00a0¡¿«»°·–—‘’‚“”„…•€£§´©®™")  # not ¹ ³ ¼ ¾: Polish ą ł ľ read as Windows-1252


def decode(data: bytes, source: str) -> tuple[str, Repaired | None]:
    """Text from bytes: UTF-8 (with or without BOM), UTF-16 with a BOM, UTF-8 with a few invalid bytes
    replaced (and a Repaired note saying so), Windows-1252 when it reads as Latin text, else the encoding
    charset_normalizer finds. Binary data is refused."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), None
        except UnicodeDecodeError as e:
            raise UnreadableInput(source, f"a UTF-16 byte-order mark, then bytes that are not UTF-16 ({e.reason} at byte {e.start})") from None
    if b"\x00" in data[:8192]:
        raise UnreadableInput(source, "binary file (NUL bytes), not text")
    text, repaired = _utf8(data, source)
    if text is None:
        text = _one_byte(data, source)
    if _looks_binary(text):
        raise UnreadableInput(source, "binary file (mostly control characters), not text")
    return text, repaired


def _utf8(data: bytes, source: str) -> tuple[str | None, Repaired | None]:
    """The text if the data is UTF-8, or mostly UTF-8 (MAX_REPAIRED_SHARE), with a note of what was replaced."""
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    invalid = len(_ESCAPED_BYTE.findall(data.decode("utf-8", errors="surrogateescape")))
    outside_ascii = len(data.translate(None, _ASCII))
    if invalid > MAX_REPAIRED_SHARE * outside_ascii:
        return None, None
    note = f"{invalid:,} byte{'s' if invalid != 1 else ''} not valid UTF-8 in a UTF-8 file, replaced with U+FFFD (�)"
    return data.decode("utf-8-sig", errors="replace"), Repaired(source, note)


def _one_byte(data: bytes, source: str) -> str:
    """Text in a legacy encoding: Windows-1252 (what Latin-1 means on the web, and what English and Spanish text
    that is not UTF-8 is written in) when it reads as Latin text, else what charset_normalizer finds (which, on
    a short Spanish text, may well answer hp_roman8)."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:  # five bytes are undefined in Windows-1252
        text = None
    if text is not None and _reads_as_latin(text, data):
        return text
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise UnreadableInput(source, "cannot tell the text encoding")
    return str(best)


def _reads_as_latin(text: str, data: bytes) -> bool:
    outside = _NON_ASCII.findall(text)
    if any(not c.isalpha() and c not in _LATIN_PUNCTUATION for c in outside):
        return False  # a symbol or control character no Latin text holds
    letters = [c for c in outside if c.isalpha()]
    ascii_letters = len(data) - len(data.translate(None, _ASCII_LETTERS))
    return len(letters) <= MAX_ACCENTED_SHARE * (len(letters) + ascii_letters)


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    controls = sum(1 for c in sample if unicodedata.category(c) == "Cc" and c not in "\n\r\t\f")
    return controls > len(sample) * 0.05
