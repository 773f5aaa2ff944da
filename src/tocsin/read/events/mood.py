"""The mood of an event's trigger off the dependency parse: whether the text asserts, alleges, denies, supposes or
foresees the happening (``modality``), through the verbs it hangs from, and how it ties the actor to the act
(``_attribution``: named, suspected or alleged).
"""

from __future__ import annotations

import re

from ...models import Statement
from ..blame import predicated, unsaid_blame
from ..event_lexicon import BELIEF, MODALITY, SUSPECT_NOUNS, doubts
from ..statements.kinds import classify
from .arguments import _child
from .located import _FOCUS, claim_word, freed_from
from .words import _w


def _governors(tok, hops: int = 3):
    """The words a trigger hangs from, nearest first, through clause and complement links and clausal subjects."""
    out = []
    while (tok.dep_ in ("xcomp", "ccomp", "pcomp", "pobj", "prep", "conj", "advcl", "dobj", "acomp", "attr", "nsubjpass", "nsubj", "csubj")
           or _infinitive_of_a_noun(tok)) and len(out) < hops:
        tok = tok.head
        out.append(tok)
    return out


def _infinitive_of_a_noun(tok) -> bool:
    """An infinitive that completes a noun ("the failure to arrest traffickers", "efforts to detain them"): the noun
    gives it its mood as a verb would."""
    return tok.dep_ == "acl" and tok.tag_ == "VB" and tok.head.tag_.startswith("NN") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _unnamed_objects(verb) -> bool:
    """Whether a verb has objects and they are only a kind of people or things (a bare plural or mass noun:
    "traffickers", "illicit drugs"): no one in particular undergoes it. Not "anyone" or "no one", which the tagger calls
    nouns: "the failure to arrest anyone" says no arrest was made."""
    objects = [o for o in verb.children if o.dep_ == "dobj"]
    return bool(objects) and all(o.tag_ in ("NNS", "NN") and not re.match(r"(?:any|no|every|some)(?:one|body|thing)$|none$", o.lower_)
                                 and not any(c.dep_ in ("det", "poss", "nummod") for c in o.children) for o in objects)


def _mood_governors(tok, hops: int = 3):
    """The governors whose mood a trigger takes, up to a verb of belief raised onto its subject: in "Gunmen believed
    to be members of the cartel killed two officers" the parse hangs "killed" on "believed", which describes the
    gunmen ("believed to be") and says nothing of the killing."""
    out = []
    for g in _governors(tok, hops):
        if g.lower_ in BELIEF and any(c.dep_ == "xcomp" and c.i < tok.i and not c.left_edge.i <= tok.i <= c.right_edge.i
                                      and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in g.children) and any(c.dep_ in ("nsubj", "nsubjpass") and c.i < g.i for c in g.children):
            break  # not "officials are expected to say that the cartel killed…", whose mood the killing keeps; nor what
        # the belief's own complement tells ("is believed to be active in Colorado": the presence is believed)
        out.append(g)
    return out


_FACTUAL_MARKS = {"when", "after", "before", "as", "since", "because", "while", "once", "until", "though", "although", "cuando",
                  "después", "antes", "mientras", "porque", "aunque"}


def _told_in_the_past(tok) -> bool:
    """A clause of time or cause whose own verb is past ("when the last policeman was shot dead, … would have
    triggered a riot"): it tells what happened, whatever the mood of the clause it hangs from."""
    if tok.dep_ != "advcl" or not any(c.dep_ in ("mark", "advmod") and c.lower_ in _FACTUAL_MARKS for c in tok.children):
        return False
    return _past(tok)


def _past(verb) -> bool:
    """A verb in a past tense of its own: "shot", "was detained", "had killed", "fue detenido"."""
    return verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("was", "were", "had", "fue", "fueron")
                                                            for c in verb.children)


