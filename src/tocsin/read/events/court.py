"""Where a legal step a court takes happened (docs/annotation.md §2.4: court events happen at the court): the court
its sentence names, else the court the document names most; who convicts or indicts when the parse names no one
(``_BENCH``)."""

from __future__ import annotations

import re

from .charged import charged_by_police
from .context import _Context

_COURT_EVENTS = {"charge", "conviction"}
# The district in an officer's title names the document's court, not where this sentence's act took place:
# "…, U.S. Attorney for the Eastern District of New York Benton J. Campbell announced", "U.S. Attorney John C.
# Richter for the Western District of Oklahoma".
_TITLE_DISTRICT = re.compile(r"\b(?:Attorneys?(?:\s+General)?|Attorney['’]s\s+Office|Marshals?(?:\s+Service)?|Defenders?)(?:\s+[A-Z][\w.’'-]*){0,4}\s+(?:for|of|in)\s+"
                             r"the\s+(?:[A-Z]\w+\s+)?District\s+of\s+(?:the\s+)?$")
_AT = {"in", "at", "en", "ante"}
_JUDGE = (r"(?:(?:Chief|Senior|Acting|Presiding)\s+)*(?:U\.S\.\s+|United\s+States\s+|Federal\s+|State\s+)?(?:(?:District|Magistrate|Circuit|"
          r"Superior|Bankruptcy|Criminal|Municipal|Supreme|Appeals|Court|[A-Z][a-z]+\s+(?:County\s+)?Circuit)\s+)*Judge\s+(?:[A-Z][\w.'’-]*\s+){0,3}"
          r"[A-Z][\w'’-]+|\b(?:[Uu]n|[Ee]l|[Ll]a)\s+(?:juez|jueza|tribunal|juzgado|corte)\b(?:\s+[\wáéíóúñ]+){0,3}?(?:\s+de\s+[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+)?")
_SEAT_AFTER = r"(?:\s+(?:in|for)\s+(?:the\s+)?[A-Z][\w.]*(?:\s+(?:of\s+)?[A-Z][\w.]*){0,4})?"
# a court by its name, the one a plea or a sentence is given in ("pleaded guilty in Greene County Common Pleas Court")
_NAMED_COURT = r"\b(?:[A-Z][\w.'’-]*\s+){1,4}(?:Crown|County|Circuit|Superior|District|Municipal|Magistrates['’]?|Common\s+Pleas)\s+Court\b"
_BENCH = {  # who convicts or sentences, and who indicts, when the parse names no one (docs/annotation.md §2.4: the authority)
    "conviction": re.compile(rf"{_JUDGE}|\b(?:[Aa]n?|[Tt]he)\s+(?:federal\s+|state\s+|trial\s+|county\s+)?jury{_SEAT_AFTER}"
                             rf"|\b(?:the\s+)?U\.S\.\s+District\s+Court{_SEAT_AFTER}|{_NAMED_COURT}"),
    "charge": re.compile(rf"\b(?:[Aa]n?|[Tt]he)\s+(?:federal\s+|state\s+|county\s+|[A-Z][a-z]+\s+(?:County\s+)?)?grand\s+jury{_SEAT_AFTER}"),
}


def court_place(ctx: _Context, f: dict, alone: bool, where):
    """Where a charge, plea or sentence took place: the court its sentence names ("indicted by a grand jury in the
    District of Massachusetts"); else, unless the sentence puts the act itself somewhere ("convicted in Mexico in
    2005") or it is an item of a list, the court the document names most (docs/annotation.md §2.4: court events
    happen at the court). None: the ordinary rule stands."""
    s_start, s_end = f["sentence"]
    places = {p.key: p for p in ctx.ann.places}
    here = [m for m in ctx.courts if s_start <= m.start < s_end and not _TITLE_DISTRICT.search(ctx.text, max(0, m.start - 80), m.start)]
    if here:
        return places[min(here, key=lambda m: abs(m.start - f["trigger"][0])).key], "sentence"
    if alone or ctx.court is None or charged_by_police(ctx.text, f):
        return None
    for m in ctx.ann.mentions:
        if m.kind == "place" and s_start <= m.start < s_end and not ctx.ann.dateline_start <= m.start < ctx.ann.dateline_end:
            span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
            head = span.root.head if span is not None else None
            if head is not None and head.lower_ in _AT and head.head.i == f["tok"].i:
                return None
    court, ordinary = places[ctx.court], where.place
    if ordinary is not None and ordinary.country == court.country and (court.kind == "country" or court.kind == "admin1" and ordinary.admin1 == court.admin1):
        return None  # "a wholesaler in Miami pleaded guilty", the Southern District of Florida the court: Miami is no less right, and finer
    return court, "document"
