"""The desk's pages, rendered on the server from the same reads as the API.

Templates are Jinja2 with autoescaping on: text from documents is always
escaped, and the only markup built from it is ``highlight.render``'s. No
page has inline script; the map's script reads its data URLs from data
attributes and fetches GeoJSON from the API.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Annotated, Literal
from urllib.parse import urlencode, urlsplit

import jinja2
import pycountry
from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse

from .. import query
from ..errors import NotFound
from ..models import EVENT_TYPES, GENRES, TARGET_CATEGORIES, describe_tie
from ..store import Store
from . import highlight
from .api import ClaimType, Country, Genre, Offset, Since, Text, Until, country_numeric, reader
from .app import HERE, vendored

router = APIRouter(include_in_schema=False)
ENV = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"), autoescape=True)
NAV = (("/", "Overview"), ("/map", "Map"), ("/timeline", "Timeline"), ("/incidents", "Incidents"), ("/groups", "Groups"),
       ("/claims", "Claims"), ("/forecasts", "Forecasts"), ("/documents", "Documents"), ("/alerts", "Alerts"), ("/sources", "Sources"),
       ("/api", "API"))


def _country_name(alpha2: str | None) -> str:
    country = pycountry.countries.get(alpha_2=alpha2 or "")
    return getattr(country, "common_name", country.name) if country else (alpha2 or "")


def _web_url(value) -> bool:
    """Whether a document's URL may be a link: http(s) with a host, nothing a browser would strip. A stored
    ``javascript:`` or ``data:`` URL would run or render in the desk's origin when clicked."""
    if not isinstance(value, str) or any(c.isspace() or not c.isprintable() for c in value):
        return False
    parts = urlsplit(value)
    return parts.scheme.lower() in ("http", "https") and bool(parts.netloc)


ENV.tests["web_url"] = _web_url
ENV.filters["country"] = _country_name
ENV.filters["day"] = lambda v: (v or "")[:10]
ENV.filters["json"] = lambda v: json.dumps(v, ensure_ascii=False)
ENV.filters["tie"] = describe_tie  # how a report ties a group to an event, in its own words


def render(request: Request, template: str, status: int = 200, **context) -> HTMLResponse:
    html = ENV.get_template(template).render(request=request, nav=NAV, path=request.url.path, vendored=vendored(), **context)
    return HTMLResponse(html, status_code=status)


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    return render(request, "error.html", status=status, status_code=status, message=message)


def _params(request: Request, **changes) -> str:
    values = {**request.query_params, **changes}
    return urlencode({k: v for k, v in values.items() if v not in (None, "")})


ENV.globals["params"] = _params
ENV.globals["event_types"] = EVENT_TYPES
ENV.globals["target_categories"] = TARGET_CATEGORIES


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


@router.get("/", response_class=HTMLResponse)
def overview(request: Request, store: Store = Depends(reader)):
    return render(request, "overview.html", stats=query.stats(store), incidents=query.list_incidents(store, limit=10),
                  alerts=query.list_alerts(store, limit=8, newest_first=True), groups=query.list_groups(store, limit=8))


@router.get("/map", response_class=HTMLResponse)
def map_page(
    request: Request, store: Store = Depends(reader), group: Text = None, type: Literal[EVENT_TYPES] | None = None,
    target_category: Literal[TARGET_CATEGORIES] | None = None, since: Since = None, until: Until = None,
):
    filters = {"group": group, "type": type, "target_category": target_category, "since": _iso(since), "until": _iso(until)}
    footprint = None
    if group:
        try:
            footprint = query.footprint(store, group)
        except NotFound:
            footprint = None
    countries = [country_numeric(c.country) for c in footprint["country"]] if footprint else []
    return render(request, "map.html", groups=query.list_groups(store, limit=200), filters=filters, footprint=footprint,
                  data_url="/api/geo/incidents?" + urlencode({k: v for k, v in filters.items() if v}),
                  footprint_url=("/api/geo/footprint?" + urlencode({"group": footprint["group"]})) if footprint else "",
                  countries=",".join(c for c in countries if c))


@router.get("/timeline", response_class=HTMLResponse)
def timeline_page(
    request: Request, store: Store = Depends(reader), group: Text = None, country: Country = None,
    type: Literal[EVENT_TYPES] | None = None,
):
    months = query.timeline(store, group, country, type)
    peak = max((m["incidents"] for m in months), default=1)
    return render(request, "timeline.html", months=months, peak=peak, groups=query.list_groups(store, limit=200),
                  filters={"group": group, "country": (country or "").upper(), "type": type})


@router.get("/incidents", response_class=HTMLResponse)
def incidents_page(
    request: Request, store: Store = Depends(reader), group: Text = None, type: Literal[EVENT_TYPES] | None = None,
    target_category: Literal[TARGET_CATEGORIES] | None = None, country: Country = None, since: Since = None,
    until: Until = None, min_outlets: Annotated[int, Query(ge=1, le=1000)] = 1, offset: Offset = 0,
):
    rows = query.list_incidents(store, group, type, country, _iso(since), min_outlets, 50, offset=offset, until=_iso(until),
                                target_category=target_category)
    return render(request, "incidents.html", incidents=rows, offset=offset, groups=query.list_groups(store, limit=200),
                  filters={"group": group, "type": type, "target_category": target_category, "country": country,
                           "since": _iso(since), "until": _iso(until), "min_outlets": min_outlets})


@router.get("/incidents/{incident_id}", response_class=HTMLResponse)
def incident_page(request: Request, incident_id: str, store: Store = Depends(reader)):
    incident = query.get_incident(store, incident_id[:80])
    return render(request, "incident.html", incident=incident, shown={r.id: _shown(store, r) for r in incident.reports})


