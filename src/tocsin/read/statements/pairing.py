"""Straight quotation marks paired by how each one looks, not by counting.

A straight mark (") does not say whether it opens or closes a quotation, so pairing them in order fails from the first
stray or missing mark on: in a story stored as one line (LGL), a quotation continued in a new paragraph (no closing
mark, a new opening one: "…bought weapons. "This is aimed…") or a closing mark typed after its space ("…sources.
"Police showed…") flips every later quotation into narration and the narration into quotation. Each mark is read by
its sides instead — a space before and a word after opens ("said. "We…"), a word or a point before and a space or a
point after closes ("…door," said) — and the marks of a paragraph are paired by the reading that contradicts their
looks the least (a small Viterbi search): a mark that looks opening inside an open quotation, after a sentence's end,
reopens it (the quotation before ends with its sentence); a quotation that holds a sentence of narration ("Burjanadze
said the detained…") costs what a mark read against its look costs, and so does a quotation left open at the
paragraph's end by a mark that does not look opening. Wire copy's two apostrophes ('') only close."""

from __future__ import annotations

import re

_OPENS_BEFORE = " \t\n\xa0([{—–-:/"
_CLOSES_AFTER = " \t\n\xa0.,;:!?)]}—–-…*_"
_AGAINST, _UNSURE, _REOPEN, _STRAY, _LEFT_OPEN = 2.0, 0.5, 1.0, 2.5, 1.0
# a sentence of narration inside a would-be quotation: a third person's name or pronoun and a verb of saying
_NARRATION = re.compile(r"(?:^|[.!?]\s+)(?!I\b|We\b|You\b)(?:[A-Z][\w'’-]+\s+){1,3}(?:said|says|told|added|stated)\b")
_MARK = re.compile(r"\"|(?:''|’’)(?!\w)")


def _look(para: str, at: int, width: int) -> str:
    """"open", "close" or "either": what a mark's sides say of it. A mark after a nested quotation's closing
    apostrophe and a space closes ("…here's the reason.' " But…")."""
    if width == 2:
        return "close"
    before, after = para[at - 1 : at], para[at + 1 : at + 2]
    opens_before = not before or before in _OPENS_BEFORE
    closes_after = not after or after in _CLOSES_AFTER
    if opens_before and before == " " and para[at - 2 : at - 1] in ("'", "’"):
        return "close"
    if opens_before and not closes_after:
        return "open"
    if closes_after and not opens_before:
        return "close"
    return "either"


def _cost(look: str, role: str) -> float:
    if look == "either":
        return _UNSURE
    return 0.0 if look == role else _AGAINST


def _narration(para: str, start: int, end: int) -> float:
    return _AGAINST * len(_NARRATION.findall(para[start:end].strip(" \"'’")))


def pair_straight(para: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The quotations of a paragraph's straight marks outside the spans already ``taken`` (curly and angle quotations),
    as (start, end) with the marks; a quotation left open at the paragraph's end ends with it."""
    marks = [(m.start(), m.end() - m.start()) for m in _MARK.finditer(para) if not any(s <= m.start() < e for s, e in taken)]
    # state: the offset of the open quotation's mark, or None outside one -> (cost, quotations so far)
    best: dict[int | None, tuple[float, list[tuple[int, int]]]] = {None: (0.0, [])}
    for at, width in marks:
        look = _look(para, at, width)
        nxt: dict[int | None, tuple[float, list[tuple[int, int]]]] = {}

        def keep(state, cost, quotes):
            if state not in nxt or cost < nxt[state][0]:
                nxt[state] = (cost, quotes)

        for state, (cost, quotes) in best.items():
            keep(state, cost + _STRAY, quotes)
            if state is None:
                if width == 1:
                    keep(at, cost + _cost(look, "open"), quotes)
                continue
            keep(None, cost + _cost(look, "close") + _narration(para, state, at), quotes + [(state, at + width)])
            if look == "open" and width == 1 and re.search(r"[.!?][\"'’)]?\s+$", para[state:at]):
                end = len(para[:at].rstrip())
                keep(at, cost + _REOPEN + _narration(para, state, end), quotes + [(state, end)])
        best = nxt
    ends = []
    for state, (cost, quotes) in best.items():
        if state is not None:
            end = len(para.rstrip())
            left = _LEFT_OPEN + (0.0 if _look(para, state, 1) == "open" else _AGAINST)  # never a spaced stray: " Another…
            cost, quotes = cost + left + _narration(para, state, end), quotes + [(state, end)]
        ends.append((cost, quotes))
    return min(ends, key=lambda c: c[0])[1]
