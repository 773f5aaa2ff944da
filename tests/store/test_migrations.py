"""A store written by an older tocsin opens in this one and keeps its data."""

import json
import sqlite3

from tocsin import query
from tocsin.store import open_store

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
        assert store.fetch("SELECT value FROM meta WHERE key = 'schema_version'")[0]["value"] == "4"
        doc = query.get_document(store, "abc")
        assert doc["title"] == "Old story" and doc["dateline"] is None and doc["times"] == []
        assert query.list_places(store) == []
        assert query.list_events(store) == [] and query.stats(store)["events"] == {}
    with open_store(str(path)) as store:  # opening again is a no-op
        assert json.loads(json.dumps(query.stats(store)))["documents"] == 1
