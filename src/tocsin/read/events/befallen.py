"""Whom the story names as the one a violent act befell: a description of the one who acted or was arrested
("the suspect", "the gunman", "the driver") never stands for that person; "the victim(s)" and a pronoun stand for
the victims it described just before, and the later names of a list of targets keep what the document said of them."""

from __future__ import annotations

from ...models import Mention
from ..event_lexicon import PERSONAL_PRONOUNS, VIOLENT
from .arguments import _HURT
from .chains import PRECEDENCE
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
    if named is None and category is not None and tok is not None and tok.tag_ in ("NN", "NNS") and not _victims(tok):
        ctx.described.append((tok, category))  # each victim described with no name, for "the two victims" (``described_victims``)


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
    return category if tok.idx >= _reach(ctx, pronoun.idx) else None


def described_victims(ctx, noun) -> str | None:
    """The category of the victims "the victims" or "the two victims" stand for: the first, in the guideline's order,
    of the victims described with no name in its sentence or the two before, when no person is named in between ("An
    unarmed soldier was executed and a second soldier tortured. … the murder and torture of the two victims": military)."""
    if not _victims(noun) or noun.tag_ != "NNS":
        return None
    said = [(tok, category) for tok, category in ctx.described if _reach(ctx, noun.idx) <= tok.idx < noun.idx]
    if not said or any(m.kind == "person" and said[0][0].idx < m.start < noun.idx for m in ctx.mentions):
        return None
    return min((category for _, category in said), key=PRECEDENCE.index)


def _reach(ctx, at: int) -> int:
    """Where the sentence before the one before the offset begins: how far back a word for the victim reaches."""
    sentences = [s for s in ctx.ann.sentences if s.start <= at]
    return sentences[-3].start if len(sentences) >= 3 else 0


def conjoined(ctx, tok) -> str | None:
    """The category the document gives the people named after the first in a list of targets, the first in the
    guideline's order ("Sgt. Juan Perez … gunmen killed Maria Lopez and Perez": law enforcement); the head's own
    chain is read by the caller."""
    said = [c for other in tok.conjuncts if other.i > tok.i and (c := ctx.chains.category(ctx.chains.of_token(other))) is not None]
    return min(said, key=PRECEDENCE.index) if said else None


def _victims(noun) -> bool:
    """Whether a noun is "the victim(s)", "the two victims", "las víctimas": a word for whoever the act befell."""
    return noun.lower_ in _THE_VICTIMS and any(c.dep_ == "det" and c.lower_ in _THE for c in noun.children)


_THE_VICTIMS = {"victim", "victims", "víctima", "víctimas"}
_REFLEXIVE = {"himself", "herself"}
_THE_VICTIM = {"victim", "víctima"}
_THE = {"the", "this", "these", "those", "la", "esta", "las", "estas"}


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


def later_people(ctx, tok) -> list[tuple[str, object, object]]:
    """("target", person, token) for the people named after the first in a list of targets, so that a membership the
    document gives one of them ties the act to the group: "arrested Ana Ruiz and Juan Soto, a driver for the Gulf
    Cartel" is an arrest of a Gulf Cartel man. Only names the model took for people, each its own conjunct."""
    if tok is None:
        return []
    people = ((other, next((m for m in ctx.mentions if m.kind == "person" and m.start <= other.idx < m.end), None)) for other in tok.conjuncts if other.i > tok.i)
    return [("target", person, other) for other, person in people if person is not None]