def _claim_here(tok, statement: Statement | None, language: str) -> str | None:
    """The claim type a statement makes where the trigger stands: a claim of several sentences (a transcript turn's run, a
    long quotation) foresees or recommends where one of them does, and a sentence of it that tells in the past what
    happened, predicting and asking nothing itself, reports that happening ("Now, we are tracking the shootings that took
    place in Texas yesterday. … We urge Congress to act": the shootings happened; not "We urge Congress to act so that
    no more children are shot", whose clause tells no past)."""
    if statement is None or statement.claim_type not in ("forecast", "recommendation"):
        return None if statement is None else statement.claim_type
    sent = tok.sent
    if statement.content_start >= sent.start_char and statement.content_end <= sent.end_char or not _told_as_past(tok):
        return statement.claim_type  # the claim is this sentence (or a part of it), or this sentence tells no past
    return classify(sent.text, statement.cue, language, statement.speaker_text)[0]


def _told_as_past(tok) -> bool:
    """Whether the clause a trigger stands in tells the past: its nearest verb is past or perfect ("condemned Hamas for
    the attacks", "the weapon he used to kill", "has killed"), or a noun on its way there has a past relative clause
    ("the string of shootings that took place yesterday")."""
    for t in [tok, *_governors(tok, 4)]:
        if t.tag_.startswith("VB"):
            return _past(t) or t.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in t.children)
        if any(c.dep_ == "relcl" and _past(c) for c in t.children):
            return True
    return False


def _background(tok) -> bool:
    """A happening a claim tells as known, in a past clause of time or cause or a past relative clause: "called for the
    release of the journalist, who was detained in March", "will strike again, as they did when they shot two guards"."""
    return _told_in_the_past(tok) or tok.dep_ == "relcl" and _past(tok) or _known_by_name(tok)


_DEFINITE = {"the", "this", "that", "these", "those", "his", "her", "their", "its", "el", "la", "los", "las", "su", "sus"}


# What one asks about a happening already known: "an inquiry into the killing", "justice for the victims of the shooting"
_ABOUT_THE_PAST = {"inquiry", "investigation", "probe", "review", "justice", "answers", "accountability", "apology", "explanation",
                   "victims", "families", "perpetrators", "perpetrator", "autores", "investigación", "justicia", "víctimas", "familias"}


