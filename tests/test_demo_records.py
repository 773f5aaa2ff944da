"""What the demo corpus must show once ingested (issues "Places and dates" and "Who said what")."""

import pytest

pytestmark = pytest.mark.model


def test_demo_every_statement_has_a_place_or_unknown_and_a_dated_precision(any_demo_store):
    store, _ = any_demo_store
    rows = store.fetch("SELECT place_entity, place_basis, date_value, date_precision FROM statements")
    assert len(rows) >= 60
    for row in rows:
        assert row["place_basis"] in ("sentence", "dateline", "document", "unknown")
        assert (row["place_entity"] is None) == (row["place_basis"] == "unknown")
        assert row["date_precision"] != "unknown" and row["date_value"]  # every demo article is dated


def test_demo_statements_are_never_stored_as_fact(any_demo_store):
    store, _ = any_demo_store
    assert store.fetch("SELECT COUNT(*) AS n FROM statements WHERE cue = '' OR cue IS NULL")[0]["n"] == 0
    unnamed = store.fetch("SELECT COUNT(*) AS n FROM statements WHERE speaker_entity IS NULL AND speaker_text IS NULL")[0]["n"]
    assert unnamed == 0  # every claim has a speaker, named or described


def test_demo_no_claim_is_attributed_to_a_criminal_group(any_demo_store):
    store, _ = any_demo_store
    rows = store.fetch("SELECT e.name FROM statements s JOIN entities e ON e.id = s.speaker_entity WHERE e.kind = 'group'")
    assert rows == []  # the demo never quotes a gang; a group named near a speaker must not become one


def test_demo_no_forecast_or_policy_statement_is_stored_as_an_event(any_demo_store):
    store, _ = any_demo_store
    inside = store.fetch(
        "SELECT ev.trigger, s.claim_type, SUBSTR(d.text, s.content_start + 1, s.content_end - s.content_start) AS content"
        " FROM events ev JOIN statements s ON s.doc_id = ev.doc_id JOIN documents d ON d.id = ev.doc_id"
        " WHERE s.claim_type IN ('forecast', 'recommendation')"
        " AND ev.trigger_start >= s.content_start AND ev.trigger_end <= s.content_end"
    )
    assert inside == []
    assert store.fetch("SELECT COUNT(*) AS n FROM events WHERE modality NOT IN ('asserted', 'alleged', 'negated')")[0]["n"] == 0


def test_demo_every_event_rests_on_a_sentence_that_holds_its_trigger(any_demo_store):
    store, _ = any_demo_store
    rows = store.fetch(
        "SELECT ev.*, SUBSTR(d.text, ev.trigger_start + 1, ev.trigger_end - ev.trigger_start) AS at_trigger FROM events ev"
        " JOIN documents d ON d.id = ev.doc_id"
    )
    assert len(rows) >= 40
    sentences = {(r["doc_id"], r["start_char"], r["end_char"]) for r in store.fetch("SELECT * FROM sentences")}
    for r in rows:
        assert r["evidence_start"] <= r["trigger_start"] < r["trigger_end"] <= r["evidence_end"]
        assert r["at_trigger"] == r["trigger"] and (r["doc_id"], r["evidence_start"], r["evidence_end"]) in sentences
        for start, end in ((r["actor_start"], r["actor_end"]), (r["target_start"], r["target_end"])):
            assert start is None or r["evidence_start"] <= start < end <= r["evidence_end"]
        assert r["place_basis"] in ("sentence", "story", "dateline", "document", "authority", "unknown") and r["date_precision"] != "unknown"
        assert 0 < r["confidence"] <= 1


def test_demo_every_document_has_its_genre_and_the_list_filters_on_it(any_demo_store):
    from tocsin import query
    from tocsin.models import GENRES

    store, _ = any_demo_store
    genres = {r["genre"]: r["n"] for r in store.fetch("SELECT genre, COUNT(*) AS n FROM documents GROUP BY genre")}
    assert set(genres) <= set(GENRES) and genres.get("news article", 0) >= 10
    releases = query.list_documents(store, 100, genre="press release")
    assert {d["genre"] for d in releases} <= {"press release"} and len(releases) == genres.get("press release", 0)


def test_demo_footprint_of_tren_de_aragua_holds_aurora_with_its_hedged_ties(any_demo_store):
    """Issue 19: the Aurora reports name Tren de Aragua; the footprint places it in the United States (Colorado,
    Aurora) only with the hedges the reports use ("involved people tied to", "people they say are affiliated with")."""
    from tocsin import query

    store, _ = any_demo_store
    found = query.footprint(store, "Tren de Aragua")
    us = next(p for p in found["country"] if p.country == "US")
    assert any(p.admin1 == "CO" for p in found["admin1"]) and any(p.place == "Aurora" for p in found["city"])
    assert us.ties and not any(how.endswith(", named") for how in us.ties)  # hedged, never stated as fact
    assert "actor, linked to" in us.ties and "target, described as" in us.ties
