"""The quality gate: extraction on the gold set must not fall below the floors."""

import json
from pathlib import Path

import pytest

from tocsin.evaluate import evaluate

from tests.conftest import ROOT

GOLD = Path(__file__).resolve().parents[1] / "gold"
BASELINE = json.loads((GOLD / "baseline.json").read_text())

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def scores():
    return evaluate(ROOT, GOLD / "entities.json")


def assert_floor(got, floor: dict, metric: str) -> None:
    detail = "\n".join(got.errors)
    assert got.precision >= floor["precision"], f"{metric} precision {got.precision:.3f} < {floor['precision']}\n{detail}"
    assert got.recall >= floor["recall"], f"{metric} recall {got.recall:.3f} < {floor['recall']}\n{detail}"


@pytest.mark.parametrize("metric", sorted(BASELINE["floors"]))
def test_quality_metric_meets_floor(scores, metric):
    assert_floor(scores[metric], BASELINE["floors"][metric], metric)


def test_quality_no_lookalike_or_group_as_person(scores):
    violations = scores.get("violations")
    assert violations is None or violations.fp <= BASELINE["max_violations"], "\n".join(violations.errors)


def test_quality_gold_covers_both_languages_and_every_demo_article(scores):
    gold = json.loads((GOLD / "entities.json").read_text())["documents"]
    demo = {str(p.relative_to(ROOT)) for p in (ROOT / "corpus" / "demo").rglob("*") if p.suffix in (".txt", ".md", ".html")}
    demo -= {p for p in demo if "/noisy/" in p}
    assert demo <= set(gold)
    assert scores["persons_en"].tp + scores["persons_en"].fn >= 30
    assert scores["persons_es"].tp + scores["persons_es"].fn >= 10


@pytest.fixture(scope="module")
def place_scores():
    from tocsin.evaluate import evaluate_places

    return evaluate_places(ROOT, GOLD / "places.json")


@pytest.fixture(scope="module")
def statement_scores():
    from tocsin.evaluate import evaluate_statements

    return evaluate_statements(ROOT, GOLD / "statements.json")


@pytest.mark.parametrize(
    "table,metric",
    [("place_floors", m) for m in sorted(BASELINE["place_floors"])] + [("statement_floors", m) for m in sorted(BASELINE["statement_floors"])],
)
def test_quality_places_dates_and_statements_meet_floor(request, table, metric):
    scores = request.getfixturevalue("place_scores" if table == "place_floors" else "statement_scores")
    assert_floor(scores[metric], BASELINE[table][metric], metric)


def test_quality_group_names_are_not_places(place_scores):
    violations = place_scores.get("violations")
    assert violations is None or violations.fp == 0, "\n".join(violations.errors)


@pytest.fixture(scope="module")
def event_scores():
    from tocsin.evaluate.events import evaluate_events

    return evaluate_events(ROOT, GOLD / "events.json")


@pytest.mark.parametrize("metric", sorted(BASELINE["event_floors"]))
def test_quality_events_meet_floor(event_scores, metric):
    assert_floor(event_scores[metric], BASELINE["event_floors"][metric], metric)


def test_quality_events_macro_f1_and_nothing_predicted_is_stored(event_scores):
    from tocsin.evaluate.events import macro_f1

    assert macro_f1(event_scores) >= BASELINE["event_macro_f1_floor"], "\n".join(event_scores["types"].errors)
    stored = event_scores.get("stored_not_happened")
    assert stored is None or stored.fp <= BASELINE["max_stored_not_happened"], "\n".join(stored.errors)


def test_quality_event_gold_covers_the_taxonomy():
    from tocsin.models import EVENT_TYPES, MODALITIES, TARGET_CATEGORIES

    gold = [e for doc in json.loads((GOLD / "events.json").read_text())["documents"].values() for e in doc]
    assert len(gold) >= 150
    assert {e["type"] for e in gold} == set(EVENT_TYPES)
    assert {e["modality"] for e in gold} == set(MODALITIES)
    assert {e["target"] for e in gold} - {None} == set(TARGET_CATEGORIES)


def test_quality_habits_and_generic_statements_of_the_demo_are_not_stored(demo_store):
    from tocsin.evaluate.incidents import incident_scores

    store, _ = demo_store
    got = incident_scores(store, ROOT, GOLD / "incidents.json")
    assert got["stored_not_events"] == []


@pytest.mark.parametrize("gold_file,floors_key", [("incidents.json", "incident_floors"),
                                                  ("incidents_bilingual.json", "bilingual_incident_floors")])
def test_quality_incidents_of_both_languages_meet_floor(demo_store, gold_file, floors_key):
    """The demo's incidents meet their floors: the English gold alone, and with the Spanish demo reports added
    (cross-language incidents)."""
    from tocsin.evaluate.incidents import incident_scores

    store, _ = demo_store
    got = incident_scores(store, ROOT, GOLD / gold_file)
    floors = BASELINE[floors_key]
    detail = "\n".join(sorted(set(got["pairwise"].errors)) + got["missing"])
    assert got["coverage"] >= floors["coverage"], detail
    assert got["bcubed"]["f1"] >= floors["bcubed_f1"], f"B-cubed {got['bcubed']}\n{detail}"
    assert got["pairwise"].f1 >= floors["pairwise_f1"], f"pairwise F1 {got['pairwise'].f1:.3f}\n{detail}"


def test_quality_an_incident_merges_spanish_and_english_reports(demo_store):
    store, _ = demo_store
    mixed = store.fetch(
        "SELECT ie.incident_id FROM incident_events ie JOIN events ev ON ev.id = ie.event_id JOIN documents d ON d.id = ev.doc_id"
        " GROUP BY ie.incident_id HAVING COUNT(DISTINCT d.language) >= 2 AND SUM(d.language = 'es') > 0 AND SUM(d.language = 'en') > 0"
    )
    assert mixed, "no incident has reports in both Spanish and English"


@pytest.fixture(scope="module")
def spanish_event_scores():
    from tocsin.evaluate.events import evaluate_events

    return evaluate_events(ROOT, GOLD / "events_es.json")


@pytest.mark.parametrize("metric", sorted(BASELINE["event_floors_es"]))
def test_quality_spanish_events_meet_floor(spanish_event_scores, metric):
    assert_floor(spanish_event_scores[metric], BASELINE["event_floors_es"][metric], f"{metric} (Spanish)")
