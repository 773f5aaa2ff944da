"""TAXII 2.1: a TAXII client (taxii2-client) pulls the collection from a live `tocsin serve`, paged,
and gets the same objects as the STIX export."""

from __future__ import annotations

import io
import json

import pytest

taxii2 = pytest.importorskip("taxii2client.v21")
httpx = pytest.importorskip("httpx")

from tocsin.share.stix import write_bundle  # noqa: E402
from tocsin.store import open_store  # noqa: E402


@pytest.fixture(scope="module")
def server(desk_store, serve_store):
    with serve_store(desk_store) as base:
        yield base


def exported(desk_store) -> dict[str, dict]:
    out = io.StringIO()
    with open_store(str(desk_store), readonly=True) as s:
        write_bundle(s, out)
    return {o["id"]: o for o in json.loads(out.getvalue())["objects"]}


def test_a_taxii_client_pulls_every_object_in_pages(server, desk_store):
    api_root = taxii2.Server(f"{server}/taxii2/").api_roots[0]
    (collection,) = api_root.collections
    assert collection.can_read and not collection.can_write
    pulled, pages = {}, 0
    for envelope in taxii2.as_pages(collection.get_objects, per_request=40):
        pages += 1
        for obj in envelope.get("objects", []):
            assert obj["id"] not in pulled  # no object twice across pages
            pulled[obj["id"]] = obj
    expected = exported(desk_store)
    assert pages > 3 and pulled == expected


def test_added_after_and_manifest(server):
    collection = taxii2.Server(f"{server}/taxii2/").api_roots[0].collections[0]
    everything = collection.get_manifest(limit=1000)["objects"]
    stamps = sorted({o["date_added"] for o in everything})
    middle = stamps[len(stamps) // 2]
    later = collection.get_objects(added_after=middle, limit=1000)["objects"]
    assert 0 < len(later) < len(everything)
    assert all(o["id"] in {m["id"] for m in everything if m["date_added"] > middle} for o in later)
    one = everything[0]["id"]
    assert collection.get_object(one)["objects"][0]["id"] == one


def test_taxii_errors_are_taxii_errors(server):
    r = httpx.get(f"{server}/taxii2/api1/collections/not-a-collection/objects/")
    assert r.status_code == 404 and r.headers["content-type"].startswith("application/taxii+json")
    assert r.json()["http_status"] == "404"
    r = httpx.get(f"{server}/taxii2/api1/collections/", headers={"Accept": "text/html"})
    assert r.status_code == 406
    r = httpx.get(f"{server}/taxii2/api1/collections/x/objects/", params={"limit": 0})
    assert r.status_code == 422


@pytest.mark.parametrize("value", ["bogus", "yesterday", "2024-13-45T00:00:00Z", "2024-06-01T25:00:00Z", "'; DROP", "x" * 65])
@pytest.mark.parametrize("listing", ["objects", "manifest"])
def test_taxii_added_after_that_is_not_a_timestamp_is_a_400(desk_store, desk_app, listing, value):
    from fastapi.testclient import TestClient

    from tocsin.web.taxii import COLLECTION

    with TestClient(desk_app(desk_store), raise_server_exceptions=False) as client:
        r = client.get(f"/taxii2/api1/collections/{COLLECTION}/{listing}/", params={"added_after": value})
        assert r.status_code in (400, 422), (value, r.status_code, r.text[:200])
        assert r.headers["content-type"].startswith("application/taxii+json") and r.json()["http_status"] == str(r.status_code)
        later = client.get(f"/taxii2/api1/collections/{COLLECTION}/{listing}/", params={"added_after": "2000-01-01T00:00:00+02:00"})
        assert later.status_code == 200 and later.json()["objects"]


def test_taxii_date_added_is_an_rfc3339_timestamp(desk_store, desk_app):
    """The stamps a client is given (and may send back as added_after) are TAXII timestamps, "T" and all."""
    import re

    from fastapi.testclient import TestClient

    from tocsin.web.taxii import COLLECTION

    with TestClient(desk_app(desk_store)) as client:
        entries = client.get(f"/taxii2/api1/collections/{COLLECTION}/manifest/", params={"limit": 1000}).json()["objects"]
    assert entries and all(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", e["date_added"]) for e in entries)
