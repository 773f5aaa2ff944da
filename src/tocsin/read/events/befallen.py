"""Whom the story names as the one a violent act befell: a description of the one who acted or was arrested
("the suspect", "the gunman", "the driver") never stands for that person."""

from __future__ import annotations

from ...models import Mention
from ..event_lexicon import PERSONAL_PRONOUNS, VIOLENT
from .arguments import _HURT
from .words import triggers


def note(ctx, named: Mention | None, etype: str, tok=None, category: str | None = None) -> None:
    """Keep the person an event's target names: the last one for "his killing", and the victims of violent acts; and
    the last victim the story described with no name ("a retired police officer was shot dead"), with its category."""
    if named is not None and named.kind == "person":
        ctx.last_victim = named
        ctx.last_described = None
        if etype in VIOLENT:
            ctx.victims.add(c if (c := ctx.chains.chain(named)) is not None else (named.start, named.end))
    elif named is None and category is not None and tok is not None and tok.tag_ == "NN" and not tok.conjuncts:
        ctx.last_described = (tok, category)


def described_victim(ctx, pronoun) -> str | None:
    """The category of the one victim a pronoun or "the victim" stands for when no person is named before it: the
    last victim the story described with no name, in its sentence or the two before, of the pronoun's sex ("The body
    of a police officer was found on Monday. He had been tortured": law enforcement; "A former officer was shot dead.
    The victim had received threats": former law enforcement)."""
    tok, category = ctx.last_described or (None, None)
    victim = pronoun.tag_ == "NN" and pronoun.lower_ in _THE_VICTIM and any(c.dep_ == "det" and c.lower_ in _THE for c in pronoun.children)
    if not victim and (pronoun.tag_ not in ("PRP", "PRP$") or pronoun.lower_ not in PERSONAL_PRONOUNS):
        return None
    if tok is None or tok.idx >= pronoun.idx or pronoun.lower_ in _REFLEXIVE \
            or not ctx.chains.agrees(Mention(tok.idx, tok.idx, _described(ctx, tok), "", "person", ""), pronoun.text):
        return None  # "the gunman later shot himself": the clause's own subject
    if any(t.dep_ in ("nsubj", "nsubjpass") and t.tag_ in ("NN", "NNP", "NNS") and t.head.i != pronoun.head.i and not t.is_ancestor(pronoun)
           and not tok.is_ancestor(t) for t in pronoun.doc[tok.i + 1 : pronoun.i]):
        return None  # someone else told of in between: "A deputy was shot. The suspect fled, and he was shot later"
    if any(m.kind == "person" and tok.idx < m.start < pronoun.idx for m in ctx.mentions):
        return None  # a person named in between: "The killers of Maria Lopez then kidnapped her"
    sentences = [s for s in ctx.ann.sentences if s.start <= pronoun.idx]
    lo = sentences[-3].start if len(sentences) >= 3 else 0
    return category if tok.idx >= lo else None


_REFLEXIVE = {"himself", "herself"}
_THE_VICTIM = {"victim", "víctima"}
_THE = {"the", "this", "la", "esta"}


def _described(ctx, tok) -> str:
    return ctx.text[tok.left_edge.idx : tok.idx + len(tok)]


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
