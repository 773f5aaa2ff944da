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
