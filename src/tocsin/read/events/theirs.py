"""A violent act whose doers the sentence gives only as "they", in a clause that hangs on an act the same sentence
tells of a group's people ("Hezbollah gunmen hijacked the plane, diverting it to Tehran, where they tortured and
killed two officials"): the group's tie, in the words that tied it there, strength and hedge unchanged.

Only inside one sentence (so never across a segment), only where the first act's doers are its clause's plural
subject, and only where no other plural party stands between them and the pronoun ("MS-13 members attacked two men
before they shot back": "they" may be the men, and nothing is tied). A person is never tied this way: "he" or "she"
stands for one person, and whether one person belongs to a group is what the text must say.
"""

from __future__ import annotations

import re

from ..event_lexicon import VIOLENT
from ..ties import merge_ties

_THEY = re.compile(r"they|ellos|ellas", re.I)
_PARTIES = {"nsubj", "nsubjpass", "dobj", "pobj", "dative", "appos", "conj", "attr"}
_SAYING = re.compile(r"says?|said|saying|tells?|told|claim(?:s|ed)?|report(?:s|ed)?|alleged?|allege[sd]|stated?|testified|according|"
                     r"dijo|dijeron|dice|dicen|afirm[oó]|afirmaron|asegur[oó]|aseguraron|señal[oó]|señalaron|inform[oó]|informaron", re.I)
_STEPS = 7  # how far up the parse the pronoun's clause may hang from the first act


def _plural(tok) -> bool:
    return tok.tag_ in ("NNS", "NNPS") or tok.morph.get("Number") == ["Plur"]


def _under(tok, top) -> bool:
    """Whether ``top`` governs ``tok`` within a few steps of the parse."""
    node = tok
    for _ in range(_STEPS):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.i == top.i:
            return True
    return False


def their_act(found: list[dict], ctx) -> None:
    """Give a "they" act of a violent kind the actor ties of the act its clause hangs on (see the module's words)."""
    doc = ctx.doc
    for f in found:
        if f["type"] not in VIOLENT or f["actor"] is None or f["actor_basis"] != "syntax" or any(t.role == "actor" for t in f["ties"]):
            continue
        if not _THEY.fullmatch(ctx.text[f["actor"][0] : f["actor"][1]]):
            continue
        pronoun = doc.char_span(*f["actor"], alignment_mode="expand")
        if pronoun is None:
            continue
        pronoun = pronoun.root
        said = ctx.statement_at(f["trigger"][0])
        if sum(_SAYING.fullmatch(t.text) is not None for t in pronoun.sent) > 1:
            continue  # two speakers in one sentence ("police said X kidnapped him, and they killed him, witnesses said"): whose words?
        for g in found:
            if g is f or g["sentence"] != f["sentence"] or g["actor"] is None or g["actor"][1] > f["actor"][0] \
                    or g["modality"] != f["modality"] or not _under(f["tok"], g["tok"]) \
                    or ctx.statement_at(g["trigger"][0]) is not said:
                continue  # another speaker's words ("police said X kidnapped him, and they killed him, witnesses said")
            ties = tuple(t for t in g["ties"] if t.role == "actor")
            doers = doc.char_span(*g["actor"], alignment_mode="expand")
            if not ties or doers is None or doers.root.dep_ != "nsubj" or doers.root.head.i != g["tok"].i or not _plural(doers.root):
                continue
            between = doc[doers.end : pronoun.i]
            if any(_plural(t) and t.dep_ in _PARTIES for t in between):
                continue  # another plural party the pronoun may stand for
            f["ties"] = merge_ties(f["ties"], ties)
            f["groups"] = f["groups"] | {t.group_key for t in ties}
            break
