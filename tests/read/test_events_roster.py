"""A round-up's list of the people a step took, each told by a role in a group ("arrested several cartel leaders,
including: co-founder of the Guadalajara Cartel …, CJNG plaza boss …"): the step's target groups are the groups the
roles name, and no other group the list mentions. Sentences are invented in the shape of U.S.-Mexico fact sheets."""

import pytest

from tocsin.read import read

pytestmark = pytest.mark.model


def _groups(make_doc, text, language="en", etype="arrest"):
    ann = read(make_doc(text, language=language, published_at="2023-01-10"))
    return [sorted(e.group_keys) for e in ann.events if e.type == etype]


@pytest.mark.parametrize("text, language, groups", [
    ("Mexico arrested several prominent cartel leaders in 2022, including: co-founder of the Guadalajara Cartel Rafael "
     "Caro Quintero, Cartel del Noreste (CDN) Leader Juan Treviño, and CJNG plaza boss Aldrin Jarquín.", "en",
     [["cartel-del-noreste", "cjng", "guadalajara-cartel"]]),
    ("Authorities arrested three fugitives last year, including the founder of the Gulf Cartel and a Sinaloa Cartel lieutenant.", "en",
     [["gulf-cartel", "sinaloa-cartel"]]),
    ("La policía detuvo a varios delincuentes en 2022, entre ellos el cabecilla del Cártel del Golfo y un integrante del CJNG.", "es",
     [["cjng", "gulf-cartel"]]),
    # a group named by its initials after its name spelled out: the role still heads the item
    ("Mexico arrested several cartel leaders in 2022, including: Cartel de Noreste (CDN) Leader Juan Treviño, and Cartel Jalisco "
     "Nueva Generación (CJNG) Plaza Boss in Colima Aldrin Jarquín.", "en", [["cartel-del-noreste", "cjng"]]),
])
def test_roster_the_groups_of_the_people_a_round_up_lists_by_role(make_doc, text, language, groups):
    assert _groups(make_doc, text, language) == groups


@pytest.mark.parametrize("text", [
    "Police arrested several people in 2022, including a rival of MS-13 and a witness.",  # no role in the group
    "Police arrested several people in 2022, including a man who had fled from MS-13.",
])
def test_roster_a_group_the_list_names_otherwise_is_none_of_the_people_s(make_doc, text):
    assert _groups(make_doc, text) == [[]]


@pytest.mark.parametrize("text, language", [
    # a role inside a larger phrase: a relation of the person's, a relative clause, the object of another act
    ("Police arrested several people, including: a former leader of MS-13 and a nephew of a Sinaloa Cartel boss.", "en"),
    ("Police arrested several people, including: a man who was once a rival of MS-13 members, and a Gulf Cartel accountant.", "en"),
    ("Police arrested several men in 2022, including a man who killed two members of the Sinaloa Cartel.", "en"),
    ("Police arrested several men in 2022, including a witness who testified against leaders of MS-13.", "en"),
    # one who has left the group is none of its people
    ("Police arrested several men in 2022, including a former member of MS-13 who now runs a shelter.", "en"),
    ("La policía detuvo a varios hombres en 2022, entre ellos un sobrino de un cabecilla del Cártel del Golfo.", "es"),
    ("La policía detuvo a varios hombres en 2022, entre ellos un antiguo integrante de la MS-13.", "es"),
])
def test_roster_a_role_only_counts_at_the_head_of_its_list_item(make_doc, text, language):
    assert _groups(make_doc, text, language) == [[]]


def test_roster_a_place_that_describes_a_listed_person_does_not_place_the_round_up(make_doc):
    """"a CJNG plaza boss in Colima" says where the boss worked, not where Mexico made its arrests."""
    text = ("Mexico arrested several prominent cartel leaders in 2022, including: an alleged co-founder of the Guadalajara "
            "Cartel, a suspected CJNG plaza boss in Colima, and a Gulf Cartel leader.")
    ann = read(make_doc(text, published_at="2023-01-10"))
    names = {p.key: p.name for p in ann.places}
    arrests = [e for e in ann.events if e.type == "arrest"]
    assert [sorted(e.group_keys) for e in arrests] == [["cjng", "guadalajara-cartel", "gulf-cartel"]]
    assert names.get(arrests[0].place_key) != "Colima"
