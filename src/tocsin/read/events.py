"""Events: what happened, to whom, by whom, where and when (codebook: docs/events.md).

Per sentence, from triggers and the dependency parse:

1. ``triggers`` finds the words of the vocabulary (``event_lexicon``), the
   earlier type winning where two claim the same words, and drops those a
   mention owns ("the Anti-Extortion Unit") or that name nothing specific
   ("extortion is rising").
2. ``arguments`` reads actor and target off the parse: subject and object of
   a verb (the agent and subject when passive), "of/on/against/by" and the
   possessive of a noun, the subject of "suspected of" / "accused of", the
   noun a reduced relative hangs from ("an officer killed in ..."). Where the
   parse gives no actor, a group named in the sentence is taken, marked as
   co-occurrence only.
3. ``modality`` reads negation, future, hypothetical and allegation off the
   trigger and the words that govern it, and off the statement the trigger
   is quoted in (a forecast is future, a recommendation hypothetical).
4. Crimes named as the offence of a legal event ("charged with murder") are
   the offence, not events of their own; in one sentence, one event per
   type, and a killing absorbs the attack it ended.

Place and date come from ``anchor.locate`` (a charge, plea or sentence from
the court: ``_court_place``); fatality and injury counts
follow ACLED's rules (the lowest figure; "dozens" = 12).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import cached_property, lru_cache

from ..models import Annotations, Event, Mention, Statement
from ..structure import item_at, segments
from .anchor import court_seat, home, locate
from .people import surname
from .ties import STRENGTHS, merge_ties, ties
from .placedb import fold
from .places import within
from .event_lexicon import (
    ANOTHER, CONTEXT, COUNT_FORMS, DEAD, DEFINITE, FUNCTION_WORDS, GENERIC, HURT, LEGAL, MODALITY, NUMBER_WORDS, PERSONAL_PRONOUNS, SCHEDULED, SUBTYPE_CUES, TARGET_CATEGORIES, TRIGGERS,
    VIOLENT,
)

_ACTOR_PREFERENCE = {"group": 0, "agency": 1, "organization": 2, "person": 3}
_CUT = {"relcl", "acl", "advcl", "appos", "punct", "cc", "prep", "parataxis", "mark", "case"}
_KEEP_PREPS = {"of", "from", "between"}  # "members of X", "gunmen from X", "a dispute between X and Y"; "in Tibú" is where, not who
_PATH_TO_OFFENCE = {"prep", "pobj", "pcomp", "dobj", "xcomp", "compound", "conj", "amod", "nmod", "acl", "relcl", "advcl", "npadvmod"}
_SPECIFIC_PREPS = {"of", "on", "against", "by", "at", "in", "near", "outside", "inside", "to", "from", "into"}
_WEAPONS = {"granada", "granadas", "bomba", "bombas", "explosivo", "explosivos", "artefacto", "disparos", "balas", "fuego", "dinamita", "grenade", "grenades", "bomb", "bombs", "explosive", "explosives", "device", "shots", "bullets", "fire", "rounds", "cocktail", "dynamite"}
_LEADS_TO = re.compile(r"(?:['’]s)?[\s-]*(?:(?:armed|masked|suspected|alleged|presumed|reputed)\s+)?")  # "Tren de Aragua('s) gunmen"
_WHERE_BEFORE = re.compile(r"\b(?:in|at|near|inside|outside|into|across|throughout|en|dentro de|cerca de)\s+(?:[\w'’-]+\s+){0,3}$", re.I)
_PERPETRATORS = re.compile(
    r"\b(?:gunm[ae]n|hitm[ae]n|assailants?|attackers?|sicarios?|killers?|kidnappers?|abductors?|extortionists?|armed m[ae]n|"
    r"masked m[ae]n|men on (?:a )?motorcycles?|criminals|gang members|suspects?|perpetrators?|robbers|thieves|smugglers|traffickers|"
    r"pistoleros?|hombres armados|encapuchados|atacantes|asesinos|delincuentes|desconocidos|secuestradores|extorsionadores|"
    r"individuos|sujetos|miembros de (?:la|una) banda|ladrones|traficantes)\b",
    re.I,
)
_RANK = {language: {(t, sub): i for i, (t, sub, _) in enumerate(rows)} for language, rows in TRIGGERS.items()}
_THREAT_NOUN = re.compile(r"death threats?|threats? (?:against|to|from)|received (?:\w+ )?threats|threatening (?:messages|calls|letters|notes|pamphlets)|"
                          r"amenazas? de muerte|amenazas? (?:contra|a|de)\b|recibi\w* (?:\w+ ){0,2}amenazas|(?:mensajes|llamadas|cartas|panfletos) amenazantes", re.I)
_VERBS_OF_DOING = {"cometió", "cometieron", "perpetró", "perpetraron", "ordenó", "ordenaron", "ejecutó", "planificó", "planeó", "dirigió", "detrás", "responsable", "responsables", "autor", "autores", "carried", "committed", "perpetrated", "ordered", "claimed", "staged", "launched", "behind",
                   "responsible", "conducted", "led", "executed", "planned", "masterminded", "ran", "runs", "run",
                   "has", "have", "had", "maintains", "established", "built", "sent", "sending", "send", "made", "making"}
_DESCRIPTOR = re.compile(r",\s+(?:a|an|the|un|una|el|la)\s+([^,.;]{3,100})")
_SPEECH = {"dijo", "afirmó", "aseguró", "declaró", "informó", "confirmó", "explicó", "señaló", "said", "say", "says", "told", "tells", "reported", "confirmed", "added", "explained", "stated", "testified"}
_FOUND = {"found", "seized", "discovered", "confiscated", "encontraron", "encontró", "hallaron", "halló", "incautaron", "incautó",
          "decomisaron", "decomisó"}
_PARTICIPLE_NOUN = re.compile(r"(?:ad|id)[oa]s?$")
_AREA_AFTER = re.compile(r"\s+(?:states|provinces|regions|departments|cities|territory|border)\b", re.I)
_MONTH_BEFORE = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.? $")
_DIED = re.compile(r"\b(?:died|was killed|were killed|killing|dead|muri[oó]|murieron|muert[oa]s?|fallecid[oa]s?|sin vida)\b", re.I)
_OCCURRED = {"ocurrió", "estalló", "comenzó", "dejó", "dejaron", "broke", "erupted", "occurred", "happened", "began", "started", "took", "left", "killed", "wounded"}
_ENGAGES = {"dedica", "dedicada", "dedicado", "involucrada", "involucrado", "engages", "engage", "engaged", "involved", "specializes", "specialises", "dedicated"}
_ABSTRACT = re.compile(r"^\w+ (?:to|against) (?:(?:the|our|its|their|all|every|American|U\.S\.|global|national|public|regional|economic|"
                       r"financial|free|international|critical|hemispheric)\s+)*(?:safety|security|stability|national|public|hemisphere|"
                       r"region|nation|country|democracy|order|interests?|homeland|way of life|lives|peoples?|communities|markets?|"
                       r"systems?|health|well-being|sovereignty|territory|economy|world|United States|Americans?|institutions)", re.I)
_POSING = {"pose", "poses", "posed", "posing", "represent", "represents", "represented", "constitute", "constitutes", "counter",
           "address", "combat", "combating", "confront", "remove", "removing", "face", "faces", "facing", "plantean", "representan"}
# A charging document as the source of what follows ("according to the indictment", "the indictment alleges"), charges
# dropped, and "charged with ensuring" (a duty, not a crime): no charge brought here.
_DOCUMENTS = {"indictment", "indictments", "complaint", "information", "affidavit", "superseding"}
_SAYING = {"alleges", "alleged", "allege", "states", "stated", "says", "said", "claims", "charges", "seeks", "sought", "accuses",
           "describes", "contains", "shows", "showed", "details", "lists"}
_DROPPING = {"dismiss", "dismissed", "dismissing", "drop", "dropped", "dropping", "withdraw", "withdrew", "withdrawn", "vacate", "vacated"}
_DUTY = re.compile(r"\s+with\s+(?:the\s+)?(?:ensuring|developing|leading|overseeing|coordinating|implementing|managing|protecting|"
                   r"providing|maintaining|enforcing|reviewing|advising|creating|establishing|carrying|addressing|monitoring|"
                   r"supporting|identifying|designing|planning|drafting|responsibility|the task|the mission|the duty)\b", re.I)
_EXECUTION_OF = re.compile(r"\s*of\s+(?:(?:such|these|those|the|this|a|an|his|her|their|its|any|all)\s+)?(?:\w+\s+)?"
                           r"(?:regulations?|dut(?:y|ies)|plans?|warrants?|search|orders?|contracts?|polic(?:y|ies)|strateg(?:y|ies)|"
                           r"programs?|agreements?|judgments?|proclamation|laws?|functions?|tasks?)\b", re.I)
# What a struggle is against, not whom an attack hits: "beat this threat", "beating the opioid epidemic", "an attack on
# the democratic process", "un ataque a la democracia".
_ABSTRACT_TARGET = re.compile(r"\b(?:threats?|epidemics?|crisis|crises|problems?|scourge|addiction|democra(?:cy|tic)|process|"
                              r"constitution|rule of law|values|freedoms?|sovereignty|economy|system|amenaza|epidemia|crisis|"
                              r"democracia|constitución|estado de derecho)\b", re.I)
_OFFENCE_LABEL = re.compile(r"\s*[-*•]?\s*(?:\*\*)?(?:offen[cs]es?|charges?|counts?(?: \d+)?|crimes?|violations?|delitos?|cargos?)"
                            r"(?:\*\*)?\s*:", re.I)
_NOT_DESIGNATED = re.compile(r"fentanyl|precursor|chemical|drugs?\b|substances?|weapons? of mass destruction|WMD|narcotics?\b", re.I)
_RACKETS = {"red", "redes", "esquema", "esquemas", "racket", "rackets", "ring", "rings", "network", "networks", "scheme", "schemes"}
_DEMANDING = {"cobra", "cobran", "cobraba", "cobraban", "cobró", "cobraron", "exige", "exigen", "exigía", "exigían", "exigió",
              "exigieron", "pide", "piden", "pedía", "pedían", "impone", "imponen", "imponía", "imponían"}
_PAYING = {"pagaba", "pagaban", "pagó", "pagaron", "pagar", "paid", "pay", "pays", "paying"}
_RECEIVING = {"recibido", "recibida", "recibidos", "recibió", "recibieron", "recibía", "recibían", "received", "receive", "receives", "faced", "face", "faces", "got"}
_BLAMING = {"atribuyó", "atribuyeron", "atribuido", "atribuida", "atribuye", "atribuyen", "responsabilizó", "responsabilizaron", "vinculó", "vincularon", "vinculado", "vinculada", "acusó", "acusaron", "blame", "blamed", "blames", "blaming", "accuse", "accused", "accuses", "attributed", "attribute", "attributes",
            "linked", "tied", "held"}
_TREND = {"crece", "creció", "aumentó", "aumenta", "aumentaron", "disminuyó", "cayó", "duplicó", "sigue", "siguen", "grow", "grows", "grew", "grown", "rise", "rises", "rose", "risen", "increase", "increased", "increases", "fall",
          "fell", "fallen", "double", "doubled", "decline", "declined", "spread", "spreads", "continue", "continues"}
_GENERIC = {"común", "frecuente", "habitual", "principal", "creciente", "problema", "negocio", "fuente", "common", "widespread", "rampant", "frequent", "rare", "endemic", "routine", "pervasive", "main", "biggest",
            "growing", "rising", "problem", "business", "source"}
_MEANS = {"teléfono", "llamada", "llamadas", "mensaje", "mensajes", "carta", "moto", "motocicleta", "auto", "lancha", "noche", "fuerza", "mano", "video", "phone", "telephone", "email", "mail", "text", "message", "messages", "letter", "car", "motorcycle", "boat",
          "plane", "land", "sea", "air", "night", "day", "force", "hand", "gunpoint", "video"}
_GROUPLIKE = re.compile(r"\b(?:gangs?|cartels?|groups?|factions?|cells?|organi[sz]ations?|clans?|mafias?|networks?|militias?|guerrillas?|syndicates?|"
                        r"bandas?|pandillas?|c[aá]rteles?|grupos?|facciones?|c[eé]lulas?|organizaci[oó]n(?:es)?|clanes?|redes?|milicias?|guerrillas?)\b", re.I)


def _w(tok) -> str:
    """A token's lower-case text; a function word of another language as its English counterpart ("por" → "by")."""
    table = FUNCTION_WORDS.get(tok.lang_)
    return table.get(tok.lower_, tok.lower_) if table else tok.lower_


