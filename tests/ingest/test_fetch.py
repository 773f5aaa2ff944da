"""URL reading: opt-in, robots.txt obeyed, private addresses refused unless allowed, sizes, redirects, and
nesting bounded, every failure a rejection. A local HTTP server on 127.0.0.1 stands in for the web (so these tests
also show the loopback refusal)."""

from __future__ import annotations

import threading
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tocsin.errors import InputError
from tocsin.ingest.fetch import MAX_DEPTH, Fetcher, drafts_from_url, refused_address
from tocsin.models import Skipped

pytest.importorskip("httpx")

PAGE = ("<html><head><title>Gunmen attack a restaurant in Lima</title></head><body><article><h1>Gunmen attack a restaurant in Lima</h1>"
        "<p>LIMA, Peru — Two men on a motorcycle shot at the front of a restaurant in San Juan de Lurigancho on Sunday night, police said, "
        "in the third attack on businesses in the district this month. No one was hurt.</p><p>The owner had reported that a gang "
        "demanded 500 soles a month from him, and officers detained a suspect in Ate on Monday.</p></article></body></html>")
FEED = ("<?xml version='1.0'?><rss version='2.0'><channel><title>Local Wire</title><item><title>One</title><link>http://x/1</link>"
        "<description>Police in Lima detained a suspect in the shooting at a restaurant in San Juan de Lurigancho on Monday, "
        "investigators said, and are looking for a second man seen on camera riding the motorcycle used in the attack.</description>"
        "</item></channel></rss>")
OPML = "<opml version='2.0'><body>{outlines}</body></opml>"
OUTLINE = "<outline text='{url}' xmlUrl='{url}'/>"
LATE_DTD = "<?xml version='1.0'?><!-- " + "exported by a reader " * 250 + " --><!DOCTYPE opml [<!ENTITY x SYSTEM 'file:///etc/passwd'>]>"
HITS: Counter = Counter()  # requests per path, over the module's server


def _opml(*urls: str) -> str:
    return OPML.format(outlines="".join(OUTLINE.format(url=u) for u in urls))


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 (the standard library's name)
        HITS[self.path] += 1
        base = f"http://127.0.0.1:{self.server.server_port}"
        chain = [f"{base}/chain/{n}.opml" for n in range(10)]
        routes = {
            "/robots.txt": ("text/plain", "User-agent: *\nDisallow: /private/\n"),
            "/article": ("text/html; charset=utf-8", PAGE),
            "/private/secret": ("text/html", PAGE),
            "/feed": ("application/rss+xml", FEED),
            "/list.opml": ("text/x-opml", _opml(f"{base}/feed")),
            "/huge": ("text/html", "<html><body>" + "x" * 50_000 + "</body></html>"),
            "/malformed.opml": ("text/x-opml", "<?xml version='1.0'?><opml version='2.0'><body><outline xmlUrl='/feed'></opml>"),
            "/self.opml": ("text/x-opml", _opml(f"{base}/self.opml")),
            "/late-dtd.opml": ("text/x-opml", LATE_DTD + _opml(f"{base}/feed")),
            "/twice.opml": ("text/x-opml", _opml(f"{base}/feed", f"{base}/list.opml")),
            **{f"/chain/{n}.opml": ("text/x-opml", _opml(chain[n + 1])) for n in range(9)},
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
    threading.Thread(target=server.serve_forever, daemon=True).start()
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


def test_fetch_source_errors_are_rejections_and_the_batch_goes_on(site, config, store, tmp_path):
    from tocsin.pipeline import run_ingest

    good = tmp_path / "good.txt"
    good.write_text("Gunmen attack a restaurant in Lima\n\n" + PAGE.split("<p>", 1)[1].replace("</p><p>", " ").split("</p>")[0])
    bad, loop, late = (f"{site}/{name}.opml" for name in ("malformed", "self", "late-dtd"))
    before = HITS["/self.opml"]
    report = run_ingest([bad, loop, late, str(good)], store, config, fetcher=Fetcher(allow_private=True))
    assert report.stored == 1
    reasons = {r.source: r.reason for r in report.rejected}
    assert set(reasons) == {bad, loop, late}, reasons
    assert "not well-formed" in reasons[bad] and "loop" in reasons[loop] and "entities" in reasons[late]
    assert HITS["/self.opml"] - before == 1  # the list that names itself, fetched once


def test_fetch_opml_lists_nest_a_bounded_depth_and_no_url_is_fetched_twice(site):
    before = HITS.copy()
    (refused,) = drafts_from_url(f"{site}/chain/0.opml", Fetcher(allow_private=True))
    assert f"nested more than {MAX_DEPTH} deep" in refused.reason and refused.source == f"{site}/chain/{MAX_DEPTH + 1}.opml"
    assert [HITS[f"/chain/{n}.opml"] - before[f"/chain/{n}.opml"] for n in range(10)] == [1] * (MAX_DEPTH + 1) + [0] * (9 - MAX_DEPTH)
    entry, again = drafts_from_url(f"{site}/twice.opml", Fetcher(allow_private=True))  # names /feed, and a list naming /feed
    assert entry.outlet == "Local Wire" and isinstance(again, Skipped) and again.source == f"{site}/feed"


@pytest.mark.parametrize("body, reason", [
    (LATE_DTD.replace(" [<!ENTITY x SYSTEM 'file:///etc/passwd'>]", "") + _opml("http://x/feed"), "has a DTD"),
    (LATE_DTD + _opml("http://x/feed"), "has a DTD"),  # refused at the DOCTYPE, before any entity is read
    ("<opml><body><outline xmlUrl='http://x/feed'>", "not well-formed"),
])
def test_fetch_opml_is_parsed_with_dtds_and_entities_off(body, reason):
    from tocsin.ingest.fetch import opml_feeds

    with pytest.raises(InputError, match=reason):
        opml_feeds(body.encode(), "http://x/list.opml")
    assert opml_feeds(_opml("/feed", "https://y/rss").encode(), "http://x/a/list.opml") == ["http://x/feed", "https://y/rss"]
