"""What kind of claim a statement's content is: assertion, forecast, recommendation or opinion, with its stance,
hedges and certainty words; and why plans, promises, schemes and a speaker's own intentions are not forecasts.
"""

from __future__ import annotations

import re

from .lexicon import HARM, LEXICONS, verb_lemma
from .questions import sin_preguntas, without_questions
from .effects import without_claimed_benefits
from .obligations import without_rules
from .schedules import unscheduled
from .unforeseen import foreseeing, narrated_scheme
from .unsurprised import unsurprised

# A quotation inside the quotation ("Isaiah said, ‘Strike the shepherd and the sheep will scatter.’") is another
# speaker's words: the outer speaker cites it and predicts nothing by it (only the outermost attribution is annotated)
_INNER = r"(?:[^‘’]|’(?=\w))"  # an apostrophe inside a word ("won’t", "they’ll") does not close it
_NESTED = re.compile(r"‘" + _INNER + r"*?\s" + _INNER + r"*?\s" + _INNER + r"*?’(?!\w)")


# What a verb of advice asks: someone (or no one named) to do something ("residents to stay indoors", "not to travel")
# ("advised Congress that it intends to designate…" tells, whatever infinitive follows the "that")
_ASKED = re.compile(r"(?:(?!that\b)[\w'.-]+ ){0,6}?(?:not )?to (?!the\b|a\b|an\b)[a-z]")


# A word of expecting: what says a "will" foretells, where a bare one beside it would tell a plan ("we expect", "likely",
# "could", "on track to"). A transcript turn is a forecast only where one says so (turns); a quotation whose promise
# rejects it whole keeps the sentence that foretells with one ("We will keep patrolling. Gangs are likely to return.")
EXPECTING = {"en": re.compile(r"\b(?:expect\w*|(?<!more )(?<!less )likely|unlikely|predict\w*|anticipat\w*|forecast\w*|probabl[ey]|"
                              r"could|might|(?-i:may)|on (?:track|pace|course) (?:to|for)|bound to|poised to|risk\w*|danger of|"
                              # a belief of the speaker's about what is to come ("I believe most voters will act", "we are
                              # confident the department will advance", "I'm sure the results will be better"): the classifier
                              # still weighs the future it leads to, so "we believe we will win the case" stays a plan
                              r"(?:i|we)(?:['’]m|['’]re| am| are)? (?:\w+ly )?(?:believe|sure|confident|convinced|certain|fear|worried|concerned)(?= (?:that )?[\w'’ ]{1,60}?"
                              r"\b(?:will|won['’]t|['’]ll|would|is going to|are going to)\b))\b", re.I),
             "es": re.compile(r"\b(?:se espera|esper\w+|probable\w*|prev[eé]\w*|podr[ií]a\w*|pueden?|riesgo)\b", re.I)}
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“‘']?[A-ZÁÉÍÓÚÑ¿¡])")


def expecting(sentence: str, language: str) -> bool:
    pattern = EXPECTING.get(language)
    return bool(pattern and pattern.search(sentence))


