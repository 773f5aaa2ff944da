"""Whom a happening hurt, and what the story says that person was: the object of a happening noun's own clause of
hurting, the object a means gerund shares with the one joined to it, a category that travels with its target when
triggers merge, and a service a person is told to have left."""

import pytest


def _events(make_doc, text, language="en"):
    from tocsin.read import read_many

    ((_, ann),) = read_many([make_doc(text, language=language, published_at="2024-10-24")], gated=False)
    return ann.events


def _violent(make_doc, text, language="en"):
    return [e for e in _events(make_doc, text, language) if e.type in ("killing", "attack")]


@pytest.mark.model
@pytest.mark.parametrize(("text", "target", "category"), [
    # the clause of a happening noun that says whom it hurt: its object is the target, and gives the category
    ("The car bomb attack that wounded four soldiers near Kandahar was claimed by the Taliban.", "four soldiers", "military"),
    ("An explosion injuring two police officers shook the market in Peshawar on Friday.", "two police officers", "law enforcement"),
    ("The ambush, which left two deputies dead, took place near the county line.", "two deputies", "law enforcement"),
    ("Rights groups condemned the shooting that killed a radio reporter in Tegucigalpa.", "a radio reporter", "journalist"),
    # a category goes with its target when two triggers of one happening merge: not the untargeted noun's "civilian"
    ("Farmers mourned the ambush that killed one constable on the ridge road on Monday.", "one constable", "law enforcement"),
])
def test_target_hurt_the_object_of_a_happening_nouns_own_clause(make_doc, text, target, category):
    events = _violent(make_doc, text)
    assert events and events[0].target_text == target and events[0].target_category == category


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The attack that left the town in shock happened on Sunday night.",  # no one hurt: "left" with no harm
    "The blast, which injured no one, damaged a wall of the bakery.",  # no one to name
])
def test_target_hurt_a_clause_that_hurt_no_one_names_no_target(make_doc, text):
    events = _violent(make_doc, text)
    assert events and all(e.target_text is None for e in events)


@pytest.mark.model
@pytest.mark.parametrize(("text", "target"), [
    # a means gerund: the one the clause's subject shot, joined verbs sharing the object
    ("A trooper halted the robber by shooting and injuring him near the bank.", "him"),
    ("The officer ended the standoff by shooting and killing the suspect.", "the suspect"),
])
def test_target_hurt_a_means_gerund_shares_the_joined_verbs_object(make_doc, text, target):
    events = _violent(make_doc, text)
    assert events and events[0].target_text == target


@pytest.mark.model
@pytest.mark.parametrize(("text", "gerund", "target"), [
    # a gerund with its own "at" object does not take the joined verb's object, which is another's
    ("He is accused of firing at two deputies and wounding a bystander.", "firing", None),
    ("He is accused of kidnapping and killing two officers.", "kidnapping", "officers"),
    ("He is accused of kidnapping a girl and killing her father.", "kidnapping", "girl"),
])
def test_target_hurt_a_gerund_with_its_own_object_keeps_it(english, text, gerund, target):
    from tocsin.read.events.arguments import _gerund_object

    doc = english(text)
    found = _gerund_object(next(t for t in doc if t.text == gerund))
    assert (found.text if found is not None else None) == target


@pytest.mark.model
@pytest.mark.parametrize(("text", "language", "target", "category"), [
    ("El ataque que hirió a dos policías en Celaya fue atribuido al cártel.", "es", "dos policías", "law enforcement"),
])
def test_target_hurt_spanish_the_clause_of_the_happening(make_doc, text, language, target, category):
    events = _violent(make_doc, text, language)
    assert events and events[0].target_text == target and events[0].target_category == category


@pytest.mark.model
@pytest.mark.parametrize(("text", "language", "category"), [
    # a person told to have left a service is its former member, whatever the story says of the happening
    ("Matthew Dunbar was shot dead in a parking lot in 1994. Dunbar, 26, had just left the Army after the Gulf War.", "en",
     "former law enforcement"),
    ("Ana Ruiz was shot dead on Monday. Ruiz resigned from the police department in 2019.", "en", "former law enforcement"),
    ("Juan Pérez fue asesinado el domingo en Cúcuta. Pérez dejó la policía hace dos años.", "es", "former law enforcement"),
    ("Carla Soto fue asesinada el lunes en Medellín. Soto dejó el ejército en 2015.", "es", "former law enforcement"),
    # near misses: a police station or a company left is no service
    ("Tom Baker was stabbed outside a bar. Baker had just left the police station after reporting a theft.", "en", "civilian"),
    ("John Smith was killed on Friday in Dover. Smith left the company in May.", "en", "civilian"),
    ("Luis Gómez fue asesinado el sábado. Gómez dejó la estación de policía a las diez.", "es", "civilian"),
])
def test_target_hurt_a_service_the_person_left(make_doc, text, language, category):
    events = _violent(make_doc, text, language)
    assert events and events[0].target_category == category


@pytest.mark.model
@pytest.mark.parametrize(("text", "language"), [
    # a clause said as a chance, a denial or hearsay names no one the noun's event may assert was hurt
    ("A shooting that could have killed dozens of students was prevented by police.", "en"),
    ("The bombing that might have injured several officers is under investigation.", "en"),
    ("The attack, which reportedly wounded two soldiers, took place near the border.", "en"),
    ("The ambush, which allegedly injured three deputies, was blamed on a gang.", "en"),
    ("La explosión que podría haber herido a decenas de personas fue evitada.", "es"),
    # "hurt" takes trades and prospects as often as people: no target
    ("The attack that hurt the tourism industry happened in Acapulco.", "en"),
])
def test_target_hurt_a_clause_said_as_a_chance_or_hearsay_names_no_target(make_doc, text, language):
    events = _violent(make_doc, text, language)
    assert all(e.target_text is None for e in events)


@pytest.mark.model
def test_target_hurt_each_happening_keeps_its_own_clause(make_doc):
    events = _violent(make_doc, "The attack that killed two soldiers came a day after a bombing that wounded a journalist.")
    assert {(e.trigger, e.target_text, e.target_category) for e in events} == {
        ("attack", "two soldiers", "military"), ("bombing", "a journalist", "journalist")}


@pytest.mark.model
@pytest.mark.parametrize(("text", "language", "category"), [
    # leaving a service said as denied, planned or future is no past membership
    ("Mark Hill was shot dead on Friday. Hill never left the police force.", "en", "civilian"),
    ("Mark Hill was shot dead on Friday. Hill will leave the police department in May.", "en", "civilian"),
    ("Mark Hill was shot dead on Friday. His brother left the Army in 2010.", "en", "civilian"),
    ("Juan Pérez fue asesinado el domingo. Pérez no dejó la policía.", "es", "civilian"),
    ("Juan Pérez fue asesinado el domingo. Pérez renunció a la policía en 2019.", "es", "former law enforcement"),
    # a Spanish service named by its adjective after the head
    ("Juan Pérez fue asesinado el domingo. Pérez dejó la fuerza aérea en 2010.", "es", "former law enforcement"),
    ("Juan Pérez fue asesinado el domingo. Pérez dejó la institución policial en 2010.", "es", "former law enforcement"),
])
def test_target_hurt_a_service_left_only_when_told_as_done(make_doc, text, language, category):
    events = _violent(make_doc, text, language)
    assert events and events[0].target_category == category
