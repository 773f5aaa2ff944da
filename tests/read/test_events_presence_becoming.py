"""Presence told of what a group is or has become ("has grown into a network with operations in", "is a global
enterprise with distributors in"), of its people beyond members ("operatives", "associates", "distributors"), and of
its arrival ("has branched out into", "made its way to", "continues to thrive in", "llegó a", "se ha expandido por toda");
and the near misses each must leave alone. Every sentence is invented, none from the real-text set."""

import pytest

from .test_events_presence_forms import _claims, _pairs

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, language, pairs", [
    # a predicate noun stands for its named subject
    ("Tren de Aragua has grown into a transnational network with operations in Chile and Peru.", "en", [("tren-de-aragua", "CL"), ("tren-de-aragua", "PE")]),
    ("The Sinaloa Cartel is a global enterprise with distributors in Spain and Australia.", "en", [("sinaloa-cartel", "AU"), ("sinaloa-cartel", "ES")]),
    ("MS-13 has evolved into a sprawling organization with cliques in Honduras.", "en", [("ms-13", "HN")]),
    ("Los Choneros emerged as a criminal powerhouse with cells in Guayaquil.", "en", [("los-choneros", "EC")]),
    # people of the group besides its members
    ("The CJNG has operatives in Guatemala and Honduras.", "en", [("cjng", "GT"), ("cjng", "HN")]),
    ("Hezbollah has associates in Paraguay.", "en", [("hezbollah", "PY")]),
    # arrival and thriving
    ("The Camorra has branched out into Germany.", "en", [("camorra", "DE")]),
    ("Tren de Aragua has made its way to Chile.", "en", [("tren-de-aragua", "CL")]),
    ("MS-13 continues to thrive in El Salvador.", "en", [("ms-13", "SV")]),
    ("El Tren de Aragua llegó a Colombia en 2018.", "es", [("tren-de-aragua", "CO")]),
    ("Los Choneros han llegado a Perú.", "es", [("los-choneros", "PE")]),
    ("El CJNG se ha expandido por todo México.", "es", [("cjng", "MX")]),
])
def test_presence_becoming_forms(make_doc, text, language, pairs):
    assert _pairs(make_doc, text, language) == pairs


@pytest.mark.parametrize("text, language", [
    ("Chicago is a city with gangs in every ward.", "en"),
    ("John Smith has grown into a businessman with operations in Chile.", "en"),
    ("The investigation into MS-13 has grown into a probe with agents in Colombia.", "en"),
    ("The DEA is an agency with operatives in Mexico and Colombia.", "en"),
    ("The FBI has associates in Miami who track MS-13.", "en"),
    ("Police said the MS-13 suspect made his way to Houston.", "en"),
    ("The migrants made their way to Texas, fleeing Tren de Aragua.", "en"),
    ("Small businesses thrive in Denver, far from the Sinaloa Cartel.", "en"),
    ("El presidente llegó a Chile para hablar del Tren de Aragua.", "es"),
    ("La policía llegó a Lima tras detener a miembros del Tren de Aragua.", "es"),
    ("El gobierno llegó a un acuerdo sobre el Cártel de Sinaloa.", "es"),
])
def test_presence_becoming_near_misses(make_doc, text, language):
    assert _claims(make_doc, text, language) == []


def test_presence_becoming_denied(make_doc):
    found = {e.modality for e in _claims(make_doc, "The Sinaloa Cartel has not made its way to Canada.", "en")}
    assert found == {"negated"}
