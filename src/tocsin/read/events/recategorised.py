"""The target categories the rest of a document settles, once every event of it is read and tied (docs/annotation.md
§2.4: "the first that applies, using everything the document says about the target"):

- a pronoun target the ties tie to a criminal or armed group, in whatever words ("a hacker whom officials regarded
  as a top expert for Islamic State, before he was killed"): a rival group, as every target the guideline gives a
  group is (a named target's membership is read, negations and other bodies apart, by ``context``);
- a happening told with no target or a pronoun one, "between" two sides of which one is a named group ("a shooting
  between his gang and MS-13"): a rival group;
- strikes on a group's "targets" ("strikes against 40 Houthi targets"): the group's, a rival group;
- a gunfight that struck a bystander ("caught in the crossfire", "hit by a stray bullet"): a civilian, though a
  clash has no category of its own;
- a person hurt at his own place of trade ("found shot dead at his business", "killed in her restaurant"): a
  business, as a worker at work is;
- the victims of one act described after it ("Two men were shot dead. One of the victims was a police officer",
  "Among the dead were two soldiers"): the first category of what they are said to be;
- an unnamed victim identified later ("A man was shot. The man was identified as Pedro Ruiz, a municipal police
  officer"): what the identification and the person so named are.

A category the event's own words already give, other than "civilian", the guideline's "anyone else", is kept.
"""

from __future__ import annotations

import re

from .chains import _CATEGORISED, FEMALE_PRONOUNS, MALE_PRONOUNS, PRECEDENCE, _family, _identified_as, _sex_of
from .predicates import _before_clause
from .words import _category_of


def recategorise(found: list[dict], ctx) -> None:
    """Settle the categories of a document's violent events with what the whole document says (module docstring)."""
    for f in found:
        if f["type"] not in _CATEGORISED:
            continue
        said = f["target_category"]
        pronoun = (tok := f["target_tok"]) is not None and tok.tag_ in ("PRP", "PRP$")
        if pronoun and any(t.role == "target" for t in f["ties"]):
            f["target_category"] = "rival group"  # the person the pronoun stands for, whom the ties read as the group's
        elif f["subtype"] == "armed clash":
            if said is None and _CROSSFIRE.search(ctx.text, *f["sentence"]):
                f["target_category"] = "civilian"
        elif said in (None, "civilian") and (f["target"] is None or pronoun) and _between(f.get("tok"), ctx):
            f["target_category"] = "rival group"
        elif said == "civilian" and tok is not None and tok.lower_ in _STRUCK and any(c.dep_ == "compound" and _group_word(c, ctx) for c in tok.children):
            f["target_category"] = "rival group"  # "strikes against 40 Houthi targets": the group's
        elif said == "civilian" and (later := _later(f, ctx)) is not None:
            f["target_category"] = later
    _same_victim(found, ctx.chains)


def _same_victim(found: list[dict], chains) -> None:
    """One person the document names as the target of two tellings of a kind of happening ("Man found shot in car
    dealership" … "Rufus Church, who was found fatally shot at his business") has one category: the first the
    tellings give, for a telling left a civilian."""
    said: dict[tuple[str, int], set[str]] = {}
    for f in found:
        if f["type"] in _CATEGORISED and (chain := chains.chain(f["target_mention"])) is not None and f["target_category"]:
            said.setdefault((_family(f["type"]), chain), set()).add(f["target_category"])
    for f in found:
        if f["type"] in _CATEGORISED and f["target_category"] == "civilian" and (chain := chains.chain(f["target_mention"])) is not None:
            f["target_category"] = min(said[(_family(f["type"]), chain)], key=PRECEDENCE.index)


# What befalls a bystander of a gunfight
_CROSSFIRE = re.compile(r"\b(?:caught|killed|hit|struck|wounded|injured)\s+in\s+(?:the\s+|a\s+)?cross\s?-?fire\b|\bstray\s+(?:bullets?|rounds?|gunfire)\b|"
                        r"\b(?:innocent\s+)?bystanders?\b|\bbalas?\s+perdidas?\b|\bfuego\s+cruzado\b", re.I)
_BETWEEN = {"between", "among", "amongst", "entre"}
_STRUCK = {"targets", "positions", "strongholds", "hideouts", "camps", "bases", "facilities", "infrastructure", "blancos", "objetivos",
           "posiciones", "campamentos", "bases"}


