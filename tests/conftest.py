"""Fixtures for the whole suite, defined once here (no per-directory conftest files)."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

from tocsin.config import Config
from tocsin.ingest.dedup import document_id
from tocsin.models import Document

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "corpus" / "demo"
CASES = Path(__file__).resolve().parent / "ingest" / "cases"


@pytest.fixture
def config(tmp_path) -> Config:
    return Config(store=str(tmp_path / "test.db"))


POSTGRES = os.environ.get("TOCSIN_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432/test")


@pytest.fixture(scope="session")
def postgres_server() -> str:
    """The PostgreSQL server the backend tests use (``TOCSIN_TEST_POSTGRES``, by default the local one on
    127.0.0.1:5432): skipped, saying why, when it cannot be reached, unless ``TOCSIN_REQUIRE_POSTGRES=1``
    (CI), where an unreachable server fails the run instead."""
    try:
        import psycopg

        psycopg.connect(POSTGRES, connect_timeout=3).close()
    except Exception as e:  # ImportError or any connection failure: say which
        reason = f"PostgreSQL tests need a server at {POSTGRES} (set TOCSIN_TEST_POSTGRES): {str(e).strip()[:200]}"
        if os.environ.get("TOCSIN_REQUIRE_POSTGRES") == "1":
            pytest.fail(reason)
        pytest.skip(reason)
    return POSTGRES


@pytest.fixture(scope="session")
def postgres_schemas(postgres_server):
    """Make a fresh schema in the test database, named for its test; every one made is dropped at the end."""
    import psycopg

    made: list[str] = []

    def make(name: str) -> str:
        schema = re.sub(r"[^a-z0-9_]", "_", f"tocsin_t{os.getpid()}_{name}".lower())[:60] + f"_{len(made)}"
        with psycopg.connect(postgres_server, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        made.append(schema)
        return f"{postgres_server}?schema={schema}"

    yield make
    with psycopg.connect(postgres_server, autocommit=True) as conn:
        for schema in made:
            conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store_location(request, config) -> str:
    """Where a test's store lives: every storage test runs once on a SQLite file and once on PostgreSQL."""
    if request.param == "sqlite":
        return config.store
    return request.getfixturevalue("postgres_schemas")(request.node.name)


@pytest.fixture
def store(store_location):
    from tocsin.store import open_store

    with open_store(store_location) as s:
        yield s


@pytest.fixture
def make_doc():
    """Build a Document by hand: no files, no model."""

    def make(text: str, language: str = "en", **fields) -> Document:
        return Document(id=document_id(text), text=text, source=fields.pop("source", "test.txt"), language=language, **fields)

    return make


@pytest.fixture
def presence_pairs(make_doc):
    """(group, country) pairs of the presence events tocsin reads in a text published 2025-03-01 (loads the model)."""

    def pairs(text: str, language: str = "en") -> list[tuple[str, str]]:
        from tocsin.read import read

        ann = read(make_doc(text, language=language, published_at="2025-03-01"))
        countries = {p.key: p.country for p in ann.places}
        return sorted({(g, countries[e.place_key]) for e in ann.events if e.type == "presence" and e.place_key in countries
                       for g in e.group_keys})

    return pairs


@pytest.fixture(scope="session")
def english():
    """The English pipeline with the gazetteer (loads the spaCy model once)."""
    from tocsin.read.nlp import pipeline

    return pipeline("en")


@pytest.fixture(scope="session")
def demo_store(tmp_path_factory):
    """The demo corpus ingested and linked once into a store shared by read-only tests."""
    from tocsin.link import link
    from tocsin.pipeline import run_ingest
    from tocsin.store import open_store

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    with open_store(str(path)) as s:
        report = run_ingest([str(DEMO)], s, Config(store=str(path)))
        link(s)
        yield s, report


@pytest.fixture(scope="session")
def demo_store_pg(postgres_schemas):
    """The same demo ingest and link into a PostgreSQL store."""
    from tocsin.link import link
    from tocsin.pipeline import run_ingest
    from tocsin.store import open_store

    location = postgres_schemas("demo")
    with open_store(location) as s:
        report = run_ingest([str(DEMO)], s, Config(store=location))
        link(s)
        yield s, report


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def any_demo_store(request):
    """The linked demo store on each backend: the demo's record tests hold on both."""
    return request.getfixturevalue("demo_store" if request.param == "sqlite" else "demo_store_pg")


