"""Long alternations of words, written so that Python's ``re`` tries each alternative only where it can begin.

The event vocabulary's trigger patterns, the words of a transcript's subject and the time expressions are each one
alternation of dozens of phrases between word boundaries (``\\b(?:killed|shot dead|…)\\b``). ``re`` has no index of
first letters: at every word boundary of the text it enters every alternative in turn, so a document costs its
length times the number of alternatives. ``alternation`` writes the same alternation grouped by first character:

    (?=[ks])(?:k(?:illed|idnapped)|s(?:hot dead|tabbed))

A position whose character begins no alternative fails at the first lookahead, and one that does enters only the
alternatives that begin with its character. The matches are the same, span for span: alternatives that can begin
with one character keep their order among themselves, and two of them that cannot begin with the same character
can never both match at one position, so which is tried first cannot change the match. The buckets of first
characters are disjoint under either case mode: an ASCII letter with its other case (and the few characters
``re.IGNORECASE`` folds onto it, matched by the same letter in the lookahead), an ASCII digit or other ASCII
character alone, all decimal digits (``\\d``) as one. An alternative whose first character cannot be told (``\\w``,
a negated class, a character outside ASCII, a phrase that may be empty) is tried at every position, in its place
among the others; a pattern with groups that capture or refer back, a verbose pattern, or one ``re`` cannot parse
is returned as written.
"""

from __future__ import annotations

import re
import string
from re import _constants as sre  # the parse of ``re`` itself: what an alternative can begin with
from re import _parser

_DIGIT = "\\d"
_ANY = None  # an alternative that may begin with any character
_LETTERS = frozenset(string.ascii_letters)
_QUANTIFIERS = ("?", "*", "+", "{")
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")  # "(?i)" inside: it would no longer stand at the start


def alternation(source: str, flags: int = 0) -> str:
    """``source``, an alternation, as the same alternation grouped by first character (see the module's docstring);
    ``flags`` are those it is compiled with (``re.IGNORECASE`` or none). Use it where ``(?:source)`` would stand."""
    alternatives = top_level(source)
    if len(alternatives) < 2 or flags & ~re.IGNORECASE or _GLOBAL_FLAGS.search(source):
        return source
    try:
        parsed = [_parser.parse(a, flags) for a in alternatives]
    except re.error:
        return source
    if any(_refers(p.data) for p in parsed):
        return source
    fold = bool(flags & re.IGNORECASE)
    buckets = [_begins(p.data, fold) for p in parsed]
    keys = sorted({k for b in buckets if b is not _ANY for k in b})
    groups = [_group(key, [a for a, b in zip(alternatives, buckets) if b is _ANY or key in b], fold) for key in keys]
    anywhere = [a for a, b in zip(alternatives, buckets) if b is _ANY]
    if not anywhere:
        return f"(?=[{''.join(_in_class(k) for k in keys)}])(?:{'|'.join(groups)})"
    guard = f"(?![{''.join(_in_class(k) for k in keys)}])" if keys else ""
    return "|".join(groups + [f"{guard}(?:{'|'.join(anywhere)})"])


def top_level(source: str) -> list[str]:
    """The alternatives of ``source`` at its top level (its ``|`` outside brackets, classes and escapes)."""
    out, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            i += 1 + (source[i + 1 : i + 2] == "^")
            i += source[i : i + 1] == "]"  # "[]…]", "[^]…]": a closing bracket first is a member
            continue
        elif ch in "()":
            depth += 1 if ch == "(" else -1
        elif ch == "|" and depth == 0:
            out.append(source[start:i])
            start = i + 1
        i += 1
    return out + [source[start:]]


def _group(key: str, members: list[str], fold: bool) -> str:
    """The alternatives that may begin in bucket ``key``, in their order: each written without its first letter
    after that letter, when every one opens with a plain letter of the bucket; else whole, after a lookahead."""
    if key in _LETTERS and all((m[:1].lower() if fold else m[:1]) == key and m[1:2] not in _QUANTIFIERS for m in members):
        return f"{key}(?:{'|'.join(m[1:] for m in members)})"
    return f"(?={_in_class(key)})(?:{'|'.join(members)})"


def _in_class(key: str) -> str:
    return key if key == _DIGIT else re.escape(key)


def _bucket(code: int, fold: bool) -> str | None:
    """The bucket of one character: itself, in lower case when case is folded; all digits one; None outside ASCII."""
    ch = chr(code)
    if not ch.isascii():
        return None
    return _DIGIT if ch.isdigit() else ch.lower() if fold else ch


def _begins(items, fold: bool) -> frozenset[str] | None:
    """The buckets of the characters a parsed alternative can begin with, or ``_ANY``."""
    found, nullable = _first(items, fold)
    return _ANY if found is _ANY or nullable else frozenset(found)


def _first(items, fold: bool) -> tuple[set[str] | None, bool]:
    """(buckets of the first characters, whether it can match empty) of a parsed sequence; ``_ANY`` when unknown."""
    found: set[str] = set()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op is sre.LITERAL:
            key = _bucket(av, fold)
            return (_ANY, False) if key is None else (found | {key}, False)
        if op is sre.IN:
            keys = _class(av, fold)
            return (_ANY, False) if keys is None else (found | keys, False)
        if op is sre.SUBPATTERN:
            if av[1] & re.IGNORECASE and not fold:
                return _ANY, False  # "(?i:…)" in a pattern that keeps case: its letters begin in either case
            part = _first(av[3].data, fold)
        elif op is sre.BRANCH:
            parts = [_first(b.data, fold) for b in av[1]]
            if any(p[0] is _ANY for p in parts):
                return _ANY, False
            part = (set().union(*(p[0] for p in parts)), any(p[1] for p in parts))
        elif op in _REPEATS:
            inner = _first(av[2].data, fold)
            part = (inner[0], inner[1] or av[0] == 0)
        else:
            return _ANY, False
        if part[0] is _ANY:
            return _ANY, False
        found |= part[0]
        if not part[1]:
            return found, False
    return found, True


def _class(items, fold: bool) -> set[str] | None:
    """The buckets a character class's members fall in; None for a negated class or one of other categories."""
    keys = set()
    for op, av in items:
        if op is sre.LITERAL:
            keys.add(_bucket(av, fold))
        elif op is sre.RANGE and av[1] - av[0] < 128:
            keys.update(_bucket(c, fold) for c in range(av[0], av[1] + 1))
        elif op is sre.CATEGORY and av is sre.CATEGORY_DIGIT:
            keys.add(_DIGIT)
        else:
            return None
    return None if None in keys else keys


def _refers(items) -> bool:
    """Whether a parsed pattern holds a group that captures or a reference back to one (copied, they would count twice)."""
    for op, av in items:
        if op in (sre.GROUPREF, sre.GROUPREF_EXISTS) or op is sre.SUBPATTERN and av[0] is not None:
            return True
        nested = [av[3]] if op is sre.SUBPATTERN else av[1] if op is sre.BRANCH else [av[2]] if op in _REPEATS \
            else [av[1]] if op in (sre.ASSERT, sre.ASSERT_NOT) else [av] if op is sre.ATOMIC_GROUP else []
        if any(_refers(n.data) for n in nested):
            return True
    return False
