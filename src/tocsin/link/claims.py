"""Claim clusters: the same claim repeated across documents, paraphrase-tolerant.

A statement's content becomes its content words, folded. Candidates come
from MinHash bands over those words (stored in ``claim_bands`` for the first
claim of each cluster only, so finding them is an index lookup however large
the store and however often a claim is repeated); a claim in another document
joins when rapidfuzz's token-set ratio of the two word lists is at least
``RATIO``. Who said it first is the earliest published member; the
rest repeated it.
"""

from __future__ import annotations

import hashlib
import re

from rapidfuzz import fuzz

from ..ingest.dedup import minhash
from ..read.placedb import fold

RATIO = 72
MIN_WORDS = 5
BANDS, ROWS = 8, 4
_STOP = {
    "the", "a", "an", "and", "or", "of", "to", "in", "on", "for", "with", "by", "at", "from", "as", "that", "this", "these",
    "those", "is", "are", "was", "were", "be", "been", "has", "have", "had", "it", "its", "they", "their", "them", "he",
    "she", "his", "her", "we", "our", "will", "would", "could", "can", "not", "but", "which", "who", "there", "than",
    "el", "la", "los", "las", "un", "una", "y", "o", "de", "del", "en", "con", "por", "para", "que", "se", "su", "sus",
    "es", "son", "fue", "ha", "han", "lo", "le", "les", "al", "como", "mas", "no",
}


def content_words(text: str) -> list[str]:
    return [w for w in re.findall(r"[\w-]+", fold(text)) if w not in _STOP and not w.isdigit()]


def bands(words: list[str]) -> list[str]:
    """LSH band keys of a word set: two claims sharing a band are candidates."""
    mh = minhash(BANDS * ROWS, seed=11)
    for w in set(words):
        mh.update(w.encode())
    values = mh.hashvalues
    return [f"{i}:" + hashlib.sha1(values[i * ROWS : (i + 1) * ROWS].tobytes()).hexdigest()[:12] for i in range(BANDS)]


def similarity(a: list[str], b: list[str]) -> float:
    return fuzz.token_set_ratio(" ".join(a), " ".join(b))


def cluster_id(doc_id: str, idx: int) -> str:
    return "clm-" + hashlib.sha1(f"{doc_id}:{idx}".encode()).hexdigest()[:16]
