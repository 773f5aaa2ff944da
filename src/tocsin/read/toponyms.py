"""Toponyms: the place mentions of a read document, before they are resolved.

Where they come from: the model's GPE/LOC/FAC entities; the dateline
("SANTIAGO, Chile —"); demonyms that denote a country ("Venezuelan",
"colombiano"); state abbreviations after a comma ("Aurora, Colo."); and
single names the small model calls a person or an organization when the
place index and the article agree they are a place (Tocorón, Aurora). Names
inside gazetteer spans ("Tren de Aragua", "Sinaloa Cartel", "Hamas", "the
White House") are never toponyms: the gazetteer owns those characters. Nor
are titles ("Rev", "MR"), a word of a person's name the text gives
("Escalona" of Jesus Alberto Golding Escalona; "Oakley" for Roy Lynn
Oakley, unless cued as a place or given its state), regions the index has
no area for ("the Middle East" is no Baltimore neighbourhood), a name that
goes on past its span ("US$", "Wal-Mart"), or a short all-capitals word as
anything but a country or a state ("UN", "VAWA"). A court's name or a
federal district gives its seat ("Wyandotte County District Court", "the
District of Maryland").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib.resources import files

from .gazetteer import LABELS
from .placedb import PlaceIndex, fold

TOPONYM_LABELS = {"GPE", "LOC", "FAC"}
CANDIDATE_LABELS = {"PERSON", "ORG", "PER", "MISC"}  # what the small models call some places
_DATELINE = re.compile(
    r"^(?P<place>[A-ZÁÉÍÓÚÑÜ][A-ZÁÉÍÓÚÑÜ .'’-]{1,40}?)"
    r"(?:,\s*(?P<parent>[A-ZÁÉÍÓÚ][\w.' ]{1,30}?))?\s*(?:\([^)]{1,30}\)\s*)?[—–-]{1,2}\s"
)
_ADMIN_CUE = re.compile(
    r"(?:\b(?:state|province|department|region) of\s+|\b(?:estado|departamento|provincia|regi[oó]n)\s+(?:de\s+|del\s+)?)$", re.I
)
_ADMIN_CUE_AFTER = re.compile(r"^\s+(?:state|province|department|region)\b", re.I)
_ABBREVIATION_AFTER = re.compile(r"^,\s*(?P<abbr>[A-Z][a-z]{1,4}\.(?:\s?[A-Z][a-z]?\.)?|[A-Z]{2}\b)")


@dataclass(frozen=True)
class Toponym:
    """A span that names (or may name) a place."""

    start: int
    end: int
    text: str
    source: str  # "ner", "dateline", "demonym", "abbreviation", "reclassified"
    country_hint: str | None = None  # a demonym's country
    admin: bool = False  # "the state of X", "X state": a division, not a town
    parent: int | None = None  # index of the toponym that contains this one ("Aurora, Colorado")
    container: bool = False  # this one contains the toponym before it: a state or country, maybe abbreviated
    cued: bool = False  # a name the model mislabelled that its words place: "in Newberry on Friday", "a Gainesville man"


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Folded demonym -> ISO country code (ambiguous ones left out)."""
    import json

    data = json.loads(files("tocsin.data").joinpath("demonyms.json").read_text(encoding="utf-8"))
    ambiguous = {fold(a) for a in data["ambiguous"]}
    return {fold(d): iso for iso, forms in data["countries"].items() for d in forms if fold(d) not in ambiguous}


_HEADLINE = re.compile(r"[^\n]{5,160}?[.!?]\s+|[^\n]{5,160}\n+")  # "Police: Gunman's wife worked at home. CARTHAGE, N.C. (AP) -"


def find_dateline(text: str) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
    """Spans of the dateline place (and its parent) at the start of the text, or after the headline it opens with."""
    shift = 0
    match = _DATELINE.match(text)
    if not match and (headline := _HEADLINE.match(text)):
        shift = headline.end()
        match = _DATELINE.match(text[shift : shift + 120])
    if not match:
        return None
    place = (shift + match.start("place"), shift + match.end("place"))
    parent = (shift + match.start("parent"), shift + match.end("parent")) if match.group("parent") else None
    return place, parent