@lru_cache(maxsize=None)
def _patterns(language: str) -> list[tuple[str, str | None, re.Pattern]]:
    return [(t, sub, re.compile(rf"\b(?:{pat})\b", re.I)) for t, sub, pat in TRIGGERS[language]]


@lru_cache(maxsize=None)
def _compiled(language: str, table: str):
    if table in ("scheduled", "generic"):
        patterns = {"scheduled": SCHEDULED, "generic": GENERIC}[table]
        return re.compile(patterns[language], re.I) if language in patterns else None
    source = {"context": CONTEXT, "subtype": SUBTYPE_CUES}[table][language]
    if table == "context":
        return {k: re.compile(v, re.I) for k, v in source.items()}
    return {k: [(name, re.compile(p, re.I)) for name, p in rows] for k, rows in source.items()}


@lru_cache(maxsize=None)
def _categories(language: str) -> list[tuple[str, re.Pattern]]:
    return [(name, re.compile(p, re.I)) for name, p in TARGET_CATEGORIES[language]]


@lru_cache(maxsize=None)
def _count_patterns(language: str) -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """(dead, hurt, no dead, no hurt) patterns of a language, from its number words and ``COUNT_FORMS``."""
    f = COUNT_FORMS[language]
    words = sorted(NUMBER_WORDS[language], key=len, reverse=True)
    num = r"(\d{1,3}(?:[,.]\d{3})+|\d+|(?:" + "|".join(re.escape(w) for w in words) + r")(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)"
    lead, not_unit = f["lead"], rf"(?!\s+(?:{f['units']}))"
    dead, hurt = DEAD[language], HURT[language]
    return (
        re.compile(
            rf"\b{lead}{num}\s+(?:[\w-]+\s+){{0,3}}?(?:(?:{f['be']})\s+)?(?:{dead})\b"
            rf"|\b(?:{f['kill']})\s+{lead}{num}\b{not_unit}"
            rf"|\b(?:{f['left']})\s+{lead}{num}\s+(?:[\w-]+\s+)?(?:{f['dead']})\b"
            rf"|\b(?:{f['bodies']}) {lead}{num}\b|\b(?:{f['toll']})\b[^.]{{0,30}}?\b{num}\b",
            re.I,
        ),
        re.compile(
            rf"\b{lead}{num}\s+(?:[\w-]+\s+){{0,3}}?(?:(?:{f['be']})\s+)?(?:{hurt})\b"
            rf"|\b(?:{f['hurt_verb']})\s+(?:otr[oa]s\s+)?{lead}{num}\b{not_unit}"
            rf"|\b(?:{f['left']})\s+(?:[^.]{{0,30}}?\b(?:{f['and']})\s+)?{lead}{num}\s+(?:[\w-]+\s+)?(?:{hurt})\b",
            re.I,
        ),
        re.compile(f["zero_dead"], re.I),
        re.compile(f["zero_hurt"], re.I),
    )


def _number(word: str, language: str) -> int | None:
    word = word.lower().replace(",", "")
    if word.isdigit():
        return int(word)
    table = NUMBER_WORDS[language]
    if "-" in word:
        tens, _, unit = word.partition("-")
        return table.get(tens, 0) + table.get(unit, 0) or None
    return table.get(word)


def count(text: str, kind: str, language: str) -> int | None:
    """The first count of the dead ("dead") or hurt ("hurt") the text gives."""
    dead, hurt, no_dead, no_hurt = _count_patterns(language)
    if (no_dead if kind == "dead" else no_hurt).search(text):
        return 0  # "no dejó heridos"
    for m in (dead if kind == "dead" else hurt).finditer(text):
        group = next(i for i, g in enumerate(m.groups(), 1) if g)
        if _MONTH_BEFORE.search(text, 0, m.start(group)):
            continue  # "on February 1, leaving ...": a day, not a count
        return _number(m.group(group), language)
    return None


# --- triggers -------------------------------------------------------------------------------------------------


_GAP = re.compile(r"[ \t]*(?<!\n)\n(?![ \t]*\n)[ \t]*|[ \t]{2,}")  # a run of spaces, or a line break inside a paragraph


def _squeezed(text: str) -> tuple[str, list[int]]:
    """``text`` with each run of spaces, and each line break inside a paragraph, made one space, and where each of
    its characters (and its end) lies in ``text``: the patterns read "charged  with" where a link's blanked address
    left a gap ("[charged](…) with"), and "found former Minneapolis⏎Police Officer Derek Chauvin guilty" where the
    source wraps its lines."""
    pieces, where, last = [], [], 0
    for m in _GAP.finditer(text):
        pieces.append(text[last : m.start()] + " ")
        where.extend(range(last, m.start() + 1))
        last = m.end()
    pieces.append(text[last:])
    where.extend(range(last, len(text) + 1))
    return "".join(pieces), where


def _found_in(pattern: re.Pattern, text: str, start: int, end: int) -> bool:
    """Whether a lexicon pattern occurs in ``text[start:end]`` read as the triggers are (``_squeezed``): "faces up to⏎20
    years" is a penalty to come however the source wraps it."""
    return pattern.search(_squeezed(text[start:end])[0]) is not None


def triggers(text: str, language: str) -> list[tuple[int, int, str, str | None]]:
    """(start, end, type, subtype) of every trigger, the earlier type winning an overlap, in text order."""
    taken: list[tuple[int, int]] = []
    found = []
    squeezed, where = _squeezed(text)
    for etype, subtype, pattern in _patterns(language):
        for m in pattern.finditer(squeezed):
            s, e = where[m.start()], where[m.end() - 1] + 1
            if any(s < te and ts < e for ts, te in taken):
                continue
            taken.append((s, e))
            found.append((s, e, etype, subtype))
    return sorted(found)


def _specific(tok, etype: str, text: str) -> bool:
    """A noun trigger names a happening, not a phenomenon: it has a
    determiner, a possessor, a number or an argument, or something was done to it."""
    if etype == "threat":  # "death threats", not "a threat to the hemisphere", "they pose a threat", "removing these threats"
        return tok.dep_ != "attr" and tok.head.lower_ not in _POSING and bool(_THREAT_NOUN.search(text)) \
            and not _ABSTRACT.search(text[text.lower().find("threat"):])
    if tok.dep_ == "pobj" and tok.head.head.lower_ in _ENGAGES or tok.dep_ == "conj" and tok.head.dep_ == "pobj" and tok.head.head.head.lower_ in _ENGAGES:
        return False  # "the group engages in extortion and kidnapping": what it does, not a happening
    if etype == "presence":
        return True
    if tok.dep_ in ("nsubj", "nsubjpass") and (
        tok.head.lower_ in _TREND or any(c.dep_ in ("acomp", "attr") and c.lower_ in _GENERIC for c in tok.head.children)
    ):
        return False  # "extortion has grown", "extortion is common": a trend, not a happening
    racket = next((h for h in (tok.head, tok.head.head) if h.lower_ in _RACKETS), None)
    if racket is not None:  # "ran kidnapping and extortion rackets", not "grew out of a robbery ring"
        while racket.dep_ == "conj" and racket.head is not racket:
            racket = racket.head
        return racket.dep_ == "dobj" and racket.head.lower_ in _VERBS_OF_DOING
    for c in tok.children:
        if c.dep_ == "det" and _w(c) not in ("every", "each"):
            return True
        if c.dep_ in ("poss", "nummod") or (c.dep_ == "prep" and _w(c) in _SPECIFIC_PREPS):
            return True
        if etype in LEGAL and (c.dep_ == "prep" and _w(c) == "for" or c.dep_ == "amod" and _w(c) == "pending"):
            return True  # a person's record: "with convictions for criminal contempt", "with pending drug charges"
        if c.dep_ in ("compound", "amod") and c.tag_ in ("NNP", "NNPS", "CD"):
            return True
    head = tok.head
    if tok.dep_ == "nsubj" and head.lower_ in _OCCURRED:  # "riots broke out in six prisons"
        return True
    return tok.dep_ in ("dobj", "nsubjpass", "nsubj") and head.lower_ in _VERBS_OF_DOING | _PAYING | _RECEIVING


# --- phrases and mentions -------------------------------------------------------------------------------------


def _phrase(tok) -> tuple[int, int]:
    """Character span of a noun phrase: its token and the modifiers before it,
    plus "of/from/in" phrases after it (themselves cut the same way), without
    clauses and appositions."""
    right = tok.idx + len(tok)
    for c in tok.children:
        if c.i < tok.i:
            continue
        if c.dep_ == "prep" and _w(c) in _KEEP_PREPS:
            obj = _child(c, "pobj")
            right = max(right, _phrase(obj)[1] if obj is not None else c.idx + len(c))
        elif c.dep_ not in _CUT and not c.is_space:
            right = max(right, _phrase(c)[1])
    left = min((c.left_edge for c in tok.children if c.i < tok.i and c.dep_ not in _CUT), default=tok, key=lambda t: t.i)
    left = min(left, tok, key=lambda t: t.i)
    return left.idx, right


def _subtree(tok) -> tuple[int, int]:
    return tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge)


