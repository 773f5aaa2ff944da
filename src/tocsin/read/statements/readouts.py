"""What leaders avow in a joint statement or the readout of their meeting: "The Leaders welcomed the deepening of
cooperation…", "President Biden reaffirmed U.S. support for…", "They condemned cross-border terrorism", "President
Biden thanked President Petro for Colombia's leadership…". The guideline takes each as a statement (docs/annotation.md
§3: the source, the cue, the object as content).

Elsewhere the same verbs with a noun phrase are read as acts, not claims (statements.avowals): a release's
"commended the agents", a story's "welcomed the visitors". Where a document tells of leaders or sides meeting ("the
two leaders", "both sides", "the Presidents" as a subject), its "welcomed", "reaffirmed", "expressed", "condemned"
are the positions they took, and the annotators mark them (dev: about three in four such verbs in documents of that
kind, against one in four elsewhere). The object is still checked as avowals checks it: not a person, a guest or a
country welcomed ("welcomed Prime Minister Modi to the White House", "welcomed a delegation led by…"). And the
speaker is a person ("President Biden") or "he" or "she": "the leaders", "they" and "India" are marked too, but
stored they would be claims of nobody named (the speaker-is-a-name measure fell with them on the held-out check batches).
"""

from __future__ import annotations

import re

from .lexicon import verb_lemma

# Verbs that report a position taken in a meeting, as lemmas (``verb_lemma`` of their past forms)
READING = {verb_lemma(w) for w in ("welcomed", "reaffirmed", "affirmed", "expressed", "condemned", "denounced", "recognized",
                                   "commended", "applauded", "thanked", "reiterated", "emphasized")}
# Of those, the verbs that credit someone with what for ("thanked President Petro for…")
THANKING = {verb_lemma(w) for w in ("commended", "applauded", "thanked")}

_PARTIES = re.compile(r"(?:leaders|presidents|ministers|sides|governments|delegations)")
_JOINT = {"the", "both", "two"}


def joint(doc) -> bool:
    """Whether a parsed document tells of leaders or sides meeting: a subject "the leaders", "the two sides", "both
    Presidents", "the two governments", "both Prime Ministers"."""
    for tok in doc:
        if tok.dep_ in ("nsubj", "nsubjpass") and _PARTIES.fullmatch(tok.lower_) and \
                any(c.lower_ in _JOINT for c in tok.children if c.i < tok.i):
            return True
    return False
