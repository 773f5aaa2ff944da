"""A verb of violence or of a trade in the present tells a habit, not a happening (docs/annotation.md §2.2, "generic
or habitual behaviour"), except in a headline, a sentence dated to a day, the narrative present of one doer, and the
stories of news articles and transcripts."""

import pytest

from tocsin.read import read_many

_RELEASE = "https://www.example.gov/briefing-room/statements-releases/2024/05/02/statement/"


def _types(make_doc, text, url=_RELEASE):
    text = "The office issued the following statement on Monday.\n\n" + text
    ((_, ann),) = read_many([make_doc(text, published_at="2024-05-02", url=url)], gated=False)
    return [e.type for e in ann.events if e.happened and e.type != "presence"]


@pytest.mark.parametrize("text, etype", [
    ("Criminal networks smuggle counterfeit pills across the northern border every season.", "trafficking"),
    ("Armed gangs are extorting bakers and taxi drivers in the port towns.", "extortion"),
    ("Across the region, farmers are attacked and robbed by bandits on the highways.", "attack"),
    ("The militias burn crops and threaten to kill any farmer who refuses to pay.", "killing"),  # the infinitive's tense
])
def test_habits_a_present_tense_tells_a_habit(make_doc, text, etype):
    assert etype not in _types(make_doc, text)


@pytest.mark.parametrize("text, etype", [
    ("Armed gangs extorted bakers and taxi drivers in the port towns last spring.", "extortion"),  # the past
    ("On Tuesday, bandits attack a bus near Mazatlan and rob its passengers.", "attack"),  # dated to a day
    ("In the footage, Ortega attacks the guard with a bat and runs toward the gate.", "attack"),  # one doer's narrative present
    ("The suspect is charged with assault and is held at the county jail.", "charge"),  # a legal step
])
def test_habits_a_happening_stays(make_doc, text, etype):
    assert etype in _types(make_doc, text)


def test_habits_a_news_story_keeps_its_present(make_doc):
    text = "Witnesses say gunmen are shooting at the police station as residents flee the square."
    assert "attack" in _types(make_doc, text, url="https://www.example-news.com/world/2024/05/02/clash")
