"""A newsroom on the loopback address, for the tests and the bench of ``tocsin run``: an HTTP server of feeds, OPML
lists, news sitemaps, article pages and GDELT-shaped JSON that answers conditional requests as a careful web
server does (ETag, Last-Modified, 304), counts what it is asked and sends, and can be told to answer a path
with a run of errors (429 with Retry-After, 503) or slowly. Also a webhook receiver that keeps what it is sent.

Nothing here touches the network beyond 127.0.0.1.
"""

from __future__ import annotations

import hashlib
import html
import json
import random
import threading
import time
from collections import Counter, defaultdict
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

LAST_MODIFIED = formatdate(1767225600, usegmt=True)  # 2026-01-01: every page's Last-Modified


class Newsroom:
    """``routes``: path -> (content type, body). ``errors``: path -> statuses to answer, one per request, before
    the route's own answer. ``slow``: path -> seconds to wait before answering."""

    def __init__(self):
        self.routes: dict[str, tuple[str, bytes]] = {}
        self.errors: dict[str, list[int]] = defaultdict(list)
        self.slow: dict[str, float] = {}
        self.retry_after = "1"
        self.hits: Counter = Counter()  # requests per path
        self.sent: Counter = Counter()  # body bytes per path
        self.statuses: Counter = Counter()  # answers per (path, status)
        self.in_flight = self.most_at_once = 0  # requests held now (while a slow path sleeps), and the most there have been at once
        self._lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self.server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.server.server_port}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def add(self, path: str, body: str | bytes, ctype: str = "text/html; charset=utf-8") -> str:
        self.routes[path] = (ctype, body.encode() if isinstance(body, str) else body)
        return self.base + path

    def count(self, path: str, status: int, sent: int) -> None:
        with self._lock:
            self.hits[path] += 1
            self.statuses[(path, status)] += 1
            self.sent[path] += sent

    def reset(self) -> None:
        with self._lock:
            self.hits.clear()
            self.sent.clear()
            self.statuses.clear()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def _handler(room: Newsroom):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self):  # noqa: N802 (the standard library's name)
            self._get(self.path)

        def _get(self, path: str) -> None:
            # counted while the request is held, before its answer is written: a client that has its answer may start
            # the next request while this thread is still on its way out, which is no second request at once
            with room._lock:
                room.in_flight += 1
                room.most_at_once = max(room.most_at_once, room.in_flight)
            try:
                time.sleep(room.slow.get(path, 0))
            finally:
                with room._lock:
                    room.in_flight -= 1
            if room.errors.get(path):
                return self._answer(path, room.errors[path].pop(0), b"", {"Retry-After": room.retry_after})
            if path not in room.routes:
                return self._answer(path, 404, b"", {})
            ctype, body = room.routes[path]
            etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
            if self.headers.get("If-None-Match") == etag or (not self.headers.get("If-None-Match")
                                                              and self.headers.get("If-Modified-Since") == LAST_MODIFIED):
                return self._answer(path, 304, b"", {"ETag": etag})
            self._answer(path, 200, body, {"Content-Type": ctype, "ETag": etag, "Last-Modified": LAST_MODIFIED})

        def _answer(self, path: str, status: int, body: bytes, headers: dict) -> None:
            room.count(path, status, len(body))
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):  # quiet
            pass

    return Handler


class Inbox:
    """A webhook receiver on 127.0.0.1: keeps each POST (headers and body); answers ``failures`` 500s first."""

    def __init__(self, failures: int = 0):
        self.received: list[tuple[dict, bytes]] = []
        self.failures = failures
        inbox = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                failing = inbox.failures > 0
                inbox.failures -= failing
                if not failing:
                    inbox.received.append(({k.lower(): v for k, v in self.headers.items()}, body))
                self.send_response(500 if failing else 204)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/hook"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def rss(title: str, items: list[dict]) -> str:
    """An RSS 2.0 feed; each item a dict of title, link, and description (text or HTML) or none."""
    e = html.escape
    body = "".join(f"<item><title>{e(i['title'])}</title><link>{e(i['link'])}</link>"
                   + (f"<description>{e(i['description'])}</description>" if i.get("description") else "")
                   + f"<pubDate>{i.get('date', 'Mon, 05 Jan 2026 10:00:00 GMT')}</pubDate></item>" for i in items)
    return f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>{e(title)}</title>{body}</channel></rss>"


def opml(urls: list[str]) -> str:
    outlines = "".join(f"<outline type='rss' text='{html.escape(u)}' xmlUrl='{html.escape(u)}'/>" for u in urls)
    return f"<?xml version='1.0'?><opml version='2.0'><head><title>feeds</title></head><body>{outlines}</body></opml>"


def news_sitemap(items: list[dict]) -> str:
    """A news sitemap: each item's loc and its news: publication, language, date and title."""
    e = html.escape
    urls = "".join(f"<url><loc>{e(i['link'])}</loc><news:news><news:publication><news:name>{e(i['outlet'])}</news:name>"
                   f"<news:language>{i.get('language', 'en')}</news:language></news:publication>"
                   f"<news:publication_date>{i.get('date', '2026-01-05')}</news:publication_date><news:title>{e(i['title'])}"
                   "</news:title></news:news></url>" for i in items)
    return ("<?xml version='1.0' encoding='UTF-8'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'"
            f" xmlns:news='http://www.google.com/schemas/sitemap-news/0.9'>{urls}</urlset>")


def gdelt(items: list[dict]) -> str:
    """The JSON of a GDELT DOC 2.0 article list (mode=artlist, format=json)."""
    return json.dumps({"articles": [{"url": i["link"], "url_mobile": "", "title": i["title"], "seendate": "20260105T100000Z",
                                     "socialimage": "", "domain": i.get("outlet", "example.org"),
                                     "language": i.get("gdelt_language", "English"), "sourcecountry": ""} for i in items]})


def article(title: str, text: str, canonical: str | None = None, outlet: str = "Loopback News") -> str:
    """An article page, its paragraphs in <article>, naming its canonical URL if given."""
    e = html.escape
    link = f'<link rel="canonical" href="{e(canonical)}">' if canonical else ""
    paragraphs = "".join(f"<p>{e(p)}</p>" for p in text.split("\n\n") if p.strip())
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>{e(title)}</title>{link}"
            f"<meta property='og:site_name' content='{e(outlet)}'></head><body><nav><a href='/'>Home</a></nav>"
            f"<article><h1>{e(title)}</h1>{paragraphs}</article><footer>Loopback News</footer></body></html>")


WORDS = ("police prosecutors officers detained arrested investigators market harbour district council witnesses"
         " residents vehicle motorcycle warehouse shipment container border checkpoint customs province governor mayor"
         " court judge hearing statement spokesman evidence camera footage neighbourhood school hospital bridge river"
         " farm road highway bus station airport port office bank shop restaurant workers drivers families teachers"
         " students nurses doctors farmers fishermen traders officials agents patrol unit team report audit budget"
         " contract permit licence fine tax debt loan payment money cash account record file list map plan schedule").split()


def filler(seed: int, words: int = 70) -> str:
    """An article-length text no other seed's is a near-copy of: sentences of words drawn with ``seed``."""
    rng = random.Random(seed)
    sentences = []
    while sum(len(s.split()) for s in sentences) < words:
        sentences.append(" ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 14))).capitalize() + ".")
    return " ".join(sentences)
