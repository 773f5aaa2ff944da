"""A Spanish "por" names the doer of a passive ("detenido por la policía") or its reason ("detenido por el homicidio",
"condenado por extorsión", the English "for"): a crime is never the actor."""

import pytest

from tocsin.read import read

pytestmark = pytest.mark.model


def _actors(make_doc, text):
    doc = make_doc(text, language="es", published_at="2025-03-04")
    return {e.trigger: e.actor_text for e in read(doc).events}


@pytest.mark.parametrize("text, trigger", [
    ("Un presunto integrante de la banda fue detenido por el homicidio del comerciante.", "detenido"),
    ("Dos jóvenes fueron detenidos por robo en el centro de Quito.", "detenidos"),
    ("El líder de la banda fue condenado por extorsión y secuestro.", "condenado"),
])
def test_spanish_reasons_a_crime_after_por_is_no_actor(make_doc, text, trigger):
    assert _actors(make_doc, text)[trigger] is None


@pytest.mark.parametrize("text, trigger, actor", [
    ("El hombre fue detenido por la policía en Lima.", "detenido", "la policía"),
    ("El comerciante fue asesinado por sicarios del cartel.", "asesinado", "sicarios del cartel"),
    ("El periodista fue secuestrado por desconocidos.", "secuestrado", "desconocidos"),
])
def test_spanish_reasons_a_doer_after_por_stays_the_actor(make_doc, text, trigger, actor):
    assert _actors(make_doc, text)[trigger] == actor


def _targets(make_doc, text):
    doc = make_doc(text, language="es", published_at="2025-03-04")
    return {e.trigger: (e.target_text, e.target_category) for e in read(doc).events}


@pytest.mark.parametrize("text, trigger, target, category", [
    # the small Spanish model tags "exteniente" an adverb: the person done to is still the one the "al" marks
    ("El Tren de Aragua secuestró al exteniente Ronald Ojeda en Santiago.", "secuestró", "exteniente Ronald Ojeda",
     "former law enforcement"),
    ("Los sicarios secuestraron al exteniente.", "secuestraron", "exteniente", "former law enforcement"),
    ("Los sicarios secuestraron al comerciante.", "secuestraron", "comerciante", "business"),  # already a noun
])
def test_spanish_reasons_a_description_torn_from_its_name_stays_with_it(make_doc, text, trigger, target, category):
    assert _targets(make_doc, text)[trigger] == (target, category)
