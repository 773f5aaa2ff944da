"""One happening told several ways in a document: an attack the document also reports as a killing is that killing
(docs/annotation.md §2.1, "the gravest outcome the document reports names it").
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...models import Event
from ..event_lexicon import ANOTHER, DEFINITE


_FATAL = {  # around the trigger: "fatally stabbed", "a deadly shooting", "shot to death", "left him dead"
    "en": (re.compile(r"(?<![-\w])(?<!potentially )(?<!near )(?<!non )(?:fatal(?:ly)?|deadly)\s+(?:\w+\s+)?$", re.I), re.compile(r"\s*(?:\w+\s+){0,2}?(?:to death|dead)\b", re.I)),
    "es": (re.compile(r"\bmortalmente\s+$", re.I), re.compile(r"\s*(?:\w+\s+){0,2}?(?:hasta (?:la|causarle la) muerte|sin vida|mortalmente)\b", re.I)),
}


def _one_happening(events: list[Event], text: str, language: str) -> list[Event]:
    """An attack the document also reports as a killing is that killing told again: the shooting or stabbing
    its words call fatal ("was fatally stabbed", "shot to death"), one whose victim is the victim of a
    killing the document reports ("Vasquez stabbed Welch" in the story of Welch's killing), or a definite
    reference that names no victim after the document has told a killing ("eight people were killed at the
    nursing home … The facility was closed after the attack"; not "another attack", "an earlier shooting").
    Its type follows the happening, so it is not counted as an attack of its own. A killing "nearly" done is
    an attack."""
    fatal = _FATAL.get(language)
    events = [replace(e, type="attack") if e.type == "killing" and e.happened
              and _NEARLY.search(text[max(e.evidence_start, e.trigger_start - 20) : e.trigger_start]) else e for e in events]
    # first the attacks their own words call fatal ("the fatal police shooting of Tyrise M. Bell"): their victims are
    # the killed whom the document's other attacks may name ("Eggers shot Bell")
    events = [replace(e, type="killing") if e.type == "attack" and e.happened and fatal is not None and (
        fatal[0].search(text, max(e.evidence_start, e.trigger_start - 25), e.trigger_start)
        or fatal[1].match(text, e.trigger_end, min(e.evidence_end, e.trigger_end + 30))) else e for e in events]
    killed = [e for e in events if e.type == "killing" and e.happened and not _INTENT.match(e.trigger)]
    victims = {w for e in killed for w in _name_words(e.target_text) | _name_words(_possessor(e, text))}
    victims |= {w for e in events if e.happened and "killing" in e.offences for w in _name_words(_killed_in(e, text))}
    out = []
    for e in events:
        if e.type == "attack" and e.happened and (victims & _name_words(e.target_text) or _refers_to_killing(e, killed, text)):
            e = replace(e, type="killing")
        out.append(e)
    return out


# "Gravely's tragic murder", "la muerte de": the one whose death a noun of killing tells
_POSSESSOR = re.compile(r"\b([A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)*)['’]s?\s+(?:[a-z]+\s+){0,2}$")
# the victim of a killing charged, pleaded or convicted: "charged with killing Welch", "in the murder of Ana Ruiz"
_KILLED_IN = {"en": re.compile(r"\b(?:kill(?:ing|ed)|murder(?:ing|ed)?|(?:murder|killing|slaying|death|homicide)\s+of)\s+"
                               r"((?:[A-Z][\w'’.-]*\s?){1,4})"),
              "es": re.compile(r"\b(?:asesinato|homicidio|muerte|crimen)\s+(?:de|del)\s+((?:[A-ZÁÉÍÓÚÑ][\wáéíóúñ'’.-]*\s?(?:de\s+)?){1,4})")}


def _possessor(e: Event, text: str) -> str | None:
    """The name written as the possessor of a killing told by a noun ("Gravely's tragic murder"): its victim."""
    if not e.nominal:
        return None
    m = _POSSESSOR.search(text, max(e.evidence_start, e.trigger_start - 60), e.trigger_start)
    return m.group(1) if m else None


def _killed_in(e: Event, text: str) -> str | None:
    """The named victim of the killing a legal event is for, in its own sentence ("charged … with killing Welch")."""
    sentence = text[e.evidence_start : e.evidence_end]
    m = next((p.search(sentence) for p in _KILLED_IN.values() if p.search(sentence)), None)
    return m.group(1) if m else None


def _refers_to_killing(e: Event, killed: list[Event], text: str) -> bool:
    """Whether an attack is a definite reference, naming no victim, to a killing the document told before it."""
    if not e.nominal or e.target_text or not any(k.evidence_start < e.evidence_start for k in killed):
        return False
    before = text[max(e.evidence_start, e.trigger_start - 40) : e.trigger_start]
    return bool(DEFINITE.search(before)) and not ANOTHER.search(before)


_INTENT = re.compile(r"(?:kill|matar)$", re.I)  # "with intent to kill", "amenazó con matar": no killing told
_NEARLY = re.compile(r"\b(?:nearly|almost|casi|por poco)\s+$", re.I)


def _name_words(phrase: str | None) -> set[str]:
    """The capitalised words of a phrase that ends in a name ("Rufus Church", "Officer Jane Doe, 34", "Welch"): none
    of a description whose head is a common noun ("a Houston man", "Sunday's victim"), nor titles, days and months."""
    head = (phrase or "").split(",")[0].strip()
    words = re.findall(r"[\w'’.-]+", head)
    if not words or not words[-1][:1].isupper():
        return set()
    return {w for w in re.findall(r"\b[A-Z][a-z'’]+\b", head) if w.lower() not in _NOT_NAMES}


_NOT_NAMES = {"the", "a", "an", "he", "she", "his", "her", "they", "their", "police", "el", "la", "los", "las", "un", "una",
              "officer", "deputy", "detective", "sergeant", "sgt", "trooper", "agent", "mr", "mrs", "ms", "dr", "president",
              "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
              "april", "may", "june", "july", "august", "september", "october", "november", "december"}
