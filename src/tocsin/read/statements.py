"""Attributed statements: who said what, with which verb, as what kind of claim.

A statement is found three ways, all from data a language supplies
(``LEXICONS``), so a language adds patterns, not code paths:

1. a cue verb ("said", "warned", "afirmó") with a clausal complement or a
   quotation in its sentence: the verb's subject is the speaker;
2. "according to X" / "según X": X is the speaker, the rest of the sentence
   the content;
3. a quotation with no cue in its sentence: the next sentence's cue ("he
   explained") or, when a quote opens a paragraph after a statement, the same
   speaker continues.

Where no parse is available (a language without a model) the cue patterns
run on the surface: ``, dijo X`` / ``X dijo:`` / ``según X,``.

The speaker is resolved to a named person or organization where the text
allows: a pronoun or a role noun ("the expert", "she") takes the last
compatible named speaker. Descriptor and affiliation come from the words
around the name ("a researcher at the Andean Security Institute").

Every statement is stored as "X said Y": the content is never a fact.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..models import Mention, Statement
from .people import Roster, surname

LEXICONS = {
    "en": {
        "parse": True,  # statements read from the dependency parse; other languages by surface patterns
        "cues": {
            "say", "tell", "add", "warn", "claim", "allege", "state", "explain", "note", "insist", "argue", "deny",
            "predict", "estimate", "acknowledge", "announce", "confirm", "report", "write", "believe", "suggest",
            "recommend", "urge", "caution", "assert", "contend", "declare", "maintain", "reply", "respond", "testify",
            "stress", "emphasize", "reject", "dismiss", "accuse", "promise", "vow", "admit", "concede", "point",
            "forecast", "expect", "think", "fear", "worry", "threaten", "describe", "call", "ask", "demand",
        },
        "according": [r"according to", r"in the words of", r"as reported by"],
        "pronouns": {"he": "person", "she": "person", "they": None, "i": "person", "we": None, "it": "organization"},
        "roles": r"(?:official|officials|expert|analyst|researcher|prosecutor|spokesman|spokeswoman|spokesperson|minister|president|chief|commander|director|lawyer|attorney|senator|governor|mayor|general|colonel|criminologist|investigator|source|witness|leader|secretary)",
        "denial": {"deny", "reject", "dismiss"},
        "allegation": {"allege", "accuse", "claim"},
        "opinion": {"believe", "think", "fear", "worry", "describe", "call"},
        "forecast": r"\b(?:will|won't|wo n't|'ll|is going to|are going to|next step|expected to|likely to|would(?=\s+(?:not\s+|never\s+|\w+ly\s+)?[a-z])|in the coming|within (?:a|the next|\w+) (?:year|month|week)s?|by next|soon|if .{0,80}\b(?:continue|keeps?|grow)|on (?:track|pace|course) (?:to|for)|(?:could|might)(?= (?:well |also |soon |eventually |easily )?(?:be(?! (?:due|the work|the result|responsible|related|linked|connected|caused|behind)\b)|become|rise|spread|reach|grow|increase|lead|trigger|spark|cause|happen|take|face|fall|drop|end|last|collapse|escalate|expand|return|strike|kill|die|lose|win)\b))\b",
        "recommendation": r"\b(?:should|must|has to|have to|need to|needs to|needs? (?:a|an|more)|ought to|it is time to|it's time to|call(?:s|ed)? for)\b",
        # What the speaker's own side will do, deterrence and counterfactuals: plans and promises, not predictions
        "commitment": r"\b(?:i|we)(?:'ll| will| shall| won't| will not| am going to| are going to| are not going to|'m going to|'re going to|'re not going to|'m not going to)\b"
                      r"|\b(?:the|this|our) (?:department|administration|government|office|agency|bureau|justice department|"
                      r"department of justice|u\.s\. attorney's office|fbi|dea|fda|irs|atf|ice|hsi|president)\b[^.;]{0,40}\b(?:will|'ll)\b"
                      r"|\bwill (?:be|face|not be) (?:\w+ly )?(?:held (?:fully )?accountable|prosecuted|brought to justice|punished|tolerated|found and|"
                      r"pursued|investigated|apprehended|arrested|caught|removed|deported|stopped)\b|\bwill not (?:tolerate|hesitate|stand)\b|\bwill (?:continue|remain|keep) (?:to|vigilant|working|on)\b"
                      r"|\bwould(?: not)?(?: \w+ly)? have (?:\w+ly )?(?:been|happened|died|gone|done|made|\w+ed|\w+en)\b"
                      # what the speaker's side announces the listener will hear or see
                      r"|\byou(?:'ll| will| are going to) (?:\w+ly )?(?:hear|see) (?:more |a lot more |much more )?(?:from|of|him|her|them)\b|\bwill be a consequence\b"
                      # a promise; the next step of a case, which the authorities take; an indirect question
                      r"|\b(?:i|we) (?:promise|vow|pledge|guarantee)\b|\bwill (?:(?:likely|then|also) )?(?:be )?(?:charged|arraigned|sentenced|"
                      r"tried|transferred|extradited|booked|released|arraigned|appear in court|stand trial)\b"
                      r"|\b(?:why|how|whether) (?:[\w’']+ ){0,5}(?:would|will)\b|^(?:\w+ ){0,2}(?:what|who|when|where|which) (?:[\w’']+ ){0,4}(?:would|will)\b"
                      # a prediction the text calls false (a fraud's pitch); the effect of the speaker's side's own instrument
                      r"|\b(?:falsely|fraudulently|misleadingly) (?:\w+ )?(?:represent|promis|claim|assur|told|tell|state|guarante)"
                      r"|\b(?:agreement|settlement|prosecution|conviction|sentence|law|act|bill|order|policy|rule|plan|program|programme|"
                      r"initiative|investment|funding|legislation|partnership|operation|action|effort)s? (?:\w+ ){0,2}will (?:\w+ly )?(?:help|"
                      r"increase|ensure|make|protect|strengthen|improve|deter|send|provide|allow|bring|reduce|save|create|keep|give|"
                      r"enhance|expand|support|prevent|stop|end|lower|boost)\b"
                      # a schedule; what a president or a government will do (a plan, announced)
                      r"|\b(?:trial|hearing|sentencing|arraignment|funeral|services|vigil|meeting|session|summit|visit|ceremony)\b[^.;]{0,40}\b"
                      r"(?:will|would|is to|are to) (?:\w+ly )?(?:begin|start|resume|take place|be held|open|be heard|be scheduled|be set|continue)\b"
                      r"|\b(?:president|vice president|first lady|secretary|governor|mayor|attorney general|prime minister) (?:[a-z.'-]+ ){0,2}(?:will|'ll|is going to)\b"
                      r"|\b(?:the )?(?:administration|white house|government|department|agency|ministry|united states|u\.s\.) (?:will|'ll|is going to) (?:\w+ly )?(?:also )?"
                      r"(?:announce|sign|host|convene|launch|provide|invest|deliver|send|release|continue|work|take|make|issue|deploy|expand|hold)\b",
        # cues that make what follows the announcer's plan or pledge, never a prediction ("GM announced it will increase…")
        "plan_cue": r"^(?:announc|promis|vow|pledg|commit)",
        # futures that predict nothing: a purpose ("so that the transfers would pass"), a description ("an architecture
        # which will help", "medicine that will help"), the speaker's own manner of speaking ("I would point out")
        "not_predicting": r"\b(?:so|in order) that\b[^.;]*|\b(?:which|who) (?:\w+ly )?(?:will|would|'ll)\b|\b(?:i|you|we)(?:'d| would)\b"
                          # a judgement in the conditional ("it would be useful", "that would be a mistake")
                          r"|\bwould (?:\w+ly )?(?:not )?be (?:\w+ly )?(?:useful|helpful|hard|difficult|easy|good|great|better|best|bad|worse|"
                          r"wrong|right|important|appropriate|inappropriate|fair|unfair|wise|unwise|nice|wonderful|terrible|interesting|"
                          r"premature|unfortunate|a (?:\w+ )?mistake|a (?:\w+ )?(?:good|bad|great) (?:idea|thing))\b",
        # words after which "that will" opens what is expected ("we expect that it will"), not a relative clause
        # describing a thing ("medicine that will help"), which predicts nothing
        "complement_heads": {"expect", "think", "believe", "say", "said", "says", "know", "hope", "fear", "warn", "warned", "predict",
                             "clear", "sure", "likely", "chance", "fact", "risk", "sign", "means", "shows", "is", "was", "now", "so",
                             "that", "concerned", "worried"},
        "opinion_words": r"\b(?:is a threat|threat to|too late|justified|real, but|disgrace|shocked|monstrous|thin|smear|fabrication|outrage|unacceptable|i think|we believe|in my view)\b",
        "hedges": r"\b(?:may|might|could|possibly|perhaps|probably|likely|appears?|seems?|reportedly|allegedly|apparently|suspected)\b",
        "certainty": r"\b(?:certainly|clearly|definitely|undoubtedly|without doubt|no doubt|surely)\b",
    },
    "es": {
        "cues": {
            "dijo", "afirmó", "aseguró", "advirtió", "explicó", "señaló", "indicó", "denunció", "negó", "sostuvo",
            "agregó", "añadió", "alegó", "prometió", "anunció", "informó", "precisó", "recomendó", "pidió", "declaró",
            "manifestó", "reconoció", "admitió", "acusó", "consideró", "estimó", "subrayó", "insistió", "apuntó",
            "comentó", "contó", "relató", "respondió", "rechazó", "desmintió", "aseveró", "expresó", "detalló", "reveló",
            # plural preterites and presents: "los analistas advirtieron", "el fiscal afirma"
            "dijeron", "afirmaron", "aseguraron", "advirtieron", "explicaron", "señalaron", "indicaron", "denunciaron",
            "negaron", "sostuvieron", "agregaron", "añadieron", "informaron", "anunciaron", "reconocieron", "consideraron",
            "insistieron", "respondieron", "rechazaron", "acusaron", "alertaron", "alertó", "dice", "dicen", "afirma",
            "afirman", "asegura", "aseguran", "advierte", "advierten", "explica", "explican", "señala", "señalan", "sostiene",
            "sostienen", "denuncia", "denuncian", "niega", "niegan", "estima", "estiman", "considera", "consideran",
            "confirmó", "confirmaron", "destacó", "destacaron", "aclaró", "recordó", "reiteró", "reiteraron", "enfatizó",
            "remarcó", "puntualizó", "argumentó", "opinó", "sugirió", "adelantó",
            # participles of the compound tenses, read after their auxiliary ("GM ha dicho que", "han anunciado que")
            "dicho", "afirmado", "asegurado", "advertido", "explicado", "señalado", "indicado", "denunciado", "negado",
            "sostenido", "agregado", "añadido", "anunciado", "informado", "declarado", "reconocido", "admitido",
            "confirmado", "revelado", "precisado", "prometido", "destacado", "reiterado",
        },
        "according": [r"según", r"de acuerdo con", r"de acuerdo a", r"a juicio de", r"en palabras de"],
        "pronouns": {"él": "person", "ella": "person", "ellos": None},
        "roles": r"(?:fiscal|portavoz|ministro|ministra|presidente|presidenta|experto|experta|analista|investigador|investigadora|general|coronel|director|directora|abogado|abogada|jefe|jefa|vocero|vocera|alcalde|alcaldesa|criminólogo)",
        "denial": {"negó", "rechazó", "desmintió", "negaron", "rechazaron", "niega", "niegan"},
        "allegation": {"alegó", "acusó", "denunció", "acusaron", "denunciaron", "denuncia", "denuncian"},
        "opinion": {"consideró", "estimó", "consideraron", "considera", "consideran", "estima", "estiman"},
        "forecast": r"\b(?:va a|van a|vamos a|será|serán|podría|podrían|habrá|próximo paso|se espera|intentará|intentarán|en los próximos|dentro de (?:un|una|\w+) (?:año|mes|semana)s?|si .{0,80}\b(?:sigue|continúa|continúan))\b",
        "recommendation": r"\b(?:hay que|debe|deben|debería|deberían|tiene que|tienen que|es necesario|es urgente|urge)\b",
        "commitment": r"\b(?:vamos a|seguiremos|continuaremos|no vamos a|no permitiremos|no toleraremos|no descansaremos|"
                      r"(?:serán|será) (?:castigad[oa]s?|procesad[oa]s?|juzgad[oa]s?|llevad[oa]s? ante la justicia|perseguid[oa]s?))\b",
        "plan_cue": r"^(?:anunci|promet|se compromet|compromet)",
        "not_predicting": r"\bpara que\b[^.;]*|\b(?:la|el|los|las) (?:cual|cuales) (?:va a|van a|será|serán|habrá)\b",
        "opinion_words": r"\b(?:es una amenaza|inaceptable|vergüenza|indignante|creo que|a mi juicio)\b",
        "hedges": r"\b(?:podría|podrían|posiblemente|probablemente|quizás|quizá|tal vez|al parecer|habría|habrían|presuntamente|supuestamente)\b",
        "certainty": r"\b(?:sin duda|claramente|definitivamente|ciertamente|indudablemente)\b",
    },
}
QUOTE = re.compile(r"“[^”]{8,}?”|\"[^\"]{8,}?\"|«[^»]{8,}?»")
MIN_QUOTE_WORDS = 3  # "deplorables", “Shark Tank”: scare quotes and titles, not quotations
ES_SPEAKER = r"\b(?P<speaker>(?:(?:[Ee]l|[Ll]as?|[Ll]os) )?(?:[a-záéíóúñ]+,? ){0,3}?[A-ZÁÉÍÓÚÑ][\wáéíóúñ-]+(?: (?:de |del |de la )?[A-ZÁÉÍÓÚÑ][\wáéíóúñ-]+){0,4}(?:, (?:[^,.\"“”«»]{3,80}),)?)"


def classify(content: str, cue: str, language: str, speaker: str | None = None) -> tuple[str, str, tuple[str, ...], tuple[str, ...]]:
    """(claim type, stance, hedges, certainty words) of a statement's content; ``speaker`` as written tells a
    plan of the speaker's own side ("Global salespeople told them Global would find sites") from a forecast."""
    lex = LEXICONS.get(language, LEXICONS["en"])
    low = content.lower().replace("’", "'")  # "we’ll", "won’t" as typeset
    cue_word = cue.lower().split()[0] if cue else ""
    lemma = verb_lemma(cue_word)
    stance = "denied" if lemma in lex["denial"] or cue_word in lex["denial"] else "alleged" if lemma in lex["allegation"] or cue_word in lex["allegation"] else "asserted"
    if re.search(lex["recommendation"], low):
        kind = "recommendation"
    elif not re.search(lex["plan_cue"], cue_word) and re.search(lex["forecast"], predicting := _predicting(low, lex, lemma, speaker)) \
            and not re.search(lex["commitment"], low) and not _own_side(low, speaker, lex) and not _speaker_acts(low, speaker, language) \
            and not _only_plans(predicting, language):
        kind = "forecast"
    elif lemma in lex["opinion"] or cue_word in lex["opinion"] or re.search(lex["opinion_words"], low):
        kind = "opinion"
    else:
        kind = "assertion"
    hedges = tuple(dict.fromkeys(m.group(0) for m in re.finditer(lex["hedges"], low)))
    certainty = tuple(dict.fromkeys(m.group(0) for m in re.finditer(lex["certainty"], low)))
    return kind, stance, hedges, certainty


