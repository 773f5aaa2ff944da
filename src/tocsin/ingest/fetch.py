"""Articles and feeds from URLs: opt-in network reading (``tocsin ingest --fetch URL``).

A URL is fetched only when the user asked for the network, and then
politely and defensively:

- http and https only; the host is resolved once and refused when any of
  its addresses is not globally reachable (``addresses``: private,
  loopback, link-local, shared, reserved…, also when carried inside an IPv6
  address), unless ``allow_private`` says so, and the connection goes to an
  address that was checked (``pinned``), never to a second look-up's answer;
  every redirect is checked the same way, at most 5;
- the site's robots.txt is read (once per host) and obeyed for tocsin's
  user agent;
- connect and read timeouts, and one time limit for the whole URL (robots.txt,
  redirects, connect, headers and body); the body is read up to the size
  limit and the rest refused;
- an HTML page is one article (trafilatura); an RSS or Atom feed gives one
  article per entry (``feed``); an OPML list names feeds, each fetched the
  same way, lists in lists at most ``MAX_DEPTH`` deep, and no URL twice in
  a run; XML is parsed with entities and DTDs off (``untrusted_xml``).

``Fetcher.get`` gives a 200's body or an InputError; ``Fetcher.fetch`` gives any answer (a 304, a 429 with its
Retry-After) to a request with headers of the caller's, for the conditional requests of ``tocsin run``
(``sources.polite``). Every failure is a Rejection naming the URL and the reason; the batch goes on.
Environment proxies are not used: a proxy would look the host up itself,
past the address check.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Iterator
from urllib.parse import urldefrag, urljoin, urlsplit
from urllib.robotparser import RobotFileParser

from ..errors import InputError
from ..models import Skipped
from .addresses import checked_addresses

USER_AGENT = "tocsin/0.1 (research on public reporting; reads robots.txt)"
MAX_REDIRECTS = 5
REDIRECTS = (301, 302, 303, 307, 308)  # not 304: "not modified" is an answer, and carries no Location
TIMEOUT = (10.0, 20.0)  # connect, and each read (seconds)
TIME_LIMIT = 60.0  # seconds for a whole URL: its robots.txt, redirects, connects, headers and body
MAX_DEPTH = 3  # an OPML list may name lists, and those lists, this many levels below the URL asked for


@dataclass(frozen=True)
class Response:
    """What one fetch got: the final status (200, 304, 429, 503 …), body, content type, the URL after redirects and
    the response's headers (lower-case names)."""

    status: int
    body: bytes
    content_type: str
    url: str
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Fetcher:
    """One run's reader of the network: robots.txt is read once per site and kept. ``requests`` and ``received``
    count what it asked and got (robots.txt and redirects included): what a cycle costs."""

    max_bytes: int = 20_000_000
    allow_private: bool = False
    time_limit: float = TIME_LIMIT
    requests: int = 0
    received: int = 0
    _robots: dict[str, RobotFileParser | None] = field(default_factory=dict)
    _ssl_context: object = field(default=None, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _robot_locks: dict[str, threading.Lock] = field(default_factory=dict, repr=False)

    def get(self, url: str, check_robots: bool = True) -> tuple[bytes, str, str]:
        """(body, content type, final URL) of a URL, or InputError saying why not; all of it within ``time_limit``."""
        r = self.fetch(url, check_robots=check_robots)
        if r.status != 200:
            raise InputError(url, f"the server answered HTTP {r.status}")
        return r.body, r.content_type, r.url

    def fetch(self, url: str, headers: dict[str, str] | None = None, check_robots: bool = True) -> Response:
        """The Response to a GET with extra ``headers`` (If-None-Match, If-Modified-Since), whatever its status;
        InputError when the URL is refused or cannot be fetched within ``time_limit``."""
        from .pinned import Deadline

        return self._get(url, check_robots, Deadline(self.time_limit), headers or {})

    def _get(self, url: str, check_robots: bool, deadline, headers: dict[str, str]) -> Response:
        """Follow redirects by hand, so that every hop's host is resolved and checked before it is connected to."""
        for _ in range(MAX_REDIRECTS + 1):
            parts = urlsplit(url)
            if parts.scheme not in ("http", "https") or not parts.hostname:
                raise InputError(url, "only http and https URLs are fetched")
            try:
                addresses = checked_addresses(parts.hostname, self.allow_private)
            except InputError as e:
                raise InputError(url, e.reason) from None
            if check_robots and not self._allowed(url, deadline):
                raise InputError(url, "the site's robots.txt disallows it for tocsin")
            location, response = self._request(url, addresses, deadline, headers)
            if location is None:
                return response
            url = urljoin(url, location)
        raise InputError(url, f"more than {MAX_REDIRECTS} redirects")

    def _request(self, url: str, addresses: list[str], deadline, headers: dict[str, str]) -> tuple[str | None, Response | None]:
        """One GET, connected to one of the checked ``addresses``: (redirect location, None) or (None, response)."""
        import httpx

        from .pinned import PinnedTransport

        transport = PinnedTransport(addresses, deadline, self._ssl())
        timeout = httpx.Timeout(TIMEOUT[1], connect=TIMEOUT[0])
        self._count(requests=1)
        try:
            with httpx.Client(transport=transport, trust_env=False, timeout=timeout, follow_redirects=False) as client, \
                    client.stream("GET", url, headers={"User-Agent": USER_AGENT, **headers}) as r:
                if r.status_code in REDIRECTS and "location" in r.headers:
                    return r.headers["location"], None
                body = self._body(url, r) if r.status_code == 200 else b""
                return None, Response(r.status_code, body, r.headers.get("content-type", ""), url, dict(r.headers))
        except httpx.HTTPError as e:
            if deadline.passed:
                raise InputError(url, f"took longer than {deadline.seconds:g} s (the limit for one URL)") from None
            raise InputError(url, f"cannot fetch: {type(e).__name__}: {e}") from None

    def _count(self, requests: int = 0, received: int = 0) -> None:
        with self._lock:  # a cycle fetches from several threads
            self.requests += requests
            self.received += received

    def _body(self, url: str, response) -> bytes:
        body = bytearray()
        for chunk in response.iter_bytes():
            body += chunk
            self._count(received=len(chunk))
            if len(body) > self.max_bytes:
                raise InputError(url, f"the page is over the limit of {self.max_bytes:,} bytes")
        return bytes(body)

    def _ssl(self):
        """One TLS context for the run (loading the CA bundle takes a while); SSL_CERT_FILE and SSL_CERT_DIR are obeyed."""
        if self._ssl_context is None:
            import httpx

            self._ssl_context = httpx.create_ssl_context()
        return self._ssl_context

    def _allowed(self, url: str, deadline) -> bool:
        parts = urlsplit(url)
        root = f"{parts.scheme}://{parts.netloc}"
        with self._lock:
            site_lock = self._robot_locks.setdefault(root, threading.Lock())
        with site_lock:  # threads asking one site at once read its robots.txt once
            if root not in self._robots:
                self._robots[root] = self._robots_txt(root, deadline)
        parser = self._robots[root]
        return parser is None or parser.can_fetch(USER_AGENT, url)

    def _robots_txt(self, root: str, deadline) -> RobotFileParser | None:
        """A site's robots.txt, parsed; None when it has none (or none readable): nothing is disallowed."""
        try:
            response = self._get(root + "/robots.txt", False, deadline, {})
        except InputError:
            return None
        if response.status != 200:
            return None
        parser = RobotFileParser()
        parser.parse(response.body.decode("utf-8", "replace").splitlines())
        return parser


def drafts_from_url(url: str, fetcher: Fetcher, fetched: set[str] | None = None,
                    trail: tuple[str, ...] = ()) -> Iterator:
    """Drafts from one URL: an article page, a feed's entries, an OPML list's feeds. Never raises: whatever goes
    wrong with a URL is an InputError naming it, and the list that named it goes on with its other feeds.

    ``fetched`` holds the URLs this run has fetched (one set per run): none is fetched twice. ``trail`` holds
    the lists that led to this URL: a URL on it is a loop, and a URL more than MAX_DEPTH lists down is not fetched."""
    fetched = set() if fetched is None else fetched
    key = urldefrag(url).url
    if key in trail:
        yield InputError(url, "named again by an OPML list it leads to (a loop): not fetched again")
    elif len(trail) > MAX_DEPTH:
        yield InputError(url, f"named by OPML lists nested more than {MAX_DEPTH} deep: not fetched")
    elif key in fetched:
        yield Skipped(url, "fetched already in this run")
    else:
        fetched.add(key)
        yield from _guarded(url, _drafts(url, fetcher, fetched, trail + (key,)))


def _guarded(url: str, drafts: Iterator) -> Iterator:
    """The drafts of one URL, ended by an InputError naming it when reading it fails in any way."""
    try:
        yield from drafts
    except InputError as e:
        yield e
    except (RecursionError, MemoryError) as e:
        yield InputError(url, f"too deeply nested or too large to parse ({type(e).__name__})")
    except Exception as e:  # noqa: BLE001 - a parser's bug on one hostile document is that URL's rejection, not the batch's end
        yield InputError(url, f"cannot be read: {type(e).__name__}: {str(e)[:200]}")


def _drafts(url: str, fetcher: Fetcher, fetched: set[str], trail: tuple[str, ...]) -> Iterator:
    """What one fetched URL holds, by its first element (XML) or content type: a list, a feed or a page."""
    from .feed import drafts_from_feed, is_feed
    from .html import draft_from_html
    from .sources import decode
    from .untrusted_xml import root_name

    body, ctype, final = fetcher.get(url)
    fetched.add(urldefrag(final).url)
    root = root_name(body, final)
    if root == "opml":
        for feed_url in opml_feeds(body, final):
            yield from drafts_from_url(feed_url, fetcher, fetched, trail)
    elif root in ("rss", "feed", "rdf") or is_feed(ctype, body[:500].lstrip().lower()):
        yield from drafts_from_feed(body, final)
    else:
        html, repaired = decode(body, final)
        if repaired:
            yield repaired
        yield draft_from_html(final, html, url=final)


def opml_feeds(body: bytes, source: str) -> list[str]:
    """The feed URLs an OPML list names, relative ones resolved against the list's own URL."""
    from .untrusted_xml import parse

    root = parse(body, source)
    return [urljoin(source, o.get("xmlUrl").strip()) for o in root.iter("outline") if o.get("xmlUrl")]
