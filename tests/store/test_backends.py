"""SQLite and PostgreSQL hold the same record of the same input (the PostgreSQL tests need the server:
see the ``postgres_server`` fixture; without it they are skipped with the reason)."""

from __future__ import annotations

import io
import json
import threading

import pytest

from tocsin import query
from tocsin.errors import StoreError
from tocsin.models import Annotations, Entity, Mention, Resolved, Sentence
from tocsin.store import open_store
from tocsin.store.postgres import postgres_ddl, split_location, to_postgres, ts_query
from tocsin.store.schema import SCHEMA_VERSION

pytestmark = pytest.mark.postgres

TABLES = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'documents_fts%' AND name <> 'meta' ORDER BY name"


def _counts(store, tables) -> dict[str, int]:
    return {t: store.fetch(f"SELECT COUNT(*) AS n FROM {t}")[0]["n"] for t in tables}


def test_backends_the_same_demo_ingest_gives_the_same_counts_of_every_record(demo_store, demo_store_pg):
    (sqlite, lite_report), (pg, pg_report) = demo_store, demo_store_pg
    tables = [r["name"] for r in sqlite.fetch(TABLES)]
    assert len(tables) >= 20
    counts = _counts(sqlite, tables)
    assert counts["documents"] == 28 and counts["incidents"] > 50 and counts["events"] >= 90  # habits and generic statements are not events: the gate keeps them out
    assert _counts(pg, tables) == counts
    assert (pg_report.stored, len(pg_report.rejected), pg_report.near_duplicates) == (
        lite_report.stored, len(lite_report.rejected), lite_report.near_duplicates)
    assert query.stats(pg) == query.stats(sqlite)


@pytest.mark.parametrize("sql", [
    "SELECT id FROM events ORDER BY id",
    "SELECT id, type, outlets, documents, events, country, happened FROM incidents ORDER BY id",
    "SELECT event_id, incident_id FROM incident_events ORDER BY event_id",
    "SELECT doc_id, idx, cluster_id FROM statement_claims ORDER BY doc_id, idx",
    "SELECT doc_id, statement_idx, status, deadline FROM forecasts ORDER BY doc_id, statement_idx",
    "SELECT entity_id, canonical_id, basis FROM entity_links ORDER BY entity_id",
    "SELECT id, name, aliases, mention_count, document_count FROM entities ORDER BY id",
    "SELECT entity_id, lat, lon FROM places ORDER BY entity_id",
])
def test_backends_the_same_demo_gives_the_same_rows(demo_store, demo_store_pg, sql):
    assert demo_store_pg[0].fetch(sql) == demo_store[0].fetch(sql)


def test_backends_listings_and_footprints_agree(demo_store, demo_store_pg):
    (lite, _), (pg, _) = demo_store, demo_store_pg
    key = lambda rows: sorted(r["id"] for r in rows)  # noqa: E731
    assert sorted(i.id for i in query.list_incidents(pg, limit=500)) == sorted(i.id for i in query.list_incidents(lite, limit=500))
    assert key(query.list_events(pg, group="aragua", limit=500)) == key(query.list_events(lite, group="aragua", limit=500))
    assert query.footprint(pg, "tren de aragua") == query.footprint(lite, "tren de aragua")
    assert [g["id"] for g in query.list_groups(pg)] == [g["id"] for g in query.list_groups(lite)]


def test_backends_exports_agree(demo_store, demo_store_pg):
    """The STIX bundle of the same demo is the same on both backends, but for the times each store ingested it."""
    from tocsin.share import Scope
    from tocsin.share.stix import write_bundle

    def bundle(store) -> dict[str, dict]:
        out = io.StringIO()
        write_bundle(store, out, Scope(), "clear")
        objects = json.loads(out.getvalue())["objects"]
        return {o["id"]: {k: v for k, v in o.items() if k not in ("created", "modified")} for o in objects}

    lite, pg = bundle(demo_store[0]), bundle(demo_store_pg[0])
    assert len(lite) > 300
    assert pg == lite


