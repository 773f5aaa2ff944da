"""Whom the story names as the one a violent act befell: a description of the one who acted or was arrested
("the suspect", "the gunman", "the driver") never stands for that person."""

from __future__ import annotations

from ...models import Mention
from ..event_lexicon import VIOLENT
from .arguments import _HURT
from .words import triggers


def note(ctx, named: Mention | None, etype: str) -> None:
    """Keep the person an event's target names: the last one for "his killing", and the victims of violent acts."""
    if named is not None and named.kind == "person":
        ctx.last_victim = named
        if etype in VIOLENT:
            ctx.victims.add(c if (c := ctx.chains.chain(named)) is not None else (named.start, named.end))


def befallen(ctx, m: Mention) -> bool:
    """Whether the story names a person as the one a violent act befell: the target of one found before, or the
    one its own clause says was hurt ("John Smith was killed in a crash", "Pedro Soto was found dead", "gunmen shot
    Juan Lopez"), which a refused event ("killed in a crash") still tells."""
    if ctx.chains.chain(m) is not None and ctx.chains.chain(m) in ctx.victims or (m.start, m.end) in ctx.victims:
        return True
    span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand") if ctx.doc is not None else None
    node = span.root if span is not None else None
    while node is not None and node.dep_ in ("appos", "compound", "conj") and node.head.i != node.i:
        node = node.head
    if node is None or node.dep_ not in ("nsubjpass", "dobj", "nsubj") or node.head.i == node.i:
        return False
    verb = node.head
    if node.dep_ == "nsubj" and (verb.lower_ not in _HURT or any(c.dep_ == "dobj" for c in verb.children)):
        return False  # "Smith died"; "Smith killed a man" tells what Smith did
    # the verb and the head word of its complement ("shot dead", "left badly wounded"), not a phrase under it: "found
    # guilty of murder", "seen fleeing after the shooting", "caught trying to kill" tell what the subject did
    told = [c for c in verb.children if c.i > verb.i and c.dep_ in ("acomp", "oprd", "xcomp", "prt")]
    words = ctx.text[verb.idx : max([verb.idx + len(verb)] + [c.idx + len(c) for c in told])]
    return verb.lower_ in _HURT or any(t[2] in VIOLENT for t in triggers(words, ctx.language))
