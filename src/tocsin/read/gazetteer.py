"""The domain gazetteer: criminal groups, agencies and organizations with their aliases.

It ships as ``tocsin/data/gazetteer.json``. ``tocsin.read.nlp`` matches its
surface forms in text and tags each match with the entry's id, so every
alias of a group lands on one canonical entity.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from ..models import Mention

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
    confirmed: tuple[str, ...] = ()  # forms that name it only beside another of its names or a word for a gang

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
            confirmed=tuple(e.get("confirmed", ())),
        )
        for e in raw["entries"]
    ]
    return Gazetteer(entries)


# A word for a gang or its people next to a form that needs one ("TDA gang members", "la pandilla TDA")
_GANG_AFTER = re.compile(r"\s*(?:gang|members?|cartel|clique|pandilla|banda)\b", re.I)
_GANG_BEFORE = re.compile(r"\b(?:gang|pandilla|banda|members?\s+of(?:\s+the)?|miembros?\s+del?|integrantes?\s+del?)\s*$", re.I)


def confirmed(mentions: list[Mention], text: str) -> list[Mention]:
    """The mentions less those a group's doubtful form makes ("TDA" is Tren de Aragua in US releases, but also the Texas
    Department of Agriculture, an inspector's agency, and in Spanish attention deficit disorder): such a form names
    the group only where the document names the group by another form too, or a word for a gang stands next to it."""
    gazetteer = load_gazetteer()
    named = {(m.key, m.text) for m in mentions if m.key}
    out = []
    for m in mentions:
        entry = gazetteer.get(m.key) if m.key else None
        if entry is not None and m.text in entry.confirmed and not any(k == m.key and t not in entry.confirmed for k, t in named) \
                and not _GANG_AFTER.match(text, m.end) and not _GANG_BEFORE.search(text[max(0, m.start - 30) : m.start]):
            continue
        out.append(m)
    return out
