"""Whom a legal noun ("charges", "conviction", "arrest") befalls when its "of" phrase names the offence, not the
person: "charges of arson were filed against Mills" (Mills), "her conviction of careless driving" (her), "a man who
was convicted of theft and has pending charges of assault" (the man). The offence is the legal event's offence
(``offences``), never its target (docs/annotation.md §2.2).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..event_lexicon import CHARGED_CRIMES, LEGAL, TRIGGERS
from .animacy import person_word
from .words import _category_of, _child, _prep_object, _w

_NAMES_SOMEONE = {"PERSON", "NORP", "ORG", "GPE", "CRIMINAL_GROUP", "AGENCY"}
_COUNTED = {"det", "poss", "nummod", "predet"}  # "the arrest of a man", "his", "two": someone, not a kind of act
_HOLDING = {"has", "have", "had", "faces", "face", "faced"}
# The offences a legal noun's "of" may name: the crime words of the trigger lexicon and of charges, and the legal
# names of offences that are no event of their own ("charges of fraud", "conviction of bribery"); any other bare noun
# is someone ("the arrest of drug trafficker", "of gunman who killed two officers", "of suspect").
_LEGAL_OFFENCES = (r"battery|possession|conspiracy|bribery|corruption|embezzlement|perjury|obstruction|vandalism|trespass|"
                   r"racketeering|misconduct|negligence|abuse|harassment|stalking|forgery|espionage|treason|sedition|contempt|"
                   r"violations?|crimes?|offen[cs]es?|felon(?:y|ies)|misdemeanou?rs?|fraude|cohecho|peculado|corrupci[oó]n|"
                   r"posesi[oó]n|portaci[oó]n|narcotr[aá]fico|feminicidio|delitos?|delincuencia")


@lru_cache(maxsize=2)
def _offences(language: str):
    words = [p for t, _, p in TRIGGERS[language] if t not in LEGAL] + [w for w in CHARGED_CRIMES if w not in ("criminal", "federal")]
    return re.compile("(?:" + "|".join([*words, _LEGAL_OFFENCES]) + ")", re.I)


def offence_word(word: str, language: str) -> bool:
    """Whether a word is one of an offence or a violent act ("murder", "shooting", "fraud")."""
    return bool(_offences(language if language in ("en", "es") else "en").fullmatch(word))


@lru_cache(maxsize=2)
def _offence_told(language: str):
    return re.compile(r"\b" + _offences(language).pattern + r"\b", re.I)


def tells_an_offence(text: str, language: str) -> bool:
    """Whether a stretch of text names an offence or a violent act anywhere ("went on a shooting rampage")."""
    return bool(_offence_told(language if language in ("en", "es") else "en").search(text))


def offence_named(obj) -> bool:
    """Whether the object of a legal noun's "of" names a kind of act rather than someone: a common noun or gerund with
    no determiner, possessive or number, naming no person or body, that is an offence of the lexicon or a gerund
    ("arson", "careless driving", "aggravated rape of a child"); not "the arrest of suspects", "of Smith", "of a man",
    "of him", "of drug trafficker", nor one a relative clause describes ("of gunman who killed two officers")."""
    if obj.tag_ not in ("NN", "VBG") or obj.ent_type_ in _NAMES_SOMEONE or any(c.dep_ in _COUNTED or c.dep_ == "relcl" for c in obj.children):
        return False
    language = obj.lang_ if obj.lang_ in ("en", "es") else "en"
    return obj.tag_ == "VBG" or language == "en" and obj.lower_.endswith("ing") or bool(_offences(language).fullmatch(obj.text))


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
            if offence is None or _w(c) in ("against", "on") or _w(c) == "of" and _whom_of(obj) is not None:
                return obj  # "la condena de homicidio del exalcalde", where the parse hangs "del" on the legal noun
    if offence is None:
        return _stranded_of(tok) if "of" in preps else None
    return _prep_object(offence, "against", "contra") or _whom_of(_prep_object(offence, "of"))  # "charges of fraud
    # against two officers", "homicidio del exalcalde": the offence's own "against" or "de"


_WHERE_WHEN = {"DATE", "TIME", "GPE", "LOC", "FAC"}
_WHERE_WHEN_WORDS = {"in", "at", "across", "throughout", "during", "since", "over", "the", "this", "that", "last", "past", "year",
                     "years", "month", "months", "week", "weeks", ","}


def _stranded_of(tok):
    """The one a legal noun befalls by an "of" the parse hung on the place or time after the noun ("ten arrests in
    Colorado this year of people they say are affiliated with the gang"): only words of a place or a time between
    the noun and the "of", and someone after it, not an offence ("arrests in Denver this year of drug trafficking"),
    a place ("arrests in the state of Texas") or a time."""
    if not tok.tag_.startswith("NN"):
        return None
    for t in tok.doc[tok.i + 1 : min(tok.sent.end, tok.i + 9)]:
        if _w(t) == "of" and t.dep_ == "prep" and (t.head.i > tok.i or t.head.i == tok.head.i):  # or on "made" in "made arrests … of"
            obj = _child(t, "pobj")
            if obj is None or obj.ent_type_ in _WHERE_WHEN or not obj.tag_.startswith(("NN", "PRP")) or offence_named(obj):
                return None
            return obj if t.i > tok.i + 1 else None  # right after the noun, the parse would have hung it there
        if not (t.ent_type_ in _WHERE_WHEN or _w(t) in _WHERE_WHEN_WORDS):
            return None
    return None


def _whom_of(of):
    """The official or named person a Spanish "de" after an offence names ("homicidio del exalcalde"), not a victim by
    a plain people word ("abuso sexual de una menor"); None otherwise."""
    if of is None or of.lang_ != "es":
        return None
    return of if of.ent_type_ == "PERSON" or _category_of(of.text, "es") is not None else None


def charged_one(tok):
    """Whom a legal noun befalls by the clause it stands in, when it names no one itself: "charges … were filed
    against Mills" (the "against" of the verb it is the passive subject of), "a man who … has pending charges of
    assault" (the one the relative clause, through its coordinated verb, describes), "he faces charges of fraud"."""
    gov = tok.head
    if tok.dep_ == "nsubjpass" and (against := legal_party(gov, ("against",))) is not None:
        return against
    if (named := named_in(tok)) is not None:
        return named
    if tok.dep_ == "dobj" and gov.lower_ in _HOLDING and gov.dep_ == "conj" and gov.head.dep_ == "relcl" and _child(gov, "nsubj") is None:
        clause = gov.head
        subject = _child(clause, "nsubj", "nsubjpass")
        if subject is not None and subject.lower_ in ("who", "that") and clause.head.tag_.startswith("NN"):
            return clause.head  # "a national who was convicted of theft and has pending charges": the national
    return None


_NAMING_VERBS = {"charged", "indicted", "named", "accused", "convicted", "sentenced", "prosecuted", "acquitted"}
# The papers that name whom they charge ("charged in a 28-count indictment"); not a step of a case, such as an arrest,
# which the ones charged may have made ("officers were indicted in the January arrest")
_PAPERS = re.compile(r"indictments?|complaints?|informations?|cases?|counts?|charges?|affidavits?|warrants?|petitions?|"
                     r"lawsuits?|suits?|acusaci[oó]n(?:es)?|denuncias?|causas?|expedientes?|demandas?", re.I)


def named_in(tok):
    """Who a passive legal verb says a legal paper names, where the paper stands in its "in" or "by" phrase: "Ibrahim
    and Boateng were charged in a 28-count indictment" (the two); not the paper of a verb of another kind ("an officer
    was hurt in the arrest": the officer is no one arrested), nor a step that is no paper ("three officers were
    indicted in the January arrest that left Tyre Nichols dead": they made the arrest)."""
    gov = tok.head
    if tok.dep_ != "pobj" or _w(gov) not in ("in", "by") or gov.head.lower_ not in _NAMING_VERBS \
            or not _PAPERS.fullmatch(tok.text):
        return None
    return _child(gov.head, "nsubjpass")


def described_one(tok):
    """Whom a legal noun befalls in a verbless item that describes one person, the item's head: "Eswin Uriel Castro,
    a Mexican national with convictions for molestation and previous arrests for robbery" (Castro, however the parse
    hangs the arrests), "A 48-year-old Salvadoran national whose criminal history includes charges of rape" (the
    national); not where the item's head is no person ("Drug bust near the airport: five arrests"), nor where the
    noun reaches the head by no "with" and no record ("FBI Director Kash Patel at a news conference about the arrests",
    "Sheriff Joe Smith, whose deputies made 40 arrests": the arrests are not theirs)."""
    root = tok.sent.root
    if root.i >= tok.i or not root.tag_.startswith("NN") or not _of_a_record(tok, root):
        return None
    return root if root.ent_type_ == "PERSON" or root.tag_ in ("NN", "NNS") and person_word(root) else None


_RECORD = re.compile(r"history|histories|records?|background|past|rap|antecedentes|historial|prontuario", re.I)


def _of_a_record(tok, root) -> bool:
    """Whether a legal noun hangs from the item's head through "with" ("a national with convictions for fraud and
    previous arrests") or through a person's record ("whose criminal history includes charges of rape"): a word of
    the record on the way, or the subject of a verb on the way."""
    node = tok
    for _ in range(12):
        if node.i == root.i:
            return False
        if node.dep_ == "conj" and node.head.i == root.i:  # "…, a national with convictions for fraud, and a previous
            # arrest": the parse hangs the arrest on the head, after the "with" of the record it goes on
            heads = {root.i} | {c.i for c in root.children if c.dep_ == "appos"}
            before = tok.doc[root.i + 1 : node.i]
            return any(t.dep_ == "prep" and t.lower_ in ("with", "con") and t.head.i in heads for t in before)
        if node.dep_ == "prep" and node.lower_ in ("with", "con") or _RECORD.fullmatch(node.text) \
                or any(c.dep_ == "nsubj" and _RECORD.fullmatch(c.text) for c in node.children):
            return True
        node = node.head
    return False


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


# Who charges where the police do: a police force, its officers, a sheriff's deputies, troopers ("Police charged Sun with
# assault", "Deputies charged him with burglary").
_POLICE = re.compile(r"\b(?:police|officers?|deputies|troopers?|sheriff|detectives?|constables?|RCMP|patrol)\b", re.I)


def charged_by_police(text: str, f: dict) -> bool:
    """Whether a charge is laid by the police ("Police charged Sun with assault. She was due in Bridgeport Superior
    Court today"): it is made where they work, not at the court the case goes to, which the story names for later."""
    actor = f.get("actor")
    return f["type"] == "charge" and actor is not None and bool(_POLICE.search(text, actor[0], actor[1]))
