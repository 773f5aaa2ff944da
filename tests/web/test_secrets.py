"""The write token never reaches the server's output, whatever the requests carry (it is compared with
hmac.compare_digest, in constant time: tocsin.web.app.Desk.authorized)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time

import pytest

httpx = pytest.importorskip("httpx")

TOKEN = "tok-9f3a1c77e2b84d0d"


def test_secrets_the_token_never_reaches_the_server_output(writable_desk, hostile_article):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "TOCSIN_WRITE_TOKEN": TOKEN}
    server = subprocess.Popen([sys.executable, "-m", "tocsin", "--store", str(writable_desk), "serve", "--port", str(port), "--access-log"],
                              env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                httpx.get(f"{base}/api/stats", timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        wrong = httpx.post(f"{base}/api/documents", json=hostile_article, headers={"Authorization": f"Bearer {TOKEN[:-1]}x"})
        assert wrong.status_code == 401 and TOKEN not in wrong.text
        right = httpx.post(f"{base}/api/documents", json=hostile_article, headers={"Authorization": f"Bearer {TOKEN}"}, timeout=60)
        assert right.status_code in (200, 201) and TOKEN not in right.text
        httpx.get(f"{base}/api/documents?q={TOKEN}")  # even a client that puts it in a URL by mistake
        httpx.post(f"{base}/api/documents", content=b"{" * 100, headers={"Authorization": f"Bearer {TOKEN}",
                                                                        "Content-Type": "application/json"})
    finally:
        server.terminate()
        try:
            output = server.communicate(timeout=40)[0]
        except subprocess.TimeoutExpired:
            server.kill()
            output = server.communicate()[0]
    assert "POST /api/documents" in output  # the access log is there, and the header is not in it
    assert TOKEN not in output.replace(f"q={TOKEN}", "")

