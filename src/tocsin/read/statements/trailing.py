"""Attributions set off by commas, read off the words where the parse loses them.

News and press releases attribute a claim after it, or in the middle of it, in a short clause of their own:

    The argument escalated at the school, police said.
    The two transactions, evidence showed, increased the reserves by $250 million.
    The shooting took place about 11:20 p.m., said a lieutenant at the Newton Station.
    A man was sentenced today for smuggling aliens, Acting Assistant Attorney General Rita Glavin and U.S. Attorney
    Jeffrey Taylor announced.

The small parser often hangs such a clause on the wrong word (the speaker as an object of "with", the cue as a
conjunct of the claim's verb), so the cue verb has no complement and nothing is found. The comma gives the clause
away: between the comma and the cue stand only the speaker's words (no verb of their own), and after the cue only
when and how it was said ("Tuesday", "in a statement") up to the sentence's end or the next comma. The claim is
the part before the comma; where the clause splits the claim and only a subject stands before it, the part after
it. A claim holds a verb of its own ("Last week, the department announced" claims nothing), or, with nothing after
the cue, is a long run of words the tagger may have read without one.
"""

from __future__ import annotations

import re

from .lexicon import LEXICONS, holds_findings, verb_lemma
from .spans import _strip
from ..doctext import text_of

_SUBJECT_PRONOUNS = {"he", "she", "they", "it", "we", "i"}
# words that open a clause, not a speaker: "…, which police said", "…, and he said", "…, as officials said"
_NOT_OPENING = {"and", "but", "or", "which", "who", "whom", "that", "as", "when", "while", "if", "because", "although", "so",
                "where", "what", "how", "why", "then", "than", "since", "after", "before", "until", "unless", "though"}
_SUBORDINATORS = {"when", "if", "after", "before", "while", "as", "because", "although", "though", "since", "until", "once",
                  "unless", "whether", "where", "asked"}
_SPEAKER_ENDS = {"NN", "NNS", "NNP", "NNPS", "PRP", "CD"}
# what is said, not who says it, after an inverted cue ("…, said nothing", "…, said little about the case")
_NOTHING = {"nothing", "something", "anything", "everything", "little", "much", "more", "less", "enough", "none", "so",
            "otherwise", "goodbye", "hello", "yes", "no", "thanks", "sorry", "grace", "prayers", "words"}  # not "a Salvadoran national and": a speaker ends on its noun
# the cues that stand before their speaker ("…, said a lieutenant", "…, added the sheriff"), verbs of saying only: in
# "…, threatens our security" the words after the verb are its object
INVERTING = {"say", "add", "announce", "explain", "note", "write", "report", "state", "continue", "insist", "warn", "recall",
             "conclude", "testify"}
# a sentence the splitter cut after an abbreviation ("West Point, N.Y. (West Point), …"): the claim reaches back over it
_ABBREVIATION_END = re.compile(r"(?:\b[A-Za-z]\.){1,3}\s*$|\b(?:[ap]\.m|Jr|Sr|Inc|Co|Corp|Ltd|St|Mt|No|Gen|Col|Capt|Lt|Sgt|Gov|Rep|Sen)\.\s*$")
MAX_SPEAKER_TOKENS = 30
MAX_TAIL_TOKENS = 10
MIN_VERBLESS_CLAIM = 8


def _verbless(tokens) -> bool:
    """No verb of its own: a title's capitalized participle ("Acting Assistant Attorney General") is a name word."""
    return not any((t.tag_.startswith("VB") or t.tag_ == "MD") and not t.text[:1].isupper() for t in tokens)


def _without_acronyms(tokens) -> list:
    """A speaker's words without the acronym an office is given in brackets: "Acting Assistant Secretary of
    Immigration and Customs Enforcement (ICE) John Torres"."""
    out = list(tokens)
    for n in range(len(out) - 3, -1, -1):
        if out[n].text == "(" and out[n + 2].text == ")" and out[n + 1].text.isupper() and out[n + 1].text.isalpha():
            del out[n : n + 3]
    return out


def _is_speaker(tokens) -> bool:
    tokens = _without_acronyms(tokens)
    if not tokens or len(tokens) > MAX_SPEAKER_TOKENS or tokens[0].lower_ in _NOT_OPENING or not _verbless(tokens):
        return False
    if len(tokens) == 1 and tokens[0].tag_ == "PRP":
        return tokens[0].lower_ in _SUBJECT_PRONOUNS
    return any(t.tag_.startswith("NN") for t in tokens) and tokens[-1].tag_ in _SPEAKER_ENDS \
        and not any(t.text in "\"“”«»()[]:;" for t in tokens)


def _clause(tokens, bare: bool) -> bool:
    """A claim: a verb of its own, or, where nothing follows the cue, a long run of words the tagger may have read
    without one ("Unemployment rates for youth range from 35 percent to 51 percent, said UNDP": "range" as a noun)."""
    if any((t.tag_.startswith("VB") or t.tag_ == "MD") and t.dep_ not in ("amod", "compound") for t in tokens):
        return len(tokens) >= 3  # "The forged invoices": a participle that describes a noun is no verb of a clause
    return bare and len(tokens) >= MIN_VERBLESS_CLAIM


