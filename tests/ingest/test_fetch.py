"""URL reading: opt-in, robots.txt obeyed, private addresses refused unless allowed, sizes, redirects, time and
nesting bounded, every failure a rejection. A local HTTP server on 127.0.0.1 stands in for the web (so these tests
also show the loopback refusal); where a test needs a public host, a stub answers for the resolver and every
connection is sent to the local server, so nothing leaves 127.0.0.1."""

from __future__ import annotations

import ipaddress
import socket
import ssl
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tocsin.errors import InputError
from tocsin.ingest import addresses
from tocsin.ingest.addresses import refused_address
from tocsin.ingest.fetch import MAX_DEPTH, Fetcher, drafts_from_url
from tocsin.models import Skipped

from ..conftest import make_certificate

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


def _drip(handler: BaseHTTPRequestHandler, head: bytes, byte: bytes) -> None:
    """Send ``head``, then one byte every 0.2 s for up to 20 s (or until the client hangs up)."""
    try:
        handler.wfile.write(head)
        for _ in range(100):
            time.sleep(0.2)
            handler.wfile.write(byte)
    except OSError:
        pass


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
            "/echo-host": ("text/plain", self.headers.get("Host", "")),
        }
        if self.path in ("/moved", "/jump"):
            self.send_response(302)
            self.send_header("Location", "/article" if self.path == "/moved" else "http://intranet.example/admin")
            self.end_headers()
            return
        if self.path == "/drip":
            return _drip(self, b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 1000\r\n\r\n", b"x")
        if self.path == "/drip-headers":
            return _drip(self, b"HTTP/1.1 200 OK\r\nX-Slow: ", b"x")
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


def _serve(tls: ssl.SSLContext | None = None) -> ThreadingHTTPServer:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    if tls is not None:
        server.socket = tls.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@pytest.fixture(scope="module")
def site():
    server = _serve()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


PUBLIC = "93.184.216.34"  # a global address, as a stub resolver answers it; nothing is ever sent there
REAL_CONNECT = socket.create_connection


class Wire:
    """Stands in for the network: every TCP connection the fetcher opens is recorded with the address it asked
    for, and made to the local server on ``port`` instead."""

    def __init__(self, port: int):
        self.port, self.dialed = port, []

    def __call__(self, address, *args, **kwargs):
        self.dialed.append(address[0])
        return REAL_CONNECT(("127.0.0.1", self.port), *args, **kwargs)


@pytest.fixture
def wire(monkeypatch, site) -> Wire:
    """The Wire, and a guard under it: a socket asked to connect anywhere but 127.0.0.1 refuses."""
    real = socket.socket.connect

    def loopback_only(sock, address):
        if address[0] != "127.0.0.1":
            raise ConnectionRefusedError(f"a test connected to {address[0]}")
        return real(sock, address)

    wire = Wire(int(site.rsplit(":", 1)[1]))
    monkeypatch.setattr(socket, "create_connection", wire)
    monkeypatch.setattr(socket.socket, "connect", loopback_only)
    return wire


@pytest.fixture
def dns(monkeypatch) -> dict[str, list[list[str]]]:
    """A stub for the one look-up a fetch makes: each host gives its answers in turn, the last one ever after."""
    answers: dict[str, list[list[str]]] = {}

    def resolve(host: str) -> list[str]:
        queue = answers[host]
        return queue.pop(0) if len(queue) > 1 else queue[0]

    monkeypatch.setattr(addresses, "resolve", resolve)
    return answers


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


def _teredo(server: str, client: str) -> str:
    """A Teredo address: 2001::/32, the server's IPv4, flags and port, then the client's IPv4 with its bits flipped."""
    s, c = int(ipaddress.IPv4Address(server)), int(ipaddress.IPv4Address(client))
    return str(ipaddress.IPv6Address((0x20010000 << 96) | (s << 64) | (0x8000_63BF << 32) | (c ^ 0xFFFFFFFF)))


@pytest.mark.parametrize("address, kind", [
    ("100.64.0.1", "shared"), ("100.127.255.254", "shared"), ("0.0.0.0", "this-network"), ("0.1.2.3", "this-network"),
    ("198.18.0.1", "benchmarking"), ("198.19.255.255", "benchmarking"), ("127.0.0.1", "loopback"), ("10.0.0.1", "private"),
    ("172.16.0.1", "private"), ("192.168.1.1", "private"), ("169.254.169.254", "link-local"), ("192.0.2.1", "private"),
    ("224.0.0.1", "multicast"), ("240.0.0.1", "reserved"), ("255.255.255.255", "reserved"), ("::1", "loopback"),
    ("::", "unspecified"), ("fe80::1", "link-local"), ("fc00::1", "private"), ("fec0::1", "site-local"),
    ("ff02::1", "multicast"), ("2001:db8::1", "private"), ("3fff::1", "documentation"),
])
def test_fetch_addresses_not_globally_reachable_are_refused(address, kind):
    assert refused_address(address).endswith(f" {kind} address")


@pytest.mark.parametrize("address, inner", [
    ("::ffff:127.0.0.1", "127.0.0.1"), ("::ffff:10.0.0.1", "10.0.0.1"), ("::127.0.0.1", "127.0.0.1"),
    ("::169.254.169.254", "169.254.169.254"), ("2002:7f00:1::1", "127.0.0.1"), ("2002:c0a8:101::", "192.168.1.1"),
    ("2002:6440:1::", "100.64.0.1"), ("64:ff9b::127.0.0.1", "127.0.0.1"), ("64:ff9b::10.1.2.3", "10.1.2.3"),
    (_teredo("65.54.227.120", "127.0.0.1"), "127.0.0.1"), (_teredo("10.0.0.1", "8.8.8.8"), "10.0.0.1"),
])
def test_fetch_ipv6_addresses_are_judged_by_the_ipv4_they_carry(address, inner):
    assert f"carries {inner}, a" in refused_address(address)


@pytest.mark.parametrize("address", ["8.8.8.8", "93.184.216.34", "2606:4700:4700::1111", "::ffff:8.8.8.8",
                                     "64:ff9b::8.8.8.8", "2002:808:808::1"])
def test_fetch_global_addresses_are_allowed(address):
    assert refused_address(address) is None


def test_fetch_connects_to_the_address_it_checked_not_a_second_answer(dns, wire):
    dns["news.example"] = [[PUBLIC], ["127.0.0.1"]]  # a rebinding name: public to the check, loopback after
    body, _, url = Fetcher().get("http://news.example/echo-host")
    assert wire.dialed == [PUBLIC]  # robots.txt, checked again, got 127.0.0.1 and was refused: it was never dialed
    assert body == b"news.example" and url == "http://news.example/echo-host"


@pytest.mark.parametrize("answers", [[["127.0.0.1"]], [[PUBLIC, "10.0.0.7"]], [["::ffff:127.0.0.1"]], [["2002:7f00:1::1"]]])
def test_fetch_a_host_with_any_refused_address_is_not_connected_to(dns, wire, answers):
    dns["news.example"] = answers
    with pytest.raises(InputError, match="refused unless --allow-private"):
        Fetcher().get("http://news.example/article")
    assert wire.dialed == []


def test_fetch_every_redirect_hop_is_checked_before_it_is_connected_to(dns, wire):
    dns["news.example"], dns["intranet.example"] = [[PUBLIC]], [["10.0.0.7"]]
    with pytest.raises(InputError, match="intranet.example resolves to 10.0.0.7, a private address"):
        Fetcher().get("http://news.example/jump")
    assert set(wire.dialed) == {PUBLIC}


@pytest.fixture
def certificate(tmp_path):
    """A self-signed certificate for news.example (openssl), and the file it is in."""
    return make_certificate(tmp_path, "news.example", "DNS:news.example")


def test_fetch_over_tls_checks_the_urls_host_while_connected_to_the_checked_address(dns, wire, certificate, monkeypatch):
    cert, key = certificate
    names: list[str | None] = []
    tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    tls.load_cert_chain(cert, key)
    tls.sni_callback = lambda sock, name, ctx: names.append(name)
    server = _serve(tls)
    wire.port = server.server_port
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))  # the run's TLS context trusts the test's certificate
    dns["news.example"] = dns["elsewhere.example"] = [[PUBLIC]]
    try:
        body, _, _ = Fetcher().get("https://news.example/echo-host")
        assert body == b"news.example" and set(names) == {"news.example"} and set(wire.dialed) == {PUBLIC}
        with pytest.raises(InputError, match="CERTIFICATE_VERIFY_FAILED"):  # the certificate is checked, against the URL's host
            Fetcher().get("https://elsewhere.example/echo-host", check_robots=False)
    finally:
        server.shutdown()


@pytest.mark.parametrize("path", ["/drip", "/drip-headers"])
def test_fetch_a_url_has_one_time_limit_however_slowly_it_drips(site, path):
    started = time.monotonic()
    with pytest.raises(InputError, match=r"took longer than 1\.5 s"):
        Fetcher(allow_private=True, time_limit=1.5).get(f"{site}{path}")
    assert time.monotonic() - started < 3