def _named(mentions: list[Mention], start: int, end: int, kinds=("group", "agency", "organization", "person")) -> Mention | None:
    inside = [m for m in mentions if start <= m.start and m.end <= end and m.kind in kinds]
    return min(inside, key=lambda m: (_ACTOR_PREFERENCE[m.kind], m.start)) if inside else None


def _child(tok, *deps):
    return next((c for c in tok.children if c.dep_ in deps), None)


def _prep_object(tok, *words):
    for c in tok.children:
        if c.dep_ in ("prep", "agent") and _w(c) in words:
            obj = _child(c, "pobj", "pcomp")
            if obj is not None and obj.ent_type_ not in ("DATE", "TIME"):  # "on January 20" says when, not to whom
                return obj
    return None


def _subject(verb):
    """The subject of a verb, borrowed from the verb it is coordinated with or controlled by."""
    seen, only_conj = 0, True
    while verb is not None and seen < 4:
        subj = _child(verb, "nsubj", "nsubjpass", "csubj")
        if subj is not None and _w(subj) in ("who", "that", "which") and verb.dep_ == "relcl":
            return verb.head, False  # "gangs that charge fees and kill those who refuse"
        if subj is not None:
            return subj, subj.dep_ == "nsubjpass" and only_conj  # "paid to kill X": the killers are not passive
        if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head is not verb:
            only_conj = only_conj and verb.dep_ == "conj"
            verb = verb.head
            seen += 1
            continue
        if verb.dep_ in ("relcl", "acl"):
            return verb.head, False
        break
    return None, False


def _agent(tok):
    """The "by X" of a verb or noun, unless X is a means ("by phone", "by motorcycle")."""
    who = _prep_object(tok, "by")
    return None if who is None or who.lower_ in _MEANS else who


# Violent verbs whose bare participle in a headline tells what befell its subject ("Springfield man shot twice"); not
# those whose subject acts ("inmates rioted", "a car bomb exploded", "soldiers clashed").
_DONE_TO = {"shot", "stabbed", "killed", "murdered", "slain", "wounded", "injured", "kidnapped", "abducted", "attacked", "assaulted",
            "beaten", "robbed", "raped", "strangled", "carjacked", "ambushed", "executed"}  # English: the rule reads English tags


def _subject_undergoes(trigger: str) -> bool:
    """Whether a legal trigger's subject is the one it befalls: "faces", "pleaded guilty", "gets 15 years"."""
    low = trigger.lower()
    return low.startswith(("face", "facing", "get", "got", "receiv")) or "guilty" in low or " plea " in low


def _bullet_verb(tok) -> bool:
    """Whether a participle the parse took for an adjective opens a subjectless item and governs an "as" phrase:
    "Designated international cartels … as Foreign Terrorist Organizations" in a fact sheet's list of actions."""
    first = next((t for t in tok.sent if not t.is_punct and not t.is_space), None)
    return tok.dep_ == "amod" and first is not None and tok.i == first.i and tok.text[:1].isupper() and tok.tag_ in ("VBN", "VBD") \
        and any(c.dep_ == "prep" and c.lower_ == "as" for c in tok.head.children)


def _found_guilty(found):
    """X in "found X guilty", however the parse hangs X ("found former Officer Derek Chauvin guilty", "found Paul
    Tillis, a former officer, guilty"): the head of the words between the verb and "guilty"."""
    end = next((t.i for t in found.doc[found.i + 1 : found.i + 16] if t.lower_ == "guilty"), None)
    if end is None:
        return None
    return next((t for t in found.doc[found.i + 1 : end] if t.tag_.startswith(("NN", "PRP"))
                 and not found.i < t.head.i < end), None)


def _verb_arguments(tok, etype: str, text: str):
    if etype == "presence" and tok.dep_ == "acl":
        return tok.head, None  # "a narco-terrorism enterprise based in Venezuela": the enterprise is there
    if tok.dep_ == "acl" and tok.tag_ in ("VBN", "VBD"):  # "an officer killed in Maracay", "Mason charged with sex assault"
        return _agent(tok), tok.head
    if tok.dep_ == "acl" and tok.tag_ == "VBG" and _subject_undergoes(text):  # "a fugitive facing charges": the fugitive
        return None, tok.head
    if _bullet_verb(tok):
        return None, tok.head  # "- Designated the cartels as Foreign Terrorist Organizations": the cartels
    if tok.dep_ == "amod" and tok.tag_ in ("VBN", "JJ") and etype in ("killing", "attack", "abduction"):
        return _agent(tok), tok.head  # "a murdered policeman", "4 slain Oakland police": the noun it describes
    if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and any(c.dep_ == "auxpass" for c in tok.children):
        gov = tok.head.head  # "the victim was awaiting treatment after being stabbed": the one the clause is about
        return _agent(tok), _child(gov, "nsubj", "nsubjpass") or (gov.head if gov.dep_ in ("acl", "relcl") else None)  # "2 men hospitalized after being shot"
    if tok.dep_ == "pcomp" and tok.head.dep_ == "prep":  # "suspected of kidnapping X", "accused X of killing"
        gov = tok.head.head
        return _child(gov, "dobj") or _child(gov, "nsubjpass"), _child(tok, "dobj")
    if tok.dep_ in ("xcomp", "oprd", "advcl") and tok.head.lower_ in _FOUND_AS and (found := _child(tok.head, "nsubjpass") or (
            _child(tok.head, "nsubj") if tok.head.tag_ == "VBN" and _child(tok.head, "dobj") is None else None)) is not None:
        return _agent(tok) or _agent(tok.head), found  # "Paris was found shot to death inside his residence": Paris was shot
    if tok.dep_ in ("ccomp", "oprd") and tok.tag_ == "VBN" and tok.head.lower_ in _FOUND_AS and (found := _child(tok, "nsubj")) is not None:
        return _agent(tok), found  # "police found the man shot in his car": the man was shot, police found him
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
    subj, subj_passive = _subject(tok)
    if subj is not None and _w(subj) in ("who", "that", "which"):
        clause = tok
        while clause.dep_ in ("ccomp", "xcomp", "conj") and clause.head is not clause:
            clause = clause.head  # "Tren de Aragua, which they said controls…": up to the relative clause
        if clause.dep_ == "relcl":
            subj = clause.head  # "a merchant who had been kidnapped"
    if passive or subj_passive and tok.dep_ == "conj":
        return _agent(tok), subj
    if etype == "disappearance":  # "40 migrants have disappeared": the subject is who went missing
        return None, subj
    if tok.lower_ == "found" and not passive and (convicted := _found_guilty(tok)) is not None:
        return subj, convicted  # "a jury found X guilty": the jury convicts X
    if _subject_undergoes(text):  # "he faces charges", "he pleaded guilty", "he gets 15 years": he is the one charged
        return None, subj
    if (etype in LEGAL or tok.lower_ in _DONE_TO) and tok.tag_ in ("VBD", "VBN") and subj is not None and subj.dep_ == "nsubj" \
            and subj.head.i == tok.i and not any(c.dep_ in ("dobj", "dative", "aux", "ccomp", "xcomp") for c in tok.children) \
            and ((nxt := next((t for t in tok.doc[tok.i + 1 :] if not t.is_space), None)) is None or nxt.is_punct
                 or nxt.dep_ in ("prep", "advmod", "npadvmod") and nxt.lower_ not in ("into", "on", "upon", "back")
                 and not (nxt.lower_ == "at" and tok.lower_ in ("shot", "fired"))):
        return None, subj  # a headline's passive without its "was": "Mason charged with sex assault", "Springfield man shot twice"
    target = _child(tok, "dative") or _child(tok, "dobj")
    if etype == "extortion":  # "cobra cuotas a los migrantes": who pays, not what is paid
        target = _child(tok, "dative") or _prep_object(tok, "to") or target
    if target is not None and _w(target) in ("that", "which", "who", "whom") and tok.dep_ == "relcl":
        target = tok.head  # "22 groups that he designated"
    if etype == "robbery":  # "stole clothes from the store": the store was robbed
        target = _prep_object(tok, "from") or target
    if target is None:  # "kidnapped and killed X": the object the verbs share; "threatened to kill X"
        target = next((_child(v, "dobj") for v in (*tok.conjuncts, *(c for c in tok.children if c.dep_ == "xcomp")) if _child(v, "dobj") is not None), None)
    if target is None or target.lower_ in _WEAPONS:
        target = _prep_object(tok, "on", "against", "at", "into", "outside", "inside") or (
            _prep_object(target, "on", "at", "into", "to") if target is not None else None) or target  # "opened fire on an army patrol"
    return subj, target


# "controls crossings near the city": a place the report named before, referred back to
_PLACE_BACK = re.compile(r"\b(?:the|this|that) (?:same )?(?:city|town|village|region|area|state|province|country|border|capital|port|"
                         r"neighbou?rhood|district|zone|municipality)\b|\b(?:la|esa|esta) (?:ciudad|regi[oó]n|zona|frontera|capital|comuna|"
                         r"provincia)\b|\b(?:el|ese|este) (?:pa[ií]s|municipio|estado|barrio|distrito|puerto)\b", re.I)
_FOUND_AS = {"found", "left", "discovered", "reported", "seen", "pronounced", "encontrado", "encontrada", "encontrados", "encontradas",
             "hallado", "hallada", "hallados", "halladas", "dejado", "dejada"}  # "was found shot to death": who was found was shot


def _record(tok, etype: str) -> bool:
    """Whether a legal noun is part of a description of someone's record: "a national with a conviction for rape"."""
    return etype in LEGAL and tok.tag_.startswith("NN") and tok.dep_ == "pobj" and tok.head.lower_ == "with"


def _possessor_before(tok):
    """The name before a "’s" that the parse left loose in front of a noun and its modifiers ("Emmett Till’s racially
    motivated murder": Till), or None."""
    mark = tok.left_edge.i - 1
    if mark < 1 or tok.doc[mark].lower_ not in ("’s", "'s"):
        return None
    owner = tok.doc[mark - 1]
    return owner if owner.tag_ in ("NNP", "NNPS", "NN") and owner.head.i != tok.i else None