_RELATIVE_FUTURE = re.compile(r"\b([\w']+) that (?:\w+ly )?(?:will|would|'ll)\b")


# Cues and speakers that narrate a past scheme: what a charging document alleges or a defendant admitted "would"
# happen is what used to happen ("the complaint alleges the defendants would recruit drivers"), not a prediction.
_NARRATING_CUES = {"allege", "admit", "acknowledge", "plead", "accuse", "concede", "testify", "accord"}
_CHARGING_PAPERS = re.compile(r"\b(?:indictment|complaint|information|affidavit|plea|agreement|court (?:documents|records|papers|filings)|"
                              r"charging documents|documents|records|evidence|testimony|defendants?|co-conspirators)\b", re.I)


def _predicting(low: str, lex: dict, cue_lemma: str = "", speaker: str | None = None) -> str:
    """A claim without the futures that predict nothing (``not_predicting``), nor those of a relative clause: "that
    will" after a noun describes it ("medicine that will help"), after a verb of saying or expecting it predicts;
    nor the habitual "would" of a narrated scheme (``_NARRATING_CUES``)."""
    low = re.sub(lex["not_predicting"], " ", low)
    if cue_lemma in _NARRATING_CUES and (cue_lemma != "accord" or (speaker and _CHARGING_PAPERS.search(speaker))):
        low = re.sub(r"\bwould\b|'d\b", " ", low)
    heads = lex.get("complement_heads")
    return _RELATIVE_FUTURE.sub(lambda m: m.group(0) if m.group(1) in heads else " ", low) if heads else low


