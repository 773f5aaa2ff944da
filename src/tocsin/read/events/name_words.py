"""A trigger that is a word of a name ("the Missing and Murdered Indigenous Women Task Force", "the Association of
Parents of the Murdered") names no happening; but a title-case headline may end a name with its verb ("Boston Man
Indicted"), which the tagger pulls into the name: in a headline, or a linked item's title ("- [Federal Firearms
Licensee and Boston Man Indicted for Firearm Trafficking](…)").
"""

from __future__ import annotations

import re

from ...models import Mention

_NOUNED = re.compile(r"\b(?:the|of)\s+$", re.I)  # "of the Murdered": a participle made a noun, a word of the name
_ADDRESS = re.compile(r"\]\([^)]*\)|https?://\S+")
_WORD = re.compile(r"[^\W\d_][\w'’-]{3,}")  # four letters or more: not "and", "for", "in", "the"


def in_name(text: str, mentions: tuple[Mention, ...], start: int, end: int) -> bool:
    """Whether the trigger at ``start``–``end`` is a word of a name the model tagged (a person's excepted)."""
    return any(m.start <= start and end <= m.end and not _headline_verb(text, m, start, end)
               for m in mentions if m.kind != "person")


def _headline_verb(text: str, m: Mention, start: int, end: int) -> bool:
    """Whether a trigger ending a name is a headline's verb: a title-case "-ed" word, not after "the" or "of", on a
    line written in title case (four in five of its longer words capitalized, its link's address left out); not a
    sentence's ("A vigil organized by the Association of Parents of the Murdered drew hundreds…")."""
    word = text[start:end]
    if end != m.end or not word.istitle() or not word.endswith("ed") or _NOUNED.search(text, max(0, start - 8), start):
        return False
    line_end = text.find("\n", end)
    line = _ADDRESS.sub(" ", text[text.rfind("\n", 0, start) + 1 : line_end if line_end >= 0 else len(text)])
    words = _WORD.findall(line)
    return 5 * sum(w[0].isupper() for w in words) >= 4 * len(words)
