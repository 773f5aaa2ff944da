"""Whether an attack's words are rhetoric, not an attack made (docs/annotation.md §2.2: "an attack on our democracy"):
what the attack is on is an idea or an institution ("an assault on freedom", "this assault on the integrity of our
borders", "an attack on me and my campaign"), the attack is one of words ("inflammatory attacks on these heroes",
"partisan attacks"), or an idea is "under attack" ("Freedom and democracy were under assault"). Not a place or people
that came under attack ("the village came under attack"), nor a thing named after an idea ("the campaign bus", "a
health care center"), nor an attack on a country ("the attack on Israel"), which may be one."""

from __future__ import annotations

import re

# What a struggle is against, not whom an attack hits: "beat this threat", "an attack on the democratic process"
_ABSTRACT_TARGET = re.compile(r"\b(?:threats?|epidemics?|flames|blazes?|crisis|crises|problems?|scourge|addiction|democra(?:cy|tic)|"
                              r"process|constitution|rule of law|values|freedoms?|liberty|liberties|sovereignty|economy|system|"
                              r"integrity|health ?care|campaign(?!\s+(?:offices?|headquarters|rall(?:y|ies)|staff|workers?|"
                              r"volunteers?|events?|stops?|bus(?:es)?))|amenaza|epidemia|democracia|constitución|estado de derecho)\b",
                              re.I)
# The words that make an attack one of words: "inflammatory attacks" (not "political", "personal": a man's "personal
# attack on his neighbor" with a knife, a "political attack on the mayor" with guns)
_OF_WORDS = {"verbal", "inflammatory", "partisan", "rhetorical", "baseless", "unfounded"}
_ON = {"on", "against", "upon"}
# The words after a noun of attack that say what it is on, however the parse hangs them ("watching another assault on
# freedom"), up to a clause or a phrase of their own ("an attack on a patrol during the election campaign")
_ON_AFTER = re.compile(r"\s+(?:on|against|upon)\s+((?:(?!(?:that|which|who|when|where|in|at|during|over|for|amid|by|after|with)\b)"
                       r"[\w'’-]+\s*){1,8})", re.I)
# Entities an idea's word may be part of the name of: "Freedom Creek", "Liberty County", "Justice Campaign Smith"
_NAMES = {"GPE", "LOC", "FAC", "PERSON", "PER"}


def _attacked(tok):
    """What a noun of attack is on ("an assault on freedom"), or what is "under attack" (its clause's subject); None
    where neither is said."""
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in _ON:
            return next((o for o in prep.children if o.dep_ == "pobj"), None)
    if tok.dep_ == "pobj" and tok.head.lower_ == "under":
        return next((s for s in tok.head.head.children if s.dep_ in ("nsubj", "nsubjpass")), None)
    return None


def _an_idea(doc, start: int, end: int, head=None) -> bool:
    """Whether the words at start:end name an idea or an institution ("freedom", "la Constitución"), in no place's or
    person's name ("Freedom Creek"); where ``head`` is given, the idea must be that word, not a word on it ("an attack
    on health care", not "on a health care center")."""
    for m in _ABSTRACT_TARGET.finditer(doc.text, start, end):
        words = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if words is not None and not any(t.ent_type_ in _NAMES for t in words) and (head is None or words.start <= head.i < words.end):
            return True
    return False


def _ideas(on) -> bool:
    """Whether what an attack is on, or any of the things joined to it ("me and my campaign"), is an idea."""
    return any(_an_idea(h.doc, h.left_edge.idx, h.right_edge.idx + len(h.right_edge), head=h) for h in (on, *on.conjuncts))


def rhetorical(tok, target_tok) -> bool:
    """Whether an attack trigger is rhetoric: what it is on, read off the target or the noun's own phrase, is an idea
    or an institution, or a word on the noun makes it an attack of words."""
    noun = tok.tag_.startswith("NN")
    if noun and any(c.dep_ == "amod" and c.lower_ in _OF_WORDS and all(a.lower_ in _OF_WORDS for a in c.conjuncts) for c in tok.children):
        return True  # "inflammatory attacks"; not "verbal and physical attacks"
    on = target_tok if target_tok is not None else _attacked(tok) if noun else None
    if on is not None:
        return _ideas(on)
    after = _ON_AFTER.match(tok.doc.text, tok.idx + len(tok)) if noun else None
    return after is not None and _an_idea(tok.doc, after.start(1), after.end(1))
