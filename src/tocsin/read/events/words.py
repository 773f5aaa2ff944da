"""Event words: the triggers of the vocabulary in a sentence, whether a trigger names a specific happening, and
counts of people.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..event_lexicon import (
    CHARGED_CRIMES,
    CONTEXT,
    FUNCTION_WORDS,
    GENERIC,
    LEGAL,
    NOT_DELIBERATE,
    SCHEDULED,
    SUBTYPE_CUES,
    SUSPECT_NOUNS,
    TRIGGERS,
)
from ..alternation import alternation
from ..date_words import MONTHS, WEEKDAYS
from ..count_lexicon import COUNT_FORMS, DEAD, HURT, NUMBER_WORDS
from ..placedb import fold
from ..target_lexicon import TARGET_CATEGORIES

_BRINGING = {"brought", "bring", "brings", "bringing", "filed", "file", "files", "filing", "lodged", "pressed", "levied", "unsealed",
             "returned", "announced", "announce", "announces", "unveiled", "imposed", "issued", "presentó", "presentaron", "formuló", "formularon"}
_APPEARING = {"appeared", "appears", "appear", "appearing", "compareció", "comparecieron"}  # "appeared for arraignment": in court for the step
_SPECIFIC_PREPS = {"of", "on", "against", "by", "at", "in", "near", "outside", "inside", "to", "from", "into"}
_THREAT_NOUN = re.compile(r"death threats?|threats? (?:against|to|from)|received (?:\w+ )?threats|threatening (?:messages|calls|letters|notes|pamphlets)|"
                          r"amenazas? de muerte|amenazas? (?:contra|a|de)\b|recibi\w* (?:\w+ ){0,2}amenazas|(?:mensajes|llamadas|cartas|panfletos) amenazantes", re.I)
_VERBS_OF_DOING = {"cometió", "cometieron", "perpetró", "perpetraron", "ordenó", "ordenaron", "ejecutó", "planificó", "planeó", "dirigió", "detrás", "responsable", "responsables", "autor", "autores", "carried", "committed", "perpetrated", "ordered", "claimed", "staged", "launched", "behind",
                   "responsible", "conducted", "led", "executed", "planned", "masterminded", "ran", "runs", "run",
                   "has", "have", "had", "maintains", "established", "built", "sent", "sending", "send", "made", "making"}
_MONTH_BEFORE = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.? $")
_OCCURRED = {"ocurrió", "estalló", "comenzó", "dejó", "dejaron", "broke", "erupted", "occurred", "happened", "began", "started", "took", "left", "killed", "wounded"}
# the nouns a trigger may name the kind of, as a compound, and which are then the happening ("a stabbing spree", "the
# shooting incident"), and the nouns of several happenings told as one run ("the string of shootings that took place")
_INCIDENTS = {"spree", "sprees", "rampage", "rampages", "incident", "incidents", "episode", "ordeal", "attempt", "attack", "attacks",
              "ataque", "incidente"}
_RUNS = {"string", "series", "spate", "wave", "rash", "cadena", "serie", "ola"}
# The kinds of act one "the" makes one happening after "involved in" ("was involved in the kidnapping of a lieutenant"),
# where a trade stays what a group does ("involved in the trafficking of fentanyl", "the extortion of businesses")
_ONE_ACT = {"killing", "attack", "abduction", "disappearance", "robbery"}
_DEFINITE = {"the", "this", "that", "el", "la", "este", "esta", "ese", "esa"}
_ENGAGES = {"dedica", "dedicada", "dedicado", "involucrada", "involucrado", "engages", "engage", "engaged", "involved", "specializes", "specialises", "dedicated"}
_ABSTRACT = re.compile(r"^\w+ (?:to|against) (?:(?:the|our|its|their|all|every|American|U\.S\.|global|national|public|regional|economic|"
                       r"financial|free|international|critical|hemispheric)\s+)*(?:safety|security|stability|national|public|hemisphere|"
                       r"region|nation|country|democracy|order|interests?|homeland|way of life|lives|peoples?|communities|markets?|"
                       r"systems?|health|well-being|sovereignty|territory|economy|world|United States|Americans?|institutions)", re.I)
_POSING = {"pose", "poses", "posed", "posing", "represent", "represents", "represented", "constitute", "constitutes", "counter",
           "address", "combat", "combating", "confront", "remove", "removing", "face", "faces", "facing", "plantean", "representan"}
_RACKETS = {"red", "redes", "esquema", "esquemas", "racket", "rackets", "ring", "rings", "network", "networks", "scheme", "schemes"}
_PAYING = {"pagaba", "pagaban", "pagó", "pagaron", "pagar", "paid", "pay", "pays", "paying"}
_RECEIVING = {"recibido", "recibida", "recibidos", "recibió", "recibieron", "recibía", "recibían", "received", "receive", "receives", "faced", "face", "faces", "got"}
_TREND = {"crece", "creció", "aumentó", "aumenta", "aumentaron", "disminuyó", "cayó", "duplicó", "sigue", "siguen", "grow", "grows", "grew", "grown", "rise", "rises", "rose", "risen", "increase", "increased", "increases", "surge", "surged", "surges", "soar", "soared", "soars", "spike", "spiked", "spikes",
          "jumped", "skyrocketed", "plummeted", "plunged", "dropped", "fall",
          "fell", "fallen", "double", "doubled", "decline", "declined", "spread", "spreads", "continue", "continues"}
_GENERIC = {"común", "frecuente", "habitual", "principal", "creciente", "problema", "negocio", "fuente", "common", "widespread", "rampant", "frequent", "rare", "endemic", "routine", "pervasive", "main", "biggest",
            "growing", "rising", "problem", "business", "source"}


_NO_ONE = {"no", "every", "each", "any", "ningún", "ningun", "cada", "cualquier"}  # determiners that name no one suspect


def _w(tok) -> str:
    """A token's lower-case text; a function word of another language as its English counterpart ("por" → "by")."""
    table = FUNCTION_WORDS.get(tok.lang_)
    return table.get(tok.lower_, tok.lower_) if table else tok.lower_


