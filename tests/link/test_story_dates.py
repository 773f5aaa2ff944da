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


@pytest.mark.model
def test_incidents_no_member_of_an_incident_may_contradict_a_report_that_joins_it(tmp_path):
    """An incident is joined only when none of its reports names other parties: a designation of TdA does not join
    El Aissami's designation through a third report that names no one ("his Treasury designation")."""
    from tocsin.config import Config
    from tocsin.link import link
    from tocsin.pipeline import run_ingest
    from tocsin.store import open_store

    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "order.txt").write_text(
        "title: Invocation of the Act\npublished: 2025-03-15\n\n"
        "In 2017, the Department of the Treasury designated El Aissami as a Specially Designated Narcotics Trafficker under "
        "21 U.S.C. 1901.\n\nEl Aissami is a fugitive facing charges arising from violations of sanctions triggered by his Treasury "
        "designation.\n\nOn February 20, 2025, the Secretary of State designated TdA as a Foreign Terrorist Organization.\n",
        encoding="utf-8")
    path = str(tmp_path / "store.db")
    with open_store(path) as store:
        run_ingest([str(folder)], store, Config(store=path))
        link(store)
        rows = store.fetch("SELECT ev.target_text, ev.date_value, ie.incident_id FROM events ev JOIN incident_events ie"
                           " ON ie.event_id = ev.id WHERE ev.type = 'designation'")
    incident = {r["target_text"]: r["incident_id"] for r in rows if r["target_text"]}
    assert incident["El Aissami"] != incident["TdA"]
    assert "1901" not in {r["date_value"] for r in rows}  # a statute's section is no year