def _noun_arguments(tok, etype: str):
    preps = ("of", "on", "against", "at", "outside", "to") if etype == "threat" else ("of", "on", "against", "at", "outside")
    actor, target = _agent(tok), _prep_object(tok, *preps)
    if actor is None and (other := _prep_object(tok, "with")) is not None and other.lower_ not in _MEANS | _WEAPONS:
        actor = other  # "a shootout with smugglers"
    for c in tok.children:
        if c.dep_ == "poss":
            if c.ent_type_ in ("CRIMINAL_GROUP", "ORG", "AGENCY") or c.tag_ == "NNPS":
                actor = actor or c
            else:
                target = target or c
        elif c.dep_ == "compound" and c.ent_type_ in ("CRIMINAL_GROUP",):
            actor = actor or c
        elif c.dep_ == "compound" and c.ent_type_ == "PERSON":  # "the Ojeda murder"
            target = target or c
        elif c.dep_ == "compound" and etype == "robbery" and c.tag_ in ("NN", "NNS") and not c.ent_type_ \
                and (target is None or _w(target.head) in ("on", "at", "outside")):
            target = c  # "the bank robbery on Main Street": the bank was robbed, on Main Street
    if actor is None and target is None and not any(c.dep_ == "poss" for c in tok.children) \
            and (owner := _possessor_before(tok)) is not None:  # "Emmett Till’s racially motivated murder", the "’s" unparsed
        if owner.ent_type_ in ("CRIMINAL_GROUP", "ORG", "AGENCY"):
            actor = owner
        else:
            target = owner
    if target is None and _record(tok, etype) and ((whose := tok.head.head).tag_.startswith("NN") or whose.dep_ == "appos"):
        while whose.dep_ in ("conj", "appos") and whose.head.i < whose.i and whose.head.tag_.startswith(("NN", "JJ")):
            whose = whose.head  # "Vasquez, a national and gang leader with pending charges": Vasquez
        target = whose  # the one whose record it is
    if tok.tag_ == "JJ":  # "present in": the subject of the verb it complements
        return actor or _subject(tok.head)[0], target
    gov = tok.head
    if tok.dep_ == "dobj" and gov.lower_ in _PAYING:  # "miners paid protection money to the ELN"
        return actor or _prep_object(gov, "to"), target or _subject(gov)[0]
    if tok.dep_ == "dobj" and gov.lower_ in _RECEIVING:  # "he had received threats from police officers"
        return actor or _prep_object(tok, "from") or _prep_object(gov, "from"), target or _subject(gov)[0]
    if tok.dep_ == "dobj" and gov.lower_ in _DEMANDING:  # "las bandas cobran vacunas a los tenderos"
        return actor or _subject(gov)[0], target or _child(gov, "dative") or next(
            (c for c in gov.children if c.dep_ == "dobj" and c.i != tok.i), None) or _prep_object(gov, "to")
    if actor is None and tok.dep_ in ("dobj", "attr") and gov.lower_ in _VERBS_OF_DOING:
        actor = _subject(gov)[0]
    elif actor is None and tok.dep_ == "nsubjpass" and gov.lower_ in _VERBS_OF_DOING:
        actor = _agent(gov)  # "the killing was ordered by ..."
    if actor is None:
        actor = _blamed(tok)
    if target is None and etype in VIOLENT:
        target = _hurt_in(tok)
    return actor, target


_HURT = {"wounded", "injured", "hurt", "killed", "hospitalized", "slain", "died", "heridos", "heridas", "herido", "herida",
         "muertos", "muertas", "muerto", "muerta", "murieron", "murió"}


def _hurt_in(tok):
    """Who was hurt in the happening a noun names: "a policeman was wounded in the shootout", "two servicemen were
    injured as a result of an explosion", "dos agentes murieron en el ataque"."""
    node = tok
    for _ in range(6):
        if node.dep_ not in ("pobj", "prep") or node.head is node:
            return None
        node = node.head
        if node.tag_.startswith("VB") or node.lower_ in _HURT:
            hurt = _child(node, "nsubjpass", "nsubj") if node.lower_ in _HURT else None
            if hurt is not None and (hurt.lower_ in ("nobody", "none", "nadie") or any(
                    c.dep_ == "det" and c.lower_ in ("no", "ningún", "ninguna") for c in hurt.children)):
                return None  # "no one was hurt in the blast": no one to name
            return hurt
    return None


def _blamed(tok):
    """X in "blamed X for the killing" / "attributed the killing to X"."""
    node = tok
    for _ in range(4):
        if node.dep_ not in ("dobj", "pobj", "prep", "nsubjpass") or node.head is node:
            return None
        node = node.head
        if node.lower_ in _BLAMING:
            who = _prep_object(node, "to", "on") or next((c for c in node.children if c.dep_ in ("dobj", "dative") and c.i != tok.i), None)
            return _subject(node)[0] if who is None or who.i == tok.i else who  # "the group has been linked to killings"
        if node.lower_ in ("behind", "responsible"):
            return _subject(node.head)[0]
    return None


def arguments(tok, etype: str, text: str) -> tuple[object, object]:
    """(actor token, target token) of a trigger, read off the parse."""
    if tok.tag_.startswith("VB"):
        return _verb_arguments(tok, etype, text)
    return _noun_arguments(tok, etype)


# --- modality -------------------------------------------------------------------------------------------------


def _governors(tok, hops: int = 3):
    """The words a trigger hangs from, nearest first, through clause and complement links."""
    out = []
    while tok.dep_ in ("xcomp", "ccomp", "pcomp", "pobj", "prep", "conj", "advcl", "dobj", "acomp", "attr", "nsubjpass", "nsubj") and len(out) < hops:
        tok = tok.head
        out.append(tok)
    return out


def modality(tok, statement: Statement | None, language: str) -> str:
    """asserted, alleged, negated, hypothetical or future, for the happening a trigger names.

    A verb takes the mood of the verbs it hangs from ("plans to kill", "could
    attack", "denied killing"); so does a noun that is their object ("could
    carry out attacks"), but not a noun that is their subject: in "the
    deportations could expose migrants" the deportations happened. Anything
    inside a forecast or a recommendation is part of that claim (the forecast
    ledger keeps it), not an event of its own."""
    lex = MODALITY[language]
    verb = tok.tag_.startswith("VB")
    govs = _governors(tok) if verb or tok.dep_ in ("dobj", "pobj", "attr", "xcomp", "conj") else []
    near = [tok, *govs[:2]]
    aux = {c.lower_ for t in near for c in t.children if c.dep_ in ("aux", "auxpass")}
    marks = {c.lower_ for t in near for c in t.children if c.dep_ in ("mark", "advmod", "amod", "det")}
    polarity = any(c.dep_ == "det" and _w(c) in ("any", "no") for c in tok.children)
    negated_gov = any(c.dep_ == "neg" for g in govs[:1] for c in g.children)
    if any(c.dep_ == "neg" for c in tok.children) or any(c.dep_ == "det" and _w(c) == "no" for c in tok.children):
        return "negated"
    copular = tok.dep_ == "attr" and negated_gov  # "this was not an arrest"
    if (verb or polarity or copular) and negated_gov or any(g.lower_ in lex["negation"] and g.dep_ != "neg" for g in govs[:2]):
        return "negated"
    if any(c.dep_ == "mark" and _w(c) in ("if", "unless", "whether") for c in tok.children):
        return "hypothetical"
    if aux & lex["future_aux"] or any(g.lower_ in lex["future_heads"] for g in govs[:2]) or marks & {"next", "future"}:
        return "future"
    if aux & lex["hypothetical_aux"] or any(g.lower_ in lex["hypothetical_heads"] for g in govs[:2]) or marks & {"if", "unless", "possible", "potential"}:
        return "hypothetical"
    if statement is not None and statement.claim_type in ("forecast", "recommendation"):  # the prediction is the record
        return "future" if statement.claim_type == "forecast" else "hypothetical"
    if statement is not None and statement.stance == "denied":
        return "negated"
    alleging = {c.lower_ for c in tok.children if c.dep_ in ("advmod", "amod")} & lex["alleged"]
    if alleging or any(g.lower_ in lex["allegation_heads"] for g in _governors(tok, hops=5)):
        return "alleged"
    if statement is not None and statement.stance == "alleged":
        return "alleged"
    return "asserted"


def _attribution(actor_text: str, tok, mode: str, language: str) -> str:
    """How the text ties the actor to the act: named as perpetrator, suspected, or alleged by a source."""
    lex = MODALITY[language]
    words = set(re.findall(r"[\w']+", actor_text.lower()))
    if words & lex["suspected_words"] or any(g.lower_ in lex["suspected_words"] for g in _governors(tok, hops=4)):
        return "suspected"
    if mode == "alleged" or "alleged" in words:
        return "alleged"
    return "named"


def _target_category(ctx, tok, named: Mention | None, etype: str, subtype: str | None) -> str | None:
    """Who was targeted, as a category: from the target's words and its apposition,
    else from how the document describes the person, else "civilian". A pronoun
    takes the person it stands for: the speaker of "he said he had received
    threats", or the person last named ("His body was found")."""
    if etype not in VIOLENT or etype == "prison":
        return None
    text, language = ctx.text, ctx.language
    if tok.tag_ in ("PRP", "PRP$"):
        gov = tok.head
        if tok.dep_ == "nsubj" and gov.dep_ == "ccomp" and gov.head.lower_ in _SPEECH and (who := _subject(gov.head)[0]) is not None:
            tok, named = who, _named(ctx.mentions, *_subtree(who))
        elif _w(tok) in PERSONAL_PRONOUNS:
            named = ctx.last_victim or named  # the last person named as a target, else the one the pronoun stands for
    start, end = _phrase(tok)
    words = text[start:end] + " " + " ".join(text[slice(*_phrase(c))] for c in tok.children if c.dep_ == "appos")
    group = any(m.kind == "group" and start <= m.start and m.end <= end for m in ctx.mentions) or re.search(r"\brivals?\b", words, re.I)
    if group and etype in ("killing", "attack"):
        return "rival group"
    found = _category_of(words, language) or ctx.role(named) or (ctx.roles.get(fold(tok.text)) if tok.tag_ == "NNP" else None)
    if subtype == "armed clash" and not found:
        return None  # two sides fought: no one's category unless the text says who ("a policeman was wounded in the shootout")
    return found or "civilian"


def _antecedent(ctx: _Context, tok, other: tuple[int, int] | None) -> Mention | None:
    """The person a "he", "him", "his" or "she" stands for: the last person named before it, in its sentence or
    the two before, who is neither the event's other party (``other``: "Smith shot him") nor the speaker of a
    statement (an official announcing the case)."""
    if tok.tag_ not in ("PRP", "PRP$") or _w(tok) not in PERSONAL_PRONOUNS:
        return None
    sentences = [s for s in ctx.ann.sentences if s.start <= tok.idx]
    lo = sentences[-3].start if len(sentences) >= 3 else 0
    item = item_at(ctx.text, ctx.segments, tok.idx)
    lo = item.start if item is not None else lo  # an item of a list tells a case of its own, its lead named first
    speakers = [(s.speaker_start, s.speaker_end) for s in ctx.statements if s.speaker_start is not None]
    found = [m for m in ctx.mentions if m.kind == "person" and lo <= m.start and m.end <= tok.idx
             and not (other and other[0] <= m.start < other[1]) and not any(a <= m.start < b for a, b in speakers)
             and not ctx.ann.dateline_start <= m.start < ctx.ann.dateline_end]
    if item is not None:
        return found[0] if found else None
    subjects = [m for m in found if _is_subject(ctx.doc, m)]
    return (subjects or found)[-1] if found else None  # a subject first: "Lueders pleaded guilty before Judge Kay to … charging him"


