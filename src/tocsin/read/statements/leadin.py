"""A speaker introduced at the end of a paragraph whose words open the next one as a quotation: "Police Chief Ana Ruiz
told reporters:" then "“We found the car…”"; "The victim's sister, who travelled from Lima, spoke outside the court."
then "“We are grateful…”". The paragraph break keeps the quotation out of the cue's sentence, so the parse never
links them; the frame is a verb of saying with a subject and nothing said in its own sentence, closing its paragraph.
Used by ``find``; the paragraphs of quotation after it go on with the same speaker (``find.continuations``).
"""

from __future__ import annotations

import re

from .cues import _addressee, subtree_span

_NEXT_QUOTE = re.compile(r"[ \t\xa0]*\n\s*(?=[\"“«])")


def lead_in(text: str, verb, quotes, voicing: set[str], lemma: str) -> dict | None:
    """The statement a verb of saying with nothing said in its sentence leads into: the quotation that opens the next
    paragraph, when the sentence ends its paragraph with a colon, or the verb only tells of speaking ("spoke", "talked
    to reporters") or of a hearer ("told reporters."). None otherwise: "said he would appeal" says its own claim."""
    sent = verb.sent
    words = [t for t in sent if not t.is_space]
    if not words or any(c.dep_ in ("neg", "ccomp", "xcomp", "parataxis", "advcl") for c in verb.children):
        return None
    objs = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    colon = words[-1].text == ":"
    if not (colon or lemma in voicing or objs and all(_addressee(o) for o in objs)) or any(not _addressee(o) for o in objs):
        return None
    subj = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i and c.lower_ not in ("who", "which", "that")]
    end = words[-1].idx + len(words[-1].text)
    gap = _NEXT_QUOTE.match(text, end)
    if not subj or gap is None:
        return None
    quote = next((q for q in quotes if q[0] == gap.end()), None)
    if quote is None:
        return None
    speaker = subj[0]
    return dict(speaker=subtree_span(speaker), speaker_head=(speaker.idx, speaker.idx + len(speaker.text)),
                appositions=[subtree_span(c) for c in speaker.children if c.dep_ in ("appos", "compound")],
                cue=(verb.idx, verb.idx + len(verb.text)), content=quote, direct=True)
