"""Who a speaker phrase names, built by hand (no model): an office and a surname the model did not read, a place the
phrase only mentions, a name whose last period closes the phrase."""

import pytest

from tocsin.models import Mention
from tocsin.read.people import Roster
from tocsin.read.statements.speakers import speaker_entity


def _mention(text: str, written: str, kind: str, label: str) -> Mention:
    start = text.index(written)
    return Mention(start, start + len(written), written, label, kind, "model")


def _speaker(text: str, phrase: str, mentions: list[Mention], head_word: str | None = None, language: str = "en"):
    start = text.index(phrase)
    head = None
    if head_word is not None:
        h = text.index(head_word, start)
        head = (h, h + len(head_word))
    return speaker_entity(text, (start, start + len(phrase)), head, mentions, [], language, roster=Roster(text, mentions))


@pytest.mark.parametrize("phrase, head_word, name", [
    ("FBI Assistant Director-in-Charge Harlan of the New York Field Office", "Office", "Joseph M. Harlan"),
    ("Special Agent Harlan", "Agent", "Joseph M. Harlan"),
    ("a lawyer for Harlan", "lawyer", None),  # the phrase only mentions him
    ("Harlan's lawyer", "lawyer", None),
    ("The field office", "office", None),
])
def test_speakers_an_office_and_a_surname_the_model_did_not_read(phrase, head_word, name):
    text = f"Joseph M. Harlan leads the office. “The crimes were violent,” said {phrase}."
    found = _speaker(text, phrase, [_mention(text, "Joseph M. Harlan", "person", "PERSON")], head_word)
    assert found[1] == name


def test_speakers_a_place_the_phrase_only_mentions_is_not_the_speaker():
    text = "General Motors, la empresa automovilística de los Estados Unidos, ha dicho que perdió dinero."
    mentions = [_mention(text, "General Motors", "organization", "ORG"), _mention(text, "Estados Unidos", "place", "LOC")]
    found = _speaker(text, "General Motors, la empresa automovilística de los Estados Unidos,", mentions, language="es")
    assert found[1] == "General Motors"
    alone = "Estados Unidos ha dicho que no dará más ayuda."
    found = _speaker(alone, "Estados Unidos", [_mention(alone, "Estados Unidos", "place", "LOC")], language="es")
    assert found[1] == "Estados Unidos"  # the country as the whole phrase stays the speaker


def test_speakers_a_name_whose_last_period_closes_the_phrase_is_inside_it():
    text = "“We believe it,” said the county’s sheriff, Brindell B. Okoro Jr. He left."
    mentions = [_mention(text, "Brindell B. Okoro Jr.", "person", "PERSON")]
    found = _speaker(text, "the county’s sheriff, Brindell B. Okoro Jr", mentions)
    assert found[1] == "Brindell B. Okoro Jr."


@pytest.mark.model
@pytest.mark.parametrize("text, language, role", [
    ("Nordvik Motors, the carmaker based in Ohio, said it lost $6 billion in the quarter. "
     "The company said sales fell by half.", "en", "The company"),
    ("Nordvik Motors, la empresa automovilística de Ohio, ha anunciado que perdió 6.000 millones de dólares. "
     "Sin incluir elementos especiales, la empresa ha dicho que las ventas cayeron a la mitad.", "es", "la empresa"),
])
def test_speakers_the_company_is_the_business_described_so_before(make_doc, text, language, role):
    from tocsin.read import read

    statements = read(make_doc(text, language=language, published_at="2009-05-07")).statements
    last = statements[-1]
    assert (last.speaker_text, last.speaker_name, last.speaker_basis) == (role, "Nordvik Motors", "role")


@pytest.mark.model
def test_speakers_the_company_is_no_person_described_by_a_business_word(make_doc):
    from tocsin.read import read

    text = ("Nordvik Motors said it lost $6 billion. Sarah Connors, a lawyer for the firm's founder, said the figures were wrong. "
            "The company said sales fell.")
    last = read(make_doc(text, published_at="2009-05-07")).statements[-1]
    assert last.speaker_name is None
