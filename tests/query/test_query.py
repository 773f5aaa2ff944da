"""Text filters, all built by query.contains: the same answer on SQLite and PostgreSQL, whatever is typed."""

import pytest

from tocsin import query
from tocsin.errors import BadQuery
from tocsin.query.scope import Scope

pytestmark = pytest.mark.model


def _exported(store, group):
    sql, params = Scope(group=group).documents()
    return store.fetch(sql, params)


FILTERS = {  # each text filter, and a value that finds something in the demo
    "entities by name": (lambda s, t: query.list_entities(s, name=t), "Aragua"),
    "claims by speaker": (lambda s, t: query.list_claims(s, speaker=t), "Cordero"),
    "claims about a group": (lambda s, t: query.list_claims(s, group=t), "Aragua"),
    "forecasts about a group": (lambda s, t: query.list_forecasts(s, group=t), "Aragua"),
    "events of a group": (lambda s, t: query.list_events(s, group=t), "Aragua"),
    "incidents of a group": (lambda s, t: query.list_incidents(s, group=t), "Aragua"),
    "a group's footprint": (lambda s, t: query.footprint(s, t)["country"], "Aragua"),
    "documents to export": (_exported, "Aragua"),
}


@pytest.mark.parametrize("name", FILTERS)
def test_query_a_nul_in_a_text_filter_is_refused_never_a_match_for_everything(any_demo_store, name):
    """SQLite's LIKE stops reading its pattern at a NUL: "%\\x00%" was "%" and matched every row, "aragua\\x00"
    matched every name ending in "aragua"; PostgreSQL holds no NUL at all. Both now refuse it, saying why."""
    store, _ = any_demo_store
    find, found = FILTERS[name]
    assert find(store, found)
    for typed in ("\x00", "aragua\x00", "\x00x"):
        with pytest.raises(BadQuery, match="cannot hold a NUL"):
            find(store, typed)


def test_query_the_footprint_is_where_a_group_is_not_where_it_was_sent_or_designated(tmp_path):
    """A deportation places its destination and a designation its authority: neither says the group is there.
    The footprint, the group list and the new-country watch read the same events (query.PLACING)."""
    from tocsin.config import Config
    from tocsin.link import link
    from tocsin.pipeline import run_ingest
    from tocsin.store import open_store

    (tmp_path / "chile.txt").write_text(
        "title: Gang cell in Santiago\npublished: 2025-02-03\n\n"
        "SANTIAGO, Chile — Prosecutors said Tren de Aragua operates in Santiago and Valparaíso. The regional prosecutor"
        " told reporters on Monday that investigators had followed the group's finances for two years and that more"
        " hearings would take place in the spring.\n", encoding="utf-8")
    (tmp_path / "sent.txt").write_text(
        "title: Deportation flight\npublished: 2025-03-16\n\n"
        "Two hundred alleged Tren de Aragua members were deported to El Salvador on Sunday, officials said. The flight"
        " left Texas in the morning and landed in the afternoon, and lawyers for several of the men said they would"
        " ask a court to review the decision.\n", encoding="utf-8")
    location = str(tmp_path / "store.db")
    with open_store(location) as store:
        run_ingest([str(tmp_path / "chile.txt"), str(tmp_path / "sent.txt")], store, Config(store=location))
        link(store)
        assert store.fetch("SELECT COUNT(*) AS n FROM events WHERE type = 'extradition'")[0]["n"] == 1  # read, stored
        fp = query.footprint(store, "Tren de Aragua")
        assert [c.country for c in fp["country"]] == ["CL"]
        assert next(g for g in query.list_groups(store) if g["name"] == "Tren de Aragua")["countries"] == 1


def test_query_incidents_and_footprints_are_typed_records_whose_json_keeps_the_columns(any_demo_store):
    """Incidents and the places of a footprint reach the CLI, the desk and the API as records read by attribute,
    not as rows named after SQL columns; their ``to_dict`` is the JSON the API has always answered with."""
    from tocsin.models import Incident, IncidentReport, Presence

    store, _ = any_demo_store
    incidents = query.list_incidents(store, limit=500)
    assert incidents and all(isinstance(i, Incident) and i.reports is None for i in incidents)
    assert list(incidents[0].to_dict())[:3] == ["id", "type", "subtype"] and "reports" not in incidents[0].to_dict()
    detail = query.get_incident(store, incidents[0].id)
    assert detail.reports and all(isinstance(r, IncidentReport) for r in detail.reports)
    assert list(detail.to_dict())[-2:] == ["reports", "group_ties"] and "ties" in detail.to_dict()["reports"][0]
    assert all(isinstance(i, Incident) for i in query.incident_points(store))
    fp = query.footprint(store, "Tren de Aragua")
    assert all(isinstance(p, Presence) for level in ("country", "admin1", "city") for p in fp[level])
    assert fp["country"][0].to_dict()["country"] == fp["country"][0].country


def test_query_a_reach_claimed_as_a_count_is_shown_as_a_claim_with_its_source(tmp_path, desk_app):
    """Issue 19: "present in 30 major U.S. cities, according to …": the count as written, who says it and how surely,
    apart from the places, in the footprint, the group page's data and the events export."""
    from tocsin.config import Config
    from tocsin.pipeline import run_ingest
    from tocsin.query.scope import Scope
    from tocsin.query.tables import TABLES
    from tocsin.store import open_store

    (tmp_path / "reach.txt").write_text(
        "title: A gang's reach\npublished: 2025-02-03\n\n"
        "Tren de Aragua operates in at least eight countries, FBI Director Kash Patel said on Monday. Agents have arrested"
        " dozens of people since January, and the bureau said more arrests would follow in the spring.\n", encoding="utf-8")
    location = str(tmp_path / "store.db")
    with open_store(location) as store:
        run_ingest([str(tmp_path / "reach.txt")], store, Config(store=location))
        fp = query.footprint(store, "Tren de Aragua")
        (claim,) = fp["counts"]
        assert (claim["extent"], claim["speaker"], claim["strength"]) == ("at least eight countries", "Kash Patel", "alleged")
        assert fp["country"] == []  # a count is no place
        sql, params = TABLES["events"].sql(store, Scope())
        rows = store.fetch(sql, params)
        assert [r["extent"] for r in rows if r["type"] == "presence"] == ["at least eight countries"]
    from fastapi.testclient import TestClient

    with TestClient(desk_app(location)) as client:
        page = client.get("/groups/Tren de Aragua").text
        assert "Reach claimed as a count" in page and "at least eight countries" in page and "Kash Patel" in page
        assert client.get("/api/groups/Tren de Aragua").json()["counts"][0]["extent"] == "at least eight countries"
