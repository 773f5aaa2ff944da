"""Spanish cues that open a sentence with no subject of their own ("Declaró que…", "Aseguró que…", "Ha dicho que…"):
Spanish leaves out a subject the sentence before has just named, and the speaker is that subject, as written there
("El presidente Barack Obama explicó sus razones. Declaró que su plan…": Obama, docs/annotation.md §3).

Only when the text allows no other reading: the sentence straight before, in the same paragraph, has a named person
for the subject of its main verb (a person the model names, or a full name of two capitalized words or more), alone
(not "Obama y Harper", which a singular cue cannot continue), and the cue is in the singular with no subject of its
own ("Declaró el ministro que…" is the minister's, read by ``surface``). Otherwise nothing: a body, a role without a
name or a subject two sentences back is not guessed at; nor is the subject of a sentence that names another person
too ("El juez Andrés Pardo condenó a Luis Gómez. Ha dicho que apelará": either could have said it) or that is itself
attributed ("Según la fiscal, Pedro Castillo mató a su vecino. Dijo que…": the subject is what the source told of, not
a speaker). Used by ``surface``.
"""

from __future__ import annotations

import re

from .lexicon import ES_AUX_WORDS
from .spans import _inside_quote

# Where a sentence opens: the text's start, a line's, or after a sentence's end (with its closing quotation mark)
_OPENS = r"(?:\A|(?<=\n)|(?<=[.!?]\s)|(?<=[.!?][»”\"]\s))"
# "Ha dicho que…": the cue is the participle; a singular auxiliary opening the sentence
_AUX = "(?:" + "|".join(w.capitalize() for w in ES_AUX_WORDS if not w.endswith(("n", "mos"))) + ")"
_PARTICIPLE = re.compile(r"\w+(?:ado|ido|cho|sto)$")


def _singular(cue: str) -> bool:
    """A cue of the third person singular: not "dijeron", "afirman" (plural) nor a participle alone."""
    return not cue.endswith("n") and not _PARTICIPLE.match(cue)


def subjectless(text: str, masked: str, lex: dict, doc, quotes, mentions, rest: str) -> list[dict]:
    """Statements of cues that open their sentence without a subject, whose speaker the sentence before names;
    ``rest``: the surface pattern of what follows a cue ("… que <content>"), shared with ``surface``."""
    if doc is None or not doc.has_annotation("DEP"):
        return []
    singular = sorted((c for c in lex["cues"] if _singular(c)), key=len, reverse=True)
    participles = sorted((c for c in lex["cues"] if _PARTICIPLE.match(c)), key=len, reverse=True)
    opening = "|".join(c[0].upper() + c[1:] for c in singular)
    pattern = rf"{_OPENS}(?:{_AUX}\s+(?P<participle>{'|'.join(participles)})|(?P<cue>{opening}))\b{rest}"
    out = []
    for m in re.finditer(pattern, masked):
        cue = m.span("participle") if m.group("participle") else m.span("cue")
        if _inside_quote(cue[0], quotes) or re.search(r"\b[A-ZÁÉÍÓÚÑ]", masked[cue[1] : m.start("content")]):
            continue  # "Declaró Ana Ruiz que…": a subject of its own
        verb = next((t for t in doc if t.idx == cue[0]), None)
        if verb is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        speaker = _subject_before(text, doc, verb, mentions, lex)
        if speaker is not None:
            out.append(dict(speaker=speaker, speaker_head=None, cue=cue, content=m.span("content"), direct=False))
    return out


