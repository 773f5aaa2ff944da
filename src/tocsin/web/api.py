"""The REST API: every record type, filtered, sorted and paged; JSON or CSV.

Lists answer ``{"items": [...], "count", "limit", "offset", "next"}``, where
``next`` is the URL of the following page (or null). ``format=csv`` answers
the same rows as CSV, nested values flattened (lists joined by "; ").
Bad parameters get a 4xx with a message; ids that do not exist get 404.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Body, Depends, Header, HTTPException, Query, Request
from fastapi.responses import JSONResponse, Response

from .. import query
from ..config import Config
from ..errors import InputError
from ..models import EVENT_TYPES, GENRES, MODALITIES, TARGET_CATEGORIES, to_plain
from ..store import Store

router = APIRouter(prefix="/api", tags=["records"])

EventType = Literal[EVENT_TYPES]
Genre = Literal[GENRES]
TargetCategory = Literal[TARGET_CATEGORIES]
ClaimType = Literal["assertion", "forecast", "recommendation", "opinion"]
Country = Annotated[str | None, Query(pattern=r"^[A-Za-z]{2}$", description="ISO 3166-1 alpha-2 code, e.g. CL")]
Since = Annotated[dt.date | None, Query(description="On or after this ISO date")]
Until = Annotated[dt.date | None, Query(description="On or before this ISO date")]
Text = Annotated[str | None, Query(max_length=200)]
Format = Annotated[Literal["json", "csv"], Query(description="json (default) or csv")]
MAX_OFFSET = 10_000_000  # far past any store, and far inside the 64-bit integers SQLite and PostgreSQL take
Limit = Annotated[int, Query(ge=1, le=1000, description="Rows per page (at most 1,000)")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Rows to skip")]


def _sorts(keys) -> tuple[str, ...]:
    return tuple(prefix + k for k in keys for prefix in ("", "-"))


def _sort(keys):
    return Annotated[Literal[_sorts(keys)] | None, Query(description="Sort key; prefix - for descending")]


DocumentSort = _sort(query.DOCUMENT_SORTS)
EntitySort = _sort(query.ENTITY_SORTS)
PlaceSort = _sort(query.PLACE_SORTS)
EventSort = _sort(query.EVENT_SORTS)
IncidentSort = _sort(query.linked.INCIDENT_SORTS)


def reader(request: Request) -> Store:
    return request.app.state.desk.reader()


class Page:
    """The paging parameters of a list, bounded (pages use ``Offset`` too): a value past them is a 422, never a
    number the database cannot hold."""

    def __init__(self, limit: Limit = 50, offset: Offset = 0):
        self.limit, self.offset = limit, offset


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _flat(value: Any) -> Any:
    if isinstance(value, (list, tuple, set)):
        return "; ".join(_flat(v) if not isinstance(v, dict) else json.dumps(v, ensure_ascii=False) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def to_csv(rows: list[dict]) -> str:
    out = io.StringIO()
    columns: list[str] = []
    for row in rows:
        columns += [k for k in row if k not in columns]
    writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _flat(v) for k, v in row.items()})
    return out.getvalue()


def listing(request: Request, rows: list[dict], page: Page, fmt: str = "json"):
    if fmt == "csv":
        return Response(to_csv(rows), media_type="text/csv; charset=utf-8")
    more = len(rows) == page.limit
    nxt = str(request.url.include_query_params(offset=page.offset + page.limit)) if more else None
    return JSONResponse({"items": rows, "count": len(rows), "limit": page.limit, "offset": page.offset, "next": nxt})


def one(row: dict, fmt: str = "json"):
    if fmt == "csv":
        return Response(to_csv([row]), media_type="text/csv; charset=utf-8")
    return JSONResponse(row)


@router.get("/stats", summary="What the store holds")
def stats(store: Store = Depends(reader)):
    return query.stats(store)


@router.get("/documents", summary="Documents, newest first")
def documents(
    request: Request, page: Page = Depends(), store: Store = Depends(reader),
    language: Annotated[str | None, Query(pattern=r"^[a-z]{2,3}$")] = None, outlet: Text = None,
    since: Since = None, until: Until = None,
    sort: DocumentSort = None,
    genre: Annotated[Genre | None, Query(description="Only documents of this genre, read from the text")] = None,
    format: Format = "json",
):
    rows = query.list_documents(store, page.limit, page.offset, language, outlet, since=_iso(since), until=_iso(until), sort=sort,
                                genre=genre)
    return listing(request, rows, page, format)


@router.get("/documents/{doc_id}", summary="A document with every record extracted from it (id or unique prefix)")
def document(doc_id: str, store: Store = Depends(reader)):
    if not doc_id.isalnum() or not doc_id.isascii() or len(doc_id) > 64:
        raise HTTPException(400, "a document id is hexadecimal (or the start of one)")
    return query.get_document(store, doc_id)


def write_token(request: Request, authorization: Annotated[str | None, Header(description="Bearer <token>")] = None) -> None:
    """The write rule, shown in the schema. The guard applied it already, before the body was read (guard.py);
    it is applied again here so that a write endpoint is never open, whatever stack it is served in."""
    refusal = request.app.state.desk.refusal(authorization)
    if refusal:
        raise HTTPException(*refusal)


@router.post("/documents", summary="Ingest one article (needs the write token)", status_code=201, tags=["write"],
             dependencies=[Depends(write_token)])
def post_document(
    request: Request,
    article: Annotated[dict, Body(description="An object with `text` or `html`, and optionally `url`, `title`, `outlet`,"
                                  " `authors`, `published` (ISO date) and `language`, as in a JSON Lines input.")],
):
    desk = request.app.state.desk
    from ..ingest.ingest import to_document
    from ..ingest.jsonl import draft_from_object
    from ..link import link
    from ..pipeline import store_documents

    try:
        doc = to_document(draft_from_object(article, "api"))
    except InputError as e:
        raise HTTPException(422, e.reason) from None
    with desk.write_lock, desk.writer() as store:
        report = store_documents([doc], store, Config(store=desk.location))
        if report.rejected:
            raise HTTPException(422, report.rejected[0].reason)
        linked = link(store, [doc.id]) if report.stored else None
    status = "stored" if report.stored else "near-duplicate" if report.near_duplicates else "already stored"
    body = {"id": doc.id, "status": status, "url": f"/documents/{doc.id}"}
    if linked:
        body["linked"] = {"incidents_founded": linked.incidents_founded, "events_joined": linked.events_joined,
                          "claims_repeated": linked.claims_repeated}
    return JSONResponse(body, status_code=201 if report.stored else 200)


@router.get("/entities", summary="People, organizations, groups, agencies and places, most mentioned first")
def entities(
    request: Request, page: Page = Depends(), store: Store = Depends(reader),
    kind: Literal["group", "agency", "organization", "person", "place"] | None = None, name: Text = None,
    sort: EntitySort = None,
    format: Format = "json",
):
    return listing(request, query.list_entities(store, kind, name, page.limit, offset=page.offset, sort=sort), page, format)


@router.get("/entities/{entity_id}", summary="One entity, the names linked to it and the documents naming it")
def entity(entity_id: str, store: Store = Depends(reader)):
    return query.get_entity(store, entity_id[:200])


@router.get("/groups", summary="Criminal and armed groups with their reach")
def groups(request: Request, page: Page = Depends(), store: Store = Depends(reader), format: Format = "json"):
    return listing(request, query.list_groups(store, page.limit, offset=page.offset), page, format)


@router.get("/groups/{name}", summary="A group: aliases, footprint by country, division and city, incidents, speakers")
def group(name: str, store: Store = Depends(reader)):
    return to_plain(query.group_detail(store, query.group_name(store, name)))


@router.get("/places", summary="Resolved places with coordinates, most mentioned first")
def places(
    request: Request, page: Page = Depends(), store: Store = Depends(reader), country: Country = None,
    sort: PlaceSort = None,
    format: Format = "json",
):
    return listing(request, query.list_places(store, country, page.limit, offset=page.offset, sort=sort), page, format)


@router.get("/events", summary="Events (who did what to whom, where, when), each with its evidence span")
def events(
    request: Request, page: Page = Depends(), store: Store = Depends(reader),
    group: Text = None, type: EventType | None = None, target_category: TargetCategory | None = None,
    country: Country = None, since: Since = None, until: Until = None,
    modality: Annotated[list[Literal[MODALITIES]] | None, Query(description="Repeat to combine; default asserted and alleged")] = None,
    min_confidence: Annotated[float, Query(ge=0, le=1)] = 0.0,
    sort: EventSort = None,
    format: Format = "json",
):
    rows = query.list_events(store, group, type, target_category, country, _iso(since), tuple(modality or ("asserted", "alleged")),
                             min_confidence, page.limit, offset=page.offset, until=_iso(until), sort=sort)
    return listing(request, rows, page, format)


@router.get("/incidents", summary="Incidents: each happening once, with its outlets and where they disagree")
def incidents(
    request: Request, page: Page = Depends(), store: Store = Depends(reader),
    group: Text = None, type: EventType | None = None, target_category: TargetCategory | None = None,
    country: Country = None, since: Since = None, until: Until = None,
    min_outlets: Annotated[int, Query(ge=1, le=1000)] = 1,
    sort: IncidentSort = None,
    format: Format = "json",
):
    rows = query.list_incidents(store, group, type, country, _iso(since), min_outlets, page.limit, offset=page.offset,
                                until=_iso(until), target_category=target_category, sort=sort)
    return listing(request, [r.to_dict() for r in rows], page, format)


@router.get("/incidents/{incident_id}", summary="One incident with every report and its evidence")
def incident(incident_id: str, store: Store = Depends(reader)):
    return query.get_incident(store, incident_id[:80]).to_dict()


@router.get("/statements", summary="Attributed statements: each is \"speaker said content\", never a fact")
def statements(
    request: Request, page: Page = Depends(), store: Store = Depends(reader),
    speaker: Text = None, type: ClaimType | None = None, group: Text = None, since: Since = None, until: Until = None,
    format: Format = "json",
):
    rows = query.list_claims(store, speaker, type, group, page.limit, offset=page.offset, since=_iso(since), until=_iso(until))
    return listing(request, rows, page, format)


@router.get("/speakers", summary="Who is quoted, how often, with which kinds of claim")
def speakers(request: Request, page: Page = Depends(), store: Store = Depends(reader), format: Format = "json"):
    return listing(request, query.list_speakers(store, page.limit, offset=page.offset), page, format)


@router.get("/claims/repeated", summary="Claims repeated across documents: who said it first, who repeated it")
def repeated(
    request: Request, store: Store = Depends(reader),
    min_documents: Annotated[int, Query(ge=2, le=1000)] = 2,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
):
    rows = query.claim_clusters(store, min_documents, limit)
    return JSONResponse({"items": rows, "count": len(rows), "limit": limit, "offset": 0, "next": None})


@router.get("/forecasts", summary="The forecast ledger with each forecast's status")
def forecasts(
    request: Request, page: Page = Depends(), store: Store = Depends(reader),
    group: Text = None, status: Literal["open", "observed", "expired"] | None = None, format: Format = "json",
):
    return listing(request, query.list_forecasts(store, group, status, page.limit, offset=page.offset), page, format)


@router.get("/alerts", summary="Alerts raised by the watch rules, newest first")
def alerts(
    request: Request, page: Page = Depends(), store: Store = Depends(reader),
    rule: Literal["new country", "new city", "protected target", "rise"] | None = None, format: Format = "json",
):
    return listing(request, query.list_alerts(store, rule, page.limit, offset=page.offset, newest_first=True), page, format)


@router.get("/search", summary="Full-text search over documents")
def search(
    request: Request, q: Annotated[str, Query(min_length=1, max_length=500)], store: Store = Depends(reader),
    limit: Annotated[int, Query(ge=1, le=100)] = 20, format: Format = "json",
):
    return listing(request, query.search(store, q, limit), Page(limit, 0), format)


@router.get("/timeline", summary="Incidents per month by type, for a group, a country or a type")
def timeline(
    store: Store = Depends(reader), group: Text = None, country: Country = None, type: EventType | None = None,
):
    return {"months": query.timeline(store, group, country, type)}


def country_numeric(alpha2: str | None) -> str | None:
    """A country's ISO 3166-1 numeric id, which world-atlas keys its outlines by."""
    import pycountry

    country = pycountry.countries.get(alpha_2=alpha2 or "")
    return country.numeric if country else None


