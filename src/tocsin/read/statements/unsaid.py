"""Cues that claim nothing yet, or nothing at all, and a source set off inside the clause another speaker reports.
Used by ``find``.

- A cue in the future ("The President will announce new measures", "The Secretary shall inform the President of…",
  "The White House will convene governors, urging them to…"): nothing has been said; the document tells what is planned
  (docs/annotation.md §3: plans and intentions are no claims). A speaker's own "I will say that…", "we'll tell you…"
  says it as it speaks and stays a statement.
- A cue whose subject says that no one spoke ("Neither the police nor the lawyer would say…", "Nobody said…", "No
  official confirmed…"): like "did not say", nothing was claimed.
- A question ("Residents have been asking why the mayor…", "wondered what the gang wanted"): a verb of asking with a
  clause opened by a question word asks, it does not claim (docs/annotation.md §3: questions are never statements).
- "Police said the gunman, according to witnesses, fled": the small parse makes "the gunman" the object of "said" and
  hangs "according to" on "said", so the reported clause loses its subject and the "according to" seems to trail the
  sentence. The source set off by commas between the clause's subject and its verb is relayed inside the outer
  speaker's statement, whose content runs from that subject to the clause's end (``relayed_clause``).
"""

from __future__ import annotations

from .lexicon import verb_lemma

_FUTURE = {"will", "shall", "'ll", "’ll", "wo"}  # "wo" of "won't" is a negation as well: the parse gives it a "neg"
_FIRST_PERSON = {"i", "we"}
_NO_ONE = {"neither", "nobody", "none", "no"}  # "no" as the determiner of the subject: "No official confirmed…"
_ASKING = {"ask", "wonder", "inquire", "question"}
_QUESTION_WORDS = {"what", "why", "how", "who", "whom", "whose", "when", "where", "which", "whether", "if"}


def _subjects(verb) -> list:
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]


def _future(verb) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in verb.children)


def unsaid(verb) -> bool:
    """Whether a cue tells of no claim made: in the future with a subject other than the speaking "I" or "we" (a
    participle set off after a verb in the future shares its time: "will convene governors, urging them…"), or with a
    subject that says no one spoke."""
    holder = verb.head if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj") and verb.head.i != verb.i else verb
    subjects = _subjects(verb) or _subjects(holder)
    if (_future(verb) or holder is not verb and _future(holder)) and not any(s.lower_ in _FIRST_PERSON for s in subjects) \
            and not any(c.lower_ == "only" for c in verb.children):  # "A spokesman will only say that…": said, and no more
        return True
    for s in subjects:
        words = [t for t in s.subtree if t.i <= s.i]
        if words and (words[0].lower_ in _NO_ONE and (words[0].lower_ != "no" or words[0].dep_ == "det") or s.lower_ == "nobody"):
            return True
    return False


def asks(verb, comps) -> bool:
    """Whether a verb of asking takes a clause opened by a question word: "asking why the mayor wants to fire him"."""
    if verb_lemma(verb.lower_) not in _ASKING or not comps:
        return False
    first = comps[0].doc[min(t.i for t in comps[0].subtree)]
    return first.lower_ in _QUESTION_WORDS


def relayed_clause(verb) -> tuple[int, int] | None:
    """The reported clause of a cue whose parse split it at a source set off by commas ("said the gunman, according to
    witnesses, fled on foot"): the cue's object, straight after it (or after "that"), then ", according to X," and a
    clause with a verb of its own hung on the cue; the span from the object to the clause's end. None otherwise."""
    doc = verb.doc
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or not obj.tag_.startswith("NN"):
        return None  # "wrote that, according to his contacts, …": "that" opens the clause, the parse's own way
    obj_start = min(t.i for t in obj.subtree)
    obj_end = max(t.i for t in obj.subtree)
    between = [t for t in doc[verb.i + 1 : obj_start] if t.lower_ != "that"]
    if between or obj_end + 4 >= len(doc) or doc[obj_end + 1].text != "," or doc[obj_end + 2].lower_ != "according" \
            or doc[obj_end + 3].lower_ != "to":
        return None
    close = next((t for t in doc[obj_end + 4 : verb.sent.end] if t.text == ","), None)
    if close is None:
        return None
    clause = next((c for c in verb.children if c.dep_ in ("ccomp", "advcl") and c.i > close.i and c.tag_.startswith("VB")), None)
    if clause is None or min(t.i for t in clause.subtree) <= obj_end:  # the "according to" may hang on the clause
        return None
    if any(c.dep_ == "mark" for c in clause.children):
        return None  # "told the family, according to their lawyer, that…": the object is the hearer, not the clause's subject
    last = max(t.i for t in clause.subtree)
    while last > clause.i and doc[last].is_punct:
        last -= 1
    return doc[obj_start].idx, doc[last].idx + len(doc[last].text)


# What "according to" names when it tells a manner, not a source: "made available, according to its terms", "buried
# according to custom"
_MANNER = {"term", "terms", "protocol", "protocols", "procedure", "procedures", "custom", "customs", "tradition", "schedule"}


def manner(obj) -> bool:
    """Whether the object of "according to" is a manner ("its terms", "protocol"), not a source."""
    return obj.lower_ in _MANNER