def classify(content: str, cue: str, language: str, speaker: str | None = None, lead: str = "",
             verdict: bool = True, relayed: tuple[str, ...] = ()) -> tuple[str, str, tuple[str, ...], tuple[str, ...]]:
    """(claim type, stance, hedges, certainty words) of a statement's content; ``speaker`` as written tells a
    plan of the speaker's own side ("Global salespeople told them Global would find sites") from a forecast;
    ``lead``, the words between the cue and a quotation ("said she anticipates the trial “would require…”"),
    can say that what is quoted is expected. A forecast goes before a recommendation, as the guideline's
    precedence says ("we must act, because the violence will spread"), unless the cue itself asks. What a speaker
    calls something is an opinion only as a ``verdict`` (statements.pictures): "described the suspect as a man in his
    30s" is an assertion. The hedges hold ``relayed``, the sources the reader found the speaker relaying, as written
    ("according to police": statements.find._according, statements.surface.relayed_source)."""
    lex = LEXICONS.get(language, LEXICONS["en"])
    # "we’ll", "won’t" as typeset; a hard-wrapped text's line breaks are spaces to the patterns ("hear more\nfrom")
    low = " ".join(_NESTED.sub(" ", content).lower().replace("’", "'").split())
    cue_word = cue.lower().split()[0] if cue else ""
    lemma = verb_lemma(cue_word)
    stance = "denied" if lemma in lex["denial"] or cue_word in lex["denial"] else "alleged" if lemma in lex["allegation"] or cue_word in lex["allegation"] else "asserted"
    if lemma in lex["request"] or cue_word in lex["request"] or (lemma in lex.get("advice", ()) and _ASKED.match(low)) \
            or lemma == "call" and cue.lower().split()[1:2] in (["for"], ["on"], ["upon"]):  # "called for more patrols"
        kind = "recommendation"  # "urged police to act", "asked to stop ICE as soon as possible": a request, whatever its tense
    elif _forecast(low, cue_word, lemma, lex, speaker, language, lead.lower().replace("’", "'")) or _foretold(content, lex, speaker, language):
        kind = "forecast"
    elif re.search(lex["recommendation"], without_rules(low) if language == "en" else low):  # "will have to": a rule told
        kind = "recommendation"
    elif verdict and (lemma in lex["opinion"] or cue_word in lex["opinion"] or lemma in lex.get("characterizing", ())) \
            or re.search(lex["opinion_words"], low):
        kind = "opinion"  # "likened the agents to thugs": what a speaker makes of something (statements.pictures)
    else:
        kind = "assertion"
    hedges = tuple(dict.fromkeys(m.group(0) for m in re.finditer(lex["hedges"], low)))  # "a possible act of revenge"
    hedges += tuple(h for h in relayed if h not in hedges)  # "según la policía": a source the speaker relays stays with the claim
    certainty = tuple(dict.fromkeys(m.group(0) for m in re.finditer(lex["certainty"], low)))
    return kind, stance, hedges, certainty


def _foretold(content: str, lex: dict, speaker: str | None, language: str) -> bool:
    """Whether one sentence of a claim of several foretells with a word of expecting (``EXPECTING``), read alone: a
    promise or a plan in another sentence ("We will not give up. Extortion is likely to rise.") rejects the claim
    whole in ``_forecast`` but makes no prediction beside it the speaker's own doing."""
    from ..forecasts import polarity  # the ledger's reading, which imports this package

    sentences = _SENTENCE_END.split(" ".join(content.split()))
    if len(sentences) < 2:
        return False
    # the ledger reads polarity on the whole claim: where the promise's "won't" would turn the prediction over ("We will
    # not give up. Extortion is likely to rise."), or its "will" hide the prediction's "unlikely", it is left out
    whole = polarity(content, language=language)
    return any(_forecast(low, ":", "", lex, speaker, language, "") and not _only_plans(_HEDGE_AS_WILL.sub("will", low), language)
               and polarity(s, language=language) == whole
               for s in sentences if expecting(s, language) and (low := " ".join(_NESTED.sub(" ", s).lower().replace("’", "'").split())))


# A hedged future read as a bare one, for what it says someone will do: "it is likely to be published" and "the grant
# will probably pay" are still the schedule and the programme a bare "will" would tell
_HEDGE_AS_WILL = re.compile(r"\b(?:(?:is|are|was|were|'s|'re) (?:\w+ly )?(?:likely|expected|projected|poised|set|bound) to|"
                            r"(?:will|would) (?:probably|likely)|(?:probably|likely) will|could|might|may|should)\b|\b(?:probably|likely)\b")


