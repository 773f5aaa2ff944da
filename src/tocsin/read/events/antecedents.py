"""Which people a pronoun may stand for, beyond the mentions the model tagged, and which of them come first: the names
the chains found that the model left untagged ("I see Congresswoman Ana Ruiz here"), and the people of the last
sentence that names any, before the subject of a sentence further back (``context._antecedent`` orders them, its
subject first, as centering does)."""

from __future__ import annotations

from ...models import Mention
from ..blame import _saying
from .animacy import person_word
from .arguments import _phrase


def chained(ctx, lo: int, hi: int) -> list[Mention]:
    """The names of people between two offsets that the chains found and the model did not tag, wherever they stand
    in their clause (``_unnamed_subjects`` takes only a clause's subject)."""
    held = {(m.start, m.end) for m in ctx.mentions}
    return [Mention(start, end, ctx.text[start:end], "PERSON", "person", "chain") for (start, end) in ctx.chains.of
            if lo <= start and end <= hi and (start, end) not in held]


def nearest_sentence(ctx, found: list[Mention]) -> list[Mention]:
    """Of the people a pronoun may stand for, in the order they are named, those of the last sentence that names any
    ("Carlos Mendez was caught in a crossfire. I see Congresswoman Ana Ruiz here. … when she was shot": Ruiz, not
    the subject two sentences back)."""
    if not found:
        return found
    last = next((s for s in ctx.ann.sentences if s.start <= found[-1].start < s.end), None)
    return [m for m in found if last is None or last.start <= m.start < last.end]


_THEY = {"they", "them", "their"}
_PARTY_ROLES = {"nsubj", "nsubjpass", "dobj", "pobj", "ROOT"}


def _plural_people(t) -> bool:
    """Whether a noun names more than one person: names or people joined by "and" ("Zubair and Khaleel Ahmed"), or a
    plural word of people ("four women", "an elderly couple", "the pair")."""
    def one(w) -> bool:
        return w.ent_type_ == "PERSON" or w.tag_ == "NN" and person_word(w)

    joined = one(t) and any(c.dep_ == "conj" and one(c) for c in t.children)  # "Zubair Ahmed and his cousin Khaleel Ahmed"
    many = t.tag_ == "NNS" or t.lower_ in ("couple", "pair", "duo", "trio")
    return joined or many and person_word(t)


def _tells_of(party, tok) -> bool:
    """Whether a party is the subject of a verb of saying or belief whose clause holds the pronoun ("Investigators
    believe the cartel abducted them")."""
    verb = party.head
    return party.dep_ == "nsubj" and verb.i < tok.i and _saying(verb) and any(a.i == verb.i for a in tok.ancestors)


def plural_antecedent(tok, other: tuple[int, int] | None) -> Mention | None:
    """The people a "they", "them" or "their" stands for inside its own sentence: the one plural party named before
    it ("Zubair Ahmed and his cousin Khaleel Ahmed pleaded guilty to an information charging them", "An elderly
    couple knelt by their bed when they were shot"); none where two plural parties stand before it ("MS-13 members
    attacked two men before they shot back": which is unclear), where the one there is the event's other party
    (``other``), where the pronoun is inside it, or where the one there says or believes the clause the pronoun
    stands in ("Prosecutors said Ortega kidnapped them": the prosecutors tell of the ones kidnapped, who are named
    before). Only inside the sentence, so never across a segment; a pronoun stands for people, never says more of them."""
    if tok.lower_ not in _THEY or tok.tag_ not in ("PRP", "PRP$"):
        return None
    parties = [(t, _phrase(t)) for t in tok.sent if t.i < tok.i and t.dep_ in _PARTY_ROLES and _plural_people(t)]
    parties = [(t, span) for t, span in parties if not span[0] <= tok.idx < span[1] and not _tells_of(t, tok)]
    if len(parties) != 1:
        return None
    start, end = parties[0][1]
    if other is not None and other[0] < end and start < other[1]:
        return None
    text = tok.doc.text[start:end]
    return Mention(start, end, text, "PERSON", "person", "chain")
