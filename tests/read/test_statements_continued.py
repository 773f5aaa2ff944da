"""A pronoun that continues a source the text describes and does not name ("A police spokesman said…. He added…",
"Police say they found…. They say…"), and where it must not; a past tense the tagger took for a participle or hung
on the sentence's noun; what an inverted cue says, not who says it ("…, said nothing")."""

import pytest

from tocsin.read import read

pytestmark = pytest.mark.model


def _found(make_doc, text):
    doc = make_doc(text, language="en", published_at="2025-03-04")
    return [(doc.text[s.content_start : s.content_end], s.speaker_text, s.speaker_name, s.speaker_basis, s.descriptor)
            for s in read(doc).statements]


@pytest.mark.parametrize("text, pronoun, source, content", [
    ("A police spokesman said two convoys were attacked at dawn. He added that two officers were wounded.", "He",
     "A police spokesman", "that two officers were wounded"),
    ("A spokeswoman for the governor said two convoys were attacked at dawn. She added that two officers were wounded.", "She",
     "A spokeswoman for the governor", "that two officers were wounded"),
    # a person named before the source is not the pronoun's: the source just before is
    ("Mayor John Smith praised the officers. A police spokesman said two convoys were attacked at dawn. He added that two "
     "officers were wounded.", "He", "A police spokesman", "that two officers were wounded"),
    # the source's own "they" in its words is the source
    ("Police say in the car, they found a loaded rifle. They say the driver fled on foot.", "They", "Police",
     "the driver fled on foot"),
])
def test_a_pronoun_continues_the_unnamed_source_just_before(make_doc, text, pronoun, source, content):
    found = _found(make_doc, text)
    assert (content, pronoun, None, "pronoun", source) in found, found


@pytest.mark.parametrize("text, content", [
    # someone else the source's words tell of may be "he": a singular subject, or a person's word anywhere
    ("A police spokesman said the motorist refused to stop. He told officers he had no license.", "he had no license"),
    ("A police spokesman said officers arrested the victim's brother on Monday. He told reporters he was innocent.",
     "he was innocent"),
])
def test_a_pronoun_never_continues_the_source_past_another_who_may_be_he(make_doc, text, content):
    assert not [f for f in _found(make_doc, text) if f[0] == content and f[1] == "He"]


@pytest.mark.parametrize("text", [
    "A spokeswoman for the army said two convoys were attacked at dawn. He said two officers were wounded.",  # another sex
    "A spokesman for the army said officers arrested Juan Ruiz at dawn. He said the raid was planned.",  # a person named
    "A police spokesman said the suspect was shot in the leg. He said the officer fired twice.",  # a person the claim tells of
    "The statement said two convoys were attacked at dawn. He said two officers were wounded.",  # a paper is no "he"
    "A police spokesman said two convoys were attacked at dawn.\n\nHe said two officers were wounded.",  # a paragraph between
    "Witnesses said two armed men entered the shop and they wore masks. They told the owner to hand over the money.",
])
def test_a_pronoun_that_may_be_someone_else_stays_nobodys(make_doc, text):
    found = _found(make_doc, text)
    assert [who for _, who, _, _, _ in found if who in ("He", "They")] == [], found


def test_evidence_whose_verb_the_tagger_took_for_a_participle_still_holds_its_finding(make_doc):
    found = _found(make_doc, "Evidence presented at trial established that the defendants ran a criminal enterprise.")
    assert [(c, who) for c, who, _, _, _ in found] == [("that the defendants ran a criminal enterprise", "Evidence presented at trial")]


def test_a_past_tense_hung_on_the_sentence_s_noun_speaks_for_it(make_doc):
    found = _found(make_doc, "A recent study highlighted Canada's growing production of fentanyl.")
    assert [(c, who) for c, who, _, _, _ in found] == [("Canada's growing production of fentanyl", "A recent study")]


@pytest.mark.parametrize("text", [
    "The gang, which controls the port, said nothing.",
    "The officer, who was not hurt, said little.",
])
def test_what_an_inverted_cue_says_is_no_speaker(make_doc, text):
    assert _found(make_doc, text) == []


@pytest.mark.parametrize("text, speaker", [
    ("The sheriff declined to say whether deputies had found the rifle, saying only that the search went on.", "The sheriff"),
    ("Ruiz refused to say if the gang had paid the guards, saying that the inquiry was not over.", "Ruiz"),
])
def test_a_participle_the_parse_hung_inside_a_question_speaks_for_who_declined_to_answer(make_doc, text, speaker):
    found = _found(make_doc, text)
    assert [who for _, who, _, _, _ in found] == [speaker], found


def test_a_second_cue_after_a_thing_s_clause_is_the_speaker_s_own_statement(make_doc):
    found = _found(make_doc, "Police said the fire started in the kitchen and added that no one was hurt.")
    assert [(c, who) for c, who, _, _, _ in found] == [("the fire started in the kitchen", "Police"), ("that no one was hurt", "Police")]


@pytest.mark.parametrize("text", [
    # the reported person may be the one who says it: the speaker's report stays whole, nobody else's claim is made
    "The witness said the gunman shouted at the clerk and said he would come back.",
    "The sheriff said the man fled on foot and added that he had never been in the county.",
])
def test_a_second_cue_after_a_person_s_clause_stays_inside_the_report(make_doc, text):
    found = _found(make_doc, text)
    assert len(found) == 1 and found[0][0].endswith(text.rstrip(".").split(" and ")[-1]), found


def test_a_source_closing_with_a_colon_speaks_the_paragraph_after_it(make_doc):
    text = ("Both men pleaded guilty on Monday. According to the plea agreement:\n\nThe scheme began in 2004 and ran until "
            "their arrests. The men wired the money to a front company.\n\nSentencing is set for June.")
    found = _found(make_doc, text)
    assert [(c, who) for c, who, _, _, _ in found] == [("The scheme began in 2004 and ran until their arrests. The men wired the money "
                                                        "to a front company", "the plea agreement")]


@pytest.mark.parametrize("text, first, second", [
    ("Police said the suspect fled in a gray sedan, adding that officers were searching the area.",
     "the suspect fled in a gray sedan", "that officers were searching the area"),
    ("The sheriff said the fire started in the kitchen, noting that no one was hurt.", "the fire started in the kitchen",
     "that no one was hurt"),
])
def test_a_participle_cue_hung_on_the_reported_clause_is_the_speaker_s_next_statement(make_doc, text, first, second):
    found = _found(make_doc, text)
    speaker = text.split(" said ")[0]
    assert [(c, who) for c, who, _, _, _ in found] == [(first, speaker), (second, speaker)]


def test_a_participle_cue_after_a_person_s_clause_stays_inside_the_report(make_doc):
    found = _found(make_doc, "Police said the man attacked his wife, saying she had cheated on him.")
    assert [(c, who) for c, who, _, _, _ in found] == [("the man attacked his wife, saying she had cheated on him", "Police")]