def _subject_before(text: str, doc, verb, mentions, lex: dict) -> tuple[int, int] | None:
    """The span of the named person the sentence straight before a cue has for the subject of its main verb, in the
    same paragraph; None when it names no one there, or more than one, or names another person besides (an object:
    "condenó a Luis Gómez", "el hermano de Ana Ruiz"), or is itself attributed ("según X", "X dijo que…")."""
    sent = verb.sent
    if sent.start == 0:
        return None
    before = doc[sent.start - 1].sent
    if "\n" in text[before.start_char : sent.start_char].strip():
        return None  # another paragraph
    subjects = [t for t in before if t.dep_ == "nsubj" and t.head.dep_ == "ROOT" and t.head.pos_ in ("VERB", "AUX")]
    if len(subjects) != 1 or any(c.dep_ == "conj" for c in subjects[0].children):
        return None
    subject = subjects[0]
    name = [t for t in subject.subtree if _named_by(t, subject)]  # "el presidente Barack Obama": the name apposed to the role
    lo, hi = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge.text)
    if _attributed(text[before.start_char : before.end_char], lex) or _another_named(text, before, lo, hi, mentions):
        return None  # "Según la fiscal Ana Ruiz, Pedro Castillo mató…", "acusó a Pedro Castillo…": whose word is unsure
    if any(m.kind != "person" and m.start <= subject.idx < m.end for m in mentions):
        return None  # "Naciones Unidas", "Ford": a body, not a person
    people = [m for m in mentions if m.kind == "person" and lo <= m.start and m.end <= hi]
    if len(people) == 1 and any(people[0].start <= t.idx < people[0].end for t in name) and _full(people[0], mentions):
        return people[0].start, people[0].end
    if people or len(name) < 2 or name[-1].i - name[0].i + 1 != len(name):
        return None  # another's name ("el abogado de Ana Ruiz"), or no full name in one run
    return name[0].idx, name[-1].idx + len(name[-1].text)


def _attributed(sentence: str, lex: dict) -> bool:
    """Whether a sentence reports someone's words: a source named ("según X", "de acuerdo con X"), a cue that
    introduces a clause or a quotation ("X dijo que…", "X afirmó:") or closes one ("…, dijo X"), or a quotation."""
    cues = "|".join(sorted(lex["cues"], key=len, reverse=True))
    return bool(re.search(rf"(?i)\b(?:según|de acuerdo (?:con|a)|a juicio de|en palabras de)\b|[«“\"]|"
                          rf",\s*(?:{cues})\b|\b(?:{cues})\s*(?:que\b|:)", sentence))


def _another_named(text: str, sent, lo: int, hi: int, mentions) -> bool:
    """Whether a sentence names a person outside its subject's span ``lo``-``hi``: a person's mention, or a
    capitalized word after "a", "al", "de" or "del" that names no place ("interrogó a Ana Ruiz", "el abogado de Luis
    Gómez"); the cue after it could be that person's as well as the subject's."""
    outside = [m for m in mentions if sent.start_char <= m.start < sent.end_char and not lo <= m.start < hi]
    if any(m.kind == "person" for m in outside):
        return True
    places = [(m.start, m.end) for m in outside if m.kind == "place"]
    for m in re.finditer(r"\b(?:a|al|de|del)\s+(?P<name>[A-ZÁÉÍÓÚÑ])", text[sent.start_char : sent.end_char]):
        at = sent.start_char + m.start("name")
        if not lo <= at < hi and not any(s <= at < e for s, e in places):
            return True
    return False


def _named_by(token, subject) -> bool:
    """Whether a token is a capitalized proper name of the subject itself: its head, or hung on it by apposition or as
    part of a name, not inside a phrase of its own ("el abogado de Ana Ruiz")."""
    if token.pos_ != "PROPN" or not token.text[:1].isupper():
        return False
    while token.i != subject.i:
        if token.dep_ not in ("appos", "compound", "flat"):
            return False
        token = token.head
    return True


def _full(person, mentions) -> bool:
    """Whether a person's mention is a full name, or the surname of one the text names ("Obama" after "Barack Obama");
    a single word alone may be a company's name the model took for a person's ("Ford presentó sus cifras")."""
    words = person.text.split()
    return len(words) >= 2 or any(m.kind == "person" and len(m.text.split()) >= 2 and m.text.split()[-1] == words[-1]
                                  for m in mentions)
