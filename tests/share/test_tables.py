"""Tables (CSV, JSON Lines, Parquet), GeoJSON and the ACLED-style CSV from the demo store."""

from __future__ import annotations

import csv
import io
import json

import pytest

from tocsin.share import Scope
from tocsin.query.tables import TABLES
from tocsin.share import tables
from tocsin.share.acled import COLUMNS, acled_type, write_acled
from tocsin.share.geo import footprint_features, incident_features, write_geojson
from tocsin.store import open_store

COUNTS = {"documents": "documents", "statements": "statements", "events": "events", "incidents": "incidents",
          "mentions": "mentions", "forecasts": "forecasts", "alerts": "alerts", "incident_reports": "incident_events"}


@pytest.fixture(scope="module")
def store(desk_store):
    with open_store(str(desk_store), readonly=True) as s:
        yield s


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_every_record_type_is_exported_whole(store, tmp_path, fmt):
    writer = {"csv": tables.write_csv, "jsonl": tables.write_jsonl, "parquet": tables.write_parquet}[fmt]
    for name, table in TABLES.items():
        path = tmp_path / f"{name}.{fmt}"
        n = writer(store, table, Scope(), path)
        if name in COUNTS:
            assert n == store.fetch(f"SELECT COUNT(*) AS n FROM {COUNTS[name]}")[0]["n"], name
        if fmt == "csv":
            assert len(list(csv.DictReader(path.open(encoding="utf-8")))) == n
        elif fmt == "jsonl":
            lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
            assert len(lines) == n
        else:
            import pyarrow.parquet as pq

            assert pq.read_table(path).num_rows == n


def test_documents_leave_their_text_unless_asked(store, tmp_path):
    tables.write_jsonl(store, TABLES["documents"], Scope(), tmp_path / "d.jsonl")
    assert "text" not in json.loads((tmp_path / "d.jsonl").read_text().splitlines()[0])
    tables.write_jsonl(store, TABLES["documents"], Scope(), tmp_path / "t.jsonl", with_text=True)
    assert json.loads((tmp_path / "t.jsonl").read_text().splitlines()[0])["text"]


def test_event_rows_carry_their_evidence_and_lists_stay_lists(store, tmp_path):
    tables.write_jsonl(store, TABLES["events"], Scope(), tmp_path / "e.jsonl")
    rows = [json.loads(line) for line in (tmp_path / "e.jsonl").read_text().splitlines()]
    assert all(r["evidence"] for r in rows) and all(isinstance(r["offences"], list) and isinstance(r["groups"], list) for r in rows)
    tables.write_csv(store, TABLES["entities"], Scope(), tmp_path / "x.csv")
    first = next(csv.DictReader((tmp_path / "x.csv").open(encoding="utf-8")))
    assert isinstance(json.loads(first["aliases"]), list)


def test_an_empty_scope_writes_headers(store, tmp_path):
    n = tables.write_csv(store, TABLES["events"], Scope(since="2999-01-01"), tmp_path / "e.csv")
    assert n == 0 and (tmp_path / "e.csv").read_text().startswith("id,doc_id,idx,type")
    assert tables.write_parquet(store, TABLES["events"], Scope(since="2999-01-01"), tmp_path / "e.parquet") == 0


def test_geojson_incidents_and_footprints(store):
    out = io.StringIO()
    n = write_geojson(incident_features(store, Scope()), out, "incidents")
    fc = json.loads(out.getvalue())
    assert fc["type"] == "FeatureCollection" and len(fc["features"]) == n > 0
    for f in fc["features"]:
        lon, lat = f["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        # each group comes with how the reports tie it: no incident says more than the report that says the most
        ties = f["properties"]["group_ties"]
        assert {t.split(": ")[0] for t in ties} == set(f["properties"]["groups"])
    assert any(not t.endswith(", named") for f in fc["features"] for t in f["properties"]["group_ties"])  # the hedges stay
    out = io.StringIO()
    write_geojson(footprint_features(store, Scope(group="Tren de Aragua")), out, "footprints")
    countries = {f["properties"]["country"] for f in json.loads(out.getvalue())["features"] if f["properties"]["group_name"] == "Tren de Aragua"}
    # Venezuela came from extortion placed at Tocorón, where the group began, though its rackets run "from Chile to
    # Colombia"; the demo's one sentence that puts the group there ("served as the headquarters of the Tren de Aragua
    # gang") is not read as a presence claim (tests/read/test_events_presence_sides.py, xfail)
    assert {"CL", "PE", "CO"} <= countries


def test_acled_rows_have_acled_columns_and_conservative_fatalities(store):
    out = io.StringIO()
    n = write_acled(store, out, Scope())
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert tuple(rows[0]) == COLUMNS and len(rows) == n == store.fetch("SELECT COUNT(*) AS n FROM incidents WHERE type <> 'presence'")[0]["n"]
    disputed = [r for r in rows if "Fatalities reported:" in r["notes"]]
    for r in disputed:
        reported = [int(x) for x in r["notes"].split("Fatalities reported: ")[1].split(";")[0].split(", ")]
        assert int(r["fatalities"]) == min(reported)
    killing = next(r for r in rows if "tocsin type: killing" in r["tags"])
    assert killing["disorder_type"] == "Political violence" and killing["country"] and killing["latitude"]
    assert {r["event_type"] for r in rows} <= {"Violence against civilians", "Battles", "Explosions/Remote violence", "Riots",
                                                 "Strategic developments"}


def test_acled_type_mapping():
    assert acled_type("killing", "targeted killing", "journalist") == ("Political violence", "Violence against civilians", "Attack")
    assert acled_type("attack", "shooting", "law enforcement")[1:] == ("Battles", "Armed clash")
    assert acled_type("attack", "bombing", "law enforcement")[2] == "Remote explosive/landmine/IED"
    assert acled_type("abduction", None, None)[2] == "Abduction/forced disappearance"
    assert acled_type("arrest", None, None)[2] == "Arrests"
    assert acled_type("extortion", None, None) == ("Strategic developments", "Strategic developments", "Other")


def test_group_ties_are_exported_with_their_hedge_and_never_made_acled_actors(store, tmp_path):
    """Each event's groups with role, strength and the hedge words; an ACLED-style row names as actor only a group a
    report states did it, and quotes the hedge of one the reports only suspect, allege or describe."""
    tables.write_jsonl(store, TABLES["event_groups"], Scope(), tmp_path / "g.jsonl")
    ties = [json.loads(line) for line in (tmp_path / "g.jsonl").read_text().splitlines()]
    assert len(ties) == store.fetch("SELECT COUNT(*) AS n FROM event_groups")[0]["n"] > 0
    assert {t["role"] for t in ties} <= {"actor", "target", "mentioned"} and {t["strength"] for t in ties} > {"named"}
    hedged = [t for t in ties if t["strength"] not in ("named", "mentioned")]
    assert hedged and all(t["hedge"] and t["hedge_start"] is not None for t in hedged)
    out = io.StringIO()
    write_acled(store, out, Scope())
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    named = {r["group"] for r in store.fetch(
        "SELECT DISTINCT g.name AS \"group\" FROM event_groups eg JOIN entities g ON g.id = eg.group_entity"
        " WHERE eg.role = 'actor' AND eg.strength = 'named'")}
    groups = {r["name"] for r in store.fetch("SELECT name FROM entities WHERE kind = 'group'")}
    assert {r["actor1"] for r in rows} & groups <= named
    assert any("Attribution not stated as fact:" in r["notes"] for r in rows)
