"""Statements a layout attributes: a list item led by its source's name in bold and a colon, and a quotation its
speaker's label introduces or a dash signs (``labelled_quotes``).

Official round-ups quote the press as lists, one outlet to an item, with no verb of saying:

    - [**NPR**](https://www.npr.org/…)**:** U.S. murder rate approaches a record low
    - [*New York Post*](https://nypost.com/…): 11 more …  (a link, in italics or plain)
    - **Attorney General Pam Bondi**: “America is safer today because…”

The name is the speaker, the colon the cue and the rest of the item what the source said. A bold lead whose colon
stands inside the bold is a topic, not a source ("**Invests in Law Enforcement:** The Budget…"); field labels
("**Location**: Miami") and a schedule's times or a plan's steps ("**Tuesday**: a convening of…") are neither; an
item of fewer than four words says too little to be a claim. An outlet's home in brackets after its name ("WJLA
(Washington, D.C.)") is set aside. The name must be a link (an outlet's page) or the item a
quotation: "**Support for Farmers**: Nespresso works with…" leads with a topic.
"""

from __future__ import annotations

import re

from ...models import Statement
from ...structure import Segment
from ..people import _OFFICE, _OTHER_OFFICE
from .kinds import classify

# the marks of bold or italics stand inside a link's brackets or around them ("[**NPR**](…)", "*[The Times](…)*:")
_ITEM = re.compile(r"[ \t]*(?:[-*•·]|\d{1,2}[.)])[ \t]+(?:\*{1,2}\[|\[?\*{0,2})(?P<name>[^*\[\]:\n]{2,60}(?:\n[ \t]*[^*\[\]:\n]{1,60})?)\*{0,2}\]?"
                   r"(?:\([^)\s]*\))?\*{0,2}[ \t]*(?P<cue>:)(?:\*\*)?\s+(?P<content>\S[\s\S]*)")
# a word of a name: capitalized, a number, a short word of a name's own, or a site's address ("news.com.au")
_NAME_WORD = re.compile(r"[A-Z0-9][\w.&'’-]*|of|the|and|for|a|de|del|la|el|&|on|in")
# a site's address ends in a domain of sites, not in a file's extension ("report.pdf") nor is it a link shortener's
_SITE = re.compile(r"(?:[a-z0-9][\w-]*\.)+(?:com|org|net|gov|edu|int|mil|info|news|tv|fm|media|press|(?:com?\.|org\.|gob\.|gov\.)?"
                   r"(?:uk|au|mx|ar|co|cl|pe|ec|ve|br|es|us|ca|ie|nz|za|in|gt|hn|sv|ni|cr|pa|do|pr|bo|py|uy|cu|it|fr|de|ph|jm|tt))")
_SHORTENERS = {"bit.ly", "t.co", "goo.gl", "tinyurl.com", "ow.ly", "buff.ly", "is.gd", "dlvr.it", "lnkd.in", "youtu.be"}
_FIELDS = {"date", "dates", "time", "location", "place", "where", "when", "what", "who", "why", "how", "contact", "note", "source",
           "update", "background", "summary", "status", "phone", "email", "website", "fecha", "lugar", "nota", "fuente"}
# A schedule's or a plan's items are led by a time or a step, not a source ("**Tuesday**: a convening of…", "**Phase 2**: …")
_WHEN = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|yesterday|january|february|"
                   r"march|april|may|june|july|august|september|october|november|december|phase|step|stage|part|day|week|"
                   r"morning|afternoon|evening|lunes|martes|miércoles|jueves|viernes|sábado|domingo)\b", re.I)
MIN_WORDS = 4
# Where a label says on which programme its speaker spoke ("Sen. Ana Ruiz on Fox News Sunday", "Rep. Lee on CNN This
# Morning"), the programme's name is no part of the speaker's and its day or hour no schedule's: the checks read the label
# without it, and without a parenthesis after the name ("Lt. Gen. Keith Kellogg (ret.)", "WJLA (Washington, D.C.)")
_PROGRAMME = re.compile(r"\s+on(?:\s+(?:[A-Z0-9@][\w.&'’-]*|of|the|and|&))+\s*$")  # words apart: no backtracking blow-up
_ASIDE = re.compile(r"\s*\([^()]{2,40}\)$")
# the roles of the press a label gives before a name ("NewsNation host Katie Pavlich", "Fox News contributor Ana Ruiz")
_PRESS_ROLE = {"host", "co-host", "contributor", "commentator", "analyst"}
_QUOTE = re.compile(r"[\"“«]")


