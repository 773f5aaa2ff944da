"""The forecast ledger: what each forecast-like statement predicts.

For every statement classified as a forecast: the kind of event predicted,
the groups it is about (named in the claim, else in its sentence), the
categories of people it says will be targeted, the place (the claim's
anchor), the horizon when the claim gives one ("within a year": P1Y), the
date it was made, and its polarity: a prediction that something will not
happen ("the gang will not reach Lima", "no charges are expected") is kept
as negative, never stored as the happening it rules out. Status starts "open"; linking later marks it observed
(a matching incident followed) or expired (its horizon passed).

Vocabularies are per language, as data.
"""

from __future__ import annotations

import re

from ..models import Annotations, Forecast, Statement
from .beliefs import denied_beliefs
from .statements.questions import sin_preguntas, without_questions

EVENT_TYPES = [  # first match wins: the more specific first
    ("targeted killing", r"targeted killing|assassinat|asesinato selectivo|sicariato|kill(?:ing)?s? of (?:former|ex-)|matar a (?:ex)?"),
    ("killing", r"\bkill|murder|homicid|asesin|matar|muert"),
    ("abduction", r"kidnap|abduct|secuestr"),
    ("extortion", r"extort|extorsi"),
    ("attack", r"attack|violence|fight for|war\b|clash|retaliat|strike|\bhit\b|ataque|violencia|enfrentamiento|guerra|represalia|golpe"),
    ("infiltration", r"infiltrat"),
    ("expansion", r"expand|spread|grow|same thing|reach|\breturn|expansi|crec|llegar|extender|volver|regres"),
    ("designation", r"designat|sanction|designaci|sanci"),
]
TARGETS = [
    ("former law enforcement", r"former (?:police|officers?|military)|ex-?(?:police|officers?)|expolic|exmilitar|exteniente|exagente|exsuboficial|former .{0,20}officers?"),
    ("law enforcement", r"\bpolice\b|\bofficers?\b|polic[ií]as?|carabineros?|agentes"),
    ("political dissident or exile", r"dissident|exile|refugee|opposition|disidente|exiliad|opositor|refugiad"),
    ("elected or public official", r"officials?\b|mayors?|judges?|prosecutors?|funcionari|alcald|jueces|fiscales|municipios|authorities|autoridades"),
    ("journalist", r"journalist|reporter|periodista"),
    ("migrant", r"migrant|migrante"),
    ("business", r"business|merchant|shopkeeper|comerciante|empresari|transportista"),
]
_HORIZON = re.compile(
    r"within (?:a|one|the next|\d+|two|three|six) ?(year|month|week)s?|in the (?:next|coming) (?:\w+ )?(year|month|week)s?"
    r"|dentro de (?:un|una|\d+|dos|tres|seis) (año|mes|semana)s?|en los próximos (?:\w+ )?(año|mes|semana)s?",
    re.I,
)
_UNIT = {"year": "Y", "month": "M", "week": "W", "año": "Y", "mes": "M", "semana": "W"}
_COUNT = re.compile(r"\b(a|one|un|una|two|dos|three|tres|six|seis|\d+)\b", re.I)
_NUMBERS = {"a": 1, "one": 1, "un": 1, "una": 1, "two": 2, "dos": 2, "three": 3, "tres": 3, "six": 6, "seis": 6}


# A negation itself negated ("nobody doubts that", "not unlikely", "I never doubted", "no dudo que", "no es improbable",
# "no way they will not retaliate"): the two cancel, and the prediction stands
_NEGATOR = {"en": r"(?:\b(?:not|never|no|nobody|no one|none)|n't)", "es": r"\b(?:no|nadie|nunca|jamás|ni)"}
# Spanish negatives stack and reinforce ("nunca jamás volverán", "nadie nunca va a volver", "no volverán nunca"): a negator
# there cancels only a doubt or an improbability it negates ("no dudo que", "nadie duda que", "no es improbable que")
_CANCELLABLE = {"es": re.compile(r"dud|improbable|poco probable")}


