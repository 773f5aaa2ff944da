"""A group blamed in a sentence of its own for an act the sentence before told ("A cook was stabbed to death in
Dallas on Tuesday. Everything we have points to MS-13."; "…. Police have not ruled out that Tren de Aragua was
involved."; "…. Según la fiscalía, el Tren de Aragua estaría detrás."): the group is that act's actor, as strongly as
the blaming sentence's own words put it and never more.

The blame is read in the words around the name: before it ("points to", "blamed on", "the work of", "apunta al") or
after it, ending the clause with no act of its own ("was behind it", "was involved", "is responsible for the
attack", "estaría detrás"). The view, the doubt or the speaker that holds the blame weakens it as in any other tie
(read/views.py): "everything points to" is a suspicion, "police said" an allegation.

Only inside one segment (a paragraph, a list item, a turn), only from the sentence just after the act's or the one
after that, only for a violent act told as having happened, only where the blaming sentence tells no act of its own,
and never where the act already has another group for its doer or the blame is denied ("Police ruled out MS-13").
"""

from __future__ import annotations

import re

from ...models import GroupTie
from ...structure import at
from ..event_lexicon import VIOLENT
from ..ties import _BLAME, COPULA, _hedge_in, _subject, denied, merge_ties, told
from ..views import Hedge, view, weakest

# After the name, a blame that ends its clause: the act it is about is the one told before ("it", "this", "the attack")
_BLAME_WORDS = {"en": r"behind|responsible|involved|to blame|(?P<alleged>implicated|blamed)",
                "es": r"detr[aá]s|(?:el\s+|la\s+|los\s+|las\s+)?responsables?|involucrad[oa]s?|(?P<alleged>implicad[oa]s?)"}
_THE_ACT = {"en": r"(?:(?:for|in|of)\s+)?(?:it|this|that|them|these|those|(?:the|this|that|these|those)\s+(?:[\w-]+\s+)?(?:attacks?|"
                  r"killings?|murders?|shootings?|stabbings?|kidnappings?|abductions?|crimes?|massacres?|bombings?|assaults?|ambush|"
                  r"slayings?|deaths?|violence|incidents?))",
            "es": r"(?:de|del|en)\s+(?:ello|esto|eso|(?:el|la|los|las|este|esta|ese|esa)\s+(?:\w+\s+)?(?:ataques?|asesinatos?|"
                  r"homicidios?|crímenes|crimen|secuestros?|masacres?|atentados?|tiroteos?|hechos?))"}
_NOT = {"en": r"(?P<denied>(?:not|never)\s+)?", "es": r"(?P<denied>(?:no|nunca)\s+)?"}
_AFTER = {language: re.compile(r"\s+" + (_NOT[language] + COPULA[language] if language == "es" else COPULA[language] + _NOT[language])
                               + r"(?:[\w-]+(?:ly|mente)\s+)?(?P<words>" + _BLAME_WORDS[language] + r")(?:\s+" + _THE_ACT[language]
                               + r")?\s*(?:[.,;!\"”’)]|$)", re.I) for language in ("en", "es")}
# Any denial in the blaming sentence before the name: such a sentence ties nothing (a blame it denies is no weaker blame)
_NEGATED = re.compile(r"\b(?:not|no|never|nothing|nobody|none|neither|nor|without|unclear|n['’]t|nada|nadie|ningun[oa]?|"
                      r"ningún|nunca|tampoco|sin)\b", re.I)
# …but for a doubt denied, which is a suspicion ("have not ruled out that", "do not doubt that", "no descarta que")
_DOUBT_DENIED = re.compile(r"(?:not|no|never|nunca|n['’]t)\s+(?:[\w-]+\s+){0,2}?(?:rul\w*\s+out|doubt\w*|descart\w*|dud\w*)", re.I)
_REACH = 2  # sentences back from the blaming one to the act


def blamed_next(found: list[dict], ctx) -> None:
    """Tie each group a sentence of its own blames to the violent act told just before it (see the module's words)."""
    sentences = ctx.ann.sentences
    acts = [f for f in found if f["type"] != "presence"]
    for i, sent in enumerate(sentences):
        if any(sent.start <= f["trigger"][0] < sent.end for f in acts):
            continue  # the sentence tells an act of its own: its groups are read there
        for mention in (m for m in ctx.mentions if m.kind == "group" and m.key and sent.start <= m.start and m.end <= sent.end):
            hedge = _blame(ctx, mention, sent)
            if hedge is None:
                continue
            act = _act_before(acts, sentences[max(0, i - _REACH) : i], ctx, sent.start)
            if act is None or any(t.role == "actor" and t.group_key != mention.key for t in act["ties"]):
                continue  # no act just before, or another group already did it
            tie = GroupTie(group_key=mention.key, role="actor", strength=hedge.strength, hedge=hedge.hedge,
                           by=None if hedge.strength == "named" else hedge.by, hedge_span=hedge.span, mention=(mention.start, mention.end))
            act["ties"] = merge_ties(act["ties"], (tie,))
            act["groups"] = act["groups"] | {mention.key}


def _blame(ctx, mention, sent) -> Hedge | None:
    """How a sentence blames the group it names, or None where it does not, or denies it ("Nobody blamed MS-13")."""
    text, language = ctx.text, ctx.language
    if any(not _DOUBT_DENIED.match(text, m.start()) for m in _NEGATED.finditer(text, sent.start, mention.start)):
        return None  # "there was nothing to suggest MS-13 was behind it", "no hay indicios de que el TdA esté detrás"
    before = _BLAME[language].search(text, max(sent.start, mention.start - 80), mention.start)
    after = _AFTER[language].match(text, mention.end, sent.end)
    if before is not None and not denied(text, before.start(), sent.start):
        words = before.span(before.lastgroup)
        found = Hedge(before.lastgroup.replace("_", " "), text[words[0] : words[1]], words)
    elif after is not None and not after.group("denied") and not denied(text, mention.start, sent.start) and _subject(ctx.doc, mention):
        words = after.span("words")
        found = Hedge("alleged" if after.group("alleged") else "named", text[words[0] : words[1]], words)
        found = weakest(found, _hedge_in(text, mention.end, words[0], language),
                        Hedge("suspected", modal.group(0)) if (modal := re.search(r"\b(?:may|might|could|podr[ií]an?)\b",
                                                                                   text[mention.end : words[0]], re.I)) else None)
    else:
        return None
    span = ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    held = view(span.root, language) if span is not None else None
    if held is not None and held.strength == "mentioned":
        return None  # "police ruled out that MS-13 was involved"
    said = ctx.statement_at(mention.start)
    least = weakest(found, held, told(said))
    speaker = (said.speaker_name or said.speaker_text) if said is not None else None
    return least if least.by or said is None else Hedge(least.strength, least.hedge, least.span, speaker)


def _act_before(acts: list[dict], before, ctx, start: int) -> dict | None:
    """The violent act told last in the sentences ``before``, in the segment of ``start``, told as having happened."""
    if not before:
        return None
    segment = at(ctx.segments, start)
    lo = before[0].start
    told = [f for f in acts if lo <= f["trigger"][0] < start and at(ctx.segments, f["trigger"][0]) is segment]
    last = max(told, key=lambda f: f["trigger"][0], default=None)
    if last is None or segment is None or last["type"] not in VIOLENT or last["modality"] not in ("asserted", "alleged"):
        return None  # the act told last is another kind ("was arrested"), or not told as having happened
    return last
