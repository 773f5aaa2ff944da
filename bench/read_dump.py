"""Every record tocsin's read stage returns for the real-text dev documents, as JSON, and a profile of reading them.

For checking that a change to how reading works leaves what it reads unchanged: dump before and after, then diff
(the diff must be empty). Reads the dev documents (never the test split) in one process, as score.py reads them,
leaving out the batches ``--hold-back`` names.

    python bench/read_dump.py dump OUT.json [--hold-back dev-20]   every Annotations record, one JSON line a document
    python bench/read_dump.py profile [--rounds 3]                 read_many's CPU time and a cProfile of it (cProfile
                                                                   inflates small Python calls: time a change without it)
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "realtext"))

import texts  # noqa: E402
from common import in_batches  # noqa: E402

HELD: set[str] = set()


def documents(english_only: bool = False):
    from tocsin.ingest.dedup import document_id
    from tocsin.models import Document

    docs = []
    for entry in texts.manifest()["documents"]:
        if entry.get("split") != "dev" or not in_batches(entry, set(), HELD):
            continue
        key = entry["key"]
        language = "es" if key.startswith("meantime-es") else "en"
        if english_only and language != "en":
            continue
        body, info = texts.text(key), texts.meta(key)
        docs.append(Document(id=document_id(body) + key, text=body, source=key, title=info.get("title"), url=info.get("url"),
                             outlet=info.get("outlet"), published_at=info.get("date"), language=language))
    return docs


def dump(out: Path) -> None:
    from tocsin.read import read_many

    with out.open("w", encoding="utf-8") as f:
        for doc, ann in read_many(documents()):
            f.write(json.dumps({"key": doc.source, "annotations": dataclasses.asdict(ann)}, ensure_ascii=False, sort_keys=True,
                               default=str) + "\n")


def profile(rounds: int, top: int) -> None:
    import cProfile
    import pstats

    from tocsin.read import read_many
    from tocsin.read.read import pipeline, prepare

    docs = documents(english_only=True)
    prepare(["en"])
    list(read_many(docs[:5]))  # warm: models, gazetteer, gate
    pipeline("en")
    totals = []
    stats = None
    for r in range(rounds):
        prof = cProfile.Profile()
        start = time.process_time()
        prof.enable()
        for _ in read_many(docs):
            pass
        prof.disable()
        totals.append(time.process_time() - start)
        st = pstats.Stats(prof)
        stats = st if stats is None else stats
        if r:
            stats.add(st)
    print(f"{len(docs)} English dev documents, read_many CPU per round: {[round(t, 1) for t in totals]} (median {statistics.median(totals):.1f} s, profiled)")
    stats.sort_stats("cumulative").print_stats(top)
    stats.sort_stats("tottime").print_stats(top)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    d.add_argument("--hold-back", default="", help="batches to leave out, comma-separated")
    p = sub.add_parser("profile")
    p.add_argument("--rounds", type=int, default=1)
    p.add_argument("--top", type=int, default=80)
    args = parser.parse_args()
    if args.cmd == "dump":
        HELD.update(b for b in args.hold_back.split(",") if b)
        dump(args.out)
    else:
        profile(args.rounds, args.top)


if __name__ == "__main__":
    main()