def _is_subject(doc, m: Mention) -> bool:
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    while root.dep_ in ("appos", "compound", "conj") and root.head.i != root.i:
        root = root.head
    return root.dep_ in ("nsubj", "nsubjpass")


# "the gang", "members of the group", "la banda": a group named before, referred back to
_BACK_REFERENCE = re.compile(r"\b(?:the|this|that) (?:same )?(?:criminal )?(?:gang|group|cartel|organi[sz]ation|network|faction|cell|syndicate|mafia)\b"
                             r"|\b(?:la|esta|dicha|esa) (?:misma )?(?:banda|organizaci[oó]n|pandilla|facci[oó]n|c[eé]lula|red)\b"
                             r"|\b(?:el|este|dicho|ese) (?:mismo )?(?:grupo|cartel|c[aá]rtel|clan)\b", re.I)
# A group's rank told with a copula places it only where the sentence opens with the place ("In Brazil, …").
_RANKED = re.compile(r"(?:is|are|remains?|was|were)\s", re.I)
_PLACE_NEXT = re.compile(r"\s+(?:in|of)\s+(?:the\s+)?[A-Z]")
_FRONTED_PLACE = re.compile(r"[\W_]*(?:In|Across|Throughout|Within)\s+(?:the\s+)?[A-Z][^,]{0,40},")
_SEIZURE = re.compile(r"^(?:seiz|confiscat|found|discover|recover|uncover|incaut)|\b(?:seized|found|discovered|busted|dismantled)$", re.I)
_GROUP_PRONOUN = re.compile(r"it", re.I)  # a group's presence told with "it": "It also operates throughout South America"
_REFERENCE_REACH = 1200
_NEAR_REACH = 300  # the sentence or short paragraph just before: the group named there, even if another was named earlier


def _confidence(basis: str, attribution: str | None, noun: bool, mode: str) -> float:
    score = {"syntax": 0.9 if attribution == "named" else 0.75, "reference": 0.6, "sentence": 0.5, "none": 0.6}[basis]
    score -= 0.1 if noun else 0.0
    score -= 0.1 if mode == "alleged" else 0.0
    return round(max(score, 0.1), 2)


# --- one trigger to one event ---------------------------------------------------------------------------------


class _Context:
    """What every trigger of a document is read against."""

    def __init__(self, doc, text: str, ann: Annotations, published: str | None, language: str, segs: tuple | None = None):
        self.doc, self.text, self.ann, self.published, self.language = doc, text, ann, published, language
        self.mentions = [m for m in ann.mentions if m.kind != "place"]
        self.statements = ann.statements
        self.roles = _roles(text, self.mentions, language)
        self.members = _memberships(text, self.mentions)
        self.last_victim: Mention | None = None  # whom "his killing" refers to: the last person named as a target
        self.segments = segs if segs is not None else segments(text)  # the structure stage's, when the caller has them

    def role(self, mention: Mention | None) -> str | None:
        """The category the document gives a person ("Ronald Ojeda, a former lieutenant and dissident")."""
        return self.roles.get(_surname(mention.text)) if mention is not None and mention.kind == "person" else None


    def statement_at(self, start: int) -> Statement | None:
        return next((s for s in self.statements if s.content_start <= start < s.content_end), None)

    def group_before(self, start: int, near: bool = False) -> str | None:
        """The group "the gang" refers back to: the one group the report names in the sentence or paragraph just
        before (``_NEAR_REACH`` characters), else in the text before that (``_REFERENCE_REACH``; not for ``near``,
        a pronoun's reach); none when it names two or more there, or none."""
        for reach in (_NEAR_REACH,) if near else (_NEAR_REACH, _REFERENCE_REACH):
            keys = {m.key for m in self.mentions if m.kind == "group" and m.key and start - reach <= m.start and m.end <= start}
            if keys:
                return keys.pop() if len(keys) == 1 else None
        return None

    @cached_property
    def courts(self) -> list[Mention]:
        """The place mentions that name a court's seat or district ("U.S. Attorney for the District of Maryland")."""
        places = {p.key: p for p in self.ann.places}
        return [m for m in self.ann.mentions if m.kind == "place" and m.key in places and m.label != "NORP"
                and court_seat(self.text, m.start, m.end, self.language, country=places[m.key].kind == "country")]

    @cached_property
    def court(self) -> str | None:
        """The document's court: the place named most often as a court's seat, the first on a tie."""
        counts = Counter(m.key for m in self.courts)
        return max(counts, key=lambda k: (counts[k], -next(i for i, m in enumerate(self.courts) if m.key == k))) if counts else None

    def owned(self, start: int, end: int) -> bool:
        return any(m.start <= start and end <= m.end for m in self.ann.mentions if m.kind != "person")


_surname = surname  # the family name a lone mention would use (people.py)


def _roles(text: str, mentions: list[Mention], language: str) -> dict[str, str]:
    """Surname -> target category, from the words a document puts around a person's name."""
    roles: dict[str, str] = {}
    for m in mentions:
        if m.kind != "person" or _surname(m.text) in roles:
            continue
        after = _DESCRIPTOR.match(text, m.end)
        around = (after.group(1) if after else "") + " " + text[max(0, m.start - 40) : m.start]
        found = _category_of(around, language)
        if found:
            roles[_surname(m.text)] = found
    return roles


# The words that make a phrase next to a name a membership: "a leader of the Sinaloa Cartel", "MS-13 member".
_MEMBER_WORDS = (r"(?:members?|leaders?|associates?|affiliates?|bosses|boss|heads?|founders?|co-founders?|lieutenants?|"
                 r"operatives?|gunmen|gunman|hit ?men|hit ?man|enforcers?|commanders?|ringleaders?|kingpins?|cabecillas?|"
                 r"l[ií]deres|l[ií]der|integrantes?|miembros?|jefes?|jefas?|sicarios?|fundador(?:es|a)?)")
_MEMBER = re.compile(r"\b" + _MEMBER_WORDS + r"\b", re.I)
# "Carlos Díaz, whom prosecutors described as a Tren de Aragua leader": a relative clause that describes, not one that acts
_WHO_IS = re.compile(r",\s+((?:who|whom|quien|quienes|que)\s+(?:[\w.]+\s+){0,4}?(?:is|was|are|were|described|identified|"
                     r"says?|said|believed?|alleged?|es|era|fue|son|eran|señal\w+|identific\w+)\b[^,.;]{3,100})")
# A clause that says so: "X is a leader of", "X played a prominent role in the notorious", "X led", "X belongs to"
_IS_MEMBER = re.compile(r"(?:,[^,.;]{1,40},)?\s+(?:"
                        r"(?:is|was|has been|had been|became|remains|es|era|fue)\s+(?:an?|the|one of the|un|una|el|la|uno de los)\s+"
                        r"(?:[\w-]+\s+){0,3}?" + _MEMBER_WORDS + r"\s+(?:of|in|for|within|de|del)"
                        r"|(?:played|plays|had|has|held|holds)\s+an?\s+(?:[\w-]+\s+){0,2}?(?:role|position|rank)\s+in"
                        r"|led|leads|heads|headed|ran|runs|commands?|commanded|founded|co-founded|belongs?\s+to|belonged\s+to|joined"
                        r"|lidera|lideraba|dirig[eií]a?|fund[oó])\s+(?:(?:the|el|la|los|las)\s+)?(?:[\w-]+\s+){0,2}?", re.I)
_BETWEEN = re.compile(r"[^.;:\n]{0,60}")


def _memberships(text: str, mentions: list[Mention]) -> dict[str, tuple[Mention, tuple[int, int]]]:
    """Surname -> (group, phrase) where the document says, next to a person's name, that the person belongs to a
    group: "Ovidio Guzmán López, a leader of the Sinaloa Cartel", "alleged MS-13 leader Francisco Roman". The
    phrase is the evidence, and its hedge ("alleged", "whom police described as") is the tie's strength; a
    later "he" or surname takes the group with those words, never stronger (docs/annotation.md §3)."""
    groups = [m for m in mentions if m.kind == "group" and m.key]
    found: dict[str, tuple[Mention, tuple[int, int]]] = {}
    for m in mentions:
        if m.kind != "person" or _surname(m.text) in found:
            continue
        after = _DESCRIPTOR.match(text, m.end) or _WHO_IS.match(text, m.end)
        if after and _MEMBER.search(after.group(1)):
            inside = next((g for g in groups if after.start(1) <= g.start and g.end <= after.end(1)), None)
            if inside is not None:
                found[_surname(m.text)] = (inside, (after.start(1), after.end(1)))
                continue
        said = next((g for g in groups if m.end < g.start <= m.end + 90 and _IS_MEMBER.fullmatch(text, m.end, g.start)), None)
        if said is not None:  # "El Nini played a prominent role in the notorious Sinaloa Cartel"
            found[_surname(m.text)] = (said, (m.start, said.end))
            continue
        before = next((g for g in reversed(groups) if g.end <= m.start and m.start - g.end <= 40
                       and _BETWEEN.fullmatch(text, g.end, m.start) and _MEMBER.search(text, g.end, m.start)
                       and len(text[g.end : m.start].split()) <= 5), None)
        if before is not None:
            start = max(text.rfind(",", 0, before.start), text.rfind(".", 0, before.start), before.start - 30, 0)
            found[_surname(m.text)] = (before, (start, m.start))
    return found


def _category_of(words: str, language: str) -> str | None:
    folded = fold(words)
    return next((name for name, p in _categories(language) if name != "civilian" and p.search(folded)), None)


def _after_dateline(sent, dateline_end: int, trigger):
    """The first noun of the sentence after its dateline, when it comes before the trigger."""
    for t in sent:
        if t.idx >= dateline_end and t.tag_ in ("NN", "NNS", "NNP", "NNPS") and t.i < trigger.i:
            while t.dep_ in ("compound", "amod", "nmod") and t.head.i > t.i and t.head.i < trigger.i:
                t = t.head
            return t if t.lower_ not in _WEAPONS else None
    return None


def _next_noun(tok, sent):
    """The noun right after a trigger the parser failed to link ("gunmen shot dead César Suárez")."""
    for t in sent:
        if t.i > tok.i and t.tag_ in ("NNP", "NN", "NNS", "NNPS"):
            while t.dep_ in ("compound", "amod") and t.head.i > t.i and t.head.tag_.startswith("NN"):
                t = t.head
            return t if t.i - tok.i <= 4 else None
        if t.i > tok.i + 4:
            return None
    return None


def _span_of(ctx: _Context, tok) -> tuple[tuple[int, int] | None, Mention | None, tuple[int, int] | None]:
    if tok is None:
        return None, None, None
    phrase = _phrase(tok)
    full = _subtree(tok) if tok.tag_.startswith("NN") or tok.tag_ == "PRP" else phrase
    return phrase, _named(ctx.mentions, *full), full