def _comma_before(doc, begin: int, i: int) -> int | None:
    return next((t.i for t in reversed(doc[begin:i]) if t.text == ","), None)


def _co_speakers(doc, begin: int, end: int, start: int) -> int:
    """The first word of a run of speakers named together: "…, A of the Criminal Division and B, Commander of the
    Command, announced" reaches back over comma-separated names and titles that hold no verb and open with a capital,
    as long as an "and" joins the run (without one, "…in Miami, Florida, police said" is a place and its state)."""
    while (earlier := _comma_before(doc, begin, start - 1)) is not None:
        piece = doc[earlier + 1 : start - 1]
        if not piece or not piece[0].text[:1].isupper() or not _is_speaker(list(piece)) \
                or not any(t.lower_ == "and" for t in doc[earlier + 1 : end]):
            break
        start = earlier + 1
    return start


def _bracket_end(doc, start: int) -> bool:
    """A cut after a closing bracket with no full stop in it: "…Customs Enforcement (ICE) | John Torres announced"."""
    return start > 1 and doc[start - 1].text == ")" and doc[start - 2].text not in (".", "!", "?")


def _sentence_start(doc, sent) -> int:
    """Where the claim's sentence starts: over a cut the splitter made after an abbreviation, a comma or a bracket
    in the same paragraph."""
    start = sent.start
    while start > 0 and not doc[start - 1].is_space and (doc[start - 1].text in (",", ";") or _bracket_end(doc, start)
                                                           or _ABBREVIATION_END.search(doc[max(0, start - 3) : start].text)):
        start = doc[start - 1].sent.start
    return start


def trailing(doc, verb) -> list[dict]:
    """The statement of a cue verb set off by commas (module docstring), or none."""
    sent = verb.sent
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or any(c.dep_ == "neg" for c in verb.children):
        return []
    begin = _sentence_start(doc, sent)
    comma = _comma_before(doc, begin, verb.i)
    if comma is None:
        return []
    between = doc[comma + 1 : verb.i]
    if between:  # "…, police said." / "…, he said, …"
        if not _is_speaker(list(between)):
            return []
        first = _co_speakers(doc, begin, verb.i, comma + 1)  # the "and" of a run of speakers stands before its verb
        speaker = doc[first : verb.i]
        claim_end = first - 1
        tail_start = verb.i + 1
    elif verb_lemma(verb.lower_) in INVERTING:  # "…, said a lieutenant at the station."
        rest = [t for t in doc[verb.i + 1 : sent.end] if not t.is_punct or t.text not in ".!"]
        stop = next((n for n, t in enumerate(rest) if t.text == "," and n + 1 < len(rest) and rest[n + 1].lower_ in ("who", "which")), len(rest))
        words = rest[:stop]
        if not words or not _is_speaker(words) or words[0].lower_ in _NOTHING:
            return []  # "The gang, which controls the port, said nothing": what was said, not who said it
        speaker = doc[words[0].i : words[-1].i + 1]
        claim_end = comma
        tail_start = sent.end
    else:
        return []
    lemma = verb_lemma(verb.lower_)
    if lemma in LEXICONS["en"]["findings"] and not holds_findings(speaker):
        return []  # "…, the evidence showed": a finding needs evidence or investigators to hold it
    tail = []
    for t in doc[tail_start : sent.end]:
        if t.text == "," or t.text in ".!?":
            break
        tail.append(t)
    if len(tail) > MAX_TAIL_TOKENS or not _verbless(tail) or any(t.lower_ == "that" for t in tail):
        return []
    before = doc[begin:claim_end]
    if any(t.text == ":" for t in before):
        return []  # "- **WTOP News**: Homicide rates drop, report says": the label before the colon is the source
    after_start = tail[-1].i + 2 if tail else tail_start + 1
    after = doc[after_start : sent.end] if after_start < sent.end and doc[after_start - 1].text == "," else doc[sent.end : sent.end]
    if after and after[0].tag_ == "VBG":
        after = doc[sent.end : sent.end]  # "…, he said, adding that …": a further doing of the speaker, not the claim
    if before and before[0].lower_ in _SUBORDINATORS and not any(t.text == "," for t in before):
        return []  # "When asked about it, the mayor said nothing": an adverbial clause, no claim
    if _clause(list(before), not tail):
        claim = before  # "…, Ellis said, when she felt resistance": the rest is the claim's adjunct
    elif _clause(list(after), False):
        claim = after  # "The two transactions, evidence showed, increased…": before the cue only the subject
    else:
        return []
    while len(claim) > 1 and claim[-1].is_punct:
        claim = claim[:-1]
    cue_end = verb.idx + len(verb.text)
    return [dict(speaker=(speaker.start_char, speaker.end_char), speaker_head=None, appositions=[], cue=(verb.idx, cue_end),
                 content=_strip(text_of(doc), claim.start_char, claim.end_char), direct=False)]
