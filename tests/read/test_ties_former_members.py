"""A membership the people have left ties them to no group (read/events/belonging.py): "Former MS-13 members shot two
men" was stored as a shooting by MS-13, named; "Police arrested three former MS-13 members" tied the arrest to MS-13.
Current members keep their tie. Sentences written for this test."""

import pytest

from tocsin.read import read

pytestmark = pytest.mark.model


def _ties(make_doc, text, language="en"):
    ann = read(make_doc(text, language=language, published_at="2025-03-01"))
    return [(e.type, sorted((t.group_key, t.role, t.strength) for t in e.ties)) for e in ann.events]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Former MS-13 members shot two men in Houston on Monday.", "en", [("attack", [])]),
    ("The former MS-13 members shot two men in Houston on Monday.", "en", [("attack", [])]),
    ("A former MS-13 leader shot two men in Houston on Monday.", "en", [("attack", [])]),
    ("Police arrested three former MS-13 members in Houston on Monday.", "en", [("arrest", [])]),
    ("Police arrested the former leader of the Sinaloa Cartel in Culiacán on Monday.", "en", [("arrest", [])]),
    ("Antiguos integrantes del Tren de Aragua asesinaron a un hombre en Lima el lunes.", "es", [("killing", [])]),
    # current members, and a former officer the group shot
    ("MS-13 members shot two men in Houston on Monday.", "en", [("attack", [("ms-13", "actor", "named")])]),
    ("Police arrested three MS-13 members in Houston on Monday.", "en", [("arrest", [("ms-13", "target", "named")])]),
    ("Integrantes del Tren de Aragua asesinaron a un hombre en Lima el lunes.", "es", [("killing", [("tren-de-aragua", "actor", "named")])]),
    ("The former police officer was shot by MS-13 in Houston on Monday.", "en", [("attack", [("ms-13", "actor", "named")])]),
])
def test_a_membership_left_ties_no_group(make_doc, text, language, expected):
    assert _ties(make_doc, text, language) == expected
