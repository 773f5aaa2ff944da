"""No output says more than its source: the group ties of tests/gold/hedges.json (docs/annotation.md §3).

Each sentence is read as a document of its own; the ties tocsin gives the sentence's group are compared with the
annotated one. A tie stated as fact (named) where the sentence hedges it or makes none is an upgrade: there must be
none. The exact strength is a measure with a floor (the set is small and was written by the team: a regression
test, not the measure of quality; bench/realtext scores the real-text split)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from tocsin.models import Document
from tocsin.read import read_many

HERE = Path(__file__).resolve().parents[2]
GOLD = json.loads((HERE / "tests" / "gold" / "hedges.json").read_text(encoding="utf-8"))["items"]
SHARED = HERE.parent / "shared" / "data" / "corpora"


def _text(item: dict) -> str:
    if "text" in item:
        return item["text"]
    sys.path.insert(0, str(HERE / "bench" / "realtext"))
    import texts

    return texts.full_text(item["source"])[item["start"] : item["end"]]


def _verdicts(items: list[dict]) -> list[tuple[dict, list, bool, bool]]:
    docs = [Document(id=f"hedge-{i['id']}", text=_text(i), source=i["id"], language=i["language"]) for i in items]
    out = []
    for item, (_, ann) in zip(items, read_many(docs, gated=False)):
        ties = [t for e in ann.events for t in e.ties if t.group_key == item["group"] and t.role != "mentioned"]
        upgraded = any(t.strength == "named" for t in ties) and (item["expect"] != "named" or any(t.role != item["role"] for t in ties))
        said = [t.strength for t in ties if t.role == item["role"]]
        right = not ties if item["expect"] == "none" else bool(said) and all(s == item["expect"] for s in said)
        out.append((item, ties, upgraded, right))
    return out


@pytest.fixture(scope="module")
def verdicts():
    items = [i for i in GOLD if "text" in i or SHARED.exists()]
    if len(items) < len(GOLD):
        pytest.skip(f"the real sentences are read from {SHARED} (../shared/data beside the project)")
    return _verdicts(items)


def test_the_hedge_set_is_at_least_forty_sentences_in_both_languages():
    assert len(GOLD) >= 40
    assert {i["language"] for i in GOLD} == {"en", "es"} and sum("source" in i for i in GOLD) >= 5
    assert {i["expect"] for i in GOLD} >= {"named", "alleged", "suspected", "linked to", "described as", "none"}


def test_no_tie_says_more_than_its_sentence(verdicts):
    upgrades = [(i["id"], _text(i), [(t.role, t.strength, t.hedge) for t in ties]) for i, ties, up, _ in verdicts if up]
    assert upgrades == []


def test_ties_keep_the_sentences_own_strength(verdicts):
    right = sum(r for *_, r in verdicts)
    wrong = [(i["id"], i["expect"], [(t.role, t.strength, t.hedge) for t in ties]) for i, ties, _, r in verdicts if not r]
    assert right / len(verdicts) >= 0.80, wrong
    for language in ("en", "es"):
        of = [r for i, *_, r in verdicts if i["language"] == language]
        assert sum(of) / len(of) >= 0.75, language


@pytest.mark.parametrize("text, language, hedge", [
    ("Juan Pérez, who police say is a member of Tren de Aragua, told reporters that he had never extorted anyone.", "en", "who police say"),
    ("Carlos Rivas, a suspected MS-13 leader, said in court that the charges were invented by his rivals.", "en", "suspected"),
    ("José Pérez, señalado como cabecilla del Tren de Aragua, dijo a la prensa que es inocente de todos los cargos.", "es", "señalado como"),
    ("Ana Ruiz, a researcher at the Andean Security Institute, said the gang was growing in the region.", "en", None),
])
def test_a_speakers_affiliation_keeps_its_hedge(text, language, hedge):
    """A statement's affiliation is never more certain than the speaker phrase: "who police say is a member of"."""
    ((_, ann),) = read_many([Document(id="aff", text=text, source="aff", language=language)], gated=False)
    said = [s for s in ann.statements if s.affiliation]
    assert said and {s.affiliation_hedge for s in said} == {hedge}


@pytest.mark.parametrize("text, group, kind, act_hedged", [
    ("Los Choneros supposedly has cells in Quito.", "los-choneros", "presence", True),
    ("Gunmen from MS-13 supposedly shot a shopkeeper in Tulsa on Friday.", "ms-13", "attack", True),
    # the hedge is on the membership, not the robbery: the robbery is told as fact, the tie is not
    ("Two men, supposedly members of Barrio 18, robbed a bank in Reno on Monday.", "barrio-18", "robbery", False),
])
def test_supposedly_hedges_as_reportedly_does(text, group, kind, act_hedged):
    """"Supposedly" holds what it qualifies as only alleged, as "reportedly" does: the tie to the group is never
    stated as fact, nor the act it qualifies (an upgrade in all three, before)."""
    [(_, ann)] = read_many([Document(id="supposedly", text=text, source="supposedly", language="en")], gated=False)
    events = [e for e in ann.events if e.type == kind]
    ties = [t for e in events for t in e.ties if t.group_key == group and t.role != "mentioned"]
    assert events and ties
    assert all(t.strength != "named" for t in ties)
    assert all(e.modality != "asserted" for e in events) == act_hedged
