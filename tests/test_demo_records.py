"""What the demo corpus must show once ingested (issues "Places and dates" and "Who said what")."""

import pytest

pytestmark = pytest.mark.model


def test_demo_every_statement_has_a_place_or_unknown_and_a_dated_precision(demo_store):
    store, _ = demo_store
    rows = store.fetch("SELECT place_entity, place_basis, date_value, date_precision FROM statements")
    assert len(rows) >= 60
    for row in rows:
        assert row["place_basis"] in ("sentence", "dateline", "document", "unknown")
        assert (row["place_entity"] is None) == (row["place_basis"] == "unknown")
        assert row["date_precision"] != "unknown" and row["date_value"]  # every demo article is dated


def test_demo_statements_are_never_stored_as_fact(demo_store):
    store, _ = demo_store
    assert store.fetch("SELECT COUNT(*) AS n FROM statements WHERE cue = '' OR cue IS NULL")[0]["n"] == 0
    unnamed = store.fetch("SELECT COUNT(*) AS n FROM statements WHERE speaker_entity IS NULL AND speaker_text IS NULL")[0]["n"]
    assert unnamed == 0  # every claim has a speaker, named or described


def test_demo_no_claim_is_attributed_to_a_criminal_group(demo_store):
    store, _ = demo_store
    rows = store.fetch("SELECT e.name FROM statements s JOIN entities e ON e.id = s.speaker_entity WHERE e.kind = 'group'")
    assert rows == []  # the demo never quotes a gang; a group named near a speaker must not become one
