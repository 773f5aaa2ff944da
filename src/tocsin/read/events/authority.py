"""Where a designation takes place: in the designating country (docs/annotation.md §2.4, "Designations: the
designating country").

A designation is an act of a government, and the places its sentence names are what it designates or where the
designated operate ("designated the Sinaloa Cartel, based in Culiacán", "I hereby designate Bolivia and
Venezuela"), not where it was done. The designating country is, in order: the place the actor is ("Colombia
designated…"), the one country of the agency the actor names ("the Department of the Treasury"), else the
country of the government whose site reports it, when nobody else is said to designate ("Designated cartels as
Foreign Terrorist Organizations" on whitehouse.gov; a .gob.mx release: Mexico's). A place the events already
have inside that country stays (it is finer).

A charge or a conviction is a step of a country's courts: one its sentence places nowhere, with an agency of one
country named there ("Department of Justice: 27 Members of Tren de Aragua Charged"), happened in that country
(``agencies_placed``). Arrests and seizures are not placed so: a country's agents make them abroad too.
"""

from __future__ import annotations

import re
from dataclasses import replace
from urllib.parse import urlsplit

from ...models import Annotations, Event, Place
from ...structure.genre import official_host
from ..gazetteer import load_gazetteer
from ..placedb import place_index

_NATIONAL = re.compile(r"\.(?:gov|mil)$", re.I)  # a government site with no country code: the United States'


def designations_placed(events: list[Event], ann: Annotations, url: str | None) -> tuple[list[Event], list[Place]]:
    """The events, each designation placed in its designating country, and the document's places with those
    countries added."""
    places = {p.key: p for p in ann.places}
    site = _site_country(url)
    out = []
    for e in events:
        if e.type == "designation" and e.happened:
            actor = [m for m in ann.mentions if e.actor_span and e.actor_span[0] <= m.start and m.end <= e.actor_span[1]]
            country = _authority(actor, places, site)
            current = places.get(e.place_key)
            if country is not None and (current is None or current.country != country.country or current.key == country.key):
                # the country itself, as the sentence names it ("Ecuador designated…"), is placed by the authority's rule
                places.setdefault(country.key, country)
                e = replace(e, place_key=country.key, place_precision=country.precision, place_basis="authority")
        out.append(e)
    return out, list(places.values())


def _authority(actor: list, places: dict[str, Place], site: Place | None) -> Place | None:
    """The country of the designating authority, from the mentions in the actor's words: a place's ("Ecuador"), an
    agency's one country ("the Department of the Treasury"); else ``site``."""
    for m in actor:
        if m.kind == "place" and m.key in places and places[m.key].country:
            return place_index().country(places[m.key].country)
        if m.kind == "agency" and m.key and (entry := load_gazetteer().get(m.key)) is not None and len(entry.countries) == 1:
            return place_index().country(entry.countries[0])
    return site


def _site_country(url: str | None) -> Place | None:
    """The country of the government whose site ``url`` is: ".gov" and ".mil" the United States, else the country
    code after the government's label ("sre.gob.mx", "gov.co"). None for any other site."""
    if not official_host(url):
        return None
    host = urlsplit(url).hostname or ""
    if _NATIONAL.search(host):
        return place_index().country("US")
    code = host.rsplit(".", 1)[-1].upper()
    return place_index().country({"UK": "GB"}.get(code, code)) if len(code) == 2 else None


# What a country's own agencies do only at home: charge and convict, in its courts. Not arrests or seizures, which its
# agents also make abroad ("The FBI captured a senior leader of MS-13", in Mexico).
_AT_HOME = {"charge", "conviction"}


def agencies_placed(events: list[Event], ann: Annotations, doc=None) -> tuple[list[Event], list[Place]]:
    """The events, each charge or conviction its words place nowhere placed in the one country of the agencies its
    sentence names as bringing it (its actor, or outside any description of someone: ``_described``) ("Department of Justice: 27 Members of Tren de Aragua Charged with Racketeering": the United
    States), a country's prosecutors acting in its own courts (docs/annotation.md §2.4: court events happen at the
    court); and the document's places with those countries added."""
    places = {p.key: p for p in ann.places}
    out = []
    for e in events:
        if e.type in _AT_HOME and e.happened and e.place_key is None:
            # the agency that did another of its sentence's happenings is that one's ("a national with a conviction for
            # rape, arrested by ICE in New York": ICE made the arrest, not the conviction)
            others = [o.actor_span for o in events if o is not e and o.actor_span and o.evidence_start == e.evidence_start]
            countries = {c for m in ann.mentions if m.kind == "agency" and e.evidence_start <= m.start < e.evidence_end
                         and (_inside(m, e.actor_span) if e.actor_span else not _described(doc, m))
                         and not any(_inside(m, span) for span in others)
                         and m.key and (entry := load_gazetteer().get(m.key)) is not None for c in entry.countries[:1] if len(entry.countries) == 1}
            if len(countries) == 1 and (country := place_index().country(next(iter(countries)))) is not None:
                places.setdefault(country.key, country)
                e = replace(e, place_key=country.key, place_precision=country.precision, place_basis="authority")
        out.append(e)
    return out, list(places.values())


def _described(doc, m) -> bool:
    """Whether an agency is named inside a relative clause, participle or apposition on someone ("Jose Ramirez, who
    the FBI had sought for years, was convicted": the FBI's search describes him, it did not convict him), by the
    parse. Such an agency did not bring the step."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand") if doc is not None and doc.has_annotation("DEP") else None
    if span is None:
        return False
    node = span.root
    for _ in range(12):
        if node.dep_ in _DESCRIBING:
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


_DESCRIBING = {"relcl", "acl", "appos"}


def _inside(m, span: tuple[int, int]) -> bool:
    return span[0] <= m.start and m.end <= span[1]
