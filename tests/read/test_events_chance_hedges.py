"""A happening told with a word of chance ("possibly", "perhaps", "posiblemente") is no fact: it is stored as alleged,
as "probably" and "apparently" already were; nothing says more than its source."""

import pytest

from tocsin.read import read

pytestmark = pytest.mark.model


def _moods(make_doc, text, language="en"):
    doc = make_doc(text, language=language, published_at="2025-03-04")
    return {e.trigger: e.modality for e in read(doc).events}


@pytest.mark.parametrize("text, language, trigger", [
    ("A farmer was possibly killed on Monday near the river, police said.", "en", "killed"),
    ("The guard was perhaps stabbed during the riot on Friday.", "en", "stabbed"),
    ("The man was probably shot by a neighbor, police said.", "en", "shot"),
    ("El hombre posiblemente fue asesinado por miembros del cartel.", "es", "asesinado"),
    ("El hombre probablemente fue asesinado el lunes.", "es", "asesinado"),
])
def test_chance_hedges_a_happening_told_by_chance_is_alleged(make_doc, text, language, trigger):
    assert _moods(make_doc, text, language)[trigger] == "alleged"


@pytest.mark.parametrize("text, language, trigger", [
    ("A farmer was killed on Monday near the river, police said.", "en", "killed"),  # no hedge
    ("El hombre fue asesinado el lunes.", "es", "asesinado"),
])
def test_chance_hedges_a_happening_told_plainly_stays_asserted(make_doc, text, language, trigger):
    assert _moods(make_doc, text, language)[trigger] == "asserted"
