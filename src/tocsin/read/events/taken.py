"""Whom a taking befalls, off the parse of its verb. A theft: the one a thing is taken from ("stole a wallet from a cashier",
"snatched the purse off a woman's arm"), the owner of what is taken ("took the man's phone", "her stolen car");
not the thing itself. "Rob" takes the one robbed for its object ("robbed a clerk"), which stays (docs/annotation.md
§2.4: the target is who or what the act was done to). A hostage-taking: the ones taken, not the word "hostage"
("Dozens taken hostage", "took three engineers hostage").
"""

from __future__ import annotations

from .words import _w

_SOURCE = ("from", "off")
_PLACES = {"GPE", "LOC", "DATE", "TIME"}


def _prep_object(tok, words):
    for c in tok.children:
        if c.dep_ == "prep" and _w(c) in words:
            obj = next((o for o in c.children if o.dep_ == "pobj"), None)
            if obj is not None and obj.ent_type_ not in _PLACES and (obj.tag_.startswith("NN") or obj.tag_ == "PRP"):
                return obj
    return None


def _owner(tok):
    """The possessor of a thing or body part ("the woman's arm", "her car"), not a relative "whose"."""
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    return owner if owner is not None and owner.tag_ != "WP$" else None


def taken_from(verb, target):
    """The target of a verb of theft: its "from" or "off" object unless the verb is "rob" with an object of its own
    ("two men from Dayton robbed a clerk from the store": the clerk), then the owner of what it names; a participle
    before a noun ("her stolen car"), the noun's owner."""
    source = _prep_object(verb, _SOURCE)
    if source is not None and not (verb.lemma_ == "rob" or _w(verb).startswith("rob")) or target is None:
        target = source or target
    if target is None and verb.dep_ in ("amod", "acl") and verb.head.tag_.startswith("NN"):
        return _owner(verb.head)
    if target is not None and target.tag_.startswith("NN") and target.ent_type_ != "PERSON" and (owner := _owner(target)) is not None:
        return owner
    return target


_HOSTAGE = {"hostage", "hostages"}


def hostages(verb, actor, target):
    """(actor, target) of "take" or "hold" with a bare "hostage" for its object: the object the parse folded into it
    ("took three engineers hostage": the engineers), else, a participle with no auxiliary ("Dozens taken hostage"), its
    subject, who did nothing; any other reading stays."""
    if target is None or target.lower_ not in _HOSTAGE or any(c.dep_ in ("det", "poss") for c in target.children):
        return actor, target
    folded = next((c for c in target.children if c.dep_ == "compound" and c.tag_.startswith("NN")), None)
    if folded is not None:
        return actor, folded
    if (verb.tag_ == "VBN" or verb.lower_ == "taken") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children) and actor is not None:
        return None, actor
    return actor, None
