"""A source a speaker relays inside what is said ("said that, according to police, …", "dijo que, según la policía,
…") is nested: the statement is the outermost speaker's, and the relayed source stays with it as a hedge
(docs/annotation.md §3, statements.find._relayed, statements.kinds.relayed). Spanish cues that open a sentence with no
subject take the named person the sentence before has for its subject, and nobody otherwise
(statements.subjectless)."""

import re

import pytest

from tocsin.read import read

pytestmark = pytest.mark.model


def _found(make_doc, text, language="en"):
    doc = make_doc(text, language=language, published_at="2025-03-04")
    return [(doc.text[s.content_start : s.content_end], s.speaker_text, s.cue, s.hedges) for s in read(doc).statements]


@pytest.mark.parametrize("text, language, speaker, content, hedge", [
    ("The sheriff said that, according to deputies, the driver fled toward the river.", "en", "The sheriff",
     "according to deputies, the driver fled toward the river", "according to deputies"),
    ("A spokeswoman told reporters that according to two witnesses the gunman wore a mask.", "en", "A spokeswoman",
     "according to two witnesses the gunman wore a mask", "according to two witnesses"),
    ("La gobernadora dijo que, según la fiscalía, los detenidos huyeron en una camioneta.", "es", "La gobernadora",
     "según la fiscalía, los detenidos huyeron en una camioneta", "según la fiscalía"),
])
def test_a_relayed_source_is_nested_in_the_outer_statement(make_doc, text, language, speaker, content, hedge):
    found = _found(make_doc, text, language)
    assert len(found) == 1, found
    said, who, _, hedges = found[0]
    assert who == speaker and content in said and hedge in hedges


@pytest.mark.parametrize("text, language, speaker", [
    # a source that trails the sentence, or leads it, tells whose account the whole of it is
    ("The sheriff said the driver fled toward the river, according to deputies.", "en", "deputies"),
    ("According to deputies, the sheriff said the driver fled toward the river.", "en", "deputies"),
    ("La gobernadora dijo que los detenidos huyeron en una camioneta, según la fiscalía.", "es", "la fiscalía"),
])
def test_an_outermost_source_keeps_the_sentence(make_doc, text, language, speaker):
    found = _found(make_doc, text, language)
    assert [who for _, who, _, _ in found] == [speaker]


def test_a_relayed_source_is_kept_as_written(make_doc):
    text = "The sheriff said that, according to a source close to the gang, the shooting was ordered from a prison cell."
    found = _found(make_doc, text)
    assert len(found) == 1 and found[0][1] == "The sheriff", found
    assert "according to a source close to the gang" in found[0][3], found


@pytest.mark.parametrize("text", [
    # an inner "according to" whose outer statement is not stored keeps its own record
    "He wrote that, according to his contacts, the gang bribed the warden.",
    "The widow was told that, according to deputies, her husband had been stabbed.",
])
def test_a_relayed_source_with_no_outer_statement_keeps_its_record(make_doc, text):
    assert _found(make_doc, text), "the claim was lost"


@pytest.mark.parametrize("text, language", [
    # a rule, a plan or a manner is no source relayed
    ("The sheriff said that according to the law, the driver must be released within two days.", "en"),
    ("The captain said that according to procedure he radioed for help.", "en"),
    ("El fiscal dijo que, según lo acordado, la audiencia empezará en junio.", "es"),
    ("El gobernador dijo que, de acuerdo con el reglamento, los presos serán trasladados.", "es"),
    ("La vocera dijo que el expediente llegará a juicio de manera inmediata.", "es"),
])
def test_no_relayed_hedge_without_a_source(make_doc, text, language):
    found = _found(make_doc, text, language)
    assert found and not any(h.startswith(("according", "según", "de acuerdo", "a juicio")) for *_, hedges in found for h in hedges), found


def test_a_word_between_a_body_and_its_cue_is_not_the_speaker_s(make_doc):
    found = _found(make_doc, "La fiscalía ya advirtió que «habrá más detenciones este mes».", "es")
    assert [who for _, who, _, _ in found] == ["La fiscalía"], found


@pytest.mark.parametrize("text, speaker, content", [
    ("La ministra Carmen Ibáñez visitó ayer el penal de la costa. Aseguró que la banda controla dos pabellones.",
     "Carmen Ibáñez", "la banda controla dos pabellones"),
    ("Con la voz quebrada, el alcalde Tomás Herrera recibió a las familias. Declaró que los secuestros no quedarán impunes.",
     "Tomás Herrera", "los secuestros no quedarán impunes"),
    ("El abogado Mario Quiroga presentó un recurso. Ha dicho que su cliente nunca estuvo en el puerto.",
     "Mario Quiroga", "su cliente nunca estuvo en el puerto"),
])
def test_spanish_a_subjectless_cue_takes_the_person_named_before(make_doc, text, speaker, content):
    found = _found(make_doc, text, "es")
    assert [(c, who) for c, who, _, _ in found] == [(content, speaker)]


@pytest.mark.parametrize("text", [
    # a body, a role with no name, two people, another paragraph, another's name: nobody is guessed at
    "La empresa presentó sus cifras. Afirmó que las ventas subieron un diez por ciento.",
    "El portavoz habló con la prensa. Aseguró que la banda controla dos pabellones.",
    "Carmen Ibáñez y Tomás Herrera visitaron el penal. Declaró que la banda controla dos pabellones.",
    "La ministra Carmen Ibáñez visitó ayer el penal.\n\nAseguró que la banda controla dos pabellones.",
    "El hermano de Carmen Ibáñez visitó ayer el penal. Aseguró que la banda controla dos pabellones.",
    # another person named besides the subject (an object): the cue could be either's
    "La fiscal Lucía Méndez acusó a Raúl Ortega de extorsión. Negó que hubiera cobrado a los comerciantes.",
    "El juez Tomás Herrera sentenció a Javier Soto a 15 años. Ha dicho que recurrirá el fallo.",
    "La comisaria Elena Vidal interrogó a Raúl Ortega toda la noche. Aseguró que no conocía a la víctima.",
    # a sentence itself attributed: its subject is what a source told of, not a speaker
    "De acuerdo con el abogado Mario Quiroga, Raúl Ortega disparó contra su socio. Declaró que tiene testigos.",
    "Raúl Ortega huyó del país, dijo la ministra Carmen Ibáñez. Aseguró que la policía lo busca.",
])
def test_spanish_a_subjectless_cue_with_no_named_person_before_is_nobody_s(make_doc, text):
    second = re.split(r"\.\s+", text, maxsplit=1)[1]  # the sentence of the subjectless cue
    found = _found(make_doc, text, "es")
    assert not any(said in second for said, _, _, _ in found), found