def _forecast(low: str, cue_word: str, lemma: str, lex: dict, speaker: str | None, language: str, lead: str) -> bool:
    """Whether a claim predicts a happening the speaker does not control: a future or a predictive word in it (or,
    for a quotation, in the words that lead to it: ``lead_words``), or a warning of a possible happening; and no
    plan, promise, deterrence line or doing of the speaker's own side. A negated lead ("said she does not expect")
    is left to the quotation's own words: the ledger reads the polarity there, and must not store it inverted. The
    speaker's own manner of speaking ("I will say this:", "I'll tell you") is neither a plan nor a prediction; a direct
    question's clause predicts nothing (``questions``)."""
    low = without_questions(low) if language == "en" else sin_preguntas(low) if language == "es" else low
    low = re.sub(lex.get("speaking", r"(?!)"), " ", low)
    if re.search(lex["plan_cue"], cue_word) or re.search(lex["commitment"], low) or _own_side(low, speaker, lex) \
            or _speaker_acts(low, speaker, language) or _listener_does(low, language) \
            or (re.search(lex.get("deterrence", r"(?!)"), low) and bool(_AUTHORITY.search(speaker or ""))):
        return False
    if (re.search(lex.get("predicting_lead", r"(?!)"), lead) and not re.search(r"\b(?:not|never|no)\b|n't\b", lead)) \
            or (lemma in lex.get("warning", ()) and re.search(lex.get("possible", r"(?!)"), low)) \
            or language == "en" and unsurprised(low):  # "I would not be surprised if they retaliate" (unsurprised)
        return True  # "she anticipates the trial “would require more jurors”", "warns of a possible shooting"
    # the past told, goals, hopes, deterrence, indirect questions, a scheme police narrate predict nothing (unforeseen)
    # … nor does the good a programme's backers claim for it (effects), nor an appointment (schedules), nor a rule (obligations)
    told = without_rules(without_claimed_benefits(narrated_scheme(unscheduled(foreseeing(low)), speaker), speaker)) \
        if language == "en" and lemma not in ("predict", "forecast") else low
    predicting = _predicting(told, lex, lemma, speaker)  # what a cue predicts is foreseen, whatever its words
    if (lemma in lex.get("predicting_cues", ()) or cue_word in lex.get("predicting_cues", ())) and not _own_infinitive(low):
        # the cue foresees what its content says will come ("predicted the gang would split"), or a happening it names
        # without a clause ("anticipated them surrendering later"); not a finding told in the past or present ("anticipated
        # that the killings were linked"), a thing ("a large crowd"), a step of a case, nor what a law provides ("previó penas")
        if re.search(lex["forecast"], predicting):
            return not _only_plans(predicting, language)
        if language == "en" and _ASKED.match(predicting):  # "expect the two leaders to discuss": what they are to do decides
            expected = f"expect {predicting}"  # (a step of a case: "the defendants to be sentenced in May")
            return not re.search(lex["not_predicting"], expected) and not _only_plans(expected, language)
        return language == "en" and _happening_named(predicting)
    return bool(re.search(lex["forecast"], predicting)) and not _only_plans(predicting, language)


# What a cue of expecting says its own subject will do ("expects to announce new sanctions"): the speaker's plan
_OWN_INFINITIVE = re.compile(r"^(?:that )?to (?:\w+ly )?(\w+)")


def _own_infinitive(low: str) -> bool:
    """Whether the content says what the one who expects will do ("expects to make more arrests"), not what they will
    come to see or undergo ("expects to see more violence")."""
    m = _OWN_INFINITIVE.match(low)
    return bool(m) and m.group(1) not in _UNDERGONE | _SETS_OFF


# A happening named without a clause, after a cue that foresees it: an event's noun or a doing in -ing ("a rise in
# killings", "them surrendering"); not a thing, nor what someone decides ("the arrests of the suspects")
_HAPPENING_NOUN = re.compile(r"\b(?:rise|increase|surge|spike|wave|escalation|retaliation|reprisals?|attacks?|violence|war|"
                             r"clash(?:es)?|split|collapse|expansion|spread|killings?|deaths|bloodshed|"
                             r"(?<!the )(?<!a )(?<!an )(?<!its )(?<!their )(?!(?:during|including|regarding|concerning|morning|evening|meeting|hearing|sentencing|"
                             r"building|funding|training|nothing|something|anything|everything)\b)\w{3,}ing)\b")


def _happening_named(low: str) -> bool:
    if re.match(r"(?:that|whether|if) ", low):
        return False  # a clause with no future in it: a finding, not something foreseen
    return any(m.group(0) not in _PLAN_VERBS and not (m.group(0).endswith("ing") and _planned_doing(m.group(0)))
               for m in _HAPPENING_NOUN.finditer(low))


def lead_words(text: str, cue_end: int, content_start: int) -> str:
    """The words between a cue and the quotation it introduces, in one sentence ("said she anticipates the trial"
    before “would require…”), or nothing."""
    lead = text[cue_end:content_start]
    return lead if 0 < len(lead) <= 120 and not re.search(r"[.!?\n]", lead) else ""


_RELATIVE_FUTURE = re.compile(r"\b([\w']+) that (?:\w+ly )?(?:will|would|'ll)\b")
# Cues and speakers that narrate a past scheme: what a charging document alleges or a defendant admitted "would"
# happen is what used to happen ("the complaint alleges the defendants would recruit drivers"), not a prediction.
_NARRATING_CUES = {"allege", "admit", "acknowledge", "plead", "accuse", "concede", "testify", "accord"}
_CHARGING_PAPERS = re.compile(r"\b(?:indictment|complaint|information|affidavit|plea|agreement|court (?:documents|records|papers|filings)|"
                              r"charging documents|documents|records|evidence|testimony|defendants?|co-conspirators)\b", re.I)


