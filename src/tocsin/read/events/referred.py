"""The people of a group a plural reference stands for: "Police arrested 300 Tren de Aragua members. These criminals were
deported", "Two men, both reputed MS-13 members, were charged. These two men had crossed…", "Hezbollah terrorists
hijacked the plane, and they killed two passengers".

A plural pronoun ("they", "them") or a plural noun after "these" or "those" that names no group itself refers back to
the nearest plural phrase before it, in its own sentence or the one before, outside a subordinate clause ("…, saving
countless lives"): for a pronoun the nearest plural subject, for a demonstrative the nearest plural subject, object or
apposition. Where the parse says the people of that phrase
belong to a group (``belonging.belongs``), the reference takes the group with the words from that phrase back to the
punctuation before it as its evidence, so their hedge ("both reputedly", "alleged") weakens the tie as it did there:
never stronger than the words it refers to. Where
the nearest plural phrase names no group, the reference stands for those people and takes none.
"""

from __future__ import annotations

from ...models import Mention
from ..ties import _ITS_OWN
from .belonging import belongs

_PRONOUNS = {"they", "them", "ellos", "ellas"}
_DEMONSTRATIVES = {"these", "those", "estos", "estas", "esos", "esas", "aquellos", "aquellas"}
_SUBJECTS = {"nsubj", "nsubjpass"}
_PHRASES = _SUBJECTS | {"dobj", "appos"}


def referred_group(ctx, tok) -> tuple[Mention, tuple[int, int]] | None:
    """(group, phrase) for an actor's or a target's head ``tok`` that is a plural reference to the people of a group
    named in the nearest plural phrase before it (its sentence or the one before); ``None`` otherwise."""
    doc = ctx.doc
    if tok is None or doc is None or not doc.has_annotation("DEP"):
        return None
    pronoun = tok.lower_ in _PRONOUNS
    if not (pronoun or tok.tag_ == "NNS" and not _ITS_OWN.fullmatch(tok.text)
            and any(c.dep_ == "det" and c.lower_ in _DEMONSTRATIVES for c in tok.children)):
        return None
    sentence = tok.sent
    start = doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    deps = _SUBJECTS if pronoun else _PHRASES
    near = next((t for t in reversed(doc[start : tok.i]) if t.dep_ in deps and t.tag_ in ("NNS", "NNPS")
                 and not (t.left_edge.i <= tok.i <= t.right_edge.i) and not _subordinate(t)), None)
    if near is None:
        return None
    lo, hi = _widened(near).idx, near.right_edge.idx + len(near.right_edge)
    group = next((m for m in ctx.mentions if m.kind == "group" and m.key and lo <= m.start and m.end <= hi
                  and belongs(doc, near, m, "", None)), None)
    return (group, (lo, hi)) if group is not None else None


_SUBORDINATE = {"advcl", "acl", "relcl", "pcomp", "csubj"}


def _subordinate(tok) -> bool:
    """Whether a word stands in a clause that hangs from its sentence's main clause ("…, saving countless lives", "a man
    who robbed two banks"): its phrases are less likely to be what a later "these" or "they" stands for, and they
    neither give it a group nor stand in the way of one named in the main clause."""
    return any(a.dep_ in _SUBORDINATE for a in [tok.head, *tok.head.ancestors] if a.i != tok.i)


_BREAKS = {",", ";", ":", "—", "–", "--", "("}


def _widened(near):
    """The first word of the stretch a plural phrase stands in: back from its first word to the punctuation before it, or
    the sentence's start. The parse may leave words of the phrase out of it ("nearly 300 Tren de Aragua terrorists",
    where it made the name a second object; "both suspected Barrio 18 members", where it made "suspected" the verb), and
    a hedge among the words left out still weakens the tie: the stretch is never read more strongly than its words."""
    first = near.left_edge
    while first.i > first.sent.start and first.nbor(-1).text not in _BREAKS:
        first = first.nbor(-1)
    return first
