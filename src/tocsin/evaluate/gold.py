"""Extraction quality against a gold set: the figures `make test` gates on and
`make bench` prints.

The gold file (``tests/gold/entities.json``) lists, per document, the groups
and agencies it names (gazetteer ids), the people it names (each person a
list of acceptable names), names that must not come out as people, and
surface strings that must not come out as group or agency mentions.

Each gold document is read on its own (no store, no dedup): the score is of
the reader and the resolver, not of ingest's bookkeeping.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from ..config import Config
from ..ingest import read_path
from ..models import Document, Resolved
from ..read import read_many
from ..resolve import resolve, slug


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def load_gold(path: Path) -> dict[str, dict]:
    return json.loads(path.read_text(encoding="utf-8"))["documents"]


def load_documents(root: Path, keys: list[str]) -> dict[str, Document]:
    """The gold documents, read by ingest from their files (JSON Lines keys end in ':line')."""
    wanted = set(keys)
    files = sorted({k.rsplit(":", 1)[0] if k.rsplit(":", 1)[-1].isdigit() else k for k in keys})
    found: dict[str, Document] = {}
    for rel in files:
        for item in read_path(root / rel, Config()):
            key = str(Path(item.source).relative_to(root)) if not item.source.startswith(rel) else item.source
            if isinstance(item, Document) and key in wanted:
                found[key] = item
    missing = wanted - set(found)
    if missing:
        raise ValueError(f"gold documents that did not ingest: {sorted(missing)}")
    return found


def predict(docs: dict[str, Document]) -> dict[str, Resolved]:
    keys = list(docs)
    return {key: resolve(ann) for key, (_, ann) in zip(keys, read_many(docs[k] for k in keys))}


def _score_ids(score: Score, gold: set[str], got: set[str], key: str) -> None:
    score.tp += len(gold & got)
    score.fp += len(got - gold)
    score.fn += len(gold - got)
    score.errors += [f"{key}: spurious {x}" for x in sorted(got - gold)] + [f"{key}: missed {x}" for x in sorted(gold - got)]


def _score_persons(score: Score, gold: list[list[str]], names: set[str], key: str) -> None:
    variants = [{slug(v) for v in person} for person in gold]
    matched = set()
    for name in sorted(names):
        hits = [i for i, forms in enumerate(variants) if slug(name) in forms]
        if hits:
            matched.update(hits)
        else:
            score.fp += 1
            score.errors.append(f"{key}: spurious person {name!r}")
    score.tp += len(matched)
    score.fn += len(gold) - len(matched)
    score.errors += [f"{key}: missed person {gold[i][0]!r}" for i in range(len(gold)) if i not in matched]


def score(gold: dict[str, dict], docs: dict[str, Document], predicted: dict[str, Resolved]) -> dict[str, Score]:
    """Scores by metric: groups, agencies, persons per language, and rule violations."""
    scores: dict[str, Score] = defaultdict(Score)
    for key, expected in gold.items():
        res = predicted[key]
        entities = {e.id: e for e in res.entities}
        ids = lambda kind: {e.split(":", 1)[1] for e, ent in entities.items() if ent.kind == kind}  # noqa: E731
        _score_ids(scores["groups"], set(expected["groups"]), ids("group"), key)
        _score_ids(scores["agencies"], set(expected["agencies"]), ids("agency"), key)
        persons = {ent.name for ent in entities.values() if ent.kind == "person"}
        _score_persons(scores[f"persons_{docs[key].language}"], expected["persons"], persons, key)
        banned = scores["violations"]
        for m in res.annotations.mentions:
            if m.kind in ("group", "agency") and m.text in expected.get("must_not", ()):
                banned.fp += 1
                banned.errors.append(f"{key}: {m.text!r} came out as a {m.kind}")
            if m.kind == "person" and m.text in expected.get("not_persons", ()):
                banned.fp += 1
                banned.errors.append(f"{key}: {m.text!r} came out as a person")
    return dict(scores)


def evaluate(root: Path, gold_path: Path) -> dict[str, Score]:
    """Read every gold document and score what comes out."""
    gold = load_gold(gold_path)
    docs = load_documents(root, list(gold))
    return score(gold, docs, predict(docs))


@dataclass(frozen=True)
class GoldTimex:
    text: str
    value: str
    type: str
    dct: str


def read_meantime(path: Path) -> list[GoldTimex]:
    """Gold time expressions of a MEANTIME BIO file (token, tag, value; a
    pseudo-token line carries each document's creation date)."""
    import re

    out, dct, tokens, current = [], None, [], None

    def close():
        if current is not None:
            text = re.sub(r" ([,.;:)])", r"\1", " ".join(tokens)).replace("( ", "(")
            out.append(GoldTimex(text, current[0], current[1], dct))

    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 3:
            continue
        token, tag, value = parts[0], parts[1], parts[2]
        if token.startswith("*!-DCTVALUE="):
            dct = token.split('"')[1]
            continue
        if tag.startswith("B-") or (tag.startswith("I-") and current is None):
            close()
            tokens, current = [token], (value, tag[2:])
        elif tag.startswith("I-"):
            tokens.append(token)
        else:
            close()
            tokens, current = [], None
    close()
    return out


def _nth(text: str, surface: str, n: int) -> tuple[int, int]:
    start = -1
    for _ in range(n + 1):
        start = text.find(surface, start + 1)
        if start < 0:
            raise ValueError(f"gold surface {surface!r} occurs fewer than {n + 1} times")
    return start, start + len(surface)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def place_date_scores(gold: dict[str, dict], docs: dict[str, Document], annotations: dict) -> dict[str, Score]:
    """Place resolution (exact id and country) and date normalization per language.

    A gold toponym counts when a place mention overlapping it resolved to the
    gold place (tp) and as missed otherwise (fn); a resolved place mention
    overlapping no gold toponym is spurious (fp). Dates likewise, on TIMEX3 values."""
    scores: dict[str, Score] = defaultdict(Score)
    for key, expected in gold.items():
        doc, ann = docs[key], annotations[key]
        lang = doc.language
        places = {p.key: p for p in ann.places}
        mentions = [m for m in ann.mentions if m.kind == "place" and m.key in places]
        gold_spans = []
        for surface, n, want in expected["places"]:
            span = _nth(doc.text, surface, n)
            gold_spans.append(span)
            got = [places[m.key] for m in mentions if _overlaps(span, (m.start, m.end))]
            exact, country = scores[f"places_{lang}"], scores[f"countries_{lang}"]
            if got and got[0].key == want:
                exact.tp += 1
            else:
                exact.fn += 1
                exact.errors.append(f"{key}: {surface!r}#{n} -> {got[0].name + ' ' + got[0].key if got else 'nothing'}, gold {want}")
            want_country = want.startswith("tocsin-") or got and got[0].key == want
            if got and (want_country or _same_country(got[0], want)):
                country.tp += 1
            else:
                country.fn += 1
        for m in mentions:
            if not any(_overlaps(span, (m.start, m.end)) for span in gold_spans):
                scores[f"places_{lang}"].fp += 1
                scores[f"places_{lang}"].errors.append(f"{key}: spurious place {m.text!r} -> {places[m.key].name}")
        for surface in expected.get("not_places", ()):
            span = _nth(doc.text, surface, 0)
            for m in mentions:
                if _overlaps(span, (m.start, m.end)):
                    scores["violations"].fp += 1
                    scores["violations"].errors.append(f"{key}: {m.text!r} inside {surface!r} came out as a place")
        date_spans = []
        for surface, n, want in expected["dates"]:
            span = _nth(doc.text, surface, n)
            date_spans.append(span)
            got = [t.value for t in ann.times if _overlaps(span, (t.start, t.end))]
            if want in got:
                scores[f"dates_{lang}"].tp += 1
            else:
                scores[f"dates_{lang}"].fn += 1
                scores[f"dates_{lang}"].errors.append(f"{key}: {surface!r} -> {got or 'nothing'}, gold {want}")
        for t in ann.times:
            if not any(_overlaps(span, (t.start, t.end)) for span in date_spans):
                scores[f"dates_{lang}"].fp += 1
                scores[f"dates_{lang}"].errors.append(f"{key}: spurious date {t.text!r} = {t.value}")
    return dict(scores)


def _same_country(place, gold_key: str) -> bool:
    from ..read.placedb import place_index

    gold = place_index().get(int(gold_key.split("-", 1)[1]))
    return gold is not None and gold.country == place.country


def read_gold(root: Path, gold_path: Path) -> tuple[dict, dict[str, Document], dict]:
    """The gold file, its documents as ingest reads them, and what the reader finds in each."""
    gold = load_gold(gold_path)
    docs = load_documents(root, list(gold))
    keys = list(docs)
    return gold, docs, {key: ann for key, (_, ann) in zip(keys, read_many(docs[k] for k in keys))}


def evaluate_places(root: Path, gold_path: Path) -> dict[str, Score]:
    return place_date_scores(*read_gold(root, gold_path))


def statement_scores(gold: dict[str, list[dict]], docs: dict[str, Document], annotations: dict) -> dict[str, Score]:
    """Statements found (a gold content inside a found statement's content),
    then, over the found ones, speaker, claim type and stance accuracy."""
    scores: dict[str, Score] = defaultdict(Score)
    for key, expected in gold.items():
        doc, ann = docs[key], annotations[key]
        lang = doc.language
        used = set()
        for g in expected:
            hits = [i for i, st in enumerate(ann.statements) if g["content"] in doc.text[st.content_start : st.content_end]]
            if not hits:
                scores[f"statements_{lang}"].fn += 1
                scores[f"statements_{lang}"].errors.append(f"{key}: missed {g['content']!r}")
                continue
            used.add(hits[0])
            st = ann.statements[hits[0]]
            scores[f"statements_{lang}"].tp += 1
            same = _same_speaker(g["speaker"], st.speaker_name)
            for metric, ok, detail in (
                ("speakers", same, f"speaker {st.speaker_name!r}, gold {g['speaker']!r}"),
                ("claim_types", st.claim_type == g["type"], f"type {st.claim_type}, gold {g['type']}"),
                ("stances", st.stance == g["stance"], f"stance {st.stance}, gold {g['stance']}"),
            ):
                if ok:
                    scores[metric].tp += 1
                else:
                    scores[metric].fn += 1
                    scores[metric].errors.append(f"{key}: {g['content'][:40]!r}: {detail}")
        for i, st in enumerate(ann.statements):
            if i not in used:
                scores[f"statements_{lang}"].fp += 1
                scores[f"statements_{lang}"].errors.append(f"{key}: spurious {doc.text[st.content_start:st.content_end][:60]!r}")
    return dict(scores)


def _same_speaker(gold: str | None, got: str | None) -> bool:
    if gold is None:
        return got is None
    if got is None:
        return False
    return slug(gold) == slug(got) or slug(gold).endswith("-" + slug(got)) or slug(got).endswith("-" + slug(gold))


def evaluate_statements(root: Path, gold_path: Path) -> dict[str, Score]:
    return statement_scores(*read_gold(root, gold_path))