def _child(tok, *deps):
    return next((c for c in tok.children if c.dep_ in deps), None)


def _prep_object(tok, *words):
    """The object of the first of a token's prepositions written as one of ``words`` ("against Mills"), not a date."""
    for c in tok.children:
        if c.dep_ in ("prep", "agent") and _w(c) in words:
            obj = _child(c, "pobj", "pcomp")
            if obj is not None and not _a_date(obj):  # "on January 20" says when, not to whom
                return obj
    return None


_HANDS = {"hands", "manos"}


def hands_of(tok):
    """The doer of "at the hands of X" or "a manos de X" ("murdered at the hands of a gunman", "murió a manos de
    sicarios"): X, the object of the "of" on the hands, where the parse hangs the hands on the act (through "at" or
    "a", or as its object), or X itself where the Spanish model reads "a manos de" as one preposition (its "a"
    holding "manos de" fixed); None where there are no such hands."""
    for c in tok.children:
        if any(k.dep_ == "case" and any(f.dep_ == "fixed" and f.lower_ in _HANDS for f in k.children) for k in c.children):
            return c
        hands = c if c.lower_ in _HANDS and c.dep_ in ("dobj", "obl", "npadvmod") else \
            _child(c, "pobj") if c.dep_ == "prep" and _w(c) in ("at", "to") else None
        if hands is not None and hands.lower_ in _HANDS and (who := _prep_object(hands, "of")) is not None:
            return who
    return None


def _a_date(tok) -> bool:
    """The token heads a date: a date entity, or, for the Spanish model, which tags no dates, a month or weekday or
    a number with a month under it ("el tiroteo del 18 de julio": when, not whom)."""
    if tok.ent_type_ in ("DATE", "TIME"):
        return True
    if tok.lang_ != "es":
        return False
    return fold(tok.lower_) in MONTHS or fold(tok.lower_) in WEEKDAYS or (
        tok.like_num and any(fold(t.lower_) in MONTHS for t in tok.subtree))


