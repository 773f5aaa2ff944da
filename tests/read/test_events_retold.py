"""A happening told again (events/retold.py): the headline's or lede's happening takes a date or a place the story
gives elsewhere only from a report of the same happening, never from one the story tells apart."""

import pytest

from tocsin.models import Document
from tocsin.read import read_many

PUBLISHED = "2024-10-22"  # a Tuesday


def _events(text: str, kind: str, language: str = "en"):
    ((_, ann),) = read_many([Document(id="x", text=text, source="x", published_at=PUBLISHED, language=language)], gated=False)
    return [e for e in ann.events if e.happened and e.type == kind]


@pytest.mark.model
@pytest.mark.parametrize("text, kind", [
    # set apart by its own words: "In a separate case", "another woman"
    ("Two killed in Juarez.\n\nGunmen killed two men outside a bar in Juarez. Residents were shocked. The city has seen "
     "months of violence. Schools closed early. In a separate case, gunmen killed a police officer in Chihuahua on Monday. "
     "On Oct. 2, gunmen killed three people at a party.", "killing"),
    ("Woman killed.\n\nA woman was killed in Dayton. Gang members killed another woman on Saturday in Toledo.", "killing"),
    ("Man shot in Tulsa.\n\nA man was shot in Tulsa. Police said another man was shot on Sunday in a separate incident.", "attack"),
    # done to someone else: a relative, a different toll
    ("Cartel hitman pleads guilty.\n\nA Sinaloa Cartel hitman pleaded guilty in federal court in San Diego. Residents were "
     "shocked. The case took years. Prosecutors said he had trafficked drugs. His brother pleaded guilty on Oct. 14 in "
     "Phoenix. A cousin pleaded guilty on Sept. 3.", "conviction"),
    ("Asesinan a dos en Culiacán.\n\nHombres armados asesinaron a dos hombres en Culiacán. La policía dijo que el sábado "
     "otros hombres armados asesinaron a un policía en Navolato.", "killing"),
])
def test_retold_a_happening_the_story_tells_apart_gives_no_date(text, kind):
    headline, lede = _events(text, kind, "es" if "asesin" in text else "en")[:2]
    assert headline.date_basis == lede.date_basis == "published"


@pytest.mark.model
@pytest.mark.parametrize("text, kind, day", [
    # the same happening told again: the victim's role word, the same toll, the same description
    ("Man killed in Dayton.\n\nA man was shot dead outside a bar in Dayton. Police said the victim was killed on Sunday.",
     "killing", "2024-10-20"),
    ("Two killed in Juarez.\n\nGunmen killed two men outside a bar in Juarez. Police said the gunmen killed the two men on "
     "Sunday night.", "killing", "2024-10-20"),
    ("Taco stand killer pleads guilty.\n\nA man who shot his girlfriend at a taco stand pleaded guilty. The man pleaded "
     "guilty on Monday in Kanawha Circuit Court.", "conviction", "2024-10-21"),
    # a promotion line between the headline and its lede
    ("Teenager arrested at Elm Street arcade. Follow our courts reporter as she covers the trial this spring. "
     "Police arrested a 15-year-old boy at the arcade on Sunday after a fight broke out.", "arrest", "2024-10-20"),
    # a word of another inside what was taken does not tell the theft apart
    ("Dayton woman says home was burglarized while she slept. Burglars entered her home and stole a laptop and other "
     "tools Sunday morning, according to police.", "robbery", "2024-10-20"),
])
def test_retold_the_same_happening_told_again_gives_its_date(text, kind, day):
    headline, lede = _events(text, kind)[:2]
    assert (headline.date_begin or "")[:10] == (lede.date_begin or "")[:10] == day


@pytest.mark.model
@pytest.mark.parametrize("text, where", [
    # a finer place from a happening dated apart, or with another toll, is another happening's
    ("Three people were killed in a shooting in Mexico on Sunday. Police said the victims were farmers. In 2019, gunmen "
     "killed eight people in Culiacán.", "Mexico"),
    ("A clerk was shot dead in Indiana on Sunday. Police said the victims were farmers. In 2019, a guard was shot dead "
     "at a store in Evansville.", "Indiana"),
])
def test_retold_a_finer_place_of_a_happening_dated_apart_is_not_taken(text, where):
    ((_, ann),) = read_many([Document(id="x", text=text, source="x", published_at=PUBLISHED, language="en")], gated=False)
    places = {p.key: p for p in ann.places}
    first = min((e for e in ann.events if e.happened), key=lambda e: e.trigger_start)
    assert places[first.place_key].name == where and first.place_basis == "sentence"


