"""People told again by a definite description that names no group ("Police arrested three MS-13 members in Houston.
The men were charged with murder."; "…arrested nearly 300 Tren de Aragua terrorists. … these heinous monsters were
removed to El Salvador"; "Detuvieron a dos presuntos integrantes del CJNG. Los detenidos fueron trasladados…"): the
later act's party is the earlier party, and so belongs to the group the earlier words tied it to, as strongly as those
words put it and never more (a "suspected" member stays suspected).

The description is read back only to the nearest party any act told before it in the same segment (a paragraph, a
list item, a turn), from the same sentence or the one before: where that party names no group ("Three MS-13 members
shot two men. The men were taken to hospital": the men are the victims), or where another plural or singular party
stands between, nothing is tied. The number must agree ("the men" for several, "the man" for one; "the three men"
for three), and a word for the doers of an act ("the suspects", "the defendants", "the gunmen") never stands for
those the act was done to. A tie read back as the doer of an act told as an accusation or in someone's words is at
most that accusation, as any other tie (read/ties.py).
"""

from __future__ import annotations

import re

from ...models import GroupTie
from ...structure import at
from ..event_lexicon import LEGAL, VIOLENT
from ..ties import merge_ties, told
from ..views import Hedge, weakest

_COUNT = {"en": r"(?:(?P<count>two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?",
          "es": r"(?:(?P<count>dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|\d+)\s+)?"}
# The words of a doer: the description stands for the doers of a violent act or the people a legal step took, never
# for those an act was done to
_DOERS = (r"suspects?|defendants?|gunm[ae]n|shooters?|attackers?|assailants?|killers?|accused|sospechos[oa]s?|acusad[oa]s?|"
          r"imputad[oa]s?|procesad[oa]s?|detenid[oa]s?|capturad[oa]s?|sicarios?|agresor(?:es)?|atacantes?")
_NEUTRAL = (r"m[ae]n|wom[ae]n|individuals?|persons?|people|pair|duo|trio|members?|gang\s+members?|terrorists?|criminals?|"
            r"fugitives?|monsters?|thugs?|gangbangers?|gangsters?|aliens?|brothers?|teens?|teenagers?|youths?|"
            r"hombres?|mujer(?:es)?|sujetos?|individuos?|personas?|j[oó]venes|delincuentes?|integrantes|miembros|hermanos")
_AGAIN = {
    "en": re.compile(r"(?:the|these|those|both|both\s+of\s+the)\s+(?:same\s+)?" + _COUNT["en"]
                     + r"(?:(?-i:[a-z])[\w-]*\s+){0,2}?(?P<noun>" + _DOERS + "|" + _NEUTRAL + r")", re.IGNORECASE),
    "es": re.compile(r"(?:los|las|estos|estas|esos|esas|dichos|dichas|ambos|ambas|el|la|este|esta|dicho|dicha)\s+(?:mismos?\s+|mismas?\s+)?"
                     + _COUNT["es"] + r"(?:(?-i:[a-záéíóúñ])[\w-]*\s+){0,2}?(?P<noun>" + _DOERS + "|" + _NEUTRAL + r")", re.IGNORECASE),
}
_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "dos": 2, "tres": 3,
          "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "pair": 2, "duo": 2, "trio": 3,
          "both": 2, "ambos": 2, "ambas": 2}
_PARTIES = {"nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj", "attr", "obj", "obl", "nmod"}
_OTHERS = re.compile(r"\b(?:other|another|separate|otros?|otras?|distint[oa]s?)\b", re.IGNORECASE)


def _count(words: str) -> int | None:
    """The number a phrase gives its people ("three MS-13 members", "the 12 defendants", "the pair"), if any."""
    for w in re.findall(r"[\w-]+", words.lower()):
        if w.isdigit():
            return int(w)
        if w in _WORDS:
            return _WORDS[w]
    return None


def _plural(span) -> bool:
    """Whether a party's words name several people: a plural head, a coordination, or a number above one."""
    root = span.root
    return root.tag_ in ("NNS", "NNPS") or root.morph.get("Number") == ["Plur"] or any(t.dep_ == "conj" for t in root.children) \
        or (_count(span.text) or 1) > 1


def _parties(found: list[dict]) -> list[tuple[tuple[int, int], str, dict]]:
    """Every act's parties as told: (span, role, act), the authority of a legal step left out."""
    out = []
    for f in found:
        if f["type"] == "presence" or f["modality"] not in ("asserted", "alleged"):
            continue
        if f["actor"] is not None and f["type"] not in LEGAL:
            out.append((f["actor"], "actor", f))
        if f["target"] is not None:
            out.append((f["target"], "target", f))
    return out


def _doer(role: str, act: dict) -> bool:
    return role == "actor" and act["type"] in VIOLENT or role == "target" and act["type"] in LEGAL


