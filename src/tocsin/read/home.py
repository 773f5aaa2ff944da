"""An outlet's home region: the first-level division its reporting names most, learned from its other documents.

Local news rarely names its own state: the Huntsville Item writes "Huntsville" and "Walker County" and means
Texas, which an article alone cannot tell from Alabama. What the outlet's other articles say can: the states
they name. A home is taken only where the evidence is plain — enough of the outlet's documents, the state named
in a good share of them and clearly more often than any other — and it is one more weak vote in place
resolution (``Resolver.resolve``), never the decision: a story that names its places outweighs it.

The evidence is what tocsin itself resolved (the first-level divisions each document names), never the outlet's
name looked up elsewhere; an outlet is its name as the source gives it, else its web address's host.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Iterable
from urllib.parse import urlsplit

MIN_DOCUMENTS = 3  # an outlet's documents seen before its home is taken
MIN_NAMING = 2  # documents that name the home
MIN_SHARE = 1 / 3  # of the outlet's documents that name the home
LEAD = 2.0  # the home is named in at least this many times as many documents as the next division


@dataclass(frozen=True)
class Home:
    """An outlet's home division, with its evidence: named in ``naming`` of the outlet's ``documents``."""

    country: str
    admin1: str
    naming: int
    documents: int


def outlet_key(outlet: str | None, url: str | None) -> str | None:
    """The outlet a document comes from: its name as given, else its address's host without "www."."""
    if outlet and outlet.strip():
        return outlet.strip().lower()
    host = (urlsplit(url).hostname or "") if url else ""
    return host.removeprefix("www.") or None


@dataclass
class OutletHomes:
    """The divisions each outlet's documents name, document by document, and the home they point to."""

    named: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    documents: Counter = field(default_factory=Counter)

    def add(self, outlet: str | None, divisions: Iterable[tuple[str, str]]) -> None:
        """One document of ``outlet`` naming ``divisions`` ((country, admin1 code) pairs; repeats count once)."""
        if outlet is None:
            return
        self.documents[outlet] += 1
        self.named[outlet].update(set(divisions))

    def home(self, outlet: str | None) -> Home | None:
        """The outlet's home, if its documents point to one."""
        if outlet is None or outlet not in self.documents:
            return None
        documents, ranked = self.documents[outlet], self.named[outlet].most_common(2)
        if documents < MIN_DOCUMENTS or not ranked:
            return None
        (country, admin1), n = ranked[0]
        runner_up = ranked[1][1] if len(ranked) > 1 else 0
        if n < MIN_NAMING or n < MIN_SHARE * documents or n < LEAD * runner_up:
            return None
        return Home(country, admin1, n, documents)


def divisions_named(places) -> set[tuple[str, str]]:
    """The first-level divisions among a document's resolved places (the states it names)."""
    return {(p.country, p.admin1) for p in places if p.kind == "admin1" and p.country and p.admin1}
