"""Statements of official round-ups: a lead naming a speaker, then a list of the speaker's quotations, wrapped lines."""

import pytest

from tocsin.read import read

pytestmark = pytest.mark.model


def _found(make_doc, text):
    doc = make_doc(text, published_at="2026-01-04")
    return [(doc.text[s.content_start : s.content_end], s.speaker_name) for s in read(doc).statements]


ROUNDUP = (
    "Secretary of State Ana Ruiz joined two news programs this morning. Secretary Ruiz stressed the\n"
    "government's commitment to stopping the flow of drugs across the border\n"
    "— declaring the days of weakness are over and the country will use every tool against the cartels.\n\n"
    "-   “This is not a war against a country. We are at war against drug\n"
    "    trafficking organizations, and we will keep at it.”\n"
    "    ([Watch](https://x.com/example/status/1))\n"
    "-   “We will continue to target the boats if they try to run towards\n"
    "    our shores. We will keep seizing their cargo.”\n"
    "    ([Watch](https://x.com/example/status/2))\n"
)


def test_a_participle_after_a_dash_speaks_for_the_clause_subject(make_doc):
    found = _found(make_doc, ROUNDUP)
    assert any(c.startswith("the days of weakness are over") and "Ruiz" in who for c, who in found)


def test_a_list_of_quotations_after_the_lead_is_the_lead_speaker_s_and_whole(make_doc):
    found = _found(make_doc, ROUNDUP)
    quotes = [(c, who) for c, who in found if c.startswith("“")]
    assert len(quotes) == 2 and all("Ruiz" in who for _, who in quotes)
    assert quotes[0][0].endswith("we will keep at it.”")  # a wrapped line does not end the quotation
    assert quotes[1][0].endswith("seizing their cargo.”")


def test_a_participle_after_a_dash_with_no_speaking_subject_is_no_statement(make_doc):
    found = _found(make_doc, "The report arrived late — declaring nothing new about the investigation.")
    assert not any(c.startswith("nothing new") for c, _ in found)
