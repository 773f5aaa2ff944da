"""Presence told inside a noun phrase, by the parse: a named group with a place of its own, or a description of a named
group as a group of a place (docs/annotation.md §5).

"A top expert for Islamic State in Syria", "el Tren de Aragua en Chile": the place hangs from the group's name by a
preposition of location. "Barrio 18 is one of the largest gangs in Guatemala", "Los Lobos, the dominant gang in
Manabí", "Los Choneros son la banda dominante en Manabí": it hangs from a word for a group that the parse makes the
named group's complement or apposition. Not a group's origin ("a Venezuelan gang", "founded in a prison in Aragua": a
nationality, or a place a verb holds), not an event's parties ("the arrest of MS-13 in Denver": the place is the
arrest's), nor a group only talked about ("experts on the Sinaloa Cartel in Washington": ``_talked_about``) or acted on
("has displaced the Sinaloa Cartel in Sonora": ``_acted_on``; one a place was freed from is there no longer,
"areas liberated from ISIS in Iraq": ``freed_from``; not one fought, "combating the CJNG in Jalisco"). The
claim is told by the verb the word for a group completes, and takes its mood and polarity: "might be the largest gang
in Peru" is a possibility, "no son la banda dominante en Manabí" a denial (``claim_word``).
"""

from __future__ import annotations

import re

from .presence import GROUPLIKE

_WHERE = {"in", "across", "throughout", "within", "en"}
_PLACE = ("GPE", "LOC")
_TOPIC = {"on", "about", "over", "regarding", "concerning", "into", "sobre", "acerca", "en"}  # what a word is about
_ONE = {"one", "some", "uno", "una", "unos", "unas"}  # "one of the largest gangs in Guatemala", "una de las bandas"


def located(doc, acts: set[int]) -> list[tuple[object, int, int]]:
    """The prepositions of location that put a named group in a place within its own noun phrase, each with the span
    from it to the place's end; none where the phrase is a party of an event (``acts``, the token indices of the
    document's other triggers)."""
    out = []
    for tok in doc:
        found = _place_and_head(tok) if tok.lower_ in _WHERE else None
        if found is None or located_group(tok) is None:
            continue
        place, head = found
        if not any(a.i in acts for a in (head, *head.ancestors)):
            out.append((tok, tok.idx, place.idx + len(place)))
    return out


def _place_and_head(tok):
    """The place a preposition of location takes and the word it hangs from: an English "prep" with its object, or a
    Spanish case marker of a place that modifies a noun ("el Tren de Aragua en Chile": Chile an nmod of Tren)."""
    if tok.dep_ == "prep":
        place = next((o for o in tok.children if o.dep_ == "pobj" and o.ent_type_ in _PLACE), None)
        return (place, tok.head) if place is not None else None
    if tok.dep_ == "case" and tok.head.ent_type_ in _PLACE and tok.head.dep_ in ("nmod", "compound"):
        return tok.head, tok.head.head
    return None


def located_group(prep):
    """The named group a preposition of location hangs from: the name itself ("Islamic State in Syria"), or the name a
    word for a group describes, as its complement or apposition ("MS-13 is a gang in Honduras", "Los Lobos, the
    largest gang in Ecuador", "one of the largest gangs in"); None otherwise."""
    return _located(prep)[0]


def claim_word(tok):
    """The word a presence claim is told by, whose mood and polarity it takes (``mood.modality``): for a
    preposition that places a group, the word for a group it hangs from ("might be the largest gang in Peru": the
    gang, which "might be" governs; "no son la banda dominante en Manabí") or the name itself; for a word for a group
    counted among others, the one ("may be one of the largest gangs in"); any other trigger itself. A word for a group
    whose negation only says it is more than that ("is not just a gang in Honduras", "is no ordinary gang in", "no son
    solo una banda en Manabí": ``_focus_negated``) denies nothing: the claim is told by the name."""
    if tok.dep_ in ("prep", "case") and tok.lower_ in _WHERE:
        group, word = _located(tok)
        return tok if group is None else group if _focus_negated(word) else word
    return _one(tok) if GROUPLIKE.fullmatch(tok.text) and tok.tag_.startswith("NN") else tok


