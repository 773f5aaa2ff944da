"""Evidence that two reports of one type tell different happenings, by what each says and the other contradicts.

Missing information is never evidence: a report that names no actor, no target or no manner is apart from nothing
on that ground. What is:

- in one article, two manners of violence between other parties: "Bell struck the officer with his fist" and
  "the police shooting", "the victim had been stabbed" and "the officer struck the man". Not when the two name
  one victim or are told in one sentence: one story tells one assault in several manners ("Gunmen beat Pérez
  before shooting him", "Gómez was stabbed and then shot", "a man was beaten and then shot"), nor for a
  definite reference back ("the shooting was the third this month");
- two different people named as attackers, each asserted, when the two name no common victim: "Ruiz shot a
  guard" and "Gómez shot a driver"; "Ruiz and Gómez shot the mayor" read as two reports naming one victim stays
  one. Not two groups (a cartel and its faction, "the Sinaloa Cartel" and "Los Chapitos", or two outlets'
  attributions of one attack) nor two agencies (a joint operation), nor a hedged attribution ("police suspect
  the Jalisco cartel");
- roles reversed: the attacker of one is the victim of the other, and not the other way round as well
  ("Bell struck the officer", "the officer shot Bell"); a clash that each side is said to have started
  ("A attacked B", "B attacked A") stays one, and so does a group's attack told with no victim beside the other
  side's attack on it ("the Zetas opened fire", "the Gulf Cartel attacked the Zetas").
"""

from __future__ import annotations

import re

from ..resolve import bare
from .story import definite

# How an act of violence was done, by its trigger's words (a trigger that names no manner, "killed", "attacked",
# "murder", "assault", tells nothing)
MANNERS = {
    "shooting": re.compile(r"\b(?:sho(?:t|ot\w*)|gun(?:ned|fire|man|men)|fir(?:ed|ing)\s+(?:at|on|shots)|opened\s+fire|"
                           r"dispar\w*|bale\w*|tirote\w*|balacera)\b", re.I),
    "stabbing": re.compile(r"\b(?:stab\w*|knif\w*|kniv\w*|slit|slash\w*|machete\w*|apu[ñn]al\w*|acuchill\w*)\b", re.I),
    "beating": re.compile(r"\b(?:beat(?:s|en|ing)?|struck|strik\w*|punch\w*|kick(?:s|ed|ing)?|hit|golpe\w*|golpiz\w*)\b", re.I),
    "fight": re.compile(r"\b(?:fight\w*|fought|brawl\w*|scuffle\w*|ri[ñn]a|pelea\w*)\b", re.I),
    "vehicle": re.compile(r"\b(?:r[au]n\s+over|ram(?:med|ming)?|atropell\w*)\b", re.I),
    "blast": re.compile(r"\b(?:bomb\w*|explod\w*|explosi\w*|explot[oó]\b|blast\w*|detonat\w*|grenade\w*|granada\w*)\b", re.I),
    "arson": re.compile(r"\b(?:arson|set\s+(?:on\s+)?fire|torch\w*|burn\w*|incendi\w*|quem\w*)\b", re.I),
    "strangling": re.compile(r"\b(?:strangl\w*|chok\w*|estrangul\w*|asfixi\w*)\b", re.I),
}
_NAMED_PARTIES = {"person"}  # actors that act as themselves: not an agency of a joint operation, not a group (factions, members)
_VIOLENT = {"killing", "attack", "abduction", "robbery", "threat", "extortion"}


def _who(entity: str | None) -> str | None:
    """A party's name, whatever kind the resolver gave it ("organization:bell", "person:bell" are one Bell)."""
    name = bare(entity or "")
    return name.split(":", 1)[-1] if name else None


def _same(x: str | None, y: str | None) -> bool:
    """One party by name: the same, or a lone surname and a full name ending with it ("paterson", "campbell-paterson")."""
    return bool(x) and bool(y) and (x == y or x.endswith("-" + y) or y.endswith("-" + x))


def same_name(x: str, y: str) -> bool:
    """Two entities are one party by their names ("person:bell", "organization:tyrise-m-bell")."""
    return _same(_who(x), _who(y))


def _misread(ev: dict) -> bool:
    """A report whose actor is its own victim is a misread (a pronoun resolved to the victim): no evidence of anything."""
    return _same(_who(ev.get("actor_entity")), _who(ev.get("target_entity")))


def manners(ev: dict) -> set[str]:
    """The manners of violence a report's trigger names: {"shooting"} for "shot dead", none for "killed"."""
    trigger = ev.get("trigger_text") or ""
    return {name for name, words in MANNERS.items() if words.search(trigger)}


def _other_manner(a: dict, b: dict) -> bool:
    ma, mb = manners(a), manners(b)
    if a["doc_id"] != b["doc_id"] or not ma or not mb or ma & mb:
        return False
    if definite(a) or definite(b):
        return False  # "The shooting was the third this month" refers back to an assault that may hold several manners
    # "Gunmen beat Pérez before shooting him", "a man was beaten and then shot": one victim or one sentence, one assault
    one_sentence = a.get("evidence_start") is not None and a.get("evidence_start") == b.get("evidence_start")
    return not one_sentence and not _same(_who(a.get("target_entity")), _who(b.get("target_entity")))


def _other_actors(a: dict, b: dict) -> bool:
    aa, ab = bare(a.get("actor_entity") or ""), bare(b.get("actor_entity") or "")
    if not aa or not ab or _same(_who(aa), _who(ab)) or aa.split(":")[0] != ab.split(":")[0] or _misread(a) or _misread(b):
        return False  # one actor unknown, the same, or of two kinds (a person may be the group's member)
    if aa.split(":")[0] not in _NAMED_PARTIES \
            or a.get("modality") != "asserted" or b.get("modality") != "asserted":
        return False  # agencies act together, a group's factions and members are the group, a hedge is no evidence
    ta, tb = _who(a.get("target_entity")), _who(b.get("target_entity"))
    # one victim, or each side's victim the other's actor: a clash (_roles_reversed)
    return not _same(ta, tb) and not _same(_who(aa), tb) and not _same(_who(ab), ta)


def _roles_reversed(a: dict, b: dict) -> bool:
    if _misread(a) or _misread(b):
        return False
    for x, y in ((a, b), (b, a)):
        known = x.get("target_entity") or bare(x.get("actor_entity") or "").startswith("person:")  # a group's fire, unaimed, is the clash
        if known and _same(_who(x.get("actor_entity")), _who(y.get("target_entity"))) \
                and not _same(_who(x.get("target_entity")), _who(y.get("actor_entity"))):
            return True
    return False


def told_apart(a: dict, b: dict) -> bool:
    """Whether two reports of violence are two happenings by their manners, their actors or their roles."""
    if a["type"] not in _VIOLENT or b["type"] not in _VIOLENT:
        return False
    return _other_manner(a, b) or _other_actors(a, b) or _roles_reversed(a, b)
