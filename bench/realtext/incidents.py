"""Incident merges on the real-text set: does tocsin put two reports in one incident only when they tell one happening?

The English documents of a split are ingested and linked as a user would (`tocsin ingest`, `tocsin link`, a
fresh SQLite store). Each stored happened event is matched to the annotated events of its document as
score.py matches them (same type, evidence overlapping the first mention or a later one, ``also``). Over every
pair of matched events that the linker put in one incident:

  - in one document: right when both are mentions of the same annotated event, wrong when they are two;
  - across documents: the annotations say nothing about identity across documents, so these pairs are counted
    and listed for reading (the set's documents come from different years and sources: few should merge).

Pairs where either event is not an annotated event are not merge errors (they are event precision errors,
scored by score.py) and are left out.

    python bench/realtext/incidents.py [--split dev,test] [--batch dev-2,dev-4] [--hold-back dev-16] [--wrong]

``--wrong`` lists the wrong merges in one document of dev, each with its two annotated events (never those of test).
"""

from __future__ import annotations

import argparse
import tempfile
from collections import defaultdict
from itertools import combinations
from pathlib import Path

HERE = Path(__file__).resolve().parent

import score  # noqa: E402
import texts  # noqa: E402
from common import batch_names, in_batches  # noqa: E402


def write_split(split: str, target: Path, golds: dict, batches: set[str] = frozenset(), held: set[str] = frozenset()) -> dict[str, str]:
    """The split's English documents with events annotated, as text files with a header; file name -> key."""
    return texts.write_files([e["key"] for e in texts.manifest()["documents"] if e["split"] == split and e["key"] in golds
                              and "events" in e.get("tasks", []) and in_batches(e, batches, held)], target)


def gold_of(body: str, events: list[dict], gold_events: list[dict]) -> dict[str, int]:
    """Stored event id -> index of the annotated event it mentions (first mention or a later one)."""
    spans = [score._spans(body, [g.get("evidence")]) + score._spans(body, g.get("also") or []) for g in gold_events]
    out = {}
    for e in events:
        hit = next((n for n, (g, ss) in enumerate(zip(gold_events, spans)) if g["type"] == e["type"]
                    and any(score.overlaps((e["evidence_start"], e["evidence_end"]), s) for s in ss)), None)
        if hit is not None:
            out[e["id"]] = hit
    return out


def measure(split: str, golds: dict, batches: set[str] = frozenset(), held: set[str] = frozenset()) -> dict:
    from tocsin.config import Config
    from tocsin.link import link
    from tocsin.pipeline import run_ingest
    from tocsin.store import open_store

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "docs"
        folder.mkdir()
        names = write_split(split, folder, golds, batches, held)
        path = str(Path(tmp) / "store.db")
        with open_store(path) as store:
            run_ingest([str(folder)], store, Config(store=path))
            link(store)
            docs = {r["id"]: (names[Path(r["source"]).name], r["text"]) for r in store.fetch("SELECT id, source, text FROM documents")}
            rows = store.fetch("SELECT ev.id, ev.doc_id, ev.type, ev.evidence_start, ev.evidence_end, ie.incident_id FROM events ev"
                               " JOIN incident_events ie ON ie.event_id = ev.id")
    by_doc = defaultdict(list)
    for r in rows:
        by_doc[r["doc_id"]].append(r)
    matched: dict[str, tuple[str, int]] = {}
    for doc_id, events in by_doc.items():
        key, body = docs[doc_id]
        for event_id, n in gold_of(body, events, golds[key].get("events") or []).items():
            matched[event_id] = (key, n)
    incidents = defaultdict(list)
    for r in rows:
        if r["id"] in matched:
            incidents[r["incident_id"]].append(r["id"])
    same = {"right": 0, "wrong": 0}
    wrong_by_doc: dict[str, int] = defaultdict(int)
    across, examples, wrong = 0, [], []
    for members in incidents.values():
        for a, b in combinations(members, 2):
            (ka, na), (kb, nb) = matched[a], matched[b]
            if ka == kb:
                same["right" if na == nb else "wrong"] += 1
                if na != nb:
                    wrong_by_doc[ka] += 1
                    wrong.append((ka, golds[ka]["events"][na], golds[ka]["events"][nb]))
            else:
                across += 1
                examples.append((ka, golds[ka]["events"][na].get("evidence", "")[:80], kb, golds[kb]["events"][nb].get("evidence", "")[:80]))
    split_pairs = sum(1 for events in by_doc.values() for a, b in combinations(events, 2) if a["id"] in matched and b["id"] in matched
                      and matched[a["id"]] == matched[b["id"]] and a["incident_id"] != b["incident_id"])
    return {"documents": len(docs), "events": len(rows), "matched": len(matched), "same": same, "split": split_pairs,
            "across": across, "examples": examples, "wrong_by_doc": dict(wrong_by_doc), "wrong": wrong}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", default="dev,test")
    parser.add_argument("--wrong", action="store_true", help="list the wrong merges in one document, each with the two annotated "
                        "events' types and evidence (dev only: the test split is never read this closely)")
    parser.add_argument("--batch", help="Only the documents of these manifest batches (comma-separated; 'dev-1' names the first "
                        "dev documents, which carry no batch), as in score.py: a round reads wrong merges on one half of dev "
                        "and only counts them on the other")
    parser.add_argument("--hold-back", default="", help="Leave out the documents of these batches (comma-separated), kept unseen.")
    args = parser.parse_args()
    from rich.console import Console
    from rich.table import Table

    golds = score.gold()
    splits = args.split.split(",")
    batches, held = batch_names(args.batch), batch_names(args.hold_back)
    results = {s: measure(s, golds, batches, held) for s in splits}
    table = Table(title="Incident merges on the real-text set (pairs of annotated events the linker put in one incident)")
    table.add_column("measure")
    for s in splits:
        table.add_column(s + (" (never tuned on)" if s == "test" else ""), justify="right")

    def precision(r):
        total = r["same"]["right"] + r["same"]["wrong"]
        return f"{r['same']['right'] / total:.2f} of {total}" if total else "–"

    for name, cell in (("documents, stored events, matched to annotations", lambda r: f"{r['documents']}, {r['events']}, {r['matched']}"),
                       ("merges in one document: precision", precision),
                       ("mentions of one happening left apart (pairs)", lambda r: str(r["split"])),
                       ("merges across documents (pairs, listed below)", lambda r: str(r["across"]))):
        table.add_row(name, *(cell(results[s]) for s in splits))
    Console(width=160).print(table)
    for s in splits:
        for ka, ea, kb, eb in results[s]["examples"][:20]:
            print(f"  {s}: {ka} “{ea}” + {kb} “{eb}”")
    if args.wrong and "dev" in results:
        print("\nWrong merges in one document (dev):")
        for key, a, b in results["dev"]["wrong"]:
            print(f"- {key}\n    {a['type']}: {(a.get('evidence') or '')[:200]}\n    {b['type']}: {(b.get('evidence') or '')[:200]}")


if __name__ == "__main__":
    main()
