"""The native MISP export: MISP events built with PyMISP, in a feed folder, checked against the store."""

from __future__ import annotations

import json
import sqlite3

import pytest
from pymisp import MISPEvent

from tocsin.config import Config
from tocsin.query.scope import Scope
from tocsin.share.formats import Options, formats
from tocsin.store import open_store

LATER = """title: Gunmen kill shopkeeper who refused to pay in Guayaquil
outlet: Costa Wire
published: 2025-08-02

GUAYAQUIL, Ecuador — Two gunmen on a motorcycle shot dead a shopkeeper in the Nueva Prosperina district of Guayaquil on Friday night after he refused to pay the weekly extortion demanded by Los Choneros, police said.
"""


def export(store, folder, tlp="clear") -> dict[str, MISPEvent]:
    folder.mkdir(exist_ok=True)
    (written,) = formats()["misp"].write(store, Scope(), Options(tlp=tlp), folder)
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    loaded = {}
    for key in manifest:
        event = MISPEvent()
        event.load_file(str(folder / f"{key}.json"))
        loaded[key] = event
    assert written.count == len(loaded)
    return loaded


@pytest.fixture(scope="module")
def feed(desk_store, tmp_path_factory):
    with open_store(str(desk_store), readonly=True) as store:
        return export(store, tmp_path_factory.mktemp("misp") / "feed", tlp="amber")


def test_misp_one_unpublished_event_per_article_with_its_tlp(feed, desk_store):
    with open_store(str(desk_store), readonly=True) as store:
        titles = sorted(r["title"] for r in store.fetch("SELECT title FROM documents"))
    assert sorted(e.info for e in feed.values()) == titles
    for event in feed.values():
        assert event.published is False and int(event.distribution) == 0  # publishing and sharing are the desk's call
        assert [t.name for t in event.tags] == ["tlp:amber"]
        assert any(a.type in ("link", "text") and "tocsin document" in a.comment for a in event.attributes)


def test_misp_counts_match_the_store(feed, desk_store):
    with open_store(str(desk_store), readonly=True) as store:
        by_title = {r["title"]: r["id"] for r in store.fetch("SELECT id, title FROM documents")}
        for event in feed.values():
            doc = by_title[event.info]
            statements = store.fetch("SELECT COUNT(*) AS n FROM statements WHERE doc_id = ?", (doc,))[0]["n"]
            groups = store.fetch("SELECT COUNT(DISTINCT m.entity_id) AS n FROM mentions m JOIN entities e ON e.id = m.entity_id"
                                 " WHERE m.doc_id = ? AND e.kind = 'group'", (doc,))[0]["n"]
            incidents = store.fetch("SELECT COUNT(DISTINCT ie.incident_id) AS n FROM events e JOIN incident_events ie ON ie.event_id = e.id"
                                    " WHERE e.doc_id = ?", (doc,))[0]["n"]
            places = store.fetch("SELECT COUNT(*) AS n FROM places p WHERE p.lat IS NOT NULL AND p.entity_id IN (SELECT m.entity_id FROM mentions m"
                                 " WHERE m.doc_id = ? UNION SELECT e.place_entity FROM events e WHERE e.doc_id = ?)", (doc, doc))[0]["n"]
            objects = [o.name for o in event.objects]
            assert (objects.count("geolocation"), objects.count("annotation")) == (places, incidents), event.info
            assert len(event.notes) == statements
            assert sum(len(g.clusters) for g in event.galaxies) == groups
            assert all(g.type == "threat-actor" for g in event.galaxies)


def test_misp_a_hedged_tie_keeps_its_words_and_a_note_its_speaker(feed):
    texts = [a.value for e in feed.values() for o in e.objects if o.name == "annotation" for a in o.attributes if a.object_relation == "text"]
    hedged = [t for t in texts if "not a finding" in t]
    assert hedged and any(w in t for t in hedged for w in ("suspected", "described as", "linked to", "alleged"))
    notes = [n for e in feed.values() for n in e.notes]
    assert notes and all(n.authors and "“" in n.note and "tocsin document" in n.note for n in notes)
    places = [a.value for e in feed.values() for o in e.objects if o.name == "geolocation" for a in o.attributes if a.object_relation == "text"]
    assert places and all("tocsin place:" in p for p in places)


@pytest.mark.model
def test_misp_exporting_again_updates_events_and_never_duplicates_them(desk_store, tmp_path):
    from tocsin.link import link
    from tocsin.pipeline import run_ingest

    path = tmp_path / "copy.db"
    with sqlite3.connect(desk_store) as src, sqlite3.connect(path) as dst:
        src.backup(dst)
    with open_store(str(path)) as store:
        before = export(store, tmp_path / "before")
        (tmp_path / "in").mkdir()
        (tmp_path / "in" / "later.txt").write_text(LATER, encoding="utf-8")
        run_ingest([str(tmp_path / "in")], store, Config(store=str(path)))
        link(store)
        after = export(store, tmp_path / "after")
    assert set(before) < set(after) and len(after) == len(before) + 1  # the new article's event, nothing else new
    for key, event in before.items():
        again = after[key]
        assert {o.uuid for o in event.objects} <= {o.uuid for o in again.objects}  # the same objects, by id
        assert again.timestamp >= event.timestamp


def test_misp_a_note_names_its_speaker_once():
    from tocsin.share.stix import speaker_with_descriptor

    assert speaker_with_descriptor("Some", "Some") == "Some"
    assert speaker_with_descriptor("Amos Rojas", "U.S. Marshal for the Southern District of Florida") == (
        "Amos Rojas, U.S. Marshal for the Southern District of Florida")


def test_a_pronoun_the_reader_could_not_resolve_names_no_author():
    """A note's author is a name; "they" left unresolved is said as an unnamed source, in STIX and in MISP alike."""
    from tocsin.share.stix import speaker_name

    said = lambda speaker, unresolved=0: speaker_name({"speaker": speaker, "speaker_unresolved": unresolved})  # noqa: E731
    assert said("they", 1) == "an unnamed source (“they”)" and said("Ellos", 1) == "an unnamed source (“Ellos”)"
    assert said(None) == "an unnamed source" and said("Amos Rojas") == "Amos Rojas"