# What "will" or "would" says someone is going to do on purpose, or what a rule or a schedule will have done: a plan,
# a programme, a rule, not a prediction of a happening nobody controls ("the county will use the funds", "the
# center will help kids", "the road will remain closed", "visitors will be kicked out", "we hope folks will visit").
_PLAN_VERBS = {
    "use", "build", "begin", "start", "provide", "allow", "design", "construct", "operate", "host", "offer", "release",
    "work", "give", "invest", "ensure", "improve", "promote", "create", "support", "hold", "meet", "visit", "sign", "announce",
    "launch", "deliver", "send", "fund", "pay", "open", "close", "serve", "include", "apply", "cover", "require", "receive",
    "join", "attend", "speak", "discuss", "travel", "review", "consider", "decide", "determine", "vote", "approve", "introduce",
    "implement", "establish", "enhance", "strengthen", "protect", "benefit", "represent", "utilize", "engage", "guide",
    "comment", "say", "talk", "tell", "be", "exchange", "raise", "share", "brief", "present", "unveil", "address", "welcome",
}
_PLAN_PARTICIPLES = {"decided", "determined", "closed", "opened", "used", "built", "held", "offered", "required", "allowed",
                     "kicked", "put", "given", "provided", "made", "sent", "invited", "asked", "notified", "announced", "hosted",
                     "available", "able", "eligible", "open", "responsible", "free", "ready", "done", "completed", "finished", "discussed",
                     "raised", "addressed", "signed", "unveiled", "presented", "briefed", "reviewed", "covered", "shared", "published"}
