"""The spans of statements in a text: quotations paragraph by paragraph, and a clause's edges trimmed of what is not
said (a dateline, the punctuation around it) or kept whole (the closing mark of a quotation it opens)."""

from __future__ import annotations

import re

from ...structure import line_breaks, one_a_line
from ..toponyms import _DATELINE
from .lexicon import MIN_QUOTE_WORDS, QUOTE
from .pairing import pair_straight

_CURLY = re.compile(r"“[^”]+?(?:”|’’)|«[^»]+?»")


def _closing_mark(text: str, start: int, end: int) -> int:
    """The end of a clause with the closing mark of a quotation it opens ("she was “heartbroken.”": the parse leaves
    the point and the mark to the verb of saying)."""
    part = text[start:end]
    if part.count("“") > part.count("”") or part.count("«") > part.count("»") or part.count('"') % 2:
        if close := re.match(r"[.,!?]?[”»\"]", text[end : end + 2]):
            return end + close.end()
    return end


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    dateline = _DATELINE.match(text[start:end])
    if dateline:
        start += dateline.end()  # "SANTIAGO, Chile — ..." opens the article, not the claim
    while start < end and text[start] in " ,:;—–-":
        start += 1
    while end > start and text[end - 1] in " ,:;—–-.":
        end -= 1
    return start, end


# What no speaker phrase runs across: a blank line, a closing tag of markup ("<u>New Guidance.</u> The Office…"), a line
# that ends a sentence or a heading ("Fact sheet:\n", "…attack.\nThe mayor…"); not the point of a title or an initial
# that a wrapped line leaves at its end ("U.S. Attorney Jane Roe and Dr.\nAna Ruiz said")
_ABBREVIATED = "".join(f"(?<!\\b{a})" for a in ("Dr", "Mr", "Mrs", "Ms", "Jr", "Sr", "St", "Lt", "Gen", "Sgt", "Col", "Capt", "Gov", "Sen",
                                                 "Rep", "Rev", "Prof", "Hon", "Atty", "Det", "Ofc", "Cpl", "Maj", "Adm", "U.S", "[A-Z]"))
_SPEAKER_EDGE = re.compile(r"\n[ \t\xa0]*\n|</\w+>|(?:" + _ABBREVIATED + r"\.|[!?:])[\"”’)*]*[ \t\xa0]*\n")


def speaker_cut(text: str, span: tuple, head: tuple | None, cue: int) -> tuple[tuple, tuple | None]:
    """A speaker phrase and its head, cut after the last heading, markup or paragraph boundary in it: the parse glues a
    heading or the sentence before to the subject ("<u>New Guidance for Federal Agencies.</u> The White House Office
    … announced"), and the phrase starts where its own sentence does; a head left before the cut was the glued part's
    ("<"), and the words after the cut are read for the speaker instead; a phrase of no word at all ("<") gives way to
    the words after the last boundary before its cue. A span with no boundary is kept whole."""
    if span[0] is None:
        return span, head
    last = cue if span[1] <= cue and not re.search(r"\w", text[span[0] : span[1]]) else span[1]
    edges = list(_SPEAKER_EDGE.finditer(text, span[0], last))
    if not edges:
        return span, head
    start, end = _strip(text, edges[-1].end(), max(span[1], last) if edges[-1].end() >= span[1] else span[1])
    if end - start < 2:
        return span, head
    return (start, end), head if head is not None and head[0] >= start else None


# Where a paragraph ends: a blank line, or a line that opens a list item. A single line break inside a paragraph is
# the source's wrapping ("“We are at war against drug trafficking\n    organizations”"), no end of a quotation.
_PARAGRAPH_END = re.compile(r"\n(?=[ \t\xa0]*(?:\n|$|(?:[-*•·]|\d{1,2}[.)])[ \t]))")


def _quotes(text: str) -> list[tuple[int, int]]:
    """Quotations, paragraph by paragraph: a quote left open at the end of a
    paragraph (the next paragraph reopens it) ends with its paragraph."""
    out, offset = [], 0
    for para in _paragraph_texts(text):
        if '"' in para:  # straight marks paired by their looks (statements.pairing), the others by the pattern; a
            # curly quotation inside a straight one is part of it
            curly = [m.span() for m in _CURLY.finditer(para)]
            straight = pair_straight(para, curly)
            pairs = sorted(straight + [c for c in curly if not any(s <= c[0] and c[1] <= e for s, e in straight)])
        else:
            pairs = [m.span() for m in QUOTE.finditer(para)]
        out += [(offset + s, offset + e) for s, e in pairs if len(para[s:e].split()) >= MIN_QUOTE_WORDS and e - s >= 10]
        if tail := _left_open(para, pairs[-1][1] if pairs else 0, "“«" if '"' in para else '"“«'):
            out.append((offset + tail[0], offset + tail[1]))
        offset += len(para) + 1
    return out


def _left_open(para: str, last_end: int, marks: str) -> tuple[int, int] | None:
    """A quotation a mark of ``marks`` opens after ``last_end`` and nothing closes: it runs to the paragraph's end
    (the next paragraph reopens it). Straight marks left open are the pairing's to read (statements.pairing)."""
    rest = para[last_end:]
    opening = re.search(rf"(?:^|\s)([{marks}])(?=\S)", rest)
    if opening and not re.search(r"[\"”»]|''|’’", rest[opening.end() :]) and len(rest) - opening.start(1) > 10:
        return last_end + opening.start(1), len(para.rstrip())
    return None


