"""A quotation a role or a body introduces with "que" ("la empresa decía que «…»"); and what is no statement: a
person or a thing recognized or welcomed (a thing seen, known or honoured), a declaration that is an act; a charge
dismissed, a motion rejected or bail denied by a court, a judge or a prosecutor is an act too
(statements.cues.disposed_of), not anyone else's "dismissed the charges" nor one with "as …"."""

import pytest

from tocsin.read import read

pytestmark = pytest.mark.model


def _found(make_doc, text, language="en"):
    doc = make_doc(text, language=language, published_at="2025-03-04")
    return [(doc.text[s.content_start : s.content_end], s.speaker_text, s.cue) for s in read(doc).statements]


@pytest.mark.parametrize("text", [
    "The cashier recognized the robber from a photograph.",  # a person
    "The widow recognized her husband's truck near the bridge.",  # a thing seen
    "The governor welcomed the new police chief of the county.",  # a person welcomed
    "The minister welcomed a large delegation led by the attorney general of Peru.",  # people gathered
    "The council welcomed the news.",  # nothing described
    "The mayor did not welcome the new curfew on bars.",  # negated
    # seeing, knowing or honouring a thing is no statement (the acknowledging rule was removed after review)
    "The paramedic recognized the symptoms of a fentanyl overdose.",
    "The deputy recognized the threat of the crowd and called for backup.",
    "The county recognized the service of two firefighters at a ceremony.",
    "The tribunal recognized the right of the accused to an interpreter.",
    "The gang welcomed the confusion of the transition.",
])
def test_a_person_or_a_thing_seen_is_acknowledged_by_no_one(make_doc, text):
    assert not any(cue.startswith(("recogni", "welcom")) for _, _, cue in _found(make_doc, text))


@pytest.mark.parametrize("text, speaker, content", [
    ("En su página web, la empresa decía que «el retraso se debe a la falta de piezas».", "la empresa",
     "«el retraso se debe a la falta de piezas»"),
])
def test_spanish_a_quotation_after_que(make_doc, text, speaker, content):
    assert any(c == content and speaker in who for c, who, _ in _found(make_doc, text, "es")), _found(make_doc, text, "es")


@pytest.mark.parametrize("text", [
    "El gobierno declaró el estado de emergencia en 12 provincias.",  # an act, not a figure
    "El juez declaró culpable al acusado de 3 delitos.",
    "El tribunal declaró la nulidad del contrato firmado en 2019.",
    # a figure declared or reported is no claim of its own (a tax return, a figure the journalist goes on to weigh)
    "La constructora no declaró sus beneficios de 2022 ante la agencia tributaria.",
    "Marta Salinas declaró unos ingresos de 4.000 euros al año, pero conducía un coche de lujo.",
])
def test_spanish_a_declaration_that_is_an_act_is_no_statement(make_doc, text):
    assert _found(make_doc, text, "es") == []


def test_spanish_a_figure_reported_leaves_a_later_claim_its_own(make_doc):
    text = "La alcaldía reportó un descenso de los asaltos, aunque los comerciantes dicen que hay el doble."
    found = _found(make_doc, text, "es")
    assert not any(cue == "reportó" for _, _, cue in found), found
    assert ("hay el doble", "los comerciantes") in [(c, who) for c, who, _ in found], found


@pytest.mark.parametrize("text", [
    "The prosecutor dismissed a second-degree robbery charge against the Tulsa woman.",  # a charge disposed of
    "Judge Lena Ortiz had rejected a motion to move the trial to another county.",
    "The magistrate denied bail for the two cousins.",
    "The appeals court rejected the petition of the two former guards.",
])
def test_a_court_s_act_on_a_charge_or_a_motion_is_no_statement(make_doc, text):
    assert _found(make_doc, text) == []


@pytest.mark.parametrize("text, content", [
    ("Ellison denied the charges.", "the charges"),  # a denial of charges: a claim
    ("The ministry rejected the allegations of abuse at the prison.", "the allegations of abuse at the prison"),
    # anyone but a court, or a court saying what the thing is: a denial or an opinion, as before
    ("The councilwoman dismissed the accusations as a partisan smear.", "the accusations"),
    ("Herrera rejected the charges against his brother as invented.", "the charges against his brother"),
    ("The agency rejected the charges of abuse at the detention center.", "the charges of abuse at the detention center"),
    ("The judge rejected the jury's verdict as a grave injustice.", "the jury's verdict"),
])
def test_a_denial_of_charges_stays_a_statement(make_doc, text, content):
    found = _found(make_doc, text)
    assert any(c.startswith(content) for c, _, _ in found), found
