"""Export formats: the plugin interface every exporter implements, and the registry ``tocsin export`` reads.

A format has a name, one line of help, and either writes one stream (``folder = False``: a file, or standard
output) or a folder of files (``folder = True``). ``write`` exports what a ``Scope`` chooses and returns what it
wrote, one ``Written`` per file, for the command line to report. The built-in formats register through
``register_format`` exactly as a third party would; a package may also expose a ``tocsin.exporters`` entry point
naming a format class. Registration is lazy: nothing is imported until a format is asked for.

    class Markdown:
        name, help, folder = "markdown", "incidents as a Markdown list", False

        def write(self, store, scope, options, out):
            n = 0
            for row in tocsin.query.exports.happenings(store, scope):
                out.write(f"- {row['type']} in {row['place']}\\n")
                n += 1
            return [Written(n, "incidents")]
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib.metadata import entry_points
from pathlib import Path
from typing import IO, Protocol

from ..query.scope import Scope
from ..store import Store


@dataclass(frozen=True)
class Options:
    """What a format may be asked beyond the scope (each format reads the options it knows)."""

    tlp: str = "clear"  # stix: the TLP 2.0 marking of every object
    publish: bool = False  # stix: each article a published report (else a grouping, which MISP imports unpublished)
    layer: str = "incidents"  # geojson: incidents or footprints
    records: tuple[str, ...] = ()  # csv, jsonl, parquet: which record types (empty: all)
    with_text: bool = False  # csv, jsonl, parquet: documents' full text


@dataclass(frozen=True)
class Written:
    count: int
    what: str  # "STIX objects", "incidents (ACLED columns)", "events"
    path: Path | None = None  # for a format that writes a folder: the file


class Format(Protocol):
    name: str
    help: str
    folder: bool

    def write(self, store: Store, scope: Scope, options: Options, out: IO[str] | Path) -> list[Written]:
        """Export the scope to ``out``: a text stream, or for a folder format a folder that exists. Raise
        ``BadQuery`` for options the format cannot honour."""


_FORMATS: dict[str, Format] = {}
_LOADED = False


def register_format(fmt: Format) -> None:
    """Add a format; a later registration of the same name replaces the earlier (a plugin can take over a built-in)."""
    _FORMATS[fmt.name] = fmt


def formats() -> dict[str, Format]:
    """Every format, built-in and from entry points, by name."""
    global _LOADED
    if not _LOADED:
        _LOADED = True
        from . import builtin  # registered like any plugin

        for fmt in builtin.FORMATS:
            register_format(fmt)
        for ep in entry_points(group="tocsin.exporters"):
            register_format(ep.load()())
    return _FORMATS
