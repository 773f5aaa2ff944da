"""The real public-domain releases in ../shared/data/corpora, as plain text, for tests that read them (skipped
when ../shared is not beside the project)."""

from __future__ import annotations

import csv
import gzip
import html
import json
import re
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "corpora"
_BLOCKS = re.compile(r"</?(?:p|div|br|li|h\d|ul|ol|table|tr)[^>]*>", re.I)


def doj_texts() -> list[str]:
    """The 100 DOJ press releases, their HTML reduced to paragraphs."""
    path = DATA / "us-doj-press-sample" / "doj_press_sample_100.csv"
    if not path.exists():
        pytest.skip(f"the real releases are read from {path} (../shared/data beside the project)")
    csv.field_size_limit(1 << 30)
    with path.open(encoding="utf-8", newline="") as f:
        bodies = [row["body"] for row in csv.DictReader(f)]
    return [html.unescape(re.sub(r"<[^>]+>", "", re.sub(r"\n\s*\n+", "\n\n", _BLOCKS.sub("\n\n", b)))).strip() for b in bodies]


def wh_records() -> list[dict]:
    """The White House documents (section, title, text_markdown, …), in file order."""
    path = DATA / "us-whitehouse-crime-2021-2026" / "wh_crime_2021_2026.jsonl.gz"
    if not path.exists():
        pytest.skip(f"the real White House documents are read from {path}")
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f]
