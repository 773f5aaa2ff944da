"""Two reports of one type that tell different happenings (link.apart), on event rows built by hand."""

import pytest

from tocsin.link.apart import manners, told_apart
from tocsin.link.incidents import compare, contradicts, same_step


def row(**kw):
    base = {
        "id": "ev-1", "doc_id": "d1", "type": "attack", "subtype": None, "modality": "asserted", "nominal": 0,
        "target_category": None, "fatalities": None, "place_entity": "place:gn-1", "place_precision": "city",
        "date_value": "2024-10-07", "date_begin": "2024-10-07", "date_end": "2024-10-07", "date_precision": "day",
        "actor_entity": None, "target_entity": None, "target_text": None, "published_at": "2024-10-09", "outlet": "A",
        "country": "PE", "admin1": "LMA", "lat": -12.0, "lon": -77.0, "groups": [], "trigger_text": "attacked",
    }
    return {**base, **kw}


@pytest.mark.parametrize("first, second", [
    ("beat", "shooting"),                     # "Gunmen beat Juan Pérez before shooting him dead"
    ("stabbed", "shot"),                      # "Maria Gómez was stabbed and then shot by her former partner"
    ("punched", "shot"),                      # "Lee was punched during the fight before a man pulled a gun and shot him"
    ("fight", "shooting"),                    # "a fight outside a bar ended in a shooting"
    ("hit by a car", "shot"),                 # "a man was hit by a car and then shot"
    ("golpeado", "baleado"),                  # "fue golpeado y después baleado"
    ("shot", "stabbed"),
])
def test_apart_one_story_tells_one_happening_in_several_manners(first, second):
    a = row(trigger_text=first, target_entity="person:juan-perez")
    b = row(id="ev-2", trigger_text=second, target_entity="person:juan-perez")
    assert not told_apart(a, b) and compare(a, b) is not None and not contradicts(a, b)
    a, b = row(trigger_text=first, evidence_start=0), row(id="ev-2", trigger_text=second, evidence_start=0)
    assert not told_apart(a, b)  # "a man was beaten and then shot", no one named: one sentence


@pytest.mark.parametrize("first, second", [
    ("shooting", "striking him in the face"), # "the police shooting", "Bell struck the officer in the face"
    ("stabbed", "struck"),                    # "the victim had been stabbed", "the officer struck the man"
    ("car bomb", "apuñalado"),
    ("opened fire", "set fire"),
])
def test_apart_one_article_s_acts_of_other_manners_between_other_parties_are_two(first, second):
    a = row(trigger_text=first, target_entity="person:bell")
    b = row(id="ev-2", trigger_text=second, actor_entity="person:eggers")
    assert told_apart(a, b) and compare(a, b) is None and contradicts(a, b)
    assert not told_apart(a, {**b, "doc_id": "d2"})  # outlets tell one act in other words


def test_apart_a_definite_reference_in_another_manner_may_refer_back_to_the_assault():
    # "Gunmen beat Juan Pérez before shooting him dead." ... "The shooting was the third in the neighborhood this month."
    beat = row(trigger_text="beat", target_entity="person:juan-perez", evidence_start=0)
    shooting = row(id="ev-2", trigger_text="shooting", nominal=1, before_trigger="The ", evidence_start=200)
    assert not told_apart(beat, shooting) and not contradicts(shooting, beat)


@pytest.mark.parametrize("trigger", ["exploited", "explotación sexual", "kickbacks"])
def test_apart_exploitation_and_kickbacks_name_no_manner(trigger):
    assert manners(row(trigger_text=trigger)) == set()


def test_apart_two_named_people_as_attackers_without_a_common_victim_are_two_attacks():
    ruiz = row(actor_entity="person:jose-ruiz", target_text="a guard")
    gomez = row(id="ev-2", actor_entity="person:ana-gomez", target_text="a driver")
    assert told_apart(ruiz, gomez) and compare(ruiz, gomez) is None


@pytest.mark.parametrize("first, second", [
    ("group:sinaloa-cartel", "group:los-chapitos"),  # "El Cártel de Sinaloa atacó a policías", "Los Chapitos, una facción, atacaron"
    ("group:los-zetas", "group:gulf-cartel"),        # two outlets' attributions of one convoy ambush
    ("group:ms-13", "group:barrio-18"),              # "police blamed MS-13", "residents said Barrio 18"
])
def test_apart_two_groups_named_as_attackers_are_no_evidence(first, second):
    assert not told_apart(row(actor_entity=first, target_text="a police convoy"),
                          row(id="ev-2", doc_id="d2", actor_entity=second, target_text="a police convoy"))


def test_apart_a_hedged_attacker_is_no_evidence():
    # "Police suspect Ruiz", "officials blamed Gómez for the killing": one killing, two suspects
    a = row(type="killing", actor_entity="person:jose-ruiz", modality="alleged")
    b = row(id="ev-2", type="killing", actor_entity="person:ana-gomez")
    assert not told_apart(a, b) and not told_apart(b, a)


def test_apart_two_named_actors_of_one_victim_stay_one_happening():
    # "Ruiz and Gómez shot the mayor", one report per shooter
    a = row(actor_entity="person:ruiz", target_entity="person:mayor-lopez")
    b = row(id="ev-2", actor_entity="person:gomez", target_entity="person:mayor-lopez")
    assert not told_apart(a, b)


