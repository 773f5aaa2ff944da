"""What a speaker compares someone to ("compared ICE to the KGB", "compared the agents to “secret police”") is what
the speaker makes of them; a comparison of things, a measurement, claims nothing."""

import pytest

from tocsin.read import read

pytestmark = pytest.mark.model


def _found(make_doc, text):
    doc = make_doc(text, language="en", published_at="2026-01-09")
    return [(doc.text[s.content_start : s.content_end], s.cue) for s in read(doc).statements]


@pytest.mark.parametrize("text, content, cue", [
    ("Rep. Tom Lee compared ICE to the KGB on Tuesday.", "ICE to the KGB", "compared"),
    ("Rep. Ana Ruiz compared the agents to “secret police” in a post.", "the agents to “secret police”", "compared"),
])
def test_a_comparison_of_someone_is_a_claim(make_doc, text, content, cue):
    assert (content, cue) in _found(make_doc, text)


@pytest.mark.parametrize("text", [
    "Police compared the fingerprints to those in the national database.",
    "Analysts compared this year’s homicide rate to last year’s.",
    "The report compared the two districts over five years.",
])
def test_a_comparison_of_things_claims_nothing(make_doc, text):
    assert [c for c, cue in _found(make_doc, text) if cue in ("compared", "called")] == []
