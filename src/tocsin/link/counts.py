"""How many a report's target is, as its words say: the evidence that two reports of one article are two happenings.

"31 people arrested" and "three other drug dealers arrested" are two arrests. A count is read from the start of the
target's words: a number in figures ("1,200", Spanish "1,5 millones") or words ("five", "twenty-five"), with a scale
("6 million", "tres mil", "two dozen"), after a hedge or none. What is not read whole is no count: a vague word
("several", "dozens", "hundreds of"), an ordinal or a unit ("2nd", "9mm", "1990s"), an age ("17-year-old", "30
años"), a part ("one of the men"), an article before a word of number ("a group of", "a couple of"), a number
followed by more number words ("dos mil quinientos"). A list counts its parts together ("three men, two women and a
child": six) until "including" ("five people, including two teenagers": five), and only when each part is counted.

A count is a range: exact ("31 people"); a lower bound ("over", "more than", "at least", "más de", "al menos"), that
agrees with any count at or above it up to ``REACH`` times it ("over 1,200" is no "6 million"); an upper bound ("up
to", "fewer than", "nearly", "almost", "casi", "hasta"), with any at or below; an approximation ("about", "some",
"unos", "an estimated"), within ``MARGIN``. Two counts are different when their ranges do not meet.
"""

from __future__ import annotations

import re

from ..read.count_lexicon import NUMBER_WORDS

_LOWER = r"over|more\s+than|at\s+least|m[aá]s\s+de|al\s+menos"
_UPPER = r"up\s+to|as\s+many\s+as|fewer\s+than|less\s+than|nearly|almost|casi|hasta|menos\s+de"
_ABOUT = (r"about|around|some|roughly|approximately|an\s+estimated|cerca\s+de|unos|unas|alrededor\s+de|aproximadamente|"
          r"un[ao]?s?\s+estimad[oa]s?")
# exact, with words before the count that say nothing of how many ("a total of 31 people", "a group of 15 migrants")
_LEAD = r"all\s+|todos\s+los\s+|todas\s+las\s+|las?\s+|los\s+|a\s+total\s+of\s+|un\s+total\s+de\s+|an?\s+group\s+of\s+|un\s+grupo\s+de\s+"
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000, "dozen": 12, "dozens": 12,
           "mil": 1000, "millón": 1_000_000, "millon": 1_000_000, "millones": 1_000_000, "docena": 12,
           "docenas": 12, "mil millones": 1_000_000_000}
_COUNT = re.compile(
    rf"^\W*(?:{_LEAD})?(?:(?P<lower>{_LOWER})\s+|(?P<upper>{_UPPER})\s+|(?P<about>{_ABOUT})\s+)?(?:{_LEAD})?"
    r"(?P<number>\d{1,3}(?:[,.]\d{3})+|\d+,\d{1,2}(?=\s+(?:mil|mill[oó]n|millones)\b)|\d+(?:\.\d+)?|[^\W\d_]+(?:-[^\W\d_]+)?)"
    r"(?![\w-]|[.,]\d)(?:\s+(?P<scale>mil\s+millones\b|[^\W\d_]+))?(?P<rest>.*)", re.I | re.S)
# Number words read exactly; the vague ones ("several", "dozens", "hundreds", "varios") and zero ("no one") are no count
_VAGUE = {"several", "few", "many", "dozens", "scores", "hundreds", "couple", "decenas", "varios", "varias", "pocos", "muchos",
          "muchas", "cientos", "centenares", "nadie", "ninguno", "ninguna", "none", "nobody"}
_WORDS = {w: n for lang in ("en", "es") for w, n in NUMBER_WORDS[lang].items() if " " not in w and w not in _VAGUE}
_ARTICLES = {"a", "an", "un", "una"}
_AGE = re.compile(r"^\s*(?:-?\s*years?[\s-]+old|años)\b", re.I)
_PARTS = re.compile(r"\s*,\s+(?:(?:and|y|e)\s+)?|\s+(?:and|y|e)\s+", re.I)
# the rest is a part of the count told ("five people, including two teenagers", "30 víctimas, entre ellas tres niños")
_INCLUDING = re.compile(r"\s*,?\s*\b(?:including|among\s+(?:them|whom)|of\s+whom|incluid[oa]s?|incluyendo|entre\s+ell[oa]s|"
                        r"de\s+l[oa]s\s+cuales)\b.*", re.I | re.S)
MARGIN = 0.2  # an approximate count ("about 30") agrees with an exact one within this share of the larger
REACH = 10  # a lower bound ("at least five") agrees with counts up to this many times it ("seven", not "6 million")