def same_people(found: list[dict], ctx) -> None:
    """Give a party told again by a definite description the group ties of the party it refers back to (see the
    module's words)."""
    text, doc, language = ctx.text, ctx.doc, ctx.language
    if language not in _AGAIN:
        return
    parties = _parties(found)
    for span, role, f in parties:
        again = _AGAIN[language].fullmatch(text, *span)
        if again is None or any(t.role == role for t in f["ties"]) or _OTHERS.search(text, *span):
            continue
        before = [p for p in parties if p[0][1] <= span[0] and p[0] != span and p[2] is not f]
        if not before:
            continue
        earlier, its_role, act = max(before, key=lambda p: (p[0][1], -p[0][0]))
        if not _same_stretch(ctx, earlier, span) or _between(doc, earlier[1], span[0]):
            continue
        here, there = doc.char_span(*span, alignment_mode="expand"), doc.char_span(*earlier, alignment_mode="expand")
        if here is None or there is None or _plural(here) != _plural(there) \
                or (n := _count(text[slice(*span)])) is not None and _count(text[slice(*earlier)]) not in (None, n):
            continue
        if re.fullmatch(_DOERS, again.group("noun"), re.IGNORECASE) and not _doer(its_role, act):
            continue  # "A Latin Kings member was shot. Police arrested the suspect": the suspect is not the victim
        carried = [t for t in act["ties"] if t.role == its_role and t.mention and earlier[0] <= t.mention[0] < earlier[1]]
        if not carried:
            continue
        ties = tuple(_as_told(t, role, f, ctx) for t in carried)
        f["ties"] = merge_ties(f["ties"], ties)
        f["groups"] = f["groups"] | {t.group_key for t in ties}


def _same_stretch(ctx, earlier: tuple[int, int], span: tuple[int, int]) -> bool:
    """Whether the earlier party stands in the same segment, in the same sentence or the one just before."""
    one, two = at(ctx.segments, earlier[0]), at(ctx.segments, span[0])
    if one is None or one != two:
        return False
    starts = [s.start for s in ctx.ann.sentences if earlier[1] <= s.start <= span[0]]
    return len(starts) <= 1


def _between(doc, start: int, end: int) -> bool:
    """Whether a person or people stand between the two parties as a party of some clause: whom the description may
    stand for instead ("Three MS-13 members attacked two men. The men …")."""
    return any(t.dep_ in _PARTIES and (t.pos_ in ("NOUN", "PROPN") and t.ent_type_ in ("PERSON", "NORP", "")
                                        and t.tag_ in ("NNS", "NNPS", "NN", "NNP") and _person_word(t) or t.ent_type_ == "PERSON")
               for t in doc if start <= t.idx < end)


_PERSON_WORDS = re.compile(r"(?:" + _DOERS + "|" + _NEUTRAL + r"|victims?|v[ií]ctimas?|boys?|girls?|child(?:ren)?|"
                           r"residents?|students?|customers?|drivers?|workers?|passengers?|witness(?:es)?|niñ[oa]s?)", re.IGNORECASE)


def _person_word(tok) -> bool:
    return _PERSON_WORDS.fullmatch(tok.text) is not None


# More words for people: those a "he" or "they" may as well stand for (pronoun_doers.py), whose past a clause on them
# tells (when.py: "the four Americans attacked in Mexico")
_MORE_PEOPLE = re.compile(r"(?:officers?|agents?|deputies|deputy|police(?:men|man)?|troopers?|soldiers?|troops|guards?|judges?|"
                          r"prosecutors?|officials?|authorities|investigators?|detectives?|neighbou?rs?|owners?|relatives?|"
                          r"famil(?:y|ies)|parents?|mothers?|fathers?|sons?|daughters?|wives|wife|husbands?|friends?|sisters?|"
                          r"migrants?|citizens?|nationals?|civilians?|hostages?|americans?|journalists?|inmates?|leaders?|"
                          r"polic[ií]as?|agentes?|soldados?|militares?|autoridades|fiscal(?:es)?|jueces|juez|familiares?|vecinos?)",
                          re.IGNORECASE)


def person_word(word: str) -> bool:
    """Whether a word names a person or people by itself: a kind, a role, a relation ("individuals", "suspects",
    "officers", "daughters")."""
    return _PERSON_WORDS.fullmatch(word) is not None or _MORE_PEOPLE.fullmatch(word) is not None


def _as_told(tie: GroupTie, role: str, f: dict, ctx) -> GroupTie:
    """The tie read back, in the later act's role: as the doer of an act told as an accusation, or in someone's words
    the earlier ones did not say, at most alleged."""
    if role != "actor":
        return GroupTie(tie.group_key, role, tie.strength, tie.hedge, tie.by, tie.hedge_span, tie.mention)
    said = ctx.statement_at(f["trigger"][0])
    mine = ctx.statement_at(tie.mention[0]) if tie.mention else None
    found = weakest(Hedge(tie.strength, tie.hedge, tie.hedge_span, tie.by),
                    Hedge("alleged") if f["modality"] == "alleged" else None,
                    told(said) if said is not mine else None)
    return GroupTie(tie.group_key, role, found.strength, found.hedge, found.by or tie.by, found.span, tie.mention)
