import random
import re

import pytest

from tocsin.read.alternation import alternation, top_level
from tocsin.read.event_lexicon import TRIGGERS
from tocsin.read.dates import FIND, _FIND
from tocsin.read.statements.turns import _TOPIC

SENTENCES = [
    "Gunmen killed a shopkeeper and kidnapped his son on Friday; police shot dead one suspect.",
    "KILLINGS rose in 2023, the mayor said, while the kidnapping of 12 workers went unsolved.",
    "A man was stabbed to death near Dock 9, and another was beaten up outside the bar.",
    "The \u212aILLER ran; \u017fhots were fired at 3 a.m. and the İsland's ıdle guards fled.",
    "She said the cartel operates in at least 30 cities and has members in Texas.",
    "Los sicarios asesinaron a dos policías el 14 de marzo de 2024, según la fiscalía.",
    "On-again, off-again: 'kill-switch' logs (v2.1) show $40,000 and -5 degrees.",
]


def _spans(pattern: re.Pattern, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def _same(source: str, flags: int, texts=SENTENCES, before: str = r"\b", after: str = r"\b") -> None:
    old = re.compile(f"{before}(?:{source}){after}", flags)
    new = re.compile(f"{before}(?:{alternation(source, flags)}){after}", flags)
    for text in texts:
        assert _spans(new, text) == _spans(old, text), text


@pytest.mark.parametrize("source", [
    r"kill(?:s|ed|ing)?|kidnap(?:ped|ping)?|shot dead|stabbed to death|beat(?:en)? up",
    r"kill|killing|killings",  # the first alternative that matches wins, not the longest
    r"killings|kill",
    r"(?:shot|stabbed)|(?:found|left) dead|\d+ (?:dead|killed)|(?:19|20)\d{2}",
    r"(?<=police )shot|(?<!not )killed|\w+ cities|has members in|[Kk]idnapp\w+",
    r"(?:re-?)?kill\w*|[^\W\d]+ed to death|(?:a|the) cartel|operat(?:es|e) in",
    r"\$[\d,]+|-\d+ degrees|'kill-switch'|v\d\.\d",
    r"island|\u0131dle|\u017fhots|KILLER",
])
@pytest.mark.parametrize("flags", [0, re.I])
def test_alternation_matches_the_same_spans(source, flags):
    _same(source, flags)


def test_alternation_groups_by_first_letter():
    assert alternation("kill|kidnap|shot", re.I) == "(?=[ks])(?:k(?:ill|idnap)|s(?:hot))"
    # without folding, a capital begins a bucket of its own
    assert alternation("Kill|kidnap", 0) == "(?=[Kk])(?:K(?:ill)|k(?:idnap))"


def test_alternation_tries_what_may_begin_anywhere_in_its_place():
    source = r"kill|\w+ed|kidnap"
    rewritten = alternation(source, re.I)
    assert rewritten.startswith(r"(?=k)(?:kill|\w+ed|kidnap)")
    for text in ("killed him", "kidnapped", "stabbed", "kidnap"):
        assert re.match(rf"(?:{rewritten})", text, re.I).span() == re.match(rf"(?:{source})", text, re.I).span()


@pytest.mark.parametrize("source,flags", [
    ("kill", re.I),  # one alternative: nothing to group
    ("(kill)|kidnap", re.I),  # a group that captures would be copied
    (r"(?P<w>kill)|kidnap", 0),
    (r"(a)\1|kidnap", 0),
    ("kill|kidnap", re.I | re.X),  # verbose: the source's spaces mean nothing
    ("(?i)kill|kidnap", 0),
    ("kill|kid(nap", re.I),  # does not parse
])
def test_alternation_leaves_what_it_cannot_regroup(source, flags):
    assert alternation(source, flags) == source


def test_top_level_splits_outside_brackets_classes_and_escapes():
    assert top_level(r"a|b(?:c|d)|[|x]|\||e") == ["a", "b(?:c|d)", "[|x]", r"\|", "e"]
    assert top_level(r"[]|]|[^]|]|z") == ["[]|]", "[^]|]", "z"]


def _random_source(rng: random.Random) -> str:
    atoms = ["k", "K", "ki", "kil", "s", "sh", "a", "\\d", "1", "19", "\\w", "[ks]", "[^k]", "x?", "(?:k|s)", "(?:a|)",
             "(?<=a)k", "(?!k)s", "\\bs", " ", "-", "ſ", "\u212a", "ı"]
    return "|".join("".join(rng.choice(atoms) for _ in range(rng.randint(1, 3))) + rng.choice(["", "?", "+", "*"])
                    for _ in range(rng.randint(2, 6)))


def test_alternation_matches_the_same_spans_on_random_patterns():
    rng = random.Random(11)
    texts = ["".join(rng.choice("kKsSa1 9-_\u212aſıİxi") for _ in range(40)) for _ in range(30)]
    tried = 0
    while tried < 250:
        source = _random_source(rng)
        try:
            re.compile(source)
        except re.error:  # "x?*": the generator's own slip
            continue
        tried += 1
        for flags in (0, re.I):
            for before, after in (("", ""), (r"\b", r"\b")):
                _same(source, flags, texts, before, after)


@pytest.mark.parametrize("language", ["en", "es"])
def test_alternation_keeps_the_lexicon_patterns_matches(language):
    words = [p for _, _, p in TRIGGERS[language]]
    for source in [*words, "|".join([_TOPIC[language], *words])]:
        _same(source, re.I)


def test_time_expressions_pattern_is_the_alternation_as_written():
    written = re.compile(rf"\b(?:{_FIND})\b", re.I)
    for text in SENTENCES + ["He was shot two weeks ago, last Tuesday night, or el martes pasado por la noche."]:
        assert _spans(FIND, text) == _spans(written, text)
