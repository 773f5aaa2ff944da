"""Forecasts in the document's own voice that no word of expecting marks (docs/annotation.md §4): a consequence
foretold under a condition ("if nothing is done, the cartels will move north", "the crisis will not end unless Mexico
cooperates") and a happening a hedged modal foresees ("the violence could spread to the port", "unless Congress acts,
it could happen again").

``marker`` finds the words that predict, with the verb they lead to, in the shape of ``voice``'s markers (groups
``cue``, ``verb``, ``after``), so that the same guards weigh them: a plan, a step of a case, what an authority or an
instrument does, a first person's promise, a quotation or an attribution, and finally the claim reader
(``kinds.classify``), which keeps only a happening nobody controls. What is ruled out here, before them:

- a counterfactual or the past ("if the gang had not fled, police would have caught them", "the victim may have known
  his attacker");
- a condition of a rule or a programme, not of a happening ("if approved", "if necessary", "if eligible", "if
  convicted");
- a bare "until" with no negation, a schedule ("the road will be closed until Friday"); a negated future an "until" or
  an "unless" holds foretells ("the crisis will not end until …", "which will not happen unless …");
- a hypothesis ("even if she were to…", "if food was scarce"), the consequence of a plan or an instrument ("if the
  plan proceeds, the school would house…"), the past told ("in 2000, …", "in the past, …");
- "could be" or "might be" but of a harm befalling someone ("this could be your chance");
- a future inside the condition itself, or a modal of permission ("visitors may park", "applicants may apply"), which
  the claim reader reads as no happening.
"""

from __future__ import annotations

import re

# A hedged modal and the verb it leads to: "could" and "might"; not "may", which in the document's own voice is mostly
# a permission or a rule ("applicants may apply online", "the Secretary may increase the duties", "this order may be cited")
_HEDGED = re.compile(r"\b(?P<cue>could|might)\s+(?:(?:well|also|soon|eventually|even|easily|still|again|not|never|\w+ly)\s+)?"
                     r"(?P<verb>[a-z]+)(?:\s+(?P<after>[a-z]+))?")
# A future and the verb it leads to, where a condition stands in the sentence
_FUTURE = re.compile(r"\b(?P<cue>will|won't|would|wouldn't|could|might|'ll|(?:is|are) going to)\s+"
                     r"(?:(?:also|only|soon|not|never|again|still|\w+ly)\s+)?(?P<verb>[a-z]+)(?:\s+(?P<after>[a-z]+))?")
# A condition that opens the sentence ("if nothing is done, …", "and unless Congress acts, …"); one told after the future
# ("no permit will be issued if …", "just as they would if they bought one") is most often a rule's or a comparison's
_CONDITION = re.compile(r"\b(?:if|unless)\b")
_OPENING = re.compile(r"^\W*(?:(?:and|but|so|yet|even|now|again),?\s+)?(?:if|unless)\b")
_NEGATED_UNTIL = re.compile(r"\b(?:won't|will not|would not|wouldn't|will never|cannot|can't)\b[^,;.]{0,60}\b(?:until|unless)\b")
# The condition of a rule, a programme or a case, not of a happening
_PROCEDURAL = re.compile(r"\bif (?:not )?(?:necessary|needed|possible|approved|passed|eligible|requested|applicable|appropriate|"
                         r"available|convicted|found guilty|selected|granted|confirmed|elected|awarded|any|so|desired|interested)\b")
# The past or a counterfactual: "would have died", "may have known", "if the gang had not fled"
_PAST = re.compile(r"\b(?:would|could|might|may|will)\s+(?:not\s+|never\s+|\w+ly\s+)?have\s+(?:been|had|\w+(?:ed|en|wn|ne|ht|t))\b"
                   r"|\b(?:if|unless)\s+(?:[\w'-]+\s+){1,6}?had\b|\bhad\s+(?:[\w'-]+\s+){1,4}?(?:not\s+)?(?:been|\w+ed)\b[^.]*\bwould\b")

