"""Toponyms: find place mentions in a read document and resolve them to places, offline.

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

How they are resolved, in the order a careful reader weighs evidence:

1. the admin hierarchy in the text: "Aurora, Colorado", "Santiago, Chile",
   "the state of Aragua";
2. the article's own context: countries and states named (of two states
   the text names, the one it names more: "Cass County" among Missouri
   towns and one Illinois one is Missouri's), the dateline, demonyms, the
   outlet's country-code domain;
3. feature type: a country over a town of the same name, a state over a
   small town of its name, a city over a same-name division when the city
   is a real share of it (Lima, New York);
4. population as the prior, never the decision;
5. abstain when nothing supports a tiny or far-off namesake.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib.resources import files
from urllib.parse import urlsplit

from ..models import Mention, Place
from .gazetteer import LABELS
from .placedb import PlaceIndex, fold, place_index

TOPONYM_LABELS = {"GPE", "LOC", "FAC"}
MAX_CANDIDATES = 60
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
_TLD_COUNTRIES = {"cl", "pe", "co", "mx", "ve", "ec", "ar", "br", "bo", "hn", "sv", "gt", "py", "uy", "pa", "cr", "ni", "do", "cu", "es"}


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


@dataclass(frozen=True)
class PlaceMention:
    """A toponym with the place it resolved to (None when tocsin abstains)."""

    start: int
    end: int
    text: str
    source: str
    place: Place | None
    score: float = 0.0

    @property
    def precision(self) -> str:
        return self.place.precision if self.place else "unknown"


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


@dataclass
class _Context:
    countries: Counter = field(default_factory=Counter)
    admin1: Counter = field(default_factory=Counter)
    total: float = 0.0
    shared: Counter = field(default_factory=Counter)  # first-level division -> how many of the text's town names have a namesake there

    def vote(self, place: Place, weight: float = 1.0) -> None:
        if place.kind == "continent":
            return
        self.countries[place.country] += weight
        self.total += weight
        if place.kind in ("admin1", "admin2", "city", "site") and place.admin1:
            self.admin1[place.admin1_key] += weight

    def copy(self) -> "_Context":
        return _Context(self.countries.copy(), self.admin1.copy(), self.total, self.shared)

    def country_share(self, iso: str) -> float:
        return self.countries[iso] / self.total if self.total > 0 else 0.0


SHARED_REGION = 2.0  # per other town name of the text with a namesake in the same first-level division, shared by its namesakes


class Resolver:
    """Resolves a document's toponyms against the place index."""

    def __init__(self, index: PlaceIndex):
        self.index = index

    def candidates(self, top: Toponym) -> list[Place]:
        if top.source == "demonym":
            place = self.index.country(top.country_hint)
            return [place] if place else []
        if top.source == "abbreviation":
            return [p for p in self.index.lookup(top.text, abbreviations=True) if p.kind == "admin1"]
        if top.container or ("." in top.text and len(top.text) <= 6):  # "Aurora, Colo.", "in B.C."
            return self.index.lookup(top.text, abbreviations=True)
        found = self.index.lookup(top.text)
        if top.source != "dateline" and top.text.isupper() and len(top.text) <= 4:
            found = [p for p in self.index.lookup(top.text, abbreviations=True) if p.kind in ("country", "admin1", "continent")]  # "UN", "EU", "VAWA": no town's alias
        if top.admin:
            found = [p for p in found if p.kind in ("admin1", "admin2")] or found
        return found

    def score(self, top: Toponym, place: Place, ctx: _Context, rivals: list[Place], own: frozenset = frozenset()) -> float:
        prior = math.log10(place.population + 10)
        bonus = {"continent": 5.0, "country": 4.0, "admin1": 1.5, "city": 0.0, "site": 0.5, "admin2": -1.5}[place.kind]
        if place.id < 0:
            bonus += 2.0  # the project's supplement: places curated because this reporting names them
        if fold(place.name) == fold(top.text):
            bonus += 1.5  # its own name, not one of its alternate names
        if place.kind in ("admin1", "admin2") and not top.admin and (self._yields_to_city(top, place, rivals) or self._dateline_city(top, place, rivals)):
            bonus -= 4.5  # Lima, Ciudad de México: the city, unless the text says the state (outweighs the own-name bonus)
        if place.kind == "city" and place.population >= 500_000 and self._dateline_city(top, place, rivals):
            bonus += 4.5  # ... nor a namesake town of a state the story names: "WASHINGTON –" over a release on Maryland
        near = sum(ctx.country_share(n) for n in self.index.neighbours(place.country))
        context = 5.0 * ctx.country_share(place.country) + 1.5 * near
        if place.admin1_key and ctx.admin1[place.admin1_key] > 0:  # a state the text names, the more the surer
            context += 2.5 + 1.5 * ctx.admin1[place.admin1_key] / sum(v for v in ctx.admin1.values() if v > 0)
        if own and place.kind in ("city", "admin2") and place.admin1_key:  # "Richmond" and "Berea" both have a namesake in Kentucky
            context += SHARED_REGION * min(2.0, ctx.shared[place.admin1_key] - (1 / len(own) if place.admin1_key in own else 0.0))
        return prior + bonus + context

    @staticmethod
    def _regions(found: list[Place]) -> frozenset:
        """The first-level divisions where a town name has a namesake (among its leading candidates); none for a
        name that is also a country's, a state's or a continent's ("Florida", "Washington"): that is no town name."""
        if any(p.kind in ("country", "admin1", "continent") for p in found):
            return frozenset()
        found = sorted(found, key=lambda p: (p.id > 0, -p.population))[:MAX_CANDIDATES]
        return frozenset(p.admin1_key for p in found if p.kind in ("city", "admin2") and p.admin1_key)

    @staticmethod
    def _yields_to_city(top: Toponym, place: Place, rivals: list[Place]) -> bool:
        """A division named like a city of its country is usually the city when
        the city holds half its people (capital districts: Lima, Bogotá, Mexico
        City), or a tenth when the division only matched through an alias.
        "New York" or "Oklahoma" by their own name stay the state."""
        share = 0.1 if fold(place.name) != fold(top.text) else 0.5
        return any(r.kind == "city" and r.country == place.country and r.population >= share * place.population for r in rivals)

    @staticmethod
    def _dateline_city(top: Toponym, place: Place, rivals: list[Place]) -> bool:
        """A dateline that stands alone names a big city, never a state: "WASHINGTON –" on a federal release is the
        capital, "NEW YORK (AP) —" the city (a town in Washington State is datelined "SPOKANE, Wash.")."""
        return top.source == "dateline" and top.parent is None and not top.container and any(
            r.kind == "city" and r.country == place.country and r.population >= 500_000 for r in rivals)

    def pick(self, top: Toponym, ctx: _Context, parent: Place | None) -> tuple[Place | None, float]:
        found = self.candidates(top)
        if parent is not None:
            inside = [p for p in found if within(p, parent)]
            found = inside or found
        if not found:
            return None, 0.0
        if len(found) > MAX_CANDIDATES:  # "Santiago" has 100+ namesakes; the tail never wins
            found = sorted(found, key=lambda p: (p.id > 0, -p.population))[:MAX_CANDIDATES]
        own = self._regions(found) if top.source in ("ner", "reclassified", "dateline") and not top.container else frozenset()
        scored = sorted(((self.score(top, p, ctx, found, own), p) for p in found), key=lambda sp: (-sp[0], sp[1].id))
        best_score, best = scored[0]
        supported = ctx.countries[best.country] > 0 or parent is not None
        if best.kind == "city" and best.population < 1000 and not supported:
            return None, best_score  # a hamlet somewhere else: abstain
        if top.source == "reclassified" and not (supported or best.population >= 200_000 or best.kind in ("country", "admin1")
                                                 or top.cued and best.kind == "city" and best.population >= 5_000):
            return None, best_score
        return best, best_score

    def resolve(self, toponyms: list[Toponym], url: str | None = None) -> list[PlaceMention]:
        base = _Context()
        names = {fold(t.text): t for t in toponyms if t.source in ("ner", "reclassified", "dateline") and not t.container}
        for t in names.values():
            regions = self._regions(self.candidates(t))
            for key in regions:  # a name with namesakes in many states says little about any one of them
                base.shared[key] += 1 / len(regions)
        tld = (urlsplit(url).hostname or "").rsplit(".", 1)[-1] if url else ""
        if tld in _TLD_COUNTRIES and (home := self.index.country(tld.upper())):
            base.vote(home, 0.5)
        for top in toponyms:
            if top.source == "demonym" and (country := self.index.country(top.country_hint)):
                base.vote(country, 0.5)
        chosen: list[tuple[Place | None, float]] = [(None, 0.0)] * len(toponyms)
        for i in _parents_first(toponyms):  # first pass: hierarchy, dateline, demonyms, priors
            chosen[i] = self._pick_at(i, toponyms, chosen, base)
        for _ in range(2):  # later passes: every other resolved place is context
            previous = list(chosen)
            weight = lambda p: 2.0 if p.kind in ("country", "admin1") else 1.0  # noqa: E731
            everyone = base.copy()
            for place, _score in previous:
                if place is not None:
                    everyone.vote(place, weight(place))
            for i in _parents_first(toponyms):
                ctx = everyone.copy()  # ... less this name's own votes: a name is no evidence for itself
                for j, (place, _score) in enumerate(previous):
                    if place is not None and toponyms[j].text == toponyms[i].text:
                        ctx.vote(place, -weight(place))
                chosen[i] = self._pick_at(i, toponyms, chosen, ctx)
            if chosen == previous:
                break
        return [PlaceMention(t.start, t.end, t.text, t.source, p, s) for t, (p, s) in zip(toponyms, chosen)]

    def _pick_at(self, i: int, toponyms: list[Toponym], chosen, ctx: _Context) -> tuple[Place | None, float]:
        top = toponyms[i]
        parent = chosen[top.parent][0] if top.parent is not None else None
        return self.pick(top, ctx, parent)