# Words that turn a negation on what follows into "more than": "not just", "not only", "no solo", "no simplemente"
_FOCUS = {"just", "only", "merely", "simply", "solely", "mere", "solo", "sólo", "solamente", "únicamente", "simplemente",
          "meramente", "nada más"}


def _focus_negated(word) -> bool:
    """Whether a word for a group is negated only to say it is more than that: a focus word between the negation and
    the word ("not just a gang", "not merely one of the gangs", "no son solo una banda"), or a "no" with an adjective
    ("no ordinary gang"; not "no gang", nor "not the largest gang", which deny)."""
    if any(c.dep_ == "det" and c.lower_ == "no" and any(a.dep_ == "amod" and c.i < a.i < word.i for a in word.children)
           for c in word.children):
        return True
    negs = [c for h in (word, word.head) for c in h.children if c.dep_ == "neg" and c.i < word.i]
    return any(word.doc[i].lower_ in _FOCUS for n in negs for i in range(n.i + 1, word.i))


def _one(head):
    """The "one" a word for a group is counted among: "one of the largest gangs", "una de las bandas"; else the word."""
    if head.dep_ == "pobj" and head.head.lower_ in ("of", "de") and head.head.head.lower_ in _ONE:
        return head.head.head
    return head.head if head.dep_ == "nmod" and head.head.lower_ in _ONE else head


def _located(prep) -> tuple:
    """The named group a preposition of location places (``located_group``) and the word it does so through (the
    name, or the word for a group that describes it: ``claim_word``); (None, None) where it places none."""
    found = _place_and_head(prep)
    if found is None:
        return None, None
    head = found[1]
    if head.ent_type_ == "CRIMINAL_GROUP":
        return (None, None) if _talked_about(head) or _acted_on(head) else (head, head)
    if (name := _name_before(prep)) is not None and name.dep_ == "pobj" and name.head.head.i == head.i:
        # "an expert for Islamic State in Syria": the parse hangs "in Syria" on the expert, the name is nearer; "areas
        # liberated from ISIS in Iraq" places the group too, as no longer there (``freed_from``)
        return (None, None) if _talked_about(name) or _acted_on(name) else (name, name)
    if not GROUPLIKE.fullmatch(head.text) or not head.tag_.startswith("NN"):
        return None, None
    head = _one(head)  # "one of the largest gangs in Guatemala": the one
    if head.dep_ == "appos" and head.head.ent_type_ == "CRIMINAL_GROUP":
        return head.head, head
    verb = head.head if head.dep_ == "attr" else head if any(c.dep_ == "cop" for c in head.children) else None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i != head.i), None) if verb is not None else None
    return (subject, head) if subject is not None and subject.ent_type_ == "CRIMINAL_GROUP" else (None, None)


def _talked_about(name) -> bool:
    """Whether a group's name is what another word is about, not a group placed: the object of a preposition of topic
    ("experts on the Sinaloa Cartel in Washington", "spoke about the Sinaloa Cartel in Mexico City", "a book about MS-13
    in Los Angeles", "expertos en el Tren de Aragua en Madrid"), where the place after it is as likely the experts', the
    talk's or the book's; not a name a word for a group hangs it from, nor one another preposition takes ("an expert
    for Islamic State in Syria", "the rise of MS-13 in Los Angeles", "the fight against MS-13 in Honduras")."""
    if name.dep_ == "pobj":
        prep, holder = name.head, name.head.head
    else:  # a Spanish case marker; "about MS-13", the name tagged a number and "about" its modifier ("about 13")
        prep, holder = next((c for c in name.children if c.dep_ in ("case", "advmod", "quantmod") and c.i < name.i), None), name.head
    if prep is None or prep.lower_ not in _TOPIC:
        return False
    return not (GROUPLIKE.fullmatch(holder.text) and holder.tag_.startswith("NN"))


