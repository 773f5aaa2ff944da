"""Places in the real-text scorer: whether tocsin's place is the annotated one (events' places; the English place
set's forms and referents, docs/annotation.md §6.1; the Spanish documents' places). Used by score.py.
"""

from __future__ import annotations

import json
import re

from common import ANNOTATIONS, slug

PLACE_ANNOTATIONS = ANNOTATIONS / "places"
PLACE_SECOND = "ann-z"  # the second annotator of the place set's double documents


def place_gold() -> dict[str, list[dict]]:
    """Each English place-set document's places (§6.1): adjudicated, else its first annotator's, else the second's."""
    found: dict[str, tuple[int, list]] = {}
    for path in sorted(PLACE_ANNOTATIONS.glob("*/*.json")):
        rank = 0 if path.parent.name == "adjudicated" else 2 if path.parent.name == PLACE_SECOND else 1
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("key") and (data["key"] not in found or rank < found[data["key"]][0]):
            found[data["key"]] = (rank, data.get("places") or [])
    return {k: v for k, (_, v) in found.items()}


def _place_right(place, gp: dict | None) -> bool:
    """Both empty; or the same country, and the same place or one inside the annotated country or first-level division
    (§9: "a place inside yours"; ``_inside_division``). The annotator's name
    is the system's place when it is one of that place's names in the index ("Montreal" for Montréal, "Guangxi" for
    Guangxi Zhuangzu Zizhiqu). A name the annotator qualified ("Richmond, Kentucky", "Powhatan County, Virginia",
    "Edmonton, Queensland") is the same place when the first part names it (a county with or without the word) and,
    for a first-level division given, the division agrees."""
    import pycountry

    if place is None or gp is None:
        return place is None and gp is None
    if place.country != gp.get("country"):
        return False
    country = pycountry.countries.get(alpha_2=gp.get("country") or "")
    names = {slug(country.name), slug(getattr(country, "common_name", ""))} if country else set()
    gold_name = gp.get("name") or ""
    if _names(place, gold_name) or slug(gold_name) in names:
        return True
    if place.country == "US" and place.admin1 == "DC" and _the_district(gp):
        return True  # the District of Columbia and the city of Washington are one place, under two GeoNames ids
    if _inside_division(place, gold_name):
        return True  # §9: "a place inside yours": Houston for an annotated Texas
    if _inside_county(place, gold_name):
        return True  # §9 again: Independence for an annotated "Jackson County, Missouri"
    first, _, qualifier = gold_name.partition(",")
    if not qualifier or (_bare(place.name) != _bare(first) and not _names(place, first)):
        return False
    return _in_division(place, qualifier.strip())


def _names(place, name: str) -> bool:
    """Whether a written name is the place: equal once accents and case are folded, or a name the index gives it when
    it is the likeliest place of that name in its country (the most populous), so that "Montreal" is Montréal and
    "Guangxi" Guangxi Zhuangzu Zizhiqu, but "Washington" is not Washington County, Alabama, nor "Springfield" Powder
    Springs, which the index also files under those names."""
    from tocsin.read.placedb import fold, place_index

    if not name:
        return False
    if fold(place.name) == fold(name):
        return True
    found = [p for p in place_index().lookup(name) if p.country == place.country]
    return bool(found) and max(found, key=lambda p: p.population or 0).id == place.id


_NAMESAKE_CITY = 100_000  # a town this large of a division's name anywhere in its country makes the name ambiguous


_AREAS = ("country", "admin1", "admin2", "region", "continent")


def _inside_division(place, name: str) -> bool:
    """Whether tocsin's place lies inside the first-level division the annotator named ("Texas" for Houston; §9: the
    same place or a place inside the annotated one). The name must denote the division and nothing else: not when a
    town of that name, of any size, lies inside the division ("Sonsonate", "Trujillo" in Venezuela, "Tlaxcala",
    "Comayagua": the annotator may have meant the town, which Izalco, Valera, Apizaco or Siguatepeque is not),
    nor when a town of 100,000 or more is found for the name anywhere in the country ("New York", "Washington")."""
    from tocsin.read.placedb import fold, place_index

    if not name or not place.admin1 or place.kind in ("country", "admin1", "region", "continent"):
        return False
    found = [p for p in place_index().lookup(name) if p.country == place.country]
    divisions = [p for p in found if p.kind == "admin1"]
    if len(divisions) != 1:
        return False
    division, others = divisions[0], [p for p in found if p.kind != "admin1"]
    if any((p.population or 0) >= _NAMESAKE_CITY for p in others):
        return False  # "New York City", "Washington" (D.C.)
    # a town inside bearing the name itself, not one the index finds for it ("Sinaloa de Leyva"), nor a municipality
    if any(p.admin1 == division.admin1 and p.kind not in _AREAS and fold(p.name) == fold(name) for p in others):
        return False
    return division.admin1 == place.admin1


def _inside_county(place, name: str) -> bool:
    """Whether tocsin's U.S. town lies in the county the annotator named ("Jackson County, Missouri" for
    Independence), by the postal records of the index (a town of several counties lies in each); a state written
    after the county must be the town's."""
    from tocsin.read.placedb import fold, place_index

    county, _, qualifier = name.partition(",")
    if place.country != "US" or place.kind not in ("city", "site") or not re.search(r" (?:County|Parish)$", county.strip()):
        return False
    if qualifier.strip() and not _in_division(place, qualifier.strip()):
        return False
    return fold(county.strip()) in place_index().us.counties(place.admin1, fold(place.name))


