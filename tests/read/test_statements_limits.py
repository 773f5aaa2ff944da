"""Where a statement's clause, cue or speaker must stop: an "as" of time, the person spoken to, a cue inside the
speaker's own relative clause, a second cue or another speaker in a Spanish clause, a file name in a round-up."""

import pytest

from tocsin.read import read

pytestmark = pytest.mark.model


def _found(make_doc, text, language="en"):
    doc = make_doc(text, language=language, published_at="2025-03-04")
    return [(doc.text[s.content_start : s.content_end], s.speaker_text, s.cue, s.direct) for s in read(doc).statements]


@pytest.mark.parametrize("text", [
    "As the witness testified, the defendant stared at the floor of the courtroom.",
    "As the officers testified on Tuesday, relatives of the victim wept quietly.",
    "Mientras el testigo declaraba, el acusado miraba al suelo de la sala.",
])
def test_an_as_clause_of_a_verb_that_reports_no_content_attributes_nothing(make_doc, text):
    language = "es" if text.startswith("Mientras") else "en"
    assert _found(make_doc, text, language) == []


@pytest.mark.parametrize("text", [
    "The suspect confessed to detectives after a six-hour interrogation.",
    "The officer testified to the grand jury on Tuesday.",
    "The accountant admitted to the police that he had moved the money.",
])
def test_the_person_spoken_to_is_no_content(make_doc, text):
    assert not any(c in ("detectives", "the grand jury", "the police") for c, _, _, _ in _found(make_doc, text))


def test_what_is_confessed_to_is_still_content(make_doc):
    found = _found(make_doc, "The driver confessed to the killing of the shopkeeper.")
    assert [c for c, _, _, _ in found] == ["the killing of the shopkeeper"]


def test_a_cue_in_the_speakers_relative_clause_does_not_take_the_quotation(make_doc):
    found = _found(make_doc, "“We will not rest until they are caught,” the spokesman, who confirmed the arrests, said.")
    assert [(c, cue) for c, _, cue, _ in found if c.startswith("“We")] == [("“We will not rest until they are caught,”", "said")]


def test_a_closing_quotation_mark_of_a_quoted_word_stays(make_doc):
    found = _found(make_doc, "The mayor said she was “heartbroken.”")
    assert [c for c, _, _, _ in found] == ["she was “heartbroken.”"]


def test_a_cue_with_its_own_subject_ends_the_clause_before_it(make_doc):
    text = "Prosecutors say Lopez laundered millions for the cartel through shell companies, Assistant U.S. Attorney Jane Doe said."
    found = _found(make_doc, text)
    assert not any(c.rstrip(".").endswith("Jane Doe said") for c, _, _, _ in found), found


@pytest.mark.parametrize("text, speaker_word, contents", [
    ("El fiscal dijo que el detenido era miembro del Tren de Aragua y agregó: «No vamos a descansar».", "fiscal",
     ["el detenido era miembro del Tren de Aragua", "«No vamos a descansar»"]),
    ("La vocera afirmó que la banda controla el puerto y aseguró: «Los vamos a encontrar».", "vocera",
     ["la banda controla el puerto", "«Los vamos a encontrar»"]),
])
def test_spanish_a_later_direct_quotation_is_its_own_statement(make_doc, text, speaker_word, contents):
    found = _found(make_doc, text, language="es")
    assert sorted(c for c, _, _, _ in found) == sorted(contents), found
    assert all(speaker_word in who for _, who, _, _ in found)


def test_spanish_another_speakers_cue_ends_the_clause(make_doc):
    text = "Los analistas habían previsto que la inflación subiría, pero el banco dijo que no."
    found = _found(make_doc, text, language="es")
    assert ("la inflación subiría", "Los analistas") in [(c, who) for c, who, _, _ in found], found
    assert not any("pero" in c for c, _, _, _ in found)


def test_spanish_a_question_mark_ends_the_clause(make_doc):
    text = "El comisario indicó que ¿quién iba a imaginarlo? Nadie lo sabía en el barrio."
    found = _found(make_doc, text, language="es")
    assert not any("Nadie" in c for c, _, _, _ in found), found


@pytest.mark.parametrize("text, content", [
    ("El ministro dijo que la banda opera en EE.UU. y en México desde 2019.", "la banda opera en EE.UU. y en México desde 2019"),
    ("La jueza afirmó que el cártel lava dinero en EE.UU. desde hace años.", "el cártel lava dinero en EE.UU. desde hace años"),
])
def test_spanish_a_dotted_abbreviation_does_not_end_the_clause(make_doc, text, content):
    assert content in [c for c, _, _, _ in _found(make_doc, text, language="es")]


