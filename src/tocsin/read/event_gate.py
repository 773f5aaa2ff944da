"""The event gate: a trained check that an event the rules found is a specific happening of its type.

The rules of ``events`` find every word of the vocabulary that names a crime, an arrest or a charge and
read its arguments off the parse. On real releases and transcripts half of what they find is no happening
at all: statistics ("more than 7,400 arrests"), policy ("detained and referred for prosecution"), rewards
("information leading to the arrest of"), rhetoric ("all of this robs us"), the offence a charge names, or
a later mention told with another type ("fatally stabbed" where the killing is reported). Rules for each
class reach only the phrasings they were written from.

The gate is a spaCy text classifier (``textcat``, bag of features, CPU) trained by ``make train``
(``train/event_gate.py``) from the events the rules find on the development documents of the real-text
set, labelled by the hand annotations (docs/annotation.md), and from the team's written gold sets. It
reads each candidate as a list of features: its type, trigger, modality and arguments, the words either
side of the trigger, the words of its sentence, the kind of segment it stands in and the document's genre. A happened event
(asserted, alleged or negated) whose score is below ``THRESHOLD`` is dropped; future and hypothetical
events and presence reports are left to the rules. The model ships in the package
(``tocsin/data/event_gate``); without it the rules stand alone.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ..models import Event
from ..structure import Segment, at

MODEL = Path(__file__).resolve().parent.parent / "data" / "event_gate"
LABEL = "EVENT"
THRESHOLD = 0.5  # written by make train into the model's meta (``tocsin_threshold``); this is the fallback
GATED = frozenset({"asserted", "alleged", "negated"})
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?|\d[\d,.]*|[?%$]")
_SIDE = 4


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def features(event: Event, text: str, segs: tuple[Segment, ...], parsed=None, genre: str | None = None) -> list[str]:
    """The candidate as the classifier reads it: one string per feature (with the spaCy Doc of ``text``, the
    trigger's place in the parse too; with the document's genre, that too)."""
    sentence = text[event.evidence_start : event.evidence_end]
    before = _words(text[event.evidence_start : event.trigger_start])[-_SIDE:]
    after = _words(text[event.trigger_end : event.evidence_end])[:_SIDE]
    seg = at(segs, event.evidence_start)
    out = [
        f"type={event.type}", f"sub={event.subtype}", f"mod={event.modality}", f"nominal={event.nominal}",
        f"trigger={'_'.join(_words(event.trigger))}", f"type+trigger={event.type}+{'_'.join(_words(event.trigger))}",
        f"actor={event.actor_kind}", f"actor_basis={event.actor_basis}", f"target={bool(event.target_text)}",
        f"target_cat={event.target_category}", f"offences={bool(event.offences)}", f"dead={event.fatalities is not None}",
        f"place={event.place_basis}", f"date={event.date_precision}", f"segment={seg.kind if seg else None}",
        f"question={sentence.rstrip().endswith('?')}", f"length={min(len(sentence) // 80, 4)}",
        f"opening={event.evidence_start < 400}", f"genre={genre}", f"type+genre={event.type}+{genre}",
    ]
    out += [f"L{i}={w}" for i, w in enumerate(reversed(before), 1)] + [f"R{i}={w}" for i, w in enumerate(after, 1)]
    out += [f"L2={'_'.join(before[-2:])}", f"R2={'_'.join(after[:2])}"]
    out += [f"w={w}" for w in dict.fromkeys(_words(sentence))]
    out += [f"type+w={event.type}+{w}" for w in dict.fromkeys(before + after)]
    span = parsed.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand") if parsed is not None else None
    if span is not None:
        tok = span.root
        out += [f"dep={tok.dep_}", f"tag={tok.tag_}", f"head={tok.head.lemma_.lower()}", f"head_dep={tok.head.dep_}",
                f"head_tag={tok.head.tag_}", f"dep+head={tok.dep_}+{tok.head.lemma_.lower()}"]
        out += [f"child={c.dep_}" for c in tok.children] + [f"child={c.dep_}+{c.lower_}" for c in tok.children if c.dep_ in _SMALL]
        out += [f"head_child={c.dep_}+{c.lower_}" for c in tok.head.children if c.dep_ in _SMALL and c is not tok]
    return out


_SMALL = {"det", "nummod", "amod", "aux", "auxpass", "neg", "poss", "advmod", "case", "prep", "mark"}


@lru_cache(maxsize=1)
def _model():
    """The trained classifier and its threshold, or None where the package has no model."""
    if not (MODEL / "config.cfg").exists():
        return None
    import spacy

    nlp = spacy.load(MODEL)
    for feature in list(nlp.vocab.strings):  # the features it was trained on, kept: scoring builds only the unseen ones
        nlp.vocab[feature]                    # again in each document's memory zone (they weigh nothing there)
    return nlp, float(nlp.meta.get("tocsin_threshold", THRESHOLD))


def load() -> None:
    """Load the classifier now rather than at the first event scored (read.prepare)."""
    _model()


def as_doc(vocab, feats: list[str]):
    from spacy.tokens import Doc

    return Doc(vocab, words=feats or ["empty"])


def scores(events: list[Event], text: str, segs: tuple[Segment, ...], parsed=None, genre: str | None = None) -> list[float] | None:
    """The classifier's score of each event (None where no model ships)."""
    loaded = _model()
    if loaded is None or not events:
        return None if loaded is None else []
    nlp, _ = loaded
    textcat = nlp.get_pipe("textcat")
    with nlp.memory_zone():  # the feature strings of a document are not kept in the vocabulary after it
        docs = [as_doc(nlp.vocab, features(e, text, segs, parsed, genre)) for e in events]
        return [d.cats.get(LABEL, 0.0) for d in textcat.pipe(docs)]


def gate(events: list[Event], text: str, segs: tuple[Segment, ...], parsed=None, genre: str | None = None) -> list[Event]:
    """The events, without the happened ones the classifier scores below its threshold."""
    judged = [e for e in events if e.modality in GATED and e.type != "presence"]
    found = scores(judged, text, segs, parsed, genre)
    if not found:
        return events
    threshold = _model()[1]
    dropped = {id(e) for e, p in zip(judged, found) if p < threshold}
    return [e for e in events if id(e) not in dropped]
