"""Acts told after a happening a group's people did, whose doers the text gives only as a pronoun ("MS-13 members
stormed a bar in Houston. They shot two men and stabbed a waitress."; "a suspected Tren de Aragua gang member was
arrested for drug trafficking and released, before he was finally arrested for sex trafficking"; "Integrantes del CJNG
atacaron un bar. Ellos asesinaron a dos meseros."): the pronoun stands for the doers told before, and so the later act
takes their group, as strongly as the earlier words put it and never more, with their hedge and who holds the view.

The doers are the people who did a violent act or whom a legal step took; the pronoun must be one of those in its own
act too (the doer of a violent act, the one a legal step takes), so that victims are never read as doers. The pronoun is
read back only to the nearest doers told before it in the same segment (a paragraph, a list item, a turn), in its own
sentence or the one before, and only where:

- the number agrees ("they" for several people or for a group named as the doer, "he" and "she" for one person);
- no other people stand between as a party of a clause, nor a person or a group named there ("MS-13 members attacked
  two men. They died": "they" may be the men; "… Police officers arrived. They arrested two men": the officers), nor
  before the doers in their own sentence ("Police arrested MS-13 members after they killed a cook": the police too
  are "they" the words may mean);
- both acts are told in the same voice: the document's own, or the same speaker's ("Police said MS-13 members stormed
  a bar. 'They shot everyone,' a witness said." ties nothing).

A later act told as an accusation, or in someone's words the earlier ones did not say, holds the tie at most as alleged
(same_people._as_told).
"""

from __future__ import annotations

import re

from ..ties import merge_ties
from .same_people import (
    _as_told,
    _doer,
    _parties,
    _plural,
    _same_stretch,
    person_word,
)

_PLURAL = re.compile(r"they|them|ellos|ellas", re.IGNORECASE)
_SINGULAR = re.compile(r"he|him|she|her|él|ella", re.IGNORECASE)
_CLAUSE_PARTIES = {"nsubj", "nsubjpass", "dobj", "obj", "pobj", "dative", "appos", "conj", "attr", "obl", "nmod", "iobj"}


def pronoun_doers(found: list[dict], ctx) -> None:
    """Give an act whose doers are a pronoun the group ties of the doers it stands for (see the module's words)."""
    text, doc = ctx.text, ctx.doc
    parties = sorted(_parties(found), key=lambda p: p[0])
    for span, role, f in parties:
        words = text[span[0] : span[1]]
        several = _PLURAL.fullmatch(words) is not None
        if not (several or _SINGULAR.fullmatch(words)) or not _doer(role, f) or any(t.role == role for t in f["ties"]):
            continue
        before = [p for p in parties if p[0][1] <= span[0] and p[2] is not f and _doer(p[1], p[2])
                  and any(t.role == p[1] for t in p[2]["ties"])]
        if not before:
            continue
        earlier, its_role, act = max(before, key=lambda p: (p[0][1], -p[0][0]))
        if not _same_stretch(ctx, earlier, span) or not _same_voice(ctx, act, f):
            continue
        carried = [t for t in act["ties"] if t.role == its_role and t.mention and earlier[0] <= t.mention[0] < earlier[1]]
        there = doc.char_span(*earlier, alignment_mode="expand")
        if not carried or there is None or not _agrees(there, carried, several):
            continue
        opens = next((s.start for s in ctx.ann.sentences if s.start <= earlier[0] < s.end), earlier[0])
        if _between(ctx, opens, earlier[0], words, set()) or _between(ctx, earlier[1], span[0], words, {t.group_key for t in carried}):
            continue
        ties = tuple(_as_told(t, role, f, ctx) for t in carried)
        f["ties"] = merge_ties(f["ties"], ties)
        f["groups"] = f["groups"] | {t.group_key for t in ties}


def _agrees(there, carried, several: bool) -> bool:
    """Whether the pronoun's number fits the doers: "they" for several people or a group named as the doer itself
    ("Hamas stormed … They killed"), "he" or "she" for one person, never for a group."""
    group_itself = any(t.mention[0] <= there.root.idx < t.mention[1] for t in carried)
    if several:
        return _plural(there) or group_itself
    return not _plural(there) and not group_itself


def _same_voice(ctx, act: dict, f: dict) -> bool:
    """Whether both acts are told in the document's own voice, or by the same speaker."""
    one, two = ctx.statement_at(act["trigger"][0]), ctx.statement_at(f["trigger"][0])
    if one is None or two is None:
        return one is two
    return one is two or (one.speaker_name or one.speaker_text or "").lower() == (two.speaker_name or two.speaker_text or "").lower() != ""


def _between(ctx, start: int, end: int, pronoun: str, keys: set) -> bool:
    """Whether other people stand between the doers and the pronoun as a party of a clause, or a person or another
    group is named there: whom the pronoun may stand for instead."""
    several = _PLURAL.fullmatch(pronoun) is not None
    if any(m.kind == "person" and start <= m.start < end or m.kind == "group" and m.key not in keys and start <= m.start < end
           for m in ctx.mentions):
        return True
    stretch = ctx.doc.char_span(start, end, alignment_mode="expand") if end > start else None
    if stretch is None:
        return False
    speakers = [(s.speaker_start, s.speaker_end) for s in ctx.statements if s.speaker_start is not None and s.speaker_end is not None]
    for t in stretch:  # the tokens between, not the whole document for each pronoun
        if any(a <= t.idx < b for a, b in speakers):
            continue  # who says it ("Prosecutors allege that …") is no party the pronoun stands for
        pronoun_here = t.pos_ == "PRON" or t.tag_ in ("PRP", "PRON")
        if not start <= t.idx < end or t.dep_ not in _CLAUSE_PARTIES or not (pronoun_here or t.pos_ in ("NOUN", "PROPN") or t.tag_.startswith("NN")):
            continue
        if pronoun_here:
            if _SINGULAR.fullmatch(t.text) if several else _PLURAL.fullmatch(t.text) or _other_sex(t.text, pronoun):
                return True  # "They … before he …", "He … after she …": another one the words tell of
            continue
        people = person_word(t.text) or t.ent_type_ in ("PERSON", "NORP")
        alone = ctx.doc[t.i : t.i + 1]
        if several and (_plural(alone) or t.dep_ == "conj" or t.lower_ == "police") and (people or t.tag_ in ("NNS", "NNPS")) or not several and people and not _plural(alone):
            return True
    return False


def _other_sex(word: str, pronoun: str) -> bool:
    """Whether two singular pronouns tell of a man and a woman."""
    sexes = [("f" if w.lower() in ("she", "her", "ella") else "m") for w in (word, pronoun) if _SINGULAR.fullmatch(w)]
    return len(sexes) == 2 and sexes[0] != sexes[1]
