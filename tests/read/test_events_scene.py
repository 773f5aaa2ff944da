import re

import pytest

from tocsin.models import Annotations, Mention, Place, Sentence
from tocsin.read.events.scene import scene_place

WEST_VIRGINIA = Place(4826850, "West Virginia", "admin1", "US", "WV", 38.5, -80.5, 1853973)
LEWISBURG = Place(4812015, "Lewisburg", "city", "US", "WV", 37.8, -80.4, 3830)
TEXAS = Place(4736286, "Texas", "admin1", "US", "TX", 31.3, -99.3, 25145561)
HOUSTON = Place(4699066, "Houston", "city", "US", "TX", 29.8, -95.4, 2296224)
OHIO = Place(5165418, "Ohio", "admin1", "US", "OH", 40.2, -82.7, 11467123)
DAYTON = Place(4509884, "Dayton", "city", "US", "OH", 39.8, -84.2, 140407)
MEXICO = Place(3996063, "Mexico", "country", "MX", "", 23.0, -102.0, 112468855)
CULIACAN = Place(4012176, "Culiacán", "city", "MX", "25", 24.8, -107.4, 675773)
SINALOA = Place(3983035, "Sinaloa", "admin1", "MX", "25", 25.0, -107.5, 2767761)
NAMES = {p.name: p for p in (WEST_VIRGINIA, LEWISBURG, TEXAS, HOUSTON, OHIO, DAYTON, MEXICO, CULIACAN, SINALOA)}


def _ann(text: str) -> Annotations:
    """The text's sentences (split after each full stop) and every place of ``NAMES`` it writes."""
    sentences = tuple(Sentence(m.start(), m.end()) for m in re.finditer(r"[^.]+\.\s*", text))
    mentions = tuple(Mention(m.start(), m.end(), m.group(), "GPE", "place", "model", NAMES[m.group()].key)
                     for m in re.finditer("|".join(sorted(NAMES, key=len, reverse=True)), text))
    return Annotations("d", sentences=sentences, mentions=mentions, places=tuple(NAMES.values()))


def _scene(text: str, word: str, focus: Place, aside=lambda m: False) -> Place | None:
    return scene_place(_ann(text), text.index(word), focus, aside)


@pytest.mark.parametrize("text, word, focus, expected", [
    # the sentence before sets the scene inside the state the story is about
    ("Two officers pulled over an SUV in Lewisburg, West Virginia. The driver then shot at both officers.",
     "shot", WEST_VIRGINIA, LEWISBURG),
    ("Police were called to a bar in Dayton on Friday night. A man was stabbed twice. Ohio police are investigating.",
     "stabbed", OHIO, DAYTON),
    # two sentences back still sets it
    ("Soldiers patrolled the streets of Culiacán. Shops stayed closed. Gunmen killed two soldiers at dawn.",
     "killed", MEXICO, CULIACAN),
    # a state inside a country focus is finer too
    ("Violence flared again in Sinaloa. Gunmen killed two soldiers at dawn.", "killed", MEXICO, SINALOA),
    # the last place named before the act is the scene
    ("The convoy left Culiacán for Sinaloa's coast. Gunmen ambushed it on the road.", "ambushed", MEXICO, SINALOA),
])
def test_events_scene_takes_the_place_just_named_inside_a_wide_focus(text, word, focus, expected):
    assert _scene(text, word, focus) == expected


@pytest.mark.parametrize("text, word, focus", [
    # a town outside the focus is another story's, not this one's scene
    ("A man from Dayton was visiting. Two men were shot dead on Friday.", "shot", TEXAS),
    # three sentences back is too far to set the scene
    ("Police patrol Houston. The mayor spoke. Crime fell. Two men were shot dead on Friday.", "shot", TEXAS),
    # a place named after the act is not where the story was when it happened
    ("Two men were shot dead on Friday. Police in Houston are investigating.", "shot", TEXAS),
    # a focus that is already a town stands
    ("Officers patrolled Lewisburg. The driver then shot at both officers.", "shot", LEWISBURG),
    # the first sentence has nothing before it
    ("Two men were shot dead in Texas on Friday.", "shot", TEXAS),
])
def test_events_scene_none_where_no_finer_place_just_before(text, word, focus):
    assert _scene(text, word, focus) is None


def test_events_scene_leaves_out_where_someone_lives():
    text = "The suspects are from Houston, Texas. They shot a clerk on Friday."
    houston = text.index("Houston")
    assert _scene(text, "shot", TEXAS, aside=lambda m: m.start == houston) is None
    assert _scene(text, "shot", TEXAS) == HOUSTON