@pytest.mark.parametrize("other", [None, "person:member-x"])
def test_apart_a_group_and_a_person_or_an_unknown_actor_are_no_evidence(other):
    # "a Tren de Aragua member shot a guard", "Tren de Aragua attacked the guard post"
    assert not told_apart(row(actor_entity="group:tren-de-aragua"), row(id="ev-2", actor_entity=other))


def test_apart_the_attacker_of_one_is_the_victim_of_the_other():
    # "Bell struck the officer with his fist", then "Officer Eggers shot Bell"
    struck = row(actor_entity="person:bell", target_entity=None, trigger_text="attacked")
    shot = row(id="ev-2", actor_entity="organization:police", target_entity="organization:bell", trigger_text="attacked")
    assert told_apart(struck, shot) and told_apart(shot, struck)


def test_apart_a_clash_told_from_both_sides_is_one():
    # "the Zetas attacked the Gulf Cartel", "the Gulf Cartel attacked the Zetas": one clash unless told otherwise
    a = row(actor_entity="group:zetas", target_entity="group:gulf")
    b = row(id="ev-2", actor_entity="group:gulf", target_entity="group:zetas")
    assert not told_apart(a, b)


def test_apart_a_group_s_unaimed_attack_beside_the_other_side_s_attack_on_it_is_one_clash():
    # "the Zetas opened fire in Reynosa", "the Gulf Cartel attacked the Zetas, leaving 12 dead"
    a = row(actor_entity="group:zetas", target_entity=None)
    b = row(id="ev-2", actor_entity="group:gulf", target_entity="group:zetas")
    assert not told_apart(a, b) and not told_apart(b, a)


def test_apart_legal_steps_and_seizures_are_not_judged_here():
    assert not told_apart(row(type="arrest", actor_entity="organization:fbi"), row(id="ev-2", type="arrest", actor_entity="organization:dea"))


def test_apart_an_indictment_and_an_arraignment_are_two_steps_of_a_charge():
    indicted = row(type="charge", trigger_text="charging")
    arraigned = row(id="ev-2", type="charge", trigger_text="arraignment")
    assert not same_step(indicted, arraigned) and compare(indicted, arraigned) is None
    assert same_step(indicted, row(id="ev-3", doc_id="d2", type="charge", trigger_text="charged"))
    assert same_step(arraigned, row(id="ev-3", doc_id="d2", type="charge", trigger_text="arraigned"))


def test_apart_manners_read_from_the_trigger():
    assert manners(row(trigger_text="shot to death")) == {"shooting"}
    assert manners(row(trigger_text="killed")) == set()
    assert manners(row(trigger_text="explotó un coche bomba")) == {"blast"}


def test_apart_a_report_whose_actor_is_its_own_victim_is_no_evidence():
    # "Hickson stabbed Mr Paterson", then "he stabbed Mr Paterson" with "he" misread as Paterson
    a = row(actor_entity="person:david-hickson", target_entity="person:campbell-paterson")
    b = row(id="ev-2", actor_entity="person:paterson", target_entity="person:paterson")
    assert not told_apart(a, b)


def test_apart_a_lone_surname_and_the_full_name_are_one_party():
    a = row(actor_entity="person:hickson", target_entity="person:campbell-paterson")
    b = row(id="ev-2", actor_entity="person:david-hickson", target_entity="person:paterson")
    assert not told_apart(a, b)


def test_apart_a_report_dated_years_before_an_incident_s_member_is_at_odds_with_it():
    from tocsin.link.incidents import at_odds
    sunday = row(type="killing", trigger_text="killed")
    decade = row(id="ev-2", type="killing", trigger_text="killed", date_value="2014", date_begin="2014-01-01",
                 date_end="2014-12-31", date_precision="year")
    undated = row(id="ev-3", type="killing", trigger_text="the killing", date_precision="publication", date_begin=None, date_end=None)
    assert at_odds(decade, sunday) and not at_odds(undated, sunday)


@pytest.mark.parametrize("first, second", [
    ("warrants out for her arrest", "charged"),      # "had four warrants out for her arrest", "was arrested and charged"
    ("red notice", "indicted"),
    ("orden de captura", "imputado"),
    ("pleaded not guilty", "indicted"),              # the arraignment's plea, the indictment before it
    ("arraigned", "charging"),
])
def test_apart_a_warrant_an_arraignment_and_a_charge_are_steps_of_their_own(first, second):
    a, b = row(type="charge", trigger_text=first), row(id="ev-2", type="charge", trigger_text=second)
    assert not same_step(a, b) and compare(a, b) is None


@pytest.mark.parametrize("first, second", [
    ("charged", "indicted"), ("charges", "pending charges"), ("compareció", "formalizado"), ("arraigned", "arraignment"), ("active warrant for", "warrants"),
])
def test_apart_reports_of_one_charge_step_stay_one(first, second):
    assert same_step(row(type="charge", trigger_text=first), row(id="ev-2", type="charge", trigger_text=second))


def test_apart_two_agencies_may_act_together():
    # "state troopers shot the man", "city police shot the man": a joint operation, not two shootings
    assert not told_apart(row(actor_entity="organization:state-police"), row(id="ev-2", actor_entity="organization:city-police"))
