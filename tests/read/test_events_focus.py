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
