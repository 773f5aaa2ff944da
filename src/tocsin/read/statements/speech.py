"""A speech whose speaker only its title names ("Remarks of National Security Advisor Jake Sullivan at the
Conference on the Americas"), with no speaker's label in the body: the body is one turn by that speaker
(docs/annotation.md §3), so its runs on the subject are the speaker's statements and its "I" and "we" are the
speaker's. A statement whose speaker only the title names ("Statement from the Press Secretary") is the document's
own voice, not a speech: only remarks, addresses and speeches are read so.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...structure import Segment
from ..people import Roster

# "Remarks by President Biden at…", "Remarks of National Security Advisor Jake Sullivan 54th Washington…", "Keynote
# Address by…": the speaker runs to a preposition, a punctuation mark or a number
_SPEECH_TITLE = re.compile(r"^\W*(?i:(?:keynote\s+)?(?:remarks|address|speech)\s+(?:as\s+prepared\s+for\s+delivery\s+)?(?:by|of|from)\s+"
                           r"(?:the\s+)?)(?P<who>[A-Z][^,:;()\d]*?)(?=\s+(?:at|on|to|in|before|during|after|for|with|and|as)\b|\s*[,:;(\d–—-]|$)")


def title_speaker(title: str | None, segs: tuple[Segment, ...], roster: Roster) -> tuple | None:
    """The speaker fields (start, end, text, mention, name, basis) of a speech the title names, when the body has no
    speaker's label; None otherwise. The name is the person the title names after the office words ("Jake
    Sullivan"), else the title's words as written; there is no label in the text, so no offsets."""
    m = _SPEECH_TITLE.match(title or "")
    if not m or any(s.kind in ("turn", "question") for s in segs):
        return None
    who = " ".join(m.group("who").split())
    person = roster.by_surname(who.split()[-1])
    if person is None or person.name.split()[-1] != who.split()[-1]:
        return None  # "Remarks by the President": the title gives no name of a person
    return (None, None, who, person.span, person.name, "turn")


def speech_turns(segs: tuple[Segment, ...], who: tuple) -> tuple[Segment, ...]:
    """The speech's paragraphs as one turn by its speaker (bullets, headings and stage directions stay what they are)."""
    return tuple(replace(s, kind="turn", speaker=who[2]) if s.kind == "paragraph" else s for s in segs)
