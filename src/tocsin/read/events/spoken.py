"""Where a happening told in a speech or a transcript is not: the place the document keeps naming, far from it.

A news story is about its place, and a happening it tells with no place of its own most often happened there. A speech
or a briefing is not about one place: the President in Las Vegas recalls a killing in Texas, a press secretary in
Washington turns from Gaza to a shooting, a memorial address names Israel, Hungary and Washington by turns. Its most
named place (``anchor.main_place``; often the venue, or the topic of one stretch of it) places a happening its sentence
places nowhere only where the talk is on that place: the place, or one inside it, is named in the happening's paragraph
or in the ten before it, a stretch of talk ("Greenwood … A murdered Black family draped over the fence" in remarks in
Tulsa). Elsewhere the happening is left unplaced (docs/annotation.md §2.4: an empty place over a wrong one; the story
may still place it where it tells the same happening again, ``records.placed_by_the_story``). A charge or a designation
so left is placed by its agency's country (``authority``). A happening told right after the talk has turned to a
place finer than a country, in the same paragraph, happened there (``talked_of``), before the venue.
"""

from __future__ import annotations

from ...models import Annotations, Place
from ..placenames import within
from .charged import tells_an_offence

SPOKEN = ("remarks", "transcript")  # the genres told aloud (structure.genre)
_NEAR = 10  # paragraphs before the happening's own that still hold the talk's topic (speeches run short paragraphs)


def out_of_sight(ann: Annotations, segs, start: int, focus: Place | None) -> bool:
    """Whether a speech's or a transcript's main place (``focus``) is named neither in the paragraph of ``start`` nor in
    the ``_NEAR`` paragraphs before it, itself or a place inside it; False for the other genres, which it places."""
    if ann.genre not in SPOKEN or focus is None:
        return False
    here = next((i for i, s in enumerate(segs) if s.start <= start < s.end), None)
    if here is None:
        return False
    lo, hi = segs[max(0, here - _NEAR)].start, segs[here].end
    places = {p.key: p for p in ann.places}
    return not any(m.kind == "place" and m.label != "NORP" and lo <= m.start < hi and m.key in places
                   and _within(places[m.key], focus) for m in ann.mentions)


def _within(place: Place, focus: Place) -> bool:
    """The focus itself, or a place inside it; for a town, another town or spot of its country, for its
    neighbourhoods are names the gazetteer often knows only as towns elsewhere ("Greenwood" in Tulsa)."""
    if place.key == focus.key:
        return True
    if focus.kind in ("city", "site"):
        return place.country == focus.country and place.kind in ("city", "site")
    return within(place, focus)


_SPECIFIC = ("site", "city", "admin2", "admin1")  # finer than a country: a speech's "America" tells no topic


def talked_of(ann: Annotations, segs, start: int, sentence_start: int, aside, text: str, language: str) -> Place | None:
    """Where the talk was just now: in a speech or a transcript, the most specific place (finer than a country) of the
    last sentence before the happening's own, in its paragraph, that names one ("a white gunman in Jacksonville, Florida,
    went on a shooting rampage … Three Black Americans were murdered in cold blood": Jacksonville). A speaker tells a
    happening where the paragraph has just put the talk, not at the venue the document names most. ``aside``: place
    mentions that are no scene (an office's name, a home town). None outside spoken genres, or where the paragraph
    names no such place before the happening's sentence, or the sentence that names it tells no offence or violent act
    ("I was in Pueblo, Colorado on Monday to sign the bill. Years ago, my cousin was murdered": the talk was of a bill)."""
    if ann.genre not in SPOKEN:
        return None
    seg = next((s for s in segs if s.start <= start < s.end), None)
    if seg is None:
        return None
    places = {p.key: p for p in ann.places}
    before = [m for m in ann.mentions if m.kind == "place" and m.label != "NORP" and m.key in places
              and seg.start <= m.start < sentence_start and places[m.key].kind in _SPECIFIC and not aside(m)]
    if not before:
        return None
    last = max(m.start for m in before)
    told = next((s for s in ann.sentences if s.start <= last < s.end), None)
    lo, hi = (told.start, told.end) if told is not None else (last, last + 1)
    if not tells_an_offence(text[lo:hi], language):
        return None
    rank = {"site": 0, "city": 1, "admin2": 2, "admin1": 3}
    talked = min((places[m.key] for m in before if lo <= m.start < hi), key=lambda p: rank[p.kind])
    return talked if _placed_by_the_text(talked, ann, places) else None


def _placed_by_the_text(place: Place, ann: Annotations, places: dict) -> bool:
    """Whether the document names another place in the town's first-level division ("Jacksonville, Florida"): a bare
    town name is often a neighbourhood the gazetteer knows only as a town elsewhere ("the mob terrorized Greenwood" in
    remarks in Tulsa is no Greenwood, Indiana)."""
    if place.kind not in ("city", "site"):
        return True
    return any(m.kind == "place" and m.key in places and m.key != place.key and places[m.key].kind != "country"
               and places[m.key].admin1_key == place.admin1_key for m in ann.mentions)
