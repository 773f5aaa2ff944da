"""A speech whose speaker only its title names is one turn by that speaker (docs/annotation.md §3)."""

import pytest

from tocsin.read import read

pytestmark = pytest.mark.model

SPEECH = (
    "The State Department\n\n"
    "Well, thank you very much for that kind introduction. I think there is no better place to be this afternoon.\n\n"
    "Gangs still control most of the capital, and the police have been outgunned and outnumbered.\n\n"
    "We believe the steps we are taking against the cartels will give the country a chance to recover.\n"
)


def _read(make_doc, title):
    doc = make_doc(SPEECH, title=title, published_at="2024-05-07")
    return doc, read(doc)


def test_a_speech_the_title_names_is_its_speaker_s_turn(make_doc):
    doc, ann = _read(make_doc, "Remarks of National Security Advisor Ana Ruiz at the Conference on the Americas")
    assert ann.statements and all(st.speaker_name == "Ana Ruiz" for st in ann.statements)
    contents = " ".join(doc.text[st.content_start : st.content_end] for st in ann.statements)
    assert "Gangs still control" in contents and "We believe" in contents
    assert "no better place" not in contents  # a greeting, off the subject: no statement, though "I think" cues it


@pytest.mark.parametrize("title", [
    "Statement from Press Secretary Ana Ruiz on the Conference",  # a signed statement: the document's own voice
    "Remarks by the President at the Conference",  # no person's name
])
def test_no_speaker_from_a_title_that_names_no_speech_or_no_person(make_doc, title):
    _, ann = _read(make_doc, title)
    assert not any(st.speaker_name == "Ana Ruiz" for st in ann.statements)


def test_an_order_s_first_person_is_its_own_voice_and_its_plan_speaks(make_doc):
    text = ("INTERPOL Washington has said the cartel has members across the country.\n\n"
            "By the authority vested in me as President, I find and declare that the cartel is perpetrating an invasion "
            "against the territory of the United States.\n\n"
            "My Safer America Plan calls on the Congress to invest $37 billion in law enforcement and crime prevention.\n")
    doc = make_doc(text, title="A Proclamation on National Community Policing Week", published_at="2024-10-04")
    ann = read(doc)
    assert ann.genre == "official document"
    contents = [doc.text[st.content_start : st.content_end] for st in ann.statements]
    assert not any("perpetrating" in c for c in contents)
    assert any(c.startswith("the Congress to invest") for c in contents)


def test_a_cue_inside_a_speaker_s_turn_is_nested_in_it(make_doc):
    text = ("MS. RUIZ: Good afternoon, everybody. We have a busy week ahead.\n\n"
            "Q Any news on the prisoner?\n\n"
            "MS. RUIZ: His friends say he continues to be in good spirits, which is incredible.\n\n"
            "Q And the cartel case?\n\n"
            "MS. RUIZ: The cartel's leaders were extradited last week, and the prosecutors will take it from here.\n")
    doc = make_doc(text, title="Press Briefing by Press Secretary Ana Ruiz", published_at="2024-07-18")
    found = [(doc.text[st.content_start : st.content_end], st.speaker_text) for st in read(doc).statements]
    assert not any("good spirits" in c for c, _ in found)  # nested in Ruiz's turn, off the subject: nothing claimed
    assert any("extradited" in c and who == "MS. RUIZ" for c, who in found)
