"""Entity resolution across documents: one person or organization under several names.

Read keeps names as written and resolve gives each a key within its
document. Across documents, a new entity is linked to a canonical one when
the names leave no doubt:

- a surname alone ("Ojeda") to the one known full name whose family name it
  is ("Ronald Ojeda"; "Demarest" for "Joseph M. Demarest, Jr."), when both
  are written with the same office ("President Biden", "President Joe
  Biden"), read with the words that make it another ("Vice President Harris"
  is no "Senate President Bill M. Harris"), and, across outlets, only an
  office one person holds in a whole country ("Speaker Pelosi"; one paper's
  "Judge Manning" is not another's "Judge Casey Manning"); with two known Ojedas it stays unlinked unless only one of
  them is written with the surname's office ("President Biden" is Joe
  Biden's, not Jill's or Hunter's), and a given name ("Jill") is no surname. With no full name known, to another lone
  surname only when both are written with one office ("THE PRESIDENT:"
  under "Remarks by President Biden", "President Biden"), by one outlet,
  within a term of office (four years, ``link.TERM_DAYS``): the same
  surname alone, or with another office or outlet, is no evidence;
- a fuller or shorter form of a name ("Héctor Guerrero Flores", "Héctor
  Rusthenford Guerrero Flores"; "Donald J. Trump", "Donald Trump"): the same
  first name, the same last name, the same generational suffix or none
  ("Robert F. Kennedy" is not "Robert F. Kennedy Jr."), each middle name or
  initial of the shorter one in the fuller one, and, where the shorter is a
  first and a last name only, nothing more than initials between them in the
  fuller ("Juan Carlos Pérez" and "Juan Pérez García" are not "Juan Pérez"
  and "Juan García": a compound given name, a second surname); "Juan Ojeda"
  never joins "Ronald Ojeda", nor "John A. Smith" "John B. Smith", nor "Ana
  María Díaz" "Ana Marta Díaz". A title of courtesy is no part of a name
  ("Don Juan Pérez"). A first name and its common English diminutive are one
  first name ("Joe Biden", "Joseph R. Biden", ``_DIMINUTIVES``);
- an acronym to the organization it abbreviates ("OFAC", "Office of Foreign
  Assets Control"); where several organizations spell it, to the one the
  acronym's own document names too.

Groups and agencies are canonical from the gazetteer already. Each link is
stored with its basis and score (``entity_links``), so it can be audited and
undone; nothing is rewritten.
"""

from __future__ import annotations

import re
from typing import Callable

from rapidfuzz import fuzz

from ..read.people import surname
from ..read.placedb import fold

_PARTICLES = {"de", "del", "la", "las", "los", "y", "da", "do", "dos", "of", "the", "and", "for", "on", "in"}
_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
# Common English diminutives and the one given name each stands for in reporting. A short list of our own: the
# genealogical lists on the package registry (``nicknames``) also join distinct given names (Patrick and Peter,
# Henry and Harry, Nancy and Ann), which would merge two people. A diminutive of several names (Pat, Chris, Alex)
# is left out, as are names that are given names in their own right as often as diminutives (Harry, Jack) or a
# title too (Don, Spanish "don").
_DIMINUTIVES = {
    "joe": "joseph", "joey": "joseph", "bill": "william", "billy": "william", "will": "william", "bob": "robert",
    "bobby": "robert", "rob": "robert", "mike": "michael", "jim": "james", "jimmy": "james", "tom": "thomas",
    "tommy": "thomas", "dick": "richard", "rick": "richard", "dan": "daniel", "danny": "daniel", "dave": "david",
    "steve": "steven", "matt": "matthew", "tony": "anthony", "ted": "edward", "ed": "edward", "ken": "kenneth",
    "ron": "ronald", "andy": "andrew", "nick": "nicholas", "sam": "samuel", "ben": "benjamin",
    "greg": "gregory", "jeff": "jeffrey", "jon": "jonathan", "larry": "lawrence", "jerry": "gerald",
    "chuck": "charles", "charlie": "charles", "liz": "elizabeth", "beth": "elizabeth", "kathy": "kathleen",
    "sue": "susan", "jen": "jennifer", "jenny": "jennifer", "tim": "timothy", "pete": "peter", "phil": "phillip",
    "fred": "frederick", "ray": "raymond", "vince": "vincent", "bernie": "bernard", "marty": "martin",
    "josh": "joshua", "jake": "jacob", "zach": "zachary", "nate": "nathan", "stan": "stanley", "walt": "walter",
    "doug": "douglas", "gene": "eugene", "ernie": "ernest", "herb": "herbert", "mitch": "mitchell",
    "pepe": "jose", "paco": "francisco", "pancho": "francisco", "nacho": "ignacio", "chucho": "jesus", "lupe": "guadalupe",
}
_SPELLINGS = {"stephen": "steven", "philip": "phillip", "antony": "anthony"}  # one name, two spellings
# Titles of courtesy written before a name, no part of it ("Don Juan Pérez", "Mr. John Smith", "Sr. Pérez")
_HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "don", "dona", "sr", "sra", "srta", "dra"}


