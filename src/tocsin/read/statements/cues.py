"""The parts of a cue's sentence the parse hangs in unexpected places: the subject of a participle set off after an
object ("Rubio underscored the commitment … — declaring…"), who is asked in a call ("called on Congress to act"),
what a speaker stresses, the figures data show ("CDC data show a 10% drop"), a second cue hung on the reported clause
("said the fire started… and added that…"), the speaker of a participle hung inside a question ("declined to say
whether…, saying only…"), a past tense the tagger took for a participle, the paragraph after "According to X:" and the
object cues whose object is an act's, not a claim ("dismissed the charge", "confirmed Sara Carter"). Used by ``find``.
"""

from __future__ import annotations

import re

from ...structure import one_a_line
from .lexicon import LEXICONS, holds_findings, verb_lemma
from .spans import _strip
from .speakers import mute


def appositions(head) -> list[tuple[int, int]]:
    """Spans that rename the speaker's head: "the director, Ramón Ibáñez"."""
    if head is None:
        return []
    return [subtree_span(c) for c in head.children if c.dep_ in ("appos", "compound")]


def subtree_span(token, exclude=None) -> tuple[int, int]:
    """The characters a token and its dependents cover (``exclude``: tokens left out, the cue's own subtree, and what
    lies beyond them: "The sheriff, who called the gang “a cancer,” said…" is "The sheriff" for "called")."""
    tokens = list(token.subtree)
    if exclude:
        at = tokens.index(token)
        lo = next((n + 1 for n in range(at - 1, -1, -1) if tokens[n] in exclude), 0)
        hi = next((n for n in range(at + 1, len(tokens)) if tokens[n] in exclude), len(tokens))
        tokens = tokens[lo:hi]
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


SET_OFF = {",", "—", "–", "--"}


def object_span(obj) -> tuple[int, int]:
    """The span of a cue's object, up to a participle cue set off after it, a statement of its own ("underscored the
    commitment to … — declaring the days of weakness are over")."""
    start, end = subtree_span(obj)
    cues = LEXICONS["en"]["cues"]
    for t in obj.subtree:
        if t.dep_ == "acl" and t.tag_ == "VBG" and t.i > 0 and t.nbor(-1).text in SET_OFF and verb_lemma(t.lower_) in cues:
            return start, min(end, t.nbor(-1).idx)
    return start, end


FIGURES = re.compile(r"(?:data|figures|statistics|numbers|counts?|reports?|study|studies|survey|poll|analysis|estimates?)")


def figures_shown(verb, speaker) -> tuple[int, int] | None:
    """What figures show when the parse gives an object, not a clause: "Provisional CDC data show a 10% drop in overdose
    deaths", "preliminary data show murders down 13%" (the object and the rest of the verb's phrase, which must hold a
    number); not "the evidence showed his involvement" (no figure, and evidence of a person's act is a finding)."""
    if speaker is None or not FIGURES.fullmatch(speaker.lower_):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None:
        return None
    tokens = [t for t in verb.subtree if t.i >= obj.i and not t.is_punct]
    if not tokens or not any(t.like_num for t in tokens):
        return None
    return obj.doc[min(t.i for t in obj.subtree)].idx, tokens[-1].idx + len(tokens[-1].text)


def clause_subject(verb) -> list:
    """The subject of the clause a participle set off by a comma or a dash comments on, which the parse hung on the
    object before it ("X underscored the commitment to …, declaring that …"): the object's own subject when it is one
    ("officials, declaring that …"), else the subject of the nearest verb above it that has one."""
    if verb.head.dep_ in ("nsubj", "nsubjpass"):
        return [verb.head]
    node = verb.head
    while node.head.i != node.i:
        node = node.head
        if node.tag_.startswith(("VB", "MD")):
            return [c for c in node.children if c.dep_ == "nsubj"]
    return []


# Verbs of going on or starting, whose subject speaks the cue that completes them ("continues to call on…", "began
# urging…"); not verbs of will or refusal ("refused to say", "wanted to tell"), where nothing may have been said.
ASPECTUAL = re.compile(r"(?:continu|keep|kept|beg[aiu]n|start|resum)\w*")
# Cues of a call or a request that name who is asked and an infinitive of what to do ("called on Congress to act",
# "called for the community to join", "urged leaders to…"): the content is the one asked and the act.
CALLS = {"call", "urge", "ask", "press", "implore", "demand", "request", "advise"}


