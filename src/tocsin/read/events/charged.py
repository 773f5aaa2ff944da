"""Whom a legal noun ("charges", "conviction", "arrest") befalls when its "of" phrase names the offence, not the
person: "charges of arson were filed against Mills" (Mills), "her conviction of careless driving" (her), "a man who
was convicted of theft and has pending charges of assault" (the man). The offence is the legal event's offence
(``offences``), never its target (docs/annotation.md §2.2).
"""

from __future__ import annotations

import re

from .words import _category_of, _child, _prep_object, _w

_NAMES_SOMEONE = {"PERSON", "NORP", "ORG", "GPE", "CRIMINAL_GROUP", "AGENCY"}
_COUNTED = {"det", "poss", "nummod", "predet"}  # "the arrest of a man", "his", "two": someone, not a kind of act
_HOLDING = {"has", "have", "had", "faces", "face", "faced"}
# Someone named by a bare singular noun: "the arrest of someone", "of anyone", "of suspect", "of staff".
_SOMEONE = re.compile(r"(?:some|any|every|no)(?:one|body)|one|suspects?|sospechos[oa]s?|staff|personal|personnel|people|gente|person|persona|"
                      r"m[ae]n|wom[ae]n|hombres?|mujer(?:es)?|teen(?:ager)?s?|juveniles?|minors?|menor(?:es)?|adults?|individuals?|individuos?|"
                      r"inmates?|reos?|presos?|detainees?|drivers?|members?|integrantes?|miembros?|employees?|empleados?|officers?|agentes?", re.I)


def offence_named(obj) -> bool:
    """Whether the object of a legal noun's "of" names a kind of act rather than someone: a singular common noun or
    gerund with no determiner, possessive or number, naming no person or body, nor anyone by a people word ("arson",
    "careless driving", "aggravated rape of a child"); not "the arrest of suspects", "of Smith", "of a man", "of him",
    "of someone", "of staff", "of suspect"."""
    return obj.tag_ in ("NN", "VBG") and obj.ent_type_ not in _NAMES_SOMEONE and not any(c.dep_ in _COUNTED for c in obj.children) \
        and not _SOMEONE.fullmatch(obj.text) and _category_of(obj.text, obj.lang_ if obj.lang_ in ("en", "es") else "en") is None


def legal_party(tok, preps: tuple[str, ...]):
    """The first object of the noun's prepositions that names someone, skipping an "of" that names the offence
    ("charges of assault against two men": the men), after which only "against" (and "on", a threat's) names whom, not
    a place ("charges of fraud at the customs office"); a Spanish offence's own "de" naming an official or a person is
    the one it befalls ("la condena de homicidio del exalcalde"). None if none does."""
    offence = None
    for c in tok.children:
        if c.dep_ in ("prep", "agent") and _w(c) in preps:
            obj = _child(c, "pobj", "pcomp")
            if obj is None or obj.ent_type_ in ("DATE", "TIME"):
                continue
            if _w(c) == "of" and offence_named(obj):
                offence = obj
                continue
            if offence is None or _w(c) in ("against", "on"):
                return obj
    return _offence_of_whom(offence) if offence is not None else None


def _offence_of_whom(offence):
    """The official or named person a Spanish offence's "de" names ("homicidio del exalcalde"), not a victim by a
    plain people word ("abuso sexual de una menor")."""
    if offence.lang_ != "es" or (of := _prep_object(offence, "of")) is None:
        return None
    return of if of.ent_type_ == "PERSON" or _category_of(of.text, "es") is not None else None


def charged_one(tok):
    """Whom a legal noun befalls by the clause it stands in, when it names no one itself: "charges … were filed
    against Mills" (the "against" of the verb it is the passive subject of), "a man who … has pending charges of
    assault" (the one the relative clause, through its coordinated verb, describes), "he faces charges of fraud"."""
    gov = tok.head
    if tok.dep_ == "nsubjpass" and (against := legal_party(gov, ("against",))) is not None:
        return against
    if tok.dep_ == "dobj" and gov.lower_ in _HOLDING and gov.dep_ == "conj" and gov.head.dep_ == "relcl" and _child(gov, "nsubj") is None:
        clause = gov.head
        subject = _child(clause, "nsubj", "nsubjpass")
        if subject is not None and subject.lower_ in ("who", "that") and clause.head.tag_.startswith("NN"):
            return clause.head  # "a national who was convicted of theft and has pending charges": the national
    return None


def first_listed(tok, record):
    """The first of the nouns a legal noun is coordinated with, where they list one person's record ("a national with
    convictions for fraud and previous arrests for theft": the arrests are the national's as the convictions are),
    also where the parse hung it on the first one's offence ("convictions for fraud and arrests": arrests a conjunct
    of fraud); ``record`` says whether a noun is part of a description of someone's record. The noun itself when it
    stands first or alone."""
    first, seen = tok, 0
    while first.dep_ == "conj" and first.head.i < first.i and first.head.tag_.startswith("NN") and seen < 4:
        first, seen = first.head, seen + 1
    if first is tok:
        return tok
    if first.dep_ == "pobj" and _w(first.head) in ("for", "of") and (legal := first.head.head).tag_.startswith("NN") and record(legal):
        return legal  # the offence of the record before: the record itself
    return first