@lru_cache(maxsize=None)
def _patterns(language: str) -> list[tuple[str, str | None, re.Pattern]]:
    return [(t, sub, re.compile(rf"\b(?:{alternation(pat, re.I)})\b", re.I)) for t, sub, pat in TRIGGERS[language]]


@lru_cache(maxsize=None)
def _compiled(language: str, table: str):
    if table == "not deliberate":
        return {k: re.compile(v, re.I) for k, v in NOT_DELIBERATE[language].items()} if language in NOT_DELIBERATE else None
    if table in ("scheduled", "generic"):
        patterns = {"scheduled": SCHEDULED, "generic": GENERIC}[table]
        return re.compile(patterns[language], re.I) if language in patterns else None
    source = {"context": CONTEXT, "subtype": SUBTYPE_CUES}[table][language]
    if table == "context":
        return {k: re.compile(v, re.I) for k, v in source.items()}
    return {k: [(name, re.compile(p, re.I)) for name, p in rows] for k, rows in source.items()}


@lru_cache(maxsize=None)
def _categories(language: str) -> list[tuple[str, re.Pattern]]:
    """The category patterns, each word whole: a category word inside a longer word or a name says nothing ("court"
    in Courtney, "marshal" in Marshall, "shop" in Bishop, "airman" in chairman, "miner" in examiner, "faction" in
    satisfaction, "consul" in consultant), while a prefix of office or size still counts ("exgobernador", "exfiscal",
    "microempresario", "vicegobernador") and the lexicon writes the compounds it means ("steelworkers"). "civilian",
    never returned by ``_category_of``, is left as written ("schoolchildren", "grandmother"). A word may end in an "s"
    the folded text leaves of a possessive ("the army's", folded "the armys")."""
    return [(name, re.compile(p if name == "civilian" else rf"(?:(?<![^\W_])|{_PREFIXES})(?:{p})s?(?![^\W\d_])", re.I))
            for name, p in TARGET_CATEGORIES[language]]


# The prefixes a category word may be glued to: "exfiscal", "expolicía", "microempresario", "vicegobernador"; not
# before the first word of a pattern, which opens with its own boundary ("vicealcalde" gives no category)
_PREFIXES = "|".join(rf"(?<=\b{p})" for p in ("ex", "exs", "micro", "sub", "vice", "co"))


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
    """(start, end, type, subtype) of every trigger, the earlier type winning an overlap (a presence claim and a
    happening do not overlap: each keeps its words), in text order; but a legal
    step whose phrase holds a crime word ("faces murder charges", "faces child rape charges") takes its place: the
    crime is the step's offence (docs/annotation.md §2.2), not a happening told."""
    found: list[tuple[int, int, str, str | None]] = []
    squeezed, where = _squeezed(text)
    for etype, subtype, pattern in _patterns(language):
        for m in pattern.finditer(squeezed):
            s, e = where[m.start()], where[m.end() - 1] + 1
            # a presence claim is a state, not a happening competing for the words: "runs extortion rackets in Culiacán"
            # tells both the group's presence and what it does there, so the two kinds never push each other out
            inside = [t for t in found if s < t[1] and t[0] < e and (t[2] == "presence") == (etype == "presence")]
            if inside and not (etype in LEGAL and all(s <= t[0] and t[1] <= e and t[2] not in LEGAL for t in inside)):
                continue
            found = [t for t in found if t not in inside]
            found.append((s, e, etype, subtype))
    return sorted(found)