_FUTURE = re.compile(r"\b(?:will|would|'ll|shall|(?:is|are|am|'s|'re|'m) going to)\s+(?:not\s+|never\s+|also\s+|only\s+|soon\s+|now\s+|then\s+|"
                     r"still\s+|all\s+|\w+ly\s+)*(\w+)(?:\s+(?:not\s+|\w+ly\s+)?(\w+))?")
_WISH = re.compile(r"\b(?:i|we) (?:hope|wish|want|would like)\b|\bhopefully\b|\bhold out hope\b|\bi(?:'d| would) (?:love|like) to\b")


def _only_plans(low: str, language: str) -> bool:
    """Whether every "will"/"would" of an English claim says what someone will do on purpose or what a rule will
    have done (``_PLAN_VERBS``), or the claim is a wish: then it is no forecast. A prediction of a happening ("will
    rise", "will be killed", "would embolden") keeps it one; so do the other markers ("expected to", "likely to",
    "on track to")."""
    if language != "en":
        return False
    if _WISH.search(low):
        return True
    if re.search(r"\b(?:expected to|likely to|unlikely to|predict|forecast|on (?:track|pace|course) (?:to|for)|could|might|may)\b", low):
        return False
    verbs = [(m.group(1), m.group(2)) for m in _FUTURE.finditer(low)]
    if not verbs:
        return False
    return all(v in _PLAN_VERBS and (v != "be" or (w or "") in _PLAN_PARTICIPLES or _planned_doing(w or ""))
               and not (v in ("begin", "start") and (w == "to" or (w or "").endswith("ing")))  # "start winning": a happening
               for v, w in verbs)



def _planned_doing(word: str) -> bool:
    """Whether "will be …ing" names a planned doing ("will be sending a delegation", "will be hosting")."""
    if not word.endswith("ing") or len(word) < 6:
        return False
    stem = word[:-3]
    return any(c in _PLAN_VERBS for c in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem))

_SIDE_STOP = {"the", "a", "an", "of", "and", "for", "in", "to", "u.s.", "us", "el", "la", "los", "las", "de", "del", "y", "general",
              "attorney", "acting", "assistant", "special", "agent", "chief", "said", "says"}


def _own_side(low: str, speaker: str | None, lex: dict) -> bool:
    """Whether the future in a claim is the speaker's own side's doing: the subject of its first "will" or
    "would" shares a name word with the speaker ("Global salespeople" … "Global would find", "police said
    police will add patrols")."""
    found = re.search(r"((?:[\w’'.-]+ ){1,4})(?:will|would|'ll|is going to|are going to|va a|van a)\b", low)
    if not speaker or not found:
        return False
    speaker = re.split(r"\b(?:on|about|who|which|that|studying|sobre|que)\b", speaker.lower())[0]  # "a researcher on Tren de Aragua"
    side = {w for w in re.findall(r"[\w’'.-]+", speaker) if len(w) > 2 and w not in _SIDE_STOP}
    return bool(side & set(found.group(1).split()))



_REPORTED_SELF = re.compile(r"^(?:that )?(he|she|they|it)(?:'ll| will| would|'d| is going to| are going to| was going to| were going to)"
                            r"(?: (?:not|never|also|only|soon|now|then|still|\w+ly))* (\w+)(?: (?:\w+ly )?(\w+))?")
_ORGANISATION = re.compile(r"\b(?:university|college|school|department|office|agency|company|corporation|firm|bank|ministry|"
                           r"government|administration|council|board|committee|commission|court|district|county|city|service|"
                           r"police|sheriff's office|bureau|authority|hospital|church|union|association|party|group)\b")


def _speaker_acts(low: str, speaker: str | None, language: str) -> bool:
    """Whether reported speech gives the speaker's own intention, not a prediction: "Becker said he would focus on
    the economy", "the university said it would freeze pay", "both men said they would be a good fit". The
    content opens on the pronoun of the speaker itself (he or she for one person, they for several, it for an
    organisation) and a future it does; a passive ("he said he would be killed if deported") happens to the speaker
    and stays a prediction. A quotation (content in quotation marks) speaks of others in the third person."""
    if language != "en" or not speaker:
        return False
    m = _REPORTED_SELF.match(low)
    if not m:
        return False
    pronoun, verb, after = m.group(1), m.group(2), m.group(3) or ""
    if verb == "be" and re.fullmatch(r"\w+(?:ed|en)|killed|hurt|shot|hit|put|sent|held|kept|caught|left", after) \
            and after not in ("open", "even", "seen"):
        return False
    who = speaker.lower().strip()
    plural = bool(re.search(r"\b(?:and|both|they|we|police|officials|authorities|prosecutors|members|leaders|officers|residents|"
                            r"parents|students|men|women|people|families|investigators|agents|lawmakers|companies|groups)\b", who))
    if pronoun in ("he", "she"):
        return not plural
    if pronoun == "they":
        return plural
    return not plural and bool(_ORGANISATION.search(who)) and verb not in ("be", "take", "cost", "rain", "snow")

