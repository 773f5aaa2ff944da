"""Statements of official round-ups: a lead naming a speaker, then a list of the speaker's quotations, wrapped lines."""

import pytest

from tocsin.read import read

pytestmark = pytest.mark.model


def _found(make_doc, text):
    doc = make_doc(text, published_at="2026-01-04")
    return [(doc.text[s.content_start : s.content_end], s.speaker_name) for s in read(doc).statements]


ROUNDUP = (
    "Secretary of State Ana Ruiz joined two news programs this morning. Secretary Ruiz stressed the\n"
    "government's commitment to stopping the flow of drugs across the border\n"
    "— declaring the days of weakness are over and the country will use every tool against the cartels.\n\n"
    "-   “This is not a war against a country. We are at war against drug\n"
    "    trafficking organizations, and we will keep at it.”\n"
    "    ([Watch](https://x.com/example/status/1))\n"
    "-   “We will continue to target the boats if they try to run towards\n"
    "    our shores. We will keep seizing their cargo.”\n"
    "    ([Watch](https://x.com/example/status/2))\n"
)


def test_a_participle_after_a_dash_speaks_for_the_clause_subject(make_doc):
    found = _found(make_doc, ROUNDUP)
    assert any(c.startswith("the days of weakness are over") and "Ruiz" in who for c, who in found)


def test_a_list_of_quotations_after_the_lead_is_the_lead_speaker_s_and_whole(make_doc):
    found = _found(make_doc, ROUNDUP)
    quotes = [(c, who) for c, who in found if c.startswith("“")]
    assert len(quotes) == 2 and all("Ruiz" in who for _, who in quotes)
    assert quotes[0][0].endswith("we will keep at it.”")  # a wrapped line does not end the quotation
    assert quotes[1][0].endswith("seizing their cargo.”")


def test_a_participle_after_a_dash_with_no_speaking_subject_is_no_statement(make_doc):
    found = _found(make_doc, "The report arrived late — declaring nothing new about the investigation.")
    assert not any(c.startswith("nothing new") for c, _ in found)


@pytest.mark.parametrize("text, content", [
    ("The President continues to call on Congress to pass commonsense gun safety laws.", "Congress to pass commonsense gun safety laws"),
    ("The Vice President called for the international community to join the effort against trafficking.",
     "the international community to join the effort against trafficking"),
    ("The Governor urged residents to stay away from the area.", "residents to stay away from the area"),
])
def test_a_call_names_who_is_asked_and_what_to_do(make_doc, text, content):
    assert [c for c, _ in _found(make_doc, text)] == [content]


@pytest.mark.parametrize("text", [
    "The budget calls for $24 billion to support treatment programs.",  # an amount, no one asked
    "He promised to dismantle the gangs.",  # an intention, not a claim
    "This decision underscores the severity of the challenge.",  # the document's own comment
])
def test_no_statement_without_a_claim_or_one_asked(make_doc, text):
    assert _found(make_doc, text) == []


def test_a_quoted_promise_and_a_stressed_object_are_statements(make_doc):
    found = _found(make_doc, "The President promised to “sign all necessary documents to charge the cartels.”")
    assert found and found[0][0].startswith("“sign all necessary documents")
    found = _found(make_doc, "The Mexican delegation highlighted a decree that creates a commission to fight fentanyl trafficking.")
    assert [c for c, _ in found] == ["a decree that creates a commission to fight fentanyl trafficking"]


@pytest.mark.parametrize("text", [
    "Vice President Harris announced the following:\n\n- A new task force on trafficking.",
    "The Administration is announcing the following actions to hold perpetrators accountable:\n\n- New sanctions on traffickers.",
])
def test_a_cue_that_points_to_a_list_below_says_nothing_itself(make_doc, text):
    assert not any(c.lower().startswith("the following") for c, _ in _found(make_doc, text))


@pytest.mark.parametrize("text, content", [
    ("Provisional CDC data show a 10% drop in overdose deaths in the 12 months to April.",
     "a 10% drop in overdose deaths in the 12 months to April"),
    ("Preliminary data show murders down nationally 13% from 2022 to 2023.", "murders down nationally 13% from 2022 to 2023"),
])
def test_figures_the_data_show_are_the_data_s_claim(make_doc, text, content):
    assert [c for c, _ in _found(make_doc, text)] == [content]


@pytest.mark.parametrize("text", [
    "The evidence showed his involvement in the scheme.",  # no figure
    "The data show the trend.",  # no figure
])
def test_no_claim_from_an_object_without_a_figure(make_doc, text):
    assert _found(make_doc, text) == []


@pytest.mark.parametrize("text, content", [
    ("President Trump has made it clear that this Administration will secure the border.",
     "that this Administration will secure the border"),
    ("This report makes clear that communities of color are especially at risk of gun violence.",
     "that communities of color are especially at risk of gun violence"),
])
def test_made_clear_is_a_cue(make_doc, text, content):
    assert [c for c, _ in _found(make_doc, text)] == [content]


def test_made_clear_of_things_is_no_cue(make_doc):
    assert _found(make_doc, "Crews made the road clear of debris after the storm.") == []