# Papers that narrate a case, whatever the verb that introduces them ("an FBI affidavit says the couple told the nuns
# they would be killed if deported": what was told then, not a prediction of the affidavit)
_NARRATING_PAPERS = re.compile(r"\b(?:affidavit|criminal complaint|indictment|charging documents?|police reports?|arrest reports?|"
                               r"court (?:documents|records|papers|filings))\b", re.I)


def _predicting(low: str, lex: dict, cue_lemma: str = "", speaker: str | None = None) -> str:
    """A claim without the futures that predict nothing (``not_predicting``), nor those of a relative clause: "that
    will" after a noun describes it ("medicine that will help"), after a verb of saying or expecting it predicts;
    nor the habitual "would" of a narrated scheme (``_NARRATING_CUES``)."""
    low = re.sub(lex["not_predicting"], " ", low)
    if cue_lemma in _NARRATING_CUES and (cue_lemma != "accord" or (speaker and _CHARGING_PAPERS.search(speaker))) \
            or speaker and _NARRATING_PAPERS.search(speaker):
        low = re.sub(r"\bwould\b|'d\b", " ", low)
    heads = lex.get("complement_heads")
    return _RELATIVE_FUTURE.sub(lambda m: m.group(0) if m.group(1) in heads else " ", low) if heads else low


# What "will" or "would" (or "we expect the leaders to") says someone is going to do on purpose, or what a rule or a
# schedule will have done: a plan, a programme, a rule, not a prediction of a happening nobody controls ("the county
# will use the funds", "the center will help kids", "the road will remain closed", "visitors will be kicked out", "we
# hope folks will visit", "we expect the two leaders to discuss trade").
_PLAN_VERBS = {
    "use", "build", "begin", "start", "provide", "allow", "design", "construct", "operate", "host", "offer", "release",
    "work", "give", "invest", "ensure", "improve", "promote", "create", "support", "hold", "meet", "visit", "sign", "announce",
    "launch", "deliver", "send", "fund", "pay", "open", "close", "serve", "include", "apply", "cover", "require", "receive",
    "join", "attend", "speak", "discuss", "travel", "review", "consider", "decide", "determine", "vote", "approve", "introduce",
    "implement", "establish", "enhance", "strengthen", "protect", "benefit", "represent", "utilize", "engage", "guide",
    "comment", "say", "talk", "tell", "be", "exchange", "raise", "share", "brief", "present", "unveil", "address", "welcome",
    "deploy", "designate", "sanction", "impose", "enforce", "station", "patrol",  # what governments decide
    "plead", "cooperate", "appeal",  # what a party to a case decides
    "reopen", "install", "hire", "upgrade", "repair", "replace", "train",  # what an owner decides
    "name", "appoint", "spend", "allocate", "disburse", "unlock", "unfreeze", "check", "inspect", "monitor",  # what a board or a treasury does
    "feature", "showcase", "perform", "celebrate", "honor", "honour", "sit", "eat", "dine",  # what a programme or a festival holds
    # what a leader says in a meeting or a call, its agenda ("we expect President Biden to emphasize the need for…")
    "emphasize", "emphasise", "underscore", "reiterate", "highlight", "stress", "reaffirm", "express", "convey", "urge", "press",
    "outline", "preview", "thank", "congratulate", "condole", "revolve", "focus", "center", "centre", "consist",
}
# What "will" says of a state, not of a happening ("the schedule will mean something", "it will depend on the jury")
_STATIVE = {"mean", "matter", "depend", "seem", "sound"}
_PLAN_PARTICIPLES = {"decided", "determined", "closed", "opened", "used", "built", "held", "offered", "required", "allowed",
                     "kicked", "put", "given", "provided", "made", "sent", "invited", "asked", "notified", "announced", "hosted",
                     "available", "able", "eligible", "open", "responsible", "free", "ready", "done", "completed", "finished", "discussed",
                     "raised", "addressed", "signed", "unveiled", "presented", "briefed", "reviewed", "covered", "shared", "published",
                     "designated", "sanctioned", "deployed", "stationed", "assigned", "installed", "hired", "trained", "funded",
                     "implemented", "enforced", "posted", "paid", "awarded", "accepted",
                     "performed", "conducted", "updated", "processed", "examined", "tested", "evaluated", "interviewed",
                     "rescheduled", "postponed", "considered", "referred", "relocated", "transported", "euthanized", "quarantined", "placed", "repatriated",  # a procedure's steps
                     "missed", "remembered", "honored", "honoured", "mourned", "buried"}  # grief, not a forecast
