"""A happening its sentence places only in a state or a country, told again where the story says more precisely.

"Two people were killed in a knife attack at a store in southern China … The attack occurred at a store in
Shenzhen": the lede names the wide place, and the story places the same happening inside it elsewhere. Such an
event takes that place, basis *story*, as ``records.placed_by_the_story`` places an event its sentence places
nowhere (the same happening as ``records._told_again`` reads it, one place only), when that place lies inside the
sentence's own and is finer; a place outside it is another happening's ("killed in Texas … a killing in Ohio").
Run after the event gate, which reads the place's basis as the rules gave it.
"""

from __future__ import annotations

from dataclasses import replace

from ...models import Event, Place
from ..anchor import _SPECIFICITY, _inside
from .records import placed_by_the_story

_WIDE = ("admin1", "country")


def placed_finer(events: list[Event], places: dict, text: str, segments, lede_end: int) -> list[Event]:
    """``events``, each placed by its sentence in a state or country placed at the place inside it the story gives
    the same happening elsewhere: ``placed_by_the_story`` asked as if the sentence had placed it nowhere."""
    def wide(e: Event) -> bool:
        return e.place_basis == "sentence" and e.place_key in places and places[e.place_key].kind in _WIDE

    asked = placed_by_the_story([replace(e, place_basis="document") if wide(e) else e for e in events], text, segments, lede_end)
    return [a if wide(e) and a.place_basis == "story" and _contains(places[e.place_key], places.get(a.place_key)) else e
            for e, a in zip(events, asked)]


def _contains(outer: Place, inner: Place | None) -> bool:
    """Whether ``inner`` lies in ``outer``, a state or a country, and is finer."""
    return inner is not None and _SPECIFICITY[inner.kind] < _SPECIFICITY[outer.kind] and _inside(inner, outer)
