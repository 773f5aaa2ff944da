"""Which of a sentence's times is an event's: how each stands to the trigger in the parse.

A sentence often holds more times than happenings: when something was said ("police said Tuesday"), when the crime a
legal step names was done ("charged with murder in the death Sunday of"), when a happening a description tells took
place ("Milton, who served from 1982 to March 2005, was convicted on Feb. 25, 2008"). An event takes the time the
parse ties to its own trigger, and none that belongs to another clause (docs/annotation.md §2.4: the date of the
happening, as the text gives it).
"""

from __future__ import annotations

import re

from ..statements.lexicon import LEXICONS, verb_lemma


def whose_time(ctx, trigger, t) -> int | None:
    """How a time expression of the trigger's sentence stands to it in the parse: 0 when it hangs from the trigger
    ("convicted by a jury on Feb. 25, 2008", "a man killed 10 people on March 10" in a sentence that opens with
    "Sunday's rampage"), 1 from a verb coordinated with it ("arrested … on Dec. 5, 2007, and extradited … on
    April 24, 2008": the arrest's date, when the extradition had none), None when it hangs from a verb of saying
    on its way ("said on Tuesday": the statement's time) or from an offence a court step names (``_own_clause``),
    3 through a relative clause on another noun, 2 otherwise. The closest of the lowest rank is taken. (Leaving out every date that hangs from a noun was tried:
    the events left undated lost more than it saved; a clause of its own is a narrower sign.)"""
    span = ctx.doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None:
        return 2
    node, shared = span.root, {c.i for c in trigger.conjuncts}
    cues = LEXICONS[ctx.language]["cues"] if ctx.language in LEXICONS else set()  # the verbs a statement is told with
    legal, inner = _legal_step(trigger), 0
    for _ in range(12):
        if node.i == trigger.i:
            return _OWN_RANK.get(inner, 0)
        if node.i in shared:
            return _OWN_RANK.get(inner, 1)
        inner = max(inner, _own_clause(node, trigger))
        if legal and node.tag_.startswith("NN") and node.lower_ in _INCIDENTS:
            return None  # "charged with murder in the death Sunday of", "arrested in Saturday's fatal shooting": the crime's day
        if (node.pos_ in ("VERB", "AUX") or node.tag_.startswith("VB")) and (verb_lemma(node.lower_) in cues or node.lower_ in cues) \
                and not any(c.dep_ in _TOLD and c.left_edge.i <= trigger.i <= c.right_edge.i for c in node.children):
            return None  # "the prosecutor investigating the killing said on Tuesday": when it was said, not when it happened
            # ("announced today that Smith was sentenced" dates what it tells: the release's day is the sentencing's)
        if node.head.i == node.i:
            return 2
        node = node.head
    return 2


def _own_clause(node, trigger) -> int:
    """Whether a verb on the way from a time up to the trigger tells a happening of its own, and how surely the time
    is that happening's: 2 for the gerund of an offence a court step names ("pleaded guilty to filing a false return
    for the year 2000", "charged with engaging in the conspiracy from February 2003": the offence's time, never the
    court's); 1 for a relative clause or a participle on another noun ("Milton, who served … from 1982 to March
    2005, was convicted on Feb. 25, 2008": the event's own time wins, and this one stands only when there is no
    other, as in "accused of killing Jackson, whose body was found Feb. 26"); 0 otherwise. A clause on the trigger
    itself ("the massacres committed on October 7") describes the happening, and a gerund after a preposition of
    time ("arrested after fleeing on Sunday") places it: neither counts."""
    if not (node.pos_ in ("VERB", "AUX") or node.tag_.startswith("VB")) or node.dep_ in ("aux", "auxpass") or node.head.i == trigger.i:
        return 0
    if node.dep_ in ("relcl", "acl"):
        return 1
    return 2 if node.dep_ == "pcomp" and node.head.lower_ not in _TIME_PREPOSITIONS and _COURT_STEP.match(trigger.lower_) else 0


_OWN_RANK = {1: 3, 2: None}  # how a time of another clause ranks (whose_time: lower first, None left out)
_COURT_STEP = re.compile(r"(?:charg|indict|plead|pled|convict|sentenc|acus|imput|conden|sentenci)")
_TIME_PREPOSITIONS = {"after", "before", "while", "since", "until", "upon", "on", "during", "when", "despite", "tras", "antes",
                      "despues", "después", "durante"}


# The nouns a legal step names its crime by: a time that hangs from one dates the crime, not the arrest, charge or plea.
_INCIDENTS = {"death", "deaths", "shooting", "shootings", "killing", "killings", "murder", "murders", "slaying", "slayings",
              "homicide", "stabbing", "incident", "crash", "robbery", "assault", "attack", "fire", "accident", "rape", "burglary"}


def _legal_step(trigger) -> bool:
    """Whether the trigger is a legal step (arrest, charge, plea, sentence) by its word: "arrested", "charged",
    "indicted", "pleaded", "convicted", "sentenced"."""
    return bool(re.match(r"(?:arrest|charg|indict|plead|pled|convict|sentenc|detain|apprehend)", trigger.lower_))


# What a verb of saying tells: a time on the verb dates the statement, and what it tells, not a happening named
# outside it.
_TOLD = {"ccomp", "xcomp", "parataxis", "dobj", "advcl"}
