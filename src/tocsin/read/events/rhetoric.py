"""Whether an attack's words are rhetoric, not an attack made (docs/annotation.md §2.2: "an attack on our democracy"):
what the attack is on is an idea or an institution ("an assault on freedom", "this assault on the integrity of our
borders", "an attack on me and my campaign"), the attack is one of words ("inflammatory attacks on these heroes", "political
attacks"), or an idea is "under attack" ("Freedom and democracy were under assault"). Not a place or people that
came under attack ("the village came under attack"), nor an attack on a country ("the attack on Israel"), which
may be one."""

from __future__ import annotations

import re

# What a struggle is against, not whom an attack hits: "beat this threat", "an attack on the democratic process"
ABSTRACT_TARGET = re.compile(r"\b(?:threats?|epidemics?|flames|blazes?|crisis|crises|problems?|scourge|addiction|democra(?:cy|tic)|process|"
                             r"constitution|rule of law|values|freedoms?|liberty|liberties|sovereignty|economy|system|integrity|"
                             r"health ?care|campaign(?!\s+(?:offices?|headquarters|rall(?:y|ies)|staff|workers?|volunteers?|events?|stops?))|"
                             r"amenaza|epidemia|crisis|democracia|constitución|estado de derecho)\b", re.I)
# The words that make an attack one of words: "inflammatory attacks", "partisan attacks"
_OF_WORDS = {"verbal", "inflammatory", "political", "partisan", "personal", "rhetorical", "baseless", "unfounded"}
_ON = {"on", "against", "upon"}
# The words after a noun of attack that say what it is on, however the parse hangs them ("watching another assault on
# freedom"), up to a clause of their own
_ON_AFTER = re.compile(r"\s+(?:on|against|upon)\s+((?:(?!(?:that|which|who|when|where|in|at)\b)[\w'’-]+\s*){1,8})", re.I)


def _words(tok) -> str:
    """The words of a token's phrase."""
    return tok.doc.text[tok.left_edge.idx : tok.right_edge.idx + len(tok.right_edge)]


def _attacked(tok):
    """What a noun of attack is on ("an assault on freedom"), or what is "under attack" (its clause's subject); None
    where neither is said."""
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in _ON:
            return next((o for o in prep.children if o.dep_ == "pobj"), None)
    if tok.dep_ == "pobj" and tok.head.lower_ == "under":
        return next((s for s in tok.head.head.children if s.dep_ in ("nsubj", "nsubjpass")), None)
    return None


def _an_idea(words: str) -> bool:
    """Whether the words name an idea or an institution, written in lower case ("freedom"; not "Freedom Creek")."""
    return any(m.group(0)[0].islower() for m in ABSTRACT_TARGET.finditer(words))


def rhetorical(tok, target_tok) -> bool:
    """Whether an attack trigger is rhetoric: what it is on, read off the target or the noun's own phrase, is an idea
    or an institution, or a word on the noun makes it an attack of words."""
    noun = tok.tag_.startswith("NN")
    if noun and any(c.dep_ == "amod" and c.lower_ in _OF_WORDS and all(a.lower_ in _OF_WORDS for a in c.conjuncts) for c in tok.children):
        return True  # "inflammatory attacks"; not "verbal and physical attacks"
    on = target_tok if target_tok is not None else _attacked(tok) if noun else None
    if on is not None and _an_idea(_words(on)):
        return True
    after = _ON_AFTER.match(tok.doc.text, tok.idx + len(tok)) if noun else None
    return after is not None and _an_idea(after.group(1))
