"""The REST API over the demo store: every endpoint, its filters, sorting, paging, CSV, bad parameters
(a 4xx with a message, never a 500) and the write-token rule."""

from __future__ import annotations

import csv
import io
from urllib.parse import quote

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")
from fastapi.testclient import TestClient  # noqa: E402

from tocsin.web.guard import MAX_BODY  # noqa: E402

from ..conftest import WRITE_TOKEN as TOKEN  # noqa: E402

LISTS = ["/api/documents", "/api/entities", "/api/groups", "/api/places", "/api/events", "/api/incidents", "/api/statements",
         "/api/speakers", "/api/forecasts", "/api/alerts"]


@pytest.fixture(scope="module")
def client(any_desk, desk_app):
    with TestClient(desk_app(any_desk), raise_server_exceptions=False) as c:
        yield c


@pytest.fixture
def writer(writable_desk, desk_app):
    with TestClient(desk_app(writable_desk, TOKEN), raise_server_exceptions=False) as c:
        yield c


def items(client, url, **params):
    r = client.get(url, params=params)
    assert r.status_code == 200, (url, params, r.text)
    return r.json()["items"]


@pytest.mark.parametrize("url", LISTS)
def test_every_list_answers_a_page_with_its_shape(client, url):
    body = client.get(url, params={"limit": 3}).json()
    assert set(body) == {"items", "count", "limit", "offset", "next"}
    assert body["count"] == len(body["items"]) <= 3 and body["limit"] == 3
    if body["count"] == 3:
        assert "offset=3" in body["next"]


@pytest.mark.parametrize("url", ["/api/documents", "/api/entities", "/api/events", "/api/incidents", "/api/statements"])
def test_pages_do_not_overlap_and_follow_on(client, url):
    first, second = items(client, url, limit=4), items(client, url, limit=4, offset=4)
    both = items(client, url, limit=8)
    key = "id" if "id" in both[0] else "content"
    assert [r[key] for r in first + second] == [r[key] for r in both]


@pytest.mark.parametrize("url", LISTS)
def test_every_list_answers_csv_with_a_header(client, url):
    r = client.get(url, params={"format": "csv", "limit": 5})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    json_rows = items(client, url, limit=5)
    assert len(rows) == len(json_rows)
    if rows:
        assert set(json_rows[0]) <= set(rows[0])


def test_detail_endpoints(client):
    doc = items(client, "/api/documents", limit=1)[0]
    full = client.get(f"/api/documents/{doc['id']}").json()
    assert full["id"] == doc["id"] and full["mentions"] and "events" in full and "statements" in full
    assert client.get(f"/api/documents/{doc['id'][:10]}").json()["id"] == doc["id"]  # a unique prefix is enough
    incident = items(client, "/api/incidents", min_outlets=2, limit=1)[0]
    detail = client.get(f"/api/incidents/{incident['id']}").json()
    assert detail["outlets"] >= 2 and len({r["outlet"] for r in detail["reports"]}) >= 2
    person = items(client, "/api/entities", kind="person", limit=1)[0]
    assert client.get(f"/api/entities/{person['id']}").json()["documents"]
    group = client.get("/api/groups/group:tren-de-aragua").json()
    assert group["group"] == "Tren de Aragua" and group["country"] and group["incidents"] and "aliases" in group
    assert client.get("/api/groups/Tren de Aragua").json()["id"] == group["id"]  # by name too


def test_filters_narrow_the_lists(client):
    everything = items(client, "/api/incidents", limit=1000)
    tda = items(client, "/api/incidents", group="Tren de Aragua", limit=1000)
    assert 0 < len(tda) < len(everything) and all("Tren de Aragua" in r["groups"] for r in tda)
    killings = items(client, "/api/incidents", type="killing", limit=1000)
    assert killings and all(r["type"] == "killing" for r in killings)
    chile = items(client, "/api/events", country="cl", limit=1000)
    assert chile and all(r["country"] == "CL" for r in chile)
    since = items(client, "/api/incidents", since="2024-06-01", until="2024-12-31", limit=1000)
    assert since and all("2024-06-01" <= (r["date_begin"] or r["first_reported"])[:10] <= "2024-12-31" for r in since)
    multi = items(client, "/api/incidents", min_outlets=2, limit=1000)
    assert multi and all(r["outlets"] >= 2 for r in multi)
    officials = items(client, "/api/incidents", target_category="law enforcement", limit=1000)
    assert all("law enforcement" in r["target_categories"] for r in officials)
    forecasts = items(client, "/api/forecasts", status="open")  # the demo has none observed (tests/link/test_link_demo.py)
    assert forecasts and all(r["status"] == "open" for r in forecasts)
    assert all(r["kind"] == "group" for r in items(client, "/api/entities", kind="group"))
    assert all(r["country"] == "CL" for r in items(client, "/api/places", country="CL"))
    assert all(r["claim_type"] == "forecast" for r in items(client, "/api/statements", type="forecast"))
    assert items(client, "/api/search", q="Tren de Aragua")