_FUTURE = re.compile(r"\b(?:will|would|'ll|'d|shall|won't|wouldn't|(?:is|are|am|'s|'re|'m) (?:going|poised|set|about|bound) to|"
                     # what someone "is expected to" do is weighed by its verb, as a bare "will" is ("the trustees are expected to
                     # name a president": a step they take; "violence is expected to rise": a happening)
                     r"(?:is|are|'s|'re|was|were|be) (?:\w+ly |also )?expected to|"
                     r"(?:expect|expects|expecting|anticipates?|anticipating) (?P<expected>(?:[\w'-]+ ){1,5}?)to)\s+(?:not\s+|never\s+|also\s+|only\s+|soon\s+|now\s+|then\s+|"
                     r"still\s+|again\s+|all\s+|\w+ly\s+|(?:start|begin|continue)\s+to\s+)*(?P<verb>\w+)(?:\s+(?:not\s+|\w+ly\s+)?(?P<after>\w+))?")
_WISH = re.compile(r"\b(?:i|we)(?:'m|'re| am| are)? (?:still |just |really |all )?(?:hope|hoping|wish|wishing|want|praying|pray|would like)\b"
                   r"|\bhopefully\b|\bhold out hope\b|\bi(?:'d| would) (?:love|like) to\b")


def _only_plans(low: str, language: str) -> bool:
    """Whether every "will"/"would" of an English claim says what someone will do on purpose or what a rule will
    have done (``_PLAN_VERBS``), or the claim is a wish: then it is no forecast. A prediction of a happening ("will
    rise", "will be killed", "would embolden") keeps it one; so do the other markers ("likely to", "on track to");
    "expected to" is weighed by its verb, as "will" is."""
    if language == "es":
        return _planned_es(low)
    if language != "en":
        return False
    if _WISH.search(low):
        return True
    if re.search(r"\b(?:(?:un)?likely|probably|predict|forecast|anticipat\w*|on (?:track|pace|course) (?:to|for)|could|might|(?<!in )(?<!by )(?<!-)(?<!of )(?<!until )(?<!early )(?<!late )(?<!since )may(?! \d))\b", low):  # not the month
        return False
    futures = list(_FUTURE.finditer(low))
    verbs = [(m.group("verb"), m.group("after"), m.group("expected").split() if m.group("expected") else _subject(low, m.start()))
             for m in futures]  # the subject of "we expect the cartel to retaliate" is the cartel
    # a step said to be expected, no infinitive after it: whose step it is ("more arrests are expected", "sentencing is
    # expected in May") tells a plan or schedule from a happening ("more deaths are expected")
    verbs += [("occur", None, _subject(low, m.start())) for m in re.finditer(r"\b(?:is|are) (?:\w+ly )?(?:expected|anticipated)\b(?! to\b)", low)]
    if not verbs:
        return False
    if all(v in _STATIVE for v, _, _ in verbs):
        return True  # "that's when the schedule will mean something": no happening
    return all(_acting(subject, v, w) or (
               v in _PLAN_VERBS and (v != "be" or (w or "") in _PLAN_PARTICIPLES or _planned_doing(w or ""))
               and not (v in ("begin", "start") and (w == "to" or (w or "").endswith("ing")))  # "start winning": a happening
               and not (v == "hold" and (w or "") in ("", "up", "until", "for", "through", "if", "unless", "and", "but", "as"))
               and not (v == "give" and (w or "") in ("up", "in", "way"))  # "the cartel will give up the port": a happening
               or v == "keep" and (w or "") in ("a", "an", "watch", "tabs", "track")  # "public works will keep a close eye on roads"
               or v in ("help", "assist") and (w or "") in ("with", "out") and not re.search(r"\b" + HARM, low))  # "will again help with the clean-up": a hand lent
               for v, w, subject in verbs)


