"""Participles written one after another on one person: the later one, after a comma, is the person's too.

"A Guatemalan national charged with assault with a dangerous weapon, arrested in Boston": the model hangs "arrested"
on the last noun before it (the weapon), but the one arrested is the national the first participle describes, as a
list of arrests writes each item (docs/annotation.md §2.4: for legal events the target is the person arrested).

A participle of hurting after a volley at premises names its target: "opened fire at a bar, killing two" struck the two
(``hurt_after``), as a happening noun's own clause of hurting does (``arguments._hurt_by``).
"""

from __future__ import annotations

import re

# How the noun a later participle hangs from may sit inside an earlier participle's words: "charged with assault with a
# dangerous weapon", "convicted of sexual exploitation of a minor", "wanted for the murder of a teen in Texas"
_INSIDE = {"pobj", "prep", "compound", "amod", "conj", "appos", "cc"}


# The first participles of a list of arrests: what the person is charged with, convicted of, wanted or known for
_RECORD = re.compile(r"(?:convict|charg|accus|indict|sentenc|wanted|suspect|sought|implicat|arrest|detain)")


def after_a_participle(tok):
    """The noun an earlier participle describes when the trigger is a participle after a comma that the parse hangs
    on a noun inside that earlier participle's words ("A Portuguese national convicted of exploitation of a minor,
    apprehended in Philadelphia": the national). None otherwise: a participle with no comma before it ("a man
    arrested in the killing of a teen"), one on a noun of the main clause ("Police found a car, stolen in May"), or
    one after a participle that tells no charge or record of the person ("a man wanted …" does; "a man working for a
    woman, stabbed in May" may tell of her)."""
    if tok.i == 0 or tok.doc[tok.i - 1].text != ",":
        return None
    node = tok.head
    for _ in range(10):
        if node.dep_ == "acl" and node.tag_ == "VBN" and node.i < tok.i:
            return node.head if _RECORD.match(node.lower_) else None
        if node.dep_ == "ROOT" and node.tag_ == "VBN" and node.i < tok.i and _RECORD.match(node.lower_):
            return _before(node)  # a list's item the model reads as a headline: "A Portuguese national convicted of …"
        if node.dep_ not in _INSIDE or node.head.i == node.i:
            return None
        node = node.head
    return None


def _before(verb):
    """The noun an item's first participle tells of, when the model makes the participle the item's root: the head of
    the words before it ("A Portuguese national convicted of …", whatever the model tags "national"). None when a word
    before it is no part of a noun phrase."""
    words = [t for t in verb.doc[verb.sent.start : verb.i] if not t.is_space and not t.is_punct]
    if not words or any(t.pos_ in ("VERB", "AUX", "ADP", "SCONJ", "PRON") for t in words):
        return None
    return words[-1]


# The participles by which a volley's or a blast's own sentence tells whom it hurt: "opened fire at a bar, killing two"
_HURTING = {"killing", "wounding", "injuring"}  # English only: a Spanish volley is told "contra", its object "obj"
# People a volley is fired at as one body: "opened fire at a group of soldiers, killing two" hit the soldiers
_BODIES = {"group", "crowd", "convoy", "patrol", "gathering", "unit", "squad", "team", "line", "column", "police", "troops", "people"}


def hurt_after(verb, target):
    """The target of a verb that struck premises or a place ("A gunman opened fire at a nightclub, killing 49 people":
    the people; the nightclub is where): whom its participle of hurting names, else the target as read. Not where the
    target is a person or an object ("opened fire on police, wounding two": the police), nor a participle with no
    object, one that names no one ("killing no one") or one with a subject of its own ("..., police killing him")."""
    if target is None or target.head.lower_ not in ("at", "outside", "inside") or target.ent_type_ in ("PERSON", "NORP") \
            or target.tag_ not in ("NN", "NNP") or target.lower_ in _BODIES:
        return target  # people fired at ("at soldiers", "at a group of soldiers") stay whom it struck
    for clause in verb.children:
        if clause.dep_ not in ("advcl", "xcomp", "conj") or clause.lower_ not in _HURTING or any(c.dep_.startswith("nsubj") for c in clause.children):
            continue
        hurt = next((c for c in clause.children if c.dep_ == "dobj"), None)
        if hurt is not None and hurt.lower_ not in ("nobody", "none", "nadie") and not any(c.dep_ == "det" and c.lower_ == "no" for c in hurt.children):
            return hurt
    return target


_FINDING = {"found", "discovered"}


def found_before(tok):
    """The passive "found" a participle of hurting follows, adverbs between ("who was found fatally shot", "Man found
    shot"), however the parse hangs the participle (it may join it to the sentence's first verb, "police cordoned off
    the lot … who was found fatally shot"): the one found is whom it befell, and whoever found them did not do it."""
    i = tok.i - 1
    while i > tok.sent.start and tok.doc[i].tag_ == "RB":
        i -= 1
    found = tok.doc[i] if i >= tok.sent.start and tok.tag_ == "VBN" else None
    if found is None or found.lower_ not in _FINDING or any(c.dep_ == "dobj" for c in found.children):
        return None
    passive = found.tag_ == "VBN" or found.dep_ == "aux" or any(c.dep_ in ("auxpass", "nsubjpass") for c in found.children)
    return found if passive else None  # a participle, or a "found" the tagger took for a past tense that a passive's
    # auxiliary or subject shows is one ("Man was found shot" read as "was/VBD found/VBD")
