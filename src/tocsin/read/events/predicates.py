"""What a text says a person is, read off the parse: the verbs of being, serving, owning, running or driving and
what they take ("was a reporter", "worked as a taxi driver", "owned a hardware store", "was driving a bus"), and a
describing phrase cut before its clause. The people's chains (``chains``) gather these as descriptions.
"""

from __future__ import annotations

import re

from ..event_lexicon import DRIVING
from .arguments import _phrase, driven
from .words import _category_of, _w, chanced
from ..doctext import text_of

# a reduced passive ("a college student murdered by an illegal immigrant") tells who did it, and its agent's words are
# no description of the person
_CLAUSE = re.compile(r"\s(?:who|whom|whose|that|which|where|when|while|after|before|during|because|and was|and is|quien|quienes|"
                     r"que|cuando|donde|mientras|cuyo|cuya)\b|\s(?:\w+ly\s+)?\w+(?:ed|en|ad[oa]s?|id[oa]s?)\s+(?:by|por)\b", re.I)
_BEING = {"is", "was", "be", "been", "being", "became", "becomes", "remains", "remained", "serves", "served", "serving", "works",
          "worked", "working", "retired", "retires", "es", "era", "fue", "ha sido", "sirvió", "servía", "trabaja", "trabajaba",
          "trabajó", "desempeñaba", "desempeñó", "eran", "fueron", "sirve", "sirven", "servían", "sirvieron", "trabajan",
          "trabajaban", "trabajaron", "desempeñaban", "serve", "work"}  # the verbs by which a text says what someone is or does for a living
# The verbs by which a text says what someone owns or runs for a living: its object is a description ("a bakery")
_OWNING = {"owns", "owned", "co-owns", "co-owned", "runs", "ran", "operates", "operated", "manages", "managed", "tiene", "tenía",
           "regenta", "regentaba", "administra", "administraba", "maneja", "manejaba"}
_COPULA = {"is", "was", "be", "been", "being", "became", "becomes", "remains", "remained", "es", "era", "fue", "eran", "fueron"}
# Running for an office makes a candidate: "ran for mayor", not "ran for cover", "ran for the door"
_RUNNING = {"running", "ran", "runs", "run", "campaigning", "campaigned"}
_OFFICE = re.compile(r"\b(?:re-?election|office|mayor|governor|congress|senate|council|president|sheriff|legislature|assembly|"
                     r"alderman|commissioner|school board|district attorney|attorney general|state (?:house|representative|senator))\b", re.I)
_ROLE_PREPS = {"as", "with", "for", "in", "from", "on", "como", "con", "en", "para", "de"}  # "served on the city council"


def _predicates(verb, text: str) -> list[str]:
    """What a verb of being or serving says of its subject, and the verbs coordinated with it that share the
    subject: "has served with the Border Patrol and is a veteran of the Navy"."""
    out = []
    if any(c.dep_ == "cop" for c in verb.children) and not chanced(verb):  # whatever tag the word is given ("era un exmilitar" tags it a verb)
        out.append(_before_clause(text[slice(*_own_phrase(verb))]))  # "Mora era policía": the noun is the head of its copula
    for v in [verb] + [c for c in verb.conjuncts if c.i > verb.i and not any(d.dep_.startswith("nsubj") for d in c.children)]:
        if chanced(v):
            continue
        if v.lower_ in _OWNING:
            out += [_before_clause(text[slice(*_phrase(c))]) for c in v.children if c.dep_ == "dobj" and c.tag_.startswith("NN")]
            continue  # "owned a hardware store", "regentaba una bodega": what one owns or runs says what one does
        if v.lower_ in _RUNNING and (office := _office(v, text)):
            out.append(f"candidate for {office}")  # "was running for mayor", "ran for Congress in 2022"
            continue
        if v.lower_ in DRIVING:  # "was driving a bus": the driver's trade
            out += driven(v, text)
            continue
        if v.lower_ in _LEAVING:  # "had just left the Army", "resigned from the police force", "dejó la policía"
            out += [_FORMER[(v.lang_ == "es", category)] for category in _left_service(v)]
            continue
        if v.lower_ not in _BEING or any(c.dep_ == "neg" for c in v.children):
            continue
        for c in v.children:
            if (c.dep_ in ("attr", "acomp", "oprd", "xcomp") or c.dep_ in ("dobj", "obl") and any(m.lower_ in ("as", "como") for m in c.children)) \
                    and c.tag_[:2] in ("NN", "JJ"):  # "is a veteran", "trabajaba como periodista"
                out.append(_before_clause(text[slice(*_own_phrase(c))]))
            elif c.dep_ == "prep" and c.lower_ in _ROLE_PREPS and v.lower_ not in _COPULA:
                obj = next((o for o in c.children if o.dep_ == "pobj"), None)
                if obj is not None:
                    out.append(("former " if v.lower_.startswith("retire") else "") + text[slice(*_phrase(obj))])
    return out


# The verbs by which a text says someone left a service, the head words of a service's name (not its premises: "left
# the police station" is no one's past), and the description each service's former member is given
_LEAVING = {"left", "quit", "resigned", "dejó", "abandonó", "renunció"}
_SERVICE_HEADS = {"army", "navy", "marines", "corps", "force", "military", "police", "department", "guard", "patrol", "service",
                  "ejército", "ejercito", "policía", "policia", "armada", "marina", "fuerza", "institución"}
_FORMER = {(False, "law enforcement"): "former police", (False, "military"): "former military", (True, "law enforcement"): "ex policía",
           (True, "military"): "ex militar"}


