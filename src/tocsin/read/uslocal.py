"""What U.S. local news says of its own place without naming a state: its phone numbers and its counties.

A small-town story names "Athens" and "Walker County" and gives a number to call; it rarely says "Texas".
Two facts from the U.S. postal data of the ``zipcodes`` package (MIT; ZIP records from
unitedstateszipcodes.org, USPS and GeoNames, CC BY 4.0) tell which Athens it is:

- the counties each town lies in ("Huntsville, TX" is in Walker County; Huntsville, Alabama is not), so a town and
  a county the text names together are read as the pair that fits;
- the area codes each town's ZIP codes use ("903" is East Texas), so "call 903-675-5454" votes for the towns that
  number reaches and, where one state holds nearly all of the code, for that state.

The tables are written into the place index when it is built (placedb.py) and read from it; this module holds the
recipe and the readings of the text.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

# A North American number as U.S. papers print it: "(903) 675-5454", "903-675-5454", "903.675.5454".
_PHONE = re.compile(r"(?<![\d-])\(?([2-9]\d\d)\)?[-.\s]{0,2}([2-9]\d\d)[-.](\d{4})(?![\d-])")
# Codes no place owns: toll-free and premium numbers, and the directory code.
_NOT_LOCAL = {"800", "888", "877", "866", "855", "844", "833", "822", "900", "555"}
DOMINANT = 0.8  # a state that holds this share of an area code's ZIP codes is the code's state
# A county as local text writes it, also inside an institution's name ("the Madison County Detention Center").
_COUNTY_NAMED = re.compile(r"\b((?:(?:St|Ste|Mt|Ft)\. )?[A-Z][a-z'’]+(?:[ -][A-Z][a-z'’]+)?) (County|Parish)\b")
_COUNTY_SUFFIX = re.compile(r"\s+(?:County|Parish|Borough|Census Area|Municipality|City and Borough)$")

SCHEMA = """
CREATE TABLE us_town_counties (state TEXT NOT NULL, town TEXT NOT NULL, county TEXT NOT NULL,
    PRIMARY KEY (state, town, county)) WITHOUT ROWID;
CREATE TABLE us_area_codes (code TEXT NOT NULL, state TEXT NOT NULL, town TEXT NOT NULL, zips INTEGER NOT NULL,
    PRIMARY KEY (code, state, town)) WITHOUT ROWID;
CREATE TABLE us_county_points (state TEXT NOT NULL, county TEXT NOT NULL, lat REAL NOT NULL, lon REAL NOT NULL,
    PRIMARY KEY (state, county)) WITHOUT ROWID;
"""


def county_base(name: str) -> str:
    """A county's name without its word: "Walker County" -> "Walker", "Orleans Parish" -> "Orleans"."""
    return _COUNTY_SUFFIX.sub("", name.strip())


def tables(fold) -> tuple[list, list, list]:
    """Rows for the three tables, from the package's ZIP records: (state, town, county) for every town a ZIP code
    names as its city or as an acceptable one, (area code, state, town, ZIP codes) and each county's mean point."""
    import zipcodes

    counties, codes, points = set(), Counter(), defaultdict(list)
    for z in zipcodes.list_all():
        if not z.get("county") or not z.get("state") or z.get("zip_code_type") == "MILITARY":
            continue
        state, county = z["state"], fold(z["county"])
        towns = {fold(t) for t in [z["city"], *(z.get("acceptable_cities") or [])] if t}
        for town in towns:
            counties.add((state, town, county))
            for code in z.get("area_codes") or ():
                codes[(code, state, town)] += 1
        if z.get("lat") and z.get("long"):
            points[(state, county)].append((float(z["lat"]), float(z["long"])))
    means = [(s, c, sum(p[0] for p in pts) / len(pts), sum(p[1] for p in pts) / len(pts)) for (s, c), pts in points.items()]
    return sorted(counties), sorted((c, s, t, n) for (c, s, t), n in codes.items()), sorted(means)


def area_codes(text: str) -> list[str]:
    """The local area codes of the phone numbers a text prints, each once, in order."""
    found = [m.group(1) for m in _PHONE.finditer(text)]
    return list(dict.fromkeys(c for c in found if c not in _NOT_LOCAL))


def counties_named(text: str) -> set[str]:
    """The counties a text writes out ("Walker County", "Orleans Parish"), in running text or inside an institution's
    name; of two capitalized words, the last alone too ("At Walker County" may be Walker's, "Paris-Henry County"
    Henry's)."""
    found = set()
    for m in _COUNTY_NAMED.finditer(text):
        found |= {f"{m.group(1)} {m.group(2)}", f"{re.split(r'[ -]', m.group(1))[-1]} {m.group(2)}"}
    return found


class USLocal:
    """Lookups in the index's U.S. tables (``conn``: the index's read-only connection)."""

    def __init__(self, conn):
        self._conn = conn
        self._counties: dict[tuple[str, str], frozenset[str]] = {}
        self._codes: dict[str, tuple[frozenset, str | None]] = {}

    def counties(self, state: str, town: str) -> frozenset[str]:
        """The folded names of the counties a folded town name of a state lies in ("walker county")."""
        key = (state, town)
        if key not in self._counties:
            rows = self._conn.execute("SELECT county FROM us_town_counties WHERE state = ? AND town = ?", key)
            self._counties[key] = frozenset(r[0] for r in rows)
        return self._counties[key]

    def area_code(self, code: str) -> tuple[frozenset, str | None]:
        """The (state, folded town) pairs an area code reaches, and its state where one holds nearly all of it."""
        if code not in self._codes:
            rows = self._conn.execute("SELECT state, town, zips FROM us_area_codes WHERE code = ?", (code,)).fetchall()
            by_state = Counter()
            for state, _, n in rows:
                by_state[state] += n
            total = sum(by_state.values())
            state, n = by_state.most_common(1)[0] if by_state else (None, 0)
            self._codes[code] = (frozenset((s, t) for s, t, _ in rows), state if total and n / total >= DOMINANT else None)
        return self._codes[code]

    def county_point(self, state: str, county: str) -> tuple[float, float] | None:
        row = self._conn.execute("SELECT lat, lon FROM us_county_points WHERE state = ? AND county = ?", (state, county)).fetchone()
        return (row[0], row[1]) if row else None
