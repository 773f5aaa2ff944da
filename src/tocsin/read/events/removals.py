"""Where a removal ends when its words give no destination but the person's own country.

A deportation happens where the person is sent (docs/annotation.md §2.4, "Extraditions and deportations: the
destination country"). Reporting on removals often names no destination and says where the person comes from
instead: "Carlos Mendoza, a Venezuelan national and Tren de Aragua member, was deported on Friday". That is not
where the removal ended: people are removed to third countries too (in 2025 to El Salvador, Mexico, South Sudan),
so a destination the text does not write is unknown. Only where the words send the person to their own country
("was sent back to his home country", "returned to his country of origin", "deportado a su país de origen") is the
one country the same paragraph or list item says the person comes from where it ended. Only a deportation or
removal (not an extradition, which ends in whichever country asked for it), only where the event has no place of
its own, and only where one country of origin is named: two, and nothing is said. The event is marked
``place_basis`` *origin*, so a reader can tell the country was read off the person's, as the text bids.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...models import Annotations, Event, Place
from ...structure import at, item_at
from ..anchor import home
from ..placedb import place_index

# A people's adjective before the words that make it a person's nationality: "a Mexican national", "Guatemalan
# citizens", "un ciudadano mexicano" is not read (the adjective follows the noun there).
_NATIONALITY_AFTER = re.compile(r"\W{0,3}\s*(?:national|nationals|citizen|citizens|man|woman|immigrant|alien)\b")


def removals_placed(events: list[Event], ann: Annotations, text: str, segs, language: str) -> tuple[list[Event], list[Place]]:
    """The events, each deportation its words send to the person's own country ("sent back to his home country")
    placed in the one country its paragraph or list item says the removed person comes from; and the document's
    places with those countries added."""
    places = {p.key: p for p in ann.places}
    out = []
    for e in events:
        if e.type == "extradition" and e.subtype == "deportation" and e.happened and e.place_basis in ("unknown", "document") \
                and _HOME_COUNTRY[language if language in _HOME_COUNTRY else "en"].match(text, e.trigger_end, e.evidence_end):
            country = _origin(ann, text, segs, e, language)
            if country is not None:
                places.setdefault(country.key, country)
                e = replace(e, place_key=country.key, place_precision=country.precision, place_basis="origin")
        out.append(e)
    return out, list(places.values())


# The words that send a removed person to their own country: "sent back to his home country", "returned to their
# countries of origin", "deportado a su país de origen", "repatriados a su país natal".
_HOME_COUNTRY = {
    "en": re.compile(r"\W*(?:[\w'’-]+\s+){0,4}?(?:back\s+)?(?:to\s+)?(?:his|her|their|its)\s+(?:own\s+)?(?:home\s*(?:country|land|countries)|"
                     r"native\s+(?:country|land)|countr(?:y|ies)\s+of\s+(?:origin|citizenship|nationality))\b", re.I),
    "es": re.compile(r"\W*(?:[\wáéíóúñ'’-]+\s+){0,4}?(?:de\s+vuelta\s+)?a\s+sus?\s+(?:pa[ií]s(?:es)?|naci[oó]n)\s+(?:de\s+origen|natal|"
                     r"de\s+nacimiento)\b", re.I),
}


def _origin(ann: Annotations, text: str, segs, e: Event, language: str):
    """The one country the paragraph or list item of ``e`` names as where someone comes from, else None."""
    seg = item_at(text, segs, e.trigger_start) or at(segs, e.trigger_start)
    start, end = (seg.start, seg.end) if seg is not None else (e.evidence_start, e.evidence_end)
    places = {p.key: p for p in ann.places}
    countries = set()
    for m in ann.mentions:
        place = places.get(m.key) if m.kind == "place" else None
        if place is None or not start <= m.start < end or place.kind != "country":  # "a Maryland father": a home, no nationality
            continue
        said = home(text, m.start, m.end, language) if m.label != "NORP" else bool(_NATIONALITY_AFTER.match(text, m.end))
        if said:
            countries.add(place.country)
    return place_index().country(next(iter(countries))) if len(countries) == 1 else None


# Where a removal began: "removed from the U.S.", "deported from the country", "deportado desde Estados Unidos".
_REMOVED_FROM = {
    "en": re.compile(r"\b(?:deport(?:ed|ing|s)?|removed|expell?ed|repatriated|extradited)\s+(?:[\w'’-]+\s+){0,3}?from\s+(?:the\s+)?$", re.I),
    "es": re.compile(r"\b(?:deportad[oa]s?|deport(?:ó|aron|ar)|expulsad[oa]s?|expuls(?:ó|aron|ar)|repatriad[oa]s?|extraditad[oa]s?|"
                     r"extradit(?:ó|aron|ar))\s+(?:[\wáéíóúñ'’-]+\s+){0,3}?(?:de|desde)\s+(?:el\s+|la\s+|los\s+)?$", re.I),
}


def removed_from(text: str, language: str, start: int, m) -> bool:
    """Whether a place mention is where someone was deported or removed from, by the words before it (from ``start``):
    where a removal began, never where it ended."""
    removal = _REMOVED_FROM.get(language)
    return bool(removal and removal.search(text, max(start, m.start - 60), m.start))
