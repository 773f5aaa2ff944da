"""Statements of cue classes and constructions the rules read since the eighth stop: a quotation inside the speaker
phrase, court records that show, "make clear that" the parse splits, a trailing "it said"; and what is no statement:
an indictment's finding, "called for" as a summons or a thing's need (what a person or a body calls for:
test_statements_calls), what was noted or lamented, "según" naming no source."""

import pytest

from tocsin.read import read

pytestmark = pytest.mark.model


def _found(make_doc, text, language="en"):
    doc = make_doc(text, language=language, published_at="2025-03-04")
    return [(doc.text[s.content_start : s.content_end], s.speaker_text, s.cue, s.claim_type) for s in read(doc).statements]


@pytest.mark.parametrize("text, speaker, content", [
    ("The man known as Canada's \"Prince of Pot\" says he's \"feeling good\" after a night in a Montreal jail.",
     "The man known as Canada's \"Prince of Pot\"", "he's \"feeling good\" after a night in a Montreal jail"),
    ("\"Prince of Pot\" Marc Emery says he is feeling good after a night in jail.",
     "\"Prince of Pot\" Marc Emery", "he is feeling good after a night in jail"),
    ("\"They are dangerous men,\" Sheriff Ana Ruiz of the county that locals call \"the badlands\" said.",
     "Sheriff Ana Ruiz of the county that locals call \"the badlands\"", "They are dangerous men"),  # not what is said
])
def test_a_quotation_inside_the_speaker_phrase_is_the_speaker_s_whole(make_doc, text, speaker, content):
    assert [(c, who) for c, who, _, _ in _found(make_doc, text)] == [(content, speaker)]


def test_a_relative_clause_of_saying_leaves_the_speaker_phrase_at_its_head(make_doc):
    text = 'The sheriff, who called the gang "a cancer on this county," said the arrests would continue.'
    found = _found(make_doc, text)
    assert ("\"a cancer on this county,\"", "The sheriff") in [(c, who) for c, who, _, _ in found]
    assert all(who.count('"') % 2 == 0 for _, who, _, _ in found)


def test_a_relative_clause_with_a_speaker_of_its_own_is_that_speaker_s(make_doc):
    text = ("Lutchman Chandler, 50, of Manassas, was killed in the wreck. Chandler, who police said was driving the car "
            "at the time of the wreck, later died from his injuries.")
    assert _speakers(make_doc, text) == [("police", None)]  # not Chandler's: "who" is the clause's subject


def test_a_quotation_after_the_cue_stays_the_speaker_s(make_doc):
    found = _found(make_doc, "\"We will find them,\" the sheriff said.")
    assert [(c, who) for c, who, _, _ in found] == [("\"We will find them,\"", "the sheriff")]


@pytest.mark.parametrize("papers", ["court records", "court papers"])
def test_court_records_and_papers_hold_a_finding(make_doc, papers):
    text = f"Abdulkader was arrested on May 21, 2015, the same day he acquired an assault rifle, {papers} show."
    assert [(who, hedges) for who, hedges in _hedged(make_doc, text)] == [(papers, ())]  # "May 21": a month


@pytest.mark.parametrize("text", [
    "The indictment shows the defendants are members of the Sinaloa Cartel.",  # an accusation, no finding
    "Juan Ruiz's indictment shows he led a cell of the Sinaloa Cartel.",
    "Juan Ruiz's court papers show he led a cell of the Sinaloa Cartel.",  # a possessive name would speak
    "Juan Ruiz's records show he led a cell of the Sinaloa Cartel.",
    "The complaint filed by Ruiz's lawyer shows that police beat him.",
    "Ruiz filed a complaint showing that police beat him.",
    "Perez belongs to the Sinaloa Cartel, his court papers show.",  # a party's own papers
    "Perez belongs to the Sinaloa Cartel, the prosecution's court papers show.",
])
def test_an_indictment_or_a_complaint_holds_no_finding(make_doc, text):
    assert _found(make_doc, text) == []


def test_an_agency_s_own_finding_stays(make_doc):
    """A possessor that is an agency, not a person or a party, leaves the finding its own (lexicon.holds_findings)."""
    assert [who for _, who, _, _ in _found(make_doc, "Perez belongs to the Sinaloa Cartel, the FBI's investigation found.")] == ["the FBI's investigation"]


def test_make_clear_with_the_clause_the_parse_took_for_a_subject(make_doc):
    found = _found(make_doc, "These reports make clear that the new law is saving lives.")
    assert [(c, who) for c, who, _, _ in found] == [("that the new law is saving lives", "These reports")]


