"""GeoJSON: incidents as points, and groups' footprints as the places they were reported in.

Features stream out one at a time. Incidents carry their type, date, place,
outlets and groups; a footprint feature is one (group, place) pair with the
first and last dates it was reported there, from how many reports and
outlets. Both are EPSG:4326 longitude/latitude, as RFC 7946 requires.
"""

from __future__ import annotations

import json
from typing import IO, Iterator

from ..query import PLACING
from ..store import Store
from .scope import Scope


def incident_features(store: Store, scope: Scope) -> Iterator[dict]:
    chosen, params = scope.incidents()
    for r in store.stream(
        "SELECT i.id, i.type, i.subtype, i.date_value, i.date_precision, pl.name AS place, i.country, pl.admin1, pl.lat, pl.lon,"
        " i.place_precision, i.first_reported, i.last_reported, i.documents, i.outlets,"
        " (SELECT GROUP_CONCAT(DISTINCT g.name) FROM incident_events ie JOIN event_groups eg ON eg.event_id = ie.event_id"
        "  JOIN entities g ON g.id = eg.group_entity WHERE ie.incident_id = i.id) AS groups"
        f" FROM incidents i JOIN places pl ON pl.entity_id = i.place_entity WHERE i.id IN ({chosen}) AND pl.lat IS NOT NULL"
        " ORDER BY i.happened, i.id",
        params,
    ):
        lon, lat = r.pop("lon"), r.pop("lat")
        r["groups"] = sorted((r["groups"] or "").split(",")) if r["groups"] else []
        yield {"type": "Feature", "id": r["id"], "geometry": {"type": "Point", "coordinates": [lon, lat]}, "properties": r}


def footprint_features(store: Store, scope: Scope) -> Iterator[dict]:
    docs, params = scope.documents()
    for r in store.stream(
        "SELECT g.id AS group_id, g.name AS group_name, pl.entity_id AS place_id, pl.name AS place, pl.country, pl.admin1,"
        " pl.precision, pl.lat, pl.lon, MIN(d.published_at) AS first_reported, MAX(d.published_at) AS last_reported,"
        " COUNT(*) AS reports, COUNT(DISTINCT d.outlet) AS outlets,"
        " GROUP_CONCAT(DISTINCT eg.role || ': ' || eg.strength) AS ties"
        " FROM events ev JOIN event_groups eg ON eg.event_id = ev.id JOIN entities g ON g.id = eg.group_entity"
        " JOIN places pl ON pl.entity_id = ev.place_entity JOIN documents d ON d.id = ev.doc_id"
        f" WHERE ev.modality IN ('asserted', 'alleged') AND {PLACING} AND pl.lat IS NOT NULL AND d.id IN ({docs})"
        " GROUP BY g.id, g.name, pl.entity_id, pl.name, pl.country, pl.admin1, pl.precision, pl.lat, pl.lon"
        " ORDER BY g.name, first_reported, pl.entity_id",
        params,
    ):
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
