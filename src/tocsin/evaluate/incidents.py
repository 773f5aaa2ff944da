"""Incident linking against a gold clustering (``tests/gold/incidents.json``).

Each gold report is found among the stored events (its file, type and a
distinctive part of its sentence); the incident the link stage put it in is
compared with the gold grouping. Scores: pairwise (every pair of reports,
same incident or not) and B-cubed (per report: how much of its predicted
incident is in its gold incident, and the reverse), plus coverage, the share
of gold reports found among the stored events at all, and the gold's
``not_events`` (habits, generic statements) that were stored all the same.
"""

from __future__ import annotations

import json
from itertools import combinations
from pathlib import Path

from .. import query
from ..store import Store
from .gold import Score
from .events import find


def _located(store: Store, root: Path, report: dict) -> str | None:
    """The incident of the stored event a gold report names, or None if no stored event matches."""
    rows = query.incident_reports(store, report["type"])
    wanted = str(root / report["file"])
    for r in rows:
        source = r["source"] if r["source"].startswith("/") else str(root / r["source"])
        if source == wanted and find(r["text"][r["evidence_start"] : r["evidence_end"]], report["sentence"]) >= 0:
            return r["incident_id"]
    return None


def incident_scores(store: Store, root: Path, gold_path: Path) -> dict:
    data = json.loads(gold_path.read_text(encoding="utf-8"))
    gold = data["incidents"]
    found: list[tuple[int, str]] = []  # (gold cluster, predicted incident) per located report
    missing = []
    for g, cluster in enumerate(gold):
        for report in cluster["reports"]:
            incident = _located(store, root, report)
            if incident is None:
                missing.append(f"{report['file']}: {report['type']} {report['sentence']!r} is not a stored incident report")
            else:
                found.append((g, incident))
    pairwise = Score()
    for (ga, pa), (gb, pb) in combinations(found, 2):
        if ga == gb and pa == pb:
            pairwise.tp += 1
        elif pa == pb:
            pairwise.fp += 1
            pairwise.errors.append(f"merged: {gold[ga]['incident']!r} with {gold[gb]['incident']!r}")
        elif ga == gb:
            pairwise.fn += 1
            pairwise.errors.append(f"split: {gold[ga]['incident']!r}")
    precision = sum(
        sum(1 for g2, p2 in found if p2 == p and g2 == g) / sum(1 for _, p2 in found if p2 == p) for g, p in found
    ) / len(found) if found else 0.0
    recall = sum(
        sum(1 for g2, p2 in found if g2 == g and p2 == p) / sum(1 for g2, _ in found if g2 == g) for g, p in found
    ) / len(found) if found else 0.0
    total = sum(len(c["reports"]) for c in gold)
    return {
        "pairwise": pairwise,
        "bcubed": {"precision": precision, "recall": recall, "f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0},
        "coverage": len(found) / total if total else 0.0,
        "missing": missing,
        "stored_not_events": [f"{r['file']}: {r['type']} {r['sentence']!r} is stored ({r['why']})"
                              for r in data.get("not_events", []) if _located(store, root, r) is not None],
    }
