"""What the linker's tests share: one story ingested and linked as a user would, its rows read back."""

import pytest


@pytest.fixture
def linked_story(tmp_path):
    """``(name, text, sql) -> rows``: ``text`` (a file with its header lines) ingested alone into a new SQLite store,
    linked, and ``sql`` run on the store."""
    from tocsin.config import Config
    from tocsin.link import link
    from tocsin.pipeline import run_ingest
    from tocsin.store import open_store

    def read(name: str, text: str, sql: str) -> list:
        folder = tmp_path / name
        folder.mkdir()
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        path = str(tmp_path / f"{name}.db")
        with open_store(path) as store:
            run_ingest([str(folder)], store, Config(store=path))
            link(store)
            return store.fetch(sql)

    return read
