"""A prediction hedged as no surprise: "I would not be surprised if the gang retaliated", "it wouldn't surprise me to see
more killings", "nobody should be surprised if the truce collapses". The frame foretells what its clause says, whatever
the clause's tense, and it foretells it positively (forecasts.polarity does not read its "not" as a denial); the
speaker's "I would", elsewhere a courtesy that predicts nothing, is here the hedge (docs/annotation.md §4, hedges).
"""

from __future__ import annotations

import re

_UNSURPRISED = re.compile(
    r"\b(?:(?:would|'d|will|should)(?: not|n't)|wo n't|(?:nobody|no one|none of us) (?:would|should|will)) (?:\w+ly )?be (?:\w+ly |at all )?surprised (?:if|that|when|to (?:see|learn|hear))\b"
    r"|\b(?:would|'d|will)(?: not|n't) (?:\w+ly )?surprise (?:me|us|anyone|anybody|many|him|her|them)?\s*(?:if|that|to (?:see|learn))\b")


def unsurprised(low: str) -> bool:
    """Whether a lower-cased English claim foretells as no surprise what its clause says."""
    return bool(_UNSURPRISED.search(low))
