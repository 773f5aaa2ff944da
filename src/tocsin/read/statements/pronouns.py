"""Whom a "he" or a "she" that speaks stands for when the text has just named someone else than the last speaker:
the one person named as the active subject of a verb that tells no act of a happening in the pronoun's own sentence
or in the sentence before ("U.S. Secretary of State Hillary Clinton met Russian Foreign Minister Sergei
Lavrov… 'There was…,' she explained." is Clinton's, not the Biden quoted two sentences earlier), never someone the
story tells of as acted on or as the doer of a happening ("Mark Dunn, 34, was arrested…", "Dunn fled the scene…": the sheriff
who spoke goes on); and the sex the text itself gives a person, by a title or a word of kin ("Mrs Clinton", "Mary
Dunn, the victim's mother", are never "he"), never by a first name.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ..event_lexicon import TRIGGERS
from ..people import Roster, surname
from .spans import paragraph_between

# A title that says a person's sex, just before the name or opening it ("Mrs Holder-Wooloff", "Mr. Hoak"); not "Sr.",
# which before an English name is a Sister
_TITLED = {"he": re.compile(r"\b(?:Mr|Sir|Lord|Father|Brother)\.?\s*$"),
           "she": re.compile(r"\b(?:Mrs|Ms|Miss|Mme|Madam|Lady|Dame|Sister)\.?\s*$")}
# A word of kin or sex heading the description set off after a name ("Mary Dunn, the victim's mother,")
_KIN = {"he": r"(?:man|boy|father|husband|son|brother|grandfather|grandson|uncle|nephew|boyfriend|widower|stepfather|stepson)",
        "she": r"(?:woman|girl|mother|wife|daughter|sister|grandmother|granddaughter|aunt|niece|girlfriend|widow|stepmother|stepdaughter)"}
_DESCRIBED = {sex: re.compile(rf",\s+(?:[\w'’-]+\s+){{0,3}}?{kin}(?=\s*[,.;:)]|\s+(?:of|to)\b)", re.I) for sex, kin in _KIN.items()}


def unlike(text: str, span, pronoun: str) -> bool:
    """Whether the text gives the person named at ``span`` the other sex than ``pronoun``: a title before the name or
    opening it ("he" for "Mrs Clinton" or "Mrs. [Clinton]", "she" for "Mr. Hoak"), or a word of kin set off after it
    ("he" for "Mary Dunn, the victim's mother,"); a name with no such word, whatever its first name, may be either."""
    other = {"he": "she", "she": "he"}.get(pronoun)
    if other is None or span is None:
        return False
    start, end = span
    first = re.match(r"[\w.]+\s*", text[start:end])
    return bool(_TITLED[other].search(text[max(0, start - 8) : start]) or (first and _TITLED[other].search(first.group(0)))
                or _DESCRIBED[other].match(text, end))


_AND = re.compile(r"\s*,?\s+and\s+", re.I)


def _joined(text: str, span) -> bool:
    """Whether a subject is one of several joined by "and" ("Jill and I met the family and she told me"): the people
    together are the subject, and a "he" or "she" after them may be someone else."""
    return bool(_AND.match(text, span[1])) or bool(re.search(r"\band\s+$", text[max(0, span[0] - 6) : span[0]], re.I))


# What the story tells of a person as a party to its happenings, not as a source: the act of an event ("killed",
# "shot", "robbed": event_lexicon.TRIGGERS) and flight ("fled the scene"); its subject is no one the story turned to
_DOING = re.compile("|".join(f"(?:{pattern})" for _, _, pattern in TRIGGERS["en"]) + r"|fle[de]s?|fleeing|escap(?:e|es|ed|ing)|"
                    r"hid(?:es|ing|den)?", re.I)


def _turns(verb: str | None) -> bool:
    """Whether a person named as the subject of ``verb`` (as written; None for a passive: "was arrested", "was
    convicted") is one the story turns to as a source: the active subject of a verb that tells no act of a happening
    ("met", "is", "voiced her concern", "singled out"), not of one that does ("fled", "shot")."""
    return verb is not None and not _DOING.fullmatch(verb)


def one_person(text: str, named: list[tuple[int, int]], roster: Roster, pronoun: str) -> tuple | None:
    """(span, name) of the person ``named`` (spans of one surname) stand for: the full name the document gives that
    surname, else the longest of them; none where the text gives that person the other sex than ``pronoun``."""
    full = roster.by_surname(text[named[0][0] : named[0][1]])
    full = full if full is not None and full.span is not None else None
    if any(unlike(text, s, pronoun) for s in named + ([full.span] if full else [])):
        return None
    if full is not None:
        return full.span, full.name
    last = max(named, key=lambda s: len(text[s[0] : s[1]].split()))
    return last, text[last[0] : last[1]]


def sentence_subject(text: str, start: int, said_from: int | None, pronoun: str, subjects: dict[tuple[int, int], str | None],
                     sentences: tuple[int, ...], roster: Roster, after: int) -> tuple | None:
    """(span, name) of the one person named on their own (not ``_joined``) as a subject (``subjects``: each named
    subject and the verb it is the active subject of, from the parse), last as one the story turns to (``_turns``),
    in the pronoun's own sentence before it or in the sentence before, in the same paragraph and after
    ``after`` (the end of the last statement, whose own words name people it speaks of): the story has turned to that
    person ("Allison Jennings is also a third-grader… She said…"). Two people named so, a person of the other sex
    (``unlike``), one last told of as acted on or as a doer, or none, and the pronoun keeps the last
    speaker."""
    if pronoun not in ("he", "she") or not sentences:
        return None
    opening = min(start, said_from) if said_from is not None else start
    k = bisect_right(sentences, opening) - 1
    window = max(sentences[max(k - 1, 0)], after)
    named = sorted(s for s in subjects if window <= s[0] and s[1] <= start and not (said_from is not None and said_from <= s[0])
                   and not paragraph_between(text, s[1], start))
    if len({surname(text[a:b]) for a, b in named}) != 1 or not _turns(subjects[named[-1]]) or any(_joined(text, s) for s in named):
        return None
    return one_person(text, named, roster, pronoun)