def _read(ctx: _Context, tok, start: int, end: int, etype: str, subtype: str | None, sent) -> dict | None:
    text, language = ctx.text, ctx.language
    s_start, s_end = sent.start_char, sent.end_char
    sentence = text[s_start:s_end]
    context = _compiled(language, "context").get(etype)
    reach = 600 if etype == "designation" else 0  # "Seven targets designated today…" after a paragraph on sanctions
    if context is not None and not _found_in(context, text, max(0, s_start - reach), s_end):
        return None
    noun = tok.tag_.startswith("NN")
    if noun and any(c.dep_ == "det" and _w(c) in ("no", "ningún", "ninguna") for c in tok.children):
        return None  # "no arrests were made", "no charges were filed": no happening to deny, none told
    if noun and not _specific(tok, etype, sentence):
        return None
    if (noun or any(c.dep_ == "det" for c in tok.children)) and language == "es" and _PARTICIPLE_NOUN.search(tok.lower_):
        return None  # "los detenidos", "los condenados": the people, not the act
    if noun and etype == "attack" and any(g.lower_ in _FOUND for g in _governors(tok, hops=7)):
        return None  # "found an arsenal of rifles and grenades": weapons found are no attack
    actor_tok, target_tok = arguments(tok, etype, text[start:end])
    seizure = etype == "trafficking" and bool(_SEIZURE.search(text[start:end]))
    if seizure:
        actor_tok = target_tok = None  # who seized or found a load is not who trafficked it (docs/annotation.md §2.2)
    dateline = ctx.ann.dateline_start, ctx.ann.dateline_end
    if s_start < dateline[1] and s_end > dateline[0]:  # the parse is thrown by "CITY, Country —"
        passive = any(c.dep_ == "auxpass" for c in tok.children)
        if target_tok is not None and dateline[0] <= target_tok.idx < dateline[1]:
            target_tok = _after_dateline(sent, ctx.ann.dateline_end, tok) if passive else None
        if actor_tok is not None and dateline[0] <= actor_tok.idx < dateline[1] \
                or actor_tok is None and not passive and tok.dep_ == "ROOT" and not _subject_undergoes(text[start:end]):
            actor_tok = None if passive else _after_dateline(sent, ctx.ann.dateline_end, tok)
    if actor_tok is not None and target_tok is not None and actor_tok.i == target_tok.i:
        actor_tok = None
    if actor_tok is not None and actor_tok.lower_ in _WEAPONS | {"car", "blast", "explosion"}:
        actor_tok = None  # "a car bomb exploded": a weapon is not an actor
    if actor_tok is not None and etype in LEGAL and actor_tok.lower_ in _DOCUMENTS:
        actor_tok = None  # "an information charging them": a paper, not an authority
    if target_tok is None and etype in VIOLENT and " " in text[start:end].strip() and etype != "prison":
        target_tok = _next_noun(tok, sent)
    if actor_tok is not None and (dateline[0] <= actor_tok.idx < dateline[1] or actor_tok is target_tok):
        actor_tok = None
    if target_tok is not None and target_tok.ent_type_ in ("DATE", "TIME"):
        target_tok = None  # "charged on March 19, 2008", "attacked Saturday": a time the parse took for an object
    if target_tok is not None and target_tok.dep_ == "appos" and target_tok.head.tag_ in ("NNP", "NNPS"):
        target_tok = target_tok.head  # "Carlos Alvarenga Guillen, a Salvadoran national convicted of …": the one named
    if etype == "presence" and actor_tok is not None and actor_tok.dep_ == "appos" and actor_tok.head.tag_ in ("NNP", "NNPS"):
        actor_tok = actor_tok.head  # "Cártel de los Soles, the … enterprise based in Venezuela": the one named
    if etype == "presence" and actor_tok is not None and actor_tok.dep_ == "attr" and (subj := _child(actor_tok.head, "nsubj")) is not None \
            and subj.tag_ in ("NNP", "NNPS"):
        actor_tok = subj  # "Los Choneros is a gang based in Guayaquil": Los Choneros
    basis = "syntax"
    actor, actor_named, actor_full = _span_of(ctx, actor_tok)
    target, target_named, target_full = _span_of(ctx, target_tok)
    if target is not None and target[0] <= start < target[1] and end < target[1] and not re.search(r"\w", text[target[0] : start]):
        target = (end + len(text[end : target[1]]) - len(text[end : target[1]].lstrip()), target[1])  # "Designated the cartels …": the cartels
    if target is not None and (bullet := re.match(r"[-–—•*\s]+", text[target[0] : target[1]])) and bullet.end() < target[1] - target[0]:
        target = (target[0] + bullet.end(), target[1])  # a list item's dash is not part of the name
    # "charging him": the words stay the pronoun (the evidence is the sentence), the mention is the person it stands for
    if target_tok is not None and (who := _antecedent(ctx, target_tok, actor_full)) is not None:
        target_named = who
    if actor_tok is not None and (who := _antecedent(ctx, actor_tok, target_full)) is not None:
        actor_named = who
    if actor_named is None and actor is not None and actor_full is not None:
        actor_named = _named(ctx.mentions, *actor_full)
    mentioned = None  # a group named in the sentence that the parse does not tie to the act
    if actor is None and etype not in LEGAL and not seizure and (who := _PERPETRATORS.search(text, s_start, start)):
        actor, basis = who.span(), "sentence"
        actor_named = _named(ctx.mentions, s_start, start, ("group",))
        if actor_named is not None and not _LEADS_TO.fullmatch(text, actor_named.end, who.start()):
            mentioned = actor_named  # "Tren de Aragua gunmen" ties the gunmen to the group; "in Tren de Aragua territory, gunmen" does not
    if actor is None and etype in _COURT_EVENTS and (bench := _BENCH[etype].search(text, s_start, s_end)):
        actor, basis = bench.span(), "sentence"  # "sentenced by U.S. District Judge Ricardo M. Urbina", "a federal grand jury"
    if actor is None:
        # a court event's actor is the court, never an agency its sentence also names ("investigated by the FBI")
        kinds = () if etype in _COURT_EVENTS else ("agency",) if etype in LEGAL else ("group",)
        actor_named = _named(ctx.mentions, s_start, s_end, kinds) if kinds else None
        if actor_named is not None and target_named is not None and actor_named == target_named:
            actor_named = None
        actor = (actor_named.start, actor_named.end) if actor_named else None
        basis = "sentence" if actor else "none"
        if actor_named is not None and actor_named.kind == "group":
            mentioned = actor_named  # only named in the sentence: not said to have done it
    actor_text = text[actor[0] : actor[1]] if actor else ""
    if etype == "threat" and target_tok is not None and _ABSTRACT.match("x to " + text[target_tok.left_edge.idx : target_tok.right_edge.idx + len(target_tok.right_edge)]):
        return None  # "these groups threaten the safety of the American people": rhetoric, not a threat made
    if etype == "threat" and text[max(0, start - 6):start].lower().endswith(("life-", "life ")):
        return None  # "his condition is not life-threatening"
    if etype == "charge" and (tok.lower_ in _DOCUMENTS and (tok.dep_ == "nsubj" and tok.head.lower_ in _SAYING
                                                            or tok.dep_ == "pobj" and tok.head.head.lower_ == "according")
                              or any(g.lower_ in _DROPPING for g in _governors(tok, hops=3)) or _DUTY.match(text, end)):
        return None  # "according to the indictment", "agreed to dismiss charges", "is charged with ensuring"
    if etype == "attack" and target_tok is not None and _ABSTRACT_TARGET.search(
            text[target_tok.left_edge.idx : target_tok.right_edge.idx + len(target_tok.right_edge)]):
        return None  # "beat this threat", "an attack on the democratic process": a struggle or rhetoric, not an attack
    if etype == "charge" and text[start:start + 1].isupper() and re.search(r"\bin[- ]$", text[max(0, start - 4):start], re.I):
        return None  # "Special Agent-in-Charge of the Office of Inspector General": a title
    if _OFFENCE_LABEL.match(text, s_start) and text.find(":", s_start) < start:
        return None  # "Offense: Assault with a dangerous weapon": a field of a record, not a happening
    if etype == "killing" and tok.lower_.startswith(("execution", "ejecuci")) and _EXECUTION_OF.match(text, end):
        return None  # "in the execution of such regulations"
    if text[start:start + 1].isupper() and tok.i > tok.sent.start and tok.i + 1 < len(tok.doc) \
            and tok.nbor(1).tag_ in ("NNP", "NNPS") and tok.nbor(1).text[:1].isupper():
        return None  # a word of a name ("Missing and Murdered Indigenous Persons Awareness Day"), not a happening
    # "is a designated FTO", "a designated check-in station", "designating fentanyl as a WMD": no group designated here
    # ("the designated group" refers back to a designation, and stays)
    adjective = tok.dep_ in ("amod", "acomp") and not _bullet_verb(tok) and not any(
        c.dep_ == "det" and _w(c) in ("the", "this", "these") for c in tok.head.children)
    if etype == "designation" and (adjective or target_tok is not None and _NOT_DESIGNATED.search(
            text[target_tok.left_edge.idx : target_tok.right_edge.idx + len(target_tok.right_edge)])):
        return None
    if etype == "presence" and _RANKED.match(text, start, end) and not (_FRONTED_PLACE.match(sentence) or _PLACE_NEXT.match(text, end)):
        return None  # "TdA is the most violent gang": a rank with no place; "In Brazil, the PCC is among the most powerful"
    if etype == "presence" and not (actor_named is not None and actor_named.kind == "group" or _GROUPLIKE.search(actor_text)
                                    or _GROUP_PRONOUN.fullmatch(actor_text) and ctx.group_before(s_start, near=True)):
        return None  # "the violence will spread to Mazatlán": only a group is present somewhere
    if etype != "presence" and (generic := _compiled(language, "generic")) and _found_in(generic, text, max(s_start, start - 60), min(s_end, end + 60)):
        return None  # a generic, habitual or statistical statement: no specific happening (presence is a state, and "continues to" is its way)
    statement = ctx.statement_at(start)
    mode = modality(tok, statement, language)
    if etype in LEGAL and mode == "asserted" and (step := _compiled(language, "scheduled")) and _found_in(step, text, max(s_start, start - 45), min(s_end, end + 30)):
        mode = "future"  # "sentencing is scheduled for March 23", "faces up to 20 years when sentenced": not yet happened
    named_groups: list[tuple[Mention, str, tuple[int, int] | None]] = [
        (m, role, span) for role, span in (("actor", (actor_full or actor) if basis == "syntax" else None), ("target", target_full)) if span
        for m in ctx.mentions if m.kind == "group" and m.key and span[0] <= m.start and m.end <= span[1]
        and not _WHERE_BEFORE.search(text, span[0], m.start)  # "a vendor in Tren de Aragua territory" is no member
        and not (role == "actor" and target_full and target_full[0] <= m.start < target_full[1])]  # "X, who killed a Barrio 18 member"
    for role, person, tok_ in (("actor", actor_named, actor_tok), ("target", target_named, target_tok)):
        name = person.text if person is not None and person.kind == "person" else tok_.text if tok_ is not None and tok_.tag_ == "NNP" else None
        if name and not any(r == role for _, r, _ in named_groups) and (member := ctx.members.get(_surname(name))) is not None:
            named_groups.append((member[0], role, member[1]))  # "him": Guzmán, named before as "a leader of the Sinaloa Cartel"
    if mentioned is not None and mentioned.key:
        named_groups.append((mentioned, "mentioned", None))
    elif actor_named is not None and actor_named.kind == "group" and actor_named.key and not named_groups:
        named_groups.append((actor_named, "actor", actor_full or actor))
    if not named_groups and actor is not None and basis == "syntax" and (
            (back := _BACK_REFERENCE.search(text, actor[0], actor[1])) and (earlier := ctx.group_before(s_start)) is not None
            or etype == "presence" and (back := _GROUP_PRONOUN.fullmatch(text, actor[0], actor[1]))
            and (earlier := ctx.group_before(s_start, near=True)) is not None):  # "It also operates throughout South America"
        # "members of the gang had been paid to kill Ojeda", the gang named the sentence before
        named_groups.append((Mention(back.start(), back.end(), back.group(0), "REFERENCE", "group", "reference", earlier), "actor", actor_full or actor))
        basis = "reference"
    group_ties = ties(text, language, tok, named_groups, mode, statement)
    groups = {t.group for t in group_ties}
    attribution = None
    if actor and etype not in LEGAL:
        actor_ties = [t.strength for t in group_ties if t.role == "actor"] or (["mentioned"] if mentioned is not None and mentioned is actor_named else [])
        attribution = max(actor_ties, key=STRENGTHS.index) if actor_ties else _attribution(actor_text, tok, mode, language)
    category = _target_category(ctx, target_tok, target_named, etype, subtype) if target else None
    if target_named is not None and target_named.kind == "person":
        ctx.last_victim = target_named
    subtype = next((name for name, pattern in _compiled(language, "subtype").get(etype, ()) if pattern.search(sentence)), subtype)
    return {
        "type": etype, "subtype": subtype, "trigger": (start, end), "sentence": (s_start, s_end), "noun": noun,
        "actor": actor, "actor_mention": actor_named, "actor_basis": basis, "attribution": attribution,
        "target": target, "target_mention": target_named, "target_category": category, "target_tok": target_tok,
        "groups": groups, "ties": group_ties, "modality": mode,
    }


