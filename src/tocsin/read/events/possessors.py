"""The possessive before an event noun: whose act it is, or whom it befell ("Peru's arrest of Rafael Duque" against
"Maria's murder"). Used by ``arguments``."""

from __future__ import annotations

from ..event_lexicon import LEGAL
from .charged import offence_word
from .words import _w


def possessor_before(tok):
    """The name before a "’s" that the parse left loose in front of a noun and its modifiers ("Emmett Till’s racially
    motivated murder": Till), or None."""
    mark = tok.left_edge.i - 1
    if mark < 1 or tok.doc[mark].lower_ not in ("’s", "'s"):
        return None
    owner = tok.doc[mark - 1]
    return owner if owner.tag_ in ("NNP", "NNPS", "NN") and owner.head.i != tok.i else None


_NO_ONE = ("charges", "charge", "counts", "count", "allegations", "suspicion", "warrant", "warrants", "grounds", "orders")


def names_no_party(target) -> bool:
    """Whether what an event noun's preposition takes is a charge, an offence or a time, not someone ("arrest on drug
    charges", "of last week")."""
    return target.ent_type_ in ("DATE", "TIME") or target.lower_ in _NO_ONE or offence_word(target.text, "en")


def befell_by_its_object(tok, target, etype: str | None = None) -> bool:
    """Whether an event noun names whom it befell by its own "of", "on" or "against" ("the arrest of Rafael Duque",
    "an attack on the camp"): then a possessive before it is the one who did it ("Peru's arrest of Rafael Duque",
    "the Governor's designation of two gangs"), where alone it is the one it befell ("Maria's murder")."""
    if target is None or target.head.head.i != tok.i or names_no_party(target):
        return False  # "Duque's arrest on drug charges", "the suspect's arrest of last week": the possessor befell
    return _w(target.head) == "of" if etype in LEGAL else _w(target.head) in ("of", "on", "against")