def test_backends_search_on_postgres_reads_queries_as_sqlite_does(demo_store, demo_store_pg):
    (lite, _), (pg, _) = demo_store, demo_store_pg
    for typed in ("Tocoron", '"Niño Guerrero"', "Tren de Aragua", "Aragua NOT Chile", "Choneros OR Lobos", "MS-13"):
        found = {r["id"] for r in pg.search(typed, limit=50)}
        assert found == {r["id"] for r in lite.search(typed, limit=50)}, typed
        assert found, typed
    assert "[" in pg.search("Tocorón")[0]["snippet"]
    for hostile in ('x" OR (', "'; DROP TABLE documents; --", "a & b | !c", "<->", ":*", "\x00", "%", "?"):
        pg.search(hostile)  # never a syntax error
    assert query.stats(pg)["documents"] == 28


def test_backends_each_engine_spells_its_string_aggregate(store):
    """The one function the two engines spell differently, asked of the store, runs on both."""
    from tocsin.models import Alert
    from tocsin.store.alerts import save_alert

    with store.transaction():
        save_alert(store, Alert("rise", "x", "t"))
        save_alert(store, Alert("rise", "y", "t"))
    joined = store.fetch(f"SELECT {store.group_concat('subject', ';')} AS s, {store.group_concat('rule', distinct=True)} AS r FROM alerts")
    assert sorted(joined[0]["s"].split(";")) == ["x", "y"] and joined[0]["r"] == "rise"
    with pytest.raises(ValueError):
        store.group_concat("rule", ";", distinct=True)


def test_backends_ts_query_binds_every_word():
    expression, params = ts_query('Tren OR "Niño Guerrero" NOT Chile')
    assert params == ["Tren", "Niño Guerrero", "Chile"]
    assert expression == "(phraseto_tsquery('tocsin', ?)) || (phraseto_tsquery('tocsin', ?) && !! phraseto_tsquery('tocsin', ?))"
    assert ts_query("OR AND") == ("", [])


def test_backends_portable_sql_becomes_postgres():
    assert to_postgres("SELECT * FROM t WHERE a LIKE '%?%' AND b = ? AND c LIKE ?") == (
        "SELECT * FROM t WHERE a LIKE '%%?%%' AND b = %s AND c LIKE %s")
    assert to_postgres("SELECT GROUP_CONCAT(x, ';')") == "SELECT GROUP_CONCAT(x, ';')"  # no words rewritten: the store spells them
    ddl = postgres_ddl("CREATE TABLE IF NOT EXISTS events (\n    id TEXT PRIMARY KEY,\n    happened TEXT  -- a note\n);")
    assert ddl.endswith('happened TEXT COLLATE "C",\n    rowid BIGINT GENERATED BY DEFAULT AS IDENTITY UNIQUE\n);')
    assert split_location("postgresql://u@h/db?schema=desk&sslmode=disable") == ("postgresql://u@h/db?sslmode=disable", "desk")


def test_backends_postgres_reader_cannot_write(demo_store_pg):
    location = demo_store_pg[0].location
    with open_store(location, readonly=True) as reader:
        assert query.stats(reader)["documents"] == 28
        with pytest.raises(Exception, match="read-only"):
            reader.execute("DELETE FROM alerts")


def test_backends_postgres_refuses_a_newer_schema(postgres_schemas):
    location = postgres_schemas("newer")
    with open_store(location) as store:
        store.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    with pytest.raises(StoreError, match="schema version 999"):
        open_store(location)
    with pytest.raises(StoreError, match="schema version"):
        open_store(location, readonly=True)


