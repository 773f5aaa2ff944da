"""Articles and feeds from URLs: opt-in network reading (``tocsin ingest --fetch URL``).

A URL is fetched only when the user asked for the network, and then
politely and defensively:

- http and https only; the host is resolved first and refused when any of
  its addresses is private, loopback, link-local, multicast or reserved
  (a URL must not reach into the desk's own network), unless
  ``allow_private`` says so; every redirect is checked again, at most 5;
- the site's robots.txt is read (once per host) and obeyed for tocsin's
  user agent;
- connect and read timeouts; the body is read up to the size limit and the
  rest refused;
- an HTML page is one article (trafilatura); an RSS or Atom feed gives one
  article per entry (``feed``); an OPML list names feeds, each fetched the
  same way.

Every failure is a Rejection naming the URL and the reason; the batch goes on.
"""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass, field
from typing import Iterator
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

from ..errors import InputError

USER_AGENT = "tocsin/0.1 (research on public reporting; reads robots.txt)"
MAX_REDIRECTS = 5
TIMEOUT = (10.0, 20.0)  # connect, read (seconds)


def refused_address(host: str) -> str | None:
    """Why a host may not be fetched (it resolves to a private, loopback, link-local… address), or None."""
    try:
        infos = socket.getaddrinfo(host, None)
    except socket.gaierror as e:
        return f"cannot resolve {host}: {e.strerror}"
    for info in infos:
        ip = ipaddress.ip_address(info[4][0].split("%")[0])
        for kind in ("loopback", "link_local", "private", "multicast", "reserved", "unspecified"):
            if getattr(ip, f"is_{kind}"):
                return f"{host} resolves to {ip}, a {kind.replace('_', '-')} address (refused unless --allow-private)"
    return None


@dataclass
class Fetcher:
    max_bytes: int = 20_000_000
    allow_private: bool = False
    _robots: dict[str, RobotFileParser | None] = field(default_factory=dict)

    def get(self, url: str, check_robots: bool = True) -> tuple[bytes, str, str]:
        """(body, content type, final URL) of a URL, or InputError saying why not."""
        import httpx

        for _ in range(MAX_REDIRECTS + 1):
            parts = urlsplit(url)
            if parts.scheme not in ("http", "https") or not parts.hostname:
                raise InputError(url, "only http and https URLs are fetched")
            if not self.allow_private and (why := refused_address(parts.hostname)):
                raise InputError(url, why)
            if check_robots and not self._allowed(url):
                raise InputError(url, "the site's robots.txt disallows it for tocsin")
            timeout = httpx.Timeout(TIMEOUT[1], connect=TIMEOUT[0])
            try:
                with httpx.stream("GET", url, headers={"User-Agent": USER_AGENT}, timeout=timeout, follow_redirects=False) as r:
                    if r.is_redirect:
                        url = urljoin(url, r.headers.get("location", ""))
                        continue
                    if r.status_code != 200:
                        raise InputError(url, f"the server answered HTTP {r.status_code}")
                    body = bytearray()
                    for chunk in r.iter_bytes():
                        body += chunk
                        if len(body) > self.max_bytes:
                            raise InputError(url, f"the page is over the limit of {self.max_bytes:,} bytes")
                    return bytes(body), r.headers.get("content-type", ""), url
            except httpx.HTTPError as e:
                raise InputError(url, f"cannot fetch: {type(e).__name__}: {e}") from None
        raise InputError(url, f"more than {MAX_REDIRECTS} redirects")

    def _allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        root = f"{parts.scheme}://{parts.netloc}"
        if root not in self._robots:
            parser = RobotFileParser()
            try:
                body, _, _ = self.get(root + "/robots.txt", check_robots=False)
                parser.parse(body.decode("utf-8", "replace").splitlines())
            except InputError:
                parser = None  # no robots.txt (or none readable): nothing is disallowed
            self._robots[root] = parser
        parser = self._robots[root]
        return parser is None or parser.can_fetch(USER_AGENT, url)


def drafts_from_url(url: str, fetcher: Fetcher) -> Iterator:
    """Drafts (or InputErrors) from one URL: an article page, a feed's entries, an OPML list's feeds."""
    from .feed import drafts_from_feed, is_feed
    from .html import draft_from_html
    from .sources import decode

    body, ctype, final = fetcher.get(url)
    head = body[:500].lstrip().lower()
    if b"<opml" in head:
        for feed_url in _opml_feeds(body):
            try:
                yield from drafts_from_url(feed_url, fetcher)
            except InputError as e:
                yield e
        return
    if is_feed(ctype, head):
        yield from drafts_from_feed(body, final)
        return
    html, repaired = decode(body, final)
    if repaired:
        yield repaired
    yield draft_from_html(final, html, url=final)


def _opml_feeds(body: bytes) -> list[str]:
    import xml.etree.ElementTree as ET

    if b"<!ENTITY" in body[:4096].upper() or b"<!DOCTYPE" in body[:4096].upper():
        raise InputError("opml", "an OPML list with a DTD is refused (entity expansion)")
    root = ET.fromstring(body)
    return [o.get("xmlUrl") for o in root.iter("outline") if o.get("xmlUrl")]
