"""Where a happening told in a speech or a transcript is not: the place the document keeps naming, far from it.

A news story is about its place, and a happening it tells with no place of its own most often happened there. A speech
or a briefing is not about one place: the President in Las Vegas recalls a killing in Texas, a press secretary in
Washington turns from Gaza to a shooting, a memorial address names Israel, Hungary and Washington by turns. Its most
named place (``anchor.main_place``; often the venue, or the topic of one stretch of it) places a happening its sentence
places nowhere only where the talk is on that place: the place, or one inside it, is named in the happening's paragraph
or in the ten before it, a stretch of talk ("Greenwood … A murdered Black family draped over the fence" in remarks in
Tulsa). Elsewhere the happening is left unplaced (docs/annotation.md §2.4: an empty place over a wrong one; the story
may still place it where it tells the same happening again, ``records.placed_by_the_story``). A charge or a designation
so left is placed by its agency's country (``authority``).
"""

from __future__ import annotations

from ...models import Annotations, Place
from ..placenames import within

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
