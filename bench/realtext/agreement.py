"""Agreement between the two annotators of the twenty double-annotated documents (docs/annotation.md §9).

The first annotator's file is taken as reference and the second's (ann-h) as the other; the matching is the
scorer's, without the system: events pair up by overlapping evidence (then F1 with equal type, and Cohen's
kappa on type and modality over the pairs), statements by overlapping content and a shared speaker word
(then kappa on claim type), forecasts by overlapping evidence, presence by (group, country), Spanish places
by written form, English places (the place set, docs/annotation.md §6.1: first annotator against ann-z) by
written form, then the same referent. One table.

    python bench/realtext/agreement.py
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent

import texts  # noqa: E402
from score import ANNOTATIONS, PLACE_ANNOTATIONS, PLACE_SECOND, SECOND, _spans, overlaps, place_forms, slug, words  # noqa: E402


def kappa(pairs: list[tuple[str, str]]) -> float | None:
    """Cohen's kappa of two labellings of the same items."""
    if not pairs:
        return None
    n = len(pairs)
    observed = sum(a == b for a, b in pairs) / n
    left, right = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    expected = sum(left[k] * right[k] for k in left) / (n * n)
    return 1.0 if expected == 1 else (observed - expected) / (1 - expected)


def f1(matched: int, a: int, b: int) -> float | None:
    return 2 * matched / (a + b) if a + b else None


def pair_up(left: list, right: list, same) -> list[tuple[int, int]]:
    """One-to-one pairs (i, j) in order, the first j that ``same(left[i], right[j])``."""
    used, out = set(), []
    for i, x in enumerate(left):
        j = next((j for j, y in enumerate(right) if j not in used and same(x, y)), None)
        if j is not None:
            used.add(j)
            out.append((i, j))
    return out


def compare(body: str, a: dict, b: dict, totals: dict) -> None:
    def ev(items):
        return [(e, _spans(body, [e.get("evidence")] + (e.get("also") or []))) for e in items or []]

    ea, eb = ev(a.get("events")), ev(b.get("events"))
    pairs = pair_up(ea, eb, lambda x, y: any(overlaps(s, t) for s in x[1] for t in y[1]))
    totals["events"] += Counter(a=len(ea), b=len(eb), matched=sum(ea[i][0]["type"] == eb[j][0]["type"] for i, j in pairs))
    totals["event type"] += [(ea[i][0]["type"], eb[j][0]["type"]) for i, j in pairs]
    totals["event modality"] += [(ea[i][0].get("modality"), eb[j][0].get("modality")) for i, j in pairs]
    totals["target category"] += [(str(ea[i][0].get("target_category")), str(eb[j][0].get("target_category"))) for i, j in pairs]

    def st(items):
        return [(s, _spans(body, s.get("content") or []), words(" ".join([s.get("source") or "", s.get("source_name") or ""])))
                for s in items or []]

    sa, sb = st(a.get("statements")), st(b.get("statements"))
    pairs = pair_up(sa, sb, lambda x, y: bool(x[2] & y[2]) and any(overlaps(s, t, half=True) for s in x[1] for t in y[1]))
    totals["statements"] += Counter(a=len(sa), b=len(sb), matched=len(pairs))
    totals["claim type"] += [(sa[i][0].get("claim_type"), sb[j][0].get("claim_type")) for i, j in pairs]

    fa = [_spans(body, [f.get("evidence")]) for f in a.get("forecasts") or []]
    fb = [_spans(body, [f.get("evidence")]) for f in b.get("forecasts") or []]
    totals["forecasts"] += Counter(a=len(fa), b=len(fb), matched=len(pair_up(fa, fb, lambda x, y: any(overlaps(s, t) for s in x for t in y))))

    def presence(items):
        return {(slug((p.get("group") or {}).get("name")), pl.get("country")) for p in items or [] for pl in p.get("places") or [] if pl}

    pa, pb = presence(a.get("presence")), presence(b.get("presence"))
    totals["presence"] += Counter(a=len(pa), b=len(pb), matched=len(pa & pb))
    la = {(p.get("text") or "").lower() for p in a.get("places") or []}
    lb = {(p.get("text") or "").lower() for p in b.get("places") or []}
    totals["places"] += Counter(a=len(la), b=len(lb), matched=len(la & lb))


def _referent(g: dict) -> tuple:
    level = g.get("kind") if g.get("kind") in ("country", "admin1", "continent", "region") else "local"
    return g.get("country"), g.get("admin1") if level == "local" else None, level


def compare_places_en(a: dict, b: dict, totals: dict) -> None:
    """English place set (§6.1): counted written forms, then on shared forms the same referent (country, level, and
    for a place below a division its division)."""
    fa, _ = place_forms(a.get("places") or [])
    fb, _ = place_forms(b.get("places") or [])
    totals["places (English)"] += Counter(a=len(fa), b=len(fb), matched=len(fa.keys() & fb.keys()))
    for form in fa.keys() & fb.keys():
        totals["referent"].append(("same", "same" if {_referent(g) for g in fa[form]} & {_referent(g) for g in fb[form]} else "other"))


def main() -> None:
    from rich.console import Console
    from rich.table import Table

    second = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in (ANNOTATIONS / SECOND).glob("*.json")}
    totals: dict = {k: Counter() for k in ("events", "statements", "forecasts", "presence", "places", "places (English)")}
    totals.update({k: [] for k in ("event type", "event modality", "target category", "claim type", "referent")})
    documents = 0
    for path in sorted(ANNOTATIONS.glob("*/*.json")):
        if path.parent.name in (SECOND, "adjudicated") or path.stem not in second:
            continue
        first = json.loads(path.read_text(encoding="utf-8"))
        compare(texts.text(first["key"]), first, second[path.stem], totals)
        documents += 1
    second_places = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in (PLACE_ANNOTATIONS / PLACE_SECOND).glob("*.json")}
    for path in sorted(PLACE_ANNOTATIONS.glob("*/*.json")):
        if path.parent.name in (PLACE_SECOND, "adjudicated") or path.stem not in second_places:
            continue
        compare_places_en(json.loads(path.read_text(encoding="utf-8")), second_places[path.stem], totals)
    table = Table(title=f"Agreement of two annotators on {documents} double-annotated documents")
    for column in ("record", "first", "second", "matched", "F1", "kappa on"):
        table.add_column(column, justify="right")
    kappas = {"events": ("event type", "event modality", "target category"), "statements": ("claim type",)}
    for name in ("events", "statements", "forecasts", "presence", "places", "places (English)"):
        c = totals[name]
        value = f1(c["matched"], c["a"], c["b"])
        extra = "; ".join(f"{k} {kappa(totals[k]):.2f}" for k in kappas.get(name, ()) if totals[k])
        if name == "places (English)" and totals["referent"]:
            extra = f"same referent on {sum(b == 'same' for _, b in totals['referent']) / len(totals['referent']):.2f} of shared forms"
        table.add_row(name, str(c["a"]), str(c["b"]), str(c["matched"]), "–" if value is None else f"{value:.2f}", extra)
    Console(width=140).print(table)


if __name__ == "__main__":
    main()
