"""An event its sentence places nowhere takes the document's main place only where the document's genre lends it
(events/records.py ``_FOCUS_NAMED``): a news story always, a release or a fact sheet that names the place at least
twice, never an order."""

import pytest

from tocsin.models import Document
from tocsin.read import read_many

# Springfield, Illinois is named twice; the killing's sentence names no place
SPEECH = ("Thank you all for coming to Springfield. I met the family of Daniel Reyes this morning in Springfield.\n\n"
          "He was murdered last spring, and his mother still waits for justice.\n\n"
          "We owe it to her to pass this law.")


def _events(text: str, title: str | None = None, url: str | None = None):
    ((_, ann),) = read_many([Document(id="x", text=text, source="x", title=title, url=url, published_at="2025-03-12",
                                      language="en")], gated=False)
    places = {p.key: p for p in ann.places}
    return [(e, places.get(e.place_key)) for e in ann.events], ann.genre


@pytest.mark.model
@pytest.mark.parametrize("title", ["Executive Order on Public Safety", "A Proclamation on Victims of Crime Week"])
def test_focus_an_order_lends_no_place_to_what_it_tells(title):
    events, genre = _events(SPEECH, title)
    assert genre == "official document"
    (killing,) = [e for e, _ in events if e.type == "killing"]
    assert killing.place_key is None and killing.place_basis == "unknown"


@pytest.mark.model
def test_focus_a_news_story_lends_its_place_to_what_it_tells():
    # must not fire: the same words told as a news story keep the story's town
    events, genre = _events(SPEECH, "Family waits for justice", "https://news.example.com/2025/03/family")
    assert genre == "news article"
    ((killing, place),) = [(e, p) for e, p in events if e.type == "killing"]
    assert killing.place_basis == "document" and place.name == "Springfield"


RELEASE = ("Mayor's sanctuary policy shields criminals\n\n"
           "The mayor of Boston attacked ICE officers this week. Among the criminals arrested:\n\n"
           "A 40-year-old national charged with assault and battery with a dangerous weapon.\n\n"
           "The administration will keep removing the worst of the worst.")


@pytest.mark.model
def test_focus_a_release_that_names_a_place_once_lends_it_nothing():
    events, genre = _events(RELEASE, "Mayor's sanctuary policy shields criminals", "https://www.whitehouse.gov/articles/2025/06/x/")
    assert genre == "press release"
    charges = [e for e, _ in events if e.type == "charge"]
    assert charges and all(e.place_key is None for e in charges)


@pytest.mark.model
def test_focus_a_release_that_keeps_naming_a_place_lends_it():
    # must not fire: named twice, the town is what the release is about
    text = RELEASE.replace("The administration will", "Boston police stood aside. The administration will")
    events, genre = _events(text, "Mayor's sanctuary policy shields criminals", "https://www.whitehouse.gov/articles/2025/06/x/")
    assert genre == "press release"
    charges = [(e, p) for e, p in events if e.type == "charge"]
    assert charges and all(e.place_basis == "document" and p.name == "Boston" for e, p in charges)


# Review (r11-place): the rule only takes away the document's fallback; a place the sentence names stays, and genres
# outside ``_FOCUS_NAMED`` (remarks) keep a town named once.
ORDER = ("Last year in Dayton, two officers were shot and killed during a traffic stop.\n\n"
         "They were murdered by a gang member.\n\nNOW, THEREFORE, I do hereby proclaim this week Police Week.")


@pytest.mark.model
def test_focus_an_order_keeps_the_place_its_sentence_names():
    events, genre = _events(ORDER, "A Proclamation on Police Week")
    assert genre == "official document"
    placed = [(e, p) for e, p in events if e.type == "killing" and e.place_basis == "sentence"]
    assert placed and all(p.name == "Dayton" for _, p in placed)
    assert all(e.place_basis != "document" for e, _ in events)


@pytest.mark.model
def test_focus_remarks_naming_a_town_once_still_lend_it():
    # must not fire: remarks are not in the table, a town named once still places what the speaker tells
    text = ("Remarks by the Governor\n\nTHE GOVERNOR: Last week in Dayton, a young man was shot outside a school.\n\n"
            "The shooter was arrested within hours.\n\nWe will pass this bill.")
    events, genre = _events(text, "Remarks by the Governor")
    assert genre == "remarks"
    arrests = [(e, p) for e, p in events if e.type == "arrest"]
    assert arrests and all(e.place_basis == "document" and p.name == "Dayton" for e, p in arrests)


@pytest.mark.model
def test_focus_a_release_naming_a_town_once_loses_only_the_fallback():
    text = ("A man was shot and killed Saturday night in Tulsa.\n\n"
            "Detectives later arrested a 22-year-old suspect.\n\nThe investigation continues.")
    events, genre = _events(text, "Man arrested after shooting", "https://www.example.gov/press-releases/shooting")
    assert genre == "press release"
    assert [p.name for e, p in events if e.type == "killing"] == ["Tulsa"]
    assert [e.place_key for e, _ in events if e.type == "arrest"] == [None]
