"""A group's unit told by its own name: "leaders from the ISIS affiliate in the Congo … for their leadership role in
ISIS-DRC" names ISIS-DRC, whose parent the gazetteer says ISIS is, as the affiliate (``presence.by_its_own_name``). For
an act's party the name must be told in the unit's own clause and not as its foe: a sentence also names rivals and
enemies of the same parent ("Gunmen from a Sinaloa Cartel faction killed five, in a war with Los Chapitos").
"""

from __future__ import annotations

from ...models import Mention

_FOES = ("with", "against", "between", "versus", "vs.", "contra", "entre")


def _clause_of(tok):
    """The verb a word's clause hangs on, up the parse (the root where none is tagged a verb); None where the way
    up passes a word of a foe ("in a war with Los Chapitos")."""
    for _ in range(12):
        if tok.tag_.startswith("VB") or tok.head.i == tok.i:
            return tok
        if tok.lower_ in _FOES:
            return None
        tok = tok.head
    return None


def beside(unit, mention: Mention) -> bool:
    """Whether a group's own name is told in the clause of a unit of its parent ("leaders from the ISIS affiliate …
    for their leadership role in ISIS-DRC"), not in another clause or as a foe ("Gunmen from a Sinaloa Cartel faction
    killed five, in a war with Los Chapitos"; "killed two ISIS affiliate commanders weeks after fighting ISIS-DRC")."""
    span = unit.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    own, clause = (_clause_of(span.root) if span is not None else None), _clause_of(unit)
    return own is not None and clause is not None and own.i == clause.i
