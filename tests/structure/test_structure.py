"""The structure stage: segments of releases and transcripts, and what is read from them."""

from __future__ import annotations

import pytest

from tocsin.structure import segments, silent_at

from ..corpora import doj_texts, wh_records

TRANSCRIPT = """Briefing on Border Security

MS. ALVAREZ:  Good afternoon.  I think the cartel will move its routes to the coast this summer.

We will keep working with Mexico.

Q    Will gunmen attack more police stations in Sonora?

And a second question on the sanctions.

MS. ALVAREZ:  No comment on that.

(Laughter.)"""

RELEASE = """MIAMI – Two men were sentenced today to 20 years in prison for the kidnapping of a businessman in Doral.

Fact sheet items:
* The group extorted shop owners in Hialeah.
* Members of a rival crew were shot in Miami Gardens.

The case was investigated by the FBI Miami Field Office.

An indictment is merely an allegation, and all defendants are presumed innocent until proven guilty.

Anyone with information about the group is asked to call the FBI.

###"""


def kinds(text: str) -> list[tuple[str, str | None, str]]:
    return [(s.kind, s.speaker, text[s.start:s.end].split()[0]) for s in segments(text)]


def test_structure_transcript_turns_questions_and_stage_directions():
    assert kinds(TRANSCRIPT) == [
        ("heading", None, "Briefing"), ("turn", "MS. ALVAREZ", "MS."), ("turn", "MS. ALVAREZ", "We"),
        ("question", "Q", "Q"), ("question", "Q", "And"), ("turn", "MS. ALVAREZ", "MS."), ("stage", "MS. ALVAREZ", "(Laughter.)"),
    ]
    first = segments(TRANSCRIPT)[1]
    assert TRANSCRIPT[first.label[0]:first.label[1]] == "MS. ALVAREZ"


def test_structure_bullets_and_release_boilerplate():
    assert [k for k, _, _ in kinds(RELEASE)] == ["paragraph", "paragraph", "bullet", "bullet", "boilerplate", "boilerplate",
                                                 "boilerplate", "boilerplate"]


def test_structure_a_fact_sheet_s_run_in_headings_are_not_speakers():
    text = ("**MAKING STREETS SAFE AGAIN:** The order directs new patrols.\n\n"
            "**THE HIGH COST OF THE FENTANYL CRISIS IN OUR CITIES:** Overdoses rose.\n\n"
            "**ENDING THE FLOW OF DRUGS:** The order funds new scanners.")
    assert all(s.speaker is None for s in segments(text))


def test_structure_a_surname_in_ing_is_still_a_speaker():
    text = "FLEMING: The port is quiet.\n\nQ: And the gangs?\n\nFLEMING: They left."
    assert [s.speaker for s in segments(text)] == ["FLEMING", "Q", "FLEMING"]


def test_structure_one_label_is_not_a_transcript():
    text = "NOTE: this release was updated.\n\nPOLICE CHIEF: a title line, not a turn, in an article.\n\nGunmen shot a driver."
    assert all(s.speaker is None for s in segments(text))


@pytest.mark.parametrize("text, speaker", [
    ("Cross Hall\n\n7:11 P.M. EDT\n\nTHE PRESIDENT:  Today a jury found him guilty.\n\nIt was a murder.", "THE PRESIDENT"),
    ("MS. RUIZ:  Thank you.\n\nThe gang has left the port.", "MS. RUIZ"),
    ("Gunmen shot a driver.\n\nTHE PRESIDENT: a label further down opens nothing.", None),
    ("7:11 P.M. EDT\n\nFLEMING: a bare name in capitals is no speech's label.\n\nThe port is quiet.", None),
])
def test_structure_a_speech_is_one_turn_of_the_label_that_opens_it(text, speaker):
    body = [s for s in segments(text) if s.kind != "heading"]
    assert {s.speaker for s in body} == {speaker}


@pytest.mark.parametrize("header", ["East Room\nThe White House", "State Capitol\nAustin, Tex.", "U.S. Capitol  \nWashington, D.C."])
def test_structure_a_speech_may_open_under_its_place_given_on_two_lines(header):
    text = f"{header}\n\n7:11 P.M. EDT\n\nTHE PRESIDENT:  Thank you.\n\nThe gang has left the port."
    segs = segments(text)
    assert segs[0].speaker is None and {s.speaker for s in segs[2:]} == {"THE PRESIDENT"}


def test_structure_a_speech_may_open_under_its_room_and_time_on_two_lines():
    text = "Roosevelt Room\n10:05 A.M. EDT\n\nTHE PRESIDENT:  Thank you.\n\nThe gang has left the port."
    segs = segments(text)
    assert segs[0].speaker is None and {s.speaker for s in segs[1:]} == {"THE PRESIDENT"}


