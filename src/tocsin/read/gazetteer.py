"""The domain gazetteer: criminal groups, agencies and organizations with their aliases.

It ships as ``tocsin/data/gazetteer.json``. ``tocsin.read.nlp`` matches its
surface forms in text and tags each match with the entry's id, so every
alias of a group lands on one canonical entity.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

LABELS = {"group": "CRIMINAL_GROUP", "agency": "AGENCY", "organization": "ORGANIZATION"}
_ARTICLES = {"los", "las", "la", "el", "the"}


@dataclass(frozen=True)
class Entry:
    id: str
    kind: str
    name: str
    aliases: tuple[str, ...]
    exact: tuple[str, ...]
    countries: tuple[str, ...] = ()
    parent: str | None = None
    armed: bool = False  # an armed group (Hamas, the Islamic State), not a criminal one: exports call it so

    @property
    def label(self) -> str:
        return LABELS[self.kind]

    def surface_forms(self) -> tuple[set[str], set[str]]:
        """(case-insensitive forms, exact forms), accent-free variants included."""
        loose, exact = set(), set(self.exact)
        for form in (self.name, *self.aliases):
            if form in exact:
                continue
            (exact if form.split()[0].lower() in _ARTICLES else loose).add(form)
        return _with_plain_variants(loose), _with_plain_variants(exact)


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


def _with_plain_variants(forms: set[str]) -> set[str]:
    return forms | {strip_accents(f) for f in forms}


class Gazetteer:
    def __init__(self, entries: list[Entry]):
        self.entries = {e.id: e for e in entries}

    def __len__(self) -> int:
        return len(self.entries)

    def get(self, entry_id: str) -> Entry | None:
        return self.entries.get(entry_id)

    def of_kind(self, kind: str) -> list[Entry]:
        return [e for e in self.entries.values() if e.kind == kind]

    def armed(self, entity_id: str) -> bool:
        """Whether a stored group entity ("group:hamas") is an armed group of the gazetteer."""
        entry = self.entries.get(entity_id.split(":", 1)[-1])
        return entry is not None and entry.armed


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    raw = json.loads(files("tocsin.data").joinpath("gazetteer.json").read_text(encoding="utf-8"))
    entries = [
        Entry(
            id=e["id"],
            kind=e["kind"],
            name=e["name"],
            aliases=tuple(e.get("aliases", ())),
            exact=tuple(e.get("exact", ())),
            countries=tuple(e.get("countries", ())),
            parent=e.get("parent"),
            armed=bool(e.get("armed")),
        )
        for e in raw["entries"]
    ]
    return Gazetteer(entries)
