"""`bench/ingest_throughput.py --real` builds its corpus from the real-text set in a process of its own, as `make bench`
runs it: bench/realtext's modules import their siblings by name, so the script must put their folder on the path."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_the_real_corpus_of_the_throughput_bench_is_built_in_a_fresh_process(tmp_path):
    if not (ROOT.parent / "shared" / "data" / "corpora").is_dir():
        pytest.skip("../shared/data is not beside the checkout")
    code = ("import sys; sys.path.insert(0, 'bench'); import ingest_throughput as bench; from pathlib import Path; "
            f"print(*bench.build_real_corpus(Path({str(tmp_path)!r})))")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    documents, words = map(int, done.stdout.split())
    assert documents == len(list(tmp_path.glob("*.txt"))) > 300 and words > 100_000