def _known_by_name(tok) -> bool:
    """A happening a claim names as known, by a definite noun under a noun of asking about it: "called for an inquiry
    into the killing", "demanded justice for the victims of the shooting"; not what is asked for or foretold itself
    ("called for the arrest of the killers", "would recruit local criminals for the killings")."""
    return not tok.tag_.startswith("VB") and tok.dep_ == "pobj" and tok.head.dep_ == "prep" \
        and tok.head.head.lower_ in _ABOUT_THE_PAST and any(c.dep_ in ("det", "poss") and _w(c) in _DEFINITE for c in tok.children)


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
    govs = _mood_governors(tok) if (verb or tok.dep_ in ("dobj", "pobj", "attr", "acomp", "xcomp", "conj")) and not _told_in_the_past(tok) else []
    chain = [tok, *govs]
    # a noun joined to a subject is a subject too ("his arrest and subsequent murder charges set off an uproar"); a
    # verb joined to another with a tense of its own has its own mood ("would not identify the court but said Smith
    # was sentenced there"; not "will be arrested and charged", where "charged" has no tense of its own)
    govs = govs[: next((i for i, t in enumerate(chain[:-1]) if not verb and t.dep_ in ("nsubj", "nsubjpass")
                        or t.dep_ == "conj" and t.tag_ in ("VBD", "VBZ", "VBP")), len(govs))]
    near = [tok, *govs[:2]]
    aux = {c.lower_ for t in near for c in t.children if c.dep_ in ("aux", "auxpass")}
    marks = {c.lower_ for t in near for c in t.children if c.dep_ in ("mark", "advmod", "amod", "det")}
    polarity = any(c.dep_ == "det" and _w(c) in ("any", "no") for c in tok.children)
    if verb and any(c.dep_ in ("nsubj", "nsubjpass") and _nobody(c) for c in tok.children):
        return "negated"  # "no suspects were arrested", "no one was arrested", "neither gang operates in", "nadie fue detenido"
    negated_gov = any(_negation(c) for g in govs[:1] if not _doubt_word(g, lex) for c in g.children)  # "do not doubt that": believed
    if any(_negation(c) for c in tok.children) and not _blame_on(tok) or any(c.dep_ == "det" and _w(c) == "no" for c in tok.children):
        return "negated"  # not "el cártel no estaría detrás del asesinato": the blame is denied, not the killing
    if any(c.dep_ == "advmod" and _w(c) == "longer" and any(n.dep_ == "neg" for n in c.children)
           for t in chain[: 1 + (tok.dep_ in ("attr", "acomp", "dobj"))] for c in t.children):
        return "negated"  # "no longer operates in Chile", "is no longer the largest gang in", "is no longer active in", "no
        # longer has cells in": it did, and does not now
    if _denied_by_a_noun(tok):
        return "negated"
    if _disputed(tok):
        return "hypothetical"  # "Reports that the gang had taken over … were exaggerated": claimed, and disputed
    if (noun := _content_of(tok)) is not None and _w(noun) in _REPORT_NOUNS and _w(noun.head) not in _BORNE_OUT:
        return "alleged"  # "Reports that MS-13 killed a teenager spread on Friday": told by others, not by the text
    if _infinitive_of_a_noun(tok) and tok.head.lower_ in lex.get("negating_nouns", ()):
        return "hypothetical" if _unnamed_objects(tok) else "negated"  # "the failure to arrest the gunman"; "Canada's
        # failure to arrest traffickers": no one left unarrested is told, only a kind of act not done (docs/annotation.md §2.2)
    if _infinitive_of_a_noun(tok) and tok.head.lower_ in lex.get("hypothetical_nouns", ()):
        return "hypothetical"  # "efforts to arrest criminal aliens"
    copular = tok.dep_ in ("attr", "acomp") and negated_gov  # "this was not an arrest", "the gang is not active in Boston"
    if (verb or polarity or copular) and negated_gov or any(g.lower_ in lex["negation"] and g.dep_ != "neg" or doubts(g, language) for g in govs[:2]):
        return "negated"
    if any(c.dep_ == "mark" and _w(c) in ("if", "unless", "whether") for c in tok.children):
        return "hypothetical"
    # "set to", not "set up": a head with a particle is another verb
    if aux & lex["future_aux"] or any(g.lower_ in lex["future_heads"] and not _child(g, "prt") for g in govs[:2]) or marks & {"next", "future"}:
        return "future"
    if aux & lex["hypothetical_aux"] or any(g.lower_ in lex["hypothetical_heads"] for g in govs[:2]) or marks & {"if", "unless", "possible", "potential"}:
        return "hypothetical"
    claim = _claim_here(tok, statement, language)
    if claim in ("forecast", "recommendation") and not _background(tok):  # the prediction is the record
        return "future" if claim == "forecast" else "hypothetical"
    if statement is not None and statement.stance == "denied":
        return "negated"
    # "presuntamente asesinado", and the conditional of report: "habría asesinado" (its auxiliary)
    alleging = {c.lower_ for c in tok.children if c.dep_ in ("advmod", "amod")} & lex["alleged"] or aux & lex["alleged"] \
        or _shares_the_hedge(tok, lex["alleged"]) or _doing_hedged(tok, lex["alleged"])
    if tok.dep_ == "compound" and tok.head.lower_ in SUSPECT_NOUNS:
        return "alleged"  # "a murder suspect walked free": the murder is laid at the suspect's door, not proven
    if alleging or any(g.lower_ in lex["allegation_heads"] and not predicated(g) for g in _mood_governors(tok, hops=5)) or unsaid_blame(tok):
        return "alleged"
    if statement is not None and statement.stance == "alleged" or told_by_a_paper(tok):
        return "alleged"
    return "asserted"


# A charging paper as the teller of what its sentence says ("As alleged in the indictment, Ruiz killed …", "According
# to the criminal complaint, Smith robbed …", "…, as set forth in the information"): the happening is the paper's
# accusation, not a fact the text asserts (docs/annotation.md §2.4, "the indictment says he"). Court documents in
# general are left alone: a plea's statement of facts, a verdict's findings are facts admitted or found.
_PAPER = (r"(?:(?:superseding|federal|unsealed|amended|original|[\w-]+-count)\s+)*(?:criminal\s+)?(?:indictments?|complaints?|"
          r"criminal\s+informations?|affidavits?|charging\s+(?:documents?|papers?)|charges)")