@pytest.fixture
def demo_copy(tmp_path) -> Path:
    """A writable copy of the demo corpus."""
    target = tmp_path / "corpus"
    shutil.copytree(DEMO, target)
    return target


@pytest.fixture(scope="session")
def desk_store(demo_store, tmp_path_factory) -> Path:
    """A copy of the linked demo store with its watch alerts raised: what `tocsin serve` serves in the web tests."""
    import sqlite3

    from tocsin.store import open_store
    from tocsin.watch import WatchRules, watch

    store, _ = demo_store
    path = tmp_path_factory.mktemp("desk") / "desk.db"
    with sqlite3.connect(store.path) as src, sqlite3.connect(path) as dst:
        src.backup(dst)
    with open_store(str(path)) as s:
        watch(s, WatchRules())
    return path


@pytest.fixture(scope="session")
def desk_store_pg(postgres_schemas) -> str:
    """The desk store on PostgreSQL: the demo ingested, linked and watched (its location)."""
    from tocsin.link import link
    from tocsin.pipeline import run_ingest
    from tocsin.store import open_store
    from tocsin.watch import WatchRules, watch

    location = postgres_schemas("desk")
    with open_store(location) as s:
        run_ingest([str(DEMO)], s, Config(store=location))
        link(s)
        watch(s, WatchRules())
    return location


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def any_desk(request) -> str:
    """The desk store's location on each backend: the read-only API and page tests hold on both."""
    return str(request.getfixturevalue("desk_store" if request.param == "sqlite" else "desk_store_pg"))


@pytest.fixture
def writable_desk(desk_store, tmp_path) -> Path:
    """A private copy of the desk store, for tests that write to it."""
    import sqlite3

    path = tmp_path / "writable.db"
    with sqlite3.connect(desk_store) as src, sqlite3.connect(path) as dst:
        src.backup(dst)
    return path


WRITE_TOKEN = "tocsin-tests-write-token-7Hq2xVb9LmPz4RcWk8NdJf"  # long and varied enough for tokens.RULE
TEST_HOST = "testserver"  # the Host that Starlette's TestClient sends


@pytest.fixture(scope="session")
def desk_app():
    """``create_app`` for TestClient: its Host allowed, as ``tocsin serve --allowed-host testserver`` would. The
    product allows only loopback and the names it is given, so the tests name theirs."""
    from tocsin.web import create_app

    def make(location, token: str | None = None, **options):
        return create_app(str(location), token, allowed_hosts=(TEST_HOST,), **options)

    return make


@pytest.fixture
def serve_cli(monkeypatch) -> dict:
    """`tocsin serve` run through the CLI with uvicorn.run replaced: the dict fills with what it would have run
    (``app``, uvicorn's options, and ``environ``, the environment its worker processes would have inherited)."""
    import uvicorn

    started: dict = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **options: started.update(app=app, environ=dict(os.environ), **options))
    for name in ("TOCSIN_WRITE_TOKEN", "TOCSIN_WRITE_TOKEN_SHA256", "TOCSIN_SERVE_STORE", "TOCSIN_ALLOW_ORIGINS",
                 "TOCSIN_ALLOWED_HOSTS"):
        monkeypatch.delenv(name, raising=False)  # and restored after, whatever serve sets
    return started


HOSTILE_ARTICLE = {
    "title": "Prosecutors <script>window.__tocsin_pwned = 1</script> review a harbour shooting",
    "outlet": "Harbour Test Desk",
    "published": "2024-11-02",
    "text": (
        "VALPARAÍSO, Chile — Prosecutors said on Friday that a man was shot dead at the harbour in Valparaíso late on Thursday."
        " <script>window.__tocsin_pwned = 2; alert('pwned')</script> A spokesman for the regional prosecutor's office said"
        " investigators were reviewing camera footage from the port. <img src=x onerror=\"window.__tocsin_pwned = 3\">"
        " No group has been named, and the prosecutor said it was too early to say whether the killing was linked to extortion"
        " of dock workers. Police closed the area around the pier for several hours while forensic teams worked at the scene."
    ),
}


@pytest.fixture(scope="session")
def hostile_article() -> dict:
    """An article whose text and title carry script: the desk must show it as text and never run it."""
    return dict(HOSTILE_ARTICLE)


