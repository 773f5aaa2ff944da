"""What the linker compares when a report takes its date from the rest of its story (read with the model, stored)."""

import pytest


@pytest.mark.model
def test_incidents_a_date_carried_from_the_story_is_no_evidence_that_two_reports_are_one(tmp_path):
    from tocsin.config import Config
    from tocsin.pipeline import run_ingest
    from tocsin.store import open_store
    from tocsin.store.linking import events_of_type

    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "plea.txt").write_text("title: Taco Bell killer pleads guilty\npublished: 2009-03-31\n\nTaco Bell killer pleads guilty.\n\n"
                                     "A Charleston man pleaded guilty Monday to the murder of his girlfriend in a restaurant parking lot last July. "
                                     "Prosecutors said the two had argued for months before the shooting, and a sentencing date was not set.\n", encoding="utf-8")
    path = str(tmp_path / "store.db")
    with open_store(path) as store:
        run_ingest([str(folder)], store, Config(store=path))
        stored = store.fetch("SELECT date_basis, date_value FROM events WHERE type = 'conviction' ORDER BY idx")
        rows = events_of_type(store, "conviction")
    assert ("story", "2009-03-30") in {(r["date_basis"], r["date_value"]) for r in stored}  # kept with the record
    story = next(r for r in rows if r["date_basis"] == "story")
    assert story["date_precision"] == "publication" and story["date_begin"] == "2009-03-31"  # the linker compares it undated