@pytest.mark.parametrize("text", [
    "Officer Ana Ruiz called for an ambulance.",
    "Officer Ana Ruiz called for backup.",
    "Ruiz called for reinforcements from the state police.",  # a summons
    "The forecast calls for heavy rain across the region this weekend.",
    "The treaty calls for the extradition of the accused to the United States.",
    "Protesters called for justice for the victims of the massacre.",
])
def test_called_for_is_no_statement(make_doc, text):
    assert _found(make_doc, text) == []


def test_a_trailing_it_continues_the_unnamed_source_of_the_sentence_before(make_doc):
    text = ("The officers came under fire from inside the house, the statement said. Two policemen were wounded and the "
            "assailants fled in a car, it said.")
    found = _found(make_doc, text)
    assert [(c, who) for c, who, _, _ in found] == [
        ("The officers came under fire from inside the house", "the statement"),
        ("Two policemen were wounded and the assailants fled in a car", "it")]


def test_a_trailing_it_never_continues_a_person(make_doc):
    text = ("The officers came under fire from inside the house, a spokesman for the army said. Two policemen were "
            "wounded and the assailants fled in a car, it said.")
    assert [who for _, who, _, _ in _found(make_doc, text)] == ["a spokesman for the army"]


def test_a_trailing_they_with_a_subject_of_its_number_between_is_nobody_s(make_doc):
    found = _found(make_doc, "Witnesses said two armed men entered the shop. The men fled, they said.")
    assert [who for _, who, _, _ in found] == ["Witnesses"]


@pytest.mark.parametrize("text", [
    "The officer noted the license plate of the fleeing car.",
    "Police noted a strong smell of marijuana in the vehicle.",
    "The family lamented his death at the hands of the gang.",
])
def test_what_was_noted_or_lamented_as_a_noun_is_no_statement(make_doc, text):
    assert _found(make_doc, text) == []


@pytest.mark.parametrize("text", [
    "This visit underscores the President's commitment to safer streets.",
    "The deputy recognized the driver from an earlier traffic stop.",
])
def test_the_document_s_comment_and_a_recognition_are_no_statements(make_doc, text):
    assert _found(make_doc, text) == []


@pytest.mark.parametrize("text", [
    "El detenido pertenece a la Mara Salvatrucha, según sus tatuajes.",
    "La pena se fijará según la gravedad del delito cometido por el acusado.",
    "Según parece, el hombre pertenecía a una banda del puerto.",
    "Según se cree, la banda opera en el puerto desde hace años.",
])
def test_segun_that_names_no_source_before_its_claim_makes_no_speaker(make_doc, text):
    assert _found(make_doc, text, "es") == []


def test_segun_leading_its_claim_still_names_the_source(make_doc):
    found = _found(make_doc, "El acusado, según la fiscalía, huyó del país.", "es")
    assert [(c, who) for c, who, _, _ in found] == [("huyó del país", "la fiscalía")]


def _hedged(make_doc, text, language="en"):
    doc = make_doc(text, language=language, published_at="2025-03-04")
    return [(s.speaker_text, s.hedges) for s in read(doc).statements]


@pytest.mark.parametrize("text, language, hedges", [
    ("Según la policía, el hombre sería miembro del Tren de Aragua.", "es", ("sería",)),
    ("A police spokesman said the alleged ties between the mayor and the Gulf Cartel were strong.", "en", ("alleged",)),
    ("A police spokesman said the man may have fled the country.", "en", ("may",)),
    ("A police spokesman said the man was arrested on May 21 at his home.", "en", ()),
])
def test_statements_hedges_of_report(make_doc, text, language, hedges):
    assert [h for _, h in _hedged(make_doc, text, language)] == [hedges]


def _speakers(make_doc, text):
    doc = make_doc(text, language="en", published_at="2025-03-04")
    return [(s.speaker_text, s.speaker_name) for s in read(doc).statements]


def test_he_is_never_an_organisation_named_before(make_doc):
    text = "The 9/11 Commission announced new security measures for airports. He said the checks would start in the spring."
    assert _speakers(make_doc, text) == [("The 9/11 Commission", "9/11 Commission")]  # "he" unresolved is no one's
    text = "Mayor Carlos Mendez spoke on Monday. " + text
    assert _speakers(make_doc, text)[-1] == ("He", "Carlos Mendez")  # the person named before


def test_we_never_continues_a_third_party_named_before(make_doc):
    text = ("Mayor Carlos Mendez said the checks would start in the spring. "
            "We tell our kids to beware of chatting with people they do not know.")
    assert _speakers(make_doc, text) == [("Mayor Carlos Mendez", "Carlos Mendez")]