def _offence_of(tok, legal_tokens: set[int]) -> int | None:
    """The legal trigger a crime word is the offence of ("charged with murder"), if any."""
    seen = 0
    while seen < 6 and tok.dep_ in _PATH_TO_OFFENCE and tok.head is not tok:
        if tok.dep_ == "advcl" and _child(tok, "nsubj", "nsubjpass") is not None:
            return None
        tok = tok.head
        seen += 1
        if tok.i in legal_tokens:
            return tok.i
    return None


def _victims(found: dict, sentence: str, language: str) -> tuple[int | None, int | None]:
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


def _merge(events: list[dict]) -> list[dict]:
    """One event per sentence and type, the first trigger kept and its gaps
    filled from the others; a killing absorbs the attack in its sentence."""
    by_key: dict[tuple, dict] = {}
    for e in events:
        key = (e["sentence"], e["type"], e["modality"] in ("future", "hypothetical"))
        kept = by_key.get(key)
        if kept is None:
            by_key[key] = e
            continue
        for field in ("actor", "actor_mention", "target", "target_mention", "target_category", "target_tok", "attribution", "fatalities", "injured"):
            if kept.get(field) is None and e.get(field) is not None:
                kept[field] = e[field]
                if field == "actor":
                    kept["actor_basis"] = e["actor_basis"]
        kept["groups"] |= e["groups"]
        kept["ties"] = merge_ties(kept["ties"], e["ties"])
        if e["rank"] < kept["rank"] and e["subtype"]:
            kept["subtype"], kept["rank"] = e["subtype"], e["rank"]
    kept = list(by_key.values())
    killings = {(e["sentence"], e["modality"]) for e in kept if e["type"] == "killing"}
    abductions = {e["sentence"] for e in kept if e["type"] == "abduction"}
    return [
        e for e in kept
        if not (e["type"] == "attack" and (e["sentence"], e["modality"]) in killings)
        and not (e["type"] == "disappearance" and e["sentence"] in abductions)
    ]


def find_events(doc, text: str, ann: Annotations, published: str | None, language: str, segs: tuple | None = None) -> list[Event]:
    """Every event the document reports, future and hypothetical ones included
    (the store keeps only what happened; see ``Event.happened``)."""
    if language not in TRIGGERS or not doc.has_annotation("DEP"):
        return []
    ctx = _Context(doc, text, ann, published, language, segs)
    hits = []
    for rank, (start, end, etype, subtype) in enumerate(triggers(text, language)):
        span = None if ctx.owned(start, end) else doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            root = span.root
            hits.append((root.head if root.dep_ == "amod" and etype == "threat" else root, start, end, etype, subtype))  # "threatening messages"
    legal = {tok.i: etype for tok, _, _, etype, _ in hits if etype in LEGAL}
    offences: dict[int, list[str]] = {}
    kept = []
    for tok, start, end, etype, subtype in hits:
        owner = _offence_of(tok, set(legal)) if etype not in LEGAL | {"prison", "presence"} else None
        if owner is not None:
            offences.setdefault(owner, []).append(etype)
            continue
        if etype == "charge" and tok.tag_.startswith("NN") and _offence_of(tok, {i for i, t in legal.items() if t in ("arrest", "conviction")}) is not None:
            continue  # "arrested on charges of robbery", "pleaded guilty to a charge of manslaughter": the other event's offence
        found = _read(ctx, tok, start, end, etype, subtype, tok.sent)
        if found is None:
            continue
        found["tok"], found["rank"] = tok, _RANK[language][(etype, found["subtype"])] if (etype, found["subtype"]) in _RANK[language] else 99
        sentence = text[found["sentence"][0] : found["sentence"][1]]
        found["fatalities"], found["injured"] = _victims(found, sentence, language)
        kept.append(found)
    for f in kept:
        f["offences"] = offences.get(f["tok"].i, [])
    events = [event for f in _merge(kept) for event in _events(ctx, f)]
    # A presence claim is a named group's, in a place its sentence names: "cartels operate in a diffuse way" and
    # "has infiltrated the regime" place no group anywhere (docs/annotation.md §5).
    events = [e for e in events if e.type != "presence" or e.groups and (
        e.place_basis == "sentence" or e.place and _PLACE_BACK.search(text, e.trigger_end, e.evidence_end))]
    return _dated_by_the_story(_one_happening(events, text, language), ctx)


def _dated_by_the_story(events: list[Event], ctx: _Context) -> list[Event]:
    """An event its own sentence gives no time takes the date the document gives that kind of happening
    elsewhere, when it gives one date only and the report is that happening told again: the headline or lede
    ("Taco Bell killer pleads guilty", then "pleaded guilty Monday"), a definite reference ("the explosion",
    "los asesinatos"), or the same named person ("Ledbetter opened fire"). Never a presence claim, never in a
    list of cases, where each item is its own, nor for a step the text tells apart ("the other three defendants
    previously pleaded guilty", event_lexicon.ANOTHER)."""
    text = ctx.text
    dated: dict[str, list[Event]] = {}
    for e in events:
        if e.happened and e.incident and e.date_basis == "sentence" and item_at(text, ctx.segments, e.trigger_start) is None:
            dated.setdefault(e.type, []).append(e)
    lede_end = ctx.ann.sentences[0].end if ctx.ann.sentences else 0
    out = []
    for e in events:
        told = dated.get(e.type, [])
        days = {(d.date_value, d.date_begin, d.date_end, d.date_precision) for d in told}
        if e.happened and e.incident and e.date_basis == "published" and len(days) == 1 \
                and item_at(text, ctx.segments, e.trigger_start) is None \
                and not ANOTHER.search(text[max(0, e.trigger_start - 40) : e.trigger_start] + " " + (e.target_text or "")) \
                and (e.evidence_start < lede_end or e.nominal and DEFINITE.search(text, max(0, e.trigger_start - 30), e.trigger_start)
                     or any(_name_words(e.target_text) & _name_words(d.target_text) for d in told)):
            value, begin, end, precision = next(iter(days))
            e = replace(e, date_value=value, date_begin=begin, date_end=end, date_precision=precision, date_basis="story")
        out.append(e)
    return out




_FATAL = {  # around the trigger: "fatally stabbed", "shot to death", "left him dead"
    "en": (re.compile(r"\bfatal(?:ly)?\s+(?:\w+\s+)?$", re.I), re.compile(r"\s*(?:\w+\s+){0,2}?(?:to death|dead)\b", re.I)),
    "es": (re.compile(r"\bmortalmente\s+$", re.I), re.compile(r"\s*(?:\w+\s+){0,2}?(?:hasta (?:la|causarle la) muerte|sin vida|mortalmente)\b", re.I)),
}


def _one_happening(events: list[Event], text: str, language: str) -> list[Event]:
    """An attack the document also reports as a killing is that killing told again: the shooting or stabbing
    its words call fatal ("was fatally stabbed", "shot to death"), or one whose victim is the victim of a
    killing the document reports ("Vasquez stabbed Welch" in the story of Welch's killing). Its type follows
    the happening, so it is not counted as an attack of its own. A killing "nearly" done is an attack."""
    fatal = _FATAL.get(language)
    events = [replace(e, type="attack") if e.type == "killing" and e.happened
              and _NEARLY.search(text[max(e.evidence_start, e.trigger_start - 20) : e.trigger_start]) else e for e in events]
    killed = [e for e in events if e.type == "killing" and e.happened and not _INTENT.match(e.trigger)]
    victims = {w for e in killed for w in _name_words(e.target_text)}
    out = []
    for e in events:
        if e.type == "attack" and e.happened:
            told_fatal = fatal is not None and (fatal[0].search(text, max(e.evidence_start, e.trigger_start - 25), e.trigger_start)
                                                or fatal[1].match(text, e.trigger_end, min(e.evidence_end, e.trigger_end + 30)))
            if told_fatal or victims & _name_words(e.target_text):
                e = replace(e, type="killing")
        out.append(e)
    return out


_INTENT = re.compile(r"(?:kill|matar)$", re.I)  # "with intent to kill", "amenazó con matar": no killing told
_NEARLY = re.compile(r"\b(?:nearly|almost|casi|por poco)\s+$", re.I)


def _name_words(phrase: str | None) -> set[str]:
    """The capitalised words of a phrase that name someone ("Rufus Church", "Welch"), not its first word alone."""
    return {w for w in re.findall(r"\b[A-Z][a-z'’]+\b", phrase or "") if w.lower() not in _NOT_NAMES}


