"""A document's genre, from its title, its address and the shape of its text.

What a sentence means depends on what kind of document holds it. A release's dateline ("WASHINGTON –") names
the office that issued it; a transcript's "I" is the speaker of the turn; a fact sheet's bullets are items,
not a story; an executive order's "shall" is an order, not a forecast; an opinion piece is its author's
claim throughout. The reader and the pages use the genre; it is stored with the document.

The genres, checked in this order (the first that fits):

- ``fact sheet``: a title or opening line "Fact Sheet";
- ``official document``: orders, proclamations, memoranda, notices ("By the authority vested in me",
  "A PROCLAMATION", "IN WITNESS WHEREOF", "Section 1.", a title "Executive Order …");
- ``remarks``: a speech or remarks ("Remarks by …", "Address to …"; a time-stamped opening and one main
  speaker's turns);
- ``transcript``: a briefing, press conference, call or interview: turns of speakers with reporters'
  questions, or a title that says so;
- ``opinion``: an op-ed, editorial, column or letter, by its title or address;
- ``press release``: published on a government site or under a site's releases ("/press-releases/",
  "/newsroom/"), or written as a release ("FOR IMMEDIATE RELEASE", release boilerplate, "###", "Statement
  by …", "Readout of …");
- ``news article``: everything else.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from ..models import GENRES
from .structure import Segment

__all__ = ["GENRES", "genre", "official_host"]

_FACT_SHEET = re.compile(r"^\W*(?:fact sheet|hoja informativa)\b", re.I)
_ORDER_TITLE = re.compile(r"^\W*(?:press release:\s*)?(?:executive order|letter to the (?:speaker|congress|president of the senate)|proclamation|(?:presidential |national security )?memorandum|presidential "
                          r"(?:determination|permit|waiver|action)|notice on|notice of|message to the (?:congress|senate)|"
                          r"designation of|decreto|resolución)\b|\ba proclamation\b", re.I)
_ORDER_TEXT = re.compile(r"by the authority vested in me|it is hereby ordered|in witness whereof|^\s*a proclamation\s*$|"
                         r"^\s*by the president of the united states|^\W*sec(?:\.|tion) 1\.\s|^\W*art[íi]culo 1\.?\s", re.I | re.M)
_REMARKS_TITLE = re.compile(r"^\W*(?:remarks|speech|address|keynote|statement and remarks|palabras|discurso)\b|\bremarks (?:by|of)\b|"
                            r"\binaugural address\b|\bstate of the union\b|\baddress (?:to|before) (?:the|a) ", re.I)
_TRANSCRIPT_TITLE = re.compile(r"press briefing|press gaggle|\bgaggle\b|background (?:press )?call|press call|press conference|"
                               r"\binterview\b|on-the-record|\btranscript\b|q ?& ?a\b|rueda de prensa|conferencia de prensa|entrevista", re.I)
_TIME_STAMP = re.compile(r"^\s*\d{1,2}:\d\d\s*[AP]\.?M\.?\b", re.I | re.M)
_OPINION_TITLE = re.compile(r"^\W*(?:opinion|op-ed|editorial|commentary|column|letter to the editor|guest column|viewpoint|"
                            r"opini[óo]n|tribuna|columna)\b\s*[:|—–-]", re.I)
_OPINION_URL = re.compile(r"/(?:opinion|opinions|op-ed|oped|editorials?|commentary|columns?|columnists?|letters|opinion-\w+)/", re.I)
_RELEASE_TITLE = re.compile(r"^\W*(?:statement (?:by|from|of|on)|joint statement|readout|press release|news release|comunicado|"
                            r"declaraci[óo]n)\b", re.I)
_RELEASE_TEXT = re.compile(r"for immediate release|^\s*#{3}\s*$|^\s*-\s*30\s*-\s*$|^\s*(?:media|press) contact\b|"
                           r"\bpara su publicaci[óo]n inmediata\b", re.I | re.M)
_RELEASE_URL = re.compile(r"/(?:releases|press-releases?|news-releases?|pr|press|press-statements?|media-releases?|comunicados?|"
                          r"prensa|sala-de-prensa|newsroom)/", re.I)
_OFFICIAL_HOST = re.compile(r"(?:^|\.)(?:gov|mil|gob|gouv|gc)(?:\.[a-z]{2})?$|\.gov\.[a-z]{2}$", re.I)


def official_host(url: str | None) -> bool:
    """Whether an address is a government site (.gov, .mil, .gob…)."""
    host = urlsplit(url or "").hostname or ""
    return bool(host and _OFFICIAL_HOST.search(host))


def genre(text: str, segs: tuple[Segment, ...], title: str | None = None, url: str | None = None) -> str:
    """The genre of a document (one of ``GENRES``), from its title, address, text and segments."""
    title = " ".join((title or "").split())
    head = text[:600]
    first_line = head.strip().split("\n", 1)[0] if head.strip() else ""
    if _FACT_SHEET.search(title) or _FACT_SHEET.search(first_line):
        return "fact sheet"
    if _ORDER_TITLE.search(title) or _ORDER_TEXT.search(text):
        return "official document"
    speakers = {s.speaker for s in segs if s.label and s.speaker and s.speaker != "Q"}
    questions = any(s.kind == "question" for s in segs)
    if _REMARKS_TITLE.search(title):
        return "remarks"
    if _TRANSCRIPT_TITLE.search(title) or (questions and len(speakers) >= 2):
        return "transcript"
    if speakers and (_TIME_STAMP.search(head) or len(speakers) == 1):
        return "remarks"
    if _OPINION_TITLE.search(title) or _OPINION_URL.search(urlsplit(url or "").path or ""):
        return "opinion"
    if (official_host(url) or _RELEASE_URL.search(urlsplit(url or "").path or "") or _RELEASE_TITLE.search(title) or _RELEASE_TEXT.search(text)
            or sum(s.kind == "boilerplate" for s in segs) >= 2):
        return "press release"
    return "news article"
