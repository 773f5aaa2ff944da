"""Whose, not where: a place written before a noun that says whose the people, offices or instruments are ("U.S.
troops", "U.S. Attorney Ann Green", "a U.S. drone strike"), not where a happening was ("a Honduras prison fire").
"""

from __future__ import annotations

import re

from ..anchor import _LOCATIVE_BEFORE
from .words import _w

# The people, holdings, armed instruments and operations of a country, which a place word before them says whose they
# are, not where they were: "attacks against U.S. partners and equities in the Middle East", "U.S. troops in Syria",
# "killed in a U.S. drone strike", "U.S. airstrikes eliminated", "America's allies", "bombed U.S. embassies in Kenya and
# Tanzania", "killed 19 U.S. Airmen … at a U.S. base in Saudi Arabia".
_HELD = re.compile(r"(?:partners?|allies|citizens?|nationals?|soldiers?|troops|forces|military|army|navy|(?:air|drone\s*)?strikes?|drones?|"
                   r"personnel|servicemembers|service\s*members|"
                   r"diplomats?|officials?|airmen|marines|sailors|embass(?:y|ies)|consulates?|bases?|hostages?|contractors?|"
                   r"interests|equities|assets|warships?|vessels?|ships?|aircraft|ciudadanos|soldados|tropas|intereses|aliados|socios|"
                   r"embajadas?|consulados?|rehenes)$", re.I)
# A state's undertakings, whose only before a country ("to end the U.S. combat mission", "increased U.S. counterterrorism
# activities and eliminated a planner in Somalia"); a city or state before them is where ("its Guanajuato operations",
# "a Chicago police operation", "a Chicago presence")
_STATE_HELD = re.compile(r"(?:missions?|operations?|campaigns?|deployments?|presence|activities|efforts|misi[oó]n|operativos?|"
                         r"actividades|esfuerzos)$", re.I)


# A state's offices and officers, which a country written before them says whose they are: "U.S. Attorney Ann Green",
# "U.S. prosecutors", "the U.S. Navy".
_OFFICES = re.compile(r"(?:attorneys?|prosecutors?|judges?|magistrates?|marshals?|authorities|agents?|agenc(?:y|ies)|department|government|"
                      r"administration|ambassadors?|envoys?|president|secretary|senators?|lawmakers?|officers?|investigators?|courts?|"
                      r"navy|army|treasury|intelligence|sanctions|fiscal[ií]a|gobierno|autoridades|fiscales|jueces|agentes)$", re.I)
# Places and happenings a country before them says where: "a Honduras prison fire", "a Haiti gang attack", "an Ecuador prison riot".
_WHERE_NOUN = re.compile(r"(?:prisons?|jails?|penitentiar(?:y|ies)|riots?|attacks?|violence|fires?|massacres?|shootings?|bombings?|raids?|"
                         r"killings?|murders?|homicides?|clash(?:es)?|ambush(?:es)?|explosions?|blasts?|wars?|conflicts?|crisis|cit(?:y|ies)|"
                         r"towns?|villages?|border|streets?|neighbou?rhoods?|slums?|port|airport|mines?|farms?|ranch(?:es)?)$", re.I)


def whose(ctx, m) -> bool:
    """Whether a place mention only says whose the people, offices or instruments it is written before are, by the
    parse: any place before the held ones ("U.S. partners", "America's allies", "a U.S. drone strike … in Yemen", "a
    U.S. military base employee", Spanish "drones de Estados Unidos"), a country before an office or a titled person
    ("U.S. prosecutors", "U.S. Attorney Ann Green"). Not before a place or happening ("a Haiti gang attack", "a Honduras
    prison fire": where), nor its own ground ("on U.S. soil")."""
    span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
    root = span.root if span is not None else None
    if root is None or _GROUND.match(ctx.text, m.end):
        return False
    if root.dep_ == "pobj" and _w(root.head) == "of" and root.head.head.tag_.startswith("NN"):
        return ctx.language == "es" and bool(_HELD.match(root.head.head.text))  # "drones de Estados Unidos"
    if root.dep_ not in ("compound", "amod", "nmod", "poss") or span.start <= root.head.i < span.end:
        return False
    nouns, node = [root.head], root.head
    while node.dep_ == "compound" and node.head.i > node.i and len(nouns) < 4:
        node = node.head  # "a U.S. military base employee": the base is the state's
        nouns.append(node)
    if any(_WHERE_NOUN.match(n.text) for n in nouns):
        return False
    if any(_HELD.match(n.text) for n in nouns):
        return True
    country = next((p.kind == "country" for p in ctx.ann.places if p.key == m.key), False)
    return country and (any(_STATE_HELD.match(n.text) for n in nouns)
                        or any(_OFFICES.match(n.text) or n.ent_type_ == "PERSON" for n in nouns) and _modifier(ctx.text, m, span, root))


_GROUND = re.compile(r"\s+(?:soil|territory|territorial|waters|side|border|mainland|homeland)\b", re.I)  # "on U.S. soil": where


def _modifier(text: str, m, span, root) -> bool:
    """Whether a place mention (its span and the span's root in the parse) only modifies the noun after it ("the U.S.
    Attorney", "a U.S. military base employee", "U.S. forces"): it says whose someone or something is, not where the
    story is. Not after a preposition of location ("in Culiacán soldiers arrested")."""
    return root.dep_ in ("compound", "amod", "nmod") and not span.start <= root.head.i < span.end \
        and root.head.tag_.startswith("NN") and root.head.ent_type_ not in ("GPE", "LOC") \
        and not _LOCATIVE_BEFORE.search(text, max(0, m.start - 30), m.start)
