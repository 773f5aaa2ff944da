"""The target and its category where the lexicon or the parse had left them out (target_lexicon.py,
events/context.py, events/participles.py): a farm or a ranch is a business; a rank police and armies both give
("Sgt.", "Sergeant") is military when the target was serving in an armed service, police otherwise; and a volley at
premises whose participle names whom it struck ("opened fire at a bar, killing two") has them as its target. A seat of
government (the Capitol, a parliament) and a legislator by abbreviation (MLA) are officials, a regime struck as a
power is military; a place named after a seat (Capitol Hill) and the seat's police are not."""

import pytest

from .test_events_target_category_at_work import _category_at

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, trigger, category, language", [
    ("Thieves robbed a ranch outside Amarillo on Sunday.", "robbed", "business", "en"),
    ("Thieves robbed a farm near Lubbock on Sunday.", "robbed", "business", "en"),
])
def test_premises_take_whose_they_are(make_doc, text, trigger, category, language):
    assert _category_at(make_doc, text, trigger, language) == category


@pytest.mark.parametrize("text, trigger, category", [
    ("Sgt. Paul Vance was killed near Mosul in 2006 while serving in the Army.", "killed", "military"),
    ("Sergeant Rosa Diaz was shot in Helmand in 2011 while serving with the Marines.", "shot", "military"),
    ("Sgt. Paul Vance was shot in Fresno on Sunday.", "shot", "law enforcement"),
    ("A police officer was shot in Fresno on Sunday while serving in the National Guard.", "shot", "law enforcement"),
])
def test_a_shared_rank_takes_the_service(make_doc, text, trigger, category):
    assert _category_at(make_doc, text, trigger) == category


def _violent(make_doc, text: str):
    from tocsin.read import read_many

    ((_, ann),) = read_many([make_doc(text, published_at="2024-10-24")], gated=False)
    return [e for e in ann.events if e.type in ("killing", "attack")]


@pytest.mark.parametrize("text, target, category", [
    # a volley at premises or a place, then whom it struck: the struck are the target, the premises where
    ("A gunman opened fire at a dance hall in Reno on Saturday, killing four people.", "four people", "civilian"),
    ("A man opened fire outside a diner in Tacoma on Saturday, wounding two deputies.", "two deputies", "law enforcement"),
    # no participle naming whom it struck, or a person fired at: the target as read
    ("A gunman opened fire at a bar in Reno on Saturday, police said.", "a bar", "business"),
    ("A man opened fire on two deputies in Tacoma on Saturday, wounding one.", "two deputies", "law enforcement"),
    # people fired at as one body stay the target, with their category
    ("Gunmen opened fire at a group of soldiers in Kandahar on Monday, killing two.", "a group of soldiers", "military"),
])
def test_the_struck_are_the_target_not_the_premises(make_doc, text, target, category):
    events = _violent(make_doc, text)
    assert events and (events[0].target_text, events[0].target_category) == (target, category)


@pytest.mark.parametrize("text, trigger, category", [
    ("Rioters stormed the state Capitol in Lansing on Monday.", "stormed", "elected or public official"),
    ("Gunmen attacked the parliament building in Kabul on Monday.", "attacked", "elected or public official"),
    ("MLA Sandra Jansen spoke on Tuesday. She quit the race after alleging she was intimidated by volunteers.", "intimidated",
     "elected or public official"),
    ("Israel launched an attack against the regime on Saturday.", "attack", "military"),
    # near misses: a neighbourhood named after the seat, and the seat's own police
    ("A man was shot on Capitol Hill in Seattle on Monday.", "shot", "civilian"),
    ("A Capitol Police officer was attacked in Washington on Monday.", "attacked", "law enforcement"),
])
def test_a_seat_of_government_a_legislator_and_a_regime(make_doc, text, trigger, category):
    assert _category_at(make_doc, text, trigger) == category