# Who or what does what a future says when it is an authority acting or an instrument of policy taking effect: a plan or
# the effect of an action ("police will increase patrols", "the new unit will investigate", "the wall will stop the
# drugs", "the money will go to victims", "the investigation will continue"), not a happening nobody controls; unless
# it befalls them ("officers will be targeted")
_ACTORS = {"police", "officers", "officer", "deputies", "deputy", "agents", "troops", "soldiers", "investigators", "detectives",
           "prosecutors", "authorities", "department", "unit", "force", "government", "administration", "agency", "office",
           "sheriff", "court", "judge", "jury", "military", "army", "guard", "ministry", "congress", "lawmakers", "patrols",
           "arrest", "arrests", "sentence", "sentences", "sentencing", "conviction", "convictions", "prosecution", "prosecutions",
           "wall", "barrier", "fence", "tariff", "tariffs", "bill", "law", "laws", "order", "policy", "funding", "money", "funds", "grant", "program",
           "programme", "initiative", "operation", "designation", "measure", "measures", "plan", "strategy", "deal", "agreement",
           "investment", "partnership", "deployment", "surge", "crackdown", "legislation", "rule", "ban", "investigation", "search",
           "probe", "inquiry", "review", "hearing", "trial", "process", "case", "camera", "cameras", "center", "centre", "facility",
           "sanctions", "action", "actions", "steps", "designations", "proclamation", "memorandum", "directive",
           "homeland", "fbi", "dea", "atf", "dhs", "doj", "cbp", "hsi", "usms", "marshals",
           "city", "county", "school", "store", "company", "district",
           # a proposal or an instrument told with a bare "would" ("the Act would increase penalties", "his proposal would put
           # more police on the streets", "doing so would cut off their money"): what it is meant to do, not a happening foreseen
           # ("an act of terror will happen" is no instrument: _instrument; a "package" may be a bomb)
           "reform", "reforms", "proposal", "proposals", "amendment", "provision", "provisions", "regulation", "regulations",
           "budget", "resolution", "doing"}
_BEFALLS = {"killed", "attacked", "targeted", "shot", "ambushed", "hurt", "injured", "threatened", "kidnapped", "overwhelmed",
            "outgunned", "infiltrated", "corrupted", "bribed"}


def _subject(low: str, at: int) -> list[str]:
    """The words just before a future (at most five, within its clause): its subject, as far as words tell; for a
    predicate coordinated with the one before ("we respect the Fed and won't comment"), the first words of that
    clause, where its subject stands."""
    clauses = re.split(r"[,;:—–()]|\b(?:that|and|but|because|if|when|while|which|who)\b", low[:at])
    if not clauses[-1].split() and len(clauses) > 1 and re.search(r"\b(?:and|but)\s*$", low[:at]):
        return clauses[-2].split()[:2]
    return clauses[-1].split()[-5:]


# What an action sets off, or what befalls an authority, is a happening nobody plans: "the arrest will trigger a war of
# succession", "police will struggle to contain it"
_SETS_OFF = {"trigger", "spark", "provoke", "cause", "lead", "unleash", "fuel", "spur", "embolden", "fragment", "split", "ignite",
             "destabilize", "destabilise", "prompt", "drive", "push", "backfire", "struggle", "fail", "lose", "collapse", "create"}


# What a speaker's own side ("I", "we") will do is a plan or a promise (docs/annotation.md §4), unless it befalls them or
# they only witness it ("the region and we all will face a recession"). A claim that says "we will" outright is already a
# commitment by the lexicon's "commitment" pattern, whatever its verb; this reaches the futures that pattern does not see
# (a subject coordinated before: "we respect the court and won't comment").
_SPEAKERS_SIDE = {"i", "we", "i'll", "we'll", "i'd", "we'd"}
_UNDERGONE = {"see", "witness", "face", "experience", "find", "suffer", "lose", "need", "have", "get", "feel", "pay", "be"}


def _instrument(subject: list[str]) -> bool:
    """An Act ("the Act would raise penalties"), not an act of something ("another act of violence will happen")."""
    return "act" in subject and subject[subject.index("act") + 1:subject.index("act") + 2] != ["of"]


def _acting(subject: list[str], verb: str, after: str | None) -> bool:
    if subject and subject[-1] in _SPEAKERS_SIDE or subject[:1] and subject[0] in _SPEAKERS_SIDE and len(subject) <= 2:
        return verb not in _UNDERGONE or verb == "be" and (after or "") in _PLAN_PARTICIPLES
    return bool(set(subject) & _ACTORS or _instrument(subject)) and verb not in _SETS_OFF and not (verb == "be" and (after or "") in _BEFALLS)


# Spanish: what authorities and measures will do is their plan ("la policía va a reforzar los patrullajes", "el Gobierno
# desplegará soldados", "la investigación continuará"), unless it befalls them ("la policía será atacada")
_FUTURE_ES = re.compile(r"\b(?:va a|van a|será|serán|(?:está|están) a punto de|[a-záéíóúñ]{2,}(?:ará|erá|irá|arán|erán|irán))\b\s*(\w*)")
_ACTORS_ES = {"policía", "policías", "gobierno", "autoridades", "ejército", "fiscalía", "ministerio", "agentes", "guardia", "fuerzas",
              "militares", "soldados", "estado", "ley", "medida", "medidas", "plan", "programa", "investigación", "juicio", "operación",
              "operativo", "tribunal", "juez", "jueza", "congreso", "presidente", "presidenta", "alcalde", "alcaldesa", "municipio"}
