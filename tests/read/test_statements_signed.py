"""A quotation signed on the line or paragraph below it ("“…”" ¶ "— Press Secretary Ana Ruiz", as a block quotation is
signed: statements.items), and a quotation paragraph that goes on, with no cue of its own, from the reported speech
that closes the paragraph before it (statements.find.continuations)."""

import pytest

from tocsin.read import read

pytestmark = pytest.mark.model

QUOTE = "“These cartels have poisoned our towns for too long, and we will stop them.”"


def _found(make_doc, text):
    doc = make_doc(text, language="en", published_at="2025-03-04", source="test.md")
    return [(doc.text[s.content_start : s.content_end].strip("“”"), s.speaker_text) for s in read(doc).statements]


@pytest.mark.parametrize("text", [
    f"The Administration acted against the cartel.\n\n{QUOTE}\n\n— Press Secretary Ana Ruiz\n",
    f"The Administration acted against the cartel.\n\n> {QUOTE}\n>\n> — Press Secretary Ana Ruiz\n",
    f"The Administration acted against the cartel.\n\n{QUOTE}\n— Press Secretary Ana Ruiz\n",
])
def test_a_quotation_signed_below_is_the_signer_s(make_doc, text):
    assert _found(make_doc, text) == [(QUOTE.strip("“”"), "Press Secretary Ana Ruiz")]


def test_a_quotation_with_prose_after_it_is_not_signed_below(make_doc):
    text = f"The Administration acted against the cartel.\n\n{QUOTE} The order took effect at once.\n\n— Press Secretary Ana Ruiz\n"
    assert not any(who == "Press Secretary Ana Ruiz" for _, who in _found(make_doc, text))


def test_a_dash_line_that_is_no_name_signs_nothing(make_doc):
    text = f"The Administration acted against the cartel.\n\n{QUOTE}\n\n— in Houston, on Monday\n"
    assert _found(make_doc, text) == []


def test_a_quotation_paragraph_goes_on_from_the_reported_speech_before(make_doc):
    text = ("Sheriff Ana Ruiz said the gang had moved into the county last year.\n\n"
            "“They recruit children at the schools. We are working with the principals to stop it.”\n\n"
            "The department has added patrols.\n")
    found = _found(make_doc, text)
    assert ("They recruit children at the schools. We are working with the principals to stop it.", "Sheriff Ana Ruiz") in found


def test_a_quotation_paragraph_with_its_own_speaker_keeps_it(make_doc):
    text = ("Sheriff Ana Ruiz said the gang had moved into the county last year.\n\n"
            "“They recruit children at the schools,” said Principal Tom Hale.\n")
    found = _found(make_doc, text)
    assert ("They recruit children at the schools,", "Principal Tom Hale") in found
    assert not any(who == "Sheriff Ana Ruiz" and c.startswith("They recruit") for c, who in found)


def test_a_quotation_after_a_paragraph_of_narration_is_nobody_s(make_doc):
    text = ("Sheriff Ana Ruiz said the gang had moved into the county last year. The department has added patrols at the "
            "schools since then.\n\n“They recruit children at the schools.”\n")
    found = _found(make_doc, text)
    assert not any(c.startswith("They recruit") for c, _ in found)


@pytest.mark.parametrize("text, language", [
    # reviewer's probes: a quotation paragraph that is someone else's words, or after a speaker who is no named person
    ("Detectives said the shooting appeared to be gang-related.\n\n“My son was never in a gang.”\n\nThe boy's mother spoke at a vigil.\n", "en"),
    ("Police said the neighborhood had seen three shootings this month.\n\n“We don't let our kids play outside anymore.”\n", "en"),
    ("The Sinaloa Cartel said in a video that it was not involved in the killing.\n\n“We will find those responsible.”\n", "en"),
    ("Sheriff Ana Ruiz said the cartel left a message beside the bodies.\n\n“This is what happens to traitors.”\n\nThe banner was signed.\n", "en"),
    ("Sheriff Ana Ruiz said the gang had moved into the county last year.\n\n“They recruit children at the schools,” read a sign outside city hall.\n", "en"),
    ("Sheriff Ana Ruiz said the mayor would hire 200 officers.\n\n“Enough is enough” was painted on the wall of the school.\n", "en"),
    ("El fiscal Juan Pérez dijo que el ataque fue obra del CJNG.\n\n“Mi hijo nunca estuvo en una pandilla”, dijo su madre.\n", "es"),
])
def test_a_quotation_paragraph_that_may_be_another_s_does_not_go_on(make_doc, text, language):
    doc = make_doc(text, language=language, published_at="2025-03-04", source="test.md")
    said = [(doc.text[s.content_start : s.content_end], s.speaker_text) for s in read(doc).statements]
    first = text.split("\n\n")[0].split(" said")[0].split(" dijo")[0]
    assert not any(c.startswith("“") and who == first for c, who in said), said


def test_a_named_speaker_s_quotation_paragraph_goes_on_in_spanish(make_doc):
    text = "El fiscal Juan Pérez dijo que el ataque fue obra del CJNG.\n\n“No vamos a descansar hasta detenerlos.”\n\nLa fiscalía abrió una investigación.\n"
    doc = make_doc(text, language="es", published_at="2025-03-04", source="test.md")
    said = [(doc.text[s.content_start : s.content_end].strip("“”"), s.speaker_text) for s in read(doc).statements]
    assert ("No vamos a descansar hasta detenerlos.", "El fiscal Juan Pérez") in said
