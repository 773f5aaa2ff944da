"""A happening a definite noun names by its date ("the October 7th attacks") is not an undated report of one article."""

from tocsin.link import incidents
from tocsin.link.story import dated_apart, named_by_date


def _report(**fields) -> dict:
    row = {"id": "e1", "doc_id": "d1", "type": "attack", "nominal": True, "trigger_start": 100, "evidence_start": 50,
           "evidence_end": 200, "trigger_text": "attacks", "target_text": None, "target_entity": None, "target_category": None,
           "actor_entity": None, "groups": [], "modality": "asserted", "date_value": None, "date_begin": None, "date_end": None,
           "date_precision": "publication", "published_at": "2024-03-22", "place_entity": "place:moscow", "place_precision": "city",
           "country": "RU", "lat": 55.75, "lon": 37.62, "before_trigger": "", "item": None, "headline": False}
    return {**row, **fields}


SHOOTING = _report(id="e1", trigger_text="shooting", trigger_start=100,
                   before_trigger="We have all seen the video coming out of Moscow, this violent ")
OCTOBER = _report(id="e2", trigger_start=900, before_trigger="The resolution condemned Hamas for the October 7th ",
                  date_value="2023-10-07", date_begin="2023-10-07", date_end="2023-10-07", date_precision="day")


def test_named_by_date_a_definite_noun_with_its_own_date():
    assert named_by_date(OCTOBER)
    assert named_by_date({**OCTOBER, "before_trigger": "Survivors of the 2015 "})
    assert not named_by_date(SHOOTING)  # "this violent shooting": definite, no date
    assert not named_by_date({**OCTOBER, "nominal": False, "before_trigger": "Gunmen on October 7 "})  # a verb dated
    assert not named_by_date({**OCTOBER, "date_precision": "publication", "date_begin": None})  # not dated by it


def test_compare_keeps_a_date_named_attack_apart_from_an_undated_shooting():
    assert dated_apart(SHOOTING, OCTOBER)
    assert incidents.compare(OCTOBER, SHOOTING) is None


def test_compare_near_miss_an_undated_report_of_another_article_or_a_dated_one():
    assert not dated_apart(SHOOTING, {**OCTOBER, "doc_id": "d2"})
    dated = {**SHOOTING, "date_value": "2023-10-07", "date_begin": "2023-10-07", "date_end": "2023-10-07", "date_precision": "day"}
    assert not dated_apart(dated, OCTOBER)  # both dated: the dates decide, as before
    assert incidents.compare(OCTOBER, dated) is not None