def name_tokens(name: str) -> list[str]:
    return [t for t in re.findall(r"[\w'-]+", fold(name)) if t not in _PARTICLES]


# The legal form of a company written after its name ("AMEC plc", "Acme Holdings, Inc."), which its acronym leaves out
_LEGAL_FORMS = {"plc", "inc", "llc", "llp", "ltd", "corp", "co", "sa", "ag", "gmbh", "nv", "bv", "lp", "pllc", "cv", "srl"}


def initials(name: str) -> str:
    """The capitals an organization's name would be abbreviated to: the first letter of each of its words but the
    particles, a word written in lower case ("AMEC plc" is no "AP") and a company's legal form after it ("Inc.")."""
    words = [w for w in re.findall(r"[A-Za-zÀ-ÿ]+", name) if fold(w) not in _PARTICLES]
    while words and fold(words[-1]) in _LEGAL_FORMS:
        words.pop()
    return "".join(w[0] for w in words if w[0].isupper()).upper() if all(w[0].isupper() for w in words) else ""


def same_first_name(a: str, b: str) -> bool:
    """One first name, as written or as a given name and its common diminutive ("joe", "joseph"; "bill",
    "william"; ``_DIMINUTIVES``); two diminutives of one name are one ("bill", "billy"); an initial is none."""
    def full(n: str) -> str:
        n = _DIMINUTIVES.get(n, n)
        return _SPELLINGS.get(n, n)

    return a == b or (min(len(a), len(b)) >= 2 and full(a) == full(b))


def _without_suffix(tokens: list[str]) -> tuple[list[str], str | None]:
    """The name's words without a title of courtesy before it ("don", "mr") and a generational suffix after it
    ("jr", "iii"), and the suffix."""
    while len(tokens) > 2 and tokens[0] in _HONORIFICS:
        tokens = tokens[1:]
    suffix = tokens[-1] if len(tokens) > 2 and tokens[-1] in _SUFFIXES else None
    return (tokens[:-1] if suffix else tokens), suffix


def _middles_agree(a: list[str], b: list[str]) -> bool:
    """Whether two names' middle names or initials can be one person's: each of the shorter list's is one of the
    other's, a name to the same name, an initial to a name it begins."""
    short, long = sorted((a, b), key=len)
    return not short or all(any(m == n or (min(len(m), len(n)) == 1 and m[0] == n[0]) for n in long) for m in short)


