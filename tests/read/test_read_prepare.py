"""``prepare``: what reading builds on first use is built before the readers fork, and what is read does not change."""

import dataclasses

import pytest

from tocsin.read import read
from tocsin.read.dates import _dateparser
from tocsin.read.events.charged import _offences
from tocsin.read.events.words import _patterns
from tocsin.read.read import prepare
from tocsin.read.statements.turns import _on_topic

pytestmark = pytest.mark.model

_BUILT_ON_FIRST_USE = (_patterns, _on_topic, _offences, _dateparser)

CASES = [
    ("en", "Police said a gunman shot and killed two men outside a bar in Houston on March 2, 2024."),
    ("en", "Q    Will the cartel attack again?\n\nMS. SMITH:  The Sinaloa Cartel will be held accountable, she said."),
    ("en", "A man was charged with murder and robbery in the 2023 shooting, prosecutors said."),
    ("en", "The president said the weather would be fine this weekend."),  # nothing to read: stays nothing
    ("es", "La Fiscalía informó que un sicario asesinó a dos hombres en Culiacán el 2 de marzo de 2024."),
    ("es", "El alcalde dijo que el clima será bueno el fin de semana."),
]


@pytest.mark.parametrize("language", ["en", "es"])
def test_read_prepare_builds_what_the_first_document_would(language):
    for built in _BUILT_ON_FIRST_USE:
        built.cache_clear()
    prepare([language])
    expected = _BUILT_ON_FIRST_USE if language == "en" else (_patterns, _offences)
    assert [built.__name__ for built in expected if not built.cache_info().currsize] == []


@pytest.mark.parametrize("language,text", CASES)
def test_read_prepare_changes_nothing_read(make_doc, language, text):
    doc = make_doc(text, language)
    for built in _BUILT_ON_FIRST_USE:
        built.cache_clear()
    cold = dataclasses.asdict(read(doc))
    prepare([language])
    assert dataclasses.asdict(read(doc)) == cold