def asked_to(verb):
    """(first token of who is asked, the infinitive asked for) of a call whose parse hung the infinitive on the
    verb ("call on Congress to listen": "listen" an adverbial clause, "Congress" the object of "on") or gave it
    its own subject after "for" ("called for the community to join"); None when the verb asks nothing of anyone."""
    for clause in (c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.i > verb.i):
        if not any(a.dep_ == "aux" and a.tag_ == "TO" for a in clause.children):
            continue
        own = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        if own:
            return own[0].doc[min(t.i for t in own[0].subtree)], clause
        asked = [o for p in verb.children if (p.dep_ == "dobj" or p.dep_ == "prep" and p.lower_ in ("on", "upon")) and p.i < clause.i
                 for o in ([p] if p.dep_ == "dobj" else [c for c in p.children if c.dep_ == "pobj"])]  # not "calls for $2 billion to…"
        if asked:
            return asked[0].doc[min(t.i for t in asked[0].subtree)], clause
    return None


# Cues that make a noun phrase their content: what is denied, confirmed or announced, and what a speaker stresses
# ("Rubio underscored the President's commitment to…", "the delegation highlighted a decree that…"); not "noted" or
# "lamented", whose object is as often what was seen or lost ("noted the license plate", "lamented his death"), nor
# "recognized" ("recognized the driver"). With a clause, "note" is a cue of its own ("noted that…").
OBJECT_CUES = {"deny", "reject", "dismiss", "confirm", "acknowledge", "admit", "predict", "announce"}
STRESSING = {"underscore", "highlight", "stress", "emphasize", "reiterate"}


def stressed(verb, speaker) -> bool:
    """Whether a verb of stressing reports what a speaker stressed: in the past, with a noun for its subject ("Rubio
    underscored the commitment…"); not the document's own comment ("This underscores the severity…", "today's visit
    underscores…", "By enforcing the law, President Trump underscores his determination…", "highlighting the
    links…")."""
    return verb_lemma(verb.lower_) in STRESSING and verb.tag_ == "VBD" and speaker is not None and speaker.tag_.startswith("NN")


def unframed(verb, speaker, comps) -> list:
    """An object cue's clauses without those before its speaker when an object follows the cue: "That is why today, he
    announced executive actions…" announces the actions, and the clause the parse hung on the cue is the lead-in; "The
    gang is gone, the sheriff announced" has no object and keeps its clause."""
    if verb_lemma(verb.lower_) not in OBJECT_CUES | STRESSING or not any(c.dep_ == "dobj" and c.i > verb.i for c in verb.children):
        return comps
    return [c for c in comps if c.i > speaker.i]


# Cues of a pledge or a threat, whose bare infinitive is the speaker's own intention ("vowed to dismantle the gangs")
PLEDGES = {"promise", "vow", "pledge", "threaten", "agree"}  # "agreed to pay a fine": an undertaking


def asked_of(clause) -> bool:
    """Whether an infinitive clause has a subject of its own ("promised the public that…" aside: "urged them to…")."""
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)


