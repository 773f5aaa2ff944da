"""A short pass of the coverage-guided fuzzer over every reader (`make fuzz` runs the long one and keeps
what it finds in fuzz/corpus); a crash, a hang or a memory blow-up fails the test with libFuzzer's report."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("atheris", reason="the fuzz pass needs atheris (pip install -e '.[test]')")

ROOT = Path(__file__).resolve().parents[2]


def test_fuzz_a_short_pass_finds_nothing(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(ROOT / "fuzz" / "corpus", corpus)  # the kept corpus seeds the pass and is left as it is
    out = subprocess.run([sys.executable, str(ROOT / "fuzz" / "fuzz_readers.py"), str(corpus), "-runs=3000", "-timeout=20",
                          "-rss_limit_mb=2048", f"-artifact_prefix={tmp_path}/"], capture_output=True, text=True, errors="replace",
                         timeout=600)
    assert out.returncode == 0, out.stderr[-3000:]
    assert "Done 3000 runs" in out.stderr
    assert not list(tmp_path.glob("crash-*")) and not list(tmp_path.glob("timeout-*"))
