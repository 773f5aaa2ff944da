"""A happening told as the content of a noun ("evidence that", "reports that"), found by probing with sentences written
for this test: the noun was taken for the happening's target ("There is no evidence that MS-13 killed the man" gave a
killing of "no evidence"), and "Reports that MS-13 killed a teenager" stored the killing as fact, named to MS-13."""

import pytest

from tocsin.read import read

pytestmark = pytest.mark.model


def _killings(make_doc, text, language="en"):
    ann = read(make_doc(text, published_at="2024-05-10", language=language))
    return [(e.modality, e.target_text, [(t.group_key, t.strength) for t in e.ties]) for e in ann.events if e.type in ("killing", "abduction")]


@pytest.mark.parametrize(("text", "modality", "target"), [
    ("There is no evidence that MS-13 killed the man, police said.", "negated", "the man"),
    ("Police found no sign that the gang killed the shopkeeper.", "negated", "the shopkeeper"),
    ("The claim that gunmen killed two guards was false, the ministry said.", "hypothetical", "two guards"),
    ("An officer killed in Maracay was buried on Sunday.", "asserted", "An officer"),  # a participle on its noun
])
def test_a_content_clause_keeps_its_own_target(make_doc, text, modality, target):
    ((mood, whom, _),) = _killings(make_doc, text)
    assert (mood, whom) == (modality, target)


@pytest.mark.parametrize(("text", "language", "modality", "strength"), [
    ("Reports that MS-13 killed a teenager in Houston spread on Friday.", "en", "alleged", "alleged"),
    ("Rumors that MS-13 killed a teenager in Houston spread on Friday.", "en", "alleged", "alleged"),
    ("Circulan versiones de que el Tren de Aragua secuestró a un comerciante en Arica.", "es", "alleged", "alleged"),
    ("Police confirmed reports that MS-13 killed a teenager in Houston on Friday.", "en", "asserted", "alleged"),  # police's own claim
])
def test_what_reports_tell_is_alleged_unless_the_teller_confirms_it(make_doc, text, language, modality, strength):
    ((mood, _, ties),) = _killings(make_doc, text, language)
    assert mood == modality and [s for _, s in ties] == [strength]
