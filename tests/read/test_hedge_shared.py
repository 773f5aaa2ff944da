"""A hedging adverb covers the acts its verb shares a subject with, and its holder is the teller (read/events/mood.py,
read/ties.py). "MS-13 members allegedly kidnapped and killed a man" stored the killing as asserted; "allegedly shot the
clerk while robbing the store" the robbery; "MS-13 members allegedly killed a cashier …, police said" gave the
hedge's holder as "MS-13 members". Sentences written for this test."""

import pytest

from tocsin.read import read

pytestmark = pytest.mark.model


def _events(make_doc, text, language="en"):
    ann = read(make_doc(text, language=language, published_at="2025-03-01"))
    return sorted((e.type, e.modality) for e in ann.events)


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("MS-13 members allegedly kidnapped and killed a man in Houston on Monday.", "en", [("abduction", "alleged"), ("killing", "alleged")]),
    ("Ruiz allegedly shot the clerk while robbing the store in Houston on Monday.", "en", [("attack", "alleged"), ("robbery", "alleged")]),
    ("Ruiz allegedly robbed the store after shooting the clerk in Houston on Monday.", "en", [("attack", "alleged"), ("robbery", "alleged")]),
    ("Integrantes del Tren de Aragua presuntamente secuestraron y asesinaron a un hombre en Lima el lunes.", "es",
     [("abduction", "alleged"), ("killing", "alleged")]),
    # a verb with a subject of its own has its own mood; no hedge, no allegation
    ("MS-13 members allegedly kidnapped a man in Houston on Monday, and police killed him.", "en", [("abduction", "alleged"), ("killing", "asserted")]),
    ("Ruiz allegedly shot the clerk after the store was robbed in Houston on Monday.", "en", [("attack", "alleged"), ("robbery", "asserted")]),
    ("MS-13 members kidnapped and killed a man in Houston on Monday.", "en", [("abduction", "asserted"), ("killing", "asserted")]),
])
def test_a_hedging_adverb_covers_the_acts_sharing_its_subject(make_doc, text, language, expected):
    assert _events(make_doc, text, language) == expected


def test_an_adverbs_hedge_is_held_by_the_teller_not_the_accused(make_doc):
    ann = read(make_doc("MS-13 members allegedly killed a cashier in Houston on Monday, police said.", published_at="2025-03-01"))
    (killing,) = [e for e in ann.events if e.type == "killing"]
    assert [(t.group_key, t.strength, t.hedge, t.by) for t in killing.ties] == [("ms-13", "alleged", "allegedly", "police")]
    ann = read(make_doc("Police believe MS-13 members killed a cashier in Houston on Monday.", published_at="2025-03-01"))
    (killing,) = [e for e in ann.events if e.type == "killing"]
    assert [(t.group_key, t.strength, t.by) for t in killing.ties] == [("ms-13", "suspected", "Police")]