_TOLD_BY_A_PAPER = re.compile(r"\b(?:as\s+(?:alleged|charged|described|set\s+forth|stated|detailed|outlined|laid\s+out|claimed)\s+in|"
                              r"according\s+to)\s+(?:the|an?|this|that|these|his|her|their)\s+(?:[\w'’-]+\s+){0,2}?" + _PAPER + r"\b", re.I)


def told_by_a_paper(tok) -> bool:
    """Whether the trigger's sentence gives a charging paper as the teller ("As alleged in the indictment, …")."""
    return bool(_TOLD_BY_A_PAPER.search(tok.sent.text))


def _shares_the_hedge(tok, alleged) -> bool:
    """A verb joined to, or told as the time of, a verb with a hedging adverb, with no subject of its own, shares the
    hedge: "allegedly kidnapped and killed a man", "allegedly shot the clerk while robbing the store", "allegedly robbed it after shooting the clerk"; not "allegedly
    kidnapped a man, and police killed him"."""
    verb = tok.head if tok.dep_ in ("conj", "advcl") else tok.head.head if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" else None
    return verb is not None and tok.tag_.startswith("VB") and verb.tag_.startswith("VB") \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) \
        and bool({c.lower_ for c in verb.children if c.dep_ == "advmod"} & alleged)


_RULING_OUT = {"descarta", "descartan", "descartó", "descartaron", "descartaba", "descartaban", "descartado", "descartar"}


def _doubt_word(verb, lex) -> bool:
    """A verb of doubt or of ruling out ("doubt", "ruled out", "descarta"): denied, it holds its clause believed."""
    return verb.lower_ in lex.get("doubting", ()) or verb.lower_ in _RULING_OUT \
        or verb.lower_ in ("rule", "rules", "ruled", "ruling") and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)


# The verbs whose object is the act their subject did ("carried out the attack", "ordered the killing", "cometió el
# asesinato"), and the words that put an act on whoever stands before them ("was behind the attack", "responsible for")
_DOING = {"carried", "carry", "carries", "carrying", "committed", "commit", "commits", "perpetrated", "perpetrate", "ordered", "order",
          "orders", "orchestrated", "masterminded", "launched", "staged", "conducted", "executed", "planned", "led",
          "cometió", "cometieron", "perpetró", "perpetraron", "ordenó", "ordenaron", "ejecutó", "ejecutaron", "planeó", "planearon",
          "dirigió", "dirigieron", "llevó", "llevaron"}
_BLAMING = {"behind", "responsible", "involved", "detrás", "responsable", "responsables", "involucrado", "involucrados"}


def _doing_hedged(tok, alleged) -> bool:
    """A noun trigger its doer's verb takes as object, or a word of blame governs, with a hedging adverb on that verb
    or its copula: "MS-13 allegedly carried out the attack", "the gang was reportedly behind the killing",
    "presuntamente ordenó el asesinato"; not "police allegedly found the body after the killing" (no doing)."""
    if not tok.tag_.startswith("NN"):
        return False
    head = tok.head.head if tok.dep_ == "pobj" else tok.head if tok.dep_ == "dobj" else None
    if head is None or not (tok.dep_ == "dobj" and head.lower_ in _DOING or tok.dep_ == "pobj" and
                            (head.lower_ in _BLAMING or tok.head.lower_ in _BLAMING)):
        return False
    words = [head, head.head] if head.dep_ in ("acomp", "attr", "prep") else [head]
    return any(c.dep_ == "advmod" and c.lower_ in alleged for w in words for c in w.children)


# A subject that is nobody: "none of the suspects", "nobody", "ninguno de ellos", "nadie"
_NOBODY = {"none", "nobody", "ninguno", "ninguna", "nadie"}


def _nobody(subject) -> bool:
    """Whether a subject names no one: "no suspects", "none of them", "nobody", "nadie", or a list under "neither …
    nor" / "ni … ni" ("Neither MS-13 nor Barrio 18 operates in Vermont", "Ni el CJNG ni el Cártel de Sinaloa operan")."""
    return _w(subject) in _NOBODY or any(
        d.dep_ == "det" and _w(d) == "no" or _w(d) in ("neither", "ni") and d.i < subject.i and d.dep_ in ("preconj", "det", "cc")
        for d in subject.children)


