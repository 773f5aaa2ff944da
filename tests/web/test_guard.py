"""What every request passes before the application reads it (tocsin.web.guard): an allowed Host, the write
token before a byte of body is read, and the body limit counted as the body streams in."""

from __future__ import annotations

import anyio
import pytest

pytest.importorskip("fastapi")
httpx = pytest.importorskip("httpx")
from click.testing import CliRunner  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402

from tocsin.cli import cli  # noqa: E402
from tocsin.web.guard import MAX_BODY, Hosts  # noqa: E402

from ..conftest import WRITE_TOKEN  # noqa: E402

CHUNK = 64 * 1024
AUTH = {"Authorization": f"Bearer {WRITE_TOKEN}", "Content-Type": "application/json"}


class Chunked:
    """A request body sent in chunks with no Content-Length (as `Transfer-Encoding: chunked` is), counting what the
    server pulled from it."""

    def __init__(self, total: int, chunk: bytes = b" " * CHUNK):
        self.total, self.chunk, self.pulled = total, chunk, 0

    async def __aiter__(self):
        while self.pulled < self.total:
            self.pulled += len(self.chunk)
            yield self.chunk


def post_streamed(app, body, headers: dict | None = None) -> httpx.Response:
    """POST /api/documents through the ASGI interface, pulling the body chunk by chunk only as the app reads it
    (TestClient reads a whole generator body before the app sees it)."""

    async def post():
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1:8000") as client:
            return await client.post("/api/documents", content=body, headers=headers or {"Content-Type": "application/json"})

    return anyio.run(post)


@pytest.fixture(scope="module")
def read_only(desk_store, desk_app):
    return desk_app(desk_store)


@pytest.fixture(scope="module")
def writable(desk_store, desk_app):
    return desk_app(desk_store, WRITE_TOKEN)


@pytest.mark.parametrize("server,headers,status", [
    ("read_only", None, 403), ("read_only", AUTH, 403), ("writable", None, 401),
    ("writable", {"Authorization": f"Bearer {WRITE_TOKEN[:-1]}", "Content-Type": "application/json"}, 401),
])
def test_guard_a_write_without_the_token_is_refused_before_its_body_is_read(request, server, headers, status):
    body = Chunked(300_000_000)
    r = post_streamed(request.getfixturevalue(server), body, headers)
    assert r.status_code == status, r.text
    assert body.pulled <= CHUNK  # the refusal came from the headers: nothing of the 300 MB was held


def test_guard_a_chunked_body_past_the_limit_is_refused_as_it_streams(writable):
    body = Chunked(300_000_000)
    r = post_streamed(writable, body, AUTH)
    assert r.status_code == 413 and f"{MAX_BODY:,} bytes" in r.json()["error"]
    assert MAX_BODY < body.pulled <= MAX_BODY + CHUNK  # read up to the limit, and not a chunk further


def test_guard_a_chunked_body_within_the_limit_reaches_the_endpoint(writable):
    body = Chunked(1, chunk=b'{"text": "too short"}')
    r = post_streamed(writable, body, AUTH)
    assert r.status_code == 422 and "too short" in r.json()["error"]


def test_guard_a_declared_length_past_the_limit_is_refused_unread(writable):
    body = Chunked(MAX_BODY + 1)
    r = post_streamed(writable, body, {**AUTH, "Content-Length": str(MAX_BODY + 1)})
    assert r.status_code == 413 and body.pulled == 0


ACCEPTED = ["127.0.0.1", "127.0.0.1:8000", "localhost:8000", "LOCALHOST", "localhost.", "[::1]:8000", "[::1]", "testserver"]
REFUSED = ["evil.example", "evil.example:8000", "127.0.0.1.evil.example", "localhost.evil.example:8000",
           "localhost@evil.example", "[::2]:8000", "127.0.0.1:99999", "", "*"]


@pytest.fixture(scope="module")
def client(read_only):
    with TestClient(read_only, raise_server_exceptions=False) as c:
        yield c


@pytest.mark.parametrize("host", ACCEPTED)
def test_guard_loopback_hosts_are_answered_and_next_links_name_them(client, host):
    r = client.get("/api/incidents", params={"limit": 1}, headers={"Host": host})
    assert r.status_code == 200, r.text
    assert r.json()["next"].startswith(f"http://{host}/api/incidents?")


@pytest.mark.parametrize("host", REFUSED)
@pytest.mark.parametrize("path", ["/api/incidents?limit=1", "/taxii2/", "/incidents", "/static/desk.css"])
def test_guard_other_hosts_are_refused_and_never_echoed(client, host, path):
    r = client.get(path, headers={"Host": host})
    assert r.status_code == 400, (host, path, r.status_code)
    assert "--allowed-host" in r.text and (not host or host not in r.text)
    assert r.headers["content-security-policy"] and r.headers["x-frame-options"] == "DENY"


def test_guard_a_refused_host_gets_the_answer_of_its_path(client):
    assert client.get("/taxii2/", headers={"Host": "evil.example"}).headers["content-type"].startswith("application/taxii+json")
    assert client.get("/api/stats", headers={"Host": "evil.example"}).json()["status"] == 400
    assert "<h1>" in client.get("/incidents", headers={"Host": "evil.example"}).text


def test_guard_taxii_api_roots_name_the_accepted_host(client):
    body = client.get("/taxii2/", headers={"Host": "localhost:8000"}).json()
    assert body["api_roots"] == ["http://localhost:8000/taxii2/api1/"] and body["default"] == body["api_roots"][0]


def test_guard_allowed_hosts_with_and_without_a_port():
    hosts = Hosts.of(["desk.example.org", "tunnel.example.net:8443", "::1"])
    assert hosts.admit("desk.example.org") and hosts.admit("Desk.Example.Org:443")
    assert hosts.admit("tunnel.example.net:8443") and not hosts.admit("tunnel.example.net:8444")
    assert not hosts.admit("tunnel.example.net") and not hosts.admit("example.org") and not hosts.admit(None)
    for bad in ("*", "", "desk.example.org:0", "http://desk.example.org", "desk example"):
        with pytest.raises(Exception, match="not a host name"):
            Hosts.of([bad])


def test_guard_serve_allows_its_bound_host_and_the_allowed_hosts(desk_store, serve_cli):
    result = CliRunner().invoke(cli, ["--store", str(desk_store), "serve", "--host", "192.0.2.7", "--allowed-host",
                                      "desk.example.org", "--allowed-host", "tunnel.example.net:8443"])
    assert result.exit_code == 0, result.output
    with TestClient(serve_cli["app"], raise_server_exceptions=False) as c:
        for host in ("192.0.2.7:8000", "desk.example.org", "tunnel.example.net:8443", "127.0.0.1:8000"):
            assert c.get("/api/stats", headers={"Host": host}).status_code == 200, host
        for host in ("evil.example", "tunnel.example.net:80", "testserver"):
            assert c.get("/api/stats", headers={"Host": host}).status_code == 400, host


def test_guard_serve_refuses_a_wildcard_allowed_host(desk_store, serve_cli):
    result = CliRunner().invoke(cli, ["--store", str(desk_store), "serve", "--allowed-host", "*"])
    assert result.exit_code != 0 and "not a host name" in result.output and not serve_cli