def _specific(tok, etype: str, text: str) -> bool:
    """A noun trigger names a happening, not a phenomenon: it has a
    determiner, a possessor, a number or an argument, or something was done to it."""
    if etype == "threat":  # "death threats", not "a threat to the hemisphere", "they pose a threat", "removing these threats"
        return tok.dep_ != "attr" and tok.head.lower_ not in _POSING and bool(_THREAT_NOUN.search(text)) \
            and not _ABSTRACT.search(text[text.lower().find("threat"):])
    if tok.dep_ in ("compound", "amod", "nmod") and tok.head.lower_ in _INCIDENTS and tok.head.tag_.startswith("NN"):
        return _specific(tok.head, etype, text)  # "a stabbing spree in Guizhou", "the shooting incident": the incident's own words
    if _occurred(tok) or tok.dep_ == "pobj" and tok.head.head.lower_ in _RUNS and _occurred(tok.head.head):
        return True  # "the killings that took place in May", "the string of shootings that occurred yesterday"
    one = any(c.dep_ == "det" and _w(c) in ("a", "an", "un", "una") for c in tok.children) and tok.tag_ == "NN" \
        or etype in _ONE_ACT and tok.tag_ == "NN" and any(c.dep_ == "det" and _w(c) in _DEFINITE for c in tok.children)
    if not one and (tok.dep_ == "pobj" and tok.head.head.lower_ in _ENGAGES
                    or tok.dep_ == "conj" and tok.head.dep_ == "pobj" and tok.head.head.head.lower_ in _ENGAGES):
        return False  # "the group engages in extortion and kidnapping": what it does, not a happening ("was involved in a
        # shooting" is one)
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
    if etype == "arrest" and tok.dep_ == "pobj" and _w(tok.head) == "under":
        return True  # "was placed under arrest"
    if tok.dep_ == "compound" and tok.head.lower_ in SUSPECT_NOUNS and tok.head.tag_ != "NNS" \
            and any(c.dep_ in ("det", "poss") and _w(c) not in _NO_ONE for c in tok.head.children):
        return True  # "a murder suspect", "the burglary suspect": one suspected of a crime that happened (alleged: modality);
        # not "35 homicide suspects locked up", a tally, nor "no burglary suspect", "every murder suspect": no one
    if etype in LEGAL and _record_of(tok):
        return True  # "a national with convictions for burglary", where the parse hangs "for" on "national"
    if tok.dep_ == "pobj" and tok.head.lower_ in ("del", "al") and tok.i + 1 < len(tok.doc) \
            and tok.doc[tok.i + 1].lower_ in ("de", "del", "a", "al", "contra"):
        return True  # "responsable del secuestro del exteniente": the article is in the contraction, as in "de el", and
        # the act has its own party; not "el aumento del secuestro", "el delito del secuestro" (the crime as a kind)
    for c in tok.children:
        if c.dep_ == "det" and _w(c) not in ("every", "each"):
            return True
        if c.dep_ in ("poss", "nummod") or (c.dep_ == "prep" and _w(c) in _SPECIFIC_PREPS):
            return True
        if etype in LEGAL and (c.dep_ == "prep" and _w(c) == "for" or c.dep_ == "amod" and _w(c) in ("pending", "federal", "criminal")
                               or c.dep_ == "compound" and _w(c) in CHARGED_CRIMES):
            return True  # a person's record: "with convictions for criminal contempt", "with pending drug charges"
        if c.dep_ in ("compound", "amod") and c.tag_ in ("NNP", "NNPS", "CD"):
            return True
    head = tok.head
    if tok.dep_ == "nsubj" and head.lower_ in _OCCURRED:  # "riots broke out in six prisons"
        return True
    if etype in LEGAL and tok.dep_ == "dobj" and head.lower_ in _BRINGING:
        return True  # "prosecutors brought charges", "filed charges"
    if etype in LEGAL and tok.dep_ == "pobj" and head.lower_ in ("for", "at") and head.head.lower_ in _APPEARING:
        return True  # "both men appeared for arraignment", "appeared at sentencing": the step took place
    return tok.dep_ in ("dobj", "nsubjpass", "nsubj") and head.lower_ in _VERBS_OF_DOING | _PAYING | _RECEIVING


