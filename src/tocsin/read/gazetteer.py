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
    movement: bool = False  # a movement of which governments designate only some chapters (the Muslim Brotherhood)
    confirmed: tuple[str, ...] = ()  # forms that name it only beside another of its names or a word for a gang
    party: tuple[str, ...] = ()  # forms a political party shares (the FARC party): no group before a political word

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

    def nature(self, entity_id: str) -> str:
        """What exports call a stored group entity: "armed" (Hamas), "movement" (the Muslim Brotherhood, of which only
        some national chapters are designated: neither criminal nor armed as a whole) or "criminal" (any other group,
        those of no entry too)."""
        entry = self.entries.get(entity_id.split(":", 1)[-1])
        return "armed" if entry is not None and entry.armed else "movement" if entry is not None and entry.movement else "criminal"


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
            movement=bool(e.get("movement")),
            confirmed=tuple(e.get("confirmed", ())),
            party=tuple(e.get("party", ())),
        )
        for e in raw["entries"]
    ]
    return Gazetteer(entries)


# A word for a gang, its people or its units next to a form that needs one ("TDA gang members", "a TDA leader", "two TDA
# associates", "TDA gunmen", "a TDA-linked cell", "la pandilla TDA", "un cabecilla del TDA", "ETA militants", "the
# separatist group ETA", "la organización ETA")
_GANG_AFTER = re.compile(r"(?:\s*(?:gang|members?|cartel|clique|pandilla|banda|leaders?|ringleaders?|associates?|affiliates?"
                         r"|gunm[ae]n|cells?|hitm[ae]n|sicarios?|militants?|terrorists?|fighters?|operatives?|separatists?)\b|-linked\b)", re.I)
_GANG_BEFORE = re.compile(r"\b(?:gang|pandilla|banda|members?\s+of(?:\s+the)?|miembros?\s+del?|integrantes?\s+del?"
                          r"|l[ií]der(?:es)?\s+del?|cabecillas?\s+del?|c[eé]lulas?\s+del?|group|organi[sz]ation|grupo|organizaci[oó]n)\s*$", re.I)
# A word of an agency next to the form, which then names the agency even in a document that names the group ("a TDA
# inspector", "the TDA commissioner", "a TDA license", "the Texas Department of Agriculture (TDA)")
_AGENCY_AFTER = re.compile(r"\s*(?:inspectors?|inspections?|commissioners?|licen[cs](?:es?|ed|ing)|department|agriculture)\b", re.I)
_AGENCY_BEFORE = re.compile(r"\b(?:department|agriculture|commissioner)\W*$", re.I)
# A political word next to a form a party shares ("a FARC senator", "the FARC party", "el partido FARC", "un senador de
# la FARC"), or a suffix that makes it another body's name ("FARC-EP", which dissidents have called themselves since 2016)
_PARTY_AFTER = re.compile(r"-EP\b|\s*(?:senators?|senador(?:a|es|as)?|lawmakers?|legislators?|congress(?:wo)?m[ae]n|congresistas?"
                          r"|part(?:y|ies)|partidos?|candidates?|candidat[oa]s?|politicians?|pol[ií]tic[oa]s?|deputies|diputad[oa]s?"
                          r"|representatives?|representantes?|councill?ors?|concejal(?:es)?|caucus|bancada|bench)\b", re.I)
_PARTY_BEFORE = re.compile(r"\b(?:party|partido(?:\s+pol[ií]tico)?|(?:senador(?:a|es|as)?|congresistas?|candidat[oa]s?|diputad[oa]s?)"
                           r"\s+del?(?:\s+las?)?|(?:senators?|lawmakers?|candidates?)\s+(?:of|for)(?:\s+the)?)\s*$", re.I)


def confirmed(mentions: list[Mention], text: str) -> list[Mention]:
    """The mentions less those a group's doubtful form makes ("TDA" is Tren de Aragua in US releases, but also the Texas
    Department of Agriculture, an inspector's agency, and in Spanish attention deficit disorder): such a form names
    the group only where the document names the group by another form too, or a word for a gang or its people stands
    next to it, and never beside a word of an agency ("a TDA inspector", even in a story about Tren de Aragua)."""
    gazetteer = load_gazetteer()
    named = {(m.key, m.text) for m in mentions if m.key}
    out = []
    for m in mentions:
        entry = gazetteer.get(m.key) if m.key else None
        if entry is not None and m.text in entry.party and _party_beside(m, text):
            continue  # "a FARC senator was shot": the party's, not the armed group's
        if entry is not None and m.text in entry.confirmed and not _gang_beside(m, text) \
                and (_agency_beside(m, text) or not any(k == m.key and t not in entry.confirmed for k, t in named)):
            continue
        out.append(m)
    return out


def _gang_beside(m: Mention, text: str) -> bool:
    """Whether a word for a gang, its people or its units stands next to a mention."""
    return bool(_GANG_AFTER.match(text, m.end) or _GANG_BEFORE.search(text[max(0, m.start - 30) : m.start]))


def _agency_beside(m: Mention, text: str) -> bool:
    """Whether a word of an agency stands next to a mention."""
    return bool(_AGENCY_AFTER.match(text, m.end) or _AGENCY_BEFORE.search(text[max(0, m.start - 30) : m.start]))


def _party_beside(m: Mention, text: str) -> bool:
    """Whether a political word or a suffix stands next to a mention of a form a party shares."""
    return bool(_PARTY_AFTER.match(text, m.end) or _PARTY_BEFORE.search(text[max(0, m.start - 30) : m.start]))
