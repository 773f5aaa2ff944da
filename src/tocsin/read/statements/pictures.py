"""What a speaker calls something: the frame of a verb that gives its object a predicate of the speaker's own ("the
judge described the crime as despicable", "the governor called the shooting a senseless act"). The claim is the
object with what it is called, read off the parse, not off a list of sentences. Used by ``find``.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .cues import subtree_span
from .lexicon import LEXICONS, verb_lemma

_REFLEXIVE = {"itself", "himself", "herself", "themselves", "ourselves", "myself", "yourself", "yourselves"}
_NESTED = {"relcl", "appos", "acl", "parataxis"}  # "the suspect, who police say is a member of…": another's words
# a predicate noun that is a verdict of itself ("called the killings terrorism"); else only an adjective makes one
_VERDICT = re.compile(r"terror\w*|massacres?|murders?|crimes?|criminals?|thugs?|thieves|genocide|executions?|hate|war|disgrace|"
                      r"acts?|betrayal|lies?|farce|shame|failure|cowards?|heroe?s?|monsters?|animals|savages?|tragedy")


class Picture(NamedTuple):
    span: tuple[int, int]  # the object and what it is called
    verdict: bool  # an adjective or an evaluative word ("as cowardly", "a senseless act"), not a description ("as a man in his 30s")


def pictured(verb) -> Picture | None:
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
    pred = next((t for t in verb.children if t.i >= after and t.tag_ != "``"), None)
    # the predicate straight after the object, or after the opening mark of its quotation, which the parse may hang
    # on the verb ("called them “thugs”") or on the predicate ("called the rule "crazy"")
    if pred is None or any(t.tag_ != "``" for t in verb.doc[after : pred.left_edge.i]) or pred.left_edge.i < after \
            or not _predicate(pred, frames) or _own_role(pred, verb):
        return None
    quoted = pred.i + 1 < len(verb.doc) and verb.doc[pred.i + 1].tag_ == "``"
    if verb_lemma(verb.lower_) == "compare" and obj.tag_ not in ("NNP", "NNPS", "PRP") and not quoted:
        return None  # "compared ICE to the KGB", "compared the agents to “secret police”", not "compared the prints to those on file"
    return Picture((subtree_span(obj)[0], subtree_span(pred)[1]), _verdict(pred))


def _predicate(token, frames: tuple[str, ...]) -> bool:
    """A preposition of the frame with an object ("as despicable"), or an object predicate ("a senseless act", where
    the frame takes one: ``oprd``) that is no name ("El Flaco")."""
    if token.dep_ == "oprd":
        return "oprd" in frames and token.tag_ not in ("NNP", "NNPS")
    return token.dep_ == "prep" and token.lower_ in frames and any(c.dep_ in ("pobj", "amod", "acomp", "pcomp") for c in token.children)


def _verdict(pred) -> bool:
    """Whether what the speaker calls the object judges it: an adjective ("as armed and dangerous"), a noun with one
    ("a senseless act", "suspected members"), a word that is no noun ("as cowardly"), or an evaluative noun ("as
    terrorism"); "as a man in his 30s wearing a black hooded sweatshirt" describes."""
    heads = [pred] if pred.dep_ == "oprd" else [c for c in pred.children if c.dep_ in ("pobj", "amod", "acomp", "pcomp")]
    heads += [c for h in heads for c in h.conjuncts]
    return any(h.tag_ in ("JJ", "JJR", "JJS")
               or h.dep_ != "pobj" and not h.tag_.startswith(("NN", "CD", "PRP"))
               or _VERDICT.fullmatch(h.lower_)
               or any(c.dep_ == "amod" and c.tag_ in ("JJ", "JJR", "JJS", "VBN") for c in h.children)
               for h in heads)


def _own_role(pred, verb) -> bool:
    """Whether the "as" phrase tells the role the subject spoke in ("as a witness for the prosecution"), not what
    the object is."""
    noun = next((c for c in pred.children if c.dep_ == "pobj"), None)
    return noun is not None and bool(re.fullmatch(rf"{LEXICONS['en']['roles']}|witness(?:es)?|expert", noun.lower_))
