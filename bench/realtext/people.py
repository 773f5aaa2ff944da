"""People across documents on the real-text set: does tocsin give one person one identity, and two people two?

The people are the named speakers of the annotated statements (``source_name``, docs/annotation.md §3). The
candidate pairs are every two speakers of different documents of one split whose names share a word (a
surname, a given name: "Biden" / "Joe Biden", "Matthew Friedrich" / "Matthew G. Olsen"), listed by
``pairs`` without tocsin, and judged same / different / unsure by two annotators apart, from the documents
alone (docs/annotation.md §10); where they disagree the lead adjudicates, else the first annotator's word
stands.

tocsin reads each split as a user would (a fresh SQLite store, ``tocsin ingest`` and ``tocsin link``). A
speaker of the gold is tocsin's speaker of the stored statement whose content overlaps the annotated one;
two speakers are one person for tocsin when their entities share a canonical id (``entity_links``). Over the
pairs judged same or different: precision of the pairs tocsin makes one, recall of the pairs judged same,
and agreement between the annotators (Cohen's kappa). Pairs whose names share no word ("POTUS" / "Biden")
are not candidates: the figures say nothing of them.

    python bench/realtext/people.py pairs OUT.json    # the candidate pairs, for annotators
    python bench/realtext/people.py [--show-dev]      # the table (and the dev pairs it gets wrong)
    python bench/realtext/people.py --dev [--show-dev]   # dev only, for tuning: the test column is not computed
    python bench/realtext/people.py --dev --batch dev-2,dev-4   # only the pairs within these batches' documents
    python bench/realtext/people.py --dev --hold-back dev-16     # leave out a batch kept unseen
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import tempfile
from itertools import combinations
from pathlib import Path
from typing import Callable

HERE = Path(__file__).resolve().parent

import score  # noqa: E402
import texts  # noqa: E402
from agreement import kappa  # noqa: E402
from common import batch_names, in_batches  # noqa: E402

JUDGED = HERE / "annotations" / "people"
_NOT_NAME = {"the", "of", "and", "de", "del", "la", "el", "jr", "sr", "mr", "mrs", "ms", "dr", "president", "secretary",
             "attorney", "general", "press", "vice", "director", "deputy", "acting", "assistant", "minister", "governor"}


def name_words(name: str) -> set[str]:
    return {w for w in re.findall(r"[^\W\d_]+", name.lower()) if len(w) > 1 and w not in _NOT_NAME}


def speakers(split: str, golds: dict, only: Callable[[dict], bool] | None = None) -> list[dict]:
    """Every named speaker of the split's annotated statements, once per document and name (``only``: of the manifest
    entries the predicate keeps)."""
    out: dict[tuple[str, str], dict] = {}
    for entry in texts.manifest()["documents"]:
        key = entry["key"]
        if entry["split"] != split or key not in golds or "statements" not in entry.get("tasks", []):
            continue
        if only is not None and not only(entry):
            continue
        for st in golds[key].get("statements") or []:
            name = st.get("source_name")
            if name and name_words(name):
                out.setdefault((key, name), {"key": key, "name": name, "role": st.get("source_role"), "title": entry.get("title"),
                                             "date": entry.get("date"), "content": []})["content"].extend(st.get("content") or [])
    return list(out.values())


def pair_id(a: dict, b: dict) -> str:
    left, right = sorted([(a["key"], a["name"]), (b["key"], b["name"])])
    return hashlib.sha1(json.dumps([left, right]).encode()).hexdigest()[:12]


def candidates(split: str, golds: dict, only: Callable[[dict], bool] | None = None) -> list[dict]:
    people = speakers(split, golds, only)
    return [{"id": pair_id(a, b), "split": split, "a": a, "b": b} for a, b in combinations(people, 2)
            if a["key"] != b["key"] and name_words(a["name"]) & name_words(b["name"])]


def write_pairs(out: str) -> int:
    golds = score.gold()
    pairs = [p for split in ("dev", "test") for p in candidates(split, golds)]
    for p in pairs:  # what the annotator needs: the names, roles and where to read them, not tocsin's view
        for side in ("a", "b"):
            p[side] = {k: v for k, v in p[side].items() if k != "content"} | {"said": (p[side]["content"] or [""])[0][:200]}
    Path(out).write_text(json.dumps(pairs, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{len(pairs)} pairs -> {out}")
    return 0


def judgments() -> tuple[dict[str, str], list[tuple[str, str]]]:
    """Pair id -> same/different (adjudicated, else the first annotator's), and the two annotators' labels side by side."""
    files = sorted(p for p in JUDGED.glob("*.json") if p.stem != "adjudicated")
    labels = [json.loads(p.read_text(encoding="utf-8"))["pairs"] for p in files]
    adjudicated = JUDGED / "adjudicated.json"
    final = json.loads(adjudicated.read_text(encoding="utf-8"))["pairs"] if adjudicated.exists() else {}
    first = labels[0] if labels else {}
    chosen = {k: final.get(k, v) for k, v in first.items()}
    both = [(labels[0][k], labels[1][k]) for k in labels[0] if len(labels) > 1 and k in labels[1]]
    return {k: v for k, v in chosen.items() if v in ("same", "different")}, both


def identities(split: str, golds: dict, only: Callable[[dict], bool] | None = None) -> dict[tuple[str, str], str | None]:
    """(document key, gold speaker name) -> tocsin's canonical entity for that speaker, None when tocsin has none."""
    from tocsin.config import Config
    from tocsin.link import link
    from tocsin.pipeline import run_ingest
    from tocsin.store import open_store

    keys = sorted({s["key"] for s in speakers(split, golds, only)})
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "docs"
        folder.mkdir()
        names = texts.write_files(keys, folder)
        path = str(Path(tmp) / "store.db")
        with open_store(path) as store:
            run_ingest([str(folder)], store, Config(store=path))
            link(store)
            docs = {r["id"]: names[Path(r["source"]).name] for r in store.fetch("SELECT id, source FROM documents")}
            rows = store.fetch("SELECT s.doc_id, s.content_start, s.content_end, COALESCE(l.canonical_id, s.speaker_entity) AS who"
                               " FROM statements s LEFT JOIN entity_links l ON l.entity_id = s.speaker_entity"
                               " WHERE s.speaker_entity IS NOT NULL")
    said: dict[str, list[tuple[int, int, str]]] = {}
    for r in rows:
        said.setdefault(docs[r["doc_id"]], []).append((r["content_start"], r["content_end"], r["who"]))
    out = {}
    for person in speakers(split, golds, only):
        body = texts.text(person["key"])
        spans = score._spans(body, person["content"])
        out[(person["key"], person["name"])] = next(
            (who for a, b, who in said.get(person["key"], []) for s in spans if score.overlaps((a, b), s)), None)
    return out


def measure(split: str, golds: dict, judged: dict[str, str], show: bool = False, only: Callable[[dict], bool] | None = None) -> dict:
    ids = identities(split, golds, only)
    counts = {"pairs": 0, "same": 0, "linked": 0, "right": 0, "same, both found": 0, "right, both found": 0, "speakers": len(ids),
              "speakers found": sum(v is not None for v in ids.values())}
    for p in candidates(split, golds, only):
        truth = judged.get(p["id"])
        if truth is None:
            continue
        a, b = ids.get((p["a"]["key"], p["a"]["name"])), ids.get((p["b"]["key"], p["b"]["name"]))
        one = a is not None and a == b
        counts["pairs"] += 1
        counts["same"] += truth == "same"
        counts["linked"] += one
        counts["right"] += one and truth == "same"
        found = a is not None and b is not None
        counts["same, both found"] += found and truth == "same"
        counts["right, both found"] += found and one and truth == "same"
        if show and (one != (truth == "same")):
            print(f"{split}: {'made one' if one else 'left apart'} ({truth}): {p['a']['name']!r} [{p['a']['key']}] / {p['b']['name']!r} [{p['b']['key']}]"
                  f" -> {a} / {b}")
    return counts


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pairs", nargs="*", metavar="pairs OUT", help="write the candidate pairs to OUT, for annotators")
    parser.add_argument("--dev", action="store_true", help="dev only, for tuning: the test column is not computed")
    parser.add_argument("--show-dev", action="store_true", help="list the dev pairs tocsin gets wrong")
    parser.add_argument("--batch", help="Only the speakers of these manifest batches (comma-separated; 'dev-1' names the first dev "
                        "documents, which carry no batch; the test split is left whole).")
    parser.add_argument("--hold-back", default="", help="Leave out the documents of these batches (comma-separated), kept unseen.")
    args = parser.parse_args(argv)
    if args.pairs:
        if args.pairs[0] != "pairs" or len(args.pairs) != 2:
            parser.error("the one command is `pairs OUT`")
        return write_pairs(args.pairs[1])
    from rich.console import Console
    from rich.table import Table

    batches, held = batch_names(args.batch), batch_names(args.hold_back)
    only = (lambda e: in_batches(e, batches, held)) if batches or held else None
    golds = score.gold()
    judged, both = judgments()
    if not judged:
        print(f"no judgments under {JUDGED}: run `people.py pairs` and have them annotated (docs/annotation.md §10)")
        return 1
    table = Table(title="People across documents: the real-text set's named speakers (pairs judged by hand)")
    table.add_column("measure")
    results = {split: measure(split, golds, judged, show=split == "dev" and args.show_dev, only=only)
               for split in (("dev",) if args.dev else ("dev", "test"))}
    for split in results:
        table.add_column(split if split == "dev" else "test (never tuned on)", justify="right")

    def ratio(num: int, den: int) -> str:
        return f"{num / den:.2f} of {den}" if den else "–"

    rows = [
        ("speakers (named, annotated)", lambda c: str(c["speakers"])),
        ("speakers tocsin gives a speaker entity", lambda c: ratio(c["speakers found"], c["speakers"])),
        ("pairs judged (same / all)", lambda c: f"{c['same']} / {c['pairs']}"),
        ("linking precision (pairs made one)", lambda c: ratio(c["right"], c["linked"])),
        ("linking recall (pairs judged same)", lambda c: ratio(c["right"], c["same"])),
        ("  of those where tocsin has both speakers", lambda c: ratio(c["right, both found"], c["same, both found"])),
    ]
    for label, cell in rows:
        table.add_row(label, *(cell(results[s]) for s in results))
    agreement = kappa(both)
    Console(width=140).print(table)
    print(f"Annotator agreement on {len(both)} pairs: Cohen's kappa {agreement:.2f}" if agreement is not None else "One annotator only.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
