"""Statements of cue classes and constructions the rules read since the eighth stop: a quotation inside the speaker
phrase, court papers that show, "make clear that" the parse splits, "called for" with what is called for."""

import pytest

from tocsin.read import read

pytestmark = pytest.mark.model


def _found(make_doc, text, language="en"):
    doc = make_doc(text, language=language, published_at="2025-03-04")
    return [(doc.text[s.content_start : s.content_end], s.speaker_text, s.cue, s.claim_type) for s in read(doc).statements]


def test_a_quotation_inside_the_speaker_phrase_is_not_what_is_said(make_doc):
    found = _found(make_doc, "The man known as Canada's \"Prince of Pot\" says he's \"feeling good\" after a night in a Montreal jail.")
    assert [c for c, _, _, _ in found] == ["he's \"feeling good\" after a night in a Montreal jail"]


def test_a_quotation_after_the_cue_stays_the_speaker_s(make_doc):
    found = _found(make_doc, "\"We will find them,\" the sheriff said.")
    assert [(c, who) for c, who, _, _ in found] == [("\"We will find them,\"", "the sheriff")]


@pytest.mark.parametrize("text, speaker", [
    ("Abdulkader was arrested on May 21, 2015, the same day he acquired an assault rifle, court papers show.", "court papers"),
    ("The affidavit shows that the suspect bought the rifle in March.", "The affidavit"),
])
def test_court_papers_hold_a_finding(make_doc, text, speaker):
    assert [who for _, who, _, _ in _found(make_doc, text)] == [speaker]


def test_make_clear_with_the_clause_the_parse_took_for_a_subject(make_doc):
    found = _found(make_doc, "These reports make clear that the new law is saving lives.")
    assert [(c, who) for c, who, _, _ in found] == [("that the new law is saving lives", "These reports")]


def test_what_is_called_for_is_a_recommendation(make_doc):
    found = _found(make_doc, "Police Chief Adam Palmer also called for more help for the city's addicts.")
    assert found == [("more help for the city's addicts", "Police Chief Adam Palmer", "called for", "recommendation")]


@pytest.mark.parametrize("text", ["Officer Ana Ruiz called for an ambulance.", "Officer Ana Ruiz called for backup."])
def test_a_summons_is_no_call_for_anything_claimed(make_doc, text):
    assert _found(make_doc, text) == []


def test_a_trailing_it_continues_the_unnamed_source_of_the_sentence_before(make_doc):
    text = ("The officers came under fire from inside the house, the statement said. Two policemen were wounded and the "
            "assailants fled in a car, it said.")
    found = _found(make_doc, text)
    assert [(c, who) for c, who, _, _ in found] == [
        ("The officers came under fire from inside the house", "the statement"),
        ("Two policemen were wounded and the assailants fled in a car", "it")]


def test_a_trailing_they_with_a_subject_of_its_number_between_is_nobody_s(make_doc):
    found = _found(make_doc, "Witnesses said two armed men entered the shop. The men fled, they said.")
    assert [who for _, who, _, _ in found] == ["Witnesses"]


@pytest.mark.parametrize("text, content", [
    ("The two governments noted recent successes against the cartels, including the arrest of Ovidio Guzman.",
     "recent successes against the cartels, including the arrest of Ovidio Guzman"),
    ("The mayor lamented the violence that has gripped the city's east side.", "the violence that has gripped the city's east side"),
])
def test_what_a_speaker_noted_or_lamented_is_said(make_doc, text, content):
    assert [c for c, _, _, _ in _found(make_doc, text)] == [content]


@pytest.mark.parametrize("text", [
    "This visit underscores the President's commitment to safer streets.",
    "The deputy recognized the driver from an earlier traffic stop.",
])
def test_the_document_s_comment_and_a_recognition_are_no_statements(make_doc, text):
    assert _found(make_doc, text) == []


def test_segun_closing_its_sentence_gives_the_sentence_before_it(make_doc):
    text = ("La banda controla el puerto de EE.UU. y cobra cuotas a los comerciantes, según la policía. "
            "El acusado, según la fiscalía, huyó del país.")
    found = _found(make_doc, text, "es")
    assert [(c, who) for c, who, _, _ in found] == [
        ("La banda controla el puerto de EE.UU. y cobra cuotas a los comerciantes", "la policía"),
        ("huyó del país", "la fiscalía")]