_IRREGULAR = {"said": "say", "told": "tell", "wrote": "write", "written": "write", "thought": "think", "felt": "feel",
              "spoke": "speak", "spoken": "speak"}


@lru_cache(maxsize=4096)
def verb_lemma(word: str) -> str:
    """The base form of an English verb form, enough for cue words: the
    pipeline runs without spaCy's lemmatizer, which tocsin does not need."""
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    for suffix, repl in (("ies", "y"), ("ied", "y"), ("ying", "y"), ("sses", "ss"), ("ssed", "ss"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            stem = word[: len(word) - len(suffix)] + repl
            for candidate in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem):
                if candidate in _ENGLISH_CUES:
                    return candidate
            return stem
    return word


_DATELINE_END = re.compile(r"^[A-ZÁÉÍÓÚÑ ,.'’()]{3,60}[—–]\s")


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    dateline = _DATELINE_END.match(text[start:end])
    if dateline:
        start += dateline.end()  # "SANTIAGO, Chile — ..." opens the article, not the claim
    while start < end and text[start] in " ,:;—–-":
        start += 1
    while end > start and text[end - 1] in " ,:;—–-.":
        end -= 1
    return start, end


def _subtree_span(token, exclude=None) -> tuple[int, int]:
    tokens = [t for t in token.subtree if exclude is None or t not in exclude]
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _quotes(text: str) -> list[tuple[int, int]]:
    """Quotations, paragraph by paragraph: a quote left open at the end of a
    paragraph (the next paragraph reopens it) ends with its paragraph."""
    out, offset = [], 0
    for para in text.split("\n"):
        spans = [(offset + s, offset + e) for s, e in (m.span() for m in QUOTE.finditer(para)) if len(para[s:e].split()) >= MIN_QUOTE_WORDS]
        out += spans
        last_end = spans[-1][1] - offset if spans else 0
        rest = para[last_end:]
        opening = re.search(r"(?:^|\s)([\"“«])(?=\S)", rest)
        if opening and not re.search(r"[\"”»]", rest[opening.end() :]) and len(rest) - opening.start(1) > 10:
            out.append((offset + last_end + opening.start(1), offset + len(para.rstrip())))
        offset += len(para) + 1
    return out


def find_parsed(doc, language: str, text: str) -> list[dict]:
    """Statements from a parsed spaCy Doc (whose text is ``text``: spaCy
    rebuilds Doc.text on every access): cue verbs with their subject and
    complement, and "according to" phrases."""
    lex = LEXICONS[language]
    quotes = _quotes(text)
    found = []
    for sent in doc.sents:
        s_quotes = [q for q in quotes if sent.start_char <= q[0] < sent.end_char or sent.start_char < q[1] <= sent.end_char]
        for tok in sent:
            if verb_lemma(tok.lower_) in lex["cues"] and tok.tag_.startswith("VB") and not _inside_quote(tok.idx, quotes):
                found += _from_cue(doc, text, tok, s_quotes)
        found += _according(doc, text, sent, lex)
    return found


def _inside_quote(offset: int, quotes) -> bool:
    return any(s < offset < e for s, e in quotes)


_COMPLEMENT_ORDER = {"ccomp": 0, "parataxis": 1, "xcomp": 2}


def _from_cue(doc, text: str, verb, quotes) -> list[dict]:
    if any(c.dep_ == "neg" for c in verb.children):
        return []  # "officials have not said how many": nothing was claimed
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subj and (subj[0].lower_ in ("who", "which", "that", "what") or subj[0].is_upper and len(subj[0]) > 1 and subj[0].idx < 40):
        return []  # a relative pronoun, or a dateline the parser took for the subject
    agent = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    speaker = subj[0] if subj else agent[0] if agent else None
    if speaker is not None and speaker.dep_ == "nsubjpass" and not agent:
        return []  # "he was told": the subject is the hearer
    comps = sorted((c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "parataxis") and not (c.dep_ == "xcomp" and c.tag_ == "TO")),
                   key=lambda c: _COMPLEMENT_ORDER[c.dep_])  # "told mourners the killing was designed…": the clause, not "mourners"
    if not comps:  # "said in a news release that X is held": the parse hung the "that" clause on "release"
        comps = [t for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj" for t in o.children
                 if t.dep_ == "relcl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children)]
    if speaker is None and comps and comps[0].i < verb.i:  # "…, announced Acting Assistant Attorney General Loretta King": inverted,
        speaker = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i and c.tag_ in ("NNP", "NNPS")), None)  # parsed as an object
    cue_end = verb.idx + len(verb.text)
    prt = [c for c in verb.children if c.dep_ == "prt"]  # "point out"
    if prt:
        cue_end = max(cue_end, prt[0].idx + len(prt[0].text))
    content = None
    direct = False
    near = [
        q for q in quotes
        if (-3 <= verb.idx - q[1] <= 60 and "\n" not in text[q[1] : verb.idx])
        or (-3 <= q[0] - cue_end <= 60 and "\n" not in text[cue_end : q[0]])
    ]
    if near:
        content = (min(q[0] for q in near), max(q[1] for q in near))
        direct = True
    elif not comps and verb_lemma(verb.lower_) in ("deny", "reject", "dismiss", "confirm", "acknowledge", "admit", "predict"):
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        content = _subtree_span(objs[0]) if objs else None
    elif comps:
        comp = comps[0]
        marks = {t for t in comp.subtree if t.dep_ == "mark" and t.head == comp and t.i < comp.i and t.lower_ in ("that", "whether", "if")}
        content = _subtree_span(comp, exclude=marks)
    if content is None and speaker is not None and speaker.i > verb.i and verb.head.i < verb.i and verb.dep_ != "ccomp" \
            and text[verb.sent.start_char : verb.idx].rstrip().endswith(","):
        content = (verb.sent.start_char, text.rindex(",", 0, verb.idx))  # "…, announced Acting Assistant Attorney General Loretta King"
    if content is None or speaker is None and not direct:
        return []
    sp = _strip(text, *_subtree_span(speaker)) if speaker is not None else (None, None)
    start, end = _strip(text, *content)
    if end - start < 6:
        return []
    head = (speaker.idx, speaker.idx + len(speaker.text)) if speaker is not None else None
    appositions = _appositions(speaker)
    if sp[0] is not None and start < sp[0] and (lead := _LEAD_SPEAKERS.search(text, start, sp[0])):
        # "…, Acting Assistant Attorney General Loretta King for the Civil Rights Division and U.S. Attorney for the
        # Eastern District of New York Benton J. Campbell announced": the parse gave the verb the last name only;
        # the speakers are the whole run after the comma, the first named leading (docs/annotation.md §3)
        sp, head, appositions = (lead.start("run"), sp[1]), None, []
        start, end = _strip(text, start, min(end, lead.start()))
        if end - start < 6:
            return []
    return [dict(speaker=sp, speaker_head=head, appositions=appositions, cue=(verb.idx, cue_end), content=(start, end), direct=direct)]


