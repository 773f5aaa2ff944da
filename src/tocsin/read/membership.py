"""The words that make a phrase next to a group's name a membership: "a leader of the Sinaloa Cartel", "MS-13 member",
"un cabecilla del Tren de Aragua". Events read them to tie a person to the group the document says they belong to;
statements read them to tell a speaker's own group ("an MS-13 member said") from a group the speaker only works on
("an MS-13 task force detective said", "a researcher who studies Tren de Aragua")."""

from __future__ import annotations

import re

MEMBER_WORDS = (r"(?:members?|leaders?|associates?|affiliates?|bosses|boss|heads?|founders?|co-founders?|lieutenants?|"
                r"operatives?|gunmen|gunman|hit ?men|hit ?man|enforcers?|commanders?|ringleaders?|kingpins?|cabecillas?|"
                r"l[ií]deres|l[ií]der|integrantes?|miembros?|jefes?|jefas?|sicarios?|fundador(?:es|a)?)")
MEMBER = re.compile(r"\b" + MEMBER_WORDS + r"\b", re.I)
# "MS-13 gang member", "Tren de Aragua leaders": the member word right after the name
MEMBER_AFTER = re.compile(r"[\s-]*(?:(?:gang|cartel|clique|faction|criminal|street)\s+)?" + MEMBER_WORDS + r"\b", re.I)
# "a leader of the Sinaloa Cartel", "integrante del Tren de Aragua": the member word before it
MEMBER_BEFORE = re.compile(r"\b" + MEMBER_WORDS + r"\s+(?:of|in|de|del)\s+(?:(?:the|la|el|los)\s+)?(?:[\w-]+\s+){0,2}?$", re.I)
# A membership set off by a comma after a person's name, the group's name right after its "of": "Juan Pérez, presunto
# integrante del Cártel del Golfo,", "Ruiz, alleged leader of MS-13,", "the victim, a reputed leader of the Sinaloa Cartel,"
APPOSED = re.compile(r"\s*,\s+((?:(?:an?|the|un|una|el|la)\s+)?(?:(?:presunt[oa]s?|supuest[oa]s?|alleged|suspected|reputed)\s+)?"
                     + MEMBER_WORDS + r"\s+(?:of|in|de|del)\s+(?:(?:the|el|la|los|las)\s+)?)", re.I)
# A role in a group's work, set off by a comma after a person's name and ending right at the group's name: "Ruiz, a
# driver for the Sinaloa Cartel", "a key supplier of methamphetamine for the Gulf Cartel", "a money launderer for
# Hezbollah", "operador financiero del CJNG". The role is a worker's, never one that stands outside or against the
# group (a lawyer, a prosecutor, a rival, a victim, an expert on it): a positive list, so those stay unread.
WORKER_WORDS = (r"(?:drivers?|couriers?|suppliers?|chiefs?|financiers?|accountants?|operators?|traffickers?|smugglers?|"
                r"(?:money[\s-]+)?launderers?|lookouts?|recruiters?|assassins?|bodyguards?|distributors?|producers?|"
                r"managers?|coordinators?|brokers?|chemists?|cooks?|pilots?|treasurers?|representatives?|emissar(?:y|ies)|"
                r"intermediar(?:y|ies)|collectors?|plaza\s+bosses|plaza\s+boss|operador(?:es|as?)?|choferes|chofer|"
                r"proveedor(?:es|as?)?|financier[oa]s?|contador(?:es|as?)?|halcon(?:es)?|halcón|lavadores?|"
                r"encargad[oa]s?|coordinador(?:es|as?)?)")
# ... and what may stand between the role and the group: "a key driver of fentanyl production for the". Before the role
# only words that say its rank or its trade ("a top logistics chief", "a cocaine supplier"), after it only "of" and what
# is traded: free words would let in a role that is not the group's ("an expert on drug traffickers of the", "a
# representative of families of victims of the")
_RANK_OR_TRADE = (r"(?:key|top|senior|chief|main|principal|head|lead|leading|regional|local|trusted|personal|high[\s-]ranking|"
                  r"major|prolific|international|logistics|financial|drug|narcotics|cocaine|fentanyl|heroin|methamphetamine|meth|"
                  r"weapons|arms|gun|money|cash|plaza|longtime|long-time|principales?|alt[oa]s?)")
_TRADED = (r"(?:drugs|narcotics|cocaine|heroin|fentanyl|methamphetamine|meth|marijuana|weapons|arms|guns|firearms|cash|money|"
           r"funds|production|shipments|precursors|chemicals|drogas?|armas|dinero|cocaína|metanfetamina)")
WORKS_FOR = re.compile(r"(?:(?:an?|the|un|una|el|la)\s+)?(?:(?:presunt[oa]s?|supuest[oa]s?|alleged|suspected|reputed)\s+)?"
                       r"(?:" + _RANK_OR_TRADE + r"\s+){0,3}" + WORKER_WORDS + r"(?:\s+(?:of|de)\s+(?:[\w'’-]+\s+)?" + _TRADED + r")?"
                       r"(?:\s+(?:financier[oa]|de\s+plaza))?\s+(?:for|of|with|within|inside|de|del|para)\s+(?:(?:the|el|la|los|las)\s+)?", re.I)


