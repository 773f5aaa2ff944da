"""What a speaker calls something: the frame of a verb that gives its object a predicate of the speaker's own ("the
judge described the crime as despicable", "the governor called the shooting a senseless act"). The claim is the
object with what it is called, read off the parse, not off a list of sentences. Used by ``find``.
"""

from __future__ import annotations

import re

from .cues import subtree_span
from .lexicon import LEXICONS, verb_lemma

_REFLEXIVE = {"itself", "himself", "herself", "themselves", "ourselves", "myself", "yourself", "yourselves"}
_NESTED = {"relcl", "appos", "acl", "parataxis"}  # "the suspect, who police say is a member of…": another's words


def pictured(verb) -> tuple[int, int] | None:
    """The object and what the speaker makes of it, when the verb frames one (``LEXICONS["en"]["characterizing"]``:
    the preposition or the predicate each verb takes), the predicate straight after the object: "describing the crime
    as “despicable”" gives "the crime as “despicable”". None for "described the scene" (no predicate: an account, not
    a verdict); for a modal cue ("might call the deal…": what is not said); for a name ("calls itself the New
    Generation", "call him El Flaco"); for a role the speaker had ("described the shooting in detail as a witness");
    and for an object with a clause of its own ("the suspect, who police say is…"), whose words are not the speaker's."""
    frames = LEXICONS["en"]["characterizing"].get(verb_lemma(verb.lower_))
    if frames is None or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or obj.lower_ in _REFLEXIVE or any(c.dep_ in _NESTED for c in obj.children):
        return None
    after = max(t.i for t in obj.subtree) + 1
    pred = next((t for t in verb.children if t.i >= after), None)
    if pred is None or pred.left_edge.i != after or not _predicate(pred, frames) or _own_role(pred, verb):
        return None
    return subtree_span(obj)[0], subtree_span(pred)[1]


def _predicate(token, frames: tuple[str, ...]) -> bool:
    """A preposition of the frame with an object ("as despicable"), or an object predicate ("a senseless act", where
    the frame takes one: ``oprd``) that is no name ("El Flaco")."""
    if token.dep_ == "oprd":
        return "oprd" in frames and token.tag_ not in ("NNP", "NNPS")
    return token.dep_ == "prep" and token.lower_ in frames and any(c.dep_ in ("pobj", "amod", "acomp", "pcomp") for c in token.children)


def _own_role(pred, verb) -> bool:
    """Whether the "as" phrase tells the role the subject spoke in ("as a witness for the prosecution"), not what
    the object is."""
    noun = next((c for c in pred.children if c.dep_ == "pobj"), None)
    return noun is not None and bool(re.fullmatch(rf"{LEXICONS['en']['roles']}|witness(?:es)?|expert", noun.lower_))