def test_sorting_orders_rows_both_ways(client):
    up = [r["outlets"] for r in items(client, "/api/incidents", sort="outlets", limit=1000)]
    down = [r["outlets"] for r in items(client, "/api/incidents", sort="-outlets", limit=1000)]
    assert up == sorted(up) and down == sorted(down, reverse=True) and up != down
    dates = [r["published_at"] for r in items(client, "/api/documents", sort="published", limit=1000)]
    assert dates == sorted(dates)


def test_geojson_and_timeline(client):
    fc = client.get("/api/geo/incidents").json()
    assert fc["type"] == "FeatureCollection" and fc["features"]
    lon, lat = fc["features"][0]["geometry"]["coordinates"]
    assert -180 <= lon <= 180 and -90 <= lat <= 90
    narrowed = client.get("/api/geo/incidents", params={"group": "Tren de Aragua"}).json()["features"]
    assert 0 < len(narrowed) < len(fc["features"])
    for f in fc["features"]:  # an area is drawn as its outline, a point as a point
        p = f["properties"]
        if p["place_precision"] == "country":
            assert p["area"]["layer"] == "countries" and p["area"]["id"].isdigit()
        elif p["place_precision"] in ("city", "exact"):
            assert p["area"] is None
    assert any(f["properties"]["area"] for f in fc["features"])
    fp = client.get("/api/geo/footprint", params={"group": "Tren de Aragua"}).json()
    assert fp["group"] == "Tren de Aragua" and {c["country"] for c in fp["countries"]} >= {"CL", "CO", "PE"}  # not VE: tests/share/test_tables.py
    months = client.get("/api/timeline", params={"group": "Tren de Aragua"}).json()["months"]
    assert months and months == sorted(months, key=lambda m: m["month"])
    assert client.get("/api/claims/repeated").json()["items"] is not None
    stats = client.get("/api/stats").json()
    assert stats["documents"] > 20 and stats["incidents"] > 0


BAD = [
    ("/api/incidents", {"since": "yesterday"}, 422), ("/api/incidents", {"until": "2024-13-45"}, 422),
    ("/api/incidents", {"limit": 0}, 422), ("/api/incidents", {"limit": 100_000}, 422), ("/api/incidents", {"offset": -1}, 422),
    ("/api/incidents", {"type": "picnic"}, 422), ("/api/incidents", {"sort": "id; DROP TABLE incidents"}, 422),
    ("/api/incidents", {"country": "Chile"}, 422), ("/api/incidents", {"min_outlets": "many"}, 422),
    ("/api/events", {"modality": "certain"}, 422), ("/api/events", {"min_confidence": 7}, 422),
    ("/api/documents", {"language": "english"}, 422), ("/api/documents", {"format": "xml"}, 422),
    ("/api/statements", {"type": "rumour"}, 422), ("/api/forecasts", {"status": "maybe"}, 422),
    ("/api/search", {}, 422), ("/api/search", {"q": "x" * 600}, 422), ("/api/geo/footprint", {}, 422),
    ("/api/incidents/inc-0000000000", {}, 404), ("/api/documents/ffffffffffff", {}, 404), ("/api/documents/..%2F..%2Fetc", {}, 404), ("/api/documents/..etc", {}, 400),
    ("/api/entities/person:nobody-at-all", {}, 404), ("/api/groups/No Such Group", {}, 404),
    ("/api/geo/footprint", {"group": "No Such Group"}, 404), ("/api/nothing-here", {}, 404),
]


@pytest.mark.parametrize("url,params,status", BAD)
def test_bad_parameters_get_a_clear_4xx(client, url, params, status):
    r = client.get(url, params=params)
    assert r.status_code == status, r.text
    assert r.json()["error"]  # a message saying what is wrong


HOSTILE = ["'", '"', "' OR 1=1 --", "%", "_", "\\", "\x00", "NEAR(", "\"unterminated", "AND", "*", "../../etc/passwd", "ü" * 150]


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_text_in_every_filter_is_never_a_500(client, value):
    for url, name in [("/api/incidents", "group"), ("/api/events", "group"), ("/api/statements", "speaker"),
                      ("/api/statements", "group"), ("/api/entities", "name"), ("/api/documents", "outlet"),
                      ("/api/forecasts", "group"), ("/api/search", "q"), ("/api/timeline", "group")]:
        r = client.get(url, params={name: value})
        assert r.status_code < 500, (url, name, value, r.text)
    quoted = quote(value, safe="")
    for url in (f"/api/incidents/{quoted}", f"/api/entities/{quoted}", f"/api/groups/{quoted}", f"/api/documents/{quoted}"):
        assert client.get(url).status_code < 500, url


def test_the_schema_documents_every_endpoint_and_the_tests_cover_them(client):
    schema = client.get("/openapi.json").json()
    paths = set(schema["paths"])
    covered = {u for u in LISTS} | {"/api/documents/{doc_id}", "/api/incidents/{incident_id}", "/api/entities/{entity_id}",
                                    "/api/groups/{name}", "/api/stats", "/api/search", "/api/timeline", "/api/geo/incidents",
                                    "/api/geo/footprint", "/api/claims/repeated"}
    assert paths == covered
    assert all(op.get("summary") for methods in schema["paths"].values() for op in methods.values())
    assert client.get("/api").status_code == 200 and "/api/incidents" in client.get("/api").text


