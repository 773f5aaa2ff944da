"""GeoJSON: incidents as points, and groups' footprints as the places they were reported in.

Features stream out one at a time. Incidents carry their type, date, place,
outlets and groups; a footprint feature is one (group, place) pair with the
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
        yield {"type": "Feature", "id": r["id"], "geometry": {"type": "Point", "coordinates": [lon, lat]}, "properties": r}


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