def _paragraph_texts(text: str) -> list[str]:
    """The text cut into paragraphs at one character each (a line break), so offsets add up: in a text written one
    paragraph a line (structure.one_a_line), at the breaks that end one; else at a blank line or a list item."""
    if not one_a_line(text):
        return _PARAGRAPH_END.split(text)
    cuts = [start + text[start:end].index("\n") for start, end in line_breaks(text)]
    return [text[a:b] for a, b in zip([0] + [c + 1 for c in cuts], cuts + [len(text)])]


def paragraph_between(text: str, start: int, end: int) -> bool:
    """Whether a paragraph ends between two offsets, as ``_paragraph_texts`` cuts them: in a text written one paragraph
    a line, a line break that ends one; else a blank line or a list item. The one notion of a paragraph break for
    the statements (a lead-in's quotation opens the next paragraph; "they" does not continue across one)."""
    if one_a_line(text):
        return any(start <= text.find("\n", a, b) < end for a, b in line_breaks(text))
    return (m := _PARAGRAPH_END.search(text, start)) is not None and m.start() < end


def _inside_quote(offset: int, quotes) -> bool:
    return any(s < offset < e for s, e in quotes)


# a content that only announces what follows it: the list's items are the statements (statements.items)
_LEAD_IN = re.compile(r"\W*(?:here (?:are|is)|below (?:are|is)|the following|as follows|lo siguiente|a continuación)\W*$", re.I)


def points_below(text: str, start: int, end: int) -> bool:
    """Whether a content only points to a list below: "Here are", "the following:", "the following actions to …:"."""
    if _LEAD_IN.match(text, start, end):
        return True
    words = re.findall(r"[\w’'-]+", text[start:end])
    return [w.lower() for w in words[:2]] == ["the", "following"] and (len(words) <= 3 or text[start:end].rstrip().endswith(":") or text[end:].lstrip(" \t\xa0").startswith(":"))


def lead_in_speaker(text: str, mentions, at: int) -> tuple[int, int] | None:
    """The one person a list's lead-in paragraph names ("Here are key moments from President Trump’s remarks:"): whose
    quotations the list below it holds, where the parse found no speaker of the lead-in's own; None for none or several."""
    start, end = text.rfind("\n\n", 0, at) + 1, text.find("\n\n", at) % (len(text) + 1)
    named = {(m.start, m.end) for m in mentions if m.kind == "person" and start <= m.start < end}
    return named.pop() if len(named) == 1 else None


# What a reported statement tells of when the quotation after it may be someone else's writing: "The sheriff said the
# cartel left a message." ¶ "“This is what happens to traitors.”"
_WRITING = re.compile(r"\b(?:messages?|banners?|signs?|notes?|letters?|posters?|graffiti|placards?|texts?|posts?|"
                      r"mensajes?|mantas?|narcomantas?|notas?|cartas?|pintas?|leyendas?|carteles)\b", re.I)
_BODIES = re.compile(r"(?:cartel|gang|group|clan|family|front|army|police|department|office|ministry|government|council|"
                     r"court|party|union|brigade|militia|command|agency|bureau|service|force|forces|cártel|grupo|fiscalía)", re.I)
_NOT_NAMES = {"ORG", "GPE", "NORP", "LOC", "FAC", "MISC", "PRODUCT", "EVENT", "LAW", "WORK_OF_ART"}


def _named(doc, start: int, end: int) -> bool:
    """Whether a speaker's words name a person: a person the model tags, or two capitalised words that close the
    phrase and are neither an office, an organisation nor a place ("Sheriff Ana Ruiz", "El fiscal Juan Pérez"; not
    "Police", "The Sheriff", "The Sinaloa Cartel")."""
    from ..people import _OFFICE  # the office words a name never ends on

    span = doc.char_span(start, end, alignment_mode="expand") if doc is not None else None
    if span is None:
        return False
    if any(e.label_ in ("PERSON", "PER") for e in span.ents):
        return True
    words = [t for t in span if not t.is_punct]
    last = words[-2:]
    return len(last) == 2 and all(t.text[:1].isupper() and t.is_alpha and t.ent_type_ not in _NOT_NAMES and not t.is_stop
                                  and not _OFFICE.fullmatch(t.lower_) and not _BODIES.fullmatch(t.text) for t in last)


def goes_on(doc, text: str, last: dict, qs: int, qe: int) -> bool:
    """Whether a quotation paragraph after the paragraph that a reported statement closes goes on with its speaker
    ("Sheriff Ana Ruiz said the gang moved in." ¶ "“They recruit children.”"): only a named person's statement (not
    "Police", "Detectives", "He": the quotation may be a relative's, a resident's, a rival's), only a quotation that is
    its paragraph whole (not "“…”, dijo su madre", "“…,” read the banner", "“…” was painted on the wall"), and not
    after a statement that tells of a message, a sign or a letter (the quotation may be its text)."""
    sp = last["speaker"]
    if sp[0] is None or not _named(doc, *sp):
        return False
    line_end = text.find("\n", qe)
    if text[qe : len(text) if line_end < 0 else line_end].strip(" \t\xa0*_"):
        return False
    return not _WRITING.search(text, *last["content"])
