"""Two ways a forecast was stored as the opposite of what its speaker said, found by probing (sentences written for this
test): "It is unlikely that the cartel will retaliate" was a positive forecast of retaliation (only "unlikely to" was
read as a denial, not "unlikely that"); "If anybody in this room thinks the cartel will stop at Sinaloa, they are
wrong" was a forecast that the cartel will stop (the rhetorical "if anyone thinks" was read only with one word between
its subject and its verb), and "Anyone who thinks the cartel might win is wrong" one that it might win."""

import pytest

from tocsin.read import read

pytestmark = pytest.mark.model


def _forecasts(make_doc, text):
    ann = read(make_doc(text, published_at="2025-03-01"))
    return [f.polarity for f in ann.forecasts]


@pytest.mark.parametrize(("text", "polarities"), [
    ("It is unlikely that the cartel will retaliate, the governor said.", ["negative"]),
    ("The analyst said it seems highly unlikely that the gang will leave Aurora this year.", ["negative"]),
    ("It is not likely that the cartel will retaliate, the governor said.", ["negative"]),
    ("It is likely that the cartel will retaliate, the governor said.", ["positive"]),
    ("If anybody in this room thinks the cartel will stop at Sinaloa, they are wrong, the senator said.", []),
    ("If anyone out there thinks the gang will leave Aurora, they are mistaken, the mayor said.", []),
    # a view put in whoever holds it, to be rejected: no forecast of what it foresees
    ("Anyone who thinks the cartel might win is wrong, the governor said.", []),
    ("Those who believe the gang will stop at Lima are mistaken, the minister said.", []),
    ("Whoever still thinks the gang will go away is dreaming, the minister said.", []),
    # the speaker's own belief, or others' the speaker relays, stays a forecast
    ("Experts believe the gang will expand into Peru, the minister said.", ["positive"]),
    ("We think the gang will expand into Peru, the minister said.", ["positive"]),
])
def test_unlikely_that_denies_and_a_rhetorical_if_predicts_nothing(make_doc, text, polarities):
    assert _forecasts(make_doc, text) == polarities
