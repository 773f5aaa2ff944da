"""A group named in its sentence as someone's group ("X, a member of the Gulf Cartel, was shot dead") is no candidate
for the doer of the sentence's act: the sentence lays nothing at its door (events/belonging.someones_group)."""

import pytest

pytestmark = pytest.mark.model


def _killings(make_doc, text, language):
    from tocsin.read import read_many

    ((_, ann),) = read_many([make_doc(text, language=language, published_at="2025-03-01")], gated=False)
    return [e for e in ann.events if e.type == "killing"]


@pytest.mark.parametrize("text, language", [
    ("Juan Perez, an alleged member of the Gulf Cartel, was shot dead in Reynosa on Monday.", "en"),
    ("The victim, a reputed leader of the Sinaloa Cartel, was killed in Culiacan on Sunday.", "en"),
    ("Juan Pérez, presunto integrante del Cártel del Golfo, fue asesinado a tiros en Reynosa el lunes.", "es"),
    ("Carlos Ruiz, cabecilla del Tren de Aragua, fue asesinado en Santiago el domingo.", "es"),
])
def test_someones_group_is_no_doer(make_doc, text, language):
    for e in _killings(make_doc, text, language):
        assert e.attribution is None and not [t for t in e.ties if t.role in ("actor", "mentioned")]


@pytest.mark.parametrize("text, language, role", [
    ("A man was shot dead in Reynosa on Monday, in an area the Gulf Cartel disputes.", "en", "mentioned"),
    ("Un hombre fue asesinado a tiros en Reynosa el lunes, en una zona disputada por el Cártel del Golfo.", "es", "mentioned"),
    ("A member of MS-13 shot and killed two teenagers in Houston on Friday.", "en", "actor"),
])
def test_a_group_named_otherwise_keeps_its_tie(make_doc, text, language, role):
    assert any(t.role == role for e in _killings(make_doc, text, language) for t in e.ties)