def _acted_on(name) -> bool:
    """Whether a group's name is the object of a verb of displacement, which the place after it tells where the verb's
    subject now holds: "the CJNG has displaced the Sinaloa Cartel in Sonora", "ousted Los Zetas in Tamaulipas" place the
    subject (``doings.habitual``), not the group it drove out; a verb of fighting takes the group as there ("are
    combating the CJNG in Jalisco", as ``doings.fought``)."""
    verb = name.head
    if name.dep_ not in ("dobj", "obj") or not verb.tag_.startswith("VB") and verb.pos_ != "VERB":
        return False
    return bool(_DISPLACING.match(verb.lower_)) or bool(_OUT.fullmatch(verb.lower_)) and any(c.lower_ == "out" for c in verb.children)


def freed_from(name) -> bool:
    """Whether a group's name is what a place was freed from, which says the group is no longer there: "areas liberated
    from ISIS in Iraq and Syria", "territory retaken from the Taliban in Helmand", "zonas liberadas del Estado Islámico en
    Irak" (the word before the "from" where the parse hangs it on a noun); a presence denied (docs/annotation.md §5)."""
    verb = name.head
    return name.dep_ == "pobj" and verb.lower_ in ("from", "de", "del") and any(
        _FREED.match(w.lower_) for w in (verb.head, verb.doc[max(verb.i - 1, 0)]))


# Verbs of freeing a place from a group, whose "from" says the group is gone: "liberated from ISIS", "retaken from",
# "liberadas del Estado Islámico"; not a rescue of people ("hostages rescued from Hamas in Gaza"), nor a recovery of goods
# ("armas recuperadas del CJNG en Jalisco"), which leave the group where it was
_FREED = re.compile(r"(?:liberat|freed|free|reclaim|retak|retook|recaptur|clear|wrest|liberad|arrebatad)\w*$")
# Verbs of displacement: "displaced", "expelled", "ousted", "replaced", "supplanted", "desplazó", "expulsó"
_DISPLACING = re.compile(r"(?:displac|expel|oust|replac|supplant|evict|dislodg|desplaz|expuls|reemplaz|sustitu|"
                         r"desaloj|suplant)\w*$", re.I)
# Verbs that displace with "out": "drove out", "pushed out", "forced out", "ran out"
_OUT = re.compile(r"driv(?:e|es|en|ing)|drove|push(?:es|ed|ing)?|forc(?:e|es|ed|ing)|chas(?:e|es|ed|ing)|run|runs|ran|running", re.I)


def _name_before(prep):
    """The head of the group name that ends right before a preposition, if any."""
    before = prep.doc[prep.i - 1] if prep.i > 0 else None
    if before is None or before.ent_type_ != "CRIMINAL_GROUP":
        return None
    span = next((e for e in prep.doc.ents if e.start <= before.i < e.end), None)
    return span.root if span is not None else None


# A participle of a hold joined to a group's name by a hyphen: "Hamas-ruled Gaza", "Houthi-controlled areas of Yemen"
HELD_JOINED = re.compile(r"ruled|controlled|run|held|dominated|occupied|governed", re.I)


def joined_holder(tok):
    """The group whose name a participle of a hold is joined to ("Hamas-ruled Gaza": Hamas; "the Sinaloa
    Cartel-controlled town": Cartel), the noun the participle describes being where the group is; None where the word
    before the hyphen is no group's ("Syrian government-held areas", "state-run media")."""
    if tok.dep_ != "amod" or not HELD_JOINED.fullmatch(tok.text) or tok.i < 2 or tok.nbor(-1).text not in ("-", "‑"):
        return None
    before = tok.nbor(-2)
    return before if before.ent_type_ == "CRIMINAL_GROUP" else None

