"""The offences of legal events: a crime word that names what someone was arrested, charged or convicted for is
the legal event's offence, not a happening of its own (docs/annotation.md §2.2, "the offence inside a legal
event").

A crime word told as a happening in a clause of its own stays an event, though the legal step names it ("the same act
told in its own clause is", docs/annotation.md §2.2): "arrested in connection with a July 18 shooting at an apartment
complex in Aurora that officials say involved people tied to Tren de Aragua", "charged with a shooting outside a bar
that left two men wounded". The clause must follow the crime noun with only its place or time between, and say what
the act did or who took part (``_ITS_OWN_CLAUSE``); "charged with the murder of his wife", "a shooting at a complex
that was built in 1990" stay an offence.
"""

from __future__ import annotations

import re

from .arguments import _child
from ..doctext import text_of

_PATH_TO_OFFENCE = {"prep", "pobj", "pcomp", "dobj", "xcomp", "compound", "conj", "amod", "nmod", "acl", "relcl", "advcl", "npadvmod"}
# What may lie between a legal word and the offences it lists ("convicted of rape and aggravated assault of a minor",
# "pending charges for battery of an unborn child, assault on a female, and domestic violence"): nouns, their
# modifiers and prepositions, commas and conjunctions; a verb or any other punctuation starts something else.
_LISTED = ("NN", "JJ", "IN", "DT", "CD", "CC", "PRP$", "POS", "HYPH", "_SP")  # the tagger's tags: the pipeline sets no pos_
_FUNCTION = ("IN", "TO", "DT", "CC", "RP", "PRP")  # the words of a phrase that carry nothing: "charges for", "taken into"
_PLEA_OR_VERDICT = {"guilty", "pleaded", "pled", "plea", "convicted", "culpable", "declarado", "declaró"}
_INCLUDING = {"including", "incluido", "incluida", "incluidos", "incluidas", "incluyendo"}
_LISTS_WITH = {"of", "on", "with", "for", "in", "de", "por", "con"}


# A relative clause that tells the act itself, after the act's place or time (no end of a clause between): whose word
# it is ("that officials say", "which police believe"), the verb of being or a modal, then a verb of what a happening
# does or who took part in it
_ITS_OWN_CLAUSE = re.compile(
    r"(?P<gap>[^,;:.!?()\[\]—–\"“”]{0,90}?)\s*,?\s*\b(?:that|which)\s+(?:(?:the\s+)?[\w.'’-]+(?:\s+[\w.'’-]+){0,2}?\s+"
    r"(?:say|says|said|believe[sd]?|think|thinks|thought|allege[sd]?|suspect(?:s|ed)?)\s+)?"
    r"(?:(?:allegedly|reportedly|apparently|also|may|might|could|have|has|had|was|were|been)\s+)*"
    r"(?:involv(?:ed|es)|left|killed|wounded|injured|hurt|claimed\s+the\s+lives?|took\s+place|occurred|happened|erupted|broke\s+out)\b",
    re.IGNORECASE)


def told_in_own_clause(tok) -> bool:
    """Whether a crime noun is followed, past its place or time ("at an apartment complex in Aurora"), by a relative
    clause that tells the act itself (``_ITS_OWN_CLAUSE``), however the parse hung that clause; the words between
    hold no verb ("a shooting at a bar owned by a man who was killed" tells of the man)."""
    if not tok.tag_.startswith("NN") or tok.lang_ != "en":
        return False
    found = _ITS_OWN_CLAUSE.match(text_of(tok.doc), tok.idx + len(tok))
    return found is not None and not any(t.tag_.startswith(("VB", "MD")) for t in tok.doc[tok.i + 1 : tok.sent.end] if t.idx < found.end("gap"))


