"""Statements of transcript turns: one per run of sentences on the subject, the label its speaker."""

import pytest

from tocsin.read import read

pytestmark = pytest.mark.model

BRIEFING = """Remarks on Public Safety

THE PRESIDENT: Thank you all for coming. The cartel killed four people in the port last week. We arrested twelve of its members.

And the violence is likely to spread north this year.

Q: Mr. President, what about the border?

THE PRESIDENT: The border is more secure than it was. (Laughter.) Fentanyl seizures are up forty percent. I love this state.

MS. RUIZ: I think the gang will move its routes to the coast this summer.

MS. RUIZ: Thank you, everybody."""


def test_turns_a_run_of_sentences_on_the_subject_is_the_speaker_s_statement(make_doc):
    ann = read(make_doc(BRIEFING, published_at="2025-05-02"))
    found = [(s.speaker_text, " ".join(BRIEFING[s.content_start:s.content_end].split()), s.claim_type) for s in ann.statements]
    assert found == [
        ("THE PRESIDENT", "The cartel killed four people in the port last week. We arrested twelve of its members. "
                          "And the violence is likely to spread north this year.", "forecast"),  # a run goes on across paragraphs
        ("THE PRESIDENT", "The border is more secure than it was. (Laughter.) Fentanyl seizures are up forty percent.", "assertion"),
        ("MS. RUIZ", "I think the gang will move its routes to the coast this summer.", "forecast"),  # the cue's reading kept
    ]


def test_turns_a_bare_will_in_a_turn_is_no_forecast_but_a_word_of_expecting_is(make_doc):
    text = ("MS. RUIZ: The department will issue new rules on gun trafficking next month.\n\n"
            "Q: And the cartel?\n\n"
            "MS. RUIZ: The cartel is likely to retaliate against the police.")
    ann = read(make_doc(text, published_at="2025-05-02"))
    assert [s.claim_type for s in ann.statements] == ["assertion", "forecast"]


def test_turns_a_call_for_tips_in_a_turn_is_no_claim(make_doc):
    text = ("MS. RUIZ: The gang shot two officers in the port on Friday. Anyone with information is asked to call the FBI.\n\n"
            "Q: Any arrests?\n\nMS. RUIZ: Not yet.")
    ann = read(make_doc(text, published_at="2025-05-02"))
    assert [" ".join(text[s.content_start:s.content_end].split()) for s in ann.statements] == [
        "The gang shot two officers in the port on Friday."]


def test_turns_a_stage_direction_between_paragraphs_does_not_end_a_run_and_may_is_a_month(make_doc):
    text = ("MS. RUIZ: The cartel killed four people in the port.\n\n(Laughter.)\n\nThe gang will move its drugs to the coast in May.\n\n"
            "Q: And Social Security?\n\nMS. RUIZ: Social Security checks go out on time.")
    ann = read(make_doc(text, published_at="2025-05-02"))
    assert [(s.claim_type, " ".join(text[s.content_start:s.content_end].split())) for s in ann.statements] == [
        ("assertion", "The cartel killed four people in the port. (Laughter.) The gang will move its drugs to the coast in May.")]


def test_turns_an_answer_to_a_question_on_the_subject_is_on_it(make_doc):
    """A briefing's answer on policing talks of recruiting officers without the subject's own words: the question
    on the subject makes its answer a statement; "Thank you." answers nothing; an answer to a question off the
    subject stays off it."""
    from tocsin.read import read

    text = ("MS. PSAKI: Good afternoon, everybody.\n\n"
            "Q Mayor, what are you doing about the rise in violent crime in Kansas City?\n\n"
            "MAYOR LUCAS: Thank you. I think there was a reason both of us have talked about recruiting and retaining "
            "officers. We want officers who have the time to be engaged in the neighborhoods they serve.\n\n"
            "Q And what about the weather this weekend?\n\n"
            "MAYOR LUCAS: I think it will be sunny and warm across the whole region on Saturday afternoon.\n")
    doc = make_doc(text, published_at="2022-05-13")
    said = [(s.speaker_text, doc.text[s.content_start : s.content_end]) for s in read(doc).statements]
    assert any(who == "MAYOR LUCAS" and "recruiting and retaining" in what for who, what in said), said
    assert not any("sunny" in what or what.startswith("Thank you") for _, what in said), said