def test_backends_postgres_writers_never_store_a_document_twice(postgres_schemas, make_doc):
    """Two desks ingesting the same articles into one database at once: every document once, no error."""
    location = postgres_schemas("writers")
    docs = [make_doc(f"LIMA — Tren de Aragua extorted drivers in Lima, story {i}.", source=f"{i}.txt") for i in range(40)]
    entity = Entity("group:tren-de-aragua", "group", "Tren de Aragua")

    def resolved(doc):
        mention = Mention(7, 21, "Tren de Aragua", "CRIMINAL_GROUP", "group", "gazetteer", "tren-de-aragua", entity.id)
        return Resolved(Annotations(doc.id, (Sentence(0, len(doc.text)),), (mention,)), (entity,))

    saved, errors = [], []

    def desk():
        try:
            with open_store(location) as store:
                saved.extend(doc.id for doc in docs if store.save(doc, resolved(doc)))
        except Exception as e:  # noqa: BLE001 - the test reports any failure of either writer
            errors.append(e)

    threads = [threading.Thread(target=desk) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert sorted(saved) == sorted(d.id for d in docs)
    with open_store(location) as store:
        assert query.stats(store)["documents"] == 40 and query.stats(store)["mentions"] == 40
        (group,) = query.list_entities(store, kind="group")
        assert group["documents"] == 40


def test_backends_postgres_migrates_a_version_4_store(postgres_schemas):
    """Version 5's sort columns and counts, added to a version-4 PostgreSQL store and filled from its rows."""
    from tests.conftest import DEMO
    from tocsin.config import Config
    from tocsin.link import link
    from tocsin.pipeline import run_ingest

    location = postgres_schemas("v4")
    with open_store(location) as store:
        run_ingest([str(DEMO)], store, Config(store=location))
        link(store)
        expected = {t: store.fetch(sql) for t, sql in MIGRATED.items()}
        store.execute("DROP INDEX entities_kind")
        store.execute("DROP INDEX events_happened")
        store.execute("DROP INDEX incidents_happened")
        for table, column in (("events", "happened"), ("incidents", "happened"), ("entities", "mention_count"),
                              ("entities", "document_count"), ("documents", "genre"), *(("event_groups", c) for c in TIE_COLUMNS),
                              ("statements", "affiliation_hedge"), ("events", "date_basis"), ("forecasts", "polarity"),
                              ("forecast_matches", "reason"), ("events", "extent_start"), ("events", "extent_end")):
            store.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
        store.execute("UPDATE meta SET value = '4' WHERE key = 'schema_version'")
    with open_store(location) as store:
        assert store.schema_version() == SCHEMA_VERSION
        for table, sql in MIGRATED.items():
            assert store.fetch(sql) == expected[table], table
        # version 7: the group ties, empty (not assessed) for events read before them; the groups themselves are kept
        assert {(r["role"], r["strength"]) for r in store.fetch("SELECT role, strength FROM event_groups")} == {(None, None)}
    assert sum(e["mention_count"] for e in expected["entities"]) > 100


TIE_COLUMNS = ("role", "strength", "hedge", "said_by", "hedge_start", "hedge_end")
MIGRATED = {
    "events": "SELECT id, happened FROM events ORDER BY id",
    "incidents": "SELECT id, happened FROM incidents ORDER BY id",
    "entities": "SELECT id, mention_count, document_count FROM entities ORDER BY id",
}


def test_backends_the_cli_and_the_api_work_on_postgres(demo_store_pg, postgres_schemas, desk_app, tmp_path):
    """`tocsin --store postgresql://…` ingests, links and answers; the web desk reads the same store."""
    from click.testing import CliRunner
    from fastapi.testclient import TestClient

    from tests.conftest import DEMO
    from tocsin.cli import cli

    location = postgres_schemas("cli")
    runner = CliRunner()
    result = runner.invoke(cli, ["--store", location, "ingest", "--quiet", str(DEMO / "chile")])
    assert result.exit_code == 0, result.output
    stats = json.loads(runner.invoke(cli, ["--store", location, "stats", "--json"]).output)
    assert stats["documents"] >= 3 and stats["incidents"] >= 1
    again = runner.invoke(cli, ["--store", location, "ingest", "--quiet", str(DEMO / "chile")])
    assert "already stored" in again.output and json.loads(runner.invoke(cli, ["--store", location, "stats", "--json"]).output) == stats
    with TestClient(desk_app(demo_store_pg[0].location), raise_server_exceptions=False) as client:
        lists = ["documents", "entities", "groups", "places", "events", "incidents", "statements", "speakers", "forecasts",
                 "alerts", "claims/repeated", "timeline", "geo/incidents", "geo/footprint?group=aragua", "search?q=Tocoron"]
        pages = ["", "map", "timeline", "incidents", "groups", "claims", "forecasts", "documents", "alerts", "search?q=aragua"]
        for url in [f"/api/{x}" for x in lists] + [f"/{x}" for x in pages] + ["/taxii2/", "/api/incidents?sort=-outlets"]:
            assert client.get(url).status_code == 200, url
        assert client.get("/api/incidents", params={"limit": 500}).json()["items"]
        assert client.post("/api/documents", json={"text": "x"}).status_code in (401, 403)
