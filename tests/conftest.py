"""Fixtures for the whole suite, defined once here (no per-directory conftest files)."""

from __future__ import annotations

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


@pytest.fixture
def store(config):
    from tocsin.store import open_store

    with open_store(config.store) as s:
        yield s


@pytest.fixture
def make_doc():
    """Build a Document by hand: no files, no model."""

    def make(text: str, language: str = "en", **fields) -> Document:
        return Document(id=document_id(text), text=text, source=fields.pop("source", "test.txt"), language=language, **fields)

    return make


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


@pytest.fixture
def demo_copy(tmp_path) -> Path:
    """A writable copy of the demo corpus."""
    target = tmp_path / "corpus"
    shutil.copytree(DEMO, target)
    return target
