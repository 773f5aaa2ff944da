"""Presence told as a place held by a group in the passive: the participle's subject, the noun a reduced relative
hangs from, or a relative clause's antecedent (read/events/held_by.py); and the near misses that must stay no claim:
a hold by no group, a group held by a person. Every sentence is invented, none from the real-text set."""

import pytest

from .test_events_presence_forms import _pairs

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, pairs", [
    ("Parts of Sinaloa are controlled by the Sinaloa Cartel.", [("sinaloa-cartel", "MX")]),
    ("Syria's Idlib province is largely controlled by Hay’at Tahrir al-Sham.", [("hts", "SY")]),
    ("The province of Idlib, which is controlled by Hay’at Tahrir al-Sham, was hit by strikes.", [("hts", "SY")]),
    ("The raid took place in areas of Syria controlled by Hay’at Tahrir al-Sham.", [("hts", "SY")]),
    ("The prison in Aragua, run by Tren de Aragua for years, was retaken.", [("tren-de-aragua", "VE")]),
    ("Several municipalities of Sinaloa are controlled by the Sinaloa Cartel.", [("sinaloa-cartel", "MX")]),  # -ies
])
def test_presence_held_by_told(make_doc, text, pairs):
    assert _pairs(make_doc, text, "en") == pairs


@pytest.mark.parametrize("text", [
    "The region of Caracas controlled by the government was calm.",
    "Shops in Lima controlled by the mayor were closed.",
    "The Sinaloa Cartel, controlled by the sons of El Chapo, ships fentanyl.",
])
def test_presence_held_by_not_claimed(make_doc, text):
    assert _pairs(make_doc, text, "en") == []


def test_presence_held_by_a_thing_is_no_ground(make_doc):
    """A thing a group runs is not ground it holds: the place the thing came from is no claim."""
    assert _pairs(make_doc, "A truck from Texas operated by the Gulf Cartel crashed.", "en") == []
