"""The country a presence claim's "our homeland" is: the publisher's, by its address, or a speaker's whose words name it.

"Sleeper cells in the Homeland" on a U.S. government page puts the cell in the United States; "Sheinbaum said" on the
same page tells no claim about it (``presence.claimed_places`` takes the country these give).
"""

from __future__ import annotations

from urllib.parse import urlsplit

from ..places import GENERIC_TLDS

_GOVERNMENT = {"gov": "US", "mil": "US"}  # the U.S. government's own domains


def home_voice(home: str | None, said, mentions, places: dict) -> str | None:
    """The country "our homeland" is in a claim told in ``said`` (a statement, or None for the document's own words):
    the publisher's (``home``) in its own voice, or a speaker's whose words name that country and no other ("U.S.
    officials said", "the Mexican minister said" on a Mexican government's page); none for a speaker whose words name
    no country, named or not ("Sheinbaum said" on a U.S. page is no claim about the United States; "a source said"),
    or another country ("the Mexican minister said" on a U.S. page)."""
    if home is None or said is None:
        return home
    spans = [s for s in ((said.speaker_start, said.speaker_end), said.affiliation, said.speaker_mention) if s and s[0] is not None]
    countries = {places[m.key].country for m in mentions for a, b in spans
                 if m.kind == "place" and m.key in places and a <= m.start and m.end <= b}
    if countries - {places[home].country}:
        return None  # "the Mexican minister said"
    return home if countries else None  # "U.S. officials said"; not "Sheinbaum said", "a source said"


def home_country(url: str | None, places: dict) -> str | None:
    """The key of the country a document's publisher is in, as its address says (a U.S. government domain, ".gov" or
    ".mil", or a country's code, "gob.mx"), where the document names that country: the country "our homeland" is."""
    tld = ((urlsplit(url).hostname or "") if url else "").rsplit(".", 1)[-1].lower()
    iso = _GOVERNMENT.get(tld) or (tld.upper() if len(tld) == 2 and tld not in GENERIC_TLDS else None)
    iso = {"UK": "GB"}.get(iso, iso)
    return next((k for k, p in places.items() if iso and p.kind == "country" and p.country == iso), None)
