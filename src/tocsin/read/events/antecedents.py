"""Which people a pronoun may stand for, beyond the mentions the model tagged, and which of them come first: the names
the chains found that the model left untagged ("I see Congresswoman Ana Ruiz here"), and the people of the last
sentence that names any, before the subject of a sentence further back (``context._antecedent`` orders them, its
subject first, as centering does)."""

from __future__ import annotations

from ...models import Mention


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