def _negation(word) -> bool:
    """Whether a word negates its head: not one that only says "more than" before a focus word ("not only active in
    Boston but also in Chicago", "not just killed", "no solo opera en"), which asserts what follows."""
    return word.dep_ == "neg" and not (word.i + 1 < len(word.doc) and word.doc[word.i + 1].lower_ in _FOCUS)


def _blame_on(tok) -> bool:
    """A noun the words of blame lead to, which the parse may make the head of its clause ("detrás del asesinato")."""
    return not tok.tag_.startswith("VB") and any(c.dep_ in ("case", "advmod") and _w(c) in ("detrás", "detras", "behind") for c in tok.children)


# What a report can be said to be that puts its content in doubt
_DISPUTED = {"false", "untrue", "exaggerated", "unfounded", "baseless", "wrong", "overblown", "inaccurate", "fabricated", "bogus",
             "debunked", "denied", "dismissed", "refuted", "rejected", "falso", "falsos", "falsa", "falsas", "exagerado", "exagerados",
             "exagerada", "exageradas", "infundado", "infundados", "infundada", "infundadas", "desmentido", "desmentidos",
             "desmentida", "desmentidas"}


def _content_of(tok):
    """The noun whose content clause the trigger's clause is ("evidence that the gang has cells", "informes de que
    opera"), or None; the Spanish parse makes "de que …" a relative clause whose "que" it marks, a content clause all the
    same, and a relative clause without a mark ("no gang that operates in Texas") is none."""
    clause = next((t for t in [tok, *tok.ancestors][:4] if t.dep_ in ("acl", "ccomp", "relcl") and t.tag_.startswith("VB")), None)
    if clause is None or not clause.head.tag_.startswith("NN") or not any(c.dep_ == "mark" for c in clause.children):
        return None
    return clause.head


def _disputed(tok) -> bool:
    """Whether the trigger's clause is the content of a report, a claim or a rumour the sentence calls false or
    exaggerated ("Reports that Tren de Aragua had taken over apartment complexes in Aurora were exaggerated", "Los
    informes de que el Tren de Aragua opera en Arica son falsos"): the content is claimed and disputed, no fact."""
    noun = _content_of(tok)
    return noun is not None and noun.dep_ in ("nsubj", "nsubjpass") and (
        _w(noun.head) in _DISPUTED or any(c.dep_ in ("acomp", "attr") and _w(c) in _DISPUTED for c in noun.head.children))


_NO_DOUBT = {"doubt", "doubts", "question", "duda", "dudas"}
# Nouns of a report, a claim or a rumour: their content clause is told by others ("reports that", "versiones de que")
_REPORT_NOUNS = {"report", "reports", "claim", "claims", "allegation", "allegations", "accusation", "accusations", "rumor", "rumors",
            "rumour", "rumours", "assertion", "assertions", "suggestion", "suggestions", "speculation", "word", "informe", "informes",
            "reporte", "reportes", "denuncia", "denuncias", "versión", "versiones", "rumor", "rumores", "acusación", "acusaciones",
            "señalamiento", "señalamientos", "afirmación", "afirmaciones"}
_BORNE_OUT = {"confirm", "confirms", "confirmed", "verified", "corroborated", "substantiated", "confirmó", "confirmaron", "confirma",
              "confirman", "verificó", "corroboró"}  # "police confirmed reports that": the teller's own


def _denied_by_a_noun(tok) -> bool:
    """Whether the trigger's clause is the content of a noun that "no" denies: "there is no evidence that the gang has
    cells in Texas", "no sign that", "no hay pruebas de que opere en"."""
    noun = _content_of(tok)
    if noun is None or _w(noun) in _NO_DOUBT:
        return False  # "no doubt that MS-13 killed", "no cabe duda de que": certain, not denied
    return any(c.dep_ == "det" and _w(c) in ("no", "ninguna", "ningún") for c in noun.children) \
        or noun.dep_ in ("dobj", "nsubj", "attr") and any(c.dep_ == "neg" for c in noun.head.children)  # "No hay pruebas de que"