def _uncancelled(negations: list[re.Match], low: str, language: str) -> list[re.Match]:
    """The negations left when each one that a negator just before it (or a negation it lies within) negates is
    dropped with that negator; in Spanish only a negated doubt or improbability is (``_CANCELLABLE``)."""
    negator = re.compile(_NEGATOR.get(language, _NEGATOR["en"]) + r"(?: (?:is|are|was|were|es|era|it is|one))? ?$")
    dropped: set[int] = set()
    for i, n in enumerate(negations):
        before = low[max(0, n.start() - 20) : n.start()]
        m = negator.search(before) if language not in _CANCELLABLE or _CANCELLABLE[language].search(n.group(0)) else None
        outer = [j for j, o in enumerate(negations[:i]) if o.start() < n.start() <= o.end() and j not in dropped]
        if m:
            dropped.add(i)
            start = n.start() - len(before) + m.start()
            dropped.update(j for j, o in enumerate(negations) if j != i and o.start() <= start < o.end())
        elif outer:
            dropped.update((i, outer[-1]))
    return [n for i, n in enumerate(negations) if i not in dropped]


# The prediction denied: a negated future or expectation ("will not", "won't", "is unlikely to", "do not expect",
# "are not expecting", "no charges are expected", "nunca", "no va a"), contracted or not ("it's not going to", "isn't gonna")
_MODAL = r"(?:will|would|'ll|could|can|may|might|is going to|are going to)\b"
_GOES_ON = r"(?! (?:\w+ly )?(?:stop|end|cease|go away|let up|abate|subside|disappear|be over)\b)"
_NEGATED = {
    # a negated end is a continuation, no negation of the happening ("it will not stop in Chile", "won't go away")
    "en": re.compile(r"(?:\b(?:will|would|could|may|might|shall|can)(?: (?:most )?\w+ly)?(?: not|n't| never)\b|\bwon't\b|\bwo n't\b|\bcannot\b)"
                     + _GOES_ON +
                     # "would not be surprised if", "it wouldn't surprise me": a hedged prediction, positive (statements.unsurprised)
                     r"(?! (?:\w+ly )?(?:be (?:\w+ly )?)?surpris)"
                     r"|(?:(?:\b(?:is|are|am|was|were)|'(?:s|re|m))(?: not|n't) (?:going|expected|likely|set|about) to|(?:\bnot|n't) gonna)\b" + _GOES_ON +
                     r"|\bunlikely to\b"
                     r"|\b(?:(?:is|are|was|were|'s|seems?|appears?) (?:highly |very |extremely )?(?:unlikely|improbable)|(?:is|are|was|were)(?: not|n't) (?:very )?likely) that\b"
                     r"|\b(?:do|does|did)(?: not|n't) (?:expect|anticipate|foresee|predict|believe|think)\b|\bnever\b"
                     r"|(?:\b(?:is|are|am|was|were)|'(?:s|re|m))(?: not|n't) (?:expecting|anticipating|predicting|foreseeing)\b"
                     r"|\bno (?:\w+ ){0,3}(?:is|are) (?:expected|likely|anticipated|foreseen)\b|\bno longer\b"
                     # a doubt, or a chance ruled out ("I doubt the gang will return", "there is little chance the truce will
                     # hold"); "no doubt" is certainty, and "raised doubts about the case" no doubt of a prediction
                     # a doubt of a clause, or a chance of it ruled out ("I doubt the gang will return", "there is little chance
                     # the truce will hold"), up to the clause's modal: "no doubt" is certainty, "doubt the police's account" and
                     # "little possibility of survivors" doubt no prediction
                     r"|\b(?<!no )(?<!little )(?<!without )(?<!any )doubt(?:s|ed|ful)?(?: (?:that|whether|if))? [^,;.]{0,60}?(?=" + _MODAL + ")"
                     r"|\b(?:no|little|slim|zero) (?:chance|way|prospect|likelihood|possibility)(?: (?:that|of))? [^,;.]{0,60}?(?=" + _MODAL + ")"),
    "es": re.compile(r"\bno (?:se )?(?:va|van|vamos|será|serán|habrá|podrá|podrán|podría|podrían|espera|esperan|creo|cree|prevé)\b"
                     r"|\bnunca\b|\bjamás\b|\bni siquiera\b|\bes (?:poco probable|improbable) que\b"
                     r"|\bdud(?:o|a|amos|an) que\b|\bno hay (?:forma|manera|posibilidad) de que\b"
                     r"|\bno (?:es|era|parece) (?:muy )?(?:probable|posible|previsible|seguro) que\b"),
}


_PREDICTING = {
    "en": re.compile(r"\b(?:will|would|could|may|might|shall|'ll|going to|gonna|expected to|likely to|expects?|predicts?|anticipates?|on track|"
                     r"on pace|next step|soon)\b"),
    "es": re.compile(r"\b(?:va a|van a|será|serán|habrá|podrá|podrán|podría|podrían|se espera|prevé)\b|\w+(?:rá|rán)\b"),
}


