"""What every request passes before the application sees it, and what every response carries.

In this order, before a byte of the body is read:

1. **Host.** The Host header names a host the desk answers to: loopback
   (127.0.0.1, localhost, [::1]), the address it is bound to, and the names
   given with ``tocsin serve --allowed-host``; else 400. A page on another
   site therefore cannot reach a loopback desk by DNS rebinding, and the
   absolute URLs the desk builds from the Host (``next`` links, the TAXII
   API roots) only ever name a host it accepted.
2. **Writes.** Any method but GET, HEAD and OPTIONS needs a server with a
   write token (else 403) and that token (else 401), so a client without
   it never makes the server hold a body.
3. **Size.** The body is counted as it streams in (a chunked body has no
   Content-Length) and the request is answered 413 past ``MAX_BODY``; the
   rest is never read.

Every response then carries the security headers: the Content-Security-
Policy says that nothing is loaded from elsewhere, and no page may be framed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode

from starlette.datastructures import Headers, MutableHeaders
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..errors import ConfigError

MAX_BODY = 10_000_000  # bytes a request may carry (an uploaded article)
LOOPBACK = ("127.0.0.1", "localhost", "::1")
WILDCARDS = ("0.0.0.0", "::", "")  # bound to every address: no one name to allow
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self';"
    " object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS = {"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff", "X-Frame-Options": "DENY",
                    "Referrer-Policy": "no-referrer"}
_HOST = re.compile(r"(?P<name>\[[0-9a-f:.]+\]|[a-z0-9_.-]+?)\.?(?::(?P<port>[0-9]{1,5}))?")


class BodyTooLarge(HTTPException):
    """The body went past MAX_BODY while it was read: answered 413."""

    def __init__(self):
        super().__init__(413, f"a request may carry at most {MAX_BODY:,} bytes")


def host_key(value: str) -> tuple[str, int | None] | None:
    """(name, port) of a Host header or an allowed host, lowercased, an IPv6 address in brackets; None if
    malformed. The port is None where none is given."""
    value = value.strip().lower()
    if value.count(":") > 1 and not value.startswith("["):
        value = f"[{value}]"  # a bare IPv6 address, as --host takes it
    match = _HOST.fullmatch(value)
    if not match or (match["port"] and not 0 < int(match["port"]) < 65536):
        return None
    return match["name"], int(match["port"]) if match["port"] else None


@dataclass(frozen=True)
class Hosts:
    """The hosts a desk answers to. A name given without a port is allowed on any port; with one, on that port."""

    allowed: frozenset[tuple[str, int | None]]

    @classmethod
    def of(cls, names: Iterable[str] = ()) -> Hosts:
        """Loopback and ``names`` (host or host:port). Raises ConfigError for a name that is not a host."""
        allowed = set()
        for name in (*LOOPBACK, *names):
            key = host_key(name)
            if key is None:
                raise ConfigError(f"{name!r} is not a host name or address (give a name such as desk.example.org,"
                                  " optionally with :port; never *)")
            allowed.add(key)
        return cls(frozenset(allowed))

    def admit(self, header: str | None) -> bool:
        key = host_key(header or "")
        return key is not None and ((key[0], None) in self.allowed or key in self.allowed)


def bound_hosts(host: str) -> tuple[str, ...]:
    """The name of the address ``tocsin serve`` listens on, to allow beside loopback (none for a wildcard)."""
    return () if host.strip() in WILDCARDS else (host,)


ErrorResponse = Callable[[Request, int, str], Response]


class Guard:
    """The ASGI middleware applying the checks above; ``error`` renders a refusal as the path's kind of answer
    (TAXII, API JSON or a page)."""

    def __init__(self, app: ASGIApp, *, desk, hosts: Hosts, error: ErrorResponse):
        self.app, self.desk, self.hosts, self.error = app, desk, hosts, error

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        scope = _without_empty_fields(scope)
        send = _with_security_headers(send)
        refusal = self.refusal(scope)
        if refusal:
            await self.error(Request(scope), *refusal)(scope, receive, send)
            return
        await self.app(scope, _counted(receive), send)

    def refusal(self, scope: Scope) -> tuple[int, str] | None:
        """Why the request is answered before the application sees it (status and message), or None."""
        headers = Headers(scope=scope)
        if not self.hosts.admit(headers.get("host")):
            return 400, ("this desk does not answer to the host this request names; start it with"
                         " --allowed-host NAME to add a name it is reached by")
        if scope["method"] not in SAFE_METHODS:
            refusal = self.desk.refusal(headers.get("authorization"))
            if refusal:
                return refusal
        length = headers.get("content-length")
        if length is not None and (not (length.isascii() and length.isdigit()) or int(length) > MAX_BODY):
            return 413, BodyTooLarge().detail
        return None


def _counted(receive: Receive) -> Receive:
    """``receive`` raising BodyTooLarge once the body's bytes pass MAX_BODY."""
    seen = 0

    async def counted() -> Message:
        nonlocal seen
        message = await receive()
        if message["type"] == "http.request":
            seen += len(message.get("body", b""))
            if seen > MAX_BODY:
                raise BodyTooLarge()
        return message

    return counted


def _with_security_headers(send: Send) -> Send:
    async def sending(message: Message) -> None:
        if message["type"] == "http.response.start":
            headers = MutableHeaders(scope=message)
            for name, value in SECURITY_HEADERS.items():
                headers[name] = value
        await send(message)

    return sending


def _without_empty_fields(scope: Scope) -> Scope:
    """A filter form sends empty fields for "any": drop them, so that they mean what an absent one means."""
    if not scope.get("query_string"):
        return scope
    pairs = parse_qsl(scope["query_string"].decode("latin-1"), keep_blank_values=True)
    return {**scope, "query_string": urlencode([(k, v) for k, v in pairs if v != ""]).encode("latin-1")}


__all__ = ["Guard", "Hosts", "BodyTooLarge", "bound_hosts", "host_key", "MAX_BODY", "CSP"]