def _shown(store: Store, report) -> tuple[dict, tuple[str, str, str]]:
    """A report's evidence in its context, and the evidence cut around the trigger (before, trigger, after): what
    the incident page marks."""
    ctx = query.evidence_context(store, report.doc_id, report.evidence_start, report.evidence_end)
    t0, t1 = report.trigger_start - ctx["start"], report.trigger_end - ctx["start"]
    ev = ctx["evidence"]
    return ctx, (ev[:t0], ev[t0:t1], ev[t1:]) if 0 <= t0 < t1 <= len(ev) else (ev, "", "")


@router.get("/groups", response_class=HTMLResponse)
def groups_page(request: Request, store: Store = Depends(reader)):
    return render(request, "groups.html", groups=query.list_groups(store, limit=500))


@router.get("/groups/{key}", response_class=HTMLResponse)
def group_page(request: Request, key: str, store: Store = Depends(reader)):

    detail = query.group_detail(store, query.group_name(store, key))
    countries = [country_numeric(c.country) for c in detail["country"]]
    peak = max((m["incidents"] for m in detail["timeline"]), default=1)
    return render(request, "group.html", group=detail, peak=peak, countries=",".join(c for c in countries if c),
                  footprint_url="/api/geo/footprint?" + urlencode({"group": detail["group"]}),
                  data_url="/api/geo/incidents?" + urlencode({"group": detail["group"]}))


@router.get("/claims", response_class=HTMLResponse)
def claims_page(
    request: Request, store: Store = Depends(reader), speaker: Text = None, type: ClaimType | None = None, group: Text = None,
    offset: Offset = 0,
):
    return render(request, "claims.html", claims=query.list_claims(store, speaker, type, group, 50, offset=offset), offset=offset,
                  speakers=query.list_speakers(store, 30), repeated=query.claim_clusters(store, 2, 20),
                  filters={"speaker": speaker, "type": type, "group": group})


@router.get("/forecasts", response_class=HTMLResponse)
def forecasts_page(
    request: Request, store: Store = Depends(reader), group: Text = None,
    status: Literal["open", "observed", "expired"] | None = None,
):
    rows = query.list_forecasts(store, group, status, 200)  # each with the incidents that fulfilled it and why
    return render(request, "forecasts.html", forecasts=rows, filters={"group": group, "status": status})


@router.get("/documents", response_class=HTMLResponse)
def documents_page(
    request: Request, store: Store = Depends(reader), outlet: Text = None,
    language: Annotated[str | None, Query(pattern=r"^[a-z]{2,3}$")] = None, offset: Offset = 0,
    genre: Annotated[Genre | None, Query()] = None,
):
    return render(request, "documents.html", documents=query.list_documents(store, 50, offset, language, outlet, genre=genre),
                  offset=offset, filters={"outlet": outlet, "language": language, "genre": genre}, genres=GENRES)


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def document_page(request: Request, doc_id: str, store: Store = Depends(reader)):
    if not doc_id.isalnum() or not doc_id.isascii() or len(doc_id) > 64:
        raise NotFound(f"no document {doc_id[:64]!r}")
    doc = query.get_document(store, doc_id)
    return render(request, "document.html", doc=doc, body=highlight.render(doc["text"], highlight.document_spans(doc)))


@router.get("/entities/{entity_id}", response_class=HTMLResponse)
def entity_page(request: Request, entity_id: str, store: Store = Depends(reader)):
    entity = query.get_entity(store, entity_id[:200])
    if entity["kind"] == "group":
        from fastapi.responses import RedirectResponse

        return RedirectResponse(f"/groups/{entity['id']}", status_code=303)
    return render(request, "entity.html", entity=entity)


@router.get("/alerts", response_class=HTMLResponse)
def alerts_page(request: Request, store: Store = Depends(reader)):
    return render(request, "alerts.html", alerts=query.list_alerts(store, limit=500, newest_first=True))


@router.get("/sources", response_class=HTMLResponse)
def sources_page(request: Request, store: Store = Depends(reader)):
    """What is followed and how it is doing, the latest cycles, and the deliveries given up on."""
    return render(request, "sources.html", sources=query.list_sources(store), runs=query.list_runs(store, 20),
                  dead=query.list_deliveries(store, "dead", 50))


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, store: Store = Depends(reader), q: Annotated[str, Query(max_length=500)] = ""):
    return render(request, "search.html", q=q, results=query.search(store, q, 50) if q.strip() else [])


@router.get("/api", response_class=HTMLResponse)
def api_page(request: Request):
    schema = request.app.openapi()
    endpoints = []
    for path, methods in schema["paths"].items():
        for method, op in methods.items():
            endpoints.append({"method": method.upper(), "path": path, "summary": op.get("summary", ""),
                              "parameters": [{"name": p["name"], "in": p["in"], "required": p.get("required", False),
                                              "description": p.get("description") or p.get("schema", {}).get("description", ""),
                                              "type": _schema_type(p.get("schema", {}))} for p in op.get("parameters", [])],
                              "write": "write" in op.get("tags", [])})
    return render(request, "api.html", endpoints=endpoints, writable=request.app.state.desk.writable)


def _schema_type(schema: dict) -> str:
    if "enum" in schema:
        return " | ".join(map(str, schema["enum"]))
    if "anyOf" in schema:
        return " | ".join(_schema_type(s) for s in schema["anyOf"] if s.get("type") != "null")
    if schema.get("type") == "array":
        return f"list of {_schema_type(schema.get('items', {}))}"
    return schema.get("format") or schema.get("type", "")