def test_turns_a_short_follow_up_keeps_the_subject_of_the_question_before(make_doc):
    """"Even if the other side objects —", cut off, asks on about the troops of the question before; a question with
    no word of the subject that is asked to the end starts a subject of its own."""
    text = ("Q Would you keep our troops in the region after a ceasefire?\n\n"
            "THE PRESIDENT: Nobody has asked me to do that, so I don't think we would have to.\n\n"
            "Q Even if the other side objects to it —\n\n"
            "THE PRESIDENT: I know two of our allies have offered it, and that would be fine with me.\n\n"
            "Q And what about this weekend?\n\n"
            "THE PRESIDENT: We will go fishing with my grandchildren on Saturday and then have a big dinner.\n")
    doc = make_doc(text, published_at="2025-02-18")
    said = [doc.text[s.content_start : s.content_end] for s in read(doc).statements]
    assert any("two of our allies" in what for what in said), said
    assert not any("fishing" in what for what in said), said


@pytest.mark.parametrize("question, kept", [
    ("What about the weather this weekend...", False),  # cut off, but turned to a subject of its own
    ("On another subject, the school board —", False),
    ("And what about them —", True),  # points back to the troops
])
def test_turns_a_cut_off_question_that_turns_to_a_new_subject_is_no_follow_up(make_doc, question, kept):
    text = ("Q Would you keep our troops in the region after a ceasefire?\n\n"
            "THE PRESIDENT: Nobody has asked me to do that, so I don't think we would have to.\n\n"
            f"Q {question}\n\n"
            "THE PRESIDENT: I know two of our friends have offered it, and that would be fine with me.\n")
    doc = make_doc(text, published_at="2025-02-18")
    said = [doc.text[s.content_start : s.content_end] for s in read(doc).statements]
    assert any("two of our friends" in what for what in said) == kept, said


@pytest.mark.parametrize("sentence, on", [
    ("We helped end the war in the south in eleven days, and the fighting has not come back.", True),
    ("He served as a young senator in the middle of the Cold War and never forgot it.", False),
    ("My grandfather came home from World War Two and opened a bakery on Main Street.", False),
    ("We are not in a trade war with China, and we never will be.", False),
    ("The airlines are in a price war over routes to Florida.", False),
    ("The culture wars over school books have divided the county.", False),
    ("Johnson launched the war on poverty sixty years ago this month.", False),
    ("The War of 1812 ended with a treaty signed in Belgium.", False),
    ("The war on drugs has failed the families of this city.", True),
    ("Russia's war on Ukraine has entered its fourth year.", True),
])
def test_turns_a_war_fought_is_on_the_subject_an_era_s_name_or_a_rivalry_is_not(make_doc, sentence, on):
    text = f"MS. RUIZ: Good afternoon.\n\nQ: Anything else?\n\nMS. RUIZ: {sentence}\n"
    doc = make_doc(text, published_at="2025-02-18")
    assert bool(read(doc).statements) == on


@pytest.mark.parametrize(("turn", "predicted", "sign"), [
    ("We will not let the cartel win. The cartel killed four people in the port last week. "
     "We expect the violence to spread north this summer.", "We expect the violence to spread north this summer.", "positive"),
    ("We will keep the pressure on. Our expectation is that the gang will not return to the port.",
     "Our expectation is that the gang will not return to the port.", "negative"),
])
def test_turns_a_turn_made_a_forecast_by_one_sentence_predicts_what_that_sentence_says(make_doc, turn, predicted, sign):
    """A promise around the predicting sentence ("we will not let the cartel win") lends the forecast neither its
    negation nor its past killings."""
    text = f"THE PRESIDENT: {turn}\n\nQ: Mr. President, what about the border?\n\nTHE PRESIDENT: Thank you."
    ann = read(make_doc(text, published_at="2025-05-02"))
    (s,) = [s for s in ann.statements if s.claim_type == "forecast"]
    assert " ".join(text[s.content_start : s.content_end].split()) == predicted
    assert [f.polarity for f in ann.forecasts] == [sign]


@pytest.mark.parametrize("turn", [
    # "he’ll" as typeset: the President's day, no prediction, however the apostrophe is set
    "The President spoke with the family of the officer who was shot. He’ll be keeping a close eye on the police investigation.",
    # the one word of expecting describes a class of people, and the bare "will" is a grant's purpose
    "The grants will go to forty police departments. They pay for counselors who work with the young men most likely "
    "to be involved in gun violence.",
])
def test_turns_a_run_predicts_only_where_a_sentence_of_it_expects(make_doc, turn):
    text = f"MS. RUIZ: {turn}\n\nQ: And the cartel?\n\nMS. RUIZ: Thank you."
    ann = read(make_doc(text, published_at="2025-05-02"))
    assert [s.claim_type for s in ann.statements] == ["assertion"]