def _left_service(verb) -> list[str]:
    """The armed service or police a verb of leaving says the subject left ("left the Army", "resigned from the
    police department", "dejó la policía", "dejó la institución policial"): its object or "from" object, whose head is
    a service's and whose words, with the adjectives after the head, give law enforcement or the military."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    objects += [o for c in verb.children if c.dep_ == "prep" and c.lower_ in ("from", "de", "del") for o in c.children if o.dep_ == "pobj"]
    words = [_name_words(o) for o in objects if o.lower_ in _SERVICE_HEADS]
    return [c for w in words if (c := _category_of(w, "en") or _category_of(w, "es")) in ("law enforcement", "military")]


def _name_words(head) -> str:
    """A name's words up to its head and the adjectives after it ("the Army", "la fuerza aérea"), not its clauses or
    its "of" ("the army of volunteers" is cut to "the army")."""
    end = max([head, *(c for c in head.children if c.dep_ in ("amod", "flat") and c.i > head.i)], key=lambda t: t.i)
    return text_of(head.doc)[head.left_edge.idx : end.idx + len(end)]


def _own_phrase(tok) -> tuple[int, int]:
    """A describing noun phrase without a possessor that is another person, by name or by title and name, whose
    titles are that person's ("is President Biden's fourth monument", "was Mayor Soto's driver"); any other
    possessor stays, as it tells whom one serves ("a sheriff's deputy", "the Sinaloa Cartel's accountant")."""
    start, end = _phrase(tok)
    owner = next((c for c in tok.children if c.dep_ == "poss" and c.i < tok.i), None)
    if owner is not None and (any(t.ent_type_ == "PERSON" for t in owner.subtree) or owner.tag_ == "NNP" and any(
            c.dep_ == "compound" and c.tag_ == "NNP" and _category_of(c.text, "en") for c in owner.children)):
        after = owner.right_edge.i + 1
        start = next((t.idx for t in tok.doc[after : tok.i + 1] if t.tag_ != "POS" and not t.is_space), start)
    for c in tok.children:  # "era secretaria del alcalde Juan Soto", "the driver of Mayor Soto": the mayor is another
        if c.dep_ == "prep" and c.lower_ in ("of", "de", "del") and c.i > tok.i and any(t.ent_type_ == "PERSON" for t in c.subtree):
            end = min(end, c.idx)
    return start, end


def _before_clause(words: str) -> str:
    cut = _CLAUSE.search(words)
    return words[: cut.start()] if cut else words


def _office(verb, text: str) -> str | None:
    """The office a verb of running is "for", if the words name one."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "for" and _OFFICE.search(words := text[c.idx + len(c) : c.right_edge.idx + len(c.right_edge)]):
            return words.strip()
    return None


def _says_of(clause) -> bool:
    """A clause on the target that may say what the person is or does: a relative clause whose subject is the
    person ("who worked as a taxi driver", "que servía en el ejército") or a participle with no subject of its own
    ("two citizens serving in the IDF", "a man working as a bus driver"); which of its verbs tell a role is for
    ``chains._predicates`` ("a man wanted by police" tells none)."""
    if clause.dep_ == "relcl":
        return any(d.dep_.startswith("nsubj") and _w(d) in ("who", "that", "quien", "que") for d in clause.children)
    return clause.dep_ == "acl" and clause.tag_ in ("VBG", "VBN") and not any(d.dep_.startswith("nsubj") for d in clause.children)


_SERVE = {"serving", "served", "sirviendo"}
_ARMED = {"military", "law enforcement"}


def _serves_as(clause, text: str) -> list[str]:
    """What a participle says the target is: its "as" object ("a man working as a bus driver"), or the armed service
    one is "serving in" ("two Americans serving in the army"); not the place or employer of the work ("a nurse
    serving in a military hospital", "a man working with police as an informant": an informant)."""
    out = []
    for c in clause.children:
        obj = next((o for o in c.children if o.dep_ == "pobj"), None) if c.dep_ == "prep" else c if c.dep_ in ("dobj", "obl") else None
        if obj is None:
            continue
        if c.lower_ in ("as", "como") or any(m.lower_ in ("as", "como") for m in c.children if m is not obj):
            out.append(text[slice(*_phrase(obj))])
        elif clause.lower_ in _SERVE and c.lower_ in ("in", "with", "en", "con"):
            head = text[min([obj.idx] + [m.idx for m in obj.children if m.dep_ in ("compound", "flat") and m.i < obj.i]) : obj.idx + len(obj)]
            if _category_of(head, "en") in _ARMED or _category_of(head, "es") in _ARMED:
                out.append(head)  # the service itself ("the army", "the IDF"), not what it owns ("a military hospital")
    return out


_WORKING = {"working", "worked", "works", "work", "trabajando", "trabajaba", "trabajaban"}


def at_work(clause, text: str) -> list[str]:
    """What a clause on the target says it was doing for a living when the act befell it: driving its taxi, working
    at a shop ("a man was shot while working at a convenience store": a worker at work, business), serving in an
    armed service ("wounded while serving in the Army"); where one works outside such a clause says no trade at the
    time ("a clerk at a bakery was shot at home")."""
    if clause.lower_ in DRIVING:
        return driven(clause, text)
    if chanced(clause) or clause.lower_ not in _SERVE | _WORKING:
        return []
    at = [text[slice(*_phrase(o))] for c in clause.children if c.dep_ == "prep" and c.lower_ in ("at", "in", "en")
          for o in c.children if o.dep_ == "pobj"]
    return _serves_as(clause, text) + [w for w in at if _category_of(w, clause.lang_) == "business"]
