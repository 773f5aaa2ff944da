"""A speaker introduced at the end of a paragraph whose words open the next one as a quotation: "Police Chief Ana Ruiz
told reporters:" then "“We found the car…”"; "The victim's sister, who travelled from Lima, spoke outside the court."
then "“We are grateful…”". The paragraph break keeps the quotation out of the cue's sentence, so the parse never
links them; the frame is a verb of saying with a subject and nothing said in its own sentence, closing its paragraph.
Used by ``find`` as a second pass: only a quotation no statement covers is led into ("“…,” said the victim's mother"
keeps its own speaker); the paragraphs of quotation after it go on with the same speaker (``find.continuations``).
"""

from __future__ import annotations

import re

from .cues import addressee, appositions, subtree_span
from .lexicon import verb_lemma
from .spans import _inside_quote, _strip, paragraph_between

_NEXT_QUOTE = re.compile(r"\s*(?=[\"“«])")  # a paragraph break (spans.paragraph_between) before it
_NOBODY = {"neither", "no", "none", "nobody", "nor", "never"}  # "Neither man spoke during the hearing."
_TOPIC = {"about", "with", "of"}  # "talked about a truce", "spoke with 40 witnesses": a talk told, not words to come
PRONOUN_SPEAKERS = {"he", "she", "they"}  # "“…,” he said": a pronoun a lead-in may name (not "it": a body, not a voice)
_ADDED = ("xcomp", "advcl", "conj")  # "“…,” he said, adding that…": the pronoun's own verb goes on


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
    if verb.tag_ == "VB" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "MD" for c in verb.children):
        return None  # "will speak to reporters on Monday", "may speak at the hearing": nothing said yet
    objs = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    colon = words[-1].text == ":"
    if not (colon or lemma in voicing or objs and all(addressee(o) for o in objs)) or any(not addressee(o) for o in objs):
        return None
    if lemma in voicing and any(c.dep_ == "prep" and c.lower_ in _TOPIC for c in verb.children):
        return None
    subj = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i and c.lower_ not in ("who", "which", "that")]
    end = words[-1].idx + len(words[-1].text)
    gap = _NEXT_QUOTE.match(text, end)
    gap = gap if gap is not None and paragraph_between(text, end, gap.end()) else None
    if not subj or gap is None or any(t.lower_ in _NOBODY for t in subj[0].subtree):
        return None
    quote = next((q for q in quotes if q[0] == gap.end()), None)
    if quote is None or _cued(doc, quote, quotes, cues):
        return None
    speaker = subj[0]
    clause = {t for c in speaker.children if c.dep_ == "relcl" for t in c.subtree}  # "Ruiz, who spoke on condition of…"
    joined = any(c.dep_ == "conj" for c in speaker.children)
    rival = any(t.ent_type_ == "PERSON" for t in doc[verb.i + 1 : words[-1].i + 1]) or sum(
        t.ent_type_ == "PERSON" and t.ent_iob_ == "B" for t in speaker.subtree) > 1  # "…alongside prosecutor Tom Bell"
    pronouns = {"they"} if joined or speaker.tag_ in ("NNS", "NNPS") else set() if rival else {"he", "she"}
    start, end = subtree_span(speaker)
    end = min([t.idx for t in clause if t.i > speaker.i] + [end])
    return dict(speaker=_strip(text, start, end), pronouns=pronouns, speaker_head=(speaker.idx, speaker.idx + len(speaker.text)),
                appositions=appositions(speaker), cue=(verb.idx, verb.idx + len(verb.text)), content=quote, direct=True)


def _cued(doc, quote, quotes, cues: set[str]) -> bool:
    """Whether the sentence the quotation opens has any word outside the quotation other than a pronoun and its verb
    of saying ("“…,” he said", "“…,” they added, saying that…"): "“…,” said another activist, Luis Paz" is that
    speaker's, "“…,” read a banner carried by protesters" nobody's, "“…” — the president's slogan — has failed, they
    said" does not say the quotation."""
    span = doc.char_span(quote[0], quote[1], alignment_mode="expand")
    if span is None:
        return False
    sents = {t.sent.start for t in span}
    outside = [t for s in sents for t in doc[s].sent if not t.is_space and not t.is_punct and not _inside_quote(t.idx, quotes)
               and not quote[0] <= t.idx < quote[1]]
    if not outside:
        return False
    verb = next((t for t in outside if verb_lemma(t.lower_) in cues and t.tag_.startswith("VB")), None)
    if verb is None:
        return True
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subj) != 1 or subj[0].lower_ not in PRONOUN_SPEAKERS:
        return True
    added = {t for c in verb.children if c.dep_ in _ADDED and c.i > verb.i for t in c.subtree}
    return any(t not in added and t not in (verb, subj[0]) for t in outside)
