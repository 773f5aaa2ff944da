"""Entity resolution across documents: one person or organization under several names.

Read keeps names as written and resolve gives each a key within its
document. Across documents, a new entity is linked to a canonical one when
the names leave no doubt:

- a surname alone ("Ojeda") to the one known full name whose family name it
  is ("Ronald Ojeda"; "Demarest" for "Joseph M. Demarest, Jr."), when both
  are written with the same office ("President Biden", "President Joe
  Biden"); with two known Ojedas it stays unlinked, and a given name
  ("Jill") is no surname. With no full name known, to another lone
  surname only when both are written with one office ("THE PRESIDENT:"
  under "Remarks by President Biden", "President Biden"), by one outlet,
  within a term of office (four years, ``link.TERM_DAYS``): the same
  surname alone, or with another office or outlet, is no evidence;
- a fuller or shorter form of a name ("Héctor Guerrero Flores", "Héctor
  Rusthenford Guerrero Flores"; "Eric H. Holder, Jr.", "Eric Holder"): the
  same first name, the same last name (a "Jr." or "III" aside), and nearly
  the same words (rapidfuzz token-set ratio ≥ 90); "Juan Ojeda" never joins
  "Ronald Ojeda", nor "John A. Smith" "John B. Smith" (middle names or
  initials that share no letter), nor a "Jr." a "Sr." or a "III". A first
  name and its common English diminutive are one first name ("Joe Biden",
  "Joseph R. Biden Jr."), from the ``nicknames`` package's list; two
  diminutives are not;
- an acronym to the organization it abbreviates ("OFAC", "Office of Foreign
  Assets Control").

Groups and agencies are canonical from the gazetteer already. Each link is
stored with its basis and score (``entity_links``), so it can be audited and
undone; nothing is rewritten.
"""

from __future__ import annotations

import re
from typing import Callable

from nicknames import NickNamer
from rapidfuzz import fuzz

from ..read.people import surname
from ..read.placedb import fold

_PARTICLES = {"de", "del", "la", "las", "los", "y", "da", "do", "dos", "of", "the", "and", "for", "on", "in"}
_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
NAME_RATIO = 90
_NICKNAMES = NickNamer()


def name_tokens(name: str) -> list[str]:
    return [t for t in re.findall(r"[\w'-]+", fold(name)) if t not in _PARTICLES]


def initials(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Za-zÀ-ÿ]+", name) if w.lower() not in _PARTICLES).upper()


def same_first_name(a: str, b: str) -> bool:
    """One first name, as written or as a given name and its common diminutive ("joe", "joseph"; "bill",
    "william"). Two diminutives are not ("joe" of Joseph, "josh" of Joshua: both are listed for Joshua), nor an
    initial and a name ("j", "joseph")."""
    if a == b:
        return True
    if min(len(a), len(b)) < 2:
        return False
    return b in _NICKNAMES.nicknames_of(a) or a in _NICKNAMES.nicknames_of(b)


def _without_suffix(tokens: list[str]) -> tuple[list[str], str | None]:
    """The name's words without a generational suffix ("jr", "iii"), and the suffix."""
    suffixes = [t for t in tokens if t in _SUFFIXES]
    return [t for t in tokens if t not in _SUFFIXES], (suffixes[-1] if suffixes else None)


def same_person(new: str, known: str) -> bool:
    """A fuller or shorter written form of the same name."""
    (a, a_suffix), (b, b_suffix) = (_without_suffix(name_tokens(n)) for n in (new, known))
    if len(a) < 2 or len(b) < 2:
        return False
    if a_suffix and b_suffix and a_suffix != b_suffix:
        return False  # "Jr." and "Sr.", "Jr." and "III": father and son
    if a[-1] != b[-1] or not same_first_name(a[0], b[0]):
        return False
    middle_a, middle_b = {t[0] for t in a[1:-1]}, {t[0] for t in b[1:-1]}
    if middle_a and middle_b and not middle_a & middle_b:
        return False  # "John A. Smith", "John B. Smith"
    return fuzz.token_set_ratio(" ".join(a), " ".join([a[0], *b[1:]])) >= NAME_RATIO  # the first name as one


def _full_name(name: str) -> bool:
    """A name a surname can stand for: two words or more, each capitalized (particles aside), no digits. Not a
    misread phrase ("Op-Ed", "Counter-Fentanyl") nor a given name inside one ("Jill" of "First Lady Jill Biden")."""
    words = name.split()
    return len(words) >= 2 and not re.search(r"\d", name) and all(w[:1].isupper() or fold(w) in _PARTICLES for w in words)


def person_link(entity: dict, candidates: list[dict], offices: Callable[[str], set[str]] | None = None,
                alike: Callable[[str, str], bool] | None = None) -> tuple[str, str, float] | None:
    """(canonical id, basis, score) for a person entity among known persons sharing a name token, or None.
    ``offices``: the office words written with an entity's names (read.people.offices), the evidence a surname
    alone needs; ``alike``: whether two lone surnames are written with one office in one outlet at one time."""
    tokens = name_tokens(entity["name"])
    others = [c for c in candidates if c["id"] != entity["id"]]
    if len(tokens) == 1:
        return _surname_link(entity, others, offices, alike)
    matches = {c["canonical"]: c for c in others if same_person(entity["name"], c["name"])}
    if len(matches) != 1:
        return None
    (canonical, match), = matches.items()
    score = fuzz.token_set_ratio(" ".join(tokens), " ".join(tokens[:1] + name_tokens(match["name"])[1:])) / 100
    return canonical, "name variant", round(score, 2)


def _surname_link(entity: dict, others: list[dict], offices, alike) -> tuple[str, str, float] | None:
    """A surname alone is someone else's as often as not ("Olsen" of a local story, "Matthew Olsen" of a release):
    it is the one known full name's only when both are written with the same office ("President Biden", "President
    Joe Biden"); with no full name known, the one other lone surname written with the same office by the same outlet
    at about the same time ("President Biden" in two White House releases), never a namesake of another outlet."""
    family = [c for c in others if surname(c["name"]) == surname(entity["name"])]
    holders = [c for c in family if _full_name(c["name"])]
    if holders:
        if len({c["canonical"] for c in holders}) != 1:
            return None
        if offices is not None and not offices(entity["id"]) & set().union(*(offices(c["id"]) for c in holders)):
            return None
        return holders[0]["canonical"], "surname", 0.8
    peers = [c for c in family if len(name_tokens(c["name"])) == 1 and alike is not None and alike(entity["id"], c["id"])]
    if len({c["canonical"] for c in peers}) != 1:
        return None
    return peers[0]["canonical"], "surname, office and outlet", 0.7


def acronym_link(entity: dict, organizations: list[dict]) -> tuple[str, str, float] | None:
    """An all-capitals name to the one organization whose initials it spells."""
    name = entity["name"].strip()
    if not (2 <= len(name) <= 8 and name.isupper() and name.isalpha()):
        return None
    found = {o["canonical"] for o in organizations if o["id"] != entity["id"] and len(o["name"].split()) >= 2 and initials(o["name"]) == name}
    return (found.pop(), "acronym", 0.9) if len(found) == 1 else None
