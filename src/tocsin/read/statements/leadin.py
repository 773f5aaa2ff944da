"""A speaker introduced at the end of a paragraph whose words open the next one as a quotation: "Police Chief Ana Ruiz
told reporters:" then "“We found the car…”"; "The victim's sister, who travelled from Lima, spoke outside the court."
then "“We are grateful…”". The paragraph break keeps the quotation out of the cue's sentence, so the parse never
links them; the frame is a verb of saying with a subject and nothing said in its own sentence, closing its paragraph.
Used by ``find`` as a second pass: only a quotation no statement covers is led into ("“…,” said the victim's mother"
keeps its own speaker); the paragraphs of quotation after it go on with the same speaker (``find.continuations``).
"""

from __future__ import annotations

import re

from .cues import _addressee, appositions, subtree_span
from .lexicon import verb_lemma
from .spans import _inside_quote, _strip

_NEXT_QUOTE = re.compile(r"[ \t\xa0]*\n\s*(?=[\"“«])")
_NOBODY = {"neither", "no", "none", "nobody", "nor", "never"}  # "Neither man spoke during the hearing."
_TOPIC = {"about", "with", "of"}  # "talked about a truce", "spoke with 40 witnesses": a talk told, not words to come


def lead_in(doc, text: str, verb, quotes, cues: set[str], voicing: set[str]) -> dict | None:
    """The statement a verb of saying with nothing said in its sentence leads into: the quotation that opens the next
    paragraph, when the sentence ends its paragraph with a colon, or the verb only tells of speaking ("spoke", "talked
    to reporters") or of a hearer ("told reporters."). None otherwise: "said he would appeal" says its own claim; a
    verb under another ("After the mayor spoke, the crowd chanted:"), a talk with or about someone, a subject that is
    nobody ("Neither man spoke"), and a quotation whose own sentence has a cue outside it ("“…,” said Luis Paz")."""
    lemma = verb_lemma(verb.lower_)
    sent = verb.sent
    words = [t for t in sent if not t.is_space]
    if not words or not (verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT"):
        return None
    if any(c.dep_ in ("neg", "ccomp", "xcomp", "parataxis", "advcl") for c in verb.children):
        return None
    objs = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    colon = words[-1].text == ":"
    if not (colon or lemma in voicing or objs and all(_addressee(o) for o in objs)) or any(not _addressee(o) for o in objs):
        return None
    if lemma in voicing and any(c.dep_ == "prep" and c.lower_ in _TOPIC for c in verb.children):
        return None
    subj = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i and c.lower_ not in ("who", "which", "that")]
    end = words[-1].idx + len(words[-1].text)
    gap = _NEXT_QUOTE.match(text, end)
    if not subj or gap is None or any(t.lower_ in _NOBODY for t in subj[0].subtree):
        return None
    quote = next((q for q in quotes if q[0] == gap.end()), None)
    if quote is None or _cued(doc, quote, quotes, cues):
        return None
    speaker = subj[0]
    return dict(speaker=_strip(text, *subtree_span(speaker)), speaker_head=(speaker.idx, speaker.idx + len(speaker.text)),
                appositions=appositions(speaker), cue=(verb.idx, verb.idx + len(verb.text)), content=quote, direct=True)


def _cued(doc, quote, quotes, cues: set[str]) -> bool:
    """Whether the sentence the quotation opens has a cue of its own outside the quotation ("“…,” said another
    activist, Luis Paz"): that speaker's, not the lead-in's; a pronoun's ("“…,” he said") goes on with the lead-in."""
    span = doc.char_span(quote[0], quote[1], alignment_mode="expand")
    if span is None:
        return False
    sents = {t.sent.start for t in span}
    return any(verb_lemma(t.lower_) in cues and t.tag_.startswith("VB") and not _inside_quote(t.idx, quotes)
               and not any(c.dep_ == "nsubj" and c.tag_ == "PRP" for c in t.children)  # "“…,” he said": the lead-in's
               for s in sents for t in doc[s].sent)
