"""The parts of a cue's sentence the parse hangs in unexpected places: the subject of a participle set off after an
object ("Rubio underscored the commitment … — declaring…"), who is asked in a call ("called on Congress to act"),
what a speaker stresses, and the figures data show ("CDC data show a 10% drop"). Used by ``find``.
"""

from __future__ import annotations

import re

from .lexicon import LEXICONS, verb_lemma


def subtree_span(token, exclude=None) -> tuple[int, int]:
    """The characters a token and its dependents cover (``exclude``: tokens left out, the cue's own subtree)."""
    tokens = [t for t in token.subtree if exclude is None or t not in exclude]
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


SET_OFF = {",", "—", "–", "--"}


def object_span(obj) -> tuple[int, int]:
    """The span of a cue's object, up to a participle cue set off after it, a statement of its own ("underscored the
    commitment to … — declaring the days of weakness are over")."""
    start, end = subtree_span(obj)
    cues = LEXICONS["en"]["cues"]
    for t in obj.subtree:
        if t.dep_ == "acl" and t.tag_ == "VBG" and t.i > 0 and t.nbor(-1).text in SET_OFF and verb_lemma(t.lower_) in cues:
            return start, min(end, t.nbor(-1).idx)
    return start, end


FIGURES = re.compile(r"(?:data|figures|statistics|numbers|counts?|reports?|study|studies|survey|poll|analysis|estimates?)")


def figures_shown(verb, speaker) -> tuple[int, int] | None:
    """What figures show when the parse gives an object, not a clause: "Provisional CDC data show a 10% drop in overdose
    deaths", "preliminary data show murders down 13%" (the object and the rest of the verb's phrase, which must hold a
    number); not "the evidence showed his involvement" (no figure, and evidence of a person's act is a finding)."""
    if speaker is None or not FIGURES.fullmatch(speaker.lower_):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None:
        return None
    tokens = [t for t in verb.subtree if t.i >= obj.i and not t.is_punct]
    if not tokens or not any(t.like_num for t in tokens):
        return None
    return obj.doc[min(t.i for t in obj.subtree)].idx, tokens[-1].idx + len(tokens[-1].text)


def clause_subject(verb) -> list:
    """The subject of the clause a participle set off by a comma or a dash comments on, which the parse hung on the
    object before it ("X underscored the commitment to …, declaring that …"): the object's own subject when it is one
    ("officials, declaring that …"), else the subject of the nearest verb above it that has one."""
    if verb.head.dep_ in ("nsubj", "nsubjpass"):
        return [verb.head]
    node = verb.head
    while node.head.i != node.i:
        node = node.head
        if node.tag_.startswith(("VB", "MD")):
            return [c for c in node.children if c.dep_ == "nsubj"]
    return []


# Verbs of going on or starting, whose subject speaks the cue that completes them ("continues to call on…", "began
# urging…"); not verbs of will or refusal ("refused to say", "wanted to tell"), where nothing may have been said.
ASPECTUAL = re.compile(r"(?:continu|keep|kept|beg[aiu]n|start|resum)\w*")
# Cues of a call or a request that name who is asked and an infinitive of what to do ("called on Congress to act",
# "called for the community to join", "urged leaders to…"): the content is the one asked and the act.
CALLS = {"call", "urge", "ask", "press", "implore", "demand", "request", "advise"}


def asked_to(verb):
    """(first token of who is asked, the infinitive asked for) of a call whose parse hung the infinitive on the
    verb ("call on Congress to listen": "listen" an adverbial clause, "Congress" the object of "on") or gave it
    its own subject after "for" ("called for the community to join"); None when the verb asks nothing of anyone."""
    for clause in (c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.i > verb.i):
        if not any(a.dep_ == "aux" and a.tag_ == "TO" for a in clause.children):
            continue
        own = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        if own:
            return own[0].doc[min(t.i for t in own[0].subtree)], clause
        asked = [o for p in verb.children if (p.dep_ == "dobj" or p.dep_ == "prep" and p.lower_ == "on") and p.i < clause.i
                 for o in ([p] if p.dep_ == "dobj" else [c for c in p.children if c.dep_ == "pobj"])]  # not "calls for $2 billion to…"
        if asked:
            return asked[0].doc[min(t.i for t in asked[0].subtree)], clause
    return None


# Cues that make a noun phrase their content: what is denied, confirmed or announced, and what a speaker stresses
# ("Rubio underscored the President's commitment to…", "the delegation highlighted a decree that…").
OBJECT_CUES = {"deny", "reject", "dismiss", "confirm", "acknowledge", "admit", "predict", "announce"}
STRESSING = {"underscore", "highlight", "stress", "emphasize", "reiterate"}


def stressed(verb, speaker) -> bool:
    """Whether a verb of stressing reports what a speaker stressed: in the past, with a noun for its subject ("Rubio
    underscored the commitment…"); not the document's own comment ("This underscores the severity…", "highlighting
    the links…")."""
    return verb_lemma(verb.lower_) in STRESSING and verb.tag_ == "VBD" and speaker is not None and speaker.tag_.startswith("NN")
# Cues of a pledge or a threat, whose bare infinitive is the speaker's own intention ("vowed to dismantle the gangs")
PLEDGES = {"promise", "vow", "pledge", "threaten", "agree"}  # "agreed to pay a fine": an undertaking


def asked_of(clause) -> bool:
    """Whether an infinitive clause has a subject of its own ("promised the public that…" aside: "urged them to…")."""
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
