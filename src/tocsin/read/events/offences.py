"""The offences of legal events: a crime word that names what someone was arrested, charged or convicted for is
the legal event's offence, not a happening of its own (docs/annotation.md §2.2, "the offence inside a legal
event").
"""

from __future__ import annotations

from .arguments import _child

_PATH_TO_OFFENCE = {"prep", "pobj", "pcomp", "dobj", "xcomp", "compound", "conj", "amod", "nmod", "acl", "relcl", "advcl", "npadvmod"}
# What may lie between a legal word and the offences it lists ("convicted of rape and aggravated assault of a minor",
# "pending charges for battery of an unborn child, assault on a female, and domestic violence"): nouns, their
# modifiers and prepositions, commas and conjunctions; a verb or any other punctuation starts something else.
_LISTED = ("NN", "JJ", "IN", "DT", "CD", "CC", "PRP$", "POS", "HYPH", "_SP")  # the tagger's tags: the pipeline sets no pos_
_LISTS_WITH = {"of", "on", "with", "for", "in", "de", "por", "con"}


def offence_of(tok, legal_tokens: set[int], listed: bool = True) -> int | None:
    """The legal trigger a crime word is the offence of ("charged with murder"), if any: by the parse, else, for a
    noun, as one of the offences a legal word lists before it (``listed_after``; not for a legal word: "convictions
    for assault, battery and pending charges" lists a legal step of its own)."""
    seen, start = 0, tok
    while seen < 6 and tok.dep_ in _PATH_TO_OFFENCE and tok.head is not tok:
        if tok.dep_ == "advcl" and _child(tok, "nsubj", "nsubjpass") is not None:
            return None
        if tok.dep_ == "conj" and tok.head.i in legal_tokens:
            break  # "his arrest and subsequent murder charges": coordinated with the legal step, a step of its own
        tok = tok.head
        seen += 1
        if tok.i in legal_tokens:
            return tok.i
    return listed_after(start, legal_tokens) if listed else None


def listed_after(tok, legal_tokens: set[int]) -> int | None:
    """The legal word whose list of offences a crime noun stands in, where the parse lost the list ("convicted on
    three counts of assault in the second degree, assault of a corrections employee, and probation violation"):
    the nearest legal word before it in its sentence, followed by a preposition, with only nouns, their modifiers,
    prepositions, commas and conjunctions between."""
    if not tok.tag_.startswith("NN"):
        return None
    before = [i for i in legal_tokens if tok.sent.start <= i < tok.i]
    if not before:
        return None
    legal = tok.doc[max(before)]
    between = tok.doc[legal.i + 1 : tok.i]
    if not len(between) or between[0].lower_ not in _LISTS_WITH:
        return None
    if all(t.tag_.startswith(_LISTED) or t.dep_ in ("amod", "compound") or t.tag_ == "VBG" and t.dep_ == "pcomp" or t.text == ","
           for t in between):
        return legal.i
    return None
