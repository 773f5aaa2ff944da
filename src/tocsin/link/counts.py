"""How many a report's target is, as its words say: the evidence that two reports of one article are two happenings.

"31 people arrested" and "three other drug dealers arrested" are two arrests; "6 million Jews murdered" and "over
1,200 innocent people massacred" are two killings. A count is read from the start of the target's words: a
number in figures ("1,200") or words ("five"), with a scale ("6 million", "tres mil"), after a hedge of
approximation or none ("over", "more than", "about", "at least", "más de"). Counts of one happening told twice
agree: exactly when both are exact, within a margin when either is hedged ("more than 30 people", "31 people").
"""

from __future__ import annotations

import re

from ..read.event_lexicon import NUMBER_WORDS

_HEDGE = (r"over|more\s+than|at\s+least|nearly|almost|about|around|some|roughly|approximately|up\s+to|fewer\s+than|less\s+than|"
          r"m[aá]s\s+de|al\s+menos|cerca\s+de|casi|unos|unas|alrededor\s+de|aproximadamente")
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000, "cien": 100, "cientos": 100,
           "mil": 1000, "millón": 1_000_000, "millon": 1_000_000, "millones": 1_000_000}
_COUNT = re.compile(rf"^\W*(?:all\s+|todos\s+los\s+|todas\s+las\s+|las?\s+|los\s+)?(?P<hedge>(?:{_HEDGE})\s+)?"
                    r"(?P<number>\d{1,3}(?:[,.]\d{3})+(?!\d|[.,]\d)|\d+(?:\.\d+)?|[^\W\d_]+)(?:\s+(?P<scale>[^\W\d_]+))?", re.I)
MARGIN = 0.2  # a hedged count ("more than 30") agrees with an exact one within this share of the larger


def count(target: str | None) -> tuple[int, bool] | None:
    """(how many, whether hedged) when the target's words begin with a number: "Five people", "31 people", "all five
    defendants", "over 1,200 innocent people", "6 million Jews"; not a part of some ("one of the men"); a list counts
    its parts together when each is counted ("seven residents and a nurse": eight); None otherwise."""
    parts = [_one_count(p) for p in _AND.split(target or "")]
    if not parts or None in parts:
        return None
    return sum(n for n, _ in parts), any(h for _, h in parts)


_AND = re.compile(r"\s+(?:and|y|e)\s+", re.I)


def _one_count(target: str) -> tuple[int, bool] | None:
    found = _COUNT.match(target)
    if not found or (found.group("scale") or "").lower() in ("of", "de"):
        return None  # no number, or a part of a count told elsewhere ("one of the charged individuals")
    word = found.group("number").lower()
    if word[0].isdigit():
        value = float(re.sub(r"[,.](?=\d{3}\b)", "", word))  # "1,200", Spanish "1.200"; "1.5" million
    else:
        value = NUMBER_WORDS["en"].get(word) or NUMBER_WORDS["es"].get(word)
        if value is None:
            return None
    scale = _SCALES.get((found.group("scale") or "").lower())
    return int(value * (scale or 1)), bool(found.group("hedge"))


def different(a: str | None, b: str | None) -> bool:
    """Whether two targets are counts that cannot be one happening's: exact and unequal, or hedged and apart by more
    than ``MARGIN`` of the larger."""
    ca, cb = count(a), count(b)
    if ca is None or cb is None:
        return False
    (na, ha), (nb, hb) = ca, cb
    if ha or hb:
        return abs(na - nb) > MARGIN * max(na, nb)
    return na != nb


def without_numbers(words: set[str]) -> set[str]:
    """Words that tell two targets apart, without the counts ("two leaders", "two individuals" share no one)."""
    return {w for w in words if not w.isdigit() and w not in NUMBER_WORDS["en"] and w not in NUMBER_WORDS["es"]}
