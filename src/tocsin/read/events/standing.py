"""Presence told by a named group's standing in a place, by the parse: a predicate adjective of strength or spread whose
subject is the group and which holds a place by a preposition of location (docs/annotation.md §5).

"MS-13 is strong in Honduras", "the Bloods, which are prominent in Newark", "Tren de Aragua has long been dominant in
Aurora", "the Latin Kings are well established in Chicago", "el Cártel de Sinaloa es muy poderoso en Sonora", "Los
Choneros, que son fuertes en Guayaquil": however many words come between, and whether the parse hangs the place on the
adjective or on its copula. Not a group's legal standing ("Hamas is banned in Germany": no word of strength), not a
group only compared ("stronger than the CJNG in Jalisco" places the CJNG as much), nor a subject that is no group
("violence is rampant in Culiacán"). Its mood and polarity are the copula's, read as any presence claim's ("is not strong
in Ohio" denies).
"""

from __future__ import annotations

import re

# Adjectives (and participles used as such) that tell how strongly or widely a group is somewhere
_STANDING = re.compile(r"(?:strong|powerful|dominant|predominant|prevalent|prominent|widespread|pervasive|rampant|ubiquitous|"
                       r"established|influential|notorious)(?:er|est)?|fuertes?|poderos[oa]s?|dominantes?|predominantes?|"
                       r"hegem[oó]nic[oa]s?|prevalentes?|extendid[oa]s?|arraigad[oa]s?|consolidad[oa]s?|influyentes?", re.IGNORECASE)
_COPULAS = {"is", "are", "remains", "remain", "been", "es", "son", "está", "están", "sigue", "siguen", "continúa", "continúan"}
_WHERE = {"in", "across", "throughout", "within", "inside", "en"}
_RELATIVE = {"which", "that", "who", "que", "quien", "quienes", "cual", "cuales"}


def standing(doc, acts: set[int]) -> list[tuple[object, int, int]]:
    """The adjectives of a named group's standing in a place (``_STANDING``), each with its span up to the preposition
    of location that holds the place; none where the adjective is a party of an event (``acts``, the token indices
    of the document's other triggers) or compares the group with another ("stronger than")."""
    out = []
    for adj in doc:
        if not _STANDING.fullmatch(adj.text) or adj.tag_ not in ("JJ", "JJR", "JJS", "VBN"):
            continue
        copula = _copula(adj)
        if copula is None or _group(copula) is None or any(c.lower_ in ("than", "que") and c.dep_ == "prep" for c in adj.children):
            continue
        prep = next((c for h in (adj, copula) for c in h.children if c.dep_ == "prep" and c.lower_ in _WHERE and c.i > adj.i
                     and any(o.dep_ == "pobj" and (o.ent_type_ in ("GPE", "LOC") or o.tag_ in ("NNP", "NNPS")) for o in c.children)), None)
        if prep is not None and not any(a.i in acts for a in (adj, *adj.ancestors)):
            out.append((adj, adj.idx, prep.idx + len(prep)))
    return out


def _copula(adj):
    """The copula an adjective completes: the English verb it is the complement of ("is strong", "has been dominant"),
    the passive auxiliary of a participle ("are well established"), or the Spanish copula it governs ("es fuerte");
    None for an adjective that only describes a noun ("a strong gang in Chile")."""
    if adj.dep_ == "acomp" and adj.head.lower_ in _COPULAS:  # "has been dominant", not the past's "had been"
        return adj.head if adj.head.lower_ != "been" or any(c.lower_ in ("has", "have") for c in adj.head.children) else None
    if adj.tag_ == "VBN":
        return next((c for c in adj.children if c.dep_ == "auxpass" and c.lower_ in _COPULAS), None) and adj
    return next((c for c in adj.children if c.dep_ == "cop" and c.lower_ in _COPULAS), None) and adj


def _group(copula):
    """The named group the standing is said of: the subject of the copula (or of the adjective, as the Spanish parse
    hangs it), through the relative pronoun that stands for it ("the Bloods, which are prominent in"); None otherwise."""
    subject = next((c for c in copula.children if c.dep_ in ("nsubj", "nsubjpass")), None)  # the copula is the adjective
    if subject is not None and subject.lower_ in _RELATIVE and copula.dep_ == "relcl":  # where the parse hangs it so
        subject = copula.head
    return subject if subject is not None and subject.ent_type_ == "CRIMINAL_GROUP" else None
