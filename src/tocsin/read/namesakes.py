"""Namesakes: what a place name's candidates say of one another, before the text has its say.

Which candidates bear the name as their own, not as an alternate name (Swainsboro, Georgia, was once called Paris);
the world city a small namesake yields to; the first-level divisions where a town name has namesakes; a division
named like a city of its country, or like its capital, and the city it holds. places.py weighs these with the
text's evidence.
"""

from __future__ import annotations

from ..models import Place
from .placedb import fold
from .placenames import _capitals, _short_forms
from .toponyms import Toponym

MAX_CANDIDATES = 60


def bearers_of(top: Toponym, places: list[Place]) -> list[Place]:
    """The places that bear a toponym's name as their own, not as one of their alternate names."""
    name = _short_forms(top.text)
    return [p for p in places if _short_forms(p.name) == name]


def namesake_regions(found: list[Place], name: str) -> frozenset:
    """The first-level divisions where a town name has a namesake (among its leading candidates; places that bear
    it as their own name where any does: Swainsboro, Georgia, once called Paris, is no Paris); none for a name that
    is also a country's, a state's or a continent's ("Florida", "Washington"): that is no town name."""
    if any(p.kind in ("country", "admin1", "continent") for p in found):
        return frozenset()
    found = [p for p in found if fold(p.name) == fold(name)] or found
    found = sorted(found, key=lambda p: (p.id > 0, -p.population))[:MAX_CANDIDATES]
    return frozenset(p.admin1_key for p in found if p.kind in ("city", "admin2") and p.admin1_key)


def yields_to_city(top: Toponym, place: Place, rivals: list[Place]) -> bool:
    """A division named like a city of its country is usually the city when the city holds half its people
    (capital districts: Lima, Bogotá, Mexico City), or a tenth when the division only matched through an alias
    (and see ``city_within``). "New York" (the city's own name is "New York City") and "Oklahoma" stay the state."""
    share = 0.1 if fold(place.name) != fold(top.text) else 0.5
    return any(r.kind == "city" and r.country == place.country and r.population >= share * place.population for r in rivals)


def city_within(top: Toponym, place: Place, rivals: list[Place]) -> Place | None:
    """The city inside a first-level division that bears the division's name as its own and holds 15 % of its
    people: the name means the city (Zürich, Rio de Janeiro, São Paulo, Gaza), and the division's claim against
    namesakes elsewhere is the city's (Gaza's over Mozambique's Gaza province)."""
    if place.kind != "admin1" or top.admin:
        return None
    return next((r for r in rivals if r.kind == "city" and r.admin1_key == place.admin1_key and fold(r.name) == fold(top.text)
                 and r.population >= 0.15 * place.population), None)


def world_city(top: Toponym, found: list[Place]) -> Place | None:
    """The biggest of the candidates that bears the name as its own and is a world city (a national capital or a
    city of a million): a town named like it, a hundred times smaller, yields to it."""
    capitals, name = _capitals(), fold(top.text)
    cities = [p for p in found if p.kind == "city" and (p.population >= 1_000_000 or capitals.get(p.country) == name) and fold(p.name) == name]
    return max(cities, key=lambda p: p.population, default=None)


def yields_to_capital(top: Toponym, place: Place, rivals: list[Place]) -> bool:
    """A division named like its country's capital is the capital unless the text says the division ("Washington"
    is the federal capital; "Washington state", "Spokane, Washington" and a story set among its towns say the
    state: the context still outweighs this)."""
    capital = _capitals().get(place.country)
    return capital == fold(top.text) and any(r.kind == "city" and r.country == place.country and fold(r.name) == capital for r in rivals)


def dateline_city(top: Toponym, place: Place, rivals: list[Place]) -> bool:
    """A dateline that stands alone names a big city, never a state: "WASHINGTON –" on a federal release is the
    capital, "NEW YORK (AP) —" the city (a town in Washington State is datelined "SPOKANE, Wash.")."""
    return top.source == "dateline" and top.parent is None and not top.container and any(
        r.kind == "city" and r.country == place.country and r.population >= 500_000 for r in rivals)
