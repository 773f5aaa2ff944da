"""A belief or a saying that ends right before the phrase naming someone's group hedges the tie (read/ties.py): the
small parse starts the arrested phrase of "A man who police believe is a member of Tren de Aragua was arrested" at "a
member", and the tie was stored as named, stronger than the source. Sentences written for this test."""

import pytest

from tocsin.read import read

pytestmark = pytest.mark.model


def _ties(make_doc, text, language="en"):
    ann = read(make_doc(text, language=language, published_at="2025-03-01"))
    return [(t.group_key, t.role, t.strength, t.by) for e in ann.events if e.type == "arrest" for t in e.ties]


@pytest.mark.parametrize(("text", "ties"), [
    ("A man who police believe is a member of Tren de Aragua was arrested in Aurora on Monday.",
     [("tren-de-aragua", "target", "suspected", "police")]),
    ("A man police believe is a Tren de Aragua member was arrested in Aurora on Monday.",
     [("tren-de-aragua", "target", "suspected", "police")]),
    ("A man prosecutors say is a Tren de Aragua leader was arrested in Aurora on Monday.",
     [("tren-de-aragua", "target", "described as", "prosecutors")]),
    # the text's own word stays named
    ("A man who is a member of Tren de Aragua was arrested in Aurora on Monday.", [("tren-de-aragua", "target", "named", None)]),
    ("Tren de Aragua members were arrested in Aurora on Monday.", [("tren-de-aragua", "target", "named", None)]),
])
def test_a_belief_before_the_phrase_hedges_the_tie(make_doc, text, ties):
    assert _ties(make_doc, text) == ties
