"""The watch rules on the linked demo corpus: alerts raised once, with the report's tie kept, and delivered."""

import pytest

from tocsin import query
from tocsin.config import Config
from tocsin.link import link
from tocsin.pipeline import run_ingest
from tocsin.watch import WatchRules, watch

pytestmark = pytest.mark.model

REPEAT = """title: Candidate shot dead in Quito
outlet: Andean Wire
published: 2023-08-10

QUITO, Ecuador — Fernando Villavicencio, who was running for president, was shot dead on Wednesday evening outside a school in Quito where he had held a campaign rally, police said. Officials gave no motive.
"""


def test_watch_raises_the_expected_alerts_once(linked_copy):
    store, _ = linked_copy
    alerts = watch(store, WatchRules())
    rules = {(a.rule, a.title) for a in alerts}
    assert any(r == "protected target" and "elected or public official" in t and "Quito" in t for r, t in rules)  # Villavicencio
    assert any(r == "protected target" and "former law enforcement" in t and "San Juan de Lurigancho" in t for r, t in rules)
    # each alert keeps the first report's tie to the group: the Cúcuta suspects were only described as members, and
    # the Treasury linked the group to killings in Chile
    assert {("new country", "Tren de Aragua reported in a new country: CO (the report's tie: target, described as)"),
            ("new country", "Tren de Aragua reported in a new country: CL (the report's tie: actor, linked to)")} <= rules
    assert not any(a.rule == "new country" and a.title == "Tren de Aragua reported in a new country: PE" for a in alerts)  # its first country
    # Los Gallegos, reported in Arica (Chile) in 2021 by a Spanish article, then in Lima in 2024: a new country for that group
    assert ("new country", "Los Gallegos reported in a new country: PE") in rules
    assert all(a.evidence for a in alerts)
    assert watch(store, WatchRules()) == []  # nothing twice


def test_watch_a_plain_repeat_joins_its_incident_and_raises_nothing(linked_copy, tmp_path):
    store, path = linked_copy
    watch(store, WatchRules())
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "repeat.txt").write_text(REPEAT, encoding="utf-8")
    run_ingest([str(tmp_path / "in")], store, Config(store=str(path)))
    report = link(store)
    assert report.documents == 1 and report.events_joined >= 1 and report.incidents_founded == 0
    villavicencio = [r for r in query.list_incidents(store, country="EC", event_type="killing") if r.date_value == "2023-08-09"]
    assert villavicencio[0].outlets == 2 and "Andean Wire" in villavicencio[0].outlet_names
    assert watch(store, WatchRules()) == []


def test_watch_hook_receives_each_new_alert_as_json(linked_copy, tmp_path):
    store, _ = linked_copy
    out = tmp_path / "alerts.jsonl"
    hook = f"python3 -c \"import sys; open('{out}', 'a').write(sys.stdin.read() + chr(10))\""
    alerts = watch(store, WatchRules(hook=hook))
    lines = out.read_text().splitlines()
    assert len(lines) == len(alerts) > 0 and '"rule"' in lines[0]
