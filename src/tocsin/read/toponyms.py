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
no entry for ("the Far East" is no town's name; the Middle East, Latin America, the seas and the U.S. southern border are
the supplement's regions), a name that
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

from .dedications import dedicated
from .gazetteer import LABELS
from .placedb import PlaceIndex, fold
from .placenames import (
    _GENERIC_WORDS,
    _KIN_BEFORE,
    _known_by_name,
    _name_shaped,
    _seat_within,
    court_countries,
    longer_name_before,
    place_within,
)

TOPONYM_LABELS = {"GPE", "LOC", "FAC"}
CANDIDATE_LABELS = {"PERSON", "ORG", "PER", "MISC"}  # what the small models call some places
# Labels the small English model gives now and then to a well-known place ("Aleppo" NORP, "a Winnipeg jail" PRODUCT);
# dates and times are not among them ("March" is also a town of 22,000).
MISLABELLED = {"NORP", "LANGUAGE", "PRODUCT"}
_DATELINE = re.compile(
    r"^(?P<place>[A-ZÁÉÍÓÚÑÜ][A-ZÁÉÍÓÚÑÜ .'’-]{1,40}?)"
    r"(?:,\s*(?P<parent>[A-ZÁÉÍÓÚ][\w.' ]{1,30}?))?\s*(?:\([^)]{1,30}\)\s*)?(?:[—–-]{1,2}\s|[—–]{1,2}(?=[A-ZÁÉÍÓÚ“\"]))"  # "WASHINGTON—A"
)
# A dateline whose dash text extraction lost: a capitalized place, maybe an agency in brackets, then the first sentence
# ("WASHINGTON Barack Obama pardoned…", "WASHINGTON (RNS) Evangelical leaders…").
_DATELINE_BARE = re.compile(r"^(?P<place>[A-ZÁÉÍÓÚÑÜ]{3,}(?:[ .'’-][A-ZÁÉÍÓÚÑÜ]+){0,3})(?P<parent>)\s*(?:\([^)]{1,30}\)\s*)?\s(?=[A-Z][a-z]+\s)")
# Before the name: "the state of Aragua", "provincia de Lima"; "department" and "region" in lower case only ("the Police
# Department of Oakland" is an agency of the city).
_ADMIN_CUE = re.compile(
    r"(?:\b(?:[Ss]tate|STATE|[Pp]rovince|department|region) of\s+|\b(?i:estado|departamento|provincia|regi[oó]n)\s+(?:de\s+|del\s+)?)$"
)
# After the name: "Aydin province", "Washington state"; a capital "State" only where a state bears the name ("New York
# State"): "San Diego State", "Columbia State" are universities. "Region" is no cue after it ("the Charlotte region").
_ADMIN_CUE_AFTER = re.compile(r"^\s+(?:state|[Pp]rovince|[Dd]epartment|(?P<title>State))\b")
_ABBREVIATION_AFTER = re.compile(r"^,\s*(?P<abbr>[A-Z][a-z]{0,4}\.(?:\s?[A-Z][a-z]{0,2}\.)?|[A-Z]{2}\b)")  # "Colo.", "N.C.", "W. Va.", "CO"


@dataclass(frozen=True)
class Toponym:
    """A span that names (or may name) a place."""

    start: int
    end: int
    text: str
    source: str  # "ner", "dateline", "demonym", "abbreviation", "reclassified"
    country_hint: str | None = None  # a demonym's country (its ISO code), the continent or region it denotes (its name), or
    # the state or province ("Texas|US")
    admin: bool = False  # "the state of X", "X state": a division, not a town
    parent: int | None = None  # index of the toponym that contains this one ("Aurora, Colorado")
    container: bool = False  # this one contains the toponym before it: a state or country, maybe abbreviated
    cued: bool = False  # a name the model mislabelled that its words place: "in Newberry on Friday", "a Gainesville man"
    local: bool = False  # the words after it make it a town or county: "a Richmond man", "Berea police"
    listed_after: int | None = None  # index of the toponym before it in one list ("Montana and Wyoming", "Peru, Chile")
    countries: tuple[str, ...] = ()  # the only countries it may lie in: a Crown Court's town is British (``court_countries``)


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Folded demonym -> ISO country code, or the name of the continent or region it denotes ("European" -> "Europe";
    ambiguous ones left out)."""
    import json

    data = json.loads(files("tocsin.data").joinpath("demonyms.json").read_text(encoding="utf-8"))
    ambiguous = {fold(a) for a in data["ambiguous"]}
    groups = {**data["countries"], **data.get("regions", {}), **data.get("divisions", {})}
    return {fold(d): code for code, forms in groups.items() for form in forms for d in (form, *_plurals(form)) if fold(d) not in ambiguous}


def _plurals(demonym: str) -> tuple[str, ...]:
    """The plural of a demonym the table gives in the singular: "Latvians", "Israelis", "colombianos", "franceses"."""
    if demonym[:1].isupper():  # English: nouns take an s ("Serbs", "Filipinos"); "Chinese", "French", "Icelandic" do not
        return () if demonym.endswith(("ese", "sh", "ch", "s", "ic")) else (demonym + "s",)
    if demonym.endswith(("o", "a", "e")):  # Spanish: "colombianos", "estadounidenses"
        return (demonym + "s",)
    if demonym.endswith("és"):  # "franceses", "ingleses"
        return (demonym[:-2] + "eses",)
    return ()


_HEADLINE = re.compile(r"[^\n]{5,160}?[.!?]\s+|[^\n]{5,160}\n+")  # "Police: Gunman's wife worked at home. CARTHAGE, N.C. (AP) -"


def find_dateline(text: str) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
    """Spans of the dateline place (and its parent) at the start of the text, or after the headline it opens with."""
    shift = 0
    match = _DATELINE.match(text) or _DATELINE_BARE.match(text)
    if not match and (headline := _HEADLINE.match(text)):
        shift = headline.end()
        match = _DATELINE.match(text[shift : shift + 120]) or _DATELINE_BARE.match(text[shift : shift + 120])
    if not match:
        return None
    place = (shift + match.start("place"), shift + match.end("place"))
    parent = (shift + match.start("parent"), shift + match.end("parent")) if match.group("parent") else None
    return place, parent


_PART_OF = re.compile(r"(?:the\s+)?(?:(?:Northern|Southern|Eastern|Western|Middle|Central)\s+)?District$", re.I)
_OF_NAME = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")
_TITLES = {"rev", "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "sgt", "lt", "col", "capt", "hon", "sr", "sra"}  # "Rev", "MR"
# A title just before a name makes it a person's ("Secretary Austin", "President Obama", "Del. Nicole Williams"), and
# so does being spoken to ("Go ahead, Mary.", "Thank you, Kamala —"): a place is neither.
_TITLE_BEFORE = re.compile(
    r"\b(?:President|Vice\s+President|Senator|Sen\.|Representative|Rep\.|Congressman|Congresswoman|Delegate|Del\.|Governor|"
    r"Gov\.|Lt\.\s+Gov\.|Mayor|Secretary|Director|Administrator|Ambassador|Minister|Chancellor|Judge|Justice|Chairman|"
    r"Chairwoman|Chair|Speaker|Leader|Mr\.?|Mrs\.?|Ms\.?|Dr\.|Officer|Deputy|Sheriff|Detective|Agent|Sgt\.|Sergeant|Lt\.|"
    r"Lieutenant|Capt\.|Captain|Col\.|Colonel|Gen\.|General|Admiral|Adm\.|Pope|Commissioner|Superintendent|Trooper|"
    r"Prosecutor|Coach|Reverend|Rev\.|Pastor|Rabbi|Bishop|Cardinal|Presidente|Senador|Senadora|Gobernador|Gobernadora|"
    r"Alcalde|Alcaldesa|Ministro|Ministra|Fiscal|Juez|Jueza|Señor|Señora|Sr\.|Sra\.)"
    r"(?:\s+(?:of|de)(?:\s+the)?\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})?\s+$")  # "Secretary of Defense Austin"
_SPOKEN_TO = re.compile(r"(?:\b(?:[Gg]o ahead|[Tt]hank you|[Tt]hanks|[Yy]es|[Hh]i|[Hh]ello|[Oo]kay|[Ss]orry|[Pp]lease),\s*)$")
_SPOKEN_TO_AFTER = re.compile(r"\s*(?:[.?!,;:—–]|-\s)")
# A name that is a whole sentence of its own, as a briefing calls on a reporter ("Shelby.", "Nadia."); a name beside
# the speaker ("Kamala and I", "Jill and me"), or chanted; a single word after "the" ("the Summit", "the Alliance", "Special Agent in
# Charge" aside): none is a place, unless a country's, a big state's or one whose name has "The" ("the Hague").
_CALLED_ON_BEFORE = re.compile(r"(?:^|[.!?]\s+|\n[ \t]*\n\s*)$")  # after a sentence or a blank line, not a line wrap
_CALLED_ON_AFTER = re.compile(r"\.(?:\s*\n|\s+(?:Q\b|[A-Z][A-Z]+[.:]?\s))")
_WITH_ME = re.compile(r"\s+and\s+(?:I|me|my)\b")
_CHANT_BEFORE = re.compile(r"(?:AUDIENCE:|!)\s*$")  # "AUDIENCE:  Kamala!  Kamala!"
_THE_NAME = re.compile(r"\bthe\s+$")
# ... where the name is the head of its phrase ("the Alliance.", "the Summit will"), not a town's name before a noun ("the
# Athens-Clarke County jail", "the Chicago area").
_HEAD_ENDS = re.compile(r"(?:['’]s\b|[.,;:!?)\"”]|\s+(?:is|was|will|would|has|had|and|of|to|in|on|for|at|with|that|which)\b)")
# Regions the index holds no area for, whose names only its namesake towns and neighbourhoods carry: not those.
_REGIONS_NOT_HELD = {fold(n) for n in ("Near East", "Far East")}


_SURNAME_SUFFIXED = re.compile(r"\s[A-Z][\w'’-]+,?\s(?:Jr|Sr)\.|\s[A-Z][\w'’-]+\sI{2,3}\b")  # "… Pascual Jr.", "… Smith III"


def _in_a_name(text: str, start: int, end: int, surface: str, persons: set[str], person_ends: list[int], index: PlaceIndex,
               person_starts: frozenset[int] = frozenset()) -> bool:
    """Whether a toponym is a word of a person's name: it continues a person's name the model cut short ("Jesus
    Alberto" + "Golding Escalona"), it is the given name before one ("Orlando" of "Orlando Pascual Jr.": a name
    the model gives, or a surname with its suffix), or it
    is a word of a person's full name the text gives, used alone and uncued ("Oakley may have been…" where the
    text names Roy Lynn Oakley). Not a country, state or continent, nor a town given its state ("the people of
    Jackson, Mississippi")."""
    if any(p.kind in ("country", "admin1", "continent") for p in index.lookup(surface)) or re.match(r",\s*[A-Z]", text[end : end + 3]):
        return False
    continues = any(e <= start and re.fullmatch(r"(?:\s+[A-ZÁÉÍÓÚÑ][\wáéíóúñ'’-]*)*\s+", text[e:start]) for e in person_ends)
    given = text.startswith(" ", end) and (end + 1 in person_starts or bool(_SURNAME_SUFFIXED.match(text, end)))
    return continues or given or fold(surface) in persons and not _cued(text, start, end)


def _not_a_place_word(text: str, start: int, end: int, surface: str, label: str, index: PlaceIndex) -> bool:
    """A span no reader takes for a place: no capital letter in it ("cacao"), a generic word alone ("the South", "on
    Earth"), or a name a title comes before or that is spoken to ("Secretary Austin", "Go ahead, Nancy.") unless it
    is a country's or a state's ("President Biden in Ohio" is not at issue: the title comes before the person)."""
    if label == "NORP":
        return False
    if (not any(ch.isupper() for ch in surface) or fold(surface) in _GENERIC_WORDS) and not any(p.id < 0 for p in index.lookup(surface)):
        return True  # ... but "southern border" is a curated region
    before = text[max(0, start - 60) : start]
    if _TITLE_BEFORE.search(before) or (_SPOKEN_TO.search(before) and _SPOKEN_TO_AFTER.match(text, end)) \
            or (_CALLED_ON_BEFORE.search(before) and _CALLED_ON_AFTER.match(text, end)) or _WITH_ME.match(text, end) \
            or (_CHANT_BEFORE.search(before) and text.startswith("!", end)):
        return not any(p.kind in ("country", "continent") or p.kind == "admin1" and p.population >= 500_000 for p in index.lookup(surface))
    if _KIN_BEFORE.search(before) and re.match(r"\s*[,.;)]", text[end : end + 2]):
        return True  # "her daughter, Brittany,": a person whatever the name ("his son, Jordan,")
    if _THE_NAME.search(before) and " " not in surface and _HEAD_ENDS.match(text, end):  # "the Summit": only a town would be
        return all(p.kind in ("city", "admin2") and not fold(p.name).startswith("the ") for p in index.lookup(surface))  # wrong
    return False


def _name_goes_on(text: str, start: int, end: int, index: PlaceIndex) -> bool:
    """A name that goes on past the span is not the place the span spells: "US$" is a currency; "Wal-Mart" and
    "Coca-Cola" are firms. A big place's name before a hyphen stays one ("Athens-Clarke County", "Miami-Dade")."""
    if text.startswith("$", end):
        return True
    return bool(re.match(r"-[A-ZÁÉÍÓÚÑ]", text[end : end + 2])) and not any(
        p.population >= 100_000 or p.kind in ("country", "admin1") for p in index.lookup(text[start:end]))


_HYPHEN_PART = re.compile(r"-[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+")


def _hyphenated(text: str, start: int, end: int, index: PlaceIndex) -> int | None:
    """Where a hyphenated place name the span begins ends, if the index knows it with or without "County"."""
    part = _HYPHEN_PART.match(text, end)
    if not part:
        return None
    name = text[start : part.end()]
    return part.end() if index.lookup(name) or index.lookup(name + " County") else None


_WRAPPED_PART = re.compile(r"[ \t\u00a0]*\n\s*(?P<word>[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+(?:\s+[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+)?)")


def _wrapped(text: str, start: int, end: int, index: PlaceIndex) -> int | None:
    """Where a place name the span begins ends, when a line break of hard-wrapped text parts it from its last
    word or two ("Guantanamo\n    Bay") and the index knows the whole name."""
    part = _WRAPPED_PART.match(text, end)
    if not part:
        return None
    words = part.group("word").split()
    for n in range(len(words), 0, -1):
        name = " ".join([text[start:end], *words[:n]])
        if any(p.kind != "city" or p.population >= 5_000 for p in index.lookup(name)):
            return part.start("word") + len(" ".join(words[:n])) if n == 1 else part.end("word")
    return None


def _after_hyphen(text: str, start: int, end: int, index: PlaceIndex) -> bool:
    """The second half of a hyphenated name ("Clarke" of "Athens-Clarke") is no place of its own, unless it is a
    country, a state or a big city ("the U.S.-Mexico border", "Dallas-Fort Worth")."""
    return start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha() and not any(
        p.population >= 100_000 or p.kind in ("country", "admin1") for p in index.lookup(text[start:end]))


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def find_toponyms(text: str, ents, persons: set[str], index: PlaceIndex) -> list[Toponym]:
    """Toponym spans in a document, from its entities (``(start, end, label)``;
    gazetteer entities are never toponyms) and its dateline."""
    spans: dict[tuple[int, int], Toponym] = {}
    dateline = find_dateline(text)
    if dateline:
        (ds, de), parent = dateline
        if both := re.fullmatch(r"(.+?)\s+(?:AND|Y)\s+(.+)", text[ds:de]):  # "WASHINGTON AND PENSACOLA, Fla. –": two places
            spans[(ds, ds + both.end(1))] = Toponym(ds, ds + both.end(1), both.group(1), "dateline")
            ds += both.start(2)
        spans[(ds, de)] = Toponym(ds, de, text[ds:de].strip(), "dateline")
        if parent:
            spans[parent] = Toponym(*parent, text[parent[0] : parent[1]], "dateline")
    table = demonyms()
    person_ends = [e for _, e, label in ents if label in ("PERSON", "PER")]
    person_starts = frozenset(s for s, _, label in ents if label in ("PERSON", "PER"))
    places_found = [(s, e) for s, e, label in ents if label in TOPONYM_LABELS]
    for start, end, label in ents:
        if label not in _GAZETTEER and (joined := _hyphenated(text, start, end, index) or _wrapped(text, start, end, index)):
            end, label = joined, "GPE"  # "Miami-Dade", "Guantanamo\n    Bay": one place the model cut at a hyphen or a line break
        if label in _GAZETTEER or _inside(start, end, list(spans)) or _name_goes_on(text, start, end, index) or _after_hyphen(text, start, end, index):
            continue
        surface = text[start:end]
        if fold(surface).rstrip(".") in _TITLES or fold(surface) in _REGIONS_NOT_HELD or _in_a_name(text, start, end, surface, persons, person_ends, index, person_starts):
            continue  # "the Middle East" is no Baltimore neighbourhood; "Escalona" of Jesus Alberto Golding Escalona
        if _not_a_place_word(text, start, end, surface, label, index) or dedicated(text, start, end):
            continue  # ... nor a saint a church is named after ("the church of St. Peter and St. Paul")
        if len(surface.rstrip(".")) <= 4 and (title := re.match(r"\.?\s+", text[end : end + 4])) and end + title.end() in person_starts \
                and not any(fold(p.name) == fold(surface) for p in index.lookup(surface)):
            continue  # "Maryland State Del. Nicole Williams": a title ("Sioux City, Iowa. Murphy is…" is Iowa)
        if _PART_OF.match(surface) and _OF_NAME.match(text, end):
            continue  # "the Northern District of Florida": a court's district, a part of Florida, not Israel's Northern District
        if (inner := place_within(surface, index) if label == "ORG" else _seat_within(surface)) is not None \
                and fold(seat := surface[inner[0] : inner[1]]) not in persons and any(p.kind != "city" or p.population >= 5_000 for p in index.lookup(seat)):
            a, b = start + inner[0], start + inner[1]
            spans[(a, b)] = Toponym(a, b, seat, "reclassified", cued=True, countries=court_countries(surface))
            continue  # "Wyandotte County District Court", "the District of Maryland": no place, but named after one
        if label in TOPONYM_LABELS:
            start = longer_name_before(text, start, end, index)  # "Salt" + "Lake City", "People's Republic of" + "China"
            for cut in [se for se in spans if start <= se[0] and se[1] <= end]:
                del spans[cut]  # "United States" of "United States of America"
            spans[(start, end)] = _named_toponym(text, start, end, index)
        elif label == "NORP" and fold(surface) in table:
            spans[(start, end)] = Toponym(start, end, surface, "demonym", country_hint=table[fold(surface)])
        elif label in CANDIDATE_LABELS and _may_be_place(surface, persons, index, cued := _cued(text, start, end), label) \
                and not (label in ("PERSON", "PER") and _listed_with_person(text, start, end, person_starts, person_ends)
                         and not (_listed_after_place(text, start, places_found) and not _full_name_after(text, end, person_starts, person_ends))):
            spans[(start, end)] = Toponym(start, end, surface, "reclassified", cued=cued, local=bool(_PLACE_AFTER.match(text, end, end + 30)))
        elif label in MISLABELLED and _known_by_name(surface, persons, index):
            spans[(start, end)] = Toponym(start, end, surface, "reclassified", local=bool(_PLACE_AFTER.match(text, end, end + 30)))
    _add_abbreviations(text, spans, index)
    ordered = _joined_names(text, sorted(spans.values(), key=lambda t: t.start), index)
    return _link_parents(text, ordered)


def _named_toponym(text: str, start: int, end: int, index: PlaceIndex) -> Toponym:
    """A place name read with the words around it: a division's cue, a town's, a list of counties it is in."""
    return Toponym(start, end, _county_name(text, end, text[start:end], index), "ner", admin=_admin_cued(text, start, end, index),
                   local=bool(_PLACE_AFTER.match(text, end, end + 30)))


def _admin_cued(text: str, start: int, end: int, index: PlaceIndex) -> bool:
    """Words that make the name a division's: "the state of Aragua", "provincia de Lima", "Aydin province"."""
    if _ADMIN_CUE.search(text[max(0, start - 30) : start]):
        return True
    after = _ADMIN_CUE_AFTER.match(text[end : end + 12])
    return bool(after) and (not after.group("title") or any(p.kind == "admin1" and fold(p.name) == fold(text[start:end]) for p in index.lookup(text[start:end])))


def _add_abbreviations(text: str, spans: dict[tuple[int, int], Toponym], index: PlaceIndex) -> None:
    """A state's or a country's short form after a toponym and a comma ("Aurora, Colo.", "COLUMBIA, Ky."), added."""
    for (start, end), top in list(spans.items()):
        match = _ABBREVIATION_AFTER.match(text[end : end + 12])
        if match and top.source != "demonym":
            a, b = end + match.start("abbr"), end + match.end("abbr")
            if not _inside(a, b, list(spans)) and any(p.kind in ("admin1", "country") for p in index.lookup(match.group("abbr"), abbreviations=True)):
                spans[(a, b)] = Toponym(a, b, match.group("abbr"), "abbreviation")


# Names listed before the word "counties": "Camden and Charlton counties", "Clarke, Madison, Oconee and Oglethorpe counties".
_COUNTIES_AFTER = re.compile(r"(?:(?:,\s*(?:and\s+)?|\s+and\s+)[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)?)*,?\s+counties\b")


def _county_name(text: str, end: int, surface: str, index: PlaceIndex) -> str:
    """The name to look up: "X County" for a name in a list of counties ("Camden and Charlton counties") or one a
    hyphen joins the index does not know ("Miami-Dade"); else the name as written."""
    county = surface + " County"
    if (_COUNTIES_AFTER.match(text, end) or "-" in surface and not index.lookup(surface)) and index.lookup(county):
        return county
    return surface


def toponyms_at(text: str, given: list[tuple[int, int]], index: PlaceIndex) -> list[Toponym]:
    """Toponyms at spans found elsewhere (a gold standard's), read as ``find_toponyms`` reads its own: a dateline's
    place, a demonym, a division's cue ("the province of Aydin"), a town's ("a Richmond man"), and the state
    abbreviations after them, which are added (so the list may be longer than ``given``; match them by span)."""
    table, dateline = demonyms(), find_dateline(text)
    at_dateline = {dateline[0], *([dateline[1]] if dateline[1] else [])} if dateline else set()
    spans: dict[tuple[int, int], Toponym] = {}
    for start, end in given:
        surface = text[start:end]
        if fold(surface) in table:
            spans[(start, end)] = Toponym(start, end, surface, "demonym", country_hint=table[fold(surface)])
        elif (start, end) in at_dateline:
            spans[(start, end)] = Toponym(start, end, surface, "dateline")
        else:
            spans[(start, end)] = _named_toponym(text, start, end, index)
    _add_abbreviations(text, spans, index)
    return _link_parents(text, sorted(spans.values(), key=lambda t: t.start))


def _joined_names(text: str, tops: list[Toponym], index: PlaceIndex) -> list[Toponym]:
    """"the United States of America", "Republic of Korea", "Newfoundland and Labrador": two spans the model cut
    at "of" or "and" that together are a country's or a state's name become one."""
    out: list[Toponym] = []
    for top in tops:
        prev = out[-1] if out else None
        if prev is not None and re.fullmatch(r"\s+(?:of|and|&)\s+(?:the\s+)?", text[prev.end : top.start]) and "demonym" not in (prev.source, top.source):
            name = text[prev.start : top.end]
            if any(p.kind in ("country", "admin1") for p in index.lookup(name)):
                out[-1] = Toponym(prev.start, top.end, name, "ner")
                continue
        out.append(top)
    return out


_GAZETTEER = set(LABELS.values())  # names the gazetteer owns are never toponyms
# Words that make a name a place whatever the model called it: a preposition of place before it ("a home invasion
# in Newberry on Friday"), or after it the word for someone living there or for its local force ("a Gainesville
# man", "Gainesville police", "Anderson County").
_PLACE_BEFORE = re.compile(r"\b(?:in|near|outside|en|cerca\s+de)\s+$")
_PLACE_AFTER = re.compile(r"(?:,\s*[A-Z][a-z]{0,5}\.(?:\s?[A-Z][a-z]?\.)?,?)?\s+(?:man|woman|men|women|residents?|teens?|teenager|"
                          r"boy|girl|couple|police|Police|County|city|Sheriff)\b")


# What parts two items of a list: a comma, "and", "or" (Spanish "y", "e", "o"), or a comma and one of them.
_SEPARATOR = r"\s*(?:,\s*(?:(?:and|or|y|e|o)\s+)?|\s(?:and|or|y|e|o)\s+)"


def _listed_with_person(text: str, start: int, end: int, person_starts: set[int], person_ends: list[int]) -> bool:
    """A name the model calls a person, listed beside another person's name ("Blackburn, Whitehouse, and Kennedy"):
    a person, whatever town bears the name (unless ``_listed_after_place``)."""
    before = any(_NAMES_BETWEEN.fullmatch(text[e:start]) for e in person_ends if e < start and start - e <= 40)
    after = any(_NAMES_BETWEEN.fullmatch(text[end:s]) for s in person_starts if s > end and s - end <= 40)
    return before or after


_WHERE_BEFORE = re.compile(r"\b(?:in|across|throughout|within|to|into|from|en|a|hacia|desde)\s+(?:the\s+|el\s+|la\s+)?$", re.I)


def _listed_after_place(text: str, start: int, places: list[tuple[int, int]]) -> bool:
    """Whether a name comes in a list that a preposition of place opens with a place the model found ("in Lima, Santiago
    and Bogotá", "en Lima, Santiago y Bogotá"): a list of places, whose later names the model took for people."""
    return any(e < start and _NAMES_BETWEEN.fullmatch(text[e:start]) and _WHERE_BEFORE.search(text, max(0, s - 12), s) for s, e in places)


def _full_name_after(text: str, end: int, person_starts: set[int], person_ends: list[int]) -> bool:
    """Whether a person's full name comes later in the list ("grew up in Tucson, Marion and Chester Smith said"): a list
    of people after all, that only began after a place."""
    return any(_NAMES_BETWEEN.fullmatch(text[end:s]) and any(e > s and " " in text[s:e] for e in person_ends if e - s <= 40)
               for s in person_starts if end < s <= end + 40)


# Between two names of one list: separators, and maybe more names ("Blackburn, Whitehouse, and Kennedy").
_NAMES_BETWEEN = re.compile(rf"(?:\s*,\s*(?:(?:and|or)\s+)?[A-Z][\w'’-]+)*{_SEPARATOR}")


def _cued(text: str, start: int, end: int) -> bool:
    return bool(_PLACE_BEFORE.search(text, max(0, start - 14), start) or _PLACE_AFTER.match(text, end, end + 30)) \
        and not text.startswith(("'s", "’s"), end) and not _PROCEEDING_AFTER.match(text, end)


# A name before a word for a person's court case is the person's, whatever comes before it: "new twist in Fairfield
# hearing", "jury selected in Smith trial" (a headline's "the Fairfield hearing")
_PROCEEDING_AFTER = re.compile(r"\s+(?:hearing|trial|sentencing|verdict|arraignment|plea|appeal|retrial|case|defen[cs]e)s?\b")


def _may_be_place(surface: str, persons: set[str], index: PlaceIndex, cued: bool = False, label: str = "") -> bool:
    """A name the model called a person or organization that is really a place? A cued one ("in Newberry")
    may be a small town; an uncued one must be a country, a state or a city of 20,000 people."""
    if not _name_shaped(surface, persons):
        return False
    least = 5_000 if cued else 20_000  # what the model calls an organization, a town only by its own name or a great city by
    # any (Topeka's month as "Google" makes no company a place; "Nueva York" is one)
    return any(p.kind in ("country", "admin1", "site") or p.population >= least and (
        label != "ORG" or fold(p.name) == fold(surface) or p.population >= 1_000_000) for p in index.lookup(surface))


_LIST_GAP = re.compile(rf"{_SEPARATOR}(?:the\s+|el\s+|la\s+)?")


_COUNTY_WORD = re.compile(r"\s(?:County|Parish)$")  # what holds a county is a state: "Washington County, Washington"


def _link_parents(text: str, tops: list[Toponym]) -> list[Toponym]:
    """"Aurora, Colorado": the second contains the first (or follows it in a list, which the resolver tells by
    finding nothing of the one inside the other); "Montana and Wyoming", "Peru, Chile": one list."""
    out = list(tops)
    for i in range(len(out) - 1):
        gap = text[out[i].end : out[i + 1].start]
        if gap.strip() in (",", "(") and out[i + 1].source != "demonym":
            out[i] = replace(out[i], parent=i + 1)
            out[i + 1] = replace(out[i + 1], container=True, admin=out[i + 1].admin or bool(_COUNTY_WORD.search(out[i].text)))
        if _LIST_GAP.fullmatch(gap) and "demonym" not in (out[i].source, out[i + 1].source):
            out[i + 1] = replace(out[i + 1], listed_after=i)
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
