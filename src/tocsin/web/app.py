"""The web desk: one FastAPI application over a store, pages and REST API.

- ``/api/...`` answers JSON (or CSV with ``format=csv``); the OpenAPI schema
  is at ``/openapi.json`` and rendered as a page at ``/api``.
- Every other path is a server-rendered page (Jinja2, autoescaped). The
  front-end libraries are served from ``/static/vendor``, copied there from
  the npm registry by ``make vendor``; nothing is loaded from elsewhere, and
  the Content-Security-Policy says so to the browser.
- Read-only unless started with a write token; a write needs
  ``Authorization: Bearer <token>``, checked (as a SHA-256 digest, in
  constant time: tokens.py) before its body is read.
- Every request passes guard.py first: an allowed Host, the token for a
  write, a body of at most ``MAX_BODY`` bytes however it is sent.

Readers get one read-only SQLite connection per server thread; the one
write endpoint takes a writable store under a lock.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import BadQuery, NotFound, StoreError, TocsinError
from ..store import Store, open_store
from .guard import Guard, Hosts
from .tokens import WriteToken

HERE = Path(__file__).parent
STATIC = HERE / "static"


class Desk:
    """What the application serves: the store's location, its readers, and the write token (its digest) if any."""

    def __init__(self, location: str, token: WriteToken | None = None):
        self.location = location
        self.token = token
        self._local = threading.local()
        self.write_lock = threading.Lock()
        with open_store(location):  # create or migrate once, so that readers find the current schema
            pass

    def reader(self) -> Store:
        store = getattr(self._local, "store", None)
        if store is None:
            store = self._local.store = open_store(self.location, readonly=True)
        return store

    def writer(self) -> Store:
        return open_store(self.location)

    @property
    def writable(self) -> bool:
        return self.token is not None

    def authorized(self, header: str | None) -> bool:
        if not self.token or not header or not header.startswith("Bearer "):
            return False
        return self.token.admits(header.removeprefix("Bearer ").strip())

    def refusal(self, authorization: str | None) -> tuple[int, str] | None:
        """Why a write with this Authorization header is refused (status and message), or None to let it in."""
        if not self.writable:
            return 403, "this server is read-only; start it with a write token to accept articles"
        if not self.authorized(authorization):
            return 401, "a write needs the header Authorization: Bearer <token>"
        return None


def _error(request: Request, status: int, message: str):
    if request.url.path.startswith("/taxii2"):
        return JSONResponse({"title": message.split(";")[0][:200], "description": message, "http_status": str(status)},
                            status_code=status, media_type="application/taxii+json;version=2.1")
    if request.url.path.startswith("/api") or request.url.path == "/openapi.json":
        return JSONResponse({"error": message, "status": status}, status_code=status)
    from .pages import error_page

    return error_page(request, status, message)


def _answer(status: int):
    async def handler(request: Request, exc: Exception):
        return _error(request, status, str(exc))

    return handler


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors():
        where = ".".join(str(x) for x in err.get("loc", ()) if x not in ("query", "path", "body"))
        parts.append(f"{where or 'request'}: {err.get('msg', 'invalid')}")
    return "; ".join(parts)


def create_app(location: str, token: str | WriteToken | None = None, allow_origins: tuple[str, ...] = (),
               allowed_hosts: Iterable[str] = ()) -> FastAPI:
    """The application over the store at ``location``. ``token`` enables writes (refused if weak: tokens.RULE);
    ``allow_origins`` lists the exact origins another site's scripts may call the API from (never ``*``);
    ``allowed_hosts`` the names, beside loopback, that requests may give as their Host (guard.py)."""
    from . import api, pages, taxii

    app = FastAPI(
        title="tocsin",
        summary="A sourced record of who did what to whom, where and when, from public reporting on organized crime.",
        version=_version(),
        docs_url=None,  # FastAPI's interactive pages load their scripts from a CDN; /api renders the schema instead
        redoc_url=None,
    )
    if "*" in allow_origins:
        raise ValueError("a wildcard origin is refused: name the origins that may call the API")
    hosts = Hosts.of(allowed_hosts)
    app.state.desk = Desk(location, _write_token(token))
    app.add_middleware(Guard, desk=app.state.desk, hosts=hosts, error=_error)
    if allow_origins:  # outside the guard, so that a refusal carries the CORS headers a browser needs to read it
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=list(allow_origins), allow_methods=["GET", "POST"],
                           allow_headers=["Authorization", "Content-Type"])

    for kind, status in ((NotFound, 404), (BadQuery, 400), (StoreError, 503), (TocsinError, 400)):
        app.add_exception_handler(kind, _answer(status))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):
        return _error(request, 422, _validation_message(exc))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        return _error(request, exc.status_code, str(exc.detail))

    app.include_router(api.router)
    app.include_router(taxii.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app


def _write_token(token: str | WriteToken | None) -> WriteToken | None:
    """The write token as the desk keeps it: a token given as text is checked against tokens.RULE first."""
    if isinstance(token, str):
        return WriteToken.of(token) if token else None
    return token


def worker_env(location: str, token: WriteToken | None, allow_origins: Iterable[str], allowed_hosts: Iterable[str]) -> dict:
    """What ``tocsin serve --workers N`` tells its worker processes, read back by ``app_from_env``: the write
    token's digest only, so that the token is in no worker's environment."""
    return {"TOCSIN_SERVE_STORE": location, "TOCSIN_WRITE_TOKEN_SHA256": token.digest.hex() if token else "",
            "TOCSIN_ALLOW_ORIGINS": ",".join(allow_origins), "TOCSIN_ALLOWED_HOSTS": ",".join(allowed_hosts)}


def app_from_env() -> FastAPI:
    """The application as configured by ``tocsin serve`` for its worker processes (``worker_env``)."""
    digest = os.environ.get("TOCSIN_WRITE_TOKEN_SHA256")
    return create_app(os.environ["TOCSIN_SERVE_STORE"], WriteToken.from_hex(digest) if digest else None,
                      _listed("TOCSIN_ALLOW_ORIGINS"), _listed("TOCSIN_ALLOWED_HOSTS"))


def _listed(variable: str) -> tuple[str, ...]:
    return tuple(v for v in os.environ.get(variable, "").split(",") if v)


def vendored() -> bool:
    """Whether the front-end libraries were copied in (``make vendor``)."""
    return (STATIC / "vendor" / "leaflet" / "leaflet.js").is_file()


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("tocsin")
    except PackageNotFoundError:
        return "0"


__all__ = ["create_app", "app_from_env", "worker_env", "Desk", "vendored"]