def same_person(new: str, known: str, suffix_dropped: bool = False) -> bool:
    """A fuller or shorter written form of the same name; ``suffix_dropped``: a generational suffix on one side only
    may be left out of the other ("Joseph R. Biden Jr.", "Joe Biden"), which only other evidence can tell."""
    (a, a_suffix), (b, b_suffix) = (_without_suffix(name_tokens(n)) for n in (new, known))
    if len(a) < 2 or len(b) < 2:
        return False
    if a_suffix != b_suffix and not (suffix_dropped and not (a_suffix and b_suffix)):
        return False  # "Jr." and "Sr.", "Jr." and none: father and son ("Robert F. Kennedy", "Robert F. Kennedy Jr.")
    if a[-1] != b[-1] or not same_first_name(a[0], b[0]):
        return False
    short, long = sorted((a, b), key=len)
    if len(short) == 2 and any(len(t) > 1 for t in long[1:-1]):
        return False  # a whole word more than first and last: a compound given name or a second surname ("Juan
        # Carlos Pérez", "Juan Pérez García" are not "Juan Pérez", "Juan García"); an initial is fine ("Donald J. Trump")
    return _middles_agree(a[1:-1], b[1:-1])  # not "John A. Smith", "John B. Smith"; "Ana María Díaz", "Ana Marta Díaz"


def _full_name(name: str) -> bool:
    """A name a surname can stand for: two words or more, each capitalized (particles aside), no digits. Not a
    misread phrase ("Op-Ed", "Counter-Fentanyl") nor a given name inside one ("Jill" of "First Lady Jill Biden")."""
    words = name.split()
    return len(words) >= 2 and not re.search(r"\d", name) and all(w[:1].isupper() or fold(w) in _PARTICLES for w in words)


def person_link(entity: dict, candidates: list[dict], offices: Callable[[str], set[str]] | None = None,
                alike: Callable[[str, str], bool] | None = None, held: Callable[[str], set[str]] | None = None,
                outlets: Callable[[str], set[str]] | None = None) -> tuple[str, str, float] | None:
    """(canonical id, basis, score) for a person entity among known persons sharing a name token, or None.
    ``offices``: the offices written with an entity's names (read.people.offices), the evidence a surname
    alone needs; ``alike``: whether two lone surnames are written with one office in one outlet at one time;
    ``held``: the offices written right before a full name itself (read.people.held), which tell apart several
    people of one family name; ``outlets``: the outlets that name an entity, which an office held in many places
    at once needs in common ("Judge Manning" of one paper is not another paper's "Judge Casey Manning")."""
    tokens = name_tokens(entity["name"])
    others = [c for c in candidates if c["id"] != entity["id"]]
    if len(tokens) == 1:
        return _surname_link(entity, others, offices, alike, held, outlets)
    basis, matches = "name variant", {c["canonical"]: c for c in others if same_person(entity["name"], c["name"])}
    if not matches and alike is not None:
        basis, matches = "name variant, office and outlet", _suffix_dropped(entity, others, alike)
    if len(matches) != 1:
        return None
    (canonical, match), = matches.items()
    mine, theirs = _without_suffix(tokens)[0], _without_suffix(name_tokens(match["name"]))[0]
    score = fuzz.token_set_ratio(" ".join(mine), " ".join(mine[:1] + theirs[1:])) / 100
    return canonical, basis, round(score, 2)


def _suffix_dropped(entity: dict, others: list[dict], alike: Callable[[str, str], bool]) -> dict[str, dict]:
    """Known people whose name is this one's but for a generational suffix one side leaves out ("President Joseph R.
    Biden Jr." of a signed order, "President Joe Biden" of a briefing), written with one office that one person holds
    at a time, by one outlet, within a term (``alike``): a father and son of one name seldom hold one office in the
    same years. A shared office alone is no evidence (Governors Edmund G. Brown and Edmund G. Brown Jr.)."""
    return {c["canonical"]: c for c in others
            if same_person(entity["name"], c["name"], suffix_dropped=True) and alike(entity["id"], c["id"])}