def _in_division(place, qualifier: str) -> bool:
    """Whether a place lies in the first-level division the annotator wrote after its name ("Kentucky", "Ky.",
    "Queensland"); a qualifier that names no division of the place's country (a county, a region) is not checked."""
    import pycountry

    from tocsin.read.placedb import fold, place_index

    named = [p for p in place_index().lookup(qualifier, abbreviations=True) if p.kind == "admin1" and p.country == place.country]
    if named:
        return any(p.admin1 == place.admin1 for p in named)
    divisions = {fold(s.name) for s in pycountry.subdivisions.get(country_code=place.country) or []}
    division, _ = place_index().subdivision(place.country, place.admin1)
    return fold(qualifier) not in divisions or bool(division and fold(division) == fold(qualifier))


def _the_district(gp: dict) -> bool:
    """An annotated place that is Washington, D.C. ("Washington, D.C.", or "Washington" written "District of Columbia")."""
    name, written = slug(gp.get("name")), slug(gp.get("text"))
    return name in ("washington-d-c", "washington-dc", "district-of-columbia") or (
        name == "washington" and any(w in written for w in ("columbia", "d-c")))


def _bare(name: str) -> str:
    return re.sub(r"-(?:county|parish|city|borough)$", "", slug(name))


def score_places(body: str, ann, gold_places: list[dict], scores) -> None:
    places = {p.key: p for p in ann.places}
    system = {}
    for m in ann.mentions:
        if m.kind == "place" and m.key in places:
            system.setdefault(m.text.lower(), places[m.key].country)
    gold_forms = {(g.get("text") or "").lower(): g.get("country") for g in gold_places if g.get("text")}
    scores.places.sys_total += len(system)
    scores.places.sys_right += sum(1 for form in system if form in gold_forms)
    scores.places.gold_total += len(gold_forms)
    scores.places.gold_found += sum(1 for form in gold_forms if form in system)
    for form, country in gold_forms.items():
        if form in system:
            scores.place_country[1] += 1
            scores.place_country[0] += system[form] == country


def _form(surface: str) -> str:
    """A written form as the place scorer compares it: spacing and quotes evened, a leading "the" and a final period
    dropped; case kept ("WASHINGTON –" and "Washington" are two forms)."""
    surface = " ".join(surface.replace("’", "'").split())
    surface = re.sub(r"^(?:the|The|THE)\s+", "", surface)
    return surface[:-1] if surface.endswith(".") and surface.count(".") == 1 else surface


_LOCAL = {"city", "admin2", "district", "other", "water"}


def admin1_of(g: dict) -> str:
    return g.get("admin1") or ""


def place_right(place, g: dict) -> bool:
    """Whether tocsin's place is the annotated one: continents and regions by name; otherwise the same country, the
    same level (country, first-level division, or anything below), a U.S. place in the annotated state, and a
    place below a state sharing a word of its name with the annotated name."""
    from tocsin.read.placedb import fold

    kind, name = g.get("kind"), fold(g.get("name") or "")
    if place.kind in ("continent", "region") or kind in ("continent", "region") or not g.get("country"):
        from tocsin.read.placedb import place_index

        named = fold(place.name) in (name, fold(g.get("text") or "")) or place in place_index().lookup(g.get("text") or "")
        return place.kind in ("continent", "region") and kind in ("continent", "region", "water", "other") and named \
            and (not g.get("country") or g["country"] == place.country)
    if place.country != g["country"]:
        return False
    if g.get("admin1") == "US-DC":  # the District is its city: "D.C." as Washington or as the District, both right
        return place.admin1 == "DC"
    if kind == "admin1" and place.kind == "country" and not admin1_of(g).startswith(place.country + "-"):
        return True  # Puerto Rico: a territory with its own country code, which annotators give either way
    if kind in ("country", "admin1"):
        return place.kind == kind
    if place.kind not in ("city", "admin2", "site"):
        return False
    admin1 = g.get("admin1") or ""
    if place.country == "US" and admin1.startswith("US-") and place.admin1 != admin1[3:]:
        return False
    return bool({w for w in fold(place.name).split() if len(w) > 2} & {w for w in name.split() if len(w) > 2})


def place_forms(gold_places: list[dict]) -> tuple[dict[str, list[dict]], set[str]]:
    """The annotated written forms a scorer counts, each with its referents, and the forms it ignores: those the
    annotator lists only inside a longer name ("Texas" of "the Southern District of Texas") or only as unsure
    (streets, readings the annotator doubted)."""
    forms: dict[str, list[dict]] = {}
    for g in gold_places:
        if g.get("text"):
            forms.setdefault(_form(g["text"]), []).append(g)
    ignored = {f for f, gs in forms.items() if all(g.get("inside_name") or g.get("unsure") for g in gs)}
    return {f: gs for f, gs in forms.items() if f not in ignored}, ignored


def score_places_en(ann, gold_places: list[dict], scores) -> None:
    """Places of an English place-set document: detection per written form, then resolution. Demonyms (tocsin's NORP
    place mentions) are not places under the guideline and are left out, and so are the forms the annotator
    ignores (place_forms)."""
    places = {p.key: p for p in ann.places}
    system: dict[str, object] = {}
    for m in ann.mentions:
        if m.kind == "place" and m.key in places and m.label != "NORP":
            system.setdefault(_form(m.text), places[m.key])
    wanted, ignored = place_forms(gold_places)
    counted = {f: p for f, p in system.items() if f not in ignored}
    scores.places_en_docs += 1
    scores.places_en.sys_total += len(counted)
    scores.places_en.sys_right += sum(1 for f in counted if f in wanted)
    scores.places_en.gold_total += len(wanted)
    scores.places_en.gold_found += sum(1 for f in wanted if f in counted)
    scores.places_en_right[1] += len(counted)
    scores.places_en_right[0] += sum(1 for f, p in counted.items() if f in wanted and any(place_right(p, g) for g in wanted[f]))
