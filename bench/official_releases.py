"""The official-release sample the event benchmark scores: U.S. Department of
Justice press releases (public domain) from ../shared/data/corpora, read the
way tocsin ingests HTML. Shared by bench/events_quality.py and by whoever
annotates bench/events/official.json."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from tocsin.errors import NoArticleText
from tocsin.ingest.html import draft_from_html
from tocsin.ingest.ingest import to_document
from tocsin.models import Document

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "corpora" / "us-doj-press-sample" / "doj_press_sample_100.csv"


def releases(limit: int = 40) -> dict[str, Document]:
    """The first ``limit`` releases by id that tocsin ingests (a few bodies hold
    no article text and are rejected, as ingest would), keyed "doj:<id>"."""
    csv.field_size_limit(1 << 30)
    with DATA.open(encoding="utf-8", newline="") as fh:
        rows = sorted(csv.DictReader(fh), key=lambda r: int(r["id"]))
    out = {}
    for r in rows:
        published = dt.datetime.fromtimestamp(int(r["date"]), dt.timezone.utc).date().isoformat()
        try:
            draft = draft_from_html(f"doj:{r['id']}", r["body"], title=r["title"], url=r["url"], published=published,
                                    outlet="U.S. Department of Justice")
        except NoArticleText:
            continue
        out[f"doj:{r['id']}"] = to_document(draft)
        if len(out) == limit:
            break
    return out
