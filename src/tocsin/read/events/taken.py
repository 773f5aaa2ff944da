"""Whom a taking befalls, off the parse of its verb. A theft: the one a thing is taken from ("stole a wallet from a cashier",
"snatched the purse off a woman's arm"), the owner of what is taken ("took the man's phone", "her stolen car");
not the thing itself. "Rob" takes the one robbed for its object ("robbed a clerk"), which stays (docs/annotation.md
§2.4: the target is who or what the act was done to). A hostage-taking: the ones taken, not the word "hostage"
("Dozens taken hostage", "took three engineers hostage").
"""

from __future__ import annotations

import re

from .words import _prep_object, _w

_SOURCE = ("from", "off")
_PLACES = {"GPE", "LOC", "DATE", "TIME"}


def _source(verb):
    """The one a thing is taken from or off: a person, thing or pronoun, not a place or time."""
    obj = _prep_object(verb, *_SOURCE)
    return obj if obj is not None and obj.ent_type_ not in _PLACES and (obj.tag_.startswith("NN") or obj.tag_ == "PRP") else None


def _owner(tok):
    """The possessor of a thing or body part ("the woman's arm", "her car"), not a relative "whose"."""
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    return owner if owner is not None and owner.tag_ != "WP$" else None


def taken_from(verb, target):
    """The target of a verb of theft: its "from" or "off" object unless the verb is "rob" with an object of its own
    ("two men from Dayton robbed a clerk from the store": the clerk) that is no sum ("robbed $5,000 from a clerk": the
    clerk), then the owner of a thing taken ("took the man's phone"), never of rob's object nor of people ("robbed the
    bank's customers": the customers); a participle before a noun ("her stolen car"), the noun's owner."""
    source = _source(verb)
    robbing = verb.lemma_ == "rob" or _w(verb).startswith("rob")
    if source is not None and (not robbing or target is None or _sum(target)):
        target, robbing = source, False  # the one taken from, or the owner of the thing off which ("off the woman's arm")
    if target is None and verb.dep_ in ("amod", "acl") and verb.head.tag_.startswith("NN"):
        return _owner(verb.head)
    if target is not None and not robbing and _thing(target) and (owner := _owner(target)) is not None:
        return owner
    return target


def _sum(tok) -> bool:
    """Whether a noun is an amount taken, not someone robbed: "$5,000", "3 million pesos"."""
    return tok.ent_type_ in ("MONEY", "QUANTITY", "CARDINAL") or any(c.dep_ == "nummod" for c in tok.children)


# People a theft befalls, whose owner is no target: "the bank's customers", "the gang's victims".
_PEOPLE = re.compile(r"(?:victims?|customers?|clients?|patrons?|shoppers?|guests?|passengers?|employees?|workers?|staff|people|persons?|"
                     r"residents?|tourists?|travell?ers?|drivers?|pedestrians?|students?|members?|famil(?:y|ies)|child(?:ren)?|m[ae]n|"
                     r"wom[ae]n|clerks?|cashiers?|tellers?|owners?|neighbou?rs?)$", re.I)


def _thing(tok) -> bool:
    return tok.tag_.startswith("NN") and tok.ent_type_ not in ("PERSON", "NORP") and not _PEOPLE.match(tok.text)


_HOSTAGE = {"hostage", "hostages"}


def hostages(verb, actor, target):
    """(actor, target) of "take" or "hold" with a bare "hostage" for its object: the object the parse folded into it
    ("took three engineers hostage": the engineers), else, a participle with no auxiliary ("Dozens taken hostage"), its
    subject, who did nothing; any other reading stays."""
    if target is None or target.lower_ not in _HOSTAGE:
        return actor, target
    folded = next((c for c in target.children if c.dep_ == "compound" and c.tag_.startswith("NN")), None)
    if folded is not None:  # "took a cashier hostage": the determiner hangs on "hostage", the cashier is taken
        return actor, folded
    if any(c.dep_ in ("det", "poss") for c in target.children):
        return actor, target
    if (verb.tag_ == "VBN" or verb.lower_ == "taken") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children) and actor is not None:
        by = next((o for c in verb.children if c.dep_ in ("agent", "prep") and _w(c) == "by" for o in c.children if o.dep_ == "pobj"), None)
        return by, actor  # "Two nurses taken hostage by gunmen": the gunmen took them
    return actor, None