@pytest.fixture(scope="session")
def serve_store():
    """Start `tocsin serve` on a store in its own process, on a free loopback port: a context manager giving its base URL."""
    import contextlib
    import os
    import socket
    import subprocess
    import sys
    import time

    @contextlib.contextmanager
    def serve(path, token: str | None = None):
        import httpx

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        env = {**os.environ, "TOCSIN_WRITE_TOKEN": token or ""}
        server = subprocess.Popen([sys.executable, "-m", "tocsin", "--store", str(path), "serve", "--port", str(port)],
                                  env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        base = f"http://127.0.0.1:{port}"
        try:
            for _ in range(300):
                try:
                    if httpx.get(f"{base}/api/stats", timeout=1).status_code == 200:
                        break
                except httpx.HTTPError:
                    time.sleep(0.1)
            else:
                server.kill()
                pytest.fail(f"tocsin serve did not start: {server.stdout.read()}")
            yield base
        finally:
            server.terminate()
            server.wait(timeout=10)

    return serve


@pytest.fixture
def newsroom():
    """A news site on 127.0.0.1 (tocsin.testing.newsroom): feeds, lists, sitemaps, pages, GDELT-shaped JSON, with
    ETags and 304s; it counts what it is asked."""
    from tocsin.testing.newsroom import Newsroom

    room = Newsroom()
    yield room
    room.close()


@pytest.fixture
def inbox():
    """A webhook receiver on 127.0.0.1 that keeps what it is sent (``failures``: 500s to answer first)."""
    from tocsin.testing.newsroom import Inbox

    made = []

    def make(failures: int = 0):
        made.append(Inbox(failures))
        return made[-1]

    yield make
    for box in made:
        box.close()


@pytest.fixture
def smtp_server():
    """A mail server on 127.0.0.1 (aiosmtpd) keeping the messages it accepts; ``tls``: a certificate to offer
    STARTTLS with (the server then refuses mail before it), ``auth``: (user, password) it requires."""
    pytest.importorskip("aiosmtpd")
    from aiosmtpd.controller import Controller

    made = []

    class Keep:
        def __init__(self):
            self.messages = []

        async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's name)
            self.messages.append(envelope.content.decode("utf-8", "replace"))
            return "250 OK"

    def start(tls=None, auth=None):
        import socket

        from aiosmtpd.smtp import AuthResult

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        keep = Keep()
        options = dict(tls_context=tls, require_starttls=tls is not None)
        if auth:
            options.update(authenticator=lambda server, session, envelope, mechanism, data: AuthResult(
                success=(data.login.decode(), data.password.decode()) == auth, auth_data=data.login), auth_require_tls=tls is not None)
        controller = Controller(keep, hostname="127.0.0.1", port=port, **options)
        controller.start()
        made.append(controller)
        return keep, port

    yield start
    for controller in made:
        controller.stop()


def make_certificate(folder: Path, name: str, alt_name: str) -> tuple[Path, Path]:
    """A self-signed certificate (openssl) for ``name``, ``alt_name`` its subjectAltName ("DNS:news.example",
    "IP:127.0.0.1"): (certificate file, key file). Skips the test without openssl."""
    import subprocess

    if not shutil.which("openssl"):
        pytest.skip("needs the openssl command to make a certificate")
    cert, key = folder / f"{name}-cert.pem", folder / f"{name}-key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", f"/CN={name}",
                    "-addext", f"subjectAltName={alt_name}", "-keyout", str(key), "-out", str(cert)], check=True, capture_output=True)
    return cert, key


@pytest.fixture
def localhost_certificate(tmp_path):
    """A self-signed certificate for 127.0.0.1: (certificate file, key file)."""
    return make_certificate(tmp_path, "127.0.0.1", "IP:127.0.0.1")


@pytest.fixture
def linked_copy(demo_store, tmp_path):
    """A writable copy of the linked demo store, its alerts not raised yet: (store, path)."""
    import sqlite3

    from tocsin.store import open_store

    store, _ = demo_store
    path = tmp_path / "copy.db"
    with sqlite3.connect(store.path) as src, sqlite3.connect(path) as dst:
        src.backup(dst)
    with open_store(str(path)) as copy:
        yield copy, path
