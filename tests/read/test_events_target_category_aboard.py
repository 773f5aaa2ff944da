"""The target category of a vehicle's passengers and of an unnamed victim told again (events/aboard.py,
events/told_again.py, events/arguments.py): an attack on a vehicle takes the category of whom its own clause says it
carried ("ambushed a convoy carrying the mayor", "la camioneta en la que viajaba el alcalde"); an unnamed victim
takes what the story says of the same noun told again ("A man was stabbed … The man, a bus driver,"); a happening
noun's own clause of hurting names its target over a modifier a title-case headline gives it."""

import pytest

from tocsin.read.event_lexicon import VIOLENT

pytestmark = pytest.mark.model


def _categories(make_doc, text: str, language: str = "en") -> list[str | None]:
    from tocsin.read import read_many

    ((_, ann),) = read_many([make_doc(text, language=language, published_at="2024-10-24")], gated=False)
    return [e.target_category for e in ann.events if e.type in VIOLENT and e.type != "prison"]


@pytest.mark.parametrize("text, language, category", [
    ("Gunmen ambushed a convoy carrying the mayor and two bodyguards near Acapulco, killing three people.", "en",
     "elected or public official"),
    ("Gunmen opened fire on a car in which a federal judge was traveling in Culiacan on Monday.", "en", "judiciary"),
    ("Gunmen opened fire on a bus carrying migrants near Reynosa on Monday.", "en", "migrant"),
    ("Gunmen opened fire on the car in which Pedro Gil was traveling near Reynosa on Monday. Gil was a retired police officer.", "en",
     "former law enforcement"),
    ("Hombres armados atacaron la camioneta en la que viajaba el alcalde de Zitácuaro el lunes.", "es", "elected or public official"),
    ("Sicarios dispararon contra un vehículo que transportaba a dos policías en Celaya.", "es", "law enforcement"),
])
def test_an_attack_on_a_vehicle_takes_its_passengers_category(make_doc, text, language, category):
    assert _categories(make_doc, text, language)[0] == category


@pytest.mark.parametrize("text, language, category", [
    ("Gunmen opened fire on a bus carrying cement near Reynosa on Monday.", "en", "business"),  # a load: the bus stays
    ("Gunmen opened fire on a truck carrying bananas near Reynosa on Monday.", "en", "civilian"),
    ("Gunmen attacked a car that may have carried soldiers near Reynosa on Monday.", "en", "civilian"),  # a chance
    ("Sicarios atacaron un camión que transportaba cemento en Celaya.", "es", "civilian"),
])
def test_a_load_or_a_chance_is_no_passenger(make_doc, text, language, category):
    assert _categories(make_doc, text, language)[0] == category


@pytest.mark.parametrize("text, language, category", [
    ("A man was stabbed to death in Denver on Monday. The man, a bus driver for the city, was on his way home.", "en", "business"),
    ("A woman was shot dead in her car in Fresno on Saturday. The woman was a sheriff's deputy assigned to the jail.", "en",
     "law enforcement"),
    ("Un hombre fue asesinado a tiros en Celaya el lunes. El hombre, un policía municipal, regresaba a su casa.", "es",
     "law enforcement"),
])
def test_an_unnamed_victim_told_again_takes_its_description(make_doc, text, language, category):
    assert _categories(make_doc, text, language)[0] == category


@pytest.mark.parametrize("text, language", [
    ("A woman was shot dead in her car in Fresno on Saturday. The woman, the wife of a police officer, was 41.", "en"),
    ("A man was shot dead in Fresno on Saturday. The man was possibly a soldier, police said.", "en"),
    ("A man was shot dead in Fresno on Saturday. Another man, a police officer, was hurt.", "en"),
    ("Una mujer fue asesinada en Celaya el lunes. La mujer, esposa de un policía, tenía 40 años.", "es"),
])
def test_kin_a_chance_or_another_person_is_no_description(make_doc, text, language):
    assert _categories(make_doc, text, language)[0] == "civilian"


def test_a_headline_noun_takes_whom_its_clause_killed(make_doc):
    assert _categories(make_doc, "OSCE Envoy Condemns Dvani Attack that Killed One Policeman.")[0] == "law enforcement"


@pytest.mark.parametrize("text, language, category", [
    ("Two men killed Juan Perez outside his home in Culiacan on Friday. Perez served on the city council since 2019.", "en",
     "elected or public official"),
    ("Dos hombres mataron a Juan Pérez en Culiacán el viernes. Pérez era miembro del concejo municipal.", "es", "elected or public official"),
    ("Two men killed Juan Perez outside his home in Culiacan on Friday. Perez had spoken at a city council meeting last week.", "en",
     "civilian"),
    ("Gunmen killed Juan Perez, a member of the student council, in Culiacan on Friday.", "en", "civilian"),
])
def test_a_seat_on_a_city_council_is_an_office(make_doc, text, language, category):
    assert _categories(make_doc, text, language)[0] == category
