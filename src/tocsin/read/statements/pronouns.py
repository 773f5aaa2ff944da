"""Whom a "he" or a "she" that speaks stands for when the text has just named someone else than the last speaker:
the one person named as the subject of the pronoun's own sentence or of the sentence before ("U.S. Secretary of State
Hillary Clinton met Russian Foreign Minister Sergei Lavrov… 'There was…,' she explained." is Clinton's, not the
Biden quoted two sentences earlier); and the sex a title gives a person ("Mrs Clinton" is never "he").
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ..people import Roster, surname
from .spans import paragraph_between

# A title that says a person's sex, just before the name or opening it ("Mrs Holder-Wooloff", "Mr. Hoak")
_TITLED = {"he": re.compile(r"\b(?:Mr|Sir|Lord|Father|Brother|Sr)\.?\s*$"),
           "she": re.compile(r"\b(?:Mrs|Ms|Miss|Mme|Madam|Lady|Dame|Sister|Sra|Srta)\.?\s*$")}


def unlike(text: str, span, pronoun: str) -> bool:
    """Whether a title on the name at ``span`` gives the person the other sex than ``pronoun``, before the name or
    opening it ("he" for "Mrs Clinton" or "Mrs. [Clinton]", as the model tags names, "she" for "Mr. Hoak"); a name with
    no such title, whatever its first name, may be either."""
    other = {"he": "she", "she": "he"}.get(pronoun)
    if other is None or span is None:
        return False
    start, end = span
    first = re.match(r"[\w.]+\s*", text[start:end])
    return bool(_TITLED[other].search(text[max(0, start - 8) : start]) or (first and _TITLED[other].search(first.group(0))))


_AND = re.compile(r"\s*,?\s+(?:and|y|e)\s+", re.I)


def _joined(text: str, span) -> bool:
    """Whether a subject is one of several joined by "and" ("Jill and I met the family and she told me"): the people
    together are the subject, and a "he" or "she" after them may be someone else."""
    return bool(_AND.match(text, span[1])) or bool(re.search(r"\b(?:and|y|e)\s+$", text[max(0, span[0] - 6) : span[0]], re.I))


def sentence_subject(text: str, start: int, said_from: int | None, pronoun: str, subjects: set[tuple[int, int]],
                     sentences: tuple[int, ...], roster: Roster, after: int) -> tuple | None:
    """(span, name) of the one person named on their own (not ``_joined``) as a subject (``subjects``, from the parse)
    in the pronoun's own sentence before it or in the sentence before, in the same paragraph and after ``after`` (the
    end of the last statement, whose own words name people it speaks of): the story has turned to that person
    ("Allison Jennings is also a third-grader… She said…"). Two people named so, a subject of the other sex by title,
    or none, and the pronoun keeps the last speaker."""
    if pronoun not in ("he", "she") or not sentences:
        return None
    opening = min(start, said_from) if said_from is not None else start
    k = bisect_right(sentences, opening) - 1
    window = max(sentences[max(k - 1, 0)], after)
    named = sorted(s for s in subjects if window <= s[0] and s[1] <= start and not (said_from is not None and said_from <= s[0])
                   and not paragraph_between(text, s[1], start))
    if len({surname(text[a:b]) for a, b in named}) != 1 or any(unlike(text, s, pronoun) or _joined(text, s) for s in named):
        return None
    full = roster.by_surname(text[named[0][0] : named[0][1]])
    if full is not None and full.span is not None and not unlike(text, full.span, pronoun):
        return full.span, full.name
    last = max(named, key=lambda s: len(text[s[0] : s[1]].split()))
    return last, text[last[0] : last[1]]
