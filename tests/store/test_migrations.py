"""A store written by an older tocsin opens in this one and keeps its data."""

import json
import sqlite3

from tocsin import query
from tocsin.store import open_store
from tocsin.store.schema import SCHEMA_VERSION

V1_DOCUMENTS = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO meta VALUES ('schema_version', '1');
CREATE TABLE documents (
    id TEXT PRIMARY KEY, source TEXT NOT NULL, url TEXT, outlet TEXT, title TEXT,
    authors TEXT NOT NULL DEFAULT '[]', published_at TEXT, language TEXT NOT NULL, format TEXT NOT NULL,
    text TEXT NOT NULL, boilerplate_removed INTEGER NOT NULL DEFAULT 0, signature BLOB, ingested_at TEXT NOT NULL
);
INSERT INTO documents VALUES ('abc', 'a.txt', NULL, 'Outlet', 'Old story', '[]', '2021-01-01', 'en', 'text',
    'Text of an old story.', 0, NULL, '2021-01-02T00:00:00+00:00');
"""


def test_store_migrates_version_1_forward(tmp_path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    conn.executescript(V1_DOCUMENTS)
    conn.close()
    with open_store(str(path)) as store:
        assert store.fetch("SELECT value FROM meta WHERE key = 'schema_version'")[0]["value"] == str(SCHEMA_VERSION)
        doc = query.get_document(store, "abc")
        assert doc["title"] == "Old story" and doc["dateline"] is None and doc["times"] == []
        assert query.list_places(store) == []
        assert query.list_events(store) == [] and query.stats(store)["events"] == {}
    with open_store(str(path)) as store:  # opening again is a no-op
        assert json.loads(json.dumps(query.stats(store)))["documents"] == 1


def test_a_version_4_store_gets_its_sort_columns_and_counts(desk_store, tmp_path):
    """Version 5 keeps the order of events and incidents and the mention counts in columns: an older store gets them filled."""
    path = tmp_path / "v4.db"
    with sqlite3.connect(desk_store) as src, sqlite3.connect(path) as dst:
        src.backup(dst)
    with open_store(str(path)) as store:
        expected = {
            "events": store.fetch("SELECT id, happened FROM events ORDER BY id"),
            "incidents": store.fetch("SELECT id, happened FROM incidents ORDER BY id"),
            "entities": store.fetch("SELECT id, mention_count, document_count FROM entities ORDER BY id"),
        }
    conn = sqlite3.connect(path)
    conn.executescript(
        "DROP INDEX entities_kind; DROP INDEX events_happened; DROP INDEX incidents_happened;"
        " ALTER TABLE events DROP COLUMN happened; ALTER TABLE incidents DROP COLUMN happened;"
        " ALTER TABLE entities DROP COLUMN mention_count; ALTER TABLE entities DROP COLUMN document_count;"
        " ALTER TABLE documents DROP COLUMN genre;"
        + "".join(f" ALTER TABLE event_groups DROP COLUMN {c};" for c in ("role", "strength", "hedge", "said_by", "hedge_start", "hedge_end"))
        + " ALTER TABLE statements DROP COLUMN affiliation_hedge; ALTER TABLE events DROP COLUMN date_basis;"
        " ALTER TABLE forecasts DROP COLUMN polarity; ALTER TABLE forecast_matches DROP COLUMN reason;"
        " ALTER TABLE events DROP COLUMN extent_start; ALTER TABLE events DROP COLUMN extent_end;"
        " UPDATE meta SET value = '4' WHERE key = 'schema_version';"
    )
    conn.close()
    with open_store(str(path)) as store:
        assert store.fetch("SELECT id, happened FROM events ORDER BY id") == expected["events"]
        assert store.fetch("SELECT id, happened FROM incidents ORDER BY id") == expected["incidents"]
        assert store.fetch("SELECT id, mention_count, document_count FROM entities ORDER BY id") == expected["entities"]
    assert sum(e["mention_count"] for e in expected["entities"]) > 100
    assert all(e["happened"] for e in expected["events"])
    with open_store(str(path)) as store:  # version 6: the genre column, empty for documents read before it
        assert {d["genre"] for d in query.list_documents(store, 500)} == {None}
        # version 7: the group ties; an event read before them keeps its groups, its ties not assessed
        ties = [t for e in query.list_events(store, limit=500) for t in e["ties"]]
        assert ties and {(t["role"], t["strength"]) for t in ties} == {(None, None)}
        # version 8: an affiliation's hedge, none for statements read before it
        assert {c["affiliation_hedge"] for c in query.list_claims(store, limit=500)} == {None}
        # version 9: what an event's date rests on, not known for events read before it
        assert {e["date_basis"] for e in query.list_events(store, limit=500)} == {None}
        # version 12: a forecast stored before polarity was kept is read as positive; its matches keep no reason
        assert {f["polarity"] for f in query.list_forecasts(store, limit=500)} <= {"positive"}


def test_a_continent_stored_with_a_continent_code_for_country_loses_it(tmp_path):
    """Place index 7 and before gave a continent its code as country ("SA": read as Saudi Arabia); version 10 clears it."""
    path = tmp_path / "v9.db"
    with open_store(str(path)) as store:
        store.execute("INSERT INTO entities (id, kind, name) VALUES ('place:gn-6255150', 'place', 'South America')")
        store.execute("INSERT INTO places (entity_id, geonames_id, name, feature, country, admin1, lat, lon, population, precision)"
                      " VALUES ('place:gn-6255150', 6255150, 'South America', 'continent', 'SA', '', -14.6, -57.7, 0, 'continent')")
        store.execute("ALTER TABLE forecasts DROP COLUMN polarity")  # as version 9 had them
        store.execute("ALTER TABLE forecast_matches DROP COLUMN reason")
        store.execute("ALTER TABLE events DROP COLUMN extent_start")
        store.execute("ALTER TABLE events DROP COLUMN extent_end")
        store.execute("UPDATE meta SET value = '9' WHERE key = 'schema_version'")
    with open_store(str(path)) as store:
        assert store.fetch("SELECT country FROM places WHERE entity_id = 'place:gn-6255150'") == [{"country": ""}]
