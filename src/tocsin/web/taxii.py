"""A read-only TAXII 2.1 server over the store, so that OpenCTI or MISP can pull the record.

One API root (``/taxii2/api1/``) with one collection: the whole STIX export
of the store (share/stix.py). Each object's ``date_added`` is its
``modified`` time, which comes from the store (when its document was stored,
when its incident last changed), so ``added_after`` returns what changed
since a client's last pull. Pages are cut by ``limit`` and continued with
the ``next`` token the previous page gave. The objects are built once per
state of the store and kept until it changes.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import JSONResponse

from .. import query
from ..share.stix import NAMESPACE, Exporter
from ..store import Store
from .api import reader

TAXII = "application/taxii+json;version=2.1"
STIX = "application/stix+json;version=2.1"
COLLECTION = str(uuid.uuid5(NAMESPACE, "collection|record"))
router = APIRouter(prefix="/taxii2", tags=["taxii"], include_in_schema=False)
_cache: dict = {}
_lock = threading.Lock()


def taxii(body: dict, status: int = 200, headers: dict | None = None) -> JSONResponse:
    return JSONResponse(body, status_code=status, media_type=TAXII, headers=headers)


def _accepts(request: Request) -> None:
    accept = request.headers.get("accept", "*/*").replace(" ", "")
    if not any(a in accept for a in ("application/taxii+json", "*/*", "application/*", "application/json")):
        raise HTTPException(406, f"this TAXII server answers {TAXII}")


def objects(store: Store) -> list[tuple[str, str, str, str]]:
    """(date_added, id, version, json) of every object of the collection, in date_added order."""
    revision = query.revision(store)
    with _lock:
        if _cache.get("revision") == revision:
            return _cache["objects"]
    built = []
    for obj in Exporter(store).objects():
        added = str(obj.get("modified") or obj.get("created"))
        stamp = _stamp(added)
        built.append((stamp, obj.id, stamp, obj.serialize()))
    built.sort()
    with _lock:
        _cache.update(revision=revision, objects=built)
    return built


def _stamp(value: str) -> str:
    """A timestamp as TAXII writes it, in UTC to the millisecond (2024-06-01T12:00:00.000Z). Stamps are compared
    as text, so every one is written alike. Raises ValueError for anything but an ISO date or timestamp."""
    try:
        when = dt.datetime.fromisoformat(value.strip())
        if when.tzinfo is not None:
            when = when.astimezone(dt.timezone.utc)
    except OverflowError:  # a time zone pushing it past year 1 or 9999
        raise ValueError(f"{value!r} is out of range") from None
    return when.replace(tzinfo=None).isoformat(timespec="milliseconds") + "Z"


def _collection() -> dict:
    return {"id": COLLECTION, "title": "tocsin record", "can_read": True, "can_write": False, "media_types": [STIX],
            "description": "Every STIX object tocsin exports from this desk's store: reports, groups, places, incidents,"
                           " attributed statements and forecasts."}


def _check(collection: str) -> None:
    if collection != COLLECTION:
        raise HTTPException(404, f"no collection {collection!r}; this server has one: {COLLECTION}")


def _after(value: str) -> str:
    """``added_after`` as a stamp. Anything but a timestamp (or a date, read as its midnight UTC) is a 400: an
    empty page would tell a client that nothing changed."""
    try:
        return _stamp(value)
    except ValueError:
        raise HTTPException(400, f"added_after is a timestamp such as 2024-06-01T00:00:00.000Z, not {value[:40]!r}") from None


def _page(rows: list[tuple], added_after: str | None, next_: str | None, limit: int, types: str | None, ids: str | None) -> tuple[list, bool, str | None]:
    if added_after:
        after = _after(added_after)
        rows = [r for r in rows if r[0] > after]
    if types:
        wanted = set(types.split(","))
        rows = [r for r in rows if r[1].split("--")[0] in wanted]
    if ids:
        wanted = set(ids.split(","))
        rows = [r for r in rows if r[1] in wanted]
    if next_:
        try:
            stamp, oid = next_.split("|", 1)
        except ValueError:
            raise HTTPException(400, "next is the token a previous page gave") from None
        rows = [r for r in rows if (r[0], r[1]) > (stamp, oid)]
    page, more = rows[:limit], len(rows) > limit
    return page, more, f"{page[-1][0]}|{page[-1][1]}" if more and page else None


@router.get("/")
def discovery(request: Request):
    _accepts(request)
    root = str(request.url_for("api_root"))
    return taxii({"title": "tocsin", "description": "The tocsin desk's record as STIX 2.1, read-only.", "default": root,
                  "api_roots": [root]})


@router.get("/api1/", name="api_root")
def api_root(request: Request):
    _accepts(request)
    return taxii({"title": "tocsin record", "versions": [TAXII], "max_content_length": 10_000_000})


@router.get("/api1/collections/")
def collections(request: Request):
    _accepts(request)
    return taxii({"collections": [_collection()]})


@router.get("/api1/collections/{collection}/")
def collection(request: Request, collection: str):
    _accepts(request)
    _check(collection)
    return taxii(_collection())


Limit = Annotated[int, Query(ge=1, le=1000)]
AddedAfter = Annotated[str | None, Query(max_length=64)]


@router.get("/api1/collections/{collection}/objects/")
def get_objects(
    request: Request, collection: str, store: Store = Depends(reader), added_after: AddedAfter = None, limit: Limit = 100,
    next: Annotated[str | None, Query(max_length=200)] = None,
    match_type: Annotated[str | None, Query(alias="match[type]", max_length=500)] = None,
    match_id: Annotated[str | None, Query(alias="match[id]", max_length=5000)] = None,
):
    _accepts(request)
    _check(collection)
    page, more, token = _page(objects(store), added_after, next, limit, match_type, match_id)
    body = {"more": more, "objects": [json.loads(r[3]) for r in page]}
    if token:
        body["next"] = token
    headers = {"X-TAXII-Date-Added-First": page[0][0], "X-TAXII-Date-Added-Last": page[-1][0]} if page else {}
    return taxii(body, headers=headers)


@router.get("/api1/collections/{collection}/objects/{object_id}/")
def get_object(request: Request, collection: str, object_id: str, store: Store = Depends(reader)):
    _accepts(request)
    _check(collection)
    found = [json.loads(r[3]) for r in objects(store) if r[1] == object_id]
    if not found:
        raise HTTPException(404, f"no object {object_id[:100]!r} in the collection")
    return taxii({"more": False, "objects": found})


@router.get("/api1/collections/{collection}/manifest/")
def manifest(
    request: Request, collection: str, store: Store = Depends(reader), added_after: AddedAfter = None, limit: Limit = 100,
    next: Annotated[str | None, Query(max_length=200)] = None,
):
    _accepts(request)
    _check(collection)
    page, more, token = _page(objects(store), added_after, next, limit, None, None)
    body = {"more": more, "objects": [{"id": r[1], "date_added": r[0], "version": r[2], "media_type": STIX} for r in page]}
    if token:
        body["next"] = token
    return taxii(body)
