"""Frames of a claim that the cue verbs of ``find`` miss, read off the parse: a call that closes a run of verbs with one
subject ("The governor met the families, visited the school and called for an inquiry"), an encouragement by a person or a body ("The council encouraged residents to report…"),
a cause the speaker gives ("attributed the rise to…", "blamed the gang for…"), an accusation ("accused the company
of…") and what a passive's agent calls its subject ("was described by neighbors as quiet", "identified by police as a
member of the gang"). Used by ``find``.
"""

from __future__ import annotations

from .cues import _a_caller, asked_to, called_for, subtree_span
from .lexicon import LEXICONS, verb_lemma

_MODAL_FREE = ("MD",)
_CAUSES = {"attribute": ("to",), "blame": ("for", "on"), "accuse": ("of",)}
_FRAMED = {"call", "encourage", *_CAUSES, "describe", "identify"}
_PASSIVE_NAMING = {"describe", "identify"}


def framed_claims(text: str, verb) -> list[dict]:
    """The statements of one verb in the frames above, as ``find`` records them; [] for any other verb or frame."""
    if not verb.tag_.startswith("VB") or any(c.dep_ == "neg" or c.dep_ == "aux" and c.tag_ in _MODAL_FREE for c in verb.children):
        return []  # "may have encouraged", "did not blame": nothing claimed
    lemma = verb_lemma(verb.lower_)
    lemma = lemma + "e" if lemma + "e" in _FRAMED else lemma  # "encouraged": verb_lemma knows the cue words only
    if lemma == "call":
        return _run_call(text, verb)
    if lemma == "encourage":
        return _encouraged(text, verb)
    if lemma in _CAUSES:
        return _cause(text, verb, _CAUSES[lemma])
    if lemma in _PASSIVE_NAMING:
        return _named_by(text, verb)
    return []


def _record(text: str, speaker, cue: tuple[int, int], content: tuple[int, int], span=None) -> list[dict]:
    start, end = content
    while end > start and text[end - 1] in " \n\t.,;:":
        end -= 1
    if end - start < 6:
        return []
    span = span or subtree_span(speaker)
    return [dict(speaker=span, speaker_head=(speaker.idx, speaker.idx + len(speaker.text)), appositions=[], cue=cue,
                 content=(start, end), direct=False)]


def _subject(verb):
    """The verb's subject, or that of the first verb of the run it closes ("met…, visited… and called for…")."""
    node = verb
    while True:
        subj = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            return subj[0] if subj[0].dep_ == "nsubj" and subj[0].lower_ not in ("who", "which", "that", "what") else None
        if node.dep_ != "conj" or not node.head.tag_.startswith("VB"):
            return None
        node = node.head


def _run_call(text: str, verb) -> list[dict]:
    """A call at the end of a run of verbs with one subject, which the parse gave no subject of its own."""
    if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return []
    speaker = _subject(verb)
    if speaker is None or not _a_caller(speaker):
        return []
    if asked := asked_to(verb):
        prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "upon", "for")), None)
        if prep is None:
            return []  # "called police to report the shooting": a telephone call, not a call on anyone
        return _record(text, speaker, (verb.idx, prep.idx + len(prep.text)), (asked[0].idx, subtree_span(asked[1])[1]))
    if called := called_for(verb, speaker):
        prep = next(c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for")
        return _record(text, speaker, (verb.idx, prep.idx + len(prep.text)), called)
    return []


def _encouraged(text: str, verb) -> list[dict]:
    """"The council encouraged residents to report…": who is encouraged, and to do what, a person's or a body's call."""
    speaker = _subject(verb)
    if speaker is None or not _a_caller(speaker):
        return []
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    clause = next((c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.i > verb.i
                   and any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children)), None)
    if obj is None or clause is None:
        return []
    return _record(text, speaker, (verb.idx, verb.idx + len(verb.text)), (subtree_span(obj)[0], subtree_span(clause)[1]))


def _cause(text: str, verb, preps: tuple[str, ...]) -> list[dict]:
    """"The sheriff attributed the rise to the epidemic", "blamed the gang for the killings", "accused the company of
    hiding…": the object with what the speaker ties it to."""
    speaker = _subject(verb)
    if speaker is None or not _a_caller(speaker):
        return []
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None:
        return []
    prep = next((p for p in [*verb.children, *obj.children] if p.dep_ == "prep" and p.lower_ in preps and p.i > obj.i
                 and any(c.dep_ in ("pobj", "pcomp") for c in p.children)), None)
    if prep is None:
        return []
    return _record(text, speaker, (verb.idx, verb.idx + len(verb.text)), (subtree_span(obj)[0], subtree_span(prep)[1]))


def _named_by(text: str, verb) -> list[dict]:
    """"The suspect was described by neighbors as quiet", "identified by police as a member of the gang": the agent's
    claim is what follows "as"; not a name ("identified by police as Juan Pérez": an identification, no claim)."""
    if verb.tag_ != "VBN":
        return []
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    by = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
    if by is None:
        return []
    doc = verb.doc
    after = by.i + 1
    while after < verb.sent.end and doc[after].lower_ != "as" and not doc[after].is_punct and not doc[after].tag_.startswith("VB"):
        after += 1  # "by law enforcement officials as…", where the parse may hang "as" inside the agent
    if after + 1 >= verb.sent.end or doc[after].lower_ != "as":
        return []
    first = doc[after + 1]
    named = [first, *(c for c in doc[after].children if c.dep_ == "pobj")]  # "as Juan Pérez", "as 38-year-old Juan Pérez"
    if any(t.tag_ in ("NNP", "NNPS") or t.ent_type_ == "PERSON" for t in named):
        return []
    end = max([t.i for t in doc[after].subtree] + [t.i for t in doc[after].head.subtree if doc[after].head.i > after])
    speaker = (by.left_edge.idx, doc[after - 1].idx + len(doc[after - 1].text))
    return _record(text, by, (verb.idx, agent.idx + len(agent.text)), (first.idx, doc[end].idx + len(doc[end].text)), speaker)


def second_cue(verb, start: int) -> bool:
    """Whether a second cue of the same speaker, joined after this one, stands before a quotation at ``start`` ("said
    the plan was flawed and added, “…”"): the quotation is that cue's, not this one's."""
    cues = LEXICONS["en"]["cues"]
    return any(verb.i < t.i and t.idx < start and t.dep_ == "conj" and t.tag_ in ("VBD", "VBZ", "VBP")
               and verb_lemma(t.lower_) in cues and t.nbor(-1).lower_ in ("and", "but")
               and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) for t in verb.sent)
