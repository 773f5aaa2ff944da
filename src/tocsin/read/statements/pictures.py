"""What a speaker calls something: the frame of a verb that gives its object a predicate of the speaker's own ("the
judge described the crime as despicable", "the mayor compared the agents to thugs", "the governor called the
shooting a senseless act"). The claim is the object with what it is called, read off the parse, not off a list of
sentences. Used by ``find``.
"""

from __future__ import annotations

from .cues import subtree_span
from .lexicon import LEXICONS, verb_lemma


def pictured(verb) -> tuple[int, int] | None:
    """The object and what the speaker makes of it, when the verb frames one (``LEXICONS["en"]["characterizing"]``:
    the preposition or the predicate each verb takes): "describing the crime as “despicable”" gives "the crime as
    “despicable”"; None for "described the scene" (no predicate: an account, not a verdict)."""
    frames = LEXICONS["en"]["characterizing"].get(verb_lemma(verb.lower_))
    if frames is None:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None:
        return None
    preds = [t for t in verb.subtree if t.i > obj.i and _predicate(t, frames) and not _own_clause(t, verb)]
    if not preds:
        return None
    start = subtree_span(obj)[0]
    end = max(subtree_span(p)[1] for p in preds)
    return start, end


def _predicate(token, frames: tuple[str, ...]) -> bool:
    """A preposition of the frame with an object ("as despicable", "to thugs"), or an object predicate ("a senseless
    act", where the frame takes one: ``oprd``)."""
    if token.dep_ == "oprd":
        return "oprd" in frames
    return token.dep_ == "prep" and token.lower_ in frames and any(c.dep_ in ("pobj", "amod", "acomp", "pcomp") for c in token.children)


def _own_clause(token, verb) -> bool:
    """Whether a token stands in a clause with a subject of its own under the verb ("described the man who was known as
    Tito"), not in the verb's own phrase ("described Hickson cutting off the legs as “vile misconduct”")."""
    node = token.head
    while node.i != verb.i and node.head.i != node.i:
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
            return True
        node = node.head
    return False
