"""A direct question inside an English claim foresees nothing (docs/gates.md, forecasts): its clause is struck before
the forecast patterns and the ledger's polarity read the claim, so that "Who will stop them?" is no forecast and a
rhetorical question ("Does anybody believe the crews won't hit back?") is never stored as the opposite of what it
means.

Only the question's own clause goes, never the statement around it: "The cartel will retaliate, and who will protect
the witnesses then?" keeps "The cartel will retaliate". The clause is the stretch of a sentence ending in "?" that
starts where a question starts: at the sentence's start, or after a comma, "and", "but", a colon or a dash, on an
auxiliary or a modal ("will", "is", "does", "can"…) or a question word ("who", "how"…). After a bare comma "who",
"which" and "that" open a relative clause ("the gang, which lost its leader, …"), not a question. When no such start
is found the whole sentence is a question ("The gang will come back?") and is struck: precision over recall.
"""

from __future__ import annotations

import re

# Where one sentence of a claim ends and the next begins: after ".", "!" or "?" (and a closing quotation mark), not
# after an initial or a title ("U.S.", "Mr.")
_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’')\]]))(?<!\b[A-Za-z]\.)(?<!\b(?:Mr|Ms|Dr|St|mr|ms|dr|st)\.)(?<!\bMrs\.)"
                           r"(?<!\bmrs\.)\s+")
_QUESTION = re.compile(r"\?[\"”’')\]]*$")
_AUXILIARY = (r"(?:will|would|won't|wouldn't|shall|can|can't|cannot|could|couldn't|may|might|must|should|shouldn't|is|isn't|are|"
              r"aren't|was|wasn't|were|weren't|do|don't|does|doesn't|did|didn't|has|hasn't|have|haven't|had|hadn't)\b")
_ASKING = r"(?:who|whom|whose|what|which|when|where|why|how)\b"
# The start of a question's clause: the sentence's start, a colon or a dash, or ", and"/", but", before an auxiliary or
# a question word; a bare "and"/"but" before a question word only ("the gang will come back and will kill again" goes
# on telling); a bare comma before "how", "what", "when", "where", "why" or "who" with an auxiliary ("…, who can stop
# them?"; not "which" or "who lost": a relative clause), or before a tag ("…, won't they?")
_ONSET = re.compile(r"^[\"“‘'(]?\s*(?=" + _AUXILIARY + "|" + _ASKING + ")"
                    r"|(?:,\s*(?:and|but|or|so)\b|[:—–]|\s-\s)\s*(?=" + _AUXILIARY + "|" + _ASKING + ")"
                    r"|\b(?:and|but)\s+(?=" + _ASKING + ")"
                    r"|,\s*(?=(?:what|when|where|why|how)\b|who (?=" + _AUXILIARY + ")|" + _AUXILIARY + r"(?: not)? (?:it|they|he|she|we|you|i|there|that|this)\W*$)",
                    re.I)

def question_clause(sentence: str) -> int:
    """Where the question's clause of a sentence ending in "?" starts (0: the whole sentence asks)."""
    m = _ONSET.search(sentence)
    return m.start() if m else 0


def without_questions(text: str, blank: bool = False) -> str:
    """A claim without the clauses of its sentences that end in a question mark (the module's rule); with ``blank``,
    each struck clause is left as spaces, so that what remains keeps its offsets."""
    if "?" not in text:
        return text
    kept, start = [], 0
    for end in [m.start() for m in _SENTENCE_END.finditer(text)] + [len(text)]:
        part = text[start:end]
        if _QUESTION.search(part.strip()):
            cut = len(part[: question_clause(part)].rstrip(" ,;:—–-"))
            part = part[:cut] + (" " * (len(part) - cut) if blank else "")
        kept.append(part)
        start = end
    return " ".join(p.strip() for p in kept if p.strip()) if not blank else "".join(kept)


# A Spanish question is marked at both ends ("¿Alguien cree que la violencia va a desaparecer?"): the marks bound it, so
# "La banda volverá, ¿y quién protegerá a los testigos?" keeps "La banda volverá". A closing mark with no opening one in
# its sentence (the "¿" left out, as often online) strikes that sentence whole: precision over recall.
_PREGUNTA = re.compile(r"¿[^?¿]*\?|(?:^|(?<=[.!?]))[^.!?¿]*\?")


def sin_preguntas(text: str, blank: bool = False) -> str:
    """A Spanish claim without its direct questions; with ``blank`` each is left as spaces, keeping offsets."""
    if "?" not in text:
        return text
    return _PREGUNTA.sub(lambda m: " " * len(m.group(0)) if blank else " ", text)