def _occurred(tok) -> bool:
    """Whether a noun's relative clause says it took place ("that took place in Texas", "which occurred on Monday")."""
    return any(c.dep_ == "relcl" and c.lower_ in _OCCURRED - {"left", "killed", "wounded", "dejó", "dejaron"}
               and any(s.dep_ == "nsubj" and s.tag_ in ("WDT", "WP") for s in c.children) for c in tok.children)


def _record_of(tok) -> bool:
    """A legal noun of a person's record, followed by what it was for ("with convictions for burglary", "with a
    conviction for assault and arrests for robbery"): the parse often hangs the "for" on the person, not the noun."""
    after = next((t for t in tok.doc[tok.i + 1 : tok.i + 4] if not t.is_space), None)
    if after is None or after.lower_ != "for":
        return False
    for t in [tok, *tok.ancestors][:7]:  # up through the list the noun stands in, to the "with" that opens the record
        if t.dep_ == "pobj" and t.head.lower_ == "with":
            return True
        if t.dep_ not in ("conj", "pobj", "prep"):
            return False
    return False


def _category_of(words: str, language: str) -> str | None:
    folded = fold(words)
    return next((name for name, p in _categories(language) if name != "civilian" and p.search(folded)), None)


# The words by which a description is a chance, not a fact: "may have been a Marine", "possibly a soldier", "podría ser policía"
_CHANCE = {"possibly", "perhaps", "maybe", "probably", "likely", "posiblemente", "quizá", "quizás", "probablemente", "podría",
           "podrían", "pudo", "puede", "habría"}


def chanced(tok) -> bool:
    """Whether a verb or a noun is said as a chance, a question or not at all ("may have been", "Was he …?", "possibly a
    soldier", "was not driving"): what it says is no description of anyone."""
    return any(c.dep_ == "neg" or c.tag_ == "MD" or c.lower_ in _CHANCE and c.dep_ in ("advmod", "aux") for c in tok.children) \
        or any(c.dep_.startswith("nsubj") and c.i > tok.i for c in tok.children) and tok.sent.text.rstrip().endswith("?")


# What a Spanish "por" gives as the reason, not the doer: "fue detenido por el homicidio del comerciante", "condenado por
# extorsión" (the English "for")
REASONS = re.compile(r"(?:homicidio|asesinato|feminicidio|secuestro|robo|hurto|asalto|extorsi[oó]n|narcotr[aá]fico|tr[aá]fico|"
                      r"trata|contrabando|lavado|delito|crimen|cr[ií]men|violaci[oó]n|agresi[oó]n|ataque|atentado|tentativa|"
                      r"posesi[oó]n|porte|tenencia|muerte|desaparici[oó]n|amenaza|fraude|estafa|cargo|orden|presunt[oa])e?s?")


def torn_description(left):
    """A Spanish description the parse tore from the name it introduces: in "secuestró al exteniente Ronald Ojeda" the
    small model hangs "exteniente" (with its "al") on the verb and takes "Ronald Ojeda" for the object; the phrase is
    "exteniente Ronald Ojeda"."""
    if left.i == 0 or left.lang_ != "es":
        return None
    word = left.doc[left.i - 1]
    kids = list(word.children)
    return word if word.head.i == left.head.i and word.dep_ in ("advmod", "obl", "nmod", "amod") and not word.is_punct \
        and len(kids) == 1 and kids[0].dep_ == "case" and kids[0].lower_ in ("a", "al") and kids[0].i == word.i - 1 else None


def torn_object(verb):
    """The object the parse took for an adverb: "secuestraron al exteniente" (the small Spanish model tags the word it
    does not know an adverb, its "al" still marking the person done to)."""
    return next((c for c in verb.children if c.lang_ == "es" and c.i > verb.i and c.dep_ == "advmod"
                 and [k.lower_ for k in c.children] in (["a"], ["al"]) and c.doc[c.i - 1].dep_ == "case"), None)


