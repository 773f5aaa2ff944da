"""Words that tell a report apart from the happening its story is about ("the other three defendants previously pleaded
guilty", "another woman was shot"): before the trigger, or opening the phrase of whom or what it befell.
"""

from __future__ import annotations

import re

from ..event_lexicon import ANOTHER

_BEFORE = 40  # characters before the trigger that may set it apart
_OPENING = re.compile(r"\W*(?:[\w'’-]+\W+){0,2}[\w'’-]*")  # a phrase's first three words


def told_apart(text: str, since: int, trigger_start: int, target_text: str | None) -> bool:
    """Whether the words just before the trigger (from ``since`` at the earliest) or the opening words of its target
    tell the report apart as another happening ("a second man", "the other defendants"). Only the target's opening: a
    word further in describes what was taken or hurt, not another happening ("stole a computer and other
    electronics", "shot a man and two other people")."""
    opening = _OPENING.match(target_text or "")
    return bool(ANOTHER.search(text, max(since, trigger_start - _BEFORE), trigger_start)) \
        or bool(opening and ANOTHER.search(opening.group()))