_PART_OF = re.compile(r"(?:the\s+)?(?:(?:Northern|Southern|Eastern|Western|Middle|Central)\s+)?District$", re.I)
_OF_NAME = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")
_COURT_WORDS = r"(?:(?:District|Superior|Circuit|Criminal|Municipal|Magistrate|Juvenile|Family|Chancery|Probate|General\s+Sessions|Common\s+Pleas|City)\s+)"
_SEAT = r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}?"
_COURT_NAME = re.compile(rf"(?P<seat>{_SEAT}\s+(?:County|Parish))\s+{_COURT_WORDS}*Court$|(?P<town>{_SEAT})\s+{_COURT_WORDS}+Court$")
_TITLES = {"rev", "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "sgt", "lt", "col", "capt", "hon", "sr", "sra"}  # "Rev", "MR"
# Regions the index holds no area for, whose names only its namesake towns and neighbourhoods carry: not those.
_REGIONS_NOT_HELD = {fold(n) for n in (
    "Middle East", "Near East", "Far East", "Latin America", "Central America", "Caribbean", "the Caribbean", "Balkans",
    "the Balkans", "Korean Peninsula", "Western Hemisphere", "Indo-Pacific", "Southeast Asia", "Horn of Africa", "Oriente Medio",
    "Medio Oriente", "América Latina", "Latinoamérica", "Centroamérica", "Sudamérica", "el Caribe")}


def _in_a_name(text: str, start: int, end: int, surface: str, persons: set[str], person_ends: list[int], index: PlaceIndex) -> bool:
    """Whether a toponym is a word of a person's name: it continues a person's name the model cut short ("Jesus
    Alberto" + "Golding Escalona"), or it is a word of a person's full name the text gives, used alone and
    uncued ("Oakley may have been…" where the text names Roy Lynn Oakley). Not a country, state or continent,
    nor a town given its state ("the people of Jackson, Mississippi")."""
    if any(p.kind in ("country", "admin1", "continent") for p in index.lookup(surface)) or re.match(r",\s*[A-Z]", text[end : end + 3]):
        return False
    continues = any(e <= start and re.fullmatch(r"(?:\s+[A-ZÁÉÍÓÚÑ][\wáéíóúñ'’-]*)*\s+", text[e:start]) for e in person_ends)
    return continues or fold(surface) in persons and not _cued(text, start, end)


def _name_goes_on(text: str, start: int, end: int, index: PlaceIndex) -> bool:
    """A name that goes on past the span is not the place the span spells: "US$" is a currency; "Wal-Mart" and
    "Coca-Cola" are firms. A big place's name before a hyphen stays one ("Athens-Clarke County", "Miami-Dade")."""
    if text.startswith("$", end):
        return True
    return bool(re.match(r"-[A-ZÁÉÍÓÚÑ]", text[end : end + 2])) and not any(
        p.population >= 100_000 or p.kind in ("country", "admin1") for p in index.lookup(text[start:end]))


_WHOLE_DISTRICT = re.compile(r"(?:the\s+)?(?:(?:Northern|Southern|Eastern|Western|Middle|Central)\s+)?District\s+of\s+(?:the\s+)?(?P<seat>(?!Columbia\b)[A-Z].+)$")


def _seat_within(surface: str) -> tuple[int, int] | None:
    """Where, inside a court's name or a federal judicial district, the place it is named after is written."""
    if court := _COURT_NAME.match(surface):
        return court.span("seat") if court.group("seat") else court.span("town")
    if district := _WHOLE_DISTRICT.match(surface):
        return district.span("seat")
    return None


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def find_toponyms(text: str, ents, persons: set[str], index: PlaceIndex) -> list[Toponym]:
    """Toponym spans in a document, from its entities (``(start, end, label)``;
    gazetteer entities are never toponyms) and its dateline."""
    spans: dict[tuple[int, int], Toponym] = {}
    dateline = find_dateline(text)
    if dateline:
        (ds, de), parent = dateline
        spans[(ds, de)] = Toponym(ds, de, text[ds:de].strip(), "dateline")
        if parent:
            spans[parent] = Toponym(*parent, text[parent[0] : parent[1]], "dateline")
    table = demonyms()
    person_ends = [e for _, e, label in ents if label in ("PERSON", "PER")]
    for start, end, label in ents:
        if label in _GAZETTEER or _inside(start, end, list(spans)) or _name_goes_on(text, start, end, index):
            continue
        surface = text[start:end]
        if fold(surface).rstrip(".") in _TITLES or fold(surface) in _REGIONS_NOT_HELD or _in_a_name(text, start, end, surface, persons, person_ends, index):
            continue  # "the Middle East" is no Baltimore neighbourhood; "Escalona" of Jesus Alberto Golding Escalona
        if _PART_OF.match(surface) and _OF_NAME.match(text, end):
            continue  # "the Northern District of Florida": a court's district, a part of Florida, not Israel's Northern District
        if (inner := _seat_within(surface)) is not None and fold(seat := surface[inner[0] : inner[1]]) not in persons and any(
                p.kind != "city" or p.population >= 5_000 for p in index.lookup(seat)):
            a, b = start + inner[0], start + inner[1]
            spans[(a, b)] = Toponym(a, b, seat, "reclassified", cued=True)
            continue  # "Wyandotte County District Court", "the District of Maryland": no place, but named after one
        if label in TOPONYM_LABELS:
            admin = bool(_ADMIN_CUE.search(text[max(0, start - 30) : start]) or _ADMIN_CUE_AFTER.match(text[end : end + 12]))
            spans[(start, end)] = Toponym(start, end, surface, "ner", admin=admin)
        elif label == "NORP" and fold(surface) in table:
            spans[(start, end)] = Toponym(start, end, surface, "demonym", country_hint=table[fold(surface)])
        elif label in CANDIDATE_LABELS and _may_be_place(surface, persons, index, cued := _cued(text, start, end)):
            spans[(start, end)] = Toponym(start, end, surface, "reclassified", cued=cued)
    for (start, end), top in list(spans.items()):
        match = _ABBREVIATION_AFTER.match(text[end : end + 12])
        if match and top.source != "demonym":
            a, b = end + match.start("abbr"), end + match.end("abbr")
            if not _inside(a, b, list(spans)) and index.lookup(match.group("abbr"), abbreviations=True):
                spans[(a, b)] = Toponym(a, b, match.group("abbr"), "abbreviation")
    ordered = sorted(spans.values(), key=lambda t: t.start)
    return _link_parents(text, ordered)


_GAZETTEER = set(LABELS.values())  # names the gazetteer owns are never toponyms
# Words that make a name a place whatever the model called it: a preposition of place before it ("a home invasion
# in Newberry on Friday"), or after it the word for someone living there or for its local force ("a Gainesville
# man", "Gainesville police", "Anderson County").
_PLACE_BEFORE = re.compile(r"\b(?:in|near|outside|en|cerca\s+de)\s+$")
_PLACE_AFTER = re.compile(r"(?:,\s*[A-Z][a-z]{0,5}\.(?:\s?[A-Z][a-z]?\.)?,?)?\s+(?:man|woman|men|women|residents?|teens?|teenager|"
                          r"boy|girl|couple|police|Police|County|city|Sheriff)\b")


def _cued(text: str, start: int, end: int) -> bool:
    return bool(_PLACE_BEFORE.search(text, max(0, start - 14), start) or _PLACE_AFTER.match(text, end, end + 30)) \
        and not text.startswith(("'s", "’s"), end)


def _may_be_place(surface: str, persons: set[str], index: PlaceIndex, cued: bool = False) -> bool:
    """A name the model called a person or organization that is really a place? A cued one ("in Newberry")
    may be a small town; an uncued one must be a country, a state or a city of 20,000 people."""
    words = surface.split()
    if len(words) > 3 or fold(surface) in persons or not surface[:1].isupper():
        return False
    least = 5_000 if cued else 20_000
    return any(p.kind in ("country", "admin1", "site") or p.population >= least for p in index.lookup(surface))


def _link_parents(text: str, tops: list[Toponym]) -> list[Toponym]:
    """"Aurora, Colorado": the second contains the first."""
    out = list(tops)
    for i in range(len(out) - 1):
        gap = text[out[i].end : out[i + 1].start]
        if gap.strip() in (",", "(") and out[i + 1].source != "demonym":
            out[i] = replace(out[i], parent=i + 1)
            out[i + 1] = replace(out[i + 1], container=True)
    return out


_RULE_TOPONYM = re.compile(
    r"\b(?:en|de|del|desde|hasta|hacia|entre|por|a|al|in|from|near|to)\s+"
    r"(?:(?:el |la )?(?:estado|departamento|provincia|regi[oó]n|municipio|comuna|distrito|ciudad) (?:de )?)?"
    r"(?P<name>[A-ZÁÉÍÓÚÑ][\wáéíóúñü]+(?:\s+(?:(?:de|del|de la|de los|la|los|las)\s+)?[A-ZÁÉÍÓÚÑ][\wáéíóúñü]+){0,4})"
)
_COORDINATED = re.compile(
    r"^(?:,\s*|\s+[ye]\s+(?:el\s+|la\s+|los\s+)?)(?P<name>[A-ZÁÉÍÓÚÑ][\wáéíóúñü]+(?:\s+(?:(?:de|del|de la)\s+)?[A-ZÁÉÍÓÚÑ][\wáéíóúñü]+){0,3})"
)


def _known_place(name: str, index: PlaceIndex) -> bool:
    return any(p.kind in ("country", "admin1", "site") or p.population >= 20_000 or p.id < 0 for p in index.lookup(name))


def _longest_known(words: list[str], index: PlaceIndex) -> str | None:
    for n in range(len(words), 0, -1):  # longest known prefix: "Santiago de Chile", else "Santiago"
        name = " ".join(words[:n])
        if _known_place(name, index):
            return name
    return None


def rule_toponyms(text: str, index: PlaceIndex) -> list[tuple[int, int, str]]:
    """Capitalized names after a preposition, and the names listed after them
    ("en Culiacán y en Navolato", "de Ate y el Callao"), that the place index
    knows well enough: the toponym finder for languages read without a NER model."""
    out = []
    for match in _RULE_TOPONYM.finditer(text):
        name = _longest_known(match.group("name").split(), index)
        start = match.start("name")
        while name:
            out.append((start, start + len(name), "LOC"))
            follow = _COORDINATED.match(text[start + len(name) : start + len(name) + 60])
            if not follow:
                break
            start = start + len(name) + follow.start("name")
            name = _longest_known(follow.group("name").split(), index)
    return sorted(set(out))


def person_surnames(ents, text: str) -> set[str]:
    """Folded words of multi-word person names: "Ojeda" in a text that names Ronald Ojeda is not a place."""
    names = set()
    for start, end, label in ents:
        if label in ("PERSON", "PER") and len(text[start:end].split()) >= 2:
            names.update(fold(w) for w in text[start:end].split())
    return names
