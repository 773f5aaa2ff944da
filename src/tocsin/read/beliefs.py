"""A belief denied that makes a forecast negative, read on the parse (docs/gates.md, forecasts): "nobody believes
the truce will hold", "no one thinks the crews are going to stop", "I can't imagine the smugglers will give up the
pass", "I can't see any way the truce will hold" say the truce will not hold.

Only the belief verb's own complement is denied: the modal must sit in its ccomp/xcomp clause (or in the clause of
a "way", "chance" or "possibility" it is said not to see), never across "and", "but", a colon or a comma, and never
when the verb has a direct object of its own. So "nobody believes me but the cartel will come back", "nobody expects
the army to come and the gangs will take the town" and "I can't imagine the pain of these families and more of them
will die" stay positive: their futures are told, not denied.
"""

from __future__ import annotations

import re
from .doctext import text_of

# A belief held now (the pipeline has no lemmatizer: the forms themselves); a past one ("nobody thought it would") is
# a state of mind told, left as it is
_BELIEVING = {form for verb in ("believe", "think", "expect", "imagine", "predict", "foresee", "see", "envision", "envisage")
              for form in (verb, verb + "s")}
_NOBODY = {"nobody", "noone", "none"}
_CAN = {"can", "ca", "could"}
_MODALS = {"will", "would", "'ll", "could", "might", "may", "shall", "wo", "can", "ca"}
_RULED_OUT = {"way", "chance", "possibility", "prospect", "scenario"}  # "I can't see any way the truce will hold"
_ACROSS = re.compile(r"\b(?:and|but)\b|[,;:—–]")


def denied_beliefs(spacy_doc, start: int, end: int) -> tuple[tuple[int, int, bool], ...]:
    """The spans of a claim (offsets in the claim, from ``start``) from a denied belief verb to the modal of its
    complement, each with whether that complement is itself negated (two negations: the prediction stands)."""
    if spacy_doc is None or not spacy_doc.has_annotation("DEP"):
        return ()
    out = []
    for verb in spacy_doc.char_span(start, end, alignment_mode="expand") or ():
        if verb.lower_ not in _BELIEVING or not verb.tag_.startswith("VB") or not _denied(verb):
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if objects:  # "nobody believes me", "can't imagine the pain": a belief of something else
            if len(objects) > 1 or objects[0].lower_.removesuffix("s") not in _RULED_OUT:
                continue
            clauses = [c for c in objects[0].children if c.dep_ in ("relcl", "acl", "ccomp")]
        else:
            clauses = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
        for clause in clauses:
            modal = _modal(clause)
            if modal is None or modal.i < verb.i or not start <= modal.idx < end:
                continue
            if _ACROSS.search(text_of(spacy_doc)[verb.idx + len(verb.text) : modal.idx]):
                continue  # "nobody expects the army to come and the gangs will take the town"
            negated = any(c.dep_ == "neg" for c in (modal if modal.lower_ == "going" else modal.head).children)
            out.append((verb.idx - start, modal.idx + len(modal.text) - start, negated))
    return tuple(out)


def _denied(verb) -> bool:
    """Whether a belief verb is denied: its subject is "nobody", "no one" or "none", or it is "can't"/"cannot"."""
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            word = c.lower_
            if word in _NOBODY or word == "one" and any(d.lower_ == "no" for d in c.children):
                return True
    return any(c.dep_ == "neg" for c in verb.children) and any(c.dep_ == "aux" and c.lower_ in _CAN for c in verb.children)


def _modal(clause):
    """The modal of a complement clause ("will" of "the truce will hold", "are going" of "are going to stop"), or of the
    clause its ccomp/xcomp chain leads to; None when it has none."""
    for c in clause.children:
        if c.dep_ == "aux" and c.lower_ in _MODALS:
            return c
    if clause.lower_ == "going" and any(c.dep_ == "xcomp" for c in clause.children):
        return clause
    for c in clause.children:
        if c.dep_ in ("ccomp", "xcomp") and c.i > clause.i:
            found = _modal(c)
            if found is not None:
                return found
    return None