_LEAD_SPEAKERS = re.compile(r",\s+(?P<run>(?=[^,;:!?\n]*?\band\b)[^,;!?\n]{0,160}?)$")


def _appositions(head) -> list[tuple[int, int]]:
    """Spans that rename the speaker's head: "the director, Ramón Ibáñez"."""
    if head is None:
        return []
    return [_subtree_span(c) for c in head.children if c.dep_ in ("appos", "compound")]


def _according(doc, text: str, sent, lex) -> list[dict]:
    out = []
    for tok in sent:  # the parse gives the whole speaker: "the regional police commander, Colonel Andrés Pardo"
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            objs = [c for c in doc[tok.i + 1].children if c.dep_ == "pobj"]
            if objs:
                sp = _strip(text, *_subtree_span(objs[0]))
                appos = _appositions(objs[0])
                renamed = [e for e in doc.ents if e.label_ == "PERSON" and re.fullmatch(r"\s*,\s*(?:[A-Z][a-z]+\.?\s+)?", text[sp[1] : e.start_char])]
                if renamed and text[renamed[0].end_char : renamed[0].end_char + 1] == ",":
                    sp = (sp[0], renamed[0].end_char)  # the parser split "the commander, Colonel Andrés Pardo,"
                    appos = appos + [(renamed[0].start_char, renamed[0].end_char)]
                rest = [(sent.start_char, tok.idx), (sp[1], sent.end_char)]
                start, end = _strip(text, *max(rest, key=lambda r: r[1] - r[0]))
                if end - start > 10:
                    head = (objs[0].idx, objs[0].idx + len(objs[0].text))
                    out.append(dict(speaker=sp, speaker_head=head, appositions=appos,
                                    cue=(tok.idx, doc[tok.i + 1].idx + 2), content=(start, end), direct=False))
    if out:
        return out
    low = sent.text.lower()
    for phrase in lex["according"]:
        for m in re.finditer(rf"\b{phrase}\b", low):
            cue_start = sent.start_char + m.start()
            cue_end = sent.start_char + m.end()
            rest = text[cue_end : sent.end_char]
            sm = re.match(r"\s*([^,.;]{2,120}?)(?=,|\.|;|$)", rest)
            if not sm:
                continue
            sp = (cue_end + sm.start(1), cue_end + sm.end(1))
            before = (sent.start_char, cue_start)
            after = (sp[1], sent.end_char)
            content = before if before[1] - before[0] > after[1] - after[0] else after
            start, end = _strip(text, *content)
            if end - start > 10:
                out.append(dict(speaker=sp, speaker_head=None, cue=(cue_start, cue_end), content=(start, end), direct=False))
    return out


_AUX = r"(?:ha|han|había|habían|habría|habrían|hemos)"  # "ha dicho", "han anunciado": the cue is the participle


def find_surface(text: str, language: str) -> list[dict]:
    """Statements by surface patterns (languages read without a parser)."""
    lex = LEXICONS[language]
    cues = "|".join(sorted(lex["cues"], key=len, reverse=True))
    out = []
    quotes = _quotes(text)
    for qs, qe in quotes:  # «...», dijo X  /  "...", afirmó el fiscal X
        after = re.match(rf"\s*,?\s*(?:{_AUX}\s+)?(?P<cue>{cues})\s+{ES_SPEAKER}", text[qe : qe + 160])
        before = re.search(rf"{ES_SPEAKER},?\s+(?:{_AUX}\s+)?(?P<cue>{cues})\b[^.«“\"]{{0,60}}?\s*:?\s*$", text[max(0, qs - 200) : qs])
        if after:
            base = qe
            out.append(dict(speaker=(base + after.start("speaker"), base + after.end("speaker")), speaker_head=None,
                            cue=(base + after.start("cue"), base + after.end("cue")), content=(qs, qe), direct=True))
        elif before:
            base = max(0, qs - 200)
            out.append(dict(speaker=(base + before.start("speaker"), base + before.end("speaker")), speaker_head=None,
                            cue=(base + before.start("cue"), base + before.end("cue")), content=(qs, qe), direct=True))
    common = r"\b(?P<speaker>(?:[Ee]l|[Ll]as?|[Ll]os|[Ee]st[aeo]s?|[Dd]ich[ao]s?) [a-záéíóúñ]+(?: (?:de|del|de la|de los|de las) [a-záéíóúñ]+)?)(?:\s+[^\s.,;«“\"]+){0,5}?\s+(?:y\s+)?"
    tail = rf",?\s*(?:{_AUX}\s+)?\b(?P<cue>{cues})\b\s+(?:[^\s.,;«“\"]+\s+){{0,4}}?que\s+(?P<content>[^.«“\"]{{10,}}\.)"
    matches = [m for speaker in (ES_SPEAKER, common) for m in re.finditer(speaker + tail, text)]
    for m in matches:
        cs, ce = _strip(text, m.start("content"), m.end("content") - 1)
        cue = m.span("cue")
        later = list(re.finditer(rf"\b(?:{cues})\b", text[cue[1] : m.start("content")]))
        if later:  # "negó las acusaciones y aseguró que ...": the claim belongs to the last cue
            cue = (cue[1] + later[-1].start(), cue[1] + later[-1].end())
        if not any(q[0] <= cs < q[1] for q in quotes) and not _inside_quote(m.start("cue"), quotes):
            out.append(dict(speaker=m.span("speaker"), speaker_head=None, cue=cue, content=(cs, ce), direct=False))
    for phrase in lex["according"]:
        for m in re.finditer(rf"(?i)\b{phrase}\s+(?P<speaker>(?:[^,.;\s]+\s?){{1,6}}?),\s*(?P<content>[^.]{{10,}}\.)", text):
            cs, ce = _strip(text, m.start("content"), m.end("content") - 1)
            out.append(dict(speaker=m.span("speaker"), speaker_head=None, cue=(m.start(), m.start() + len(phrase)), content=(cs, ce), direct=False))
    return out


