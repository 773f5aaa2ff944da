"""The read stage: a Document in, its Annotations out.

``read_many`` is the batch form the runner uses (spaCy reads faster in
batches); ``read`` is the same work for one document. Both are pure functions
of the documents and the read-only pipelines, so they run unchanged in a
process pool or a distributed map.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import groupby
from typing import Iterable, Iterator

from ..models import Annotations, Document, Mention, Sentence
from .gazetteer import LABELS
from .nlp import pipeline
from .anchor import locate
from .dates import find_times
from .events import find_events
from .forecasts import ledger
from .places import apply_places, find_dateline
from .statements import find_statements

# What each label means as an entity kind. Labels not listed (dates, numbers,
# nationalities...) are not entities; later stages read them on their own.
KINDS = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "PER": "person",
    "MISC": None,
    **{label: kind for kind, label in LABELS.items()},
}
_GAZETTEER_LABELS = set(LABELS.values())
_TRIM = "\"'“”‘’«»()[], "


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets without a leading "the" and without surrounding quotes and punctuation."""
    if text[start:end].lower().startswith("the "):
        start += 4
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def trimmed_entities(spacy_doc, text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, label, gazetteer id) of every entity, without a leading "the" or surrounding quotes."""
    out = []
    for ent in spacy_doc.ents:
        start, end = _trim(text, ent.start_char, ent.end_char)
        if end - start >= 2:
            out.append((start, end, ent.label_, ent.ent_id_))
    return out


def find_mentions(ents: list[tuple[int, int, str, str]], text: str) -> list[Mention]:
    """Entity mentions of the kinds tocsin keeps, from trimmed entities."""
    found = []
    for start, end, label, ent_id in ents:
        kind = KINDS.get(label)
        if kind is None:
            continue
        gazetteer = label in _GAZETTEER_LABELS
        found.append(
            Mention(
                start=start,
                end=end,
                text=text[start:end],
                label=label,
                kind=kind,
                origin="gazetteer" if gazetteer else "model",
                key=ent_id if gazetteer and ent_id else None,
            )
        )
    return found


def find_sentences(spacy_doc) -> list[Sentence]:
    return [Sentence(s.start_char, s.end_char) for s in spacy_doc.sents if s.text.strip()]


def annotate(doc: Document, spacy_doc) -> Annotations:
    text = spacy_doc.text  # built anew on every access: read it once
    ents = trimmed_entities(spacy_doc, text)
    strong_ner = doc.language == "en" and pipeline(doc.language).has_pipe("ner")  # elsewhere rules add the places NER misses
    mentions, places, dateline = apply_places(text, doc.url, find_mentions(ents, text), [e[:3] for e in ents], strong_ner)
    times = find_times(text, [e[:3] for e in ents], doc.published_at, doc.language)
    ann = Annotations(
        doc_id=doc.id,
        sentences=tuple(find_sentences(spacy_doc)),
        mentions=tuple(mentions),
        places=tuple(places),
        dateline=dateline,
        dateline_end=_dateline_end(text) if dateline else 0,
        times=tuple(times),
    )
    statements = find_statements(spacy_doc, text, mentions, doc.language, spacy_doc.has_annotation("DEP"))
    ann = replace(ann, mentions=tuple(_with_speakers(mentions, statements, text)))
    ann = replace(ann, statements=tuple(_anchored(ann, st, doc.published_at) for st in statements))
    ann = replace(ann, forecasts=tuple(ledger(ann, text, doc.published_at)))
    return replace(ann, events=tuple(find_events(spacy_doc, text, ann, doc.published_at, doc.language)))


def _dateline_end(text: str) -> int:
    found = find_dateline(text)
    return max(span[1] for span in found if span) if found else 0


def _with_speakers(mentions: list[Mention], statements, text: str) -> list[Mention]:
    """Speakers named by the statement patterns but not by the model (a
    language read without NER) become person mentions, so they resolve."""
    taken = {(m.start, m.end) for m in mentions}
    extra = [
        Mention(s, e, text[s:e], "PERSON", "person", "statements")
        for st in statements
        if st.speaker_mention and (s := st.speaker_mention[0], e := st.speaker_mention[1]) not in taken
        and not any(m.start < e and s < m.end for m in mentions)
    ]
    return sorted(mentions + list({(m.start, m.end): m for m in extra}.values()), key=lambda m: m.start)


def _anchored(ann: Annotations, st, published: str | None):
    """A statement with the place and date its claim is about."""
    where = locate(ann, st.content_start, st.content_end, published)
    return replace(
        st,
        place=where.place.key if where.place else None,
        place_basis=where.place_basis,
        date_value=where.date_value,
        date_precision=where.date_precision,
    )


def read(doc: Document) -> Annotations:
    """Annotations for one document, read by the pipeline of its language."""
    return annotate(doc, pipeline(doc.language)(doc.text))


def read_many(docs: Iterable[Document], batch_size: int = 32) -> Iterator[tuple[Document, Annotations]]:
    """(document, annotations) for each document, in input order; consecutive
    documents of one language go through spaCy together."""
    for language, run in groupby(docs, key=lambda d: d.language):
        run = list(run)
        spacy_docs = pipeline(language).pipe((d.text for d in run), batch_size=batch_size)
        for doc, spacy_doc in zip(run, spacy_docs):
            yield doc, annotate(doc, spacy_doc)