@pytest.mark.parametrize("header", ["Good morning everyone\nThank you all", "We will win\nWe will fight"])
def test_structure_short_lines_of_speech_are_no_place_header(header):
    text = f"{header}\n\nTHE PRESIDENT: a label further down opens nothing.\n\nThe port is quiet."
    assert all(s.speaker is None for s in segments(text))


def test_structure_a_story_of_two_lines_before_a_label_is_no_speech_header():
    text = "Gunmen shot a driver.\nPolice came.\n\nTHE PRESIDENT: a label further down opens nothing."
    assert all(s.speaker is None for s in segments(text))


@pytest.mark.model
def test_structure_no_record_from_questions_boilerplate_or_stage_and_turns_give_speakers():
    from tocsin.models import Document
    from tocsin.read import read

    doc = Document(id="t", text=TRANSCRIPT + "\n\n" + RELEASE, source="t", language="en", published_at="2025-05-02")
    ann = read(doc)
    segs = segments(doc.text)
    assert ann.events and all(not silent_at(segs, e.evidence_start) for e in ann.events)
    assert all(not silent_at(segs, s.content_start) for s in ann.statements)
    assert not any("gunmen attack" in doc.text[e.evidence_start:e.evidence_end] for e in ann.events)  # a question
    assert not any(e.type == "charge" for e in ann.events)  # "an indictment is merely an allegation"
    cartel = next(s for s in ann.statements if "cartel will move" in doc.text[s.content_start:s.content_end])
    # the turn's label is the speaker; the document names no Alvarez in full, so it stays a label (basis "label")
    assert (cartel.speaker_name, cartel.speaker_basis, cartel.speaker_text) == ("Alvarez", "label", "MS. ALVAREZ")
    # a turn's run on the subject is one statement (docs/annotation.md §3); a greeting and a non-answer are no claim
    content = doc.text[cartel.content_start:cartel.content_end]
    assert content == "I think the cartel will move its routes to the coast this summer."
    assert not any("Good afternoon" in doc.text[s.content_start:s.content_end] or "No comment" in doc.text[s.content_start:s.content_end]
                   for s in ann.statements)
    assert not [m for m in ann.mentions if m.text in ("MS", "MS.", "Laughter")]
    sentences = [(s.start, s.end) for s in ann.sentences]
    bullet = next(s for s in segs if s.kind == "bullet")
    assert any(start == bullet.start + 2 or start == bullet.start for start, _ in sentences)  # a bullet starts a sentence


def test_structure_boilerplate_on_real_releases_and_never_their_lead():
    """On the 100 real DOJ releases: at least 30 different boilerplate paragraphs are found, and no release's
    lead (its first two paragraphs, which report the news) is taken for boilerplate."""
    found, leads = set(), []
    for text in doj_texts():
        segs = [s for s in segments(text) if s.kind != "heading"]
        found |= {" ".join(text[s.start:s.end].split())[:60] for s in segs if s.kind == "boilerplate"}
        leads += [s for s in segs[:2] if s.kind == "boilerplate"]
    assert len(found) >= 30, len(found)
    assert not leads


def test_structure_real_transcripts_have_turns_and_questions():
    briefings = [r["text_markdown"] for r in wh_records() if r["section"] == "press-briefings"]
    segs = [segments(t) for t in briefings]
    with_turns = [s for s in segs if any(x.label for x in s)]
    assert len(with_turns) >= 0.9 * len(briefings)
    assert all(any(x.kind == "question" for x in s) for s in with_turns if len([x for x in s if x.label]) > 10)
    speakers = {x.speaker for s in segs for x in s if x.label}
    assert not speakers & {"NOTE", "WASHINGTON"}


@pytest.mark.model
def test_structure_a_call_for_tips_inside_a_story_yields_no_record():
    from tocsin.models import Document
    from tocsin.read import read

    text = ("Vandals broke windows at three businesses on Main Street, police said. Anyone with information that leads to the "
            "arrest of the vandals can contact Crimestoppers at 903-675-8477. Chief Ann Ruiz said anyone with information may "
            "also call her at the police department at 903-675-5454.")
    ann = read(Document(id="t", text=text, source="t", language="en", published_at="2009-05-02"))
    assert not [e for e in ann.events if e.type == "arrest"]
    assert [text[s.content_start:s.content_end] for s in ann.statements] == ["Vandals broke windows at three businesses on Main Street"]