# A modal inside a clause of time or purpose tells the past narrated or an aim ("before more people could be killed",
# "so that the gang could not regroup")
_NARRATED = re.compile(r"\b(?:before|so that|so|in order that|than|as|until)\s+(?:[\w'-]+\s+){0,5}$")
# What a quantity could do: a measure of it, no happening ("the fentanyl seized could kill 9.5 million Americans", "the
# shelter could house 400 families")
_CAPACITY = re.compile(r"\s+(?:\w+\s+)?(?:up to\s+|as many as\s+|more than\s+|over\s+|nearly\s+|about\s+)?[$\d]")
# "could be", "might be": most often what something is or is worth, a chance, a guess of the present, a sight of the past
# ("this could be your chance", "the shop could be the luckiest in town", "the blaze could be seen from the street");
# only a harm befalling someone is foreseen by it ("the witnesses could be targeted")
_BEFALLEN = {"killed", "attacked", "targeted", "hurt", "injured", "wounded", "kidnapped", "abducted", "threatened", "displaced",
             "destroyed", "overwhelmed", "overrun", "extorted", "recruited"}
# A hypothesis, not a condition of what is to come ("even if she were to switch schools", "if food was scarce"), and the
# consequence of a plan or an instrument, which is its design ("if the plan proceeds, the school would house…", "if
# properly designed, a rain garden will capture…")
_HYPOTHETICAL = re.compile(r"\beven if\b|\bwere to\b|\b(?:if|unless)\s+(?:[\w'-]+\s+){0,6}?(?:was|were|did)\b"
                           r"|\bif\s+(?:\w+ly\s+)?\w+ed\b"
                           r"|\b(?:if|unless)\s+(?:the|this|that|its|their|our)\s+(?:[\w-]+\s+)?(?:plan|proposal|project|bill|measure|law|"
                           r"program|programme|ordinance|deal|change|merger|budget|referendum|levy|amendment|rule|policy)s?\b")
# The past told: what once could or would happen ("in the past, if food was scarce…", "in 2000, concern that the state
# could lose a seat")
_BACK_THEN = re.compile(r"\b(?:in the past|back then|at the time|in (?:19|20)\d\d|years ago|used to)\b")
# A modal of permission or ability: what an office, a person taking part, or "you" could or might do ("the President
# could increase the duties", "participants could gaze at the stars", "anything you might want")
_ALLOWED = re.compile(r"\b(?:president|secretary|attorney general|governor|mayor|director|administrator|commissioner|board|"
                      r"council|court|agency|department|applicants?|participants?|visitors?|guests?|residents?|members?|users?|"
                      r"customers?|students?|parents?|you|anyone|one)\s+(?:\w+ly\s+)?$")


def marker(low: str) -> re.Match | None:
    """The words that predict in a sentence (lower-cased, curly apostrophes straightened) with no word of expecting:
    a future under a condition, else a hedged modal; None where there is neither, or where it tells the past, a
    counterfactual or the condition of a rule."""
    if _PAST.search(low) or _PROCEDURAL.search(low) or _HYPOTHETICAL.search(low) or _BACK_THEN.search(low):
        return None
    if _OPENING.search(low) or _NEGATED_UNTIL.search(low):
        found = next((m for m in _FUTURE.finditer(low) if not _in_condition(low, m.start())), None)
        if found is not None:
            return found
    hedged = _HEDGED.search(low)
    if hedged is None or _NARRATED.search(low, 0, hedged.start()) or _CAPACITY.match(low, hedged.end("cue")) \
            or hedged.group("verb") == "be" and hedged.group("after") not in _BEFALLEN \
            or _ALLOWED.search(low, 0, hedged.start()):
        return None
    return hedged


def _in_condition(low: str, at: int) -> bool:
    """Whether a future stands inside an if-clause ("if anyone thinks the truce will hold"): the clause runs from its
    "if" or "unless" to the next comma."""
    opened = max((m.end() for m in _CONDITION.finditer(low, 0, at)), default=-1)
    return opened >= 0 and "," not in low[opened:at]
