"""The structure stage: a document's text cut into segments before any sentence is read.

Real releases and transcripts are not running prose. A press release ends in
boilerplate ("An indictment is merely an allegation…", "The case was
investigated by…", "Anyone with information…"); a briefing transcript is a
series of turns, each opened by its speaker's label ("MS. PSAKI:", "Q"); fact
sheets are bullets; stage directions ("(Laughter.)") stand alone. Read as
prose, a speaker label becomes a place, a reporter's question becomes a
claim, boilerplate becomes seven charge events, and a group named in one
bullet is attached to the crime in the next.

``segments(text)`` finds, from the text alone:

- paragraphs (split at blank lines), bullet and numbered items (one each),
  headings (a short line without closing punctuation, or a Markdown ``#``);
- transcript turns: a paragraph opened by an upper-case label and a colon
  starts a turn of that speaker, which goes on through the paragraphs that
  follow until the next label; a turn opened by "Q" is a reporter's question;
- stage directions: a paragraph that is only a parenthesis or brackets;
- release boilerplate: paragraphs matching the phrasings of ``BOILERPLATE``.

No sentence crosses a segment's start (the reader's sentence splitter is told
where each begins), and records read inside a question, heading, stage
direction or boilerplate are dropped; a statement inside a turn takes the
turn's speaker when the text gives no other ("I think…", "we will…").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

# Segment kinds whose text yields no record.
SILENT = frozenset({"question", "heading", "stage", "boilerplate"})

# The words a speaker's label opens with when it gives a title or an honorific: "THE PRESIDENT", "MS. PSAKI"
_LABEL_TITLE = (r"(?:THE |MR\. |MS\. |MRS\. |DR\. |GENERAL |SECRETARY |SENATOR |ADMIRAL |AMBASSADOR |PRESIDENT |VICE PRESIDENT |"
                r"SENIOR |ADMINISTRATION |GOVERNOR |MAYOR |ATTORNEY GENERAL )")
_LABEL = re.compile(rf"(?:\*\*)?(?P<label>{_LABEL_TITLE}*[A-Z][A-Z.'’ -]{{1,40}}[A-Z.])(?:\*\*)?:\s")
_TITLED_LABEL = re.compile(rf"{_LABEL_TITLE}+\S")
_QUESTION = re.compile(r"(?:\*\*)?Q(?:\*\*)?(?:[.:]|\s+(?=[A-Z“\"(\[]))\s*")  # "Q    (Inaudible) John, …"
_BULLET = re.compile(r"[ \t]*(?:[-*•·▪◦]|\d{1,2}[.)])[ \t]+\S")
STAGE = re.compile(r"\s*[(\[][^()\[\]]{1,80}[)\]]\.?\s*$")  # "(Laughter.)", "[inaudible]"
_HEADING_END = re.compile(r"[.:;,!?…\"”’)]\s*$")
_MD_HEADING = re.compile(r"#{1,6}\s")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\xa0]*\n\s*")

# Release boilerplate in English and Spanish: the presumption of innocence, who investigated and who
# prosecutes, calls for tips, contacts, program descriptions, page furniture. Matched at a paragraph's start
# or anywhere in it, as each pattern says.
BOILERPLATE = tuple(re.compile(p, re.IGNORECASE) for p in (
    r"\b(?:is|are) (?:merely|only) (?:an? )?(?:accusations?|allegations?|charges?)\b",
    r"\bpresumed innocent\b",
    r"\bpresunción de inocencia\b|\bse presume(?:n)? inocentes?\b",
    # "The case was investigated by…", "The government's case is being prosecuted by…", "These cases are being
    # prosecuted by…", "The investigation was conducted by the Department of Labor and prosecuted by…"
    r"^(?:the |this |these )?(?:[\w’'-]+ ){0,2}(?:case|investigation|matter)s? (?:is|was|were|are) (?:being )?(?:jointly )?"
    r"(?:investigated|handled|prosecuted|conducted)\b",
    r"^(?:the )?(?:FBI|DEA|ATF|HSI|ICE|IRS|U\.S\. Marshals|Secret Service|[A-Z][\w.&’' -]{2,80}) (?:investigated|is investigating) the case\b",
    # "Assistant U.S. Attorneys Ana Ruiz, Tom Hale and Deputy Chief Li Wen of the … Section are prosecuting."
    r"^(?:(?:senior|deputy|acting|special|assistant|trial|chief|principal|first)\s+)*(?:u\.s\.\s+|united states\s+|district\s+)?"
    r"(?:attorneys?|prosecutors?|counsel)\b[^.]{0,300}?\b(?:is|are) (?:prosecuting|handling)\b",
    r"\b(?:is|are) (?:being )?prosecut(?:ed|ing) (?:the|this) case\b",
    r"^anyone (?:with|who has) (?:any )?information\b",
    r"^(?:this|the) (?:case|prosecution|effort|investigation) (?:is|was) (?:brought )?(?:as )?part of\b",
    r"^(?:this|the) (?:case|prosecution|investigation|arrest|extradition) (?:is|was) (?:a |the )?(?:result|product) of (?:the )?"
    r"(?:close |joint |extensive )?(?:cooperation|collaboration|coordination|partnership|efforts?)\b",
    r"^(?:project safe neighborhoods|ocdetf|the organized crime drug enforcement task force|operation take back america) (?:is|identifies|was)\b",
    r"^(?:for more information|more information (?:about|on)|to report|information about)\b",
    r"^(?:###|—\s*###|# # #)\s*$",
    r"^(?:related content|related links|press release number|updated|component\(s\)|topic\(s\)|contact|media contact|office of public affairs)\b[: ]",
    r"^if convicted, (?:the )?(?:defendant|each defendant|they|he|she)s? (?:faces?|would face)\b",
    r"\bmaximum (?:statutory )?(?:penalty|sentence) (?:of|for)\b.*\bsentence (?:will be|is) (?:determined|imposed) by\b",
    r"^a federal district (?:court )?judge will determine any sentence\b",
    r"\b(?:is|are|was|were) the (?:result|product) of (?:a|an|the) (?:\w+ )?investigation (?:by|conducted by|led by)\b",
    r"^this (?:removal|investigation|case|arrest|extradition|operation|prosecution)(?: and \w+)? (?:was|were|is) (?:coordinated|conducted|investigated|handled|led) (?:with|by)\b",
    r"^(?:[\w.’' -]{2,60} )?credits? the (?:combined )?efforts of\b",
    r"^(?:the )?(?:efforts|assistance|cooperation|work) of\b.{0,400}\b(?:acknowledged|appreciated|instrumental|thanked|credited)\b",
    r"^(?:learn more|read more|to find information|members of the public who have information|tips? can be (?:submitted|made))\b",
    r"^(?:la investigación|el caso) (?:estuvo|está|fue) a cargo de\b|^cualquier persona (?:con|que tenga) información\b",
))


# A call for tips inside a story's paragraph, which news text does not set apart: "Anyone with information
# that leads to the arrest of the vandals can contact Crimestoppers at 903-675-8477" holds no arrest, and
# "anyone with information may call him at …" is no claim. Matched in the sentence a record comes from.
TIP_LINE = re.compile(r"\banyone (?:with|who has|who may have|who knows|who may know) (?:any )?(?:information|anything)\b.{0,160}?"
                      r"\b(?:call|contact|is asked|are asked|urged|should|can reach|may reach|text)\b"
                      r"|\bcrime ?stoppers\b.{0,80}?\d{3}[-.\s]\d{3,4}|\bcualquier persona (?:con|que tenga) informaci[oó]n\b", re.I | re.S)


def calls_for_tips(text: str, start: int, end: int) -> bool:
    """Whether the text from ``start`` to ``end`` (a record's sentence) is a call for tips."""
    return bool(TIP_LINE.search(text, start, end))


@dataclass(frozen=True)
class Segment:
    """A stretch of a document's text with what it is: paragraph, bullet, heading, turn, question, stage or
    boilerplate; ``speaker`` is the label of the turn it belongs to ("MS. PSAKI"), if any."""

    start: int
    end: int
    kind: str
    speaker: str | None = None
    label: tuple[int, int] | None = None  # where the turn's label stands, in the segment that opens the turn
    bold_lead: bool = False  # a paragraph that opens with a name in bold, as the text was written (with_bold_leads)


# A text that holds no blank line but breaks lines writes one paragraph a line: what trafilatura gives for an HTML
# page, and plain-text feeds and corpora do the same. Read as one paragraph, its subheadings and captions run into the
# sentences around them and a quotation left open in one paragraph pairs with the next paragraph's marks. A line break
# there ends a paragraph after a line that ends a sentence, or after a short line that opens with a capital, holds no
# comma and ends on no article or preposition, before a line that opens with a capital (a subheading); any other is
# the source's wrapping ("works closely\nwith Tren de Aragua", "Today, the Peruvian\nGovernment extradited").
_LINE_BREAK = re.compile(r"[ \t\xa0]*\n\s*")
_SENTENCE_END = re.compile(r"[.!?…:\"”’»)]$")
_OPEN_ENDS = {"the", "a", "an", "of", "and", "or", "to", "in", "on", "at", "by", "for", "with", "from", "that", "el", "la",
              "los", "las", "de", "del", "y", "en", "a", "con", "por", "para", "que"}  # words no heading ends on


def one_a_line(text: str) -> bool:
    """Whether a text writes its paragraphs one a line: it breaks lines, holds no blank line, and most of its lines end
    a sentence (a text wrapped at a width ends most of them mid-sentence)."""
    body = text.strip()
    if "\n" not in body or _PARAGRAPH_BREAK.search(body):
        return False
    lines = [line.strip() for line in body.split("\n") if line.strip()]
    return sum(bool(_SENTENCE_END.search(line)) for line in lines) * 2 > len(lines)


def line_breaks(text: str) -> list[tuple[int, int]]:
    """The line breaks of a text written one paragraph a line that end a paragraph, as (start, end) spans."""
    out = []
    for m in _LINE_BREAK.finditer(text):
        line = text[text.rfind("\n", 0, m.start()) + 1 : m.start()].strip()
        after = text[m.end() : m.end() + 1]
        if line and after and (_SENTENCE_END.search(line) or (
                len(line.split()) <= 12 and "," not in line and line[0].isupper() and line.split()[-1].lower() not in _OPEN_ENDS
                and (after.isupper() or after in "\"“«¿¡'‘"))):
            out.append(m.span())
    return out


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """The paragraphs of a text: between blank lines, or between line breaks where the text has no blank line."""
    breaks = line_breaks(text) if one_a_line(text) else [m.span() for m in _PARAGRAPH_BREAK.finditer(text)]
    out, start = [], 0
    for b_start, b_end in breaks:
        if b_start > start:
            out.append((start, b_start))
        start = b_end
    if start < len(text):
        out.append((start, len(text)))
    return out


# In a transcript, a label at the start of a line after a line that ends a sentence or a Markdown hard break ("What
# was the protest?  \nQ    The protest was…") opens a turn, though no blank line stands before it
_TURN_LINE = re.compile(r"(?:[.?!:”\"—-][ \t\xa0]*|[ \t\xa0]{2,})\n(?=(?:\*\*)?(?:Q(?:\*\*)?[.:\s]|[A-Z][A-Z.'’ -]{1,60}:\s))")


def _turn_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A transcript paragraph cut where a line inside it opens a turn."""
    cuts = [m.end() for m in _TURN_LINE.finditer(text, start, end) if _opening(text[m.end() : end])]
    bounds = [start, *cuts, end]
    return [(a, a + len(text[a:b].rstrip())) for a, b in zip(bounds, bounds[1:]) if text[a:b].strip()]


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A paragraph's bullet items, each one segment; the paragraph itself when it holds none."""
    chunk = text[start:end]
    starts = [m.start() for m in re.finditer(r"(?m)^", chunk) if _BULLET.match(chunk, m.start())]
    if not starts:
        return [(start, end)]
    cuts = ([0] if starts[0] > 0 else []) + starts + [len(chunk)]
    return [(start + a, start + b) for a, b in zip(cuts, cuts[1:]) if chunk[a:b].strip()]


def _kind(body: str, turn: str | None) -> str:
    stripped = body.strip()
    if STAGE.match(stripped):
        return "stage"
    if any(p.search(stripped) for p in BOILERPLATE):
        return "boilerplate"
    if _MD_HEADING.match(stripped) or ("\n" not in stripped and len(stripped.split()) <= 12 and not _HEADING_END.search(stripped)
                                       and not _BULLET.match(stripped) and turn is None):
        return "heading"
    if _BULLET.match(body):
        return "bullet"
    return "turn" if turn else "paragraph"


NOT_SPEAKERS = frozenset({"NOTE", "EDITOR'S NOTE", "EDITOR’S NOTE", "UPDATE", "CONTACT", "MEDIA CONTACT", "WHAT", "WHEN", "WHERE",
                          "WHY", "WHO", "BACKGROUND", "FACT SHEET", "SUMMARY", "NOTA", "FUENTE"})


def _opening(head: str) -> tuple[str, tuple[int, int]] | None:
    """The turn a paragraph opens and where its label stands in ``head``: "Q" for a reporter's question, a
    speaker's label, or None."""
    if (m := _QUESTION.match(head)) and m.end() < len(head):
        return "Q", (0, m.end())
    if (m := _LABEL.match(head)) and (label := m.group("label").strip()) not in NOT_SPEAKERS and not _TOPIC_LABEL.match(label) \
            and len(label.split()) <= 6:
        return label, m.span("label")
    return None


# A fact sheet's run-in headings in capitals ("**MAKING AMERICA SAFE AGAIN:** President Trump…", "**THE TRAGIC
# CONSEQUENCES OF THE BORDER CRISIS:**") open with a verb in -ing or run longer than a speaker's title and name
_TOPIC_LABEL = re.compile(r"[A-Z]{3,}ING\s+\S")  # "MAKING AMERICA SAFE AGAIN", not "FLEMING"


# Kept for the texts of a batch (up to 128, more than a batch's 32): where a document is parsed in one piece, the
# parser's sentence starts (read/nlp.py) and the reader read the same text's segments, and a tuple of frozen segments
# can be shared; a text parsed in pieces (runs of spaces taken out: read/spaces.py) is segmented piece by piece.
@lru_cache(maxsize=128)
def segments(text: str) -> tuple[Segment, ...]:
    """The segments of ``text``, in order, covering every paragraph (blank lines between them are in none).
    Labels open turns only in a transcript: a text where at least two paragraphs open with one, or a speech whose
    body opens with its speaker's titled label (``_speech``)."""
    paragraphs = _paragraphs(text)
    openings = [_opening(text[a:b].lstrip()) for a, b in paragraphs]
    if sum(o is not None for o in openings) < 2 and not _speech(text, paragraphs, openings):
        openings = [None] * len(paragraphs)
    elif any(_TURN_LINE.search(text, a, b) for a, b in paragraphs):
        paragraphs = [p for a, b in paragraphs for p in _turn_lines(text, a, b)]
        openings = [_opening(text[a:b].lstrip()) for a, b in paragraphs]
    out: list[Segment] = []
    speaker: str | None = None
    for (p_start, p_end), opening in zip(paragraphs, openings):
        label = None
        if opening:
            lead = p_start + len(text[p_start:p_end]) - len(text[p_start:p_end].lstrip())
            speaker, label = opening[0], (lead + opening[1][0], lead + opening[1][1])
        question = speaker == "Q"
        for start, end in _lines(text, p_start, p_end):
            kind = "question" if question else _kind(text[start:end], speaker)
            out.append(Segment(start, end, kind, speaker, label if label and start <= label[0] < end else None))
    return tuple(out)


def _speech(text: str, paragraphs: list[tuple[int, int]], openings: list) -> bool:
    """Whether a text with one label is a speech: the label gives a title or an honorific ("THE PRESIDENT:", "MS.
    RUIZ:") and opens the body, after headings only (a place, a time stamp), so everything after it is that
    speaker's one turn (docs/annotation.md §3). A label further down, or a bare name in capitals, opens nothing."""
    first = next((i for i, (a, b) in enumerate(paragraphs) if _kind(text[a:b], None) != "heading" and not _place_lines(text[a:b])), None)
    return first is not None and openings[first] is not None and openings[first][0] != "Q" \
        and bool(_TITLED_LABEL.match(openings[first][0]))


# A transcript's header line: a place or a room, short, its only periods an abbreviation's ("Washington, D.C.",
# "Austin, Tex.")
_ABBREVIATION = re.compile(r"\b(?:[A-Z]\.)+|\b[A-Z][a-z]{1,4}\.$")  # "D.C.", "Tex."


# A time stamp line ("10:05 A.M. EDT", "2:31 p.m. EST"), and the small words a name of a place or a room leaves in
# lower case ("Room of the Governor", "Palacio de la Moneda", "En route to Dallas")
_TIME_LINE = re.compile(r"\d{1,2}:\d{2}(?:\s*[AaPp]\.?\s?[Mm]\.?)?(?:\s+[A-Z]{2,4})?")
_NAME_LINKS = frozenset({"of", "the", "and", "at", "on", "in", "to", "for", "route", "de", "del", "la", "las", "los", "el", "y", "en"})


def _place_lines(paragraph: str) -> bool:
    """Whether a paragraph is a header of two or three short lines where a transcript gives its place ("U.S. Capitol
    / Washington, D.C.") or its room and time ("Roosevelt Room / 10:05 A.M. EDT"), which a heading's test (one line)
    does not take for one: every line a time stamp, or a name whose words all open in capitals ("Good morning
    everyone / Thank you all" is speech)."""
    lines = [line.strip() for line in paragraph.strip().split("\n") if line.strip()]
    return 1 < len(lines) <= 3 and all(_TIME_LINE.fullmatch(line) or _name_line(line) for line in lines)


def _name_line(line: str) -> bool:
    """Whether a short line is the name of a place or a room: no sentence's stop (an abbreviation's periods aside), and
    every word but a small linking one opening in a capital or a digit."""
    words = line.replace(",", " ").split()
    return len(words) <= 6 and not re.search(r"[.!?:;]|,$", _ABBREVIATION.sub("", line)) \
        and words[0][0].isupper() and all(w[0].isupper() or w[0].isdigit() or w.lower() in _NAME_LINKS for w in words)


def silent_at(segs: tuple[Segment, ...], offset: int) -> bool:
    """Whether the text at ``offset`` lies in a segment that yields no record."""
    seg = at(segs, offset)
    return bool(seg and seg.kind in SILENT)


_BOLD_LEAD = re.compile(r"\s*(?:\*\*|__)[^*_\n]{2,80}(?:\*\*|__)")  # a paragraph that opens with a name in bold


def item_at(text: str, segs: tuple[Segment, ...], offset: int) -> Segment | None:
    """The list item holding ``offset``, when it stands in one of the document's lists: a bullet, or a paragraph
    led by a bold name ("**Julian Lema Bravo**, an Ecuadorian national with a conviction for…"). An item tells a
    case of its own: no place, date or happening of another item or of the rest of the text is its."""
    seg = at(segs, offset)
    return seg if seg is not None and (seg.kind == "bullet" or _BOLD_LEAD.match(text, seg.start)) else None


def with_bold_leads(written: str, segs: tuple[Segment, ...]) -> tuple[Segment, ...]:
    """``segs`` with the paragraphs that open with a name in bold marked, read off the text as ``written``: the
    reader blanks emphasis before the model reads (read.readable), and a blanked "**Name**" is no longer a lead."""
    def led(seg: Segment) -> bool:
        line = written.rfind("\n", 0, seg.start) + 1  # a blanked "**" is white space, which the segment leaves out
        bold = _OPENING_MARK.fullmatch(written, line, seg.start) and _BOLD_LEAD.match(written, line)
        rest = written[bold.end() : seg.end].rstrip(" *_\n") if bold else ""
        return bool(rest.strip(" *_:\n")) and not rest.endswith(":")  # all in bold, or ending in a colon: a heading or lead-in

    return tuple(replace(s, bold_lead=True) if led(s) else s for s in segs)


_OPENING_MARK = re.compile(r"[ \t]*(?:\*\*|__)?")


def at(segs: tuple[Segment, ...], offset: int) -> Segment | None:
    """The segment holding ``offset`` (segments are sorted and do not overlap)."""
    import bisect

    i = bisect.bisect_right(segs, offset, key=lambda s: s.start) - 1  # no list of starts built per call
    return segs[i] if i >= 0 and segs[i].start <= offset < segs[i].end else None