def test_a_read_only_server_refuses_writes(client, hostile_article):
    r = client.post("/api/documents", json=hostile_article)
    assert r.status_code == 403 and "read-only" in r.json()["error"]
    r = client.post("/api/documents", json=hostile_article, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 403


def test_writes_need_the_token(writer, hostile_article):
    assert writer.post("/api/documents", json=hostile_article).status_code == 401
    assert writer.post("/api/documents", json=hostile_article, headers={"Authorization": "Bearer wrong"}).status_code == 401
    assert writer.post("/api/documents", json=hostile_article, headers={"Authorization": TOKEN}).status_code == 401
    before = writer.get("/api/stats").json()["documents"]
    r = writer.post("/api/documents", json=hostile_article, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["status"] == "stored" and "linked" in body
    assert writer.get("/api/stats").json()["documents"] == before + 1
    again = writer.post("/api/documents", json=hostile_article, headers={"Authorization": f"Bearer {TOKEN}"})
    assert again.status_code == 200 and again.json()["status"] == "already stored"
    bad = writer.post("/api/documents", json={"text": "too short"}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert bad.status_code == 422 and "too short" in bad.json()["error"]
    wrong = writer.post("/api/documents", json={"text": 5}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert wrong.status_code == 422 and "string" in wrong.json()["error"]
    assert writer.get("/api/stats").json()["documents"] == before + 1  # the refused ones left nothing


def test_document_text_is_escaped_never_markup(writer, hostile_article):
    r = writer.post("/api/documents", json=hostile_article, headers={"Authorization": f"Bearer {TOKEN}"})
    page = writer.get(r.json()["url"]).text
    assert "<script>window.__tocsin_pwned" not in page and "<img src=x" not in page
    assert "&lt;script&gt;window.__tocsin_pwned = 2" in page
    assert "&lt;script&gt;window.__tocsin_pwned = 1" in page  # the title too
    found = writer.get("/search", params={"q": "harbour"}).text
    assert "<script>window" not in found


def test_security_headers_and_no_cors_by_default(client):
    r = client.get("/api/stats", headers={"Origin": "https://elsewhere.example"})
    assert "access-control-allow-origin" not in r.headers
    assert "script-src 'self'" in r.headers["content-security-policy"] and r.headers["x-frame-options"] == "DENY"
    assert r.headers["x-content-type-options"] == "nosniff"


def test_cors_only_for_named_origins(desk_store, desk_app):
    with pytest.raises(ValueError, match="wildcard"):
        desk_app(desk_store, allow_origins=("*",))
    with TestClient(desk_app(desk_store, allow_origins=("https://desk.example.org",))) as c:
        assert c.get("/api/stats", headers={"Origin": "https://desk.example.org"}).headers["access-control-allow-origin"] == "https://desk.example.org"
        assert "access-control-allow-origin" not in c.get("/api/stats", headers={"Origin": "https://evil.example"}).headers


def test_oversized_requests_are_refused(writer):
    r = writer.post("/api/documents", content=b"x" * (MAX_BODY + 1),
                    headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"})
    assert r.status_code == 413


def test_the_readers_cannot_write(desk_store):
    from tocsin.errors import StoreError
    from tocsin.store import open_store

    with open_store(str(desk_store), readonly=True) as s:
        with pytest.raises(Exception, match="readonly|read-only|query_only|attempt to write"):
            s.execute("DELETE FROM documents")
    with pytest.raises(StoreError, match="no store"):
        open_store(str(desk_store) + ".missing", readonly=True)


@pytest.mark.parametrize("value", ["' OR 1=1 --", "x' UNION SELECT id, text FROM documents --", "%", "_", "*", "aragua\" OR \"1"])
def test_injection_in_a_filter_matches_nothing_it_should_not(client, value):
    """A filter is a value, never SQL or search syntax: an injection attempt finds what the literal text finds."""
    for url, name in [("/api/incidents", "group"), ("/api/events", "group"), ("/api/statements", "speaker"),
                      ("/api/entities", "name"), ("/api/documents", "outlet")]:
        r = client.get(url, params={name: value})
        assert r.status_code in (200, 400, 422), (url, name, r.text)
        if r.status_code == 200:
            assert r.json()["items"] == [], (url, name, value)


@pytest.mark.parametrize("path", ["/static/../../pyproject.toml", "/static/..%2F..%2F..%2Fpyproject.toml",
                                  "/static/%2e%2e/%2e%2e/store/sqlite.py", "/api/documents/..%2F..%2Fetc%2Fpasswd",
                                  "/api/incidents/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/taxii2/tocsin/collections/..%2F..%2F/objects/"])
def test_path_traversal_in_ids_and_static_files_finds_nothing(client, path):
    r = client.get(path)
    assert r.status_code in (400, 404, 422), (path, r.status_code)
    assert "[project]" not in r.text and "root:" not in r.text and "import sqlite3" not in r.text
