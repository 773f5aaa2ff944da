"""The built-in export formats, each a small class of the ``formats.Format`` interface (docs/exports.md)."""

from __future__ import annotations

from pathlib import Path
from typing import IO

from ..errors import BadQuery, ConfigError
from ..query.scope import Scope
from ..query.tables import TABLES
from ..store import Store
from .formats import Options, Written


class Stix:
    name, folder = "stix", False
    help = "a STIX 2.1 bundle (for MISP, OpenCTI and TAXII clients)"

    def write(self, store: Store, scope: Scope, options: Options, out: IO[str]) -> list[Written]:
        from .stix import write_bundle

        return [Written(write_bundle(store, out, scope, options.tlp, options.publish), "STIX objects")]


class GeoJson:
    name, folder = "geojson", False
    help = "incidents or groups' footprints as points (--layer)"

    def write(self, store: Store, scope: Scope, options: Options, out: IO[str]) -> list[Written]:
        from .geo import footprint_features, incident_features, write_geojson

        if options.layer not in ("incidents", "footprints"):
            raise BadQuery(f"unknown layer {options.layer!r}; one of incidents, footprints")
        features = incident_features(store, scope) if options.layer == "incidents" else footprint_features(store, scope)
        return [Written(write_geojson(features, out, f"tocsin {options.layer}"), f"{options.layer} features")]


class Acled:
    name, folder = "acled", False
    help = "incidents with ACLED's columns, hedged ties in the notes"

    def write(self, store: Store, scope: Scope, options: Options, out: IO[str]) -> list[Written]:
        from .acled import write_acled

        return [Written(write_acled(store, out, scope), "incidents (ACLED columns)")]


class Misp:
    name, folder = "misp", True
    help = "MISP events (one per article, built with PyMISP) in a feed folder a MISP instance can pull"

    def write(self, store: Store, scope: Scope, options: Options, out: Path) -> list[Written]:
        try:
            import pymisp  # noqa: F401
        except ImportError as e:
            raise ConfigError("the MISP export needs PyMISP: pip install 'tocsin[misp]'") from e
        from .misp import write_feed

        return [Written(write_feed(store, out, scope, options.tlp), "MISP events", out / "manifest.json")]


class Table:
    """One file per record type (``query.tables.TABLES``), in a folder."""

    folder = True

    def __init__(self, name: str, help: str):
        self.name, self.help = name, help

    def write(self, store: Store, scope: Scope, options: Options, out: Path) -> list[Written]:
        from . import tables

        names = list(options.records) or list(TABLES)
        unknown = [n for n in names if n not in TABLES]
        if unknown:
            raise BadQuery(f"unknown record types {', '.join(unknown)}; choose from {', '.join(TABLES)}")
        writer = {"csv": tables.write_csv, "jsonl": tables.write_jsonl, "parquet": tables.write_parquet}[self.name]
        written = []
        for name in names:
            path = out / f"{name}.{self.name}"
            written.append(Written(writer(store, TABLES[name], scope, path, options.with_text), name, path))
        return written


FORMATS = (
    Stix(), Table("csv", "one CSV file per record type (--records)"), Table("jsonl", "one JSON Lines file per record type"),
    Table("parquet", "one Parquet file per record type"), GeoJson(), Acled(), Misp(),
)
