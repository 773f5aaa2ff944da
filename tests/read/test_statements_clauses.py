"""Statements whose speaker or clause the parse hangs in unexpected places: a relative clause's antecedent, a partial
quotation inside a reported clause, an "as" clause of attribution, a name the parse gave no verb; and round-up items
that name their source in a link set in italics or bold."""

import pytest

from tocsin.read import read

pytestmark = pytest.mark.model


def _found(make_doc, text, language="en"):
    doc = make_doc(text, language=language, published_at="2025-03-04")
    return [(doc.text[s.content_start : s.content_end], s.speaker_text, s.cue, s.direct) for s in read(doc).statements]


def test_the_antecedent_of_who_is_the_speaker(make_doc):
    found = _found(make_doc, "Three men were granted bail despite objections from gardai who feared they would intimidate witnesses.")
    assert [(c, who) for c, who, _, _ in found] == [("they would intimidate witnesses", "gardai")]


def test_a_partial_quotation_stands_in_the_reported_clause(make_doc):
    found = _found(make_doc, "Police spokeswoman Ana Ruiz said the arrest was “unrelated” to the killing of the shop owner.")
    assert [(c, d) for c, _, _, d in found] == [("the arrest was “unrelated” to the killing of the shop owner", False)]


def test_the_outermost_attribution_keeps_the_whole_clause(make_doc):
    text = "Officers believed the driver was drunk and found “two open containers” in his car, Sokolowski said."
    found = _found(make_doc, text)
    assert [(c, who) for c, who, _, _ in found] == [
        ("Officers believed the driver was drunk and found “two open containers” in his car", "Sokolowski")]


def test_what_a_speaker_says_follows_the_cue(make_doc):
    text = "Police did not say how they found the suspect, but spokeswoman Ana Ruiz said the arrest was unrelated to the killing."
    found = _found(make_doc, text)
    assert ("the arrest was unrelated to the killing", "spokeswoman Ana Ruiz") in [(c, who) for c, who, _, _ in found]
    assert not any(c.startswith("Police did not say") for c, _, _, _ in found)


@pytest.mark.parametrize("text, content", [
    ("As the mayor has said, this senseless violence is not normal.", "this senseless violence is not normal"),
    ("Shootings fell by a third last year, as the police chief noted.", "Shootings fell by a third last year"),
    ("As police told reporters, the suspect fled on foot.", "the suspect fled on foot"),
])
def test_an_as_clause_attributes_the_main_clause(make_doc, text, content):
    assert [c for c, _, _, _ in _found(make_doc, text)] == [content]


@pytest.mark.parametrize("text", [
    "As he said goodbye, the crowd cheered.",
    "As the officers arrived, the suspect fled on foot.",
])
def test_an_as_clause_of_time_attributes_nothing(make_doc, text):
    assert _found(make_doc, text) == []


def test_a_ruling_that_is_a_claim(make_doc):
    found = _found(make_doc, "A coroner's inquest ruled that the fatal shooting of the teenager was justified.")
    assert [(c, who) for c, who, _, _ in found] == [("that the fatal shooting of the teenager was justified", "A coroner's inquest")]


@pytest.mark.parametrize("item, name, content", [
    ("-   *[The Daily Courier](https://example.com/a/1)*: Border crossings fall to a record low in March",
     "The Daily Courier", "Border crossings fall to a record low in March"),
    ("- **[WKRN (Nashville,\n  TN)](https://example.com/b/2):** Homicides drop sharply across Nashville this year",
     "WKRN", "Homicides drop sharply across Nashville this year"),
    ("-   [news.example.com](https://news.example.com/c/3): Farm attacks rise again in the northern provinces",
     "news.example.com", "Farm attacks rise again in the northern provinces"),
])
def test_a_round_up_item_linked_in_italics_or_bold_names_its_source(make_doc, item, name, content):
    found = _found(make_doc, "The press took note of the results:\n\n" + item + "\n")
    assert [(" ".join(c.split()), who) for c, who, _, _ in found] == [(content, name)]


