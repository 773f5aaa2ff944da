"""Cues that claim nothing (a cue in the future, a subject that says no one spoke, a question asked) and a source set
off by commas inside the clause another speaker reports (statements.unsaid)."""

import pytest

from tocsin.read import read

pytestmark = pytest.mark.model


def _found(make_doc, text):
    doc = make_doc(text, published_at="2025-03-04")
    return [(doc.text[s.content_start : s.content_end], s.speaker_text, s.cue) for s in read(doc).statements]


@pytest.mark.parametrize("text", [
    "The Governor will announce new measures against the smuggling networks in her address.",
    "The Attorney General shall inform the Congress of any circumstances that indicate progress against the cartels.",
    "The Governor will call on the legislature to fund more state troopers.",
])
def test_a_cue_in_the_future_claims_nothing_yet(make_doc, text):
    assert _found(make_doc, text) == []


def test_a_cue_in_the_past_still_speaks(make_doc):
    found = _found(make_doc, "The Governor announced that the smuggling networks had been dismantled.")
    assert [(c, who) for c, who, _ in found] == [("that the smuggling networks had been dismantled", "The Governor")]


def test_a_quotation_with_a_cue_in_the_past_beside_a_plan(make_doc):
    text = "“The gangs are retreating from the port,” the Governor said on Monday. She will visit the port next week."
    found = _found(make_doc, text)
    assert [(c.strip("“”,"), who) for c, who, _ in found] == [("The gangs are retreating from the port", "the Governor")]


@pytest.mark.parametrize("text", [
    "Neither the police nor the family's lawyer would say what the connection was between the two men.",
    "Nobody said the shooting was connected to the gang.",
    "No official confirmed that the convoy had been attacked.",
])
def test_a_subject_that_says_no_one_spoke(make_doc, text):
    assert _found(make_doc, text) == []


def test_a_named_subject_after_a_negated_one_speaks(make_doc):
    text = "No official would comment on Monday, but the sheriff said the shooting was connected to the gang."
    found = _found(make_doc, text)
    assert ("the shooting was connected to the gang", "the sheriff") in [(c, who) for c, who, _ in found]


@pytest.mark.parametrize("text", [
    "Residents have been asking why the mayor wants to fire the police chief.",
    "The victim's brother wondered what the gang wanted from his family.",
])
def test_asking_with_a_question_word_is_a_question(make_doc, text):
    assert _found(make_doc, text) == []


def test_asking_someone_to_act_is_still_a_call(make_doc):
    found = _found(make_doc, "The sheriff asked residents to lock their cars after a string of burglaries.")
    assert [who for _, who, _ in found] == ["The sheriff"]


def test_a_source_set_off_inside_the_reported_clause_is_relayed(make_doc):
    found = _found(make_doc, "Police said the gunman, according to witnesses, fled on foot.")
    assert found == [("the gunman, according to witnesses, fled on foot", "Police", "said")]


def test_a_source_after_the_clause_keeps_its_own_record(make_doc):
    found = _found(make_doc, "The gunman fled on foot, according to witnesses.")
    assert [(c, who) for c, who, _ in found] == [("The gunman fled on foot", "witnesses")]


def test_according_to_its_terms_names_no_source(make_doc):
    text = "The statute is invoked and made available, according to its terms, to the Secretaries of the military departments."
    assert _found(make_doc, text) == []


def test_a_subject_counted_with_no_fewer_still_speaks(make_doc):
    found = _found(make_doc, "No fewer than five witnesses said the gunman fled on foot.")
    assert [(c, who) for c, who, _ in found] == [("the gunman fled on foot", "No fewer than five witnesses")]


def test_a_future_inside_what_is_said_is_no_future_cue(make_doc):
    found = _found(make_doc, "Officials said the militia will announce a ceasefire on Monday.")
    assert [(c, who) for c, who, _ in found] == [("the militia will announce a ceasefire on Monday", "Officials")]


def test_will_only_say_is_said(make_doc):
    # reviewer's probe: "will only say" tells what was said, not a plan
    found = _found(make_doc, "A police spokesman will only say that the victim was a 23-year-old man.")
    assert [who for _, who, _ in found] == ["A police spokesman"]


def test_a_hearer_set_off_before_according_to_is_no_part_of_the_claim(make_doc):
    # reviewer's probe: "told the family, according to their lawyer, that…": the family is the hearer, not the claim's subject
    found = _found(make_doc, "Police told the family, according to their lawyer, that the boy had been shot by officers.")
    assert not any(c.startswith("the family") for c, _, _ in found)


@pytest.mark.parametrize(("text", "content"), [
    # the parse hangs the trailing "police said" under "No witness said": the claim is police's, of the whole, never
    # "the gunman wore a mask", the opposite of what the source says
    ("No witness said the gunman wore a mask, police said.", "No witness said the gunman wore a mask"),
    ("Neither witness said the gunman wore a mask, police said.", "Neither witness said the gunman wore a mask"),
])
def test_a_trailing_cue_after_a_cue_of_no_one_reports_the_whole(make_doc, text, content):
    assert [(c, who) for c, who, _ in _found(make_doc, text)] == [(content, "police")]


@pytest.mark.parametrize(("text", "content"), [
    # the dateline a paragraph opens with is no part of the claim, in each of its written forms
    ("SANTIAGO, Chile — A former army lieutenant was found dead on Friday, prosecutors said.",
     "A former army lieutenant was found dead on Friday"),
    ("HOUSTON—Two men were shot on Monday, police said.", "Two men were shot on Monday"),
    ("SAN SALVADOR, El Salvador (AP) — Two men were shot on Monday, police said.", "Two men were shot on Monday"),
    ("Two men were shot on Monday in Houston, police said.", "Two men were shot on Monday in Houston"),
])
def test_a_dateline_is_no_part_of_the_claim(make_doc, text, content):
    assert [c for c, _, _ in _found(make_doc, text)] == [content]