def continuations(text: str, found: list[dict]) -> list[dict]:
    """Quotes that open a paragraph right after an attributed one: the same speaker goes on."""
    covered = [f["content"] for f in found]
    out = []
    for qs, qe in _quotes(text):
        if any(cs <= qs < ce or cs < qe <= ce for cs, ce in covered):
            continue
        prev = [f for f in found if f["content"][1] <= qs and f["direct"] and qs - f["content"][1] < 400]
        if not prev:
            continue
        last = max(prev, key=lambda f: f["content"][1])
        gap = text[max(last["content"][1], last["cue"][1]) : qs]
        para_start = text.rfind("\n", 0, qs) + 1
        opens_paragraph = not text[para_start:qs].strip()
        if opens_paragraph or (len(gap) < 120 and "\n" not in gap):  # "“...,” he said. “...”" or a new paragraph of the same quote
            out.append(dict(last, content=(qs, qe), direct=True, continuation=True))
    return out


def _dedupe(found: list[dict]) -> list[dict]:
    """One statement per content span: the one with a speaker, then the longest content."""
    found.sort(key=lambda f: (f["content"][0], -(f["content"][1] - f["content"][0]), f["speaker"][0] is None))
    out = []
    for f in found:
        if any(not (f["content"][1] <= g["content"][0] or g["content"][1] <= f["content"][0]) for g in out):
            continue
        out.append(f)
    return out


Speaker = tuple  # (mention span, name, basis, descriptor, affiliation span)
_NAME = re.compile(r"[A-ZÁÉÍÓÚÑ][\wáéíóúñ.-]+(?: (?:de |del |de la )?[A-ZÁÉÍÓÚÑ][\wáéíóúñ.-]+)+")


def _span(m: Mention) -> tuple[int, int]:
    return (m.start, m.end)


def _surname_match(word: str, history: list[Statement], roster: Roster) -> tuple | None:
    """A lone surname ("Cordero") names the person whose full name ends with it: the last speaker of that
    name, else the one person of the document with that family name."""
    for s in reversed(history):
        if s.speaker_name and surname(s.speaker_name) == surname(word) and " " in s.speaker_name:
            return s.speaker_mention, s.speaker_name
    person = roster.by_surname(word)
    return (person.span, person.name) if person else None


_NOT_THE_SPEAKER = re.compile(r"(?:\b(?:for|of|to|with|by|from|at|on|about|against|behind|de|del|para|con|por|contra|sobre)|['’]s?)\s*$", re.I)


def _apposed(text: str, span, inside: list[Mention]) -> Mention | None:
    """A person written in apposition within a speaker phrase whose head the parse put elsewhere:
    "acting U.S. Attorney for the Eastern District, Laurie Magid"; "Assistant Attorney General for the Civil
    Rights Division Grace Chung Becker and …". Not one the phrase only mentions: "a lawyer for John Smith",
    "an aide to Senator Ruiz", "John Smith's lawyer"."""
    for m in inside:
        if m.kind != "person" or re.match(r"['’]s?\b", text[m.end : m.end + 2]):
            continue
        before = re.sub(r"(?:\s*\b[A-Z][\w.'’-]*)+\s*$", "", text[span[0] : m.start])  # the title run: "Sheriff", "Civil Rights Division"
        if not before.strip() or before.rstrip().endswith(",") or re.search(r"\b(?:the|and|y|el|la)\s*$", before, re.I):
            if not _NOT_THE_SPEAKER.search(before):
                return m
    return None


def _descriptor(rest: str) -> str | None:
    """What is said of a speaker besides the name: "a police spokesman", "Prosecutor"."""
    rest = re.sub(r"\s+,", ",", " ".join(rest.split())).strip(" ,")
    rest = re.sub(r"^(?:the|el|la|los|las)$", "", rest, flags=re.I)
    return rest or None