@pytest.mark.parametrize("text, speaker_word, contents", [
    ("El fabricante de automóviles Ford ha dicho que ganó 997 millones de dólares en el trimestre, y ha previsto que será "
     "\"firmemente rentable\" en 2011.", "fabricante",
     ["ganó 997 millones de dólares en el trimestre", "será \"firmemente rentable\" en 2011"]),
    ("La empresa minera ha dicho que perdió dos camiones en el asalto, y ha previsto que la producción caerá en marzo.", "empresa",
     ["perdió dos camiones en el asalto", "la producción caerá en marzo"]),
])
def test_spanish_a_second_cue_after_y_gives_a_second_statement(make_doc, text, speaker_word, contents):
    found = _found(make_doc, text, language="es")
    for content in contents:
        assert any(c == content and speaker_word in who for c, who, _, _ in found), (content, found)


@pytest.mark.parametrize("text, speaker_word, content", [
    ("Los economistas han pronosticado que los robos de carga superarán los 1.200 casos este año.", "economistas",
     "los robos de carga superarán los 1.200 casos este año"),
])
def test_spanish_a_thousands_point_stays_in_the_clause(make_doc, text, speaker_word, content):
    found = _found(make_doc, text, language="es")
    assert any(c == content and speaker_word in who for c, who, _, _ in found), found


@pytest.mark.parametrize("text", [
    "El fabricante de automóviles ganó 997 millones de dólares en el trimestre.",
    "Los analistas financieros revisaron las pérdidas de 6.700 millones de dólares del trimestre.",
])
def test_spanish_a_clause_with_no_cue_is_no_statement(make_doc, text):
    assert _found(make_doc, text, language="es") == []


def test_an_attribution_after_the_claim_paraphrased(make_doc):
    text = "Deputies thought the man was armed and saw “a loaded rifle” on the back seat, Lieutenant Harmon said."
    found = _found(make_doc, text)
    assert [(c, who) for c, who, _, _ in found] == [
        ("Deputies thought the man was armed and saw “a loaded rifle” on the back seat", "Lieutenant Harmon")]


def test_a_claim_with_no_attribution_after_it_is_no_statement(make_doc):
    assert _found(make_doc, "Deputies stopped the man and saw “a loaded rifle” on the back seat.") == []


@pytest.mark.parametrize("item", [
    "- [report.pdf](https://example.org/files/report.pdf): A forty-page study of extortion in Lima and Trujillo.",
    "- [bit.ly](https://bit.ly/3xYz): Police arrested three men after a raid on a warehouse.",
    "- [data.xlsx](https://example.org/data.xlsx): Figures of homicides by province for the last decade.",
])
def test_a_file_name_or_a_link_shortener_is_no_source(make_doc, item):
    assert _found(make_doc, "The sources of this note:\n\n" + item + "\n") == []


def test_a_site_under_a_country_domain_is_a_source(make_doc):
    found = _found(make_doc, "The press took note:\n\n- [noticias.example.mx](https://noticias.example.mx/a/1): Cae el robo de autos en Monterrey\n")
    assert [who for _, who, _, _ in found] == ["noticias.example.mx"]


def test_spanish_a_later_cue_of_other_people_is_not_the_speakers_statement(make_doc):
    text = "El fiscal dijo que los detenidos huyeron del penal y aseguraron que eran inocentes del robo."
    found = _found(make_doc, text, language="es")
    assert not any(c.startswith("eran inocentes") and "fiscal" in who for c, who, _, _ in found), found


def test_a_headline_the_text_opens_with_claims_nothing(make_doc):
    title = "Gang member set fire to the depot, police say"
    doc = make_doc(f"{title}. A fire destroyed the bus depot on Sunday. The blaze was set, the fire chief said.", language="en",
                   published_at="2025-03-04", title=title)
    assert [(doc.text[s.content_start : s.content_end], s.speaker_text) for s in read(doc).statements] == [("The blaze was set", "the fire chief")]


def test_a_first_sentence_that_is_not_the_title_still_speaks(make_doc):
    doc = make_doc("Gang member set fire to the depot, police say. The blaze destroyed six buses.", language="en",
                   published_at="2025-03-04", title="Depot fire")
    assert [s.speaker_text for s in read(doc).statements] == ["police"]