def name_before(verb) -> list:
    """The run of proper names right before a cue that the parse gave no subject ("…, Detective Inspector William Leahy
    said that…", where "Leahy" was hung on a noun before it): in English a name standing straight before its verb, after
    a comma or at the sentence's start, is its subject. Empty when the verb has a subject or no name precedes it."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or verb.i == verb.sent.start:
        return []
    run = []
    node = verb.nbor(-1)
    while node.tag_ in ("NNP", "NNPS") and node.i >= verb.sent.start:
        run.insert(0, node)
        if node.i == verb.sent.start:
            break
        node = node.nbor(-1)
    opening = run[0].i == verb.sent.start or run[0].nbor(-1).text in SET_OFF if run else False
    return run if opening and len(run) >= 2 else []


def reported_around(clause, quote: tuple[int, int]) -> tuple[int, int] | None:
    """The reported clause a partial quotation stands in ("said the nature of his arrest was “unrelated” to the crime",
    "Officers believed him drunk and found “two open containers” in his car, Sokolowski said"): the content is the clause,
    as PolNeAR marks it, when the clause has words of its own before the quotation and runs to its end; None when the
    quotation is the whole of what is said."""
    start, end = subtree_span(clause)
    own = [t for t in clause.subtree if t.idx < quote[0] and not t.is_punct and t.dep_ != "mark"]
    if start < quote[0] and own and end >= quote[1] - 3:  # "she was “heartbroken.”": the point and the mark close it
        return start, max(end, quote[1])
    return None


# Cues that need no content: "as" with them marks a time ("As the witness testified, the defendant stared…"), not a source
UNREPORTING = {"testify", "speak", "talk", "answer", "respond", "reply"}


def attributed_clause(verb) -> tuple[int, int] | None:
    """The clause an attribution with "as" comments on ("As the President has said, this violence is not normal";
    "Violence fell, as the mayor noted"): the rest of the sentence's main clause, on the side away from the "as"."""
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return None
    if verb_lemma(verb.lower_) in UNREPORTING or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return None  # "As the witness testified, the defendant stared…": a time; "as" attributes only with a verb of content
    if verb_lemma(verb.lower_) != "tell" and any(c.dep_ == "dobj" for c in verb.children):
        return None  # "as he said goodbye, the crowd cheered": a time, not a source ("as police told reporters" is one)
    own = {t.i for t in verb.subtree}
    rest = [t for t in verb.head.subtree if t.i not in own]
    side = [t for t in rest if t.i > max(own)] if min(own) <= min(t.i for t in rest) else [t for t in rest if t.i < min(own)]
    while side and side[0].is_punct:
        side = side[1:]
    while side and side[-1].is_punct:
        side = side[:-1]
    if len(side) < 3 or not any(t.tag_.startswith(("VB", "MD")) for t in side):
        return None
    return side[0].idx, side[-1].idx + len(side[-1].text)


# Cues that take what is admitted or attested as the object of a preposition ("admitted to smuggling aliens", "testified
# about how the members hid their names"); not "called for", whose subject is as often a law, a plan or the weather
# ("the forecast calls for heavy rain", "the treaty calls for the extradition") and whose object a summons ("called for
# reinforcements"): ``called_for`` reads it when a person or a body calls
PREPOSITIONAL = {"admit": ("to",), "confess": ("to",), "testify": ("about", "to"), "attest": ("to",)}


# Nouns of those one testifies or confesses to, not of what: "confessed to detectives", "testified to the grand jury"
_HEARERS = {"jury", "grand", "court", "judge", "committee", "panel", "congress", "senate", "investigator", "detective",
            "police", "officer", "agent", "prosecutor", "authority", "lawmaker", "reporter", "journalist", "priest", "tribunal"}


def addressee(obj) -> bool:
    """Whether the object of "to" is the person or body spoken to, not what is attested: a person's or an organisation's
    name, a pronoun, or a noun of those who hear testimony. A gerund or a wh-clause ("to smuggling…", "about how…") and
    a noun of a deed ("to the killing of…") are content."""
    if obj.dep_ == "pcomp" or obj.tag_ in ("VBG", "WDT", "WP", "WRB"):
        return False
    if obj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or obj.pos_ == "PRON":
        return True
    word = obj.lower_
    return word in _HEARERS or word.endswith("s") and word[:-1] in _HEARERS  # "detectives"


def prepositional_content(verb) -> tuple[int, int] | None:
    """What a cue of ``PREPOSITIONAL`` admits or attests: the object of its preposition after it, or None."""
    marks = PREPOSITIONAL.get(verb_lemma(verb.lower_), ())
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in marks and c.i > verb.i):
        objs = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
        if objs and not addressee(objs[0]):
            return subtree_span(objs[0])
    return None


# What one calls for that is a summons, not a recommendation: "called for backup", "called for an ambulance", "called for
# help" (alone: "called for more help for the city's addicts" recommends)
_SUMMONS = {"backup", "back-up", "reinforcements", "ambulance", "ambulances", "paramedics", "medics", "ems", "help", "assistance",
            "officers", "police", "deputies", "troopers", "firefighters", "doctor", "nurse", "taxi", "cab", "tow", "helicopter"}


