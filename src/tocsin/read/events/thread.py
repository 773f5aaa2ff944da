"""The person a pronoun stands for when a story keeps writing "he" for one person over several sentences.

"Murmansk Governor Yury Yevdokimov resigned … In an interview on Thursday, he denied … On Saturday, he said … 'I've
always been ready,' he said. Senior officials had threatened to throw him out": the "him" is the governor, named more
than two sentences before, because every sentence since holds a "he" as its subject and names no one
(docs/events.md: a pronoun takes the person it stands for). The thread breaks at a sentence with no such subject,
and holds only where one person is named where it starts.
"""

from __future__ import annotations

import re

from .chains import FEMALE_PRONOUNS, MALE_PRONOUNS
from .words import _w


def is_subject(doc, m) -> bool:
    """Whether a mention is its clause's subject, up through an apposition, a compound or a conjunct."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    while root.dep_ in ("appos", "compound", "conj") and root.head.i != root.i:
        root = root.head
    return root.dep_ in ("nsubj", "nsubjpass")


def sentences_to(ctx, tok) -> list:
    """The document's sentences up to a word's own, its own last."""
    return [s for s in ctx.ann.sentences if s.start <= tok.idx]


def barred(ctx, other: tuple[int, int] | None) -> list[tuple[int, int]]:
    """The spans whose people no pronoun of an event stands for: the event's other party (``other``: "Smith shot him")
    and the speakers of the document's statements."""
    return ([other] if other else []) + [(s.speaker_start, s.speaker_end) for s in ctx.statements if s.speaker_start is not None]


_REACH = 6  # sentences before the pronoun's, at most, over which a thread of "he" is followed
_SUBJECTS = {"m": {"he"}, "f": {"she"}}
# Another person the thread's sentences may stand for: the "he" may be someone else than the one named first
_OTHERS = re.compile(r"\b(?:suspects?|m[ae]n|wom[ae]n|victims?|gunm[ae]n|shooters?|teens?|boys?|girls?|persons?|people|drivers?|"
                     r"hombres?|mujer(?:es)?|v[ií]ctimas?|sospechosos?)\b", re.I)


def _sex(pronoun: str) -> str | None:
    return "f" if pronoun in FEMALE_PRONOUNS else "m" if pronoun in MALE_PRONOUNS else None


def _holds_subject(doc, sentence, sex: str) -> bool:
    span = doc.char_span(sentence.start, sentence.end, alignment_mode="contract")
    return span is not None and any(t.dep_ in ("nsubj", "nsubjpass") and _w(t) in _SUBJECTS[sex] for t in span)


def threaded(ctx, tok, other: tuple[int, int] | None) -> list:
    """The people a pronoun may stand for at the start of a thread of subject pronouns of its sex: the persons of its
    sex named in the first sentence before the thread, its subject first, where the two sentences before the pronoun's (read already,
    naming no one) and every one between hold such a subject and describe no other person ("the suspect", "a man");
    never the event's other party nor a statement's speaker. Else none."""
    sex = _sex(_w(tok))
    sentences = sentences_to(ctx, tok)
    k = len(sentences) - 1
    if sex is None or k < 3 or ctx.doc is None or not ctx.doc.has_annotation("DEP"):
        return []
    spans = barred(ctx, other)
    for j in range(k - 1, max(k - _REACH, 0) - 1, -1):
        sentence = sentences[j]
        named = [m for m in ctx.mentions if m.kind == "person" and sentence.start <= m.start < sentence.end and ctx.chains.agrees(m, tok.text)
                 and not any(a <= m.start < b for a, b in spans)]
        if named:  # the two sentences before the pronoun's were read already: one named there is no thread's
            return ([m for m in named if is_subject(ctx.doc, m)] or named) if j < k - 2 else []
        if not _holds_subject(ctx.doc, sentence, sex) or _OTHERS.search(ctx.text, sentence.start, sentence.end):
            return []
    return []
