"""Presence told as a hold on a place: a participle joined to the group's name ("Hamas-ruled Gaza"), the group's rulers
("the Hamas rulers of Gaza"), control or power taken ("seized control of", "returned to power in"), territory gained,
a group named after the place it is based in ("the Venezuela-based Tren de Aragua"), its people deployed somewhere, and
its standing as the dominant force of a place; and the near misses where no named group holds the place (a government,
an agency, troops sent to fight a group, control lost). Every sentence is invented (docs/annotation.md §5)."""

import pytest

from tocsin.read import read

pytestmark = pytest.mark.model


def _pairs(make_doc, text):
    ann = read(make_doc(text, language="en", published_at="2025-03-01"))
    countries = {p.key: p.country for p in ann.places}
    return sorted({(g, countries[e.place_key]) for e in ann.events if e.type == "presence" and e.place_key in countries for g in e.group_keys})


@pytest.mark.parametrize("text, pairs", [
    ("Aid trucks entered Hamas-ruled Gaza on Sunday.", [("hamas", "PS")]),
    ("The strikes hit Houthi-controlled areas of Yemen.", [("houthis", "YE")]),
    ("Women lose their rights in Taliban-run Afghanistan.", [("taliban", "AF")]),
    ("Soldiers patrolled the Sinaloa Cartel-controlled town of Culiacán.", [("sinaloa-cartel", "MX")]),
    ("The Hamas rulers of Gaza rejected the offer.", [("hamas", "PS")]),
    ("Hamas seized control of Gaza in 2007.", [("hamas", "PS")]),
    ("The Taliban seized power in Afghanistan.", [("taliban", "AF")]),
    ("The Taliban took control of Afghanistan in August 2021.", [("taliban", "AF")]),
    ("The Taliban returned to power in Afghanistan in 2021.", [("taliban", "AF")]),
    ("Tren de Aragua gained territory in Chile.", [("tren-de-aragua", "CL")]),
    ("The report describes the Venezuela-based Tren de Aragua.", [("tren-de-aragua", "VE")]),
    ("A Honduras-based MS-13 clique was behind the extortion scheme.", [("ms-13", "HN")]),
    ("Hezbollah fighters deployed to Syria to support the regime.", [("hezbollah", "SY")]),
    ("The Gulf Cartel has long been the dominant force in Matamoros.", [("gulf-cartel", "MX")]),
])
def test_presence_holds_found(make_doc, text, pairs):
    assert _pairs(make_doc, text) == pairs


@pytest.mark.parametrize("text", [
    "Syrian government-held areas of Aleppo were hit.",  # no group before the hyphen
    "State-run media in Venezuela reported that Tren de Aragua was dismantled.",  # the media's, not the gang's
    "The U.S.-controlled zone of Syria holds ISIS detainees.",
    "Police seized control of the Tren de Aragua hideout in Aurora.",  # police took it
    "The army took control of Culiacán after the Sinaloa Cartel fled.",
    "Troops were deployed to Culiacán to fight the Sinaloa Cartel.",  # troops sent against a group
    "The National Guard deployed to Chicago to fight MS-13.",
    "The Houston-based company was sanctioned for laundering Sinaloa Cartel money.",
    "The rulers of Venezuela protect the Cártel de los Soles.",  # rulers of no group
    "ISIS lost control of Mosul in 2017.",  # control lost
    "Democrats gained control of the House as MS-13 violence rose.",
    "Marines deployed in Syria fought ISIS.",
])
def test_presence_holds_near_misses(make_doc, text):
    assert _pairs(make_doc, text) == []