def _attribution(actor_text: str, tok, mode: str, language: str) -> str:
    """How the text ties the actor to the act: named as perpetrator, suspected, or alleged by a source."""
    lex = MODALITY[language]
    words = set(re.findall(r"[\w']+", actor_text.lower()))
    if words & lex["suspected_words"] or any(g.lower_ in lex["suspected_words"] for g in _governors(tok, hops=4)):
        return "suspected"
    if mode == "alleged" or "alleged" in words:
        return "alleged"
    return "named"


# Verbs that end a state: "stopped operating in", "ceased operations in", "ended its presence in"
_CEASING = re.compile(r"stop(?:s|ped|ping)?|ceas(?:e|es|ed|ing)|quit(?:s|ting)?|halt(?:s|ed|ing)?|end(?:s|ed|ing)?|abandon(?:s|ed|ing)?", re.I)


def ceased(word) -> bool:
    """Whether a presence claim's word is what a verb of ending takes, a gerund that completes it or its object ("the
    gang stopped operating in Boston", "ceased its operations in Peru"): the group was there and is no longer, a denial
    of its presence now as "no longer operates" is; not the base form of an aim or a prospect ("to end their campaign of
    violence in", "will stop operating in"), which ends nothing yet."""
    end = word.head
    if end.i == word.i or end.tag_ in ("VB", "VBG", "MD") or _child(end, "prt") or end.i + 1 < len(end.doc) and end.doc[end.i + 1].lower_ == "up":
        return False  # not "ended up operating in Santiago", which tells where it came to operate
    return word.dep_ in ("xcomp", "dobj") and _CEASING.fullmatch(end.text) is not None


# The Spanish conditional of report of the presence verbs, by an explicit list ("operaría en", "tendrían presencia en"):
# an ending alone ("-ría") also takes imperfects ("abría", "cubría", "quería") and nouns; and a condition in the sentence
# ("si", "sin", "de no ser por") makes the conditional a hypothesis, not a report ("Sin la presión militar, Los Zetas
# operarían en todo Tamaulipas")
_CONDITIONAL_OPERATES = re.compile(r"operar[ií]an?", re.I)
_CONDITIONAL_HAS = re.compile(r"tendr[ií]an?", re.I)
_CONDITION = re.compile(r"\b(?:si|sin|de no ser por)\b", re.I)


def _spanish_conditional(word) -> str | None:
    """The mood the Spanish conditional gives a presence claim: alleged for the conditional of report on the claim's verb
    or the verb that holds its noun ("operaría en Chile", "tendría presencia en"), hypothetical under a condition; None
    where the claim is told in no conditional of the list."""
    verb = word.head
    while word.dep_ == "conj" and verb.i != word.i:  # "opera en Perú y tendría presencia en Chile"
        word, verb = verb, verb.head
    held = word.dep_ in ("dobj", "obj") and verb.i != word.i and word.tag_.startswith("NN")
    has = held and _CONDITIONAL_HAS.fullmatch(verb.text) or _CONDITIONAL_HAS.fullmatch(word.text) \
        and any(c.dep_ in ("dobj", "obj") and c.tag_.startswith("NN") for c in word.children)  # the parse's "en" on the verb
    # ("tendría presencia en", "tendría su base en", "tendrían células en": whatever it has there)
    if not (_CONDITIONAL_OPERATES.fullmatch(word.text) or has):
        return None
    return "hypothetical" if _CONDITION.search(word.sent.text) else "alleged"


# Passives of report that hedge what their infinitive says ("is said to operate in", "is rumored to have cells in"); not
# "is known to", which asserts it
_REPORTED_TO = {"said", "thought", "reported", "rumored", "rumoured", "reputed", "presumed", "understood", "estimated"}


