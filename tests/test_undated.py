"""Undated documents end to end: many real pages and feed items carry no publication date. Such a document is
read, stored, linked, watched, listed, shown and exported like any other; its happenings are dated by what
its text says or left undated, and an undated report never counts as the first or the latest one."""

from __future__ import annotations

import json
import re

import pytest

from tocsin.config import Config

LIMA = ("title: Bus driver killed in Lima\n\n"
        "LIMA, Peru — Gunmen killed a bus driver in Lima on Monday, police said, and the transport union said drivers"
        " would strike. Police chief Jorge Ramos said the gang Los Pulpos will attack more buses next month unless"
        " drivers pay, and that Tren de Aragua would kill more drivers in Lima before the end of the year.\n")
DATED_LATER = ("title: Second bus driver shot in Lima\noutlet: Lima Test Wire\npublished: 2024-06-03\n\n"
               "LIMA, Peru — Gunmen from Tren de Aragua shot dead a second bus driver in Lima on Sunday, June 2, 2024,"
               " police said, weeks after drivers went on strike over extortion.\n")


@pytest.fixture(scope="module")
def undated_store(tmp_path_factory):
    """The demo corpus with every other article's date removed, an undated Lima article and a later dated one."""
    import shutil

    from tocsin.link import link
    from tocsin.pipeline import run_ingest
    from tocsin.store import open_store
    from tocsin.watch import WatchRules, watch
    from tests.conftest import DEMO

    root = tmp_path_factory.mktemp("undated")
    corpus = root / "corpus"
    shutil.copytree(DEMO, corpus)
    for path in sorted(p for p in corpus.rglob("*") if p.suffix in (".txt", ".md"))[::2]:
        path.write_text(re.sub(r"(?m)^published:.*\n", "", path.read_text(encoding="utf-8")), encoding="utf-8")
    (corpus / "lima-undated.txt").write_text(LIMA, encoding="utf-8")
    (corpus / "lima-later.txt").write_text(DATED_LATER, encoding="utf-8")
    location = str(root / "undated.db")
    with open_store(location) as store:
        report = run_ingest([str(corpus)], store, Config(store=location))
        linked = link(store)
        alerts = watch(store, WatchRules())
        yield store, report, linked, alerts, location


def test_undated_documents_are_stored_linked_and_watched(undated_store):
    store, report, linked, alerts, _ = undated_store
    undated = store.fetch("SELECT id FROM documents WHERE published_at IS NULL")
    assert len(undated) >= 10
    assert linked.documents == report.stored
    assert not store.fetch("SELECT doc_id FROM unlinked_documents")
    assert store.fetch("SELECT COUNT(*) AS n FROM linked_documents")[0]["n"] == report.stored
    assert all(a.occurred is None or re.match(r"\d{4}-\d\d-\d\d", a.occurred) for a in alerts)


def test_an_undated_report_is_never_first_or_latest(undated_store):
    from tocsin.query.linked import footprint

    store = undated_store[0]
    fp = footprint(store, "Tren de Aragua")
    entries = fp["country"] + fp["admin1"] + fp["city"]
    assert entries
    dated = [e for e in entries if e.first_reported]
    assert dated and all(e.last_reported >= e.first_reported for e in dated)
    peru = next(e for e in fp["country"] if e.country == "PE")
    assert peru.first_reported and peru.first_reported.startswith("20")


def test_an_undated_article_keeps_the_dates_its_text_gives(undated_store):
    store = undated_store[0]
    doc = store.fetch("SELECT id FROM documents WHERE title = 'Bus driver killed in Lima'")[0]["id"]
    killings = store.fetch("SELECT date_begin, date_precision FROM events WHERE doc_id = ? AND type = 'killing'", (doc,))
    assert killings and all(k["date_begin"] is None and k["date_precision"] == "unknown" for k in killings)
    dated_doc = store.fetch("SELECT id FROM documents WHERE title = 'Second bus driver shot in Lima'")[0]["id"]
    later = store.fetch("SELECT date_begin FROM events WHERE doc_id = ? AND type = 'killing'", (dated_doc,))
    assert any((k["date_begin"] or "").startswith("2024-06-02") for k in later)


