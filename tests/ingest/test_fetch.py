"""URL reading: opt-in, robots.txt obeyed, private addresses refused unless allowed, sizes and redirects bounded.
A local HTTP server on 127.0.0.1 stands in for the web (so these tests also show the loopback refusal)."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tocsin.errors import InputError
from tocsin.ingest.fetch import Fetcher, drafts_from_url, refused_address

pytest.importorskip("httpx")

PAGE = ("<html><head><title>Gunmen attack a restaurant in Lima</title></head><body><article><h1>Gunmen attack a restaurant in Lima</h1>"
        "<p>LIMA, Peru — Two men on a motorcycle shot at the front of a restaurant in San Juan de Lurigancho on Sunday night, police said, "
        "in the third attack on businesses in the district this month. No one was hurt.</p><p>The owner had reported that a gang "
        "demanded 500 soles a month from him, and officers detained a suspect in Ate on Monday.</p></article></body></html>")
FEED = ("<?xml version='1.0'?><rss version='2.0'><channel><title>Local Wire</title><item><title>One</title><link>http://x/1</link>"
        "<description>Police in Lima detained a suspect in the shooting at a restaurant in San Juan de Lurigancho on Monday, "
        "investigators said, and are looking for a second man seen on camera riding the motorcycle used in the attack.</description>"
        "</item></channel></rss>")
OPML = "<?xml version='1.0'?><opml version='2.0'><body><outline text='wire' xmlUrl='{base}/feed'/></body></opml>"


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 (the standard library's name)
        base = f"http://127.0.0.1:{self.server.server_port}"
        routes = {
            "/robots.txt": ("text/plain", "User-agent: *\nDisallow: /private/\n"),
            "/article": ("text/html; charset=utf-8", PAGE),
            "/private/secret": ("text/html", PAGE),
            "/feed": ("application/rss+xml", FEED),
            "/list.opml": ("text/x-opml", OPML.format(base=base)),
            "/huge": ("text/html", "<html><body>" + "x" * 50_000 + "</body></html>"),
        }
        if self.path == "/moved":
            self.send_response(302)
            self.send_header("Location", "/article")
            self.end_headers()
            return
        if self.path not in routes:
            self.send_response(404)
            self.end_headers()
            return
        ctype, body = routes[self.path]
        data = body.encode()
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):  # quiet
        pass


@pytest.fixture(scope="module")
def site():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


def test_loopback_private_and_link_local_hosts_are_refused_by_default(site):
    with pytest.raises(InputError, match="loopback"):
        Fetcher().get(f"{site}/article")
    assert "private" in refused_address("10.1.2.3") and "link-local" in refused_address("169.254.169.254")
    with pytest.raises(InputError, match="only http and https"):
        Fetcher().get("file:///etc/passwd")


def test_an_allowed_fetch_reads_pages_feeds_and_opml_lists(site):
    fetcher = Fetcher(allow_private=True)
    (page,) = list(drafts_from_url(f"{site}/article", fetcher))
    assert "motorcycle" in page.text and page.url == f"{site}/article"
    (entry,) = list(drafts_from_url(f"{site}/feed", fetcher))
    assert entry.outlet == "Local Wire" and "detained a suspect" in entry.text
    assert [d.outlet for d in drafts_from_url(f"{site}/list.opml", fetcher)] == ["Local Wire"]
    (moved,) = list(drafts_from_url(f"{site}/moved", fetcher))
    assert moved.url == f"{site}/article"  # the redirect followed, and checked again


def test_robots_size_and_status_are_obeyed(site):
    fetcher = Fetcher(allow_private=True, max_bytes=10_000)
    with pytest.raises(InputError, match="robots.txt"):
        fetcher.get(f"{site}/private/secret")
    with pytest.raises(InputError, match="over the limit"):
        fetcher.get(f"{site}/huge")
    with pytest.raises(InputError, match="HTTP 404"):
        fetcher.get(f"{site}/nowhere")


def test_ingest_reads_urls_only_when_asked(site, config, store):
    from tocsin.pipeline import run_ingest

    report = run_ingest([f"{site}/article"], store, config)
    assert report.stored == 0 and "opt-in" in report.rejected[0].reason
    report = run_ingest([f"{site}/article"], store, config, fetcher=Fetcher())
    assert report.stored == 0 and "loopback" in report.rejected[0].reason
    report = run_ingest([f"{site}/article", f"{site}/nowhere"], store, config, fetcher=Fetcher(allow_private=True))
    assert report.stored == 1 and len(report.rejected) == 1 and report.rejected[0].source == f"{site}/nowhere"
