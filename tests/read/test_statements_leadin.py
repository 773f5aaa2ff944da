"""A lead-in speaker ("Ruiz spoke to reporters." ¶ "“…”") speaks only a quotation that stands alone or is told by a
pronoun that may be that speaker; and "they" continues only the speaker just before it (second review)."""

import pytest

from tocsin.read import read

pytestmark = pytest.mark.model


def _quoted(make_doc, text, language="en"):
    doc = make_doc(text, language=language, published_at="2025-03-04")
    return [(doc.text[s.content_start : s.content_end], s.speaker_text, s.speaker_name) for s in read(doc).statements]


@pytest.mark.parametrize("text", [
    "Police Chief Ana Ruiz spoke to the crowd outside the station.\n\n“Police are murderers,” read a banner carried by protesters.",
    "Relatives of the missing students spoke to the press.\n\n“Ayotzinapa was a state crime” read a banner behind them.",
    "The victim's family spoke after the sentencing.\n\n“Rest in peace, Carlos,” read a sign held by his sister.",
    "The governor will speak to reporters on Monday.\n\n“Security is improving in every municipality of the state.”",
    "Relatives may speak at the sentencing hearing next month.\n\n“The cartel took everything from us.”",
])
def test_a_quotation_that_is_not_said_in_its_sentence_or_a_speaking_to_come_leads_into_nothing(make_doc, text):
    assert [c for c, _, _ in _quoted(make_doc, text) if c.startswith("“")] == []


def test_a_quotation_in_a_sentence_of_its_own_keeps_its_content_whole(make_doc):
    text = "Protesters spoke to reporters.\n\n“Hugs, not bullets” — the president's slogan — has failed, they said."
    assert [c for c, _, _ in _quoted(make_doc, text) if c == "“Hugs, not bullets”"] == []


@pytest.mark.parametrize("text, pronoun", [
    ("Ana Ruiz spoke to reporters alongside prosecutor Tom Bell.\n\n“We will seek the maximum sentence,” he said.", "he"),
    ("Detective Mark Hale and the victim's mother, Rosa Díaz, spoke to reporters outside the courthouse.\n\n"
     "“I just want my daughter back,” she said.", "she"),
])
def test_a_pronoun_that_may_be_another_person_keeps_its_statement(make_doc, text, pronoun):
    """The pronoun's statement is left as it is (and, nobody's, dropped): the lead-in does not name it."""
    assert [who for c, who, _ in _quoted(make_doc, text) if "sentence" in c or "daughter" in c] in ([], [pronoun])


@pytest.mark.parametrize("text, speaker", [
    ("Luis Paz spoke at the vigil.\n\n“We will appeal,” he said, adding that the verdict ignored key evidence.", "Luis Paz"),
    ("Ruiz, who spoke on condition of anonymity, told reporters:\n\n“The cartel pays the police in this town.”", "Ruiz"),
])
def test_a_lead_in_speaks_a_pronouns_quotation_and_its_speaker_is_the_name(make_doc, text, speaker):
    assert [who for c, who, _ in _quoted(make_doc, text) if c.startswith("“")] == [speaker]


@pytest.mark.parametrize("text, language, content", [
    ("Mexico's Defense Ministry said troops had clashed with gunmen in Michoacán.\n\nMayor Luis Paz said the town was calm. "
     "They said the road remained closed.", "en", "the road remained closed"),
    ("La fiscal Ana Ruiz dijo a los periodistas que el vehículo fue hallado quemado. Ellos dijeron que no hubo heridos.", "es", "no hubo heridos"),
])
def test_they_after_one_person_is_nobodys(make_doc, text, language, content):
    assert [name for c, _, name in _quoted(make_doc, text, language) if c == content] in ([], [None])


def test_they_after_a_joined_speaker_is_that_group_not_an_older_one(make_doc):
    text = ("Mexico's Defense Ministry said troops had clashed with gunmen in Michoacán.\n\nMayor Luis Paz and local priests "
            "said the town was calm. They said the road remained closed.")
    assert _quoted(make_doc, text)[-1][2] != "Defense Ministry"


def test_they_does_not_cross_a_paragraph_written_one_a_line(make_doc):
    text = ("The trial opened on Monday.\nPolice sources said the victim was shot twice.\nThey said he had no criminal record.\n"
            "The mayor did not comment.")
    assert [who for c, who, _ in _quoted(make_doc, text) if "record" in c] == []


def test_a_lead_in_crosses_a_paragraph_written_one_a_line(make_doc):
    text = "The trial opened on Monday.\nChief Tom Hale told reporters:\n“We found the car abandoned near the river.”\n"
    assert [who for c, who, _ in _quoted(make_doc, text) if c.startswith("“")] == ["Chief Tom Hale"]