def test_every_listing_and_export_takes_undated_records(undated_store, tmp_path):
    from click.testing import CliRunner

    from tocsin.cli import cli

    location = undated_store[4]
    runner = CliRunner()
    commands = [["docs"], ["events", "--evidence"], ["incidents"], ["groups"], ["group", "Tren de Aragua"], ["claims"],
                ["forecasts"], ["speakers"], ["watch", "--all"], ["stats"], ["claims", "--repeated"], ["places"]]
    for args in commands:
        for extra in ([], ["--json"]) if args[0] not in ("stats",) else ([],):
            result = runner.invoke(cli, ["--store", location, *args, *extra])
            assert result.exit_code == 0, (args, extra, result.output[-800:], result.exception)
    undated = undated_store[0].fetch("SELECT id FROM documents WHERE published_at IS NULL LIMIT 1")[0]["id"]
    result = runner.invoke(cli, ["--store", location, "show", undated])
    assert result.exit_code == 0 and "undated" in result.output
    for fmt in ("stix", "csv", "jsonl", "geojson", "acled"):
        out = tmp_path / f"out-{fmt}"
        result = runner.invoke(cli, ["--store", location, "export", "--format", fmt, "--out", str(out)])
        assert result.exit_code == 0, (fmt, result.output[-800:], result.exception)
    bundle = json.loads((tmp_path / "out-stix").read_text())
    assert not [o for o in bundle["objects"] if any(v in (None, "None", "") for k, v in o.items() if k.endswith(("_seen", "published")))]


def test_every_page_and_api_answer_takes_undated_records(undated_store, desk_app):
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from tests.web.test_pages import PAGES

    store, location = undated_store[0], undated_store[4]
    undated = store.fetch("SELECT id FROM documents WHERE published_at IS NULL ORDER BY id")
    incidents = store.fetch("SELECT id FROM incidents WHERE first_reported IS NULL ORDER BY id")
    with TestClient(desk_app(location), raise_server_exceptions=False) as client:
        urls = PAGES + [f"/documents/{d['id']}" for d in undated[:5]] + [f"/incidents/{i['id']}" for i in incidents[:5]]
        for url in urls:
            assert client.get(url).status_code == 200, url
        for api in ("documents", "events", "incidents", "statements", "forecasts", "alerts", "groups", "timeline",
                    "geo/incidents", "geo/footprint?group=Tren+de+Aragua"):
            r = client.get(f"/api/{api}")
            assert r.status_code == 200, (api, r.text[:300])
        for d in undated[:5]:
            assert client.get(f"/api/documents/{d['id']}").status_code == 200


def test_an_article_posted_without_a_date_is_stored_and_linked(tmp_path, desk_app):
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from tests.conftest import WRITE_TOKEN as token
    from tocsin.store import open_store

    location = str(tmp_path / "posted.db")
    article = {"title": "Bus driver killed in Lima", "text": LIMA.split("\n\n", 1)[1]}
    with TestClient(desk_app(location, token), raise_server_exceptions=False) as client:
        r = client.post("/api/documents", json=article, headers={"Authorization": f"Bearer {token}"})
        assert r.status_code == 201, r.text
        again = client.post("/api/documents", json=article, headers={"Authorization": f"Bearer {token}"})
        assert again.status_code == 200 and "already" in again.text
    with open_store(location) as store:
        assert not store.fetch("SELECT doc_id FROM unlinked_documents")
        assert store.fetch("SELECT COUNT(*) AS n FROM linked_documents")[0]["n"] == 1


def test_an_undated_web_page_is_linked(tmp_path):
    """A page with no date in its markup (as most pages in a web archive read by `spark-read` are)."""
    from tocsin.link import link
    from tocsin.pipeline import run_ingest
    from tocsin.store import open_store

    page = tmp_path / "page.html"
    page.write_text("<html><head><title>Bus driver killed in Lima</title></head><body><article><p>"
                    + LIMA.split("\n\n", 1)[1] + "</p></article></body></html>", encoding="utf-8")
    location = str(tmp_path / "pages.db")
    with open_store(location) as store:
        run_ingest([str(page)], store, Config(store=location))
        report = link(store)
        assert report.documents == 1
