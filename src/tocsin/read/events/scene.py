"""The scene a story has just set: a finer place named in the sentences right before an event its own sentence places
nowhere, inside the document's wide focus.

"More than 200 miles to the northwest, two police officers from the town of Lewisburg, West Virginia, pulled over a
white SUV … The driver of the truck then shot at both officers": a story whose focus is a state or a country (named
most) moves from scene to scene, and an act its sentence places nowhere happened where the story just was, not all
over the state. Such an event takes the last place the one or two sentences before it name that lies inside the focus
and is finer (a town inside the state, a state inside the country); the focus stands where they name none, or only a
place outside it ("killed in Texas … a man from Ohio"), or only where someone lives, an office's name, a removal's end
(``records._not_focus``). A focus that is already a town or a county is precise enough, and stands.
"""

from __future__ import annotations

from ...models import Annotations, Place
from ..anchor import _SPECIFICITY, _inside

_WIDE = ("admin1", "country")
_BACK = 2  # sentences before the event's own: a scene is set just before what happens in it


def scene_place(ann: Annotations, start: int, focus: Place | None, aside) -> Place | None:
    """The finer place inside ``focus`` (a state or country) that the ``_BACK`` sentences before the one at ``start``
    name last, leaving out the mentions ``aside`` says are not where anything happened; None where there is none."""
    if focus is None or focus.kind not in _WIDE:
        return None
    places = {p.key: p for p in ann.places}
    own = next((s for s in ann.sentences if s.start <= start < s.end), None)
    before = [s for s in ann.sentences if own is not None and s.end <= own.start][-_BACK:]
    if not before:
        return None
    named = [m for m in ann.mentions if m.kind == "place" and m.key in places and m.label != "NORP"
             and before[0].start <= m.start < own.start and not ann.dateline_start <= m.start < ann.dateline_end
             and _SPECIFICITY[places[m.key].kind] < _SPECIFICITY[focus.kind] and _inside(places[m.key], focus) and not aside(m)]
    return places[max(named, key=lambda m: m.start).key] if named else None