def _surname_link(entity: dict, others: list[dict], offices, alike, held=None, outlets=None) -> tuple[str, str, float] | None:
    """A surname alone is someone else's as often as not ("Olsen" of a local story, "Matthew Olsen" of a release):
    it is the one known full name's only when both are written with the same office ("President Biden", "President
    Joe Biden"); with no full name known, the one other lone surname written with the same office by the same outlet
    at about the same time ("President Biden" in two White House releases), never a namesake of another outlet."""
    family = [c for c in others if surname(c["name"]) == surname(entity["name"])]
    holders = [c for c in family if _full_name(c["name"])]
    if holders:
        owners = _office_holders(entity, holders, _across(entity, offices, outlets), _across(entity, held, outlets))
        return (owners.pop(), "surname", 0.8) if len(owners) == 1 else None
    peers = [c for c in family if len(name_tokens(c["name"])) == 1 and alike is not None and alike(entity["id"], c["id"])]
    if len({c["canonical"] for c in peers}) != 1:
        return None
    return peers[0]["canonical"], "surname, office and outlet", 0.7


# Offices one person holds at a time in a whole country or state, which a surname written with one may be told
# with by any outlet ("Speaker Pelosi", "President Obama"); a judge, a mayor, a sheriff or a chief is one of many
# across the outlets' towns
_ONE_IN_A_COUNTRY = {"president", "vice president", "secretary", "minister", "speaker", "chancellor", "premier",
                     "governor", "lieutenant governor", "attorney general", "presidente", "presidenta", "ministro",
                     "ministra", "canciller", "gobernador", "gobernadora"}


def _across(entity: dict, offices, outlets):
    """``offices`` (or ``held``) of other people as they may be shared with ``entity``'s surname: in full where an
    outlet names both, else only the offices one person holds in a whole country (``_ONE_IN_A_COUNTRY``)."""
    if offices is None or outlets is None:
        return offices
    mine = outlets(entity["id"])

    def of(entity_id: str) -> set[str]:
        found = offices(entity_id)
        return found if entity_id == entity["id"] or mine & outlets(entity_id) else found & _ONE_IN_A_COUNTRY
    return of


def _office_holders(entity: dict, holders: list[dict], offices, held=None) -> set[str]:
    """The canonical people among a surname's full-name holders that it may stand for: the one there is, when no
    office can be read; else those written with an office the surname is written with too. Of several, the office
    must be written right before the full name itself (``held``): "President Biden" is Joe Biden's among Jill,
    Hunter and Beau Biden, since only "President Joe Biden" is written, not "President and First Lady Jill Biden"
    nor a "President Biden" the document of "Attorney General Beau Biden" gave him. Two holders of one office (two
    Presidents Bush), or none, and the surname stays apart."""
    canonicals = {c["canonical"] for c in holders}
    if len(canonicals) == 1:
        return canonicals if offices is None or offices(entity["id"]) & set().union(*map(offices, (c["id"] for c in holders))) else set()
    if offices is None or held is None:
        return set()
    mine = offices(entity["id"])
    return {c["canonical"] for c in holders if mine & held(c["id"])}


def acronym_link(entity: dict, organizations: list[dict], named_here: set[str] = frozenset()) -> tuple[str, str, float] | None:
    """An all-capitals name to the one organization whose initials it spells; of several ("General Motors", "Grupo
    Modelo" for "GM"), to the one the acronym's own document names too (``named_here``: the ids the document
    mentions), which writes both for one company; none when it names none of them, or more than one."""
    name = entity["name"].strip()
    if not (2 <= len(name) <= 8 and name.isupper() and name.isalpha()):
        return None
    spelled = [o for o in organizations if o["id"] != entity["id"] and len(o["name"].split()) >= 2 and initials(o["name"]) == name]
    found = {o["canonical"] for o in spelled}
    if len(found) == 1:
        return found.pop(), "acronym", 0.9
    here = {o["canonical"] for o in spelled if o["id"] in named_here}
    return (here.pop(), "acronym named in the same document", 0.85) if len(here) == 1 else None