def _bare(name: str) -> str:
    """The label's name without the programme it spoke on nor a parenthesis after it (``_PROGRAMME``, ``_ASIDE``)."""
    bare = _ASIDE.sub("", name) or name
    shown = _PROGRAMME.search(bare)
    if not shown or all(_WHEN.fullmatch(w) for w in shown.group().split()[1:] if w[:1].isupper()):
        return bare  # "Meeting on Tuesday", "Doors on Sunday Morning": a time, no programme
    return bare[: shown.start()] or bare


def _site(word: str) -> bool:
    """Whether a lower-case dotted word is a site's address ("news.com.au", "nytimes.com"), not a file or a short link."""
    return bool(_SITE.fullmatch(word)) and word not in _SHORTENERS


def listed_statements(raw: str, text: str, segs: tuple[Segment, ...], language: str) -> list[Statement]:
    """The statements of the document's list items that name their source in bold before a colon: the bold is read
    in ``raw``, the stored text, and the words in ``text``, the same text with its markup blanked (read.readable)."""
    out = []
    for seg in segs:
        if seg.kind != "bullet" or not (m := _ITEM.match(raw, seg.start, seg.end)):
            continue
        name = " ".join(m.group("name").split())
        name = _ASIDE.sub("", name) or name  # "WJLA (Washington, D.C.)": the outlet, its home aside
        if name.lower() in _FIELDS or _WHEN.search(_bare(name)) or not all(_NAME_WORD.fullmatch(w) or _site(w) for w in name.split()) or len(name.split()) > 6:
            continue
        linked = "](" in raw[m.end("name") : m.start("cue")]  # "[**NPR**](https://www.npr.org/…): …": the outlet's own page
        marked = "*" in raw[m.end("name") : m.end("name") + 1]  # set in bold or italics ("**NPR**", "*New York Post*")
        if not linked and not (marked and _QUOTE.match(raw, m.start("content"))):
            continue  # "**Support for Farmers**: Nespresso works with…": a topic; a source is linked to, or quoted
        start = m.start("content")
        content = text[start : seg.end].rstrip()  # the item's words, not a copy of the text before it
        end = start + len(content)
        if len(content.split()) < MIN_WORDS:
            continue
        kind, stance, hedges, certainty = classify(" ".join(content.split()), ":", language, name)
        out.append(Statement(
            speaker_start=m.start("name"), speaker_end=m.end("name"), speaker_text=name, speaker_mention=None,
            speaker_name=_bare(name), speaker_basis="named", descriptor=None, affiliation=None, cue=":", cue_start=m.start("cue"),
            cue_end=m.end("cue"), content_start=start, content_end=end, direct=bool(_QUOTE.match(raw, start)), claim_type=kind, stance=stance,
            hedges=hedges, certainty=certainty,
        ))
    return out


# A quotation its speaker's label introduces, in a paragraph or a list item ("**Governor Ana Ruiz:** “…”", "- President
# Lee: “…”"), or a quotation signed with a dash after it ("“…” — White House spokeswoman Ana Ruiz"): read in the text
# with its markup blanked, so bold or not is all one (an italic quotation's single marks are let through).
_LABELLED = re.compile(r"[ \t\xa0]*(?:(?:[-*•·]|\d{1,2}[.)])[ \t]+)?[ \t\xa0]*(?P<name>[A-Z][^:\n“”\"]{1,90}?(?:\n[ \t]*[^:\n“”\"]{1,60}?)?)"
                       r"[ \t\xa0]*(?P<cue>:)"
                       r"[\s\xa0]*(?P<content>[“\"][\s\S]*)")
_SIGNED = re.compile(r"[ \t\xa0*_]*(?P<content>[“\"][^“”\"]+[”\"])[*_ \t\xa0]*(?P<cue>[—–])[ \t\xa0]*(?P<name>[A-Z][^\n—–“”\"]{1,90}"
                     r"(?:\n[ \t]*[^\n—–“”\"]{1,90})?)\s*$")
