"""Probes from the review of the target category: nothing may say more of the victim than the text does (a Spanish
passive's victim is not the speaker of the sentence before; a participle's employer or place does not outrank the
head noun; the president of a private body is no public official), and the guideline's security forces are armed
state forces (docs/annotation.md §2.4)."""

import pytest

from tocsin.read.event_lexicon import VIOLENT

pytestmark = pytest.mark.model


def _category(make_doc, text: str, language: str) -> str | None:
    from tocsin.read import read_many

    ((_, ann),) = read_many([make_doc(text, language=language, published_at="2024-10-24")], gated=False)
    events = [e for e in ann.events if e.type in VIOLENT and e.type != "prison"]
    assert events, [(e.type, e.trigger) for e in ann.events]
    return events[-1].target_category


@pytest.mark.parametrize("text, language, category", [
    # a dropped subject is not the speaker of the sentence before
    ("El gobernador Rubén Rocha condenó el crimen de un periodista en Culiacán. Fue asesinado a tiros frente a su casa.", "es", "journalist"),
    ("El fiscal Juan Soto informó del hallazgo del cuerpo de un comerciante en Sinaloa. Fue asesinado a tiros.", "es", "business"),
    ("Juan Pérez era policía municipal en Culiacán. Fue asesinado a tiros el domingo.", "es", "law enforcement"),
    # a participle's place or employer does not outrank the head noun
    ("Gunmen killed a nurse serving in a military hospital in Kabul.", "en", "civilian"),
    ("Gunmen killed a contractor working for the US military near Baghdad.", "en", "business"),
    ("Gunmen killed a man working with police as an informant in Medellin.", "en", "civilian"),
    ("Gunmen killed two Americans serving in the army near Kandahar in 2012.", "en", "military"),
    ("Gunmen killed a man working as a bus driver in Lima on Monday.", "en", "business"),
    # a president of a private body
    ("Gunmen killed the firm's president in Monterrey on Monday.", "en", "business"),
    ("Gunmen killed the bank's president in Monterrey on Monday.", "en", "business"),
    ("Gunmen killed the president of a taxi drivers' cooperative in Acapulco.", "en", "business"),
    ("Gunmen killed the student council president in Celaya on Monday.", "en", "civilian"),
    ("Gunmen killed the president of the student council in Celaya.", "en", "civilian"),
    ("Gunmen killed the president of the city council in Celaya.", "en", "elected or public official"),
    ("Gunmen attacked the president of Haiti in Port-au-Prince in July 2021.", "en", "elected or public official"),
    # security forces
    ("Gunmen attacked security forces in Michoacan on Monday.", "en", "law enforcement"),
    ("Gunmen ambushed a security patrol in Michoacan on Monday.", "en", "law enforcement"),
    ("Hombres armados atacaron a las fuerzas de seguridad en Michoacán.", "es", "law enforcement"),
    ("Hombres armados atacaron a una patrulla en Michoacán.", "es", "law enforcement"),
    ("Hombres armados mataron a una mujer que era secretaria del alcalde Juan Soto en Celaya.", "es", "civilian"),
    ("Gunmen killed a man who was identified as Juan Soto, a police officer, in Celaya.", "en", "law enforcement"),
    # what a relative clause says the victim was, not whose she was
    ("Gunmen killed a woman who was Mayor Soto's secretary in Celaya.", "en", "civilian"),
])
def test_target_category_mend(make_doc, text, language, category):
    assert _category(make_doc, text, language) == category


@pytest.mark.parametrize("text, language, category", [
    # ex-military is former law enforcement (docs/annotation.md §2.4)
    ("Gunmen killed a woman who retired from the army in Fresno.", "en", "former law enforcement"),
])
def test_former_service(make_doc, text, language, category):
    assert _category(make_doc, text, language) == category


@pytest.mark.parametrize("text, category", [
    ("La fiscal Ana Ruiz lamentó la muerte de un taxista en Culiacán. Fue asesinado a tiros el domingo.", "business"),
    ("El alcalde Pedro Gil visitó la colonia junto al comandante Luis Mora. Fue asesinado a tiros el domingo.", "civilian"),
])
def test_dropped_subject_spanish(make_doc, text, category):
    assert _category(make_doc, text, "es") == category
