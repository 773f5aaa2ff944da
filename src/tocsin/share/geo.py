"""GeoJSON: incidents as points, and groups' footprints as the places they were reported in.

Features stream out one at a time. Incidents carry their type, date, place,
outlets, groups and how the reports tie each group ("actor, suspected"); a footprint feature is one (group, place) pair with the
first and last dates it was reported there, from how many reports and
outlets. Both are EPSG:4326 longitude/latitude, as RFC 7946 requires.
"""

from __future__ import annotations

import json
from typing import IO, Iterator

from ..query import exports
from ..store import Store
from ..query.scope import Scope


def incident_features(store: Store, scope: Scope) -> Iterator[dict]:
    for r in exports.placed_incidents(store, scope):
        lon, lat = r.pop("lon"), r.pop("lat")
        r["groups"] = sorted((r["groups"] or "").split(",")) if r["groups"] else []
        # how the reports tie each group: "Tren de Aragua: actor, suspected" (the aggregate joins with commas, and each
        # tie holds one after its role: a tie starts at a group's name, never at a strength)
        r["group_ties"] = sorted(_ties(r["group_ties"], r["groups"])) if r["group_ties"] else []
        yield {"type": "Feature", "id": r["id"], "geometry": {"type": "Point", "coordinates": [lon, lat]}, "properties": r}


def _ties(joined: str, groups: list[str]) -> list[str]:
    """Split "A: actor, suspected,B: target, named" back into its ties."""
    out: list[str] = []
    for piece in joined.split(","):
        if out and not any(piece.startswith(g + ": ") for g in groups):
            out[-1] += "," + piece
        else:
            out.append(piece)
    return out


def footprint_features(store: Store, scope: Scope) -> Iterator[dict]:
    for r in exports.footprint_places(store, scope):
        lon, lat = r.pop("lon"), r.pop("lat")
        r["ties"] = sorted(set(r["ties"].split(","))) if r["ties"] else []  # how the reports tie the group: "actor: suspected", "mentioned: mentioned"
        yield {"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]}, "properties": r}


def write_geojson(features: Iterator[dict], out: IO[str], name: str) -> int:
    out.write('{"type": "FeatureCollection", "name": ' + json.dumps(name) + ', "features": [\n')
    n = 0
    for feature in features:
        out.write((",\n" if n else "") + json.dumps(feature, ensure_ascii=False))
        n += 1
    out.write("\n]}\n")
    return n