@pytest.mark.model
@pytest.mark.parametrize("text, language, older", [
    # a noun told in a clause its sentence dates ("fue denunciado el lunes") is not the happening of another year
    ("Secuestro en Culiacán.\n\nUn secuestro fue denunciado el lunes. Hombres armados secuestraron a Ana Ruiz en 2019.", "es", "2019"),
    ("Kidnapping in Culiacan.\n\nA kidnapping was reported in Culiacan on Monday. Gunmen kidnapped Ana Ruiz in 2019.", "en", "2019"),
])
def test_retold_a_noun_its_own_sentence_dates_takes_no_other_year(text, language, older):
    for e in _events(text, "abduction", language)[:2]:
        assert not (e.date_begin or "").startswith(older)


@pytest.mark.model
@pytest.mark.parametrize("text, language", [
    # the time of a report of the happening ("denunciado el lunes") may come days after it: the happening told again
    ("Pistoleros asesinaron a un taxista en Celaya el domingo. El asesinato fue denunciado el lunes ante la fiscalía.", "es"),
    ("Gunmen killed a taxi driver in Celaya on Sunday. The killing was reported to police on Monday.", "en"),
    ("Gunmen killed a taxi driver in Celaya on Sunday. On Monday, police confirmed the killing.", "en"),
])
def test_retold_a_noun_dated_by_its_report_is_the_happening_told_days_before(text, language):
    first, noun = _events(text, "killing", language)[:2]
    assert (first.date_begin or "")[:10] == (noun.date_begin or "")[:10] == "2024-10-20"


@pytest.mark.model
def test_retold_a_noun_its_sentence_does_not_date_is_the_happening_told_again():
    text = "Kidnapping in Culiacan.\n\nA kidnapping was reported in Culiacan. Gunmen kidnapped Ana Ruiz on Sunday outside her home."
    headline, lede = _events(text, "abduction")[:2]
    assert (headline.date_begin or "")[:10] == (lede.date_begin or "")[:10] == "2024-10-20"


@pytest.mark.model
def test_retold_a_person_is_killed_once_the_list_that_places_and_dates_it_counts():
    """A killing of a person named in full takes the place and the date the story gives the killing of that same
    person, even in a list item (a person is killed once)."""
    text = ("The governor signed a law named for Dana Ortiz, who was murdered by a gunman.\n\n"
            "What we know:\n\n- Dana Ortiz was killed in Tulsa, Oklahoma, on Oct. 5.\n- The driver had two prior arrests.")
    ((_, ann),) = read_many([Document(id="x", text=text, source="x", published_at=PUBLISHED, language="en")], gated=False)
    names = {p.key: p.name for p in ann.places}
    first = min((e for e in ann.events if e.type == "killing"), key=lambda e: e.trigger_start)
    assert first.evidence_start == 0 and names.get(first.place_key) == "Tulsa" and first.date_begin == "2024-10-05"


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # another person of the same surname
    "The governor signed a law named for Dana Ortiz, who was murdered by a gunman.\n\n"
    "What we know:\n\n- Maria Ortiz was killed in Tulsa, Oklahoma, on Oct. 5.\n- The driver had two prior arrests.",
    # a surname alone may be anyone's
    "The governor signed a law named for Ortiz, who was murdered by a gunman.\n\n"
    "What we know:\n\n- Ortiz was killed in Tulsa, Oklahoma, on Oct. 5.\n- The driver had two prior arrests.",
])
def test_retold_another_person_s_killing_in_a_list_gives_nothing(text):
    ((_, ann),) = read_many([Document(id="x", text=text, source="x", published_at=PUBLISHED, language="en")], gated=False)
    first = min((e for e in ann.events if e.type == "killing"), key=lambda e: e.trigger_start)
    assert first.evidence_start == 0 and first.place_basis != "story" and first.date_basis == "published"


@pytest.mark.parametrize("target, apart", [
    ("another woman", True),
    ("the other three defendants", True),
    ("a second man", True),
    ("a laptop and other tools", False),
    ("a man and two other people", False),
    (None, False),
])
def test_retold_only_the_opening_of_a_target_tells_it_apart(target, apart):
    from tocsin.read.events.apart_words import told_apart

    text = "Police said gunmen shot "
    assert told_apart(text, 0, len(text), target) is apart
