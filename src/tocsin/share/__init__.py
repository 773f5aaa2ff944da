"""Share: the record in the formats analysts' tools read (STIX 2.1, CSV, JSON Lines, Parquet, GeoJSON, ACLED CSV)."""

from ..query.scope import Scope

__all__ = ["Scope"]
