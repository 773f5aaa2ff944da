"""Document identity and near-duplicate detection.

A document's id is a hash of its normalized text, so the same article read
twice, from any source, gets the same id. Near-duplicates (a wire story
republished with a new headline and a changed sentence) are found with
MinHash over word 5-shingles and an LSH index.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache


NUM_PERM = 64
SCHEME = "affine32"  # datasketch 2 hashing scheme; stored signatures were made with it
_WORD = re.compile(r"\w+")


def canonical_form(text: str) -> str:
    """What identity is computed from: case, accents' composition and spacing folded."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def document_id(text: str) -> str:
    return hashlib.sha256(canonical_form(text).encode("utf-8")).hexdigest()[:16]


def minhash(num_perm: int, seed: int = 1, hashvalues=None):
    """A MinHash (``SCHEME``) with the permutations every MinHash of ``num_perm`` and ``seed`` has, made once: a new
    MinHash otherwise draws them again from a seeded generator, which cost more than hashing a claim's words."""
    from datasketch import MinHash  # imported on first use: datasketch takes a second to import

    return MinHash(num_perm=num_perm, seed=seed, hashvalues=hashvalues, permutations=_permutations(num_perm, seed), scheme=SCHEME)


@lru_cache(maxsize=None)
def _permutations(num_perm: int, seed: int):
    from datasketch import MinHash

    permutations = MinHash(num_perm=num_perm, seed=seed, scheme=SCHEME).permutations
    permutations.flags.writeable = False  # shared by every MinHash made by ``minhash``
    return permutations


def signature(text: str):
    """MinHash of the text's word 5-shingles."""
    words = _WORD.findall(canonical_form(text))
    shingles = {" ".join(words[i : i + 5]) for i in range(max(1, len(words) - 4))}
    sig = minhash(NUM_PERM)
    sig.update_batch([s.encode("utf-8") for s in shingles])
    return sig


def signature_bytes(sig) -> bytes:
    return sig.hashvalues.astype("<u8").tobytes()


def signature_from_bytes(data: bytes):
    import numpy as np

    return minhash(NUM_PERM, hashvalues=np.frombuffer(data, dtype="<u8"))


class NearDuplicateIndex:
    """Signatures of stored documents; ``match`` finds a stored near-duplicate."""

    def __init__(self, threshold: float):
        from datasketch import MinHashLSH

        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._sigs: dict = {}

    def add(self, doc_id: str, sig) -> None:
        if doc_id not in self._sigs:
            self._lsh.insert(doc_id, sig)
            self._sigs[doc_id] = sig

    def remove(self, doc_id: str) -> None:
        """Forget a document (one that was not stored after all)."""
        if self._sigs.pop(doc_id, None) is not None:
            self._lsh.remove(doc_id)

    def match(self, sig) -> tuple[str, float] | None:
        scored = [(d, self._sigs[d].jaccard(sig)) for d in self._lsh.query(sig)]
        scored = [(d, s) for d, s in scored if s >= self.threshold]
        return max(scored, key=lambda pair: pair[1]) if scored else None