_BEFALLS_ES = re.compile(r"(?:atacad|asesinad|secuestrad|amenazad|emboscad|herid|superad|infiltrad)[oa]s?$")


# What a speaker says "cooperará" or "no aceptará", the subject left out, is the speaker's side's decision
_DECIDED_ES = {"cooperar", "colaborar", "aceptar", "enviar", "desplegar", "firmar", "presentar", "invertir", "apoyar", "trabajar",
               "mantener", "seguir", "continuar", "reforzar", "crear", "construir", "destinar", "ofrecer", "pedir", "solicitar",
               "revisar", "analizar", "responder", "permitir", "tolerar", "llevar", "entregar", "anunciar", "viajar", "reunir"}


def _planned_es(low: str) -> bool:
    if re.search(r"\b(?:podría|podrían|probablemente|posiblemente|se espera|se prevé)\b", low):
        return False
    futures = list(_FUTURE_ES.finditer(low))
    return bool(futures) and all(_acting_es(low, m) for m in futures)


def _acting_es(low: str, m: re.Match) -> bool:
    clause = re.split(r"[,;:]|\b(?:que|y|pero|porque|si|cuando)\b", low[: m.start()])[-1].split()
    if not [w for w in clause if w not in ("no", "también", "se", "sí", "solo")]:  # the subject left out: the speaker's own
        word = m.group(0).split()[0]
        stem = word[:-4] if word.endswith("n") else word[:-3]
        return any(stem + ending in _DECIDED_ES for ending in ("ar", "er", "ir"))
    return bool(set(clause[-5:]) & _ACTORS_ES) and not _BEFALLS_ES.search(m.group(1))


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


# "he would focus on…"; or no subject at all, the speaker's own ("vowed he will prove" read as "will prove his innocence")
_REPORTED_SELF = re.compile(r"^(?:that )?(?:maybe |perhaps |probably )?(?:(he|she|they|it)(?:'ll| will| would|'d| won't| wouldn't| is going to| are going to| was going to| were going to)"
                            r"|(?=will |would |is going to |are going to )\w+(?: going to)?)"
                            r"(?: (?:not|never|also|only|soon|now|then|still|\w+ly))* (\w+)(?: (?:\w+ly )?(\w+))?")
# The speaker's pronoun and a verb of intention ("he plans to", "she intends to"): what its predicate goes on to say the
# subject "will" do, in a clause coordinated with it and no subject of its own, is the same plan ("and will try to…")
_INTENDING = re.compile(r"^(?:that )?(he|she|they|it) (?:\w+ly )?(?:also )?(?:plans?|intends?|wants?|aims?|means?|hopes?|"
                        r"(?:is|are) (?:planning|preparing|intending|hoping)"
                        # … a decision or a willingness of theirs ("she agreed to serve and would stay on", "he was moved
                        # to accept the post and will resign his seat")
                        r"|(?:agreed|decided|chose|promised|vowed|pledged|offered|(?:is|are|was|were) (?:\w+ly )?[\"“]?(?:moved|ready|"
                        r"willing|prepared|happy|glad|pleased|honou?red|eager|determined|proud|delighted)[\"”]?))\s+to\s+(\w+)()")
_ANY_FUTURE = re.compile(r"\b(?:will|would|'ll|won't|wouldn't|is going to|are going to)\b")
_COORDINATED = re.compile(r"(?:,\s*|\s)and\s+(?:then\s+|also\s+|\w+ly\s+)?$")
# What "you" will do, the claim's only future: a step told to the listener or to anyone who does the thing ("you are going to
# leave behind toxic chemicals", "you will report to the front desk"), which the one who does it controls; not what "you"
# will see, face or suffer ("you're going to see more shootings", "you'll get hurt"), nor what is done to "you"
_YOU_DO = re.compile(r"^(?:[^,;.\"“]{1,40}, )?[\"“]?(?:and |but |so |then )?you(?:'re| are| will|'ll)(?: going to)? (?:\w+ly )?(?:also )?(\w+)(?: (\w+))?")


