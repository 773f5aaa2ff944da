"""What the real-text scripts share: where the annotations are, and how words, spans and names are compared."""

from __future__ import annotations

import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
ANNOTATIONS = HERE / "annotations"
SECOND = "ann-h"  # the second annotator of the double documents
_STOP = {"the", "a", "an", "of", "and", "to", "in", "on", "for", "by", "at", "with", "from", "as", "his", "her", "their",
         "its", "who", "said", "says", "told", "according", "mr", "mrs", "ms", "dr", "el", "la", "los", "las", "de", "del"}


def words(s: str | None) -> set[str]:
    return {w for w in re.findall(r"\w+", (s or "").lower()) if len(w) > 1 and w not in _STOP}


def overlaps(a: tuple[int, int] | None, b: tuple[int, int] | None, half: bool = False) -> bool:
    if not a or not b:
        return False
    shared = min(a[1], b[1]) - max(a[0], b[0])
    return shared >= (min(a[1] - a[0], b[1] - b[0]) / 2 if half else 1)


def slug(name: str | None) -> str:
    return re.sub(r"[^a-z0-9]+", "-", (name or "").lower()).strip("-")


def batch_names(arg: str | None) -> set[str]:
    """The batch names of a --batch or --hold-back argument (comma-separated)."""
    return set(filter(None, (arg or "").split(",")))


def in_batches(entry: dict, batches: set[str], held: set[str] = frozenset()) -> bool:
    """A manifest entry is read: not of a held-back batch, and, when batches are named, of one of them. Batches name
    dev documents only ('dev-1' the first dev documents, which carry no batch): a test document is never selected by
    a dev batch's name, and the batch filter leaves the test split whole."""
    if entry.get("batch") in held:
        return False
    if not batches or entry.get("split") != "dev":
        return True
    return (entry.get("batch") or "dev-1") in batches
