"""Quotations a speaker's label introduces in a round-up of reactions: the programme the speaker spoke on ("Sen. Ana
Ruiz on Fox News Sunday"), a parenthesis after the name ("(ret.)") and a role of the press ("NewsNation host") leave
the label a speaker's; a schedule's time stays no speaker."""

import pytest

from tocsin.read import read

pytestmark = pytest.mark.model

_LEAD = "Leaders rallied behind the operation on the Sunday shows.\n\n"


def _found(make_doc, text):
    doc = make_doc(_LEAD + text, language="en", published_at="2026-03-01")
    return [(s.speaker_text, doc.text[s.content_start : s.content_end]) for s in read(doc).statements]


@pytest.mark.parametrize("label, speaker", [
    ("[Sen. Ana Ruiz on Fox News\nSunday](https://x.com/a/status/1?s=20):\n", "Sen. Ana Ruiz on Fox News Sunday"),
    ("[Rep. Tom Lee on Sunday Morning\nFutures](https://x.com/a/status/2):\n", "Rep. Tom Lee on Sunday Morning Futures"),
    ("[Rep. Tom Lee on CNN This\nMorning](https://x.com/a/status/3): ", "Rep. Tom Lee on CNN This Morning"),
    ("[Lt. Gen. Tom Bell\n(ret.)](https://www.foxnews.com/video/4): ", "Lt. Gen. Tom Bell"),
    ("[NewsNation host Ana\nRuiz](https://x.com/a/status/5):\n", "NewsNation host Ana Ruiz"),
])
def test_a_label_with_its_programme_or_aside_introduces_its_speakers_quotation(make_doc, label, speaker):
    found = _found(make_doc, label + "“The cartel bosses know now that the border is closed to their trade.”")
    assert found == [(speaker, "The cartel bosses know now that the border is closed to their trade.")]


@pytest.mark.parametrize("label", [
    "**Meeting on Tuesday:** ",
    "**Sunday Morning:** ",
    "**Doors on Sunday Morning:** ",
    "**Location on Fox News:** ",
])
def test_a_time_or_a_field_before_a_quotation_is_no_speaker(make_doc, label):
    assert _found(make_doc, label + "“The cartel bosses know now that the border is closed to their trade.”") == []


def test_a_labels_speaker_is_named_without_the_programme(make_doc):
    doc = make_doc(_LEAD + "[Sen. Ana Ruiz on Fox News\nSunday](https://x.com/a/status/1?s=20):\n"
                   "“The cartel bosses know now that the border is closed to their trade.”", language="en", published_at="2026-03-01")
    assert [s.speaker_name for s in read(doc).statements] == ["Sen. Ana Ruiz"]