def _hedged_holder(word, language: str) -> bool:
    """Whether a claim carries a hedge on the verb that tells it: an adverb of report on the verb a claim's noun is the
    object or complement of ("Tren de Aragua reportedly has cells in Chile", "allegedly maintains a presence in"), a
    passive of report that governs it ("is said to operate in", "is thought to control", "is said to be active in")."""
    verb = word.head
    while word.dep_ == "conj" and verb.i != word.i:  # "has cells in Peru and a presence in Chile"
        word, verb = verb, verb.head
    held = word.dep_ in ("dobj", "obj", "attr", "acomp") and verb.i != word.i
    if any(v.dep_ == "xcomp" and v.head.lower_ in _REPORTED_TO and any(c.dep_ == "auxpass" for c in v.head.children)
           for v in ((word, verb) if held or word.dep_ == "acomp" else (word,))):
        return True  # "is said to operate in", "is thought to control", "is reported to have cells in"
    lex = MODALITY[language]
    return held and any(c.dep_ in ("advmod", "aux") and c.lower_ in lex["alleged"] for c in verb.children)


# Verbs that only hold or bring about what their object names, whose denial denies it: "does not have a presence in",
# "has not made inroads in", "has not established a foothold in", "never had a grip on"; not a verb that acts on a
# presence that is there ("did not disrupt the gang's operations in", "did not break its grip on")
_HOLDING = re.compile(r"ha(?:ve|s|d|ving)|ma(?:ke|kes|de|king)|gain(?:s|ed|ing)?|establish(?:es|ed|ing)?|buil(?:d|ds|t|ding)|"
                      r"set(?:s|ting)?|maintain(?:s|ed|ing)?|hold(?:s|ing)?|held|keep(?:s|ing)?|kept|secur(?:e|es|ed|ing)|"
                      r"exert(?:s|ed|ing)?|exercis(?:e|es|ed|ing)|wield(?:s|ed|ing)?|develop(?:s|ed|ing)?", re.I)


def _held_denied(word) -> bool:
    """Whether a presence claim's noun is the object of a denied verb that only holds or brings it about
    (``_HOLDING``): "Tren de Aragua does not have a presence in Argentina", "has not made inroads in", "never had a grip
    on Milan"; ``modality`` denies an object only for a "no" or "any" of its own ("has no presence in")."""
    verb = word.head
    while word.dep_ == "conj" and verb.i != word.i:  # "has no cells in Peru and no presence in Chile"
        word, verb = verb, verb.head
    if word.dep_ not in ("dobj", "obj") or verb.i == word.i or not _HOLDING.fullmatch(verb.text):
        return False
    return any(_negation(c) or c.lower_ == "never" for c in verb.children)


def claim_mood(tok, statement, language: str) -> str:
    """The mood of a presence claim a trigger tells: its claim word's (``claim_word``: "might be a gang in" is a
    possibility), and a denial where a verb of ending takes it ("stopped operating in Boston": ``ceased``). An ending
    itself denied says the group stayed ("never stopped operating in", "did not stop operating in": a presence, a
    possibility under a modal); an ending told with a hedge ("reportedly stopped operating in") is only alleged."""
    word = claim_word(tok)
    mode = modality(word, statement, language)
    if mode == "asserted" and (_held_denied(word) or freed_from(word)):
        mode = "negated"  # "does not have a presence in", "has not made inroads in", "never had a grip on", "liberated from ISIS in"
    if mode == "asserted" and _hedged_holder(word, language):
        mode = "alleged"  # "reportedly has cells in Chile", "allegedly maintains a presence in"
    if mode == "asserted" and language == "es" and statement is None:  # "dijo que … operaría en": the past's future
        mode = _spanish_conditional(word) or mode  # "operaría en Chile": alleged; "sin …, operarían en": hypothetical
    end = word.head
    if word.dep_ in ("xcomp", "dobj") and _CEASING.fullmatch(end.text) and any(c.dep_ == "neg" or c.lower_ == "never" for c in end.children):
        modal = {c.lower_ for c in end.children if c.dep_ == "aux"} & (MODALITY[language]["hypothetical_aux"] | MODALITY[language]["future_aux"])
        return "hypothetical" if modal else "asserted"
    if not ceased(word):
        return mode
    if "alleged" in (mode, modality(end, statement, language)):
        return "alleged"
    return "negated" if mode == "asserted" else mode