def within(place: Place, parent: Place) -> bool:
    """Whether ``place`` lies in ``parent``, a country or a first-level division (by codes: the index has no areas)."""
    if parent.kind == "country":
        return place.country == parent.country and place.id != parent.id
    return place.country == parent.country and place.admin1 == parent.admin1 and place.id != parent.id


def _parents_first(toponyms: list[Toponym]) -> list[int]:
    return sorted(range(len(toponyms)), key=lambda i: toponyms[i].parent is None, reverse=True)


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


_LABELS = {"dateline": "GPE", "abbreviation": "GPE", "demonym": "NORP", "reclassified": "GPE", "ner": None}


def apply_places(
    text: str, url: str | None, mentions: list[Mention], ents, has_ner: bool = True
) -> tuple[list[Mention], list[Place], str | None]:
    """Mentions with their toponyms resolved: place mentions carry their
    place's key; datelines, demonyms and state abbreviations are added; names
    the model mislabelled become places. Without a strong NER model (none, or
    the small Spanish one), capitalized names after prepositions add the places
    it misses. Returns (mentions, places, dateline key)."""
    index = place_index()
    if not has_ner:
        taken = [(s, e) for s, e, _ in ents]
        ents = ents + [t for t in rule_toponyms(text, index) if not _inside(t[0], t[1], taken)]
    found = Resolver(index).resolve(find_toponyms(text, ents, person_surnames(ents, text), index), url)
    resolved = {(pm.start, pm.end): pm for pm in found if pm.place is not None}
    out = []
    for m in mentions:
        pm = resolved.pop((m.start, m.end), None)
        inner = _seat_within(m.text) if pm is None else None
        seat = (m.start + inner[0], m.start + inner[1]) if inner else None
        if seat in resolved:  # "Wyandotte County District Court": a court, at a place
            named_after = resolved.pop(seat)
            out.append(Mention(named_after.start, named_after.end, named_after.text, "GPE", "place", "places", named_after.place.key))
            m = Mention(m.start, m.end, m.text, "ORG", "organization", m.origin, None)
        if pm is not None:
            label = m.label if m.kind == "place" else "GPE"
            m = Mention(m.start, m.end, m.text, label, "place", m.origin if m.kind == "place" else "places", pm.place.key)
        out.append(m)
    surnames = person_surnames(ents, text)
    out = [
        replace(m, kind="person", label="PERSON", key=None)
        if m.kind == "place" and m.key is None and fold(m.text) in surnames
        else m
        for m in out
    ]  # "Zambada" tagged as a place where the text names Ismael Zambada
    for pm in resolved.values():  # datelines, demonyms, abbreviations, rule toponyms the model did not tag
        if not any(m.start < pm.end and pm.start < m.end for m in out):
            out.append(Mention(pm.start, pm.end, pm.text, _LABELS[pm.source] or "GPE", "place", "places", pm.place.key))
    dateline = next((pm.place.key for pm in found if pm.source == "dateline" and pm.place), None)
    used = {m.key for m in out}
    places = {pm.place.key: pm.place for pm in found if pm.place is not None and pm.place.key in used}
    return sorted(out, key=lambda m: m.start), list(places.values()), dateline if dateline in used else None
