"""Which part of an event's sentence its places and times may come from, when the sentence tells more than the
event: the clause a crime named only by its suspect stands in is what the suspect did or had done ("A murder suspect
walked free in Houston": not where the murder was), and of two happenings of one type a sentence tells apart each
has its own clause ("arrested in 2019 and arrested again on Monday in Denver": Denver is the second arrest's).
"""

from __future__ import annotations

from ..event_lexicon import SUSPECT_NOUNS


def suspects_clause(f: dict) -> range:
    """The characters of the clause a crime named only by its suspect stands in ("A murder suspect walked free in
    Houston", "Officers stopped the robbery suspect near the bridge on Friday"): what the suspect did or had done to
    them there is not the crime's, so its places and times are not the crime's. The suspect's own phrase stays ("a
    murder suspect in Joliet"). An empty range for any other event."""
    tok = f.get("tok")
    if tok is None or tok.dep_ != "compound" or tok.head.lower_ not in SUSPECT_NOUNS:
        return range(0)
    suspect, clause = tok.head, tok.head.head
    while clause.head.i != clause.i and not (clause.pos_ in ("VERB", "AUX") or clause.tag_.startswith("VB")):
        clause = clause.head
    doc = tok.doc
    own = range(doc[suspect.left_edge.i].idx, doc[suspect.right_edge.i].idx + len(doc[suspect.right_edge.i]))
    whole = range(doc[clause.left_edge.i].idx, doc[clause.right_edge.i].idx + len(doc[clause.right_edge.i]))
    return range(0) if clause.i == suspect.i else _Outside(whole, own)


def own_clause(f: dict):
    """The characters of the clause of one of two happenings of a type its sentence tells apart ("Smith was arrested
    in 2019 and was arrested again on Monday in Denver": Denver is the second arrest's, not the first's): the
    trigger's words without the verbs coordinated with it. Everything for any other event."""
    tok = f.get("tok")
    if not f.get("apart") or tok is None or not (tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB")):
        return _EVERYWHERE  # a noun's place is often its clause's ("the killing … happened in Dallas")
    doc = tok.doc
    whole = range(doc[tok.left_edge.i].idx, doc[tok.right_edge.i].idx + len(doc[tok.right_edge.i]))
    others = [c for c in tok.children if c.dep_ == "conj" and (c.pos_ in ("VERB", "AUX") or c.tag_.startswith("VB"))]
    if not others:
        return whole
    first = min(c.left_edge.i for c in others)  # "and" and what follows it
    cut = next((t.i for t in doc[tok.i + 1 : first] if t.dep_ == "cc" and t.head.i == tok.i), first)
    return range(whole.start, doc[cut].idx)


class _Everywhere:
    def __contains__(self, i: int) -> bool:
        return True


_EVERYWHERE = _Everywhere()


class _Outside:
    """The offsets in one range and not in another (``in`` only)."""

    def __init__(self, whole: range, hole: range):
        self.whole, self.hole = whole, hole

    def __contains__(self, i: int) -> bool:
        return i in self.whole and i not in self.hole


def in_own_clause(f: dict):
    """Which place mentions stand in the trigger's own clause: the first verb above each, itself included, is the
    trigger's ("were shot in the line of duty Saturday" for Oakland's shooting, not "since four agents died during a
    raid in Waco"). A place owning a noun ("one of Hungary's most sought after criminals") is whose someone is, never
    where a noun trigger ("the arrest of") happened. Every mention, for a trigger the parse does not reach."""
    tok = f.get("tok")
    if tok is None or not tok.doc.has_annotation("DEP"):
        return None
    doc, verb = tok.doc, _clause_verb(tok)
    mine, noun = (verb.i if verb is not None else None), not verbal(tok)

    def own(m) -> bool:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and noun and _owning(span.root):
            return False
        return span is None or getattr(_clause_verb(span.root, tok), "i", None) in (mine, tok.i)

    return own


def in_no_clause_on_a_noun(f: dict):
    """Which place mentions stand in no relative clause or participle on a noun, one that tells of someone or
    something, not of the act ("arrested a man who was born in Culiacan": where he was born, not where he was
    arrested); a clause that tells the act's circumstances places it ("RCMP in Manitoba detained him when his car went
    off the road near Virden"), and so does the clause the act is told in ("announced the takedown of an
    organization in New Mexico, resulting in the arrest of"). None for a trigger the parse does not reach."""
    tok = f.get("tok")
    if tok is None or not tok.doc.has_annotation("DEP"):
        return None
    doc = tok.doc

    def not_on_a_noun(m) -> bool:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        node = span.root if span is not None else None
        for _ in range(20):
            if node is None or node.head.i == node.i:
                return True
            if node.dep_ in ("relcl", "acl") and not node.left_edge.i <= tok.i <= node.right_edge.i:
                return False
            node = node.head
        return True

    return not_on_a_noun


def verbal(tok) -> bool:
    """Whether a token is a verb or an auxiliary, by its part of speech or its tag (the Spanish parse gives one, the
    English the other)."""
    return tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB")


def _owning(tok) -> bool:
    """Whether a noun is a possessor: "Hungary's", "Mexico's"."""
    return tok.dep_ == "poss" or any(c.dep_ == "case" and c.lower_ in ("'s", "’s", "'") for c in tok.children)


def _clause_verb(tok, trigger=None):
    """The verb whose clause a token stands in (None for a sentence without one): the first verb above it, a
    participle on a noun included ("a dozen men affiliated with Iran's Quds Force killed five soldiers in Karbala":
    Iran is the participle's), not an adjective's ("a murdered policeman"), or the trigger on the way, whatever it is
    ("a man wanted for murder in Honduras": Honduras is the participle's)."""
    for _ in range(20):
        if trigger is not None and tok.i == trigger.i or verbal(tok) and tok.dep_ not in ("aux", "auxpass", "amod", "compound"):
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


_WHERE = ("where", "wherever", "donde")


def where_clause(verb, words=_WHERE):
    """The noun a relative clause opened by "where" / "donde" is about ("Michoacán, where the CJNG operates", "drove to
    the Port Richmond section, where the defendants assaulted a man"); None for any other verb."""
    if verb.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ in words for c in verb.children):
        return verb.head
    return None
