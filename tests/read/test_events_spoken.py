"""A speech or a transcript lends its most named place to a happening its sentence places nowhere only where the talk is
on that place: named in the happening's paragraph or the ten before it (events/spoken.py)."""

import pytest

from tocsin.models import Document
from tocsin.read import read_many

TITLE = "Remarks by the Governor at a Community Safety Forum"

# Denver is named three times at the start; the killing is told fifteen paragraphs later, with no place
FAR = ("THE GOVERNOR: Thank you, Denver. It is good to be back in Denver.\n\n"
       "Denver has been good to me, and I love this city.\n\n"
       "We have worked on schools and roads for years.\n\n"
       "We have also worked on bridges and parks.\n\n"
       + "".join(f"Our {what} got better too.\n\n" for what in ("libraries", "buses", "courts", "farms", "ports", "trails",
                                                               "prisons", "museums", "stadiums", "airports"))
       + "We built new clinics in every county.\n\n"
       "Years ago, my cousin Tomas was murdered by a stranger, and nobody was ever charged.\n\n"
       "That is why this bill matters.")

# the same killing, told right after the talk turns to Denver
NEAR = FAR.replace("We built new clinics in every county.", "We built new clinics in Denver too.")


def _killing(text: str, title: str | None, url: str):
    ((_, ann),) = read_many([Document(id="x", text=text, source="x", title=title, url=url, published_at="2025-03-12",
                                      language="en")], gated=False)
    places = {p.key: p for p in ann.places}
    (killing,) = [e for e in ann.events if e.type == "killing"]
    return killing, places.get(killing.place_key), ann.genre


@pytest.mark.model
def test_spoken_a_speech_lends_no_place_to_a_happening_told_far_from_it():
    killing, place, genre = _killing(FAR, TITLE, "https://www.example.gov/remarks/1")
    assert genre == "remarks"
    assert place is None and killing.place_basis == "unknown"


@pytest.mark.model
def test_spoken_a_speech_lends_its_place_where_the_talk_is_on_it():
    # must not fire: Denver is named in the paragraph before
    killing, place, genre = _killing(NEAR, TITLE, "https://www.example.gov/remarks/1")
    assert genre == "remarks"
    assert killing.place_basis == "document" and place.name == "Denver"


@pytest.mark.model
def test_spoken_a_news_story_keeps_lending_its_place_far_away():
    # must not fire: a news story is about its place
    killing, place, genre = _killing(FAR.replace("THE GOVERNOR: ", ""), "Governor visits city",
                                     "https://news.example.com/2025/03/governor")
    assert genre == "news article"
    assert killing.place_basis == "document" and place.name == "Denver"


# the talk turns to another town in the killing's own paragraph, the sentence before it
TURNED = FAR.replace("Years ago, my cousin Tomas was murdered by a stranger, and nobody was ever charged.",
                     "Last spring a man opened fire at a diner in Pueblo, Colorado. My cousin Tomas was murdered there.")


@pytest.mark.model
def test_spoken_a_happening_takes_the_place_its_paragraph_has_just_named():
    killing, place, genre = _killing(TURNED, TITLE, "https://www.example.gov/remarks/1")
    assert genre == "remarks"
    assert place is not None and place.name == "Pueblo"


@pytest.mark.model
def test_spoken_a_place_named_of_no_offence_is_no_topic():
    # must not fire: the sentence before names a town, but tells of a bill, not of an offence
    killing, place, _genre = _killing(FAR.replace("Years ago, my cousin", "I was in Pueblo, Colorado on Monday to sign the bill. "
                                                  "Years ago, my cousin"), TITLE, "https://www.example.gov/remarks/1")
    assert place is None or place.name != "Pueblo"


@pytest.mark.model
def test_spoken_a_country_named_before_is_no_topic():
    # must not fire: "America" names no stretch of talk; the killing stays as far from Denver as before
    killing, place, _genre = _killing(FAR.replace("Years ago, my cousin", "America grieves. Years ago, my cousin"), TITLE,
                                      "https://www.example.gov/remarks/1")
    assert place is None and killing.place_basis == "unknown"


@pytest.mark.model
def test_spoken_a_bare_town_of_a_state_the_text_never_names_is_no_topic():
    # must not fire: a bare name the gazetteer knows only as a town of another state may be a neighbourhood of the
    # speech's place
    killing, place, _genre = _killing(TURNED.replace("in Pueblo, Colorado", "in Greenwood"), TITLE, "https://www.example.gov/remarks/1")
    assert place is None or place.name != "Greenwood"
