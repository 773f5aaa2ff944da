"""What a happening its sentence tells with no target struck: the premises ("a grenade exploded at the door of a
bakery"), a body ("a knife was held to a taxi driver's throat"), or no one the text gives.

An attack the text names with no one it struck ("the October 7 attack", "the Abbey Gate attack", "the perpetrators
of the 26/11 Mumbai attacks") says nothing of whom it was against, and takes no category: the guideline's "anyone
else" is a person the text tells of, and an attack noun names the act, not its victims. A killing told with no
target ("the Doctors Hospital slayings", "17 dead") still killed people, who are civilians unless said otherwise;
and an attack whose sentence tells its dead or hurt ("an attack that left two dead", "the attack wounded a passerby")
struck them.
"""

from __future__ import annotations

import re

from .words import _category_of

# Where a bomb or a volley struck: "exploded outside a police station", "at the door of a bakery", "frente a la sede de
# una empresa", "en la puerta de una bodega". The prepositions are the text's language's own: an English "a" is an
# article ("said a small business owner after four robberies" names no premises struck), only a Spanish one a preposition.
_PREPOSITIONS = {"en": r"at|outside|inside|in|in front of|into|on",
                 "es": r"frente a|afuera de|fuera de|contra|en|a"}
_PREMISES = {language: re.compile(
    rf"\b(?:{prepositions})\s+(?:the |a |an |la |el |una |un )?"
    r"(?:(?:door|doors|gate|entrance|front|facade|puerta|puertas|entrada|fachada) (?:of|de|del) (?:the |a |an |la |el |una |un )?)?"
    r"((?:[\w'’-]+ ){0,5}?(?:station|stations|headquarters|office|offices|bakery|store|shop|restaurant|bar|business|company|dealership|bank|"
    r"hotel|pharmacy|market|garage|factory|"
    r"home|house|sede|local|bodega|tienda|negocio|empresa|comisar[ií]a|estaci[oó]n|oficina|restaurante|casa|vivienda)\b"
    r"(?: (?:of|de|del) (?:the |a |an |la |el |una |un )?(?:[\w'’-]+ ){0,3})?)", re.I) for language, prepositions in _PREPOSITIONS.items()}
# Whose body a blow or a blade reached: "a knife was held to a taxi driver's throat"
_BODY = re.compile(r"((?:[\w-]+\s+){0,3}[\w-]+)['’]s?\s+(?:throat|head|neck|face|chest|back|body|arm|leg)\b", re.I)

# The nouns that name an attack as an act, not by what it did to anyone ("a shooting", "a massacre" tell people hit)
_ATTACK_NOUNS = {"attack", "attacks", "ataque", "ataques", "atentado", "atentados"}


def premises_struck(text: str, sentence: tuple[int, int], language: str) -> str | None:
    """The category of the premises or the body a sentence says its happening struck ("exploded outside a police
    station": law enforcement), or None."""
    for place in (*_PREMISES.get(language, _PREMISES["en"]).finditer(text, *sentence), *_BODY.finditer(text, *sentence)):
        if (category := _category_of(place.group(1), language)) is not None:
            return category
    return None


# Words that tell someone was hurt or killed, counted or not: "the attack wounded a passerby", "left one dead"
_HARM = re.compile(r"\b(?:wound(?:ed|ing|s)?|injur(?:ed|ing|ies|y)|kill(?:ed|ing)?|dead|death|deaths|died|hurt|victims?|"
                   r"her(?:ido|idos|ida|idas|ió|ieron)|muert[oa]s?|murió|murieron|lesionad[oa]s?|víctimas?)\b", re.I)


def struck_no_one(f: dict, text: str, sentence: tuple[int, int]) -> bool:
    """Whether a happening with no target is an attack noun whose sentence tells no dead or hurt, counted or not
    ("the October 7 attack", "los atentados de Madrid"; not "the attack wounded a passerby"): no one it struck is
    told, so no one's category is."""
    return f["type"] == "attack" and f["noun"] and f["target"] is None and not f.get("fatalities") and not f.get("injured") \
        and text[slice(*f["trigger"])].lower() in _ATTACK_NOUNS and not _HARM.search(text, *sentence)