def works_for(text: str, start: int, group_start: int) -> bool:
    """Whether the words from ``start`` (an apposition's first word) to a group's name give a person a role in the
    group's work ("a driver for the", "un operador financiero del"): the whole stretch, nothing else in it. A role the
    person has left ("a former driver for") is read as memberships are, by whoever reads the tie."""
    return WORKS_FOR.fullmatch(text, start, group_start) is not None


# Who speaks for a group is of it: "a Hamas spokesman", "el vocero del cartel"
_VOICE_AFTER = re.compile(r"[\s-]*(?:spokes(?:man|woman|person)|portavoz|vocero|vocera)\b", re.I)
_VOICE_BEFORE = re.compile(r"\b(?:spokes(?:man|woman|person)|portavoz|vocero|vocera)\s+(?:for|of|de|del)\s+(?:(?:the|la|el)\s+)?$", re.I)


# A membership the person has left: "a former MS-13 leader", "ex integrante del Tren de Aragua", "once a leader of"
LEFT = re.compile(r"\b(?:former|formerly|ex-?|once|onetime|one-time|retired|antigu[oa]s?|exmiembros?|exintegrantes?|excabecillas?|ex\s+\w+)\b", re.I)
# What ends the name's phrase: the phrase itself, a comma, a relative clause ("a member of MS-13 who …")
_ENDS = re.compile(r"\s*(?:$|,|\(|who\b|que\b|quien\b)", re.I)


def of_the_group(text: str, start: int, end: int, phrase: tuple[int, int]) -> bool:
    """Whether the group named at ``start``–``end`` inside a speaker's ``phrase`` is the speaker's own: the phrase is
    the group's name alone, or a member or spokesperson word stands right next to the name ("an MS-13 member", "a
    member of MS-13", "a Hamas spokesman"), and the membership is not one the speaker has left ("a former MS-13
    leader"). "A member of the Tren de Aragua task force" is of the task force, not of the gang."""
    if not text[phrase[0] : start].strip(" ,") and not text[end : phrase[1]].strip(" ,."):
        return True
    if LEFT.search(text, phrase[0], start):
        return False
    after = MEMBER_AFTER.match(text, end, phrase[1]) or _VOICE_AFTER.match(text, end, phrase[1])
    before = (MEMBER_BEFORE.search(text, phrase[0], start) or _VOICE_BEFORE.search(text, phrase[0], start)) and _ENDS.match(text, end, phrase[1])
    return bool(after or before)


# "described Ruiz as a leader of Tren de Aragua", "identified Soto as an MS-13 member": the verb before the name, the
# membership after its "as"
_DESCRIBING_BEFORE = re.compile(r"\b(?:described|identified|labell?ed|branded|characteri[sz]ed|listed)\s+$", re.I)
_AS_MEMBER_OF = re.compile(r"\s+as\s+(?:an?|the|one of the)\s+(?:[\w-]+\s+){0,3}?" + MEMBER_WORDS + r"\s+(?:of|in|for|within)\s+(?:the\s+)?", re.I)
_AS_A = re.compile(r"\s+as\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?", re.I)
# What may follow the group's name when it ends the membership: not "the MS-13 task force", "the gunman in the MS-13
# shooting", "the head of the Tren de Aragua investigation", which are of something else
_NAME_ENDS = re.compile(r"(?:[\s-]+(?:gang|cartel|clique|faction))?\s*(?:$|[,.;:)?!\n]|(?:who|that|and|in|since|until|from|when|after|before|but|"
                        r"que|quien|y|en|desde)\b)", re.I)
# A membership the sentence denies or asks about ("who police said was not a member of", "never described Ruiz as",
# "wrongly identified"); a description also when withdrawn or only possible ("initially identified", "could have")
NOT_SO = re.compile(r"\b(?:not|never|no|wrongly|falsely|mistakenly|erroneously|incorrectly|whether|if|deny|denies|denied)\b|n[’']t\b", re.I)
_NOT_YET = re.compile(r"\b(?:initially|could|would|might|may)\b", re.I)


def described_as(text: str, m, groups: list) -> tuple | None:
    """(group, phrase) where a verb of describing takes the person and its "as" a membership: the phrase runs from the
    verb, so that its hedge ("described … as") is the tie's strength; none where that hedge is not read."""
    from .ties import local_hedge  # ties reads statements, which read this module: imported here

    verb = _DESCRIBING_BEFORE.search(text, max(0, m.start - 20), m.start)
    if verb is None:
        return None
    opens = max(text.rfind(c, 0, verb.start()) for c in ".?!\n") + 1
    ends = min((i for i in (text.find(c, m.end) for c in ".?!\n") if i >= 0), default=len(text))
    if NOT_SO.search(text, opens, verb.start()) or _NOT_YET.search(text, opens, verb.start()) or text.startswith("?", ends):
        return None  # "Police have not identified Diaz as an MS-13 member": no membership told
    for g in (g for g in groups if m.end < g.start <= m.end + 80):
        if _AS_MEMBER_OF.fullmatch(text, m.end, g.start) and _NAME_ENDS.match(text, g.end) or _AS_A.fullmatch(text, m.end, g.start) and MEMBER_AFTER.match(text, g.end):
            hedge = local_hedge(text, verb.start(), g, "en")
            return (g, (verb.start(), g.end)) if hedge is not None and hedge.strength != "named" else None
    return None
