"""A death found is no killing until someone's hand is told: "was found dead; the cause of death has not been
determined", "two bodies were pulled from the lake", "found dead after firefighters put out the blaze". The codebook
counts "found dead" and "bodies found" as killings (docs/events.md) because the reports that use them are mostly of
murders; on stories of fires, drownings and deaths the coroner cannot yet explain they store a killing no one did.
A death told by its noun ("resulted in the death of", "the inquiry into the death of", "lost their lives") is
read the same way. A body found or a death told is kept as a killing only where its sentence or the passage around it tells a killing: a killer or a
homicide, a weapon or a wound, or a legal step ("a body was found … police are investigating the death as a
homicide", "Emmett's mutilated body was found in a river", "the couple were found dead … two men set their house
ablaze"), or a grave, a body dumped or bound, a cartel or a gang ("Hallan 20 cuerpos en una fosa clandestina").

Here too a happening's casualties are counted: the dead and the hurt its sentence gives ("killing 224 people", "the 20
killed", "two wounded"), which the event carries as its fatalities and injured.
"""

from __future__ import annotations

import re

from .words import _prep_object, _w, count

# The trigger words that tell only that a death was found, not that anyone caused it
_FOUND_DEATH = {
    "en": re.compile(r"found dead|(?:lifeless )?bod(?:y|ies)\b|deaths? of$|\blives?\b", re.I),  # "resulted in the death of", "lost their lives"
    "es": re.compile(r"(?:hallad|encontrad|abandonad)[oa]s? (?:sin vida|muert[oa]s?)|sin vida|cad[aá]ver(?:es)?|cuerpos?\b", re.I),
}
# What tells a killing around a death found: a killer or a homicide, violence or a weapon, a wound, a legal step
_KILLING_TOLD = {
    "en": re.compile(
        r"\b(?:homicides?|murder\w*|slay(?:ing|ings|er)|slain|killers?|kill(?:ed|ing)|manslaughter|assailants?|gunm[ae]n|"
        r"shot|shooting|gunshots?|gunfire|bullets?|stab(?:bed|bing|bings)?|stab wounds?|strangl\w*|asphyxiat\w*|beaten|"
        r"bludgeon\w*|ambush\w*|blunt[- ]force|trauma|wounds?|mutilat\w*|dismember\w*|decapitat\w*|tortur\w*|execution-style|"
        r"guns?|handguns?|firearms?|pistols?|rifles?|knife|knives|weapons?|arrest(?:ed|s)?|charged|indict\w*|trials?|"
        r"prosecut\w*|convicted|sentenced|pleaded|guilty|"
        r"suspects?|accused|set (?:\w+ ){0,3}(?:ablaze|on fire)|arson|"
        r"(?:mass |clandestine |shallow )graves?|dumped|bound|gagged|blindfolded|cartels?|gangs?)\b", re.I),
    "es": re.compile(
        r"\b(?:homicidi\w*|asesin\w*|feminicidi\w*|sicari\w*|balead\w*|balazos?|disparos?|tiros?|armas?|pistolas?|"
        r"cuchill\w*|pu[ñn]al\w*|apu[ñn]al\w*|estrangul\w*|golpead\w*|tortur\w*|desmembrad\w*|decapitad\w*|maniatad\w*|"
        r"ejecutad\w*|heridas?|detenid\w*|capturad\w*|imputad\w*|acusad\w*|sospechos\w*|victimari\w*|"
        r"fosas?|narcofosas?|clandestin\w*|encobijad\w*|embolsad\w*|calcinad\w*|c[aá]rtel\w*|pandill\w*|"
        r"crimen organizado)\b", re.I),
}
# A killing word that is an accident's ("killed in the fire") or denied ("no signs of trauma", "not a homicide")
_ACCIDENT_AFTER = re.compile(r"\s+(?:in|by)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:fire|blaze|crash|collision|accident|wreck|"
                             r"flood|storm|avalanche|explosion|incendio|choque|accidente)\b", re.I)
_DENIED_BEFORE = re.compile(r"\b(?:no|not|n['’]t|never|without|ruled out|ningun[ao]?|sin|descart\w+)\b(?:\s+[\w-]+){0,4}\s*$", re.I)
_PASSAGE = 1500  # characters either side of the trigger: a short story whole, a long document's paragraphs around it


def unexplained(text: str, start: int, end: int, language: str) -> bool:
    """Whether a killing's trigger (``text[start:end]``) only tells a death found, and nothing within the passage around
    it tells anyone's hand in it."""
    found, told = _FOUND_DEATH.get(language), _KILLING_TOLD.get(language)
    if found is None or not found.search(text, start, end):
        return False
    lo, hi = max(0, start - _PASSAGE), min(len(text), end + _PASSAGE)
    return not any(_killing(text, m, lo) for m in told.finditer(text, lo, hi))


def _killing(text: str, m: re.Match, lo: int) -> bool:
    """Whether a killing word found near a death tells a killing: not an accident's, not denied."""
    if _ACCIDENT_AFTER.match(text, m.end()):
        return False
    return not _DENIED_BEFORE.search(text[max(lo, m.start() - 40) : m.start()])


_LOOKED_INTO = re.compile(r"^(?:investigat|inquir|inquest|probe)", re.I)


def the_dead(trigger: str, actor_tok, target_tok) -> tuple:
    """The actor and target of a death told by its noun: the dead is the one "of" names ("the death of Bilal
    al-Sudani", not "the death of …"), and who investigates a death is not who caused it ("police are investigating the
    death of Rufus Church": no actor); any other trigger's as the parse gave them."""
    if not re.search(r"deaths? of$", trigger, re.I):
        return actor_tok, target_tok
    dead = _prep_object(target_tok, "of") if target_tok is not None and target_tok.lower_ in ("death", "deaths") else None
    return (None if _LOOKED_INTO.match(trigger) else actor_tok), (dead if dead is not None else target_tok)


# A death told in a violent happening's sentence
_DIED = re.compile(r"\b(?:died|was killed|were killed|killing|dead|muri[oó]|murieron|muert[oa]s?|fallecid[oa]s?|sin vida)\b", re.I)


def casualties(found: dict, sentence: str, language: str) -> tuple[int | None, int | None]:
    """(dead, hurt) of a violent happening its sentence counts; an attack that killed becomes a killing, and a killing
    of someone named or described with no count kills them ("no one was hurt": 0 dead)."""
    if found["type"] not in ("killing", "attack", "prison"):
        return None, None
    dead, hurt = count(sentence, "dead", language), count(sentence, "hurt", language)
    if dead is None and hurt == 0:
        dead = 0  # "no one was hurt"
    died = _DIED.search(sentence)
    if found["type"] == "attack" and found["subtype"] != "armed clash" and (dead or died and dead is None):
        found["type"], found["subtype"] = "killing", None  # an attack that killed is a killing
    tok = found["target_tok"]
    if dead is None and found["type"] == "killing" and tok is not None:
        if tok.tag_ in ("NN", "NNP", "PRP", "PRP$") and _w(tok) not in ("they", "them", "their"):
            dead = 1 + sum(1 for t in tok.conjuncts if t.tag_ in ("NN", "NNP"))
    return dead, hurt