_NOT_NAMES = {"the", "a", "an", "he", "she", "his", "her", "they", "their", "police", "el", "la", "los", "las", "un", "una"}


def _events(ctx: _Context, f: dict) -> list[Event]:
    """The event a trigger reports; a presence report names one event per place ("in Chile, Peru and Colombia")."""
    if f["type"] != "presence":
        return [_event(ctx, f)]
    tok, text = f["tok"], ctx.text
    after = [
        m for m in ctx.ann.mentions
        if m.kind == "place" and m.key and tok.idx <= m.start < f["sentence"][1]
        and (m.label != "NORP" or _AREA_AFTER.match(text, m.end))  # "in all 27 Brazilian states"
    ]
    if len(after) < 2 and not any(m.label == "NORP" for m in after):
        return [_event(ctx, f)]
    places = {p.key: p for p in ctx.ann.places}
    keys = list(dict.fromkeys(m.key for m in after))  # "in Texas ... and again Texas": one report per place
    keys = [k for k in keys if not any(_within(places.get(other), places.get(k)) for other in keys)]
    return [_event(ctx, f, place=places.get(k)) for k in keys]


def _within(inner, outer) -> bool:
    """Whether place ``inner`` lies in the larger place ``outer`` ("Aurora, Colorado": one place, written twice)."""
    return inner is not None and outer is not None and outer.country != "" and outer.kind in ("country", "admin1") \
        and inner.kind not in ("continent", "country", outer.kind) and within(inner, outer)


# "convicted of assault, apprehended in Houston": the arrest's place, not the court's
_ARRESTED_AT = {"en": re.compile(r"\b(?:apprehended|arrested|detained|captured|caught|nabbed|picked up|taken into custody)\s+"
                                 r"(?:[\w-]+\s+){0,3}?(?:in|at|near)\s+(?:the\s+)?$", re.I),
                "es": re.compile(r"\b(?:detenid[oa]s?|capturad[oa]s?|aprehendid[oa]s?|arrestad[oa]s?)\s+(?:[\wáéíóúñ]+\s+){0,3}?en\s+(?:el\s+|la\s+)?$", re.I)}
_DESTINATION = {"en": re.compile(r"\b(?:to|into)\s+(?:the\s+)?$", re.I), "es": re.compile(r"\b(?:a|hacia)\s+(?:el\s+|la\s+)?$", re.I)}


def _not_where(ctx: _Context, f: dict):
    """Which place mentions of the event's sentence are not where it happened: where someone lives or comes
    from (anchor.home), and for an extradition or deportation any place but the one the person was sent to
    ("arrested in Mexico City and extradited to the United States": the destination, docs/annotation.md §2.4)."""
    text, language = ctx.text, ctx.language
    sent_to = set()
    if f["type"] == "extradition" and language in _DESTINATION:
        s_start, s_end = f["sentence"]
        sent_to = {m.start for m in ctx.ann.mentions if m.kind == "place" and s_start <= m.start < s_end
                   and _DESTINATION[language].search(text, max(s_start, m.start - 12), m.start)}
    arrested_at = _ARRESTED_AT.get(language) if f["type"] in _COURT_EVENTS else None
    seat = f["type"] != "presence"  # a group "based in Venezuela" is present there: its seat is the claim
    return lambda m: bool(sent_to) and m.start not in sent_to or seat and home(text, m.start, m.end, language) or bool(
        arrested_at and arrested_at.search(text, max(f["sentence"][0], m.start - 60), m.start))


_COURT_EVENTS = {"charge", "conviction"}
# The district in an officer's title names the document's court, not where this sentence's act took place:
# "…, U.S. Attorney for the Eastern District of New York Benton J. Campbell announced", "U.S. Attorney John C.
# Richter for the Western District of Oklahoma".
_TITLE_DISTRICT = re.compile(r"\b(?:Attorneys?(?:\s+General)?|Attorney['’]s\s+Office|Marshals?(?:\s+Service)?|Defenders?)(?:\s+[A-Z][\w.’'-]*){0,4}\s+(?:for|of|in)\s+"
                             r"the\s+(?:[A-Z]\w+\s+)?District\s+of\s+(?:the\s+)?$")
_AT = {"in", "at", "en", "ante"}
_JUDGE = (r"(?:(?:Chief|Senior|Acting|Presiding)\s+)*(?:U\.S\.\s+|United\s+States\s+|Federal\s+|State\s+)?(?:(?:District|Magistrate|Circuit|"
          r"Superior|Bankruptcy|Criminal|Municipal|Supreme|Appeals|Court|[A-Z][a-z]+\s+(?:County\s+)?Circuit)\s+)*Judge\s+(?:[A-Z][\w.'’-]*\s+){0,3}"
          r"[A-Z][\w'’-]+|\b(?:[Uu]n|[Ee]l|[Ll]a)\s+(?:juez|jueza|tribunal|juzgado|corte)\b(?:\s+[\wáéíóúñ]+){0,3}?(?:\s+de\s+[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+)?")
_SEAT_AFTER = r"(?:\s+(?:in|for)\s+(?:the\s+)?[A-Z][\w.]*(?:\s+(?:of\s+)?[A-Z][\w.]*){0,4})?"
_BENCH = {  # who convicts or sentences, and who indicts, when the parse names no one (docs/annotation.md §2.4: the authority)
    "conviction": re.compile(rf"{_JUDGE}|\b(?:[Aa]n?|[Tt]he)\s+(?:federal\s+|state\s+|trial\s+|county\s+)?jury{_SEAT_AFTER}"
                             rf"|\b(?:the\s+)?U\.S\.\s+District\s+Court{_SEAT_AFTER}"),
    "charge": re.compile(rf"\b(?:[Aa]n?|[Tt]he)\s+(?:federal\s+|state\s+|county\s+|[A-Z][a-z]+\s+(?:County\s+)?)?grand\s+jury{_SEAT_AFTER}"),
}


def _court_place(ctx: _Context, f: dict, alone: bool, where):
    """Where a charge, plea or sentence took place: the court its sentence names ("indicted by a grand jury in the
    District of Massachusetts"); else, unless the sentence puts the act itself somewhere ("convicted in Mexico in
    2005") or it is an item of a list, the court the document names most (docs/annotation.md §2.4: court events
    happen at the court). None: the ordinary rule stands."""
    s_start, s_end = f["sentence"]
    places = {p.key: p for p in ctx.ann.places}
    here = [m for m in ctx.courts if s_start <= m.start < s_end and not _TITLE_DISTRICT.search(ctx.text, max(0, m.start - 80), m.start)]
    if here:
        return places[min(here, key=lambda m: abs(m.start - f["trigger"][0])).key], "sentence"
    if alone or ctx.court is None:
        return None
    for m in ctx.ann.mentions:
        if m.kind == "place" and s_start <= m.start < s_end and not ctx.ann.dateline_start <= m.start < ctx.ann.dateline_end:
            span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
            head = span.root.head if span is not None else None
            if head is not None and head.lower_ in _AT and head.head.i == f["tok"].i:
                return None
    court, ordinary = places[ctx.court], where.place
    if ordinary is not None and ordinary.country == court.country and (court.kind == "country" or court.kind == "admin1" and ordinary.admin1 == court.admin1):
        return None  # "a wholesaler in Miami pleaded guilty", the Southern District of Florida the court: Miami is no less right, and finer
    return court, "document"


def _whose_time(ctx: _Context, trigger, t) -> int:
    """How a time expression of the trigger's sentence stands to it in the parse: 0 when it hangs from the trigger
    ("convicted by a jury on Feb. 25, 2008", "a man killed 10 people on March 10" in a sentence that opens with
    "Sunday's rampage"), 1 from a verb coordinated with it ("arrested … on Dec. 5, 2007, and extradited … on
    April 24, 2008": the arrest's date, when the extradition had none), 2 otherwise. The closest of the lowest
    rank is taken. (Leaving out the dates that hang from a noun or a relative clause, "a return for the year
    2000", "who served from 1982 to 2005", was tried: the events left undated lost more than it saved.)"""
    span = ctx.doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None:
        return 2
    node, shared = span.root, {c.i for c in trigger.conjuncts}
    for _ in range(12):
        if node.i == trigger.i:
            return 0
        if node.i in shared:
            return 1
        if node.head.i == node.i:
            return 2
        node = node.head
    return 2


def _event(ctx: _Context, f: dict, place=None) -> Event:
    text = ctx.text
    said = ctx.statement_at(f["trigger"][0])
    within = (said.content_start, said.content_end) if said is not None else None
    # not where someone lives or comes from; in a list of cases, nothing from outside the item
    alone = item_at(text, ctx.segments, f["trigger"][0]) is not None
    record = _record(f["tok"], f["type"])  # "a national with a conviction for rape": where and when, the story does not say
    where = locate(ctx.ann, *f["trigger"], ctx.published, most_specific=True, dates_within=within,
                   skip=_not_where(ctx, f), document=not (alone or record), date_rank=lambda t: _whose_time(ctx, f["tok"], t))
    if place is not None:
        where = replace(where, place=place, place_basis="sentence")
    elif f["type"] in _COURT_EVENTS and (court := _court_place(ctx, f, alone, where)) is not None:
        where = replace(where, place=court[0], place_basis=court[1])
    actor, target = f["actor"], f["target"]
    actor_named, target_named = f["actor_mention"], f["target_mention"]
    return Event(
        type=f["type"],
        subtype=f["subtype"],
        trigger=text[f["trigger"][0] : f["trigger"][1]],
        trigger_start=f["trigger"][0],
        trigger_end=f["trigger"][1],
        evidence_start=f["sentence"][0],
        evidence_end=f["sentence"][1],
        modality=f["modality"],
        actor_text=text[actor[0] : actor[1]] if actor else None,
        actor_span=actor,
        actor_mention=(actor_named.start, actor_named.end) if actor_named else None,
        actor_kind=actor_named.kind if actor_named else ("unnamed" if actor else None),
        actor_basis=f["actor_basis"],
        attribution=f["attribution"],
        target_text=text[target[0] : target[1]] if target else None,
        target_span=target,
        target_mention=(target_named.start, target_named.end) if target_named else None,
        target_category=f["target_category"],
        groups=tuple(sorted(f["groups"])),
        ties=f["ties"],
        offences=tuple(dict.fromkeys(f.get("offences", ()))),
        fatalities=f["fatalities"],
        injured=f["injured"],
        place=where.place.key if where.place else None,
        place_precision=where.place_precision,
        place_basis=where.place_basis,
        date_value=where.date_value,
        date_begin=where.date_begin,
        date_end=where.date_end,
        date_precision=where.date_precision,
        date_basis=where.date_basis,
        confidence=_confidence(f["actor_basis"], f["attribution"], f["noun"], f["modality"]),
        nominal=f["noun"],
    )