def speaker_entity(
    text: str, span, head, mentions: list[Mention], history: list[Statement], language: str, appositions=(), roster: Roster | None = None
) -> Speaker:
    """(mention span, name, basis, descriptor, affiliation span) of a speaker phrase.

    Only the mention that holds the head of the speaker phrase names the
    speaker: in "researchers who study Tren de Aragua" the head is
    "researchers", and the gang is not the speaker."""
    if span[0] is None:
        return None, None, "none", None, None
    lex = LEXICONS.get(language, LEXICONS["en"])
    roster = roster or Roster(text, mentions)
    words = text[span[0] : span[1]]
    inside = [m for m in mentions if span[0] <= m.start and m.end <= span[1]]
    orgs = [m for m in inside if m.kind in ("organization", "agency", "group")]
    if head is not None:
        named = [m for m in inside if m.start <= head[0] < m.end and m.kind in ("person", "organization", "agency", "group")]
        renamed = [m for m in inside if m.kind == "person" and any(a <= m.start and m.end <= b for a, b in appositions)]
        named = named or renamed[:1]  # "Chile's prosecutor ..., Héctor Barros"; not "the government of Nicolás Maduro"
        if not named and text[head[0] : head[0] + 1].isupper() and (full := _surname_match(text[head[0] : head[1]], history, roster)):
            return full[0], full[1], "named", _descriptor(text[span[0] : head[0]] + " " + text[head[1] : span[1]]), _span(orgs[0]) if orgs else None
        named = named or [m for m in [_apposed(text, span, inside)] if m]
    else:  # surface patterns: a person first, else a capitalized full name, else an organization
        named = [m for m in inside if m.kind == "person"][:1]
        if not named and (full := list(_NAME.finditer(words))):
            last = full[-1]
            name_span = (span[0] + last.start(), span[0] + last.end())
            named_org = [m for m in orgs if m.start >= name_span[0] and m.end <= name_span[1]]
            if not named_org:
                descriptor = _descriptor(words[: last.start()] + " " + words[last.end() :])
                return name_span, last.group(0), "named", descriptor, _span(orgs[0]) if orgs else None
        named = named or orgs[:1]
    if named:
        top = named[0]
        if top.kind == "person" and " " not in top.text and (full := _surname_match(top.text, history, roster)):
            return full[0], full[1], "named", None, None  # "afirmó Lagos": the Mauricio Lagos named before
        descriptor = _descriptor(text[span[0] : top.start] + " " + text[top.end : span[1]])
        affiliation = next((_span(m) for m in orgs if m is not top), None)
        return _span(top), top.text, "named", descriptor, affiliation
    low = words.lower().strip()
    if low in lex["pronouns"]:
        person = lex["pronouns"][low] == "person"
        for s in reversed(history):
            if s.speaker_mention and (not person or s.speaker_basis != "organization"):
                return s.speaker_mention, s.speaker_name, "pronoun", None, s.affiliation
        return None, None, "pronoun", None, None
    if re.fullmatch(r"[A-ZÁÉÍÓÚÑ][\wáéíóúñ-]+", words.strip()):
        found = _surname_match(words.strip(), history, roster)
        if found:
            return found[0], found[1], "named", None, None
    if re.match(r"^(the|el|la|this|that|este|esta)\s", low) and (person := roster.by_title(words)):
        return person.span, person.name, "role", " ".join(words.split()), None  # "the sheriff": Sheriff Greg Taylor, named before
    role = re.search(rf"\b{lex['roles']}\b", low)
    if role and re.match(r"^(the|el|la|this|that|este|esta) ", low):
        for s in reversed(history):
            if s.speaker_mention and s.descriptor and role.group(0) in s.descriptor.lower():
                return s.speaker_mention, s.speaker_name, "role", words, s.affiliation
    return None, None, "unnamed", words or None, _span(orgs[0]) if orgs else None


def find_statements(doc, text: str, mentions: list[Mention], language: str, parsed: bool, roster: Roster | None = None) -> list[Statement]:
    """Every attributed statement in a document, in text order."""
    if language not in LEXICONS:
        return []
    roster = roster or Roster(text, mentions)
    found = find_parsed(doc, language, text) if parsed and LEXICONS[language].get("parse") else find_surface(text, language)
    found = _dedupe(found)
    found = _dedupe(found + continuations(text, found))
    out: list[Statement] = []
    for f in sorted(found, key=lambda f: f["content"][0]):
        sp = f["speaker"]
        if f.get("continuation"):
            prev = out[-1] if out else None
            who = (prev.speaker_mention, prev.speaker_name, "continuation", prev.descriptor, prev.affiliation) if prev else (None, None, "none", None, None)
            sp = (prev.speaker_start, prev.speaker_end) if prev else (None, None)
        else:
            who = speaker_entity(text, sp, f.get("speaker_head"), mentions, out, language, f.get("appositions", ()), roster)
        mention, name, basis, descriptor, affiliation = who
        hedge = _affiliation_hedge(text, sp, affiliation, mentions, language, out)
        cue = text[f["cue"][0] : f["cue"][1]]
        content = text[f["content"][0] : f["content"][1]]
        kind, stance, hedges, certainty = classify(content, cue, language, text[sp[0] : sp[1]] if sp[0] is not None else None)
        out.append(Statement(
            speaker_start=sp[0], speaker_end=sp[1], speaker_text=text[sp[0] : sp[1]] if sp[0] is not None else None,
            speaker_mention=mention, speaker_name=name, speaker_basis=basis, descriptor=descriptor, affiliation=affiliation,
            cue=cue, cue_start=f["cue"][0], cue_end=f["cue"][1], content_start=f["content"][0], content_end=f["content"][1],
            direct=f["direct"], claim_type=kind, stance=stance, hedges=hedges, certainty=certainty, affiliation_hedge=hedge,
        ))
    return out


def _affiliation_hedge(text: str, speaker, affiliation, mentions: list[Mention], language: str, before: list[Statement]) -> str | None:
    """The words of the speaker phrase that hedge a criminal group named as its affiliation: "Juan Pérez, who
    police say is a member of Tren de Aragua" keeps "who police say"; an employer ("a researcher at") is no hedge.
    An affiliation carried over from an earlier statement ("he added") keeps that statement's hedge."""
    if not affiliation:
        return None
    if speaker[0] is None or not speaker[0] <= affiliation[0] < speaker[1]:
        return next((s.affiliation_hedge for s in reversed(before) if s.affiliation == affiliation), None)
    group = next((m for m in mentions if (m.start, m.end) == tuple(affiliation) and m.kind == "group"), None)
    if group is None:
        return None
    from .ties import local_hedge  # ties reads the cue words of this module

    found = local_hedge(text, speaker[0], group, language)
    return found.hedge if found is not None else None


_ENGLISH_CUES = LEXICONS["en"]["cues"] | LEXICONS["en"]["denial"] | LEXICONS["en"]["allegation"]