# a quotation standing alone in its paragraph, signed on the line or paragraph below ("“…”" ¶ "— Press Secretary Ana
# Ruiz"), as a block quotation is signed
_SIGNED_BELOW = re.compile(r"[ \t\xa0*_>]*(?P<content>[“\"][^“”\"]+[”\"])[*_ \t\xa0]*\n(?:[ \t\xa0>]*\n)?[ \t\xa0>*_]*(?P<cue>[—–])[ \t\xa0]*"
                          r"(?P<name>[A-Z][^\n—–“”\"]{1,90})\s*$")
_CLOSE = re.compile(r"[”\"]")
MAX_LABEL_WORDS = 9
# Words that open a phrase of place, time or source, never a speaker's name
_NOT_NAME_START = {"according", "in", "on", "at", "as", "after", "before", "during", "from", "for", "with", "when", "while",
                   "today", "yesterday", "meanwhile", "here", "there", "según", "en", "desde", "durante", "hoy", "ayer"}


def _broken_link(raw: str, start: int, end: int) -> bool:
    """Whether the line break in a label stands inside a link's brackets ("[League of Rural\n Towns](…)")."""
    cut = raw.find("\n", start, end)
    return raw.rfind("[", max(0, start - 1), cut) != -1 and raw.find("]", cut, end + 2) != -1


def _title_word(w: str) -> bool:
    return bool(_OFFICE.fullmatch(w)) or w in _OTHER_OFFICE or w in _PRESS_ROLE


def labelled_quotes(raw: str, text: str, segs: tuple[Segment, ...], language: str) -> list[Statement]:
    """The quotations of paragraphs and list items that a speaker's label introduces or a dash signs (``_LABELLED``,
    ``_SIGNED``), read in ``text``, the stored text ``raw`` with its markup blanked. The label is a name and its titles
    (capitalized words; a lower-case word only as a title or the word before one: "CBS immigration reporter Ana
    Ruiz"), never a field, a time or a transcript's turn label in capitals (the turns are read as turns); a name in
    capitals is an outlet's when the label links to its page ("[CNBC](https://…): “…”")."""
    out = []
    for n, seg in enumerate(segs):
        m = _LABELLED.match(text, seg.start, seg.end) or _SIGNED.match(text, seg.start, seg.end) \
            or _SIGNED_BELOW.match(text, seg.start, seg.end) or (n + 1 < len(segs) and _SIGNED_BELOW.match(text, seg.start, segs[n + 1].end) or None)
        if not m:
            continue
        name = " ".join(m.group("name").split())
        name = _ASIDE.sub("", name) or name  # "Lt. Gen. Keith Kellogg (ret.)": the name, its aside set apart
        words = _bare(name).split()
        lower = [w for w in words if not _NAME_WORD.fullmatch(w)]  # "White House spokeswoman Ana Ruiz": a role word or two
        linked = m.re is _LABELLED and "](" in raw[m.start("name") : m.start("cue")]
        if m.re is _LABELLED and "\n" in m.group("name") and not _broken_link(raw, m.start("name"), m.end("name")):
            continue  # "Statement on the Shooting\nMayor Tom Hale:": a line above is no part of the name; a link's is
        titled = [w for i, w in enumerate(words) if not _NAME_WORD.fullmatch(w) and not _title_word(w)
                  and not (i + 1 < len(words) and _title_word(words[i + 1]))]
        if name.isupper() and not linked or _bare(name).lower() in _FIELDS or _WHEN.search(_bare(name)) or len(words) > MAX_LABEL_WORDS or len(lower) > 2 \
                or titled or not words[-1][:1].isupper() \
                or words[0].lower() in _NOT_NAME_START:
            continue  # "Trump wrote on Truth Social:", "According to Mayor Tom Hale:", "In Houston:": no speaker's label
        start = m.start("content") + 1
        close = _CLOSE.search(text, start, seg.end)
        content = text[start : close.start() if close else seg.end].rstrip()
        end = start + len(content)
        if len(content.split()) < MIN_WORDS:
            continue
        kind, stance, hedges, certainty = classify(" ".join(content.split()), ":", language, name)
        out.append(Statement(
            speaker_start=m.start("name"), speaker_end=m.end("name"), speaker_text=name, speaker_mention=None, speaker_name=_bare(name),
            speaker_basis="named", descriptor=None, affiliation=None, cue=m.group("cue"), cue_start=m.start("cue"), cue_end=m.end("cue"),
            content_start=start, content_end=end, direct=True, claim_type=kind, stance=stance, hedges=hedges, certainty=certainty,
        ))
    return out