def called_for(verb, speaker) -> tuple[int, int] | None:
    """What a person or a body calls for ("Police Chief Ana Ruiz called for more patrols downtown", "the leaders called
    for an end to the violence"): a recommendation (docs/annotation.md §3), the object of "for" its content. None for a
    thing's or a paper's needs ("the forecast calls for heavy rain", "the treaty calls for extradition"), a speaker that
    is a quantity ("two of the victims called for…" keeps its noun: no person's word) and a summons ("called for backup",
    "called for help")."""
    if verb_lemma(verb.lower_) != "call" or speaker is None or not _a_caller(speaker):
        return None
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" and c.i > verb.i), None)
    objs = [c for c in prep.children if c.dep_ == "pobj"] if prep is not None else []
    if not objs:
        return None
    obj = objs[0]
    bare = not any(c.dep_ in ("amod", "det", "nummod", "compound", "poss") for c in obj.children)  # "help from the roof" is bare
    if obj.lower_ in _SUMMONS and (bare or obj.lower_ not in ("help", "assistance")) or obj.ent_type_ in ("PERSON", "ORG"):
        return None  # "called for backup", "called for help", "called for Ruiz": a summons
    return subtree_span(obj)


_CALLERS = {"he", "she", "they", "we", "i"}
# Papers whose "calls for" is a provision, not a call: "the budget request calls for $2 billion", "the treaty calls for…"
_PROVISIONS = {"request", "budget", "proposal", "plan", "bill", "law", "act", "treaty", "agreement", "accord", "deal", "strategy",
               "framework", "resolution", "order", "rule", "regulation", "contract", "settlement", "program", "programme"}
_QUANTITIES = {"CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"}


def _a_caller(speaker) -> bool:
    """A person or a body that can recommend: a name, a speaking pronoun, a person's word or a body ("the mayor", "police",
    "the leaders"); not a paper, a finding nor a thing ("the plan", "the forecast", "the situation")."""
    if speaker.ent_type_ in _QUANTITIES or speaker.tag_ == "CD" or speaker.like_num:  # "a third of the budget", "two of the
        part = [o for p in speaker.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
        return bool(part) and _a_caller(part[0])  # victims": a quantity speaks as what it counts does
    if speaker.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or speaker.tag_ in ("NNP", "NNPS") or speaker.lower_ in _CALLERS:
        return True
    singular = speaker.lower_[:-1] if speaker.lower_.endswith("s") else speaker.lower_
    return speaker.tag_ in ("NN", "NNS") and not mute(speaker) and singular not in _PROVISIONS \
        and not re.fullmatch(LEXICONS["en"]["papers"] + "|" + LEXICONS["en"]["finders"], singular)


def attribution_inside(verb, start: int, end: int) -> int | None:
    """Where a clause must end when another attribution, with its own subject, closes it ("Prosecutors say Lopez
    laundered millions, Assistant U.S. Attorney Jane Doe said." however the parse hangs "said"): the comma before that
    speaker, when the cue after the speaker ends the sentence. None when no such attribution stands in the clause."""
    cues = LEXICONS["en"]["cues"]
    for t in verb.sent:
        if not (verb.i < t.i and start <= t.idx < end and t.tag_.startswith("VB") and verb_lemma(t.lower_) in cues):
            continue
        subj = [c for c in t.children if c.dep_ == "nsubj" and c.i < t.i]
        if not subj or any(not n.is_punct for n in verb.doc[t.i + 1 : verb.sent.end]):
            continue
        first = min(n.i for n in subj[0].subtree)
        if first > verb.sent.start and verb.doc[first - 1].text == ",":
            return verb.doc[first - 1].idx
    return None


def spoken_between(verb, start: int) -> bool:
    """Whether another verb of saying stands between ``start`` (a quotation's end) and a cue: "“…,” Mr Orde said, adding
    that…" gives the quotation to "said", not to "adding"."""
    cues = LEXICONS["en"]["cues"]
    own = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}  # "the spokesman, who confirmed…, said"
    return any(start <= t.idx < verb.idx and t.tag_.startswith("VB") and verb_lemma(t.lower_) in cues and t.i not in own
               for t in verb.sent)