def area(precision: str | None, country: str | None, admin1: str | None) -> dict | None:
    """The shape a map draws for a place that is an area, in the vendored outlines: a country in world-atlas (ISO
    3166-1 numeric id), a U.S. state in us-atlas (FIPS code). None for a point, or an area neither holds."""
    import us

    if precision == "country" and (numeric := country_numeric(country)):
        return {"layer": "countries", "id": numeric}
    if precision == "admin1" and country == "US" and (state := us.states.lookup(admin1 or "")) and state.fips:
        return {"layer": "states", "id": state.fips}
    return None


@router.get("/geo/incidents", summary="Incidents with a place, as GeoJSON points (the outline of an area where the place is one)")
def geo_incidents(
    store: Store = Depends(reader), group: Text = None, type: EventType | None = None,
    target_category: TargetCategory | None = None, country: Country = None, since: Since = None, until: Until = None,
    limit: Annotated[int, Query(ge=1, le=10_000)] = 2000,
):
    rows = query.incident_points(store, group, type, country, _iso(since), _iso(until), target_category, limit)
    features = [
        {"type": "Feature", "id": r.id, "geometry": {"type": "Point", "coordinates": [r.lon, r.lat]},
         "properties": {**{k: getattr(r, k) for k in ("id", "type", "subtype", "date_value", "place", "country", "place_precision",
                                                      "first_reported", "outlets", "documents", "groups", "group_strengths")},
                        "area": area(r.place_precision, r.country, r.admin1)}}
        for r in rows
    ]
    return JSONResponse({"type": "FeatureCollection", "features": features}, media_type="application/geo+json")


@router.get("/geo/footprint", summary="A group's footprint as GeoJSON: its cities with first and last reported")
def geo_footprint(group: Annotated[str, Query(min_length=1, max_length=200)], store: Store = Depends(reader)):
    fp = query.footprint(store, query.group_name(store, group))
    features = [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [c.lon, c.lat]},
         "properties": {k: getattr(c, k) for k in ("place", "country", "admin1", "first_reported", "last_reported", "reports", "outlets", "types")}}
        for c in fp["city"] if c.lat is not None
    ]
    countries = [{k: getattr(c, k) for k in ("country", "first_reported", "last_reported", "reports")} for c in fp["country"]]
    return JSONResponse({"type": "FeatureCollection", "group": fp["group"], "countries": countries, "features": features},
                        media_type="application/geo+json")

