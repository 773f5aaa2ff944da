"""The person a demonstrative description stands for as the one who acted ("Kenneth Moreno, an illegal alien, is charged
with rape. This sick monster broke into the home…", "Pedro Gómez fue detenido. Este sujeto asesinó…"): the one person
an earlier legal step acted on (arrested, charged, sentenced), never the officer, judge or official who took it, nor
anyone an earlier act befell."""

from __future__ import annotations

import re

from ...models import Mention
from ..event_lexicon import LEGAL
from . import chains
from .context import _Context, _named_before
from .words import _w, triggers

# The nouns that may stand for one person: a kind of person, mostly an insult ("this monster", "este sujeto"); never a
# group ("this clique"), a body ("this regime"), a thing ("this drug") or a kind ("este tipo de violencia")
_PERSON = re.compile(r"monster|man|woman|suspect|criminal|thug|individual|predator|animal|killer|offender|felon|fugitive|alien|"
                     r"murderer|rapist|abuser|perpetrator|culprit|person|guy|sujeto|individuo|hombre|mujer|delincuente|criminal|"
                     r"asesin[oa]|monstruo|sicario|homicida|agresora?|feminicida|depredador|tipejo", re.I)
_SEXED = {"man": "m", "hombre": "m", "woman": "f", "mujer": "f", "asesina": "f", "agresora": "f"}
_DEMONSTRATIVES = {"this", "that", "este", "esta", "ese", "esa"}  # one person: "these men" may be two, and is left alone
_PASSIVE = {"nsubjpass", "nsubj:pass"}


def demonstrative_antecedent(ctx: _Context, tok, other: tuple[int, int] | None, target: Mention | None) -> Mention | None:
    """The one person a legal step acted on in the sentence of a singular demonstrative description of a person, or
    the two sentences before it, not of another sex than the noun gives ("this woman" never for one the text makes a
    man; for one whose sex it does not tell, yes); none where two such people are named, or where the one is the act's
    target."""
    if not any(c.dep_ == "det" and _w(c) in _DEMONSTRATIVES for c in tok.children) or not _PERSON.fullmatch(tok.text) or tok.ent_type_:
        return None  # "this gang member", "este tipo de violencia": no person noun
    sex = _SEXED.get(_w(tok))
    found, _ = _named_before(ctx, tok, other, lambda m: sex is None or _sex(ctx, m) in (None, sex))
    found = [m for m in found if _legal_patient(ctx, m)]
    people = {ctx.chains.chain(m) if ctx.chains.chain(m) is not None else chains.name_words(m.text) for m in found}
    if len(people) != 1 or target is not None and any((m.start, m.end) == (target.start, target.end) for m in found):
        return None
    return found[-1]


def _sex(ctx: _Context, m: Mention) -> str | None:
    """The sex the chains know of a person, or, in Spanish, the one the participle agreeing with it gives ("Pedro Gómez
    fue detenido")."""
    chain = ctx.chains.chain(m)
    known = ctx.chains.sex[chain] if chain is not None else chains._sex_of(m.text)
    span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand") if ctx.doc is not None and known is None else None
    if span is None:
        return known
    gender = span.root.head.morph.get("Gender") if span.root.dep_ in _PASSIVE | {"nsubj"} else []
    return {"Masc": "m", "Fem": "f"}.get(gender[0]) if gender and "Part" in span.root.head.morph.get("VerbForm") else None


def _legal_patient(ctx: _Context, m: Mention) -> bool:
    """Whether a person is the one a legal step's verb acts on: its passive subject ("Ruiz was arrested", "Gómez fue
    detenido") or its object ("Deputy Smith arrested Luis Castro", "condenó a Carlos Soto"), not its subject."""
    span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand") if ctx.doc is not None else None
    if span is None:
        return False
    node = span.root
    while node.dep_ in ("appos", "compound", "flat", "conj") and node.head.i != node.i:
        node = node.head
    verb = node.head
    passive = node.dep_ in _PASSIVE or node.dep_ == "nsubj" and "VerbForm=Part" in str(verb.morph) \
        and any(c.dep_ in ("aux", "cop", "aux:pass") for c in verb.children)
    if not (passive or node.dep_ in ("dobj", "obj")) or verb.i == node.i:
        return False
    clause = ctx.text[verb.idx : verb.right_edge.idx + len(verb.right_edge)]
    return any(s == 0 and etype in LEGAL for s, _, etype, _ in triggers(clause, ctx.language))