def said_again(clause):
    """A second cue of the speaker that the parse hung on the clause the first cue reports ("The agencies said that a
    bomb went off and added that rebels were behind it"): "added" in a tense of its own, with no subject and a clause of
    its own, right after "and" or "but" (other verbs are left to the parse: after "the rebels attacked the convoy and
    warned that…" the rebels may be the ones who warn); only when the reported clause's subject cannot speak (a thing, not
    a person, a body or a pronoun: in "The witness said the gunman shouted and said he would come back" the gunman
    says it, as the witness reports); None otherwise."""
    if clause.dep_ != "ccomp" or verb_lemma(clause.head.lower_) not in LEXICONS["en"]["cues"]:
        return None
    inner = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not inner or not mute(inner[0]):
        return None
    for t in clause.children:
        if t.dep_ == "conj" and t.tag_ in ("VBD", "VBZ", "VBP") and verb_lemma(t.lower_) == "add" \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) and any(c.dep_ == "ccomp" for c in t.children) \
                and t.i > 0 and t.nbor(-1).lower_ in ("and", "but"):
            return t
    return None


def added_after(clause):
    """A participle cue set off by a comma that the parse hung on the clause a cue reports, and that is the speaker's own
    further statement ("Mayor Ana Ruiz said these were desperate times, adding that more deaths were expected"):
    "adding" only (in "Police said the man attacked his wife, saying she had cheated" the man says it; after
    "Officials said the militants seized the town, claiming that…" the militants may claim it). None otherwise."""
    if clause.dep_ != "ccomp" or verb_lemma(clause.head.lower_) not in LEXICONS["en"]["cues"] \
            or any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in clause.children):
        return None  # "declined to say whether police had moved them, saying only…": ``doer``
    for t in clause.children:
        if t.dep_ == "advcl" and t.tag_ == "VBG" and t.i > clause.i and t.nbor(-1).text == "," and verb_lemma(t.lower_) == "add":
            return t
    return None


def doer(head):
    """The verb whose subject a participle set off after a clause speaks for: the clause's own verb, or, when the parse
    hung the participle inside a question the clause asks ("Ruiz declined to say if police had moved them, saying
    only…"), the verb that asks it ("declined")."""
    if head.dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in head.children):
        head = head.head  # "say"
        while head.dep_ == "xcomp":
            head = head.head  # "declined to say"
    return head


def past_as_participle(verb) -> bool:
    """A past tense the tagger took for a participle, as the root of its sentence with a subject and no auxiliary of
    its own ("Evidence presented at trial established that…": "established" VBN)."""
    return verb.tag_ == "VBN" and verb.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in verb.children) \
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


_NEXT_PARAGRAPH = re.compile(r"[ \t\xa0]*\n\s*(?![-*•·]\s|\d{1,2}[.)]\s)(?=\S)")


def paragraph_after(text: str, end: int) -> tuple[int, int]:
    """The paragraph that follows an attribution closing with a colon ("According to the indictment:" ¶ "The scheme
    began in 2004…"), up to its own end; nothing (an empty span) when a list or no paragraph follows."""
    opening = _NEXT_PARAGRAPH.match(text, end)
    if opening is None:
        return end, end
    start = opening.end()
    close = re.compile(r"\n[ \t\xa0]*\n" if "\n\n" in text[start:] or not one_a_line(text) else r"\n").search(text, start)
    return _strip(text, start, close.start() if close else len(text))


# What a court or a prosecutor disposes of: a judge dismissing a charge, rejecting a motion, denying bail acts, claims
# nothing ("The magistrate denied bail", "Judge Ruiz rejected a motion to strike"). Anyone else's "dismissed the
# charges", "rejected the complaint" is a denial and stays one, and so is the court's with what it calls the thing
# ("rejected the verdict as a miscarriage of justice")
_DISPOSED = re.compile(r"(?:motions?|charges?|counts?|cases?|lawsuits?|suits?|appeals?|petitions?|pleas?|agreements?|deals?|"
                       r"requests?|bail|bond|applications?|indictments?|complaints?|warrants?|objections?|offers?|bids?|"
                       r"nominations?|nominees?|sentences?|verdicts?|subpoenas?|parole|release)")
