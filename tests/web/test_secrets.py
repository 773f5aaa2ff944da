"""The write token: a weak one is refused, the server keeps only its digest (so no worker process has it in its
environment), and it never reaches the server's output, whatever the requests carry, the access log included."""

from __future__ import annotations

import base64
import contextlib
import hashlib
import logging
import os
import secrets
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

httpx = pytest.importorskip("httpx")
from click.testing import CliRunner  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402

from tocsin.cli import cli  # noqa: E402
from tocsin.errors import ConfigError  # noqa: E402
from tocsin.web.logs import RedactTokens, redact  # noqa: E402
from tocsin.web.tokens import HOW, RULE  # noqa: E402

from ..conftest import WRITE_TOKEN as TOKEN  # noqa: E402

TOO_SHORT = "x"


@contextlib.contextmanager
def serving(path, *options: str, token: str = TOKEN):
    """`tocsin serve` on a free loopback port in its own process: (base URL, the process); its output is read
    once it has stopped."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "TOCSIN_WRITE_TOKEN": token}
    server = subprocess.Popen([sys.executable, "-m", "tocsin", "--store", str(path), "serve", "--port", str(port), *options],
                              env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):
            try:
                httpx.get(f"{base}/api/stats", timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        yield base, server
    finally:
        server.terminate()
        try:
            server.output = server.communicate(timeout=40)[0]
        except subprocess.TimeoutExpired:
            server.kill()
            server.output = server.communicate()[0]


def test_secrets_the_token_never_reaches_the_server_output(writable_desk, hostile_article):
    with serving(writable_desk, "--access-log") as (base, server):
        wrong = httpx.post(f"{base}/api/documents", json=hostile_article, headers={"Authorization": f"Bearer {TOKEN[:-1]}x"})
        assert wrong.status_code == 401 and TOKEN not in wrong.text
        right = httpx.post(f"{base}/api/documents", json=hostile_article, headers={"Authorization": f"Bearer {TOKEN}"}, timeout=60)
        assert right.status_code in (200, 201) and TOKEN not in right.text
        httpx.get(f"{base}/api/documents?q={TOKEN}")  # even a client that puts it in a URL by mistake
        httpx.post(f"{base}/api/documents", content=b"{" * 100, headers={"Authorization": f"Bearer {TOKEN}",
                                                                        "Content-Type": "application/json"})
        httpx.get(f"{base}/api/stats?token={TOKEN}")  # a client sending it as a query parameter
        httpx.get(f"{base}/api/stats?limit=1&access_token={TOKEN}&x=1")
    assert "POST /api/documents" in server.output  # the access log is there, and the header is not in it
    assert "GET /api/stats?token=REDACTED" in server.output and "access_token=REDACTED&x=1" in server.output
    assert TOKEN not in server.output.replace(f"q={TOKEN}", "")


@pytest.mark.parametrize("text,expected", [
    ("/api/stats?token=abc", "/api/stats?token=REDACTED"), ("/x?a=1&Token=abc&b=2", "/x?a=1&Token=REDACTED&b=2"),
    ("/x?access_token=abc;y=1", "/x?access_token=REDACTED;y=1"), ("/x?tokens=abc", "/x?tokens=abc"),
    ("Authorization: Bearer abc.def", "Authorization: Bearer REDACTED"), ("/x?q=token", "/x?q=token"),
])
def test_secrets_redact_takes_out_token_parameters_and_credentials(text, expected):
    assert redact(text) == expected


def test_secrets_the_access_log_filter_redacts_uvicorns_arguments():
    record = logging.LogRecord("uvicorn.access", logging.INFO, __file__, 1, '%s - "%s %s HTTP/%s" %d',
                               ("127.0.0.1:5000", "GET", f"/api/stats?token={TOKEN}", "1.1", 200), None)
    assert RedactTokens().filter(record) and TOKEN not in record.getMessage() and "token=REDACTED" in record.getMessage()


WEAK = [TOO_SHORT, TOKEN[:42], "a" * 64, "ab" * 32, "abcdefghi" * 6, "correct horse battery staple and more words here",
        "é" * 10 + TOKEN, TOKEN + "\x00"]


@pytest.mark.parametrize("token", WEAK)
def test_secrets_a_weak_token_is_refused_saying_the_rule(desk_store, desk_app, token):
    with pytest.raises(ConfigError) as refused:
        desk_app(desk_store, token)
    assert RULE in str(refused.value) and HOW in str(refused.value)


@pytest.mark.parametrize("token", [secrets.token_urlsafe(32), secrets.token_hex(32), base64.b64encode(secrets.token_bytes(32)).decode(),
                                   TOKEN])
def test_secrets_a_random_32_byte_token_is_accepted(desk_store, desk_app, token):
    with TestClient(desk_app(desk_store, token)) as c:
        r = c.post("/api/documents", json={"text": "too short"}, headers={"Authorization": f"Bearer {token}"})
        assert r.status_code == 422 and "too short" in r.json()["error"]  # past the token, refused for its text


@pytest.mark.parametrize("where", ["env", "file"])
def test_secrets_serve_refuses_a_weak_token(desk_store, serve_cli, tmp_path, where):
    args, env = ["--store", str(desk_store), "serve"], {}
    if where == "file":
        (tmp_path / "token").write_text(TOO_SHORT + "\n")
        args += ["--token-file", str(tmp_path / "token")]
    else:
        env["TOCSIN_WRITE_TOKEN"] = TOO_SHORT
    result = CliRunner().invoke(cli, args, env=env)
    assert result.exit_code == 2 and not serve_cli
    out = " ".join(result.output.split())
    assert "at least 43 characters" in out and "secrets.token_urlsafe(32)" in out


def test_secrets_workers_are_given_the_digest_not_the_token(desk_store, serve_cli, monkeypatch):
    args = ["--store", str(desk_store), "serve", "--workers", "2"]
    result = CliRunner().invoke(cli, args, env={"TOCSIN_WRITE_TOKEN": TOKEN})
    assert result.exit_code == 0, result.output
    environ = serve_cli["environ"]
    assert serve_cli["workers"] == 2 and not any(TOKEN in v for v in environ.values())
    assert environ["TOCSIN_WRITE_TOKEN_SHA256"] == hashlib.sha256(TOKEN.encode()).hexdigest()
    from tocsin.web.app import app_from_env

    for name in ("TOCSIN_WRITE_TOKEN_SHA256", "TOCSIN_SERVE_STORE"):
        monkeypatch.setenv(name, environ[name])
    monkeypatch.setenv("TOCSIN_ALLOWED_HOSTS", "testserver")
    with TestClient(app_from_env(), raise_server_exceptions=False) as c:  # a worker's app checks the token by its digest
        status = {token: c.post("/api/documents", json={"text": "too short"}, headers={"Authorization": f"Bearer {token}"}).status_code
                  for token in (TOKEN, TOKEN[:-1], environ["TOCSIN_WRITE_TOKEN_SHA256"])}
    assert list(status.values()) == [422, 401, 401]  # the token passes (its text is then refused); its digest does not


def _descendants(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, ValueError, IndexError):
            fields = stat.read_text().rsplit(")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    found, todo = [], [pid]
    while todo:
        kids = children.get(todo.pop(), [])
        found += kids
        todo += kids
    return found


@pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="reads the workers' environments from /proc")
def test_secrets_no_worker_process_has_the_token_in_its_environment(desk_store):
    with serving(desk_store, "--workers", "2") as (base, server):
        r = httpx.post(f"{base}/api/documents", json={"text": "too short"}, headers={"Authorization": f"Bearer {TOKEN}"})
        assert r.status_code == 422  # a worker knows the token (by its digest)
        environs = []
        for pid in _descendants(server.pid):
            with contextlib.suppress(OSError):
                environs.append(Path(f"/proc/{pid}/environ").read_bytes())
    assert len([e for e in environs if b"TOCSIN_WRITE_TOKEN_SHA256=" in e]) >= 2  # the workers, found
    assert not any(TOKEN.encode() in e for e in environs)
