"""Crash safety: `tocsin ingest` killed with SIGKILL at random points, again and again, while readers query the
store; nothing is lost, nothing stored twice, nothing left pointing nowhere, and the resumed store equals one
that was never interrupted (src/tocsin/testing/crash.py). `make bench` (bench/reliability.py) runs the same with 50 kills."""

from __future__ import annotations

import itertools
import os

import pytest

from tocsin.testing.crash import kill_repeatedly, linked_state, per_document

pytestmark = pytest.mark.model

KILLS = int(os.environ.get("TOCSIN_CRASH_KILLS", "8"))


def test_crash_random_kills_lose_nothing_and_store_nothing_twice(demo_store, tmp_path):
    store, _ = demo_store
    names = itertools.count()
    out = kill_repeatedly(lambda: str(tmp_path / f"crash-{next(names)}.db"), KILLS, per_document(store), linked_state(store), seed=11)
    assert out.kills == KILLS
    assert out.problems == []
    assert out.reader_errors == [] and out.reader_queries > 0
    assert any(0 < k < 28 for k in out.kill_points), out.kill_points  # some kills landed while documents were being stored


@pytest.mark.postgres
def test_crash_random_kills_on_postgres(demo_store_pg, postgres_schemas):
    store, _ = demo_store_pg
    names = itertools.count()
    out = kill_repeatedly(lambda: postgres_schemas(f"crash{next(names)}"), max(2, KILLS // 3), per_document(store),
                          linked_state(store), seed=12)
    assert out.problems == [] and out.reader_errors == []