def count(target: str | None) -> tuple[int, bool] | None:
    """(how many, whether hedged) when the target's words begin with a number: "Five people", "31 people", "all five
    defendants", "over 1,200 innocent people", "6 million Jews"; not a part of some ("one of the men"); a list counts
    its parts together when each is counted ("seven residents and a nurse": eight); None otherwise."""
    parts = _parts(target)
    return None if parts is None else (sum(n for n, _ in parts), any(h for _, h in parts))


def _parts(target: str | None) -> list[tuple[int, str | int | None]] | None:
    """Each part's count and hedge, before any "including"; None when a part has no count."""
    parts = [_one_count(p) for p in _PARTS.split(_INCLUDING.sub("", target or "")) if p.strip()]
    return None if not parts or None in parts else parts


def _one_count(target: str) -> tuple[int, str | int | None] | None:
    """(how many, which hedge: 'lower', 'upper', 'about' or None) of one part of a target; "40 or 50 people", "40 o
    50": (40, 50), the most it may be in place of a hedge."""
    found = _COUNT.match(target)
    if not found:
        return None
    word, scale, rest = found.group("number").lower(), (found.group("scale") or "").lower(), found.group("rest")
    if scale in ("or", "o", "u") and word not in _ARTICLES:
        low, high = _value(word), _one_count(rest)
        return (int(low), high[0]) if low is not None and high is not None and high[1] is None and high[0] > low else None
    if scale in ("of", "de") or scale in ("year", "years", "años", "año") or _AGE.match(rest if scale else " " + scale + rest):
        return None  # a part of a count told elsewhere ("one of the charged individuals"), an age ("17 years old")
    if word in _ARTICLES and scale not in _SCALES:
        # "a man": one; "a 17-year-old", "a couple of", "a number of": no count
        return (1, _hedge(found)) if scale and scale not in _GROUP and scale not in _WORDS else None
    value = _value(word)
    if value is None:
        return None
    factor = _SCALES.get(scale)
    if factor and _more_number(rest) or not factor and scale in _WORDS:
        return None  # "dos mil quinientos", "two thousand five hundred": not read whole
    return int(value * (factor or 1)), _hedge(found)


_GROUP = {"group", "number", "family", "few", "couple", "total", "handful", "series", "lot", "pair", "dozen", "grupo", "número",
          "familia", "par", "total", "docena", "serie"}


def _more_number(rest: str) -> bool:
    """More number words follow a scale: "dos mil quinientos", "two thousand five hundred"."""
    found = re.match(r"\s*(\d|[^\W\d_]+)", rest)
    word = found.group(1).lower() if found else ""
    return word.isdigit() or word in _WORDS and word not in _ARTICLES or bool(re.fullmatch(r"[^\W\d_]+ient[oa]s", word))


def _value(word: str) -> float | None:
    if word[0].isdigit():
        if re.fullmatch(r"\d+,\d{1,2}", word):
            return float(word.replace(",", "."))  # Spanish "1,5 millones"
        return float(re.sub(r"[,.](?=\d{3}\b)", "", word))  # "1,200", Spanish "1.200"; "1.5" million
    if "-" in word:  # "twenty-five"
        tens, _, units = word.partition("-")
        t, u = _WORDS.get(tens), _WORDS.get(units)
        return t + u if t and u and t % 10 == 0 and t >= 20 and u < 10 else None
    return _WORDS.get(word) if word not in _ARTICLES else 1


def _hedge(found: re.Match) -> str | None:
    return next((k for k in ("lower", "upper", "about") if found.group(k)), None)


def _bounds(target: str | None) -> tuple[float, float] | None:
    """The least and the most a target's count may be, by its hedges: "over 30", 30 to 300; "up to 30", 0 to 30;
    "about 30", 30 within ``MARGIN``; a list, the sum of its parts' bounds."""
    parts = _parts(target)
    if parts is None:
        return None
    low = high = 0.0
    for n, hedge in parts:
        if isinstance(hedge, int):  # "40 or 50": 40 to 50
            low, high = low + n, high + hedge
            continue
        low += {"upper": 0, "about": n * (1 - MARGIN)}.get(hedge, n)
        high += {"lower": max(n, 1) * REACH, "about": n / (1 - MARGIN)}.get(hedge, n)
    return low, high


def different(a: str | None, b: str | None) -> bool:
    """Whether two targets are counts that cannot be one happening's: the ranges their hedges allow do not meet ("31
    people" and "three drug dealers"; "fewer than 10" and "12"; not "more than 30" and "45", nor "about 40" and
    "some 40")."""
    ra, rb = _bounds(a), _bounds(b)
    if ra is None or rb is None:
        return False
    return ra[1] < rb[0] or rb[1] < ra[0]


def without_numbers(words: set[str]) -> set[str]:
    """Words that tell two targets apart, without the counts ("two leaders", "two individuals" share no one)."""
    return {w for w in words if not w.isdigit() and w not in NUMBER_WORDS["en"] and w not in NUMBER_WORDS["es"]}
