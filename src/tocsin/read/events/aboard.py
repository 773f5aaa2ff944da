"""Whom an attack on a thing reaches: the person whose vehicle or home it is ("fired on their patrol car"), and the
people a vehicle carries ("ambushed a convoy carrying the mayor", "la camioneta en la que viajaba el alcalde").

The guideline's category is read "using everything the document says about the target" (docs/annotation.md §2.4):
a convoy is no one, and what the sentence says rides in it is who was targeted.
"""

from __future__ import annotations

from .arguments import _phrase
from .words import _category_of, _w, chanced
from ..doctext import text_of

# What a person has that an attack on it is an attack on the person: a vehicle, a home, a convoy
_BELONGINGS = {"car", "cars", "vehicle", "vehicles", "truck", "trucks", "suv", "cruiser", "patrol", "convoy", "home", "house", "residence"}
# The things that carry people, whose passengers a clause of the noun may name
_VEHICLES = {"car", "cars", "vehicle", "vehicles", "truck", "trucks", "suv", "suvs", "cruiser", "convoy", "convoys", "motorcade", "van",
             "pickup", "bus", "buses", "helicopter", "boat", "plane", "aircraft", "vehículo", "vehículos", "camioneta", "camionetas", "auto",
             "automóvil", "carro", "coche", "camión", "patrulla", "patrullas", "autobús", "caravana", "helicóptero", "lancha"}
# The verbs by which a vehicle carries someone (its object rides in it) or someone rides in it (its subject), as
# written (the pipelines give no lemmas)
_CARRYING = {"carrying", "carried", "carries", "transporting", "transported", "transports", "escorting", "ferrying",
             "transportaba", "transportaban", "llevaba", "llevaban", "trasladaba", "trasladaban", "escoltaba", "escoltaban"}
_RIDING = {"traveling", "travelling", "traveled", "travelled", "riding", "rode", "viajaba", "viajaban", "iba", "iban",
           "circulaba", "circulaban"}
_RELATIVE = {"that", "which", "who", "que", "cual", "quien"}


def owner(tok):
    """The possessive pronoun of a target that is a person's vehicle or home ("fired on their patrol car")."""
    if _w(tok) not in _BELONGINGS:
        return None
    return next((c for c in tok.children if c.dep_ == "poss" and _w(c) in ("their", "his", "her")), None)


def carried(tok):
    """The people a vehicle target carries, as its own clause tells it: the object of a verb of carrying ("a convoy
    carrying the mayor and two bodyguards", "un vehículo que transportaba a dos policías") or the subject of a verb
    of riding ("the car in which the judge was traveling", "la camioneta en la que viajaba el alcalde"); not a clause
    said as a chance or denied ("a bus that may have carried soldiers"), nor a load that tells no one's category ("a
    truck carrying cement" stays a truck)."""
    if _w(tok) not in _VEHICLES:
        return None
    for clause in tok.children:
        if clause.dep_ not in ("acl", "relcl") or chanced(clause):
            continue
        if _w(clause) in _CARRYING:
            rider = next((c for c in clause.children if c.dep_ in ("dobj", "obj") and _w(c) not in _RELATIVE), None)
        elif _w(clause) in _RIDING:
            rider = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and _w(c) not in _RELATIVE), None)
        else:
            continue
        if rider is not None and rider.tag_ not in ("PRP", "PRP$") and (rider.ent_type_ == "PERSON" or _category_of(
                text_of(tok.doc)[slice(*_phrase(rider))], "es" if tok.lang_ == "es" else "en") is not None):
            return rider
    return None
