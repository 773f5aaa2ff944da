"""Who a pronoun target stands for when the happening is told inside what someone reports or alleges.

"A store clerk told police that two men robbed her", "a former church member accused Earl Paulk of molesting her",
"una comerciante denunció que dos hombres la asaltaron": the one hurt is the one who tells, the subject of the verb
of saying or accusing whose clause holds the happening, and what the document says of that person is the target's
category (docs/annotation.md §2.4: "using everything the document says about the target"). The same reading as "he
said he had received threats" (``context._target_category``), for an object.
"""

from __future__ import annotations

from .chains import FEMALE_PRONOUNS, MALE_PRONOUNS, _sex_of
from .words import _w

# The verbs of telling that a speaker's clause and a reporter's share ("he said he had received threats", "a clerk told
# police two men robbed her"); each adds its own (context._SPEECH a statement's, ``_REPORTING`` an accusation's)
TELLING = frozenset({"said", "says", "told", "tells", "reported", "testified", "dijo", "declaró", "aseguró"})
# The verbs by which a person tells or alleges what was done to them
_REPORTING = TELLING | {"reports", "testifies", "claimed", "claims", "alleged", "alleges", "accused", "accuses", "complained",
                        "complains", "recalled", "recalls", "described", "describes", "contó", "relató", "denunció", "acusó", "narró"}
_OBJECTS = {"him", "her", "me", "lo", "la", "le"}


def reporter(tok):
    """The subject of the verb of saying or accusing a pronoun object's clause hangs from ("told police that two men
    robbed her": the one who told; "accused X of molesting her": the one who accused), else None. Only a noun the
    words may make the pronoun's sex: "Her father said a man shot her" has no such reporter."""
    if _w(tok) not in _OBJECTS or tok.dep_ not in ("dobj", "obj", "pobj", "iobj"):
        return None
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    if verb.dep_ == "ccomp":
        gov = verb.head
    elif verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        gov = verb.head.head  # "accused X of molesting her"
    else:
        return None
    if _w(gov) not in _REPORTING:
        return None
    who = next((c for c in gov.children if c.dep_ == "nsubj"), None)
    if who is None or not (who.tag_.startswith("NN") or who.pos_ in ("NOUN", "PROPN")) or who.tag_ in ("NNS", "NNPS") or "Number=Plur" in str(who.morph) \
            or who.ent_type_ not in ("", "PERSON", "PER"):
        return None
    sex = _sex_of(" ".join(t.text for t in who.subtree))
    if sex == "m" and _w(tok) in FEMALE_PRONOUNS or sex == "f" and _w(tok) in MALE_PRONOUNS:
        return None
    return who
