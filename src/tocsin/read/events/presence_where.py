"""Where a presence claim is besides its predicate's complement: the place a participle of a group's hold or a group's
seat describes ("a nightclub in Colorado, frequented by TdA"), the two countries of a border's two sides, and the count
of places a claim gives ("operates in at least eight countries"); split from ``presence``, whose parse helpers these use.
"""

from __future__ import annotations

import re

from ..presence_lexicon import SEAT
from .presence import BOTH_SIDES

# A participle of a group's hold set right after a place, describing what is there: "an underground nightclub in Colorado
# “frequented by TdA and MS-13 terrorists”", "a trafficking organization in New Mexico, operated by the Sinaloa cartel"
HELD_BY = re.compile(r"(?:frequented|run|operated|controlled)\s+by", re.IGNORECASE)
_JUST_BEFORE = re.compile(r"[\s,“”\"']*")
_LOCATED = re.compile(r"\b(?:in|at|across|throughout|within|en)\s+(?:the\s+)?(?:(?:state|city|port|town|province|region)\s+of\s+)?$", re.IGNORECASE)


_NEAR = re.compile(r"\b(?:in|at|near|outside|en|cerca de)\s+(?:the\s+|el\s+|la\s+)?(?:(?:state|city|town|province|region|estado|ciudad|"
                   r"municipio|provincia)\s+(?:of\s+|de\s+)?)?$", re.IGNORECASE)


def place_described(text: str, mentions, sentence: tuple[int, int], triggers: list[tuple[int, int]]) -> list:
    """The place a participle of a group's hold describes from right after it ("a nightclub in Colorado, frequented by
    TdA"), however the parse hangs it, told as where the thing is ("in", "at"; not "from"), never a nationality; a
    group's seat ("the prison in the state of Aragua, which served as the headquarters of Tren de Aragua", "era la sede
    del") is where the thing before it is: the last place so told in its clause."""
    places = [m for m in mentions if m.kind == "place" and m.key and m.label != "NORP" and sentence[0] <= m.start]
    held = [m for a, b in triggers if HELD_BY.fullmatch(text, a, b) for m in places
            if _JUST_BEFORE.fullmatch(text, m.end, a) and _LOCATED.search(text, max(sentence[0], m.start - 30), m.start)]
    return held or [m for a, b in triggers if SEAT.fullmatch(text, a, b) for m in places if m.end <= a and a - m.end <= 120
                    and not re.search(r"[;.!?]", text[m.end : a]) and _NEAR.search(text, max(sentence[0], m.start - 40), m.start)][-1:]


def border_sides(text: str, mentions, sentence: tuple[int, int], triggers: list[tuple[int, int]], places: dict) -> list:
    """The two countries a claim "on both sides of the border" is in: those its sentence names ("The United States and
    Mexico committed to dismantle the cartel on both sides of the border"), one mention each, when they are exactly
    two; none otherwise (which border the text leaves open)."""
    if not any(BOTH_SIDES.fullmatch(text, a, b) for a, b in triggers):
        return []
    first = {}
    for m in mentions:
        place = places.get(m.key) if m.kind == "place" else None
        if place is not None and place.kind == "country" and place.country and sentence[0] <= m.start < sentence[1]:
            first.setdefault(place.country, m)
    return list(first.values()) if len(first) == 2 else []


# A count of places a presence claim gives instead of, or beside, their names ("operates in at least eight countries",
# "present in 30 major U.S. cities", "ya opera en al menos ocho países"): the claim's extent, kept as written
_COUNTED = r"(?:\d{1,3}(?:,\d{3})*(?!\d)|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|dozens of|hundreds of|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|una docena de|decenas de|cientos de)"
_EXTENT = {
    "en": re.compile(r"\s*(?:(?:in|across|throughout|within)\s+)?((?:at least |more than |over |nearly |almost |about |some |roughly |around |all (?:the )?)?"
                     + _COUNTED + r"\s+(?:[\w.-]+\s+){0,3}?(?:countries|nations|states|cities|towns|counties|provinces|regions|"
                     r"municipalities|communities|neighbou?rhoods|continents|territories)\b)", re.IGNORECASE),
    "es": re.compile(r"\s*(?:en\s+)?((?:al menos |más de |mas de |unos |unas |cerca de |casi |por lo menos |(?:todos )?los )?" + _COUNTED
                     + r"\s+(?:[\wáéíóúñ.-]+\s+){0,2}?(?:países|paises|naciones|estados|ciudades|provincias|regiones|municipios|"
                     r"comunas|departamentos|comunidades|continentes|territorios)\b)", re.IGNORECASE),
}


def extent(text: str, trigger: tuple[int, int], sentence_end: int, language: str) -> tuple[int, int] | None:
    """The span of the count of places a presence claim gives as the complement of its own predicate ("operates in at
    least eight countries": "at least eight countries"; "present in 30 major U.S. cities"), if any; not a count told
    of something else in the sentence ("ships cocaine to 12 countries"), nor a year ("in 2019 in several cities")."""
    pattern = _EXTENT.get(language)
    m = pattern.match(text, trigger[1], sentence_end) if pattern else None
    return (m.start(1), m.end(1)) if m else None
