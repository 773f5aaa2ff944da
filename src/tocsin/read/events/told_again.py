"""What a story says of an unnamed victim it tells again by the same noun: "A man was stabbed to death on Monday.
The man, a bus driver for the city, was on his way home." The definite noun that repeats the indefinite target's
head word ("a man" … "the man", "una mujer" … "la mujer") is the same person where the story names no victim and
hurts one person only (``chains._one_unnamed`` checks that); what its apposition or its verb of being says is that
person's description.

Not read: a later noun with its own possessor or other modifiers ("the man's brother", "the other man"), a
description said as a chance ("the man, possibly a soldier"), or a kinship word ("the woman, the wife of a police
officer": the officer is another person).
"""

from __future__ import annotations

import re

from .arguments import _phrase
from .predicates import _before_clause, _predicates
from .words import chanced

_THE = {"the", "this", "that", "el", "la", "este", "esta", "ese", "esa"}
_KIN = re.compile(r"(?:wi(?:fe|dow)|husband|mother|father|son|daughter|sister|brother|relative|girlfriend|boyfriend|esposa|esposo|"
                  r"marido|madre|padre|hij[oa]|herman[oa]|viud[oa]|novi[oa]|familiar|pariente)s?", re.IGNORECASE)


def told_again(target, text: str) -> list[str]:
    """The descriptions a story gives, after an indefinite one-person target ("a man"), of the definite noun with the
    same head word and no other modifier ("The man, a bus driver,", "The woman was a nurse")."""
    out = []
    for tok in target.doc[target.i + 1 :]:
        if tok.lower_ != target.lower_ or tok.tag_ != target.tag_ or [c.lower_ for c in tok.children if c.i < tok.i] not in (
                [d] for d in _THE):
            continue
        out += [_before_clause(text[slice(*_phrase(c))]) for c in tok.children
                if c.dep_ == "appos" and c.tag_.startswith("NN") and not chanced(c) and not _KIN.fullmatch(c.text)]
        if tok.dep_ in ("nsubj", "nsubjpass"):
            out += [w for w in _predicates(tok.head, text) if not any(_KIN.fullmatch(word) for word in w.split())]
    return out