def test_a_spanish_round_up_item_linked_in_italics_names_its_source(make_doc):
    text = "La prensa destacó los resultados:\n\n-   *[El Diario del Sur](https://example.com/es/1)*: Cae la violencia en la capital por tercer mes\n"
    found = _found(make_doc, text, language="es")
    assert [(c, who) for c, who, _, _ in found] == [("Cae la violencia en la capital por tercer mes", "El Diario del Sur")]


def test_a_name_right_before_its_cue_is_the_speaker(make_doc):
    text = "Opposing bail for the three Delaney brothers, Detective Inspector William Leahy said that a larger group was involved."
    found = _found(make_doc, text)
    assert [(c, who) for c, who, _, _ in found] == [("that a larger group was involved", "Detective Inspector William Leahy")]


@pytest.mark.parametrize("text, content", [
    ("In pleading guilty, Ibrahim admitted to smuggling dozens of migrants across the border.", "smuggling dozens of migrants across the border"),
    ("A detective testified about how the gang members hid their names from the police.", "how the gang members hid their names from the police"),
])
def test_what_is_admitted_or_testified_to_is_the_content(make_doc, text, content):
    assert [c for c, _, _, _ in _found(make_doc, text)] == [content]


def test_research_holds_a_finding(make_doc):
    found = _found(make_doc, "Research shows that exposure to gun violence doubles the risk of later violence.")
    assert [(c, who) for c, who, _, _ in found] == [("that exposure to gun violence doubles the risk of later violence", "Research")]


def test_a_participle_after_the_cue_says_its_own_clause(make_doc):
    text = "“He will not be forgotten,” Chief Constable Hugh Orde said, adding that the officer knew an attack like this could one day happen."
    found = _found(make_doc, text)
    assert [c for c, _, _, _ in found] == ["“He will not be forgotten,”", "that the officer knew an attack like this could one day happen"]


def test_the_future_a_rate_compares_is_no_forecast():
    from tocsin.read.statements import classify

    content = "that exposure to gun violence makes it twice as likely an adolescent will commit a violent act within two years"
    assert classify(content, "shows", "en", "research")[0] == "assertion"
    assert classify("the gang will attack the port again within two years", "said", "en", "the chief")[0] == "forecast"


def test_a_finding_with_that_is_a_clause_however_its_verb_is_tagged(make_doc):
    text = ("Evidence presented at trial proved that Milton and his co-defendants, Ronald E. Ferguson and Elizabeth A. Monrad, "
            "all former executive officers, engaged in a scheme to inflate loss reserves.")
    found = _found(make_doc, text)
    assert [who for _, who, _, _ in found] == ["Evidence presented at trial"]
    assert found[0][0].startswith("that Milton and his co-defendants")
    assert _found(make_doc, "The jury found him guilty of murder.") == []


@pytest.mark.parametrize("text, speaker_word, content", [
    ("Apple Inc. anunció el viernes que regalará una carcasa a los propietarios del nuevo teléfono.", "Apple",
     "regalará una carcasa a los propietarios del nuevo teléfono"),
    ("El fabricante de automóviles Ford ha dicho que ganó 997 millones de dólares en el trimestre, y ha previsto que será "
     "\"firmemente rentable\" en 2011.", "fabricante", "ganó 997 millones de dólares en el trimestre"),
    ("La mayoría de los analistas financieros ha pronosticado que las pérdidas superarán los 6.700 millones de dólares.",
     "mayoría", "las pérdidas superarán los 6.700 millones de dólares"),
    ("El ministro dijo que la banda opera en EE.UU y en México desde 2019.", "ministro", "la banda opera en EE.UU y en México desde 2019"),
])
def test_spanish_reported_clauses_run_to_their_end(make_doc, text, speaker_word, content):
    found = _found(make_doc, text, language="es")
    assert any(c == content and speaker_word in who for c, who, _, _ in found), found


def test_spanish_a_partial_quotation_stays_in_the_clause(make_doc):
    found = _found(make_doc, "La fiscal aseguró que el detenido, alias \"el Gordo\", dirigía la banda desde la cárcel.", language="es")
    assert [(c, who) for c, who, _, _ in found] == [("el detenido, alias \"el Gordo\", dirigía la banda desde la cárcel", "La fiscal")]