def polarity(content: str, stance: str = "asserted", language: str = "en", denied: tuple = ()) -> str:
    """"negative" when the claim's first prediction is negated (it says something will not happen: "the gang will
    not reach Lima, and police will keep watch") or the speaker denies what it predicts; else "positive". A denied
    negation ("denied the gang would never return") is left positive. ``denied``: the spans of the claim, from a
    belief verb to the modal of its complement, where the parse finds the belief denied ("nobody believes the truce
    will hold": ``beliefs``); a denied belief in a negated clause ("nobody thinks they won't hit back") is positive.
    A direct question's clause is read for nothing (``statements.questions``)."""
    # a hard-wrapped text's line break is a space to the patterns ("highly\nunlikely that"), offsets kept for ``denied``
    low = re.sub(r"\s", " ", content.lower().replace("’", "'"))
    if language == "en":
        low = without_questions(low, blank=True)  # "Who says it will stop? It won't." is negative; the question foretells nothing
    elif language == "es":
        low = sin_preguntas(low, blank=True)  # "¿Quién dice que va a parar? No va a parar." is negative
    negations = _uncancelled(list(_NEGATED.get(language, _NEGATED["en"]).finditer(low)), low, language)
    for start, end, cancelled in denied:
        if cancelled:  # "nobody thinks the crews won't hit back": two negations, a prediction that stands
            negations = [n for n in negations if not start <= n.start() <= end]
        else:
            negations = sorted(negations + [_Span(start, end)], key=lambda n: n.start())
    plain = [m for m in _PREDICTING.get(language, _PREDICTING["en"]).finditer(low)
             if not any(n.start() <= m.start() < n.end() for n in negations)]
    negated = bool(negations) and (not plain or negations[0].start() < plain[0].start())
    return "negative" if negated != (stance == "denied") else "positive"


class _Span:
    """A negation the parse found (a belief denied), read as the patterns' matches are."""

    def __init__(self, start: int, end: int):
        self._start, self._end = start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end


def _first(table, text: str) -> str | None:
    return next((name for name, pattern in table if re.search(pattern, text, re.I)), None)


def horizon(text: str) -> str | None:
    m = _HORIZON.search(text)
    if not m:
        return None
    unit = _UNIT[next(g for g in m.groups() if g).lower()]
    count = _COUNT.search(m.group(0))
    n = count.group(1).lower() if count else "1"
    return f"P{_NUMBERS.get(n, n if n.isdigit() else 'X')}{unit}"


def ledger(ann: Annotations, text: str, published: str | None, language: str = "en", spacy_doc=None) -> list[Forecast]:
    """A ledger entry for each forecast statement; with the parse (``spacy_doc``), a belief denied up to the modal of
    its complement ("nobody believes the truce will hold") makes it negative."""
    out = []
    for i, s in enumerate(ann.statements):
        if s.claim_type != "forecast":
            continue
        content = text[s.content_start : s.content_end]
        groups = _groups(ann, s) or _groups_in_sentence(ann, s)
        targets = tuple(name for name, pattern in TARGETS if re.search(pattern, content, re.I))
        if "former law enforcement" in targets and "law enforcement" in targets:
            targets = tuple(t for t in targets if t != "law enforcement")
        out.append(Forecast(
            statement=i,
            event_type=_first(EVENT_TYPES, content) or "unspecified",
            group_keys=groups,
            targets=targets,
            place_key=s.place_key,
            horizon=horizon(content),
            made_on=published,
            polarity=polarity(content, s.stance, language,
                              denied_beliefs(spacy_doc, s.content_start, s.content_end) if language == "en" else ()),
        ))
    return out


def _groups(ann: Annotations, s: Statement) -> tuple[str, ...]:
    return tuple(dict.fromkeys(m.key for m in ann.mentions if m.kind == "group" and s.content_start <= m.start < s.content_end))


def _groups_in_sentence(ann: Annotations, s: Statement) -> tuple[str, ...]:
    """The group the claim is about when the claim says "the group" or "it":
    the last group named before it, within the paragraph-sized window."""
    before = [m for m in ann.mentions if m.kind == "group" and s.content_start - 600 <= m.start < s.content_end]
    return (before[-1].key,) if before else ()