@pytest.mark.parametrize("paragraph", [
    "The government’s case is being prosecuted by Assistant U.S. Attorneys Ana Ruiz and Tom Hale.",
    "These cases are being prosecuted by Trial Attorney Mara Lind of the Criminal Division.",
    "The investigation was conducted by the Department of Labor and prosecuted by the Fraud Section.",
    "The criminal case is being handled by the U.S. Attorney’s Office for the District of Maine.",
    "This case was brought as part of Project Safe Childhood, a nationwide initiative.",
    "The case was the result of the close cooperation between U.S. and Peruvian authorities.",
])
def test_structure_who_prosecuted_and_why_is_boilerplate(paragraph):
    text = "MIAMI – Two men were sentenced today for a kidnapping in Doral.\n\n" + paragraph
    assert [s.kind for s in segments(text)] == ["paragraph", "boilerplate"]


def test_structure_a_case_told_as_news_is_not_boilerplate():
    text = "MIAMI – Two men were sentenced today.\n\nThe case was filed after an audit revealed the fraud."
    assert [s.kind for s in segments(text)] == ["paragraph", "paragraph"]


def test_structure_prosecutors_named_in_a_list_are_boilerplate():
    text = ("MIAMI – Two men were sentenced today.\n\nAssistant U.S. Attorneys Ana Ruiz, Tom Hale and Li Wen of the Southern "
            "District of Florida, and Trial Attorney Mara Lind of the Criminal Division, are prosecuting.")
    assert [s.kind for s in segments(text)] == ["paragraph", "boilerplate"]


def test_structure_a_paragraph_led_by_a_bold_name_is_marked_from_the_text_as_written():
    from tocsin.read.read import readable
    from tocsin.structure import with_bold_leads

    written = ("**Meet a few of the criminals** arrested this weekend:\n\n**All in bold.**\n\n"
               "**Ana Ruiz**, 31, was arrested for burglary.\n\nTom Hale, 45, was arrested.\n")
    segs = with_bold_leads(written, segments(readable(written)))  # the reader's segments: emphasis blanked
    led = [written[s.start : s.end].strip() for s in segs if s.bold_lead]
    assert led == ["Ana Ruiz**, 31, was arrested for burglary."]  # not a lead-in (a colon), nor a heading all in bold


def test_structure_a_label_after_a_line_break_inside_a_paragraph_opens_a_turn():
    text = ("MS. OKONJO:\u00a0 Go ahead.\n\nQ\u00a0\u00a0\u00a0 I wanted to ask about the raid.\n\n"
            "MS. OKONJO:\u00a0 Which one?\u00a0 What was the raid?  \nQ\u00a0\u00a0\u00a0 The raid was in the port, and police said "
            "twelve people were arrested.\n\nMS. OKONJO:\u00a0 I see.\nTHE PRESIDENT: Thank you.\nBut he said\nQ is a letter.")
    segs = segments(text)
    kinds = [(s.kind, s.speaker, text[s.start : s.end][:12]) for s in segs]
    assert ("question", "Q", "Q\u00a0\u00a0\u00a0 The rai") in kinds  # after a hard line break: the reporter's question
    assert all(not text[s.start : s.end].endswith((" ", "\n")) for s in segs)
    assert ("turn", "THE PRESIDENT", "THE PRESIDEN") in kinds  # after a sentence's end
    assert not any(k[2].startswith("Q is") for k in kinds)  # a line that follows no sentence's end opens nothing


def test_structure_a_text_with_no_blank_line_writes_a_paragraph_a_line():
    # what trafilatura gives for an HTML page: one line a paragraph, subheadings among them
    text = ("Gunmen killed two officers in Karak on Sunday, officials said.\n"
            "Attack on the castle\n"
            "The police said the assailants fled in a car.")
    kinds = [(s.kind, text[s.start : s.end]) for s in segments(text)]
    assert kinds == [("paragraph", "Gunmen killed two officers in Karak on Sunday, officials said."),
                     ("heading", "Attack on the castle"),
                     ("paragraph", "The police said the assailants fled in a car.")]


def test_structure_a_line_break_inside_a_paragraph_of_a_text_with_blank_lines_is_wrapping():
    text = "The first paragraph ends here.\n\nThe second paragraph\nruns on a second line."
    assert [text[s.start : s.end] for s in segments(text)] == ["The first paragraph ends here.",
                                                              "The second paragraph\nruns on a second line."]


def test_structure_a_text_wrapped_at_a_width_is_no_paragraph_a_line():
    text = ("MS-13 works closely\nwith Tren de Aragua, the prison-born,\ntransnational enterprise based in Caracas, "
            "and shares\nroutes across the region.")
    assert [(s.start, s.end) for s in segments(text)] == [(0, len(text))]
