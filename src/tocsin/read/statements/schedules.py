"""Appointments: a future fixed to a point of the calendar, in English, foresees nothing (docs/annotation.md §4,
"schedules").

"An electrical engineer will examine the home on Monday", "members will have an orientation at 6:30 p.m. Monday",
"the last tenant will move in next month", "the store is expected to begin construction this spring", "tomorrow, the
Treasury will be building on this": what someone is to do on a day, a date or a season is an arrangement told, not a
happening foreseen. A sentence whose every future is fixed so (the calendar point in the future's own clause, or
opening the sentence before it) is struck from the text the forecast patterns read.

What stays a forecast: a happening nobody arranges, whatever its date (a harm, a rise, a spread, a strike: the
lexicon's ``HAPPENING``, ``CHANGE`` and ``HARM``, and the groups that do harm), the weather ("the storm will hit
Tuesday", "Thursday will begin mostly sunny"), and a future with a horizon and no appointment ("next year", "by 2027",
"in the coming weeks"); and what another is expected to do ("we expect the Russians to go after the grid this winter").
"""

from __future__ import annotations

import re

from .lexicon import CHANGE, HAPPENING, HARM

_MONTHS = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
# A point of the calendar: a weekday, a date, an hour, a day named from today, this or next week, month or season; not a
# year, nor a span ("within a year", "in the coming months"), which are a prediction's horizon
_CALENDAR = re.compile(
    r"\b(?:" + _WEEKDAY + r"s?|" + _MONTHS + r" \d{1,2}(?:st|nd|rd|th)?\b|\d{1,2}(?::\d\d)? ?[ap]\.?m\b|today|tonight|tomorrow|"
    r"(?:this|next|later this|early next|late next) (?:week|weekend|month|spring|summer|fall|autumn|winter|morning|afternoon|"
    r"evening)|in the (?:spring|summer|fall|autumn|winter)|in (?:about |around |roughly |approximately )?\d+(?: (?:to|or) \d+)? days|(?:before|by|at) the end of (?:the|this|next) (?:week|month))")
# The futures an appointment is told with; not "we expect the Russians to…", what another is foreseen to do, not arranged
_MARK = re.compile(r"\b(?:will|would|'ll|shall|won't|wouldn't|could|might|may(?! \d)|(?:is|are|am|'s|'re|'m) (?:\w+ly )?(?:going|expected|"
                   r"set|scheduled|slated|due|poised|likely|about|on track|on pace) to)\b")
# What no one arranges: a future's verb of a happening or a change; and anywhere in the sentence, a harm, those who do
# harm, and the weather
_HAPPENS = re.compile(r"\s*(?:(?:not|never|also|only|soon|then|still|\w+ly|have to|continue to|begin to|start to)\s+)*(?:"
                      + HAPPENING + r"|" + CHANGE + r")")
_UNARRANGED = re.compile(r"\b" + HARM + r"|\b(?:gangs?|cartels?|militants?|insurgents?|rebels?|terroris\w+|extremists?|militias?|"
                         r"weather|rain\w*|snow\w*|storms?|sunny|cloud\w*|showers?|thunder\w*|temperatures?|highs?|lows?|winds?|frost|freez\w*|"
                         r"heat|fog\w*|sleet|flood\w*|hurricanes?|tornado\w*|precipitation)\b")
_FORESEEN_DEED = re.compile(r"\bexpect(?:s|ed|ing)? (?!to\b)(?:[\w'-]+ ){1,4}?to\b")
_SENTENCE = re.compile(r"(?:[^.;!?]|\.(?=\S)|(?<=\b\w)\.)+[.;!?]*")  # "p.m." and "u.s." end no sentence


def unscheduled(low: str) -> str:
    """A lower-cased English claim without its sentences whose every future is an appointment."""
    return _SENTENCE.sub(lambda s: " " if _appointment(s.group(0)) else s.group(0), low)


def _appointment(sentence: str) -> bool:
    marks = list(_MARK.finditer(sentence))
    if not marks or _UNARRANGED.search(sentence) or _FORESEEN_DEED.search(sentence):
        return False
    opens = bool(_CALENDAR.match(sentence.lstrip(" \"“'")))  # "tomorrow, the Treasury will…"
    return all(not _HAPPENS.match(sentence, m.end()) and (opens or _CALENDAR.search(_clause_after(sentence, m.end()))
                                                          or _CALENDAR.search(_clause_before(sentence, m.start()))) for m in marks)


def _clause_after(sentence: str, at: int) -> str:
    """The words after a future up to the next break of its clause (a comma lets a date follow: "on Memorial Day, Monday")."""
    return re.split(r":(?!\d)|[—–()]|,(?! (?:" + _WEEKDAY + r"|" + _MONTHS + r"))", sentence[at:])[0][:120]


def _clause_before(sentence: str, at: int) -> str:
    """The words of the future's own clause before it ("the council on Monday will vote")."""
    return re.split(r"[,:—–()]|\b(?:and|but|while|because|if|when|that|which|who)\b", sentence[:at])[-1]
