"""The server-rendered pages over the demo store (no browser: the HTML as served)."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")
from fastapi.testclient import TestClient  # noqa: E402


PAGES = ["/", "/map", "/map?group=Tren+de+Aragua&type=killing", "/timeline", "/timeline?group=Tren+de+Aragua&country=CL",
         "/incidents", "/incidents?min_outlets=2&since=2024-01-01", "/groups", "/groups/group:tren-de-aragua", "/claims",
         "/claims?type=forecast", "/forecasts", "/forecasts?status=observed", "/documents", "/alerts", "/sources", "/search?q=Aragua", "/api"]


@pytest.fixture(scope="module")
def client(any_desk, desk_app):
    with TestClient(desk_app(any_desk), raise_server_exceptions=False) as c:
        yield c


@pytest.mark.parametrize("url", PAGES)
def test_every_page_renders(client, url):
    r = client.get(url)
    assert r.status_code == 200, r.text[:500]
    assert r.headers["content-type"].startswith("text/html") and "<main>" in r.text
    assert "cdn" not in r.text.lower() and "https://unpkg" not in r.text  # nothing from elsewhere


def test_the_incident_page_shows_every_outlet_with_its_evidence_marked(client):
    incident = client.get("/api/incidents", params={"min_outlets": 2, "limit": 1}).json()["items"][0]
    html = client.get(f"/incidents/{incident['id']}").text
    assert html.count('<mark class="evidence">') >= 2
    outlets = set(re.findall(r"<header><b>([^<]+)</b>", html))
    assert len(outlets) >= 2


def test_the_document_page_marks_its_records_and_links_them(client):
    doc = client.get("/api/documents", params={"limit": 50}).json()["items"]
    doc = next(d for d in doc if client.get(f"/api/documents/{d['id']}").json()["events"])
    html = client.get(f"/documents/{doc['id']}").text
    assert 'class="event' in html and "mention mention-" in html and 'href="/entities/' in html
    assert re.search(r'id="e\d+"', html) and 'href="#e' in html


def test_the_group_page_lists_its_footprint_and_speakers(client):
    html = client.get("/groups/group:tren-de-aragua").text
    for country in ("Chile", "Colombia", "Peru"):
        assert country in html
    assert "Who talks about it" in html and 'data-footprint="/api/geo/footprint?group=Tren+de+Aragua"' in html


def test_unknown_records_get_an_error_page_not_a_crash(client):
    for url in ("/incidents/inc-nothing", "/documents/abcdef0123", "/entities/person:nobody", "/groups/No Such Group",
                "/documents/..secret", "/nowhere"):
        r = client.get(url)
        assert r.status_code in (400, 404) and "<h1>" in r.text, url
    assert client.get("/incidents", params={"since": "not a date"}).status_code == 422


def _paged_routes() -> list[tuple[str, str]]:
    """(path, parameter) of every GET route of the desk, page, API or TAXII, that takes an offset or a limit."""
    from fastapi.routing import APIRoute

    from tocsin.web import api, pages, taxii

    def query_names(dependant) -> set[str]:
        return {p.alias for p in dependant.query_params}.union(*(query_names(d) for d in dependant.dependencies))

    found = []
    for route in (*api.router.routes, *pages.router.routes, *taxii.router.routes):
        if isinstance(route, APIRoute) and "GET" in route.methods:
            names = query_names(route.dependant)
            path = route.path.replace("{", "").replace("}", "")  # any value will do: the query is checked first
            found += [(path, name) for name in ("offset", "limit") if name in names]
    return found


@pytest.mark.parametrize("value", ["9223372036854775808", "-9223372036854775809", str(10**30), "-1", "1e3", "NaN"])
def test_pages_offsets_and_limits_out_of_range_are_a_4xx_everywhere(client, value):
    routes = _paged_routes()
    assert {("/incidents", "offset"), ("/claims", "offset"), ("/documents", "offset")} <= set(routes)
    for path, name in routes:
        r = client.get(path, params={name: value})
        assert r.status_code in (400, 422), (path, name, value, r.status_code, r.text[:300])
        assert "OverflowError" not in r.text


@pytest.fixture
def renamed(writable_desk, desk_app):
    """A client over a copy of the desk store, and a function that gives a document of one incident a new URL."""
    import sqlite3

    client = TestClient(desk_app(writable_desk), raise_server_exceptions=False)
    incident = client.get("/api/incidents", params={"limit": 1}).json()["items"][0]["id"]
    doc_id = client.get(f"/api/incidents/{incident}").json()["reports"][0]["doc_id"]

    def set_url(url: str) -> tuple[str, str]:
        with sqlite3.connect(writable_desk) as db:
            db.execute("UPDATE documents SET url = ? WHERE id = ?", (url, doc_id))
        return f"/documents/{doc_id}", f"/incidents/{incident}"

    with client:
        yield client, set_url


@pytest.mark.parametrize("url", ["javascript:alert(document.domain)", "JaVaScRiPt:alert(1)", " javascript:alert(1)",
                                 "java\tscript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:msgbox",
                                 "//evil.example/x", "http:alert(1)", "file:///etc/passwd"])
def test_pages_document_urls_other_than_http_are_never_links(renamed, url):
    client, set_url = renamed
    for page in set_url(url):
        html = client.get(page).text
        assert ">original</a>" not in html, (page, url)
        assert 'href="javascript' not in html.lower() and 'href="data:' not in html


def test_pages_http_document_urls_are_links(renamed):
    client, set_url = renamed
    for page in set_url("https://news.example.org/2024/harbour?x=1&y=2"):
        assert '<a href="https://news.example.org/2024/harbour?x=1&amp;y=2" rel="noopener noreferrer nofollow">original</a>' in client.get(page).text


def test_hedged_group_ties_keep_their_words_on_pages_and_in_the_api(client):
    """An event the reports tie to a group only by a hedge says so wherever it is shown: the API answer carries the
    tie, the incident page its role and strength, the group page how each country's reports tie the group."""
    events = client.get("/api/events", params={"group": "Tren de Aragua", "limit": 200}).json()["items"]
    hedged = [(e, t) for e in events for t in e["ties"] if t["strength"] not in (None, "named", "mentioned")]
    assert hedged and all(t["hedge"] for _, t in hedged)
    assert all(set(t) == {"group", "role", "strength", "hedge", "by"} for e in events for t in e["ties"])
    incidents = client.get("/api/incidents", params={"group": "Tren de Aragua", "limit": 500}).json()["items"]
    # a list shows each group with its strongest tie: a hedged incident stays hedged in the list, the map and the page
    hedged_incidents = [i for i in incidents if i["group_strengths"].get("Tren de Aragua") not in ("actor, named", None)]
    assert hedged_incidents and all(set(i["group_strengths"]) == set(i["groups"]) for i in incidents)
    how = hedged_incidents[0]["group_strengths"]["Tren de Aragua"]
    assert f"({how})" in client.get("/incidents", params={"group": "Tren de Aragua"}).text
    points = client.get("/api/geo/incidents", params={"group": "Tren de Aragua"}).json()["features"]
    assert any(p["properties"]["group_strengths"].get("Tren de Aragua") == how for p in points)
    reports = {r["id"]: i["id"] for i in incidents for r in client.get(f"/api/incidents/{i['id']}").json()["reports"]}
    event, tie = next((e, t) for e, t in hedged if e["id"] in reports)
    html = client.get(f"/incidents/{reports[event['id']]}").text
    assert f"{tie['role']}, {tie['strength']}" in html and tie["hedge"] in html
    assert "How the reports tie the group" in client.get("/groups/group:tren-de-aragua").text


def test_the_sources_page_shows_each_sources_health_and_the_cycles(writable_desk, desk_app):
    from tocsin.sources import add_source
    from tocsin.store import open_store
    from tocsin.store.sources import record_failure, start_run, update_run

    with open_store(str(writable_desk)) as store:
        add_source(store, "https://wire.example/rss", "Example Wire", every=900)
        add_source(store, "https://down.example/feed", every=3600)
        record_failure(store, "https://down.example/feed", "the server answered HTTP 503 3 times", "2030-01-01T00:00:00+00:00")
        start_run(store, "run-1", "desk", 1)
        update_run(store, "run-1", {"sources": 2, "fetched": 1, "new": 7, "requests": 3, "bytes": 5120}, "done")
    with TestClient(desk_app(writable_desk)) as c:
        html = c.get("/sources").text
    assert '<a href="https://wire.example/rss" rel="noopener noreferrer">' in html and "Example Wire" in html
    assert '<tr class="failing">' in html and "HTTP 503 3 times" in html
    assert re.search(r"<td>done</td><td class=\"num\">2</td><td class=\"num\">1</td>", html) and "5120" in html