_DENIED_ACTS = re.compile(r"(?:motions?|appeals?|petitions?|requests?|bail|bond|applications?|warrants?|objections?|bids?|"
                          r"parole|release|entry|access|permission|custody|visas?|asylum)")
_BENCH = re.compile(r"(?:courts?|judges?|jur(?:y|ies)|magistrates?|prosecutors?)")


def disposed_of(verb, obj) -> bool:
    """Whether an object cue's object is a thing a court acts on, not what is claimed: a charge, a motion or an offer
    dismissed or rejected, bail or a motion denied (``_DISPOSED``, ``_DENIED_ACTS``) or a person turned away, when the
    subject is a court, a judge, a jury, a magistrate or a prosecutor (``_BENCH``: its head word or a title before a
    name, "Judge Lena Ortiz") and nothing says what the thing is called ("dismissed the charges as baseless" is an
    opinion, whoever says it)."""
    holder = verb.head if verb.dep_ == "conj" else verb  # "heard the motion and denied it": the first verb's subject
    subjects = [c for c in holder.children if c.dep_ == "nsubj"]
    if not subjects or not any(_BENCH.fullmatch(t.lower_) for t in [subjects[0], *subjects[0].children]
                               if t.i == subjects[0].i or t.dep_ in ("compound", "amod")):
        return False
    if any(t.lower_ == "as" for t in verb.subtree if t.i > obj.i):
        return False  # "rejected the verdict as a miscarriage of justice": what the thing is called, a claim
    lemma = verb_lemma(verb.lower_)
    if obj.ent_type_ == "PERSON" or obj.tag_ == "PRP":
        return lemma in ("dismiss", "reject", "deny")
    word = obj.lower_
    return lemma in ("dismiss", "reject") and bool(_DISPOSED.fullmatch(word)) or lemma == "deny" and bool(_DENIED_ACTS.fullmatch(word))


def finder(verb, speaker) -> bool:
    """Whether a finding verb ("showed", "determined") has a tense of its own and evidence, a paper or investigators
    for its subject (``finders``): "the evidence at trial showed that…", "investigators determined that…", and in the
    perfect ("investigators have found that…", "the audit had concluded that…"); not "to prove he has a chance", nor a
    finding still to come ("the review may find that…", "could show"); a paper's participle speaks for it ("a report
    showing that…")."""
    return speaker is not None and (verb.tag_ in ("VBD", "VBZ", "VBP") or speaker.i == verb.head.i or past_as_participle(verb)
                                    or _perfect(verb)) \
        and holds_findings(t for t in speaker.subtree if t.i < verb.i)


_PERFECT = {"have", "has", "had", "'ve", "’ve", "'d", "’d"}


def _perfect(verb) -> bool:
    """A participle in the perfect with no modal ("have found", "has concluded"; not "may have found", "will have shown")."""
    aux = [a for a in verb.children if a.dep_ == "aux"]
    return verb.tag_ == "VBN" and any(a.lower_ in _PERFECT for a in aux) and not any(a.tag_ == "MD" for a in aux)


def quoted_object(verb, quotes) -> bool:
    """Whether the verb's object holds a quotation ("…and called ICE “lawless”"): the speaker's own words."""
    spans = [subtree_span(c) for c in verb.children if c.dep_ in ("dobj", "oprd", "ccomp", "xcomp") and c.i > verb.i]
    return any(s <= q[0] and q[1] <= e + 1 for s, e in spans for q in quotes)


def joined(verb) -> bool:
    """Whether a verb follows its conjunction straight away ("…but said", "…and then added"), sharing the subject of
    the verb before; not "…and the stations reported", where the parse lost the second clause's own subject."""
    before = verb.doc[verb.head.i + 1 : verb.i]
    words = [t for t in reversed(before) if not t.tag_.startswith("RB")]
    return bool(words) and words[0].lower_ in ("and", "but", "or", ",")