def offence_of(tok, legal_tokens, listed: bool = True) -> int | None:
    """The legal trigger a crime word is the offence of ("charged with murder"), if any: by the parse, else, for a
    noun, as one of the offences a legal word lists before it (``listed_after``; not for a legal word: "convictions
    for assault, battery and pending charges" lists a legal step of its own). A crime noun told in a clause of its
    own (``told_in_own_clause``) is nobody's offence."""
    if told_in_own_clause(tok):
        return None
    seen, start, example = 0, tok, False
    while seen < 6 and tok.dep_ in _PATH_TO_OFFENCE and tok.head is not tok:
        example = example or tok.dep_ == "prep" and tok.lower_ in _INCLUDING
        if tok.dep_ in ("advcl", "relcl") and _child(tok, "nsubj", "nsubjpass") is not None:
            return None  # "arrested a man who they say shot a clerk": the shooting told in a clause of its own
        if tok.dep_ == "conj" and tok.head.i in legal_tokens:
            break  # "his arrest and subsequent murder charges": coordinated with the legal step, a step of its own
        tok = tok.head
        seen += 1
        if tok.i in legal_tokens:
            # "pleaded guilty to several crimes, including the murder of a clerk": an act a plea or a verdict picks
            # out is told as a fact admitted, found or denied (docs/annotation.md §2.4), not only named; not an
            # indictment's or a designation's examples ("indicted for firearm offenses, including smuggling")
            return None if example and tok.lower_ in _PLEA_OR_VERDICT else tok.i
    return listed_after(start, legal_tokens) if listed else None


def legal_words(hits, legal_types) -> tuple[dict[int, str], dict[int, int]]:
    """Every word of each legal trigger phrase ("pleaded guilty", "taken into custody") with its type, and the root the
    phrase is read from: an offence hangs from any of its words ("pleaded guilty to the kidnapping", where the parse
    hangs "to" from "guilty") and is the phrase's."""
    types: dict[int, str] = {}
    roots: dict[int, int] = {}
    for tok, start, end, etype, _ in hits:
        if etype not in legal_types:
            continue
        span = tok.doc.char_span(start, end, alignment_mode="expand")
        for word in (span if span is not None and tok in span else [tok]):
            if word.i == tok.i or word.i not in roots and not word.tag_.startswith(_FUNCTION):  # not "for" of "charges for"
                types[word.i], roots[word.i] = etype, tok.i
    return types, roots


def listed_after(tok, legal_tokens: set[int]) -> int | None:
    """The legal word whose list of offences a crime noun stands in, where the parse lost the list ("convicted on
    three counts of assault in the second degree, assault of a corrections employee, and probation violation"):
    the nearest legal word before it in its sentence, followed by a preposition, with only nouns, their modifiers,
    prepositions, commas and conjunctions between."""
    if not tok.tag_.startswith("NN"):
        return None
    before = [i for i in legal_tokens if tok.sent.start <= i < tok.i]
    if not before:
        return None
    legal = tok.doc[max(before)]
    between = tok.doc[legal.i + 1 : tok.i]
    if not len(between) or between[0].lower_ not in _LISTS_WITH:
        return None
    if all(t.tag_.startswith(_LISTED) or t.dep_ in ("amod", "compound") or t.tag_ == "VBG" and t.dep_ == "pcomp" or t.text == ","
           for t in between):
        return legal.i
    return None


# The verbs of a legal step that take someone: the one they take is its party, not the doer of an act the sentence
# names after it ("Police have arrested a third suspect in connection with a July 18 shooting"). Not the legal triggers
# of event_lexicon.TRIGGERS, on purpose: those hold nouns and phrases ("capture of", "taken into custody", "caught"),
# and a verb's object or passive subject is read here, so only verbs that take their party as one
_TAKING = re.compile(r"arrest(?:s|ed|ing)?|detain(?:s|ed|ing)?|apprehend(?:s|ed|ing)?|charg(?:es|ed|ing)|indict(?:s|ed|ing)?|"
                     r"convict(?:s|ed|ing)?|sentenc(?:es|ed|ing)|booked|jailed|captured|extradited", re.IGNORECASE)


def taken_by_a_step(doc, start: int) -> bool:
    """Whether the word at ``start`` ("a third suspect") is the one a legal step takes: the object of "arrested",
    "charged", or the subject of "was arrested"; such a word names no doer of another act in its sentence."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return False
    word = span.root
    while word.dep_ in ("amod", "compound", "nummod", "det") and word.head.i != word.i:
        word = word.head
    return word.dep_ in ("dobj", "nsubjpass") and _TAKING.fullmatch(word.head.text) is not None