_FINITE = {"VBZ", "VBP", "VBD", "MD"}
_BEFORE_VERB = {"aux", "auxpass", "neg", "advmod"}


def stranded_subject(verb):
    """The subject the parse hung on the clause before as one more object, where a second clause opens with its own
    subject and no comma: "MS-13 operates in Houston and Barrio 18 operates in Dallas", "Hezbollah is active in Lebanon
    and Hamas is active in Gaza" (the parse joins "Barrio 18" to "Houston" and leaves "operates" without a subject).
    Only a noun joined to an object of the clause the verb is joined to, ending right before the finite verb or its
    auxiliaries: "operates in Houston and Dallas and recruits" has no subject of its own, "and" stands between."""
    if verb.dep_ not in ("conj", "advcl") or verb.head is verb:
        return None
    # the verb's first word: its auxiliaries, negation and adverbs before it ("Hamas is active", "Hamas does not operate")
    first = min([verb, *(c for c in verb.children if c.dep_ in _BEFORE_VERB and c.i < verb.i)], key=lambda t: t.i)
    if first.i == 0 or not (verb.tag_ in _FINITE or first.tag_ in _FINITE):
        return None
    left = verb.doc[first.i - 1]
    noun = next((t for t in left.ancestors if t.dep_ == "conj"), left) if left.dep_ != "conj" else left
    if noun.dep_ != "conj" or not noun.tag_.startswith(("NN", "PRP")) or noun.right_edge.i != first.i - 1 \
            or noun.i > verb.i or noun.head.dep_ not in ("pobj", "dobj", "attr", "conj") or noun.head not in verb.head.subtree:
        return None
    return noun


# Nouns of a kind of deed or of a creed behind it, which the parse can take for a doer: "killed by gun violence",
# "killed by illegal alien crime", "the violence of white supremacy that murdered innocent lives"
_DEEDS = {"violence", "crime", "crimes", "terrorism", "extremism", "supremacy", "hatred", "hate", "racism", "bigotry",
          "violencia", "delincuencia", "criminalidad", "terrorismo"}


def a_deed(tok) -> bool:
    """Whether an actor the parse gives is a kind of deed, not who did it (docs/annotation.md §2.4: the doer, or null
    when the text names none); not when it says whose ("the violence of the cartel", "the cartel's violence", "MS-13
    violence")."""
    return tok.lower_ in _DEEDS and not any(c.dep_ in ("prep", "poss") or c.ent_type_ in _WHOSE or c.tag_ in ("NNP", "NNPS") and c.i != c.sent.start
                                            for c in tok.children)


_WHOSE = {"CRIMINAL_GROUP", "ORG", "NORP", "PERSON", "GPE"}  # a name before the deed says whose it is ("MS-13 violence")


_RAIDS = {"raid", "raids", "sweep", "sweeps", "operation", "operations", "bust", "busts", "crackdown", "roundup", "redada", "redadas",
          "operativo", "operativos", "allanamiento", "allanamientos"}
_FORCES = {"police", "policía", "fbi", "dea", "ice", "swat", "army", "military", "troops", "ejército"}


def raiders(verb):
    """Who made the raid a step was taken in, where the step's own words name no one ("arrested during a series of
    raids by Montreal police", "In a police raid at their home, the Plancons were arrested"): the raid's "by", or the
    force or agency it is named with; None elsewhere."""
    for c in verb.children:
        held = _child(c, "pobj") if c.dep_ == "prep" and _w(c) in ("in", "during", "amid", "en", "durante") else None
        raid = _prep_object(held, "of", "de") if held is not None and _w(held) in ("series", "wave", "string", "serie", "ola") else held
        if raid is None or _w(raid) not in _RAIDS:
            continue
        return _prep_object(raid, "by", "por") or _prep_object(held, "by", "por") or next((k for k in raid.children if k.dep_ in ("compound", "poss", "nmod")
                                                                                   and (_w(k) in _FORCES or k.ent_type_ in ("ORG", "AGENCY"))), None)
    return None