def _between(tok, ctx) -> bool:
    """Whether a happening is told as "between" sides one of which is a named group ("a shooting between his gang and
    MS-13"); not a fight between sides the text names no group of ("a brawl between party factions")."""
    if tok is None:
        return False
    return any(m.kind == "group" and prep.idx <= m.start < prep.right_edge.idx + len(prep.right_edge)
               for prep in tok.children if prep.dep_ == "prep" and prep.lower_ in _BETWEEN for m in ctx.mentions)


def _group_word(tok, ctx) -> bool:
    return any(m.kind == "group" and m.start <= tok.idx < m.end for m in ctx.mentions)


def _later(f: dict, ctx) -> str | None:
    """What the document says, beyond the target's own words, of the one a happening befell: its own place of trade,
    the victims described after it, or whom an unnamed victim is identified as."""
    tok = f["target_tok"]
    if tok is None:
        return None
    return _at_own_trade(f, tok, ctx) or _victims_after(f, tok, ctx) or _identified(tok, ctx)


_AT = {"at", "in", "inside", "en", "dentro"}
_OWN = {"his", "her", "their", "su", "sus"}


def _at_own_trade(f: dict, tok, ctx) -> str | None:
    """A business where the target was hurt at his own place of trade: "Ana Ruiz was killed at her restaurant", "a man
    was found shot dead at his business", "gunmen shot a man at his store"; not at his home."""
    heads = [t for t in (f.get("tok"), tok, tok.head if tok.dep_ in ("nsubj", "nsubjpass", "dobj") else None) if t is not None]
    heads += [c for t in heads if t.tag_.startswith("VB") for c in t.children if c.dep_ in ("xcomp", "ccomp", "oprd", "acomp") and c.tag_.startswith("VB")]
    for node in heads:
        for prep in (c for c in node.children if c.dep_ == "prep" and c.lower_ in _AT):
            for place in (o for o in prep.children if o.dep_ == "pobj"):
                if any(c.dep_ == "poss" and c.lower_ in _OWN for c in place.children) \
                        and _category_of(ctx.text[place.left_edge.idx : place.idx + len(place)], ctx.language) == "business":
                    return "business"
    return None


# "One of the victims was a police officer", "Among the dead were two soldiers", "The dead included a journalist"
_OF_THE_VICTIMS = re.compile(r"\b(?:(?:one|two|three|four|five|some|several|both|all|most|many|\d+)\s+of\s+(?:the|those|them)"
                             r"(?:\s+(?:victims|dead|slain|killed|wounded|injured|men|women|people))?|the\s+(?:victims|dead|slain|wounded)|"
                             r"among\s+(?:the|those)\s+(?:victims|dead|slain|killed|wounded|injured))\b\s*,?\s*(?:was|were|is|are|had\s+been|"
                             r"included|include|worked\s+as|served\s+as)\s+([^.;]{3,120})", re.I)
_PLURAL = {"NNS", "NNPS", "CD"}


def _victims_after(f: dict, tok, ctx) -> str | None:
    """The first category of what the victims of a happening of several are said to be in its sentence or the two
    after it, with no other such happening told in between."""
    if tok.tag_ not in _PLURAL and not tok.conjuncts:
        return None
    after = [s for s in ctx.ann.sentences if s.start >= f["sentence"][0]][:3]
    if not after:
        return None
    said = [c for m in _OF_THE_VICTIMS.finditer(ctx.text, after[0].start, after[-1].end)
            if (c := _category_of(_before_clause(m.group(1)), ctx.language)) is not None]
    return min(said, key=PRECEDENCE.index) if said else None


_INDEFINITE = {"a", "an", "un", "una"}
_THE = {"the", "this", "that", "el", "la"}


def _identified(tok, ctx) -> str | None:
    """What an unnamed one-person target ("a man") is identified as later, by the same noun or a pronoun of its sex in
    the next sentence ("The man was identified as Pedro Ruiz, a municipal police officer"; "She was identified as Ana
    Ruiz, a prison guard"), with its identified person's descriptions."""
    if tok.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in tok.children):
        return None
    sex = _sex_of(tok.text)
    nxt = next((s for s in tok.doc.sents if s.start > tok.i), None)
    again = [t for t in tok.doc[tok.i + 1 :] if t.lower_ == tok.lower_ and [d.lower_ for d in t.children if d.i < t.i] in ([w] for w in _THE)]
    again += [t for t in (nxt or ()) if sex is not None and t.lower_ in {"m": MALE_PRONOUNS, "f": FEMALE_PRONOUNS}[sex] and t.tag_ == "PRP"]
    said = [c for t in again for words in _identified_as(t, ctx.text, ctx.chains) if (c := _category_of(words, ctx.language)) is not None]
    return min(said, key=PRECEDENCE.index) if said else None
