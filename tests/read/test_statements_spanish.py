"""Spanish statements read by surface patterns (statements.surface): a clause after "que,", a titled name, the
present and imperfect of cues, a relative clause's cue, a "según" closing its sentence when it names a source, a
role or body after a quotation, and the noun phrase an announcement or a denial makes known; and what is nobody's
claim: an impersonal "se", a cue that is a noun, a "según" of a measure, a quotation inside a quotation."""

import pytest

from tocsin.read import read

pytestmark = pytest.mark.model


def _found(make_doc, text):
    doc = make_doc(text, language="es", published_at="2025-03-04")
    return [(doc.text[s.content_start : s.content_end], s.speaker_text, s.cue) for s in read(doc).statements]


@pytest.mark.parametrize("text, speaker, content", [
    # a source inside the clause set off after "que,": the clause is the outer speaker's, whole
    ("El portavoz señaló que, según los registros, la banda opera en el puerto.", "El portavoz",
     "según los registros, la banda opera en el puerto"),
    # an abbreviated title before the name, leading the claim
    ("Según el Sr. Ramírez, la extorsión aumentará en el puerto.", "el Sr. Ramírez", "la extorsión aumentará en el puerto"),
    # the present, the imperfect, belief
    ("La fiscalía indica que el detenido dirigía la célula.", "La fiscalía", "el detenido dirigía la célula"),
    ("El alcalde decía que el barrio era seguro.", "El alcalde", "el barrio era seguro"),
    ("La policía cree que la banda se reorganiza en el norte.", "La policía", "la banda se reorganiza en el norte"),
    # a relative clause's cue speaks for its antecedent, and ends where the main clause's verb follows
    ("Los vecinos, quienes aseguraron que oyeron disparos, pidieron más patrullas.", "Los vecinos", "oyeron disparos"),
    ("Las cifras sorprendieron a la mayoría de los analistas, que habían previsto que el puerto perdería carga.",
     "la mayoría de los", "el puerto perdería carga"),
    # a "según" closing its sentence: a body, a role, a named person, figures with their author
    ("La banda cobraba cuotas a los comerciantes del mercado, según la policía.", "la policía",
     "La banda cobraba cuotas a los comerciantes del mercado"),
    ("Los sicarios huyeron hacia la sierra, según fuentes militares.", "fuentes militares", "Los sicarios huyeron hacia la sierra"),
    ("El sospechoso cruzó la frontera el lunes, según Ana Ruiz.", "Ana Ruiz", "El sospechoso cruzó la frontera el lunes"),
    ("Los robos bajaron un 20% en marzo, según las cifras publicadas por el Instituto Nacional, organismo estatal.",
     "las cifras publicadas por el Instituto Nacional", "Los robos bajaron un 20% en marzo"),
    # a role or a body after a quotation
    ("«No vamos a descansar hasta encontrarlos», dijo el portavoz de la fiscalía.", "el portavoz de la fiscalía",
     "«No vamos a descansar hasta encontrarlos»"),
    # what an announcement, a denial or a confirmation makes known with a noun phrase
    ("El martes, la empresa Minera Andina anunció el cierre de dos pozos en la región.", "Minera Andina",
     "el cierre de dos pozos en la región"),
])
def test_spanish_statement_is_read(make_doc, text, speaker, content):
    found = _found(make_doc, text)
    assert any(c == content and speaker in who for c, who, _ in found), found


@pytest.mark.parametrize("text", [
    "Se dice que la banda opera en el puerto desde hace años.",  # impersonal: no one says it
    "El martes se informó que la banda huyó del penal.",
    "La larga espera que sufrieron los familiares terminó ayer.",  # a cue that is a noun
    "Tras una espera que duró horas, los agentes entraron en la casa.",
    "Los agentes dispararon al aire, según el protocolo.",  # a "según" of a rule, a measure, a trait
    "El acusado deberá pagar una multa, según la ley.",
    "La pena varía según la edad del acusado.",
    "Dos muertos, según la policía.",  # nothing said: no verb before the source
])
def test_spanish_nobody_claims_it(make_doc, text):
    assert _found(make_doc, text) == []


def test_spanish_a_source_leading_the_clause_after_it_is_not_a_closing_one(make_doc):
    found = _found(make_doc, "El acusado, según la fiscalía, huyó del país.")
    assert [(c, who) for c, who, _ in found] == [("huyó del país", "la fiscalía")]


def test_spanish_a_clause_after_an_announcement_is_its_content_not_the_words_before(make_doc):
    found = _found(make_doc, "La fiscal anunció hoy que la banda fue desarticulada.")
    assert [(c, who) for c, who, _ in found] == [("la banda fue desarticulada", "La fiscal")]


def test_spanish_a_quotation_inside_a_quotation_is_the_outer_speaker_s(make_doc):
    found = _found(make_doc, "«El jefe nos dijo que la banda vendría de noche», contó el testigo.")
    assert [(c, who) for c, who, _ in found] == [("«El jefe nos dijo que la banda vendría de noche»", "el testigo")]


def test_spanish_reported_speech_of_a_third_party_is_the_reporter_s(make_doc):
    found = _found(make_doc, "El fiscal dijo que el testigo afirmó que la banda opera en el puerto.")
    assert [who for _, who, _ in found] == ["El fiscal"]