def _listener_does(low: str, language: str) -> bool:
    m = _YOU_DO.match(low) if language == "en" else None
    if not m or len(_ANY_FUTURE.findall(low)) != 1 or re.search(r"\b(?:if|unless|when|once|until)\b", low):
        # "if the truce ends, you will bury more kids": what follows a condition is foreseen, not a step told
        return False
    verb, after = m.group(1), m.group(2) or ""
    return verb not in _UNDERGONE | _SETS_OFF | {"die", "see", "hear", "need", "want", "start", "begin", "continue", "keep"} \
        and not (verb == "be" and re.fullmatch(r"\w+ed|\w+en|hurt|shot|hit|caught", after))


# Who speaks deterrence: an office that acts on offenders or speaks for a state; not an analyst, critic, family or lawyer,
# in whose mouth "the militants will be crushed" or "Iran would retaliate against any strike" is a prediction
_AUTHORITY = re.compile(r"\b(?:president|governor|minister|secretary|attorney general|sheriff|police|chief|commissioner|general|"
                        r"spokes(?:man|woman|person)|officials?|mayor|prosecutors?|government|administration|department|ministry|"
                        r"army|military|commander|director|white house|kremlin|authorities)\b", re.I)


# A body's word: "it" speaks for it, never "he" or "she" (speakers._body)
ORGANISATION = re.compile(r"\b(?:university|college|school|department|office|agency|company|corporation|firm|bank|ministry|"
                          r"government|administration|council|board|committee|commission|court|district|county|city|service|campaign|"
                          r"police|sheriff's office|bureau|authority|hospital|church|union|association|party|group)\b")


def _speaker_acts(low: str, speaker: str | None, language: str) -> bool:
    """Whether reported speech gives the speaker's own intention, not a prediction: "Becker said he would focus on
    the economy", "the university said it would freeze pay", "both men said they would be a good fit". The
    content opens on the pronoun of the speaker itself (he or she for one person, they for several, it for an
    organisation) and a future it does; a passive ("he said he would be killed if deported") happens to the speaker
    and stays a prediction. A quotation (content in quotation marks) speaks of others in the third person."""
    if language != "en" or not speaker:
        return False
    intends = _INTENDING.match(low)
    if intends and all(_COORDINATED.search(low, 0, f.start()) for f in _ANY_FUTURE.finditer(low, intends.end())):
        m = intends  # "he plans to call witnesses and will try to discredit him": one subject, the speaker's, and his plan
    else:
        m = _REPORTED_SELF.match(low)
    if not m:
        return False
    pronoun, verb, after = m.group(1), m.group(2), m.group(3) or ""
    if verb in ("expect", "think", "believe", "anticipate", "predict", "imagine", "doubt", "guess", "bet"):
        return False  # "he wouldn't expect the race to end early": a belief, no act of his
    if verb == "be" and re.fullmatch(r"\w+(?:ed|en)|killed|hurt|shot|hit|put|sent|held|kept|caught|left", after) \
            and after not in ("open", "even", "seen"):
        return False
    if pronoun is None:
        return True  # the content opens on the future itself: its subject is the speaker's
    who = re.split(r",|\bwho\b", speaker.lower().strip())[0]  # "Mrs. Clinton, who fought Obama and Sanders" is one
    plural = bool(re.search(r"\b(?:and|both|all|several|many|two|three|four|five|\d+|they|we|police|officials|authorities|prosecutors|"
                            r"members|leaders|officers|residents|parents|students|men|women|people|families|investigators|agents|"
                            r"lawmakers|companies|groups|crew|crews|staff|workers|employees|unions)\b", who)) or _plural_head(speaker)
    if pronoun in ("he", "she"):
        return not plural
    if pronoun == "they":
        return plural
    return not plural and (bool(ORGANISATION.search(who)) or _acronym(speaker)) and verb not in ("be", "take", "cost", "rain", "snow")


def _plural_head(speaker: str) -> bool:
    """Whether a speaker phrase ends on a plural common noun ("Clinton's advisers", "the candidates"), as written: a
    name ("Jones", "Mr. Reyes") is capitalised and stays one person."""
    head = re.split(r",| (?:who|which|that|of|for|at|with|in|from) ", speaker.strip())[0].split()  # "one of his advisers" is one
    return bool(head) and bool(re.fullmatch(r"[a-z]+[^siu']s", head[-1]))


def _acronym(speaker: str) -> bool:
    """Whether a speaker is named by an acronym ("the FBI", "ICE"), an organisation's name, and not a label in capitals
    ("MR. KIRBY")."""
    return not speaker.isupper() and bool(re.search(r"(?<![\w.])[A-Z]{2,6}(?![\w.])", speaker))
