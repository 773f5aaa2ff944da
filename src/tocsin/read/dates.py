"""Time expressions: find them, and anchor each to the calendar.

A time expression is normalized against the document's publication date (the
"document creation time") to a TIMEX3 value ("2024-02-21", "2024-02",
"2024", "2024-W08", "2024-Q4", "P10Y", "PAST_REF"), an interval of calendar
days it covers, and a precision (day, week, month, quarter, year, decade).

News conventions decide the ambiguous cases: a bare weekday ("on
Wednesday", "el miércoles") is the latest such day on or before
publication, unless "next"/"próximo" says otherwise; a day and month without
a year ("February 21", "el 21 de febrero") take the year that puts them
closest to publication. Patterns cover English and Spanish; dateparser
handles what they do not.
"""

from __future__ import annotations

import calendar
from functools import lru_cache
import datetime as dt
import re
from dataclasses import dataclass, replace

from .alternation import alternation
from .days_apart import apart
from .date_words import MONTHS, NUMBERS, PARTS_OF_DAY, QUARTERS, REFS, SEASONS, UNITS, WEEKDAYS, in_a_name
from .gazetteer import strip_accents
from .periods import FIND as _PERIODS, recent, weekend
from .yeared import FIND as _YEARED, closest_year as _closest_year, told_year, written_before


@dataclass(frozen=True)
class Timex:
    """A normalized time expression."""

    value: str  # TIMEX3 value
    type: str  # DATE, DURATION, TIME, SET
    precision: str  # day, week, month, quarter, half, season, year, decade, century, duration, reference, unknown
    begin: str | None = None  # ISO date, first day covered
    end: str | None = None  # ISO date, last day covered
    guessed: bool = False  # the year is not written: the one closest to publication (yeared.closest_year) was taken


def _clean(text: str) -> str:
    text = strip_accents(text.lower()).replace(",", " ").replace("’", "'")
    text = re.sub(r"\b(\w+)\.", r"\1", text)  # "feb." -> "feb", "a.m." keeps its letters
    return " ".join(text.split())


def _day(d: dt.date, precision: str = "day") -> Timex:
    return Timex(d.isoformat(), "DATE", precision, d.isoformat(), d.isoformat())


def _month(year: int, month: int) -> Timex:
    last = calendar.monthrange(year, month)[1]
    return Timex(f"{year:04d}-{month:02d}", "DATE", "month", f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-{last:02d}")


def _year(year: int) -> Timex:
    return Timex(f"{year:04d}", "DATE", "year", f"{year:04d}-01-01", f"{year:04d}-12-31")


def _week(d: dt.date) -> Timex:
    iso = d.isocalendar()
    monday = d - dt.timedelta(days=d.weekday())
    return Timex(f"{iso[0]:04d}-W{iso[1]:02d}", "DATE", "week", monday.isoformat(), (monday + dt.timedelta(days=6)).isoformat())


def _quarter(year: int, q: int) -> Timex:
    first = 3 * (q - 1) + 1
    last = calendar.monthrange(year, first + 2)[1]
    return Timex(f"{year:04d}-Q{q}", "DATE", "quarter", f"{year:04d}-{first:02d}-01", f"{year:04d}-{first + 2:02d}-{last:02d}")


def _number(word: str) -> int | str | None:
    return int(word) if word.isdigit() else NUMBERS.get(word)


def _shift(d: dt.date, n: int, unit: str) -> dt.date:
    if unit == "D":
        return d + dt.timedelta(days=n)
    if unit == "W":
        return d + dt.timedelta(weeks=n)
    months = {"M": 1, "Y": 12, "DE": 120, "CE": 1200}[unit] * n
    year, month = divmod(d.month - 1 + months, 12)
    year += d.year
    return dt.date(year, month + 1, min(d.day, calendar.monthrange(year, month + 1)[1]))


def _at_precision(d: dt.date, unit: str) -> Timex:
    if unit == "D":
        return _day(d)
    if unit == "W":
        return _week(d)
    if unit == "M":
        return _month(d.year, d.month)
    if unit == "DE":
        return Timex(f"{d.year // 10:03d}", "DATE", "decade", f"{d.year // 10 * 10:04d}-01-01", f"{d.year // 10 * 10 + 9:04d}-12-31")
    return _year(d.year)


def _duration(n: int | str, unit: str) -> Timex:
    if unit == "DE":
        value = "P" + (f"{n * 10}Y" if isinstance(n, int) else "XDE")
    elif unit == "CE":
        value = "P" + (f"{n * 100}Y" if isinstance(n, int) else "XCE")
    elif unit in ("H", "MIN"):
        value = f"PT{n}{'M' if unit == 'MIN' else 'H'}"
    else:
        value = f"P{n}{unit}"
    return Timex(value, "DURATION", "duration")


_ABSOLUTE = [
    # 21 de febrero de 2024 / February 21, 2024 / Feb 21 2024 / 21 February 2024
    (re.compile(r"(?:(?P<wd>\w+),? )?(?:the )?(?P<d>\d{1,2})(?:st|nd|rd|th)? (?:de |of )?(?P<m>[a-z]+)(?: (?:de |del )?(?P<y>\d{4}))?$"), "dmy"),
    (re.compile(r"(?:(?P<wd>\w+) )?(?P<m>[a-z]+) (?P<d>\d{1,2})(?:st|nd|rd|th)?(?: (?P<y>\d{4}))?$"), "mdy"),
    (re.compile(r"(?P<m>[a-z]+) (?:de |of )?(?P<y>\d{4})$"), "my"),
    (re.compile(r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})$"), "iso"),
    (re.compile(r"(?P<m>[a-z]{3,})$"), "m"),
    (re.compile(r"(?:the )?(?:year )?(?P<y>(?:19|20)\d{2})$"), "y"),
    (re.compile(r"(?:the )?(?P<y>(?:19|20)\d)0'?s$|(?:los )?anos (?P<dec>veinte|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa)$"), "decade"),
]
_DECADES = {"veinte": 2, "treinta": 3, "cuarenta": 4, "cincuenta": 5, "sesenta": 6, "setenta": 7, "ochenta": 8, "noventa": 9}
_LEAD = re.compile(r"^(?:on|in|at|during|since|by|until|from|el|la|los|las|en|a|desde|hasta|durante|del|de|this past|the|of|at least|about|around|some|nearly|almost|al menos|unos|unas|cerca de)\s+")


def _absolute(t: str, dct: dt.date) -> Timex | None:
    for pattern, kind in _ABSOLUTE:
        m = pattern.match(t)
        if not m:
            continue
        g = m.groupdict()
        if kind == "decade":
            decade = int(g["y"]) if g.get("y") else 190 + _DECADES[g["dec"]]
            return Timex(f"{decade:03d}", "DATE", "decade", f"{decade * 10:04d}-01-01", f"{decade * 10 + 9:04d}-12-31")
        if kind == "y":
            return _year(int(g["y"]))
        month = int(g["m"]) if kind == "iso" else MONTHS.get(g["m"])
        if not month:
            continue
        if g.get("wd") and g["wd"] not in WEEKDAYS and g["wd"] not in ("the", "el", "on", "del", "of", "de"):
            continue
        if kind == "my":
            return _month(int(g["y"]), month)
        if kind == "m":  # a bare month is the latest one on or before publication, as news reports the past
            return _month(dct.year if month <= dct.month else dct.year - 1, month)
        day = int(g["d"])
        year = int(g["y"]) if g.get("y") else _closest_year(month, day, dct)
        try:
            return replace(_day(dt.date(year, month, day)), guessed=not g.get("y"))
        except ValueError:
            return None
    return None


def _relative(t: str, dct: dt.date) -> Timex | None:
    if t in ("today", "hoy", "this morning", "esta manana", "tonight", "esta noche", "this afternoon", "esta tarde", "this evening"):
        return _day(dct)
    if t in ("yesterday", "ayer", "last night", "last evening", "anoche", "yesterday morning", "ayer por la manana"):
        return _day(dct - dt.timedelta(days=1))
    if t in ("tomorrow", "manana"):
        return _day(dct + dt.timedelta(days=1))
    if t in ("anteayer", "the day before yesterday", "antier"):
        return _day(dct - dt.timedelta(days=2))
    table = {
        ("this", "este", "esta"): 0, ("last", "past", "pasado", "pasada", "anterior"): -1,
        ("next", "coming", "proximo", "proxima", "que viene", "siguiente", "entrante"): 1,
    }
    for words, offset in table.items():
        for w in words:
            for unit_word, unit in (("week", "W"), ("semana", "W"), ("month", "M"), ("mes", "M"), ("year", "Y"), ("ano", "Y")):
                if t in (f"{w} {unit_word}", f"{unit_word} {w}", f"the {w} {unit_word}"):
                    return _at_precision(_shift(dct, offset, unit), unit)
    m = re.match(r"(?:(?P<pre>last|next|this|past|el pasado|pasado|el proximo|proximo|este)\s+)?(?P<mo>[a-z]+)(?:\s+(?P<post>pasado|proximo))?$", t)
    if m and m.group("mo") in MONTHS and len(m.group("mo")) > 2 and (m.group("pre") or m.group("post")):
        month, when = MONTHS[m.group("mo")], (m.group("pre") or m.group("post"))
        year = dct.year - 1 if month >= dct.month else dct.year
        if when in ("next", "el proximo", "proximo"):
            year = dct.year + 1 if month <= dct.month else dct.year
        elif when in ("this", "este"):
            year = dct.year
        return _month(year, month)
    m = re.match(r"(?:(?P<pre>last|next|this|coming|este|el proximo|proximo|el pasado)\s+)?(?P<wd>[a-z]+)(?:\s+(?P<post>pasado|proximo|que viene))?(?:\s+(?:night|morning|afternoon|evening|noche|manana|tarde))?$", t)
    if m and m.group("wd") in WEEKDAYS:
        target = WEEKDAYS[m.group("wd")]
        future = (m.group("pre") or "") in ("next", "coming", "el proximo", "proximo") or m.group("post") in ("proximo", "que viene")
        if future:
            return _day(dct + dt.timedelta(days=(target - dct.weekday()) % 7 or 7))
        back = (dct.weekday() - target) % 7
        if (m.group("pre") or m.group("post")) in ("last", "pasado", "el pasado") and back == 0:
            back = 7
        return _day(dct - dt.timedelta(days=back))
    m = re.match(r"(?:(?P<hoy>hoy\s+)?hace\s+(?P<n1>\w+)\s+(?P<u1>\w+)|(?P<n2>\w+(?:-\w+)?)\s+(?P<u2>\w+)\s+(?:ago|earlier|before|atras))"
                 r"(?P<today>\s+today)?$", t)
    if m:
        n, unit = _number(m.group("n1") or m.group("n2")), UNITS.get(m.group("u1") or m.group("u2"))
        if unit and isinstance(n, int):
            unit_shift = "Y" if unit == "DE" else unit
            count = n * 10 if unit == "DE" else n
            if unit in ("H", "MIN"):
                return _day(dct)
            if m.group("today") or m.group("hoy"):  # "one year ago today", "hoy hace un año": an anniversary, to the day
                return _day(_shift(dct, -count, unit_shift))
            return _at_precision(_shift(dct, -count, unit_shift), "Y" if unit in ("DE", "CE") else unit)
        if unit and n == "X":
            return Timex("PAST_REF", "DATE", "reference")
    m = re.match(r"(?:the )?(?:el )?(?P<q>\w+) (?:quarter|trimestre)(?: (?:of |de |del )?(?P<y>\d{4}))?$", t)
    if m and m.group("q") in QUARTERS:
        year = int(m.group("y")) if m.group("y") else dct.year
        return _quarter(year, QUARTERS[m.group("q")])
    return None


def _duration_of(t: str) -> Timex | None:
    m = re.match(r"(?:for |during |durante |por |more than |less than |over |almost |nearly |casi |mas de |menos de |unos |unas |about |the (?:past|last) |los ultimos |las ultimas )*(?P<n>\w+)\s+(?P<u>[a-z]+)$", t)
    if m and m.group("u") in UNITS:
        n = _number(m.group("n"))
        if n is not None:
            return _duration(n, UNITS[m.group("u")])
    if t in ("decades", "years", "months", "weeks", "days", "decadas", "anos", "meses", "semanas", "dias", "for years", "durante anos", "por anos", "decades-long"):
        unit = UNITS[t.split()[-1].replace("-long", "")]
        return _duration("X", "Y" if unit == "DE" else unit)
    return None


def _set_of(t: str) -> Timex | None:
    table = {
        "daily": "P1D", "every day": "P1D", "cada dia": "P1D", "a diario": "P1D", "todos los dias": "P1D", "diario": "P1D",
        "weekly": "P1W", "every week": "P1W", "cada semana": "P1W", "semanal": "P1W", "semanales": "P1W", "semanalmente": "P1W",
        "monthly": "P1M", "every month": "P1M", "cada mes": "P1M", "mensual": "P1M", "mensuales": "P1M",
        "yearly": "P1Y", "annually": "P1Y", "every year": "P1Y", "cada ano": "P1Y", "anual": "P1Y", "anualmente": "P1Y",
        "annual": "P1Y", "anuales": "P1Y", "a week": "P1W", "a day": "P1D", "a month": "P1M", "a year": "P1Y", "al dia": "P1D", "al mes": "P1M", "al ano": "P1Y",
    }
    value = table.get(t)
    return Timex(value, "SET", "set") if value else None


_EDGE = re.compile(r"^(?:early|late|mid|the (?:beginning|start|end) of|(?:a )?(?:comienzos|principios|finales|mediados|fines) de(?:l)?)[- ]+(?P<rest>.+)$")


def _special(t: str, dct: dt.date) -> Timex | None:
    """Parts of day, seasons, weekends, edges of periods, clock times, hyphenated durations."""
    t = re.sub(r"^(?:the|el|la|los|las|del|al|a)\s+", "", t)
    m = re.match(r"(?P<n>\w+)[- ](?P<u>year|month|week|day|hour|minute)s?(?:[- ](?:old|long))?$", t)
    if m and _number(m.group("n")) is not None and m.group("n") not in ("this", "last", "next", "the", "a", "an") or (
        m and m.group("n") in ("a", "an") and t.count("-")
    ):
        return _duration(_number(m.group("n")), UNITS[m.group("u")])
    if t.startswith("a ") and (m := re.match(r"a (?P<n>\d+)[- ](?P<u>year|month|week|day)s?$", t)):
        return _duration(int(m.group("n")), UNITS[m.group("u")])
    m = re.match(r"(?:the |los |las )?(?:next|past|last|coming|proximos|proximas|ultimos|ultimas) (?P<n>\w+) (?P<u>[a-z]+)$", t)
    if m and m.group("u") in UNITS and _number(m.group("n")) is not None:
        return _duration(_number(m.group("n")), UNITS[m.group("u")])
    if t in ("past decade", "last decade", "ultima decada", "past ten years", "ultimos diez anos"):
        return _duration(1, "DE")
    if t in ("dia de hoy", "earlier today", "later today", "today's", "hoy mismo", "start of the day", "principio del dia",
             "final del dia", "late in the day", "end of the day", "same day", "mismo dia"):
        return _day(dct)
    if t in ("dia de ayer", "ayer mismo", "yesterday's"):
        return _day(dct - dt.timedelta(days=1))
    if t in ("weekend", "this weekend", "fin de semana", "este fin de semana", "last weekend", "pasado fin de semana"):
        return Timex(*weekend(dct, past=t in ("last weekend", "pasado fin de semana")))
    words = t.split()
    if words and words[-1] in SEASONS and len(words) <= 3:
        year = int(words[-2]) if len(words) > 1 and words[-2].isdigit() else dct.year
        return Timex(f"{year:04d}-{SEASONS[words[-1]]}", "DATE", "season")
    if len(words) >= 2 and words[-1].isdigit() and words[-1] in {f"{y}" for y in range(1900, 2100)} and words[0] in SEASONS:
        return Timex(f"{words[-1]}-{SEASONS[words[0]]}", "DATE", "season")
    m = re.match(r"(?:about |around |at |a las |las )?(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?(?: ?(?P<ap>am|pm|a m|p m))(?: (?P<z>utc|gmt))?$", t) or re.match(
        r"(?:about |around |at |a las |las )?(?P<h>\d{1,2})[:.](?P<m>\d{2})(?P<ap>)(?: (?P<z>utc|gmt))?$", t
    )
    if m:
        hour = int(m.group("h")) + (12 if (m.group("ap") or "").startswith("p") and int(m.group("h")) < 12 else 0)
        minute = m.group("m") or "00"
        return Timex(f"{dct.isoformat()}T{hour:02d}:{minute}{'Z' if m.group('z') else ''}", "TIME", "time", dct.isoformat(), dct.isoformat())
    m = _EDGE.match(t)
    if m and (inner := _absolute(m.group("rest"), dct) or _relative(m.group("rest"), dct)):
        return inner
    if t in ("beginning of the year", "principios de ano", "comienzos de ano", "start of the year", "earlier this year", "principios del ano"):
        return _year(dct.year)
    if words and words[-1] in PARTS_OF_DAY and len(words) > 1:
        base = " ".join(w for w in words[:-1] if w not in ("por", "la", "el", "de", "in", "the", "on"))
        day = _relative(base, dct) or _absolute(base, dct)
        if day and day.precision == "day":
            return Timex(f"{day.value}T{PARTS_OF_DAY[words[-1]]}", "TIME", "part of day", day.begin, day.end)
    if t == "overnight":  # the night that ends the morning the story is published
        return Timex(f"{(dct - dt.timedelta(days=1)).isoformat()}TNI", "TIME", "part of day", (dct - dt.timedelta(days=1)).isoformat(), dct.isoformat())
    if t in ("tonight", "esta noche", "this morning", "esta manana", "this afternoon", "esta tarde", "this evening"):
        return Timex(f"{dct.isoformat()}T{PARTS_OF_DAY[words[-1]]}", "TIME", "part of day", dct.isoformat(), dct.isoformat())
    if t in ("minutes", "minutos", "hours", "horas", "seconds", "segundos"):
        return Timex("PTX" + ("M" if t.startswith("min") else "S" if t.startswith("se") else "H"), "DURATION", "duration")
    if t in ("last quarter", "ultimo trimestre", "trimestre pasado", "previous quarter"):
        q = (dct.month - 1) // 3
        return _quarter(dct.year - 1, 4) if q == 0 else _quarter(dct.year, q)
    return None


@lru_cache(maxsize=8192)
def normalize(text: str, dct: dt.date | None, language: str = "en") -> Timex:
    """The TIMEX3 value, interval and precision of a time expression, anchored at ``dct``."""
    t = _clean(text)
    if t.startswith("next ") and t.split()[1] not in WEEKDAYS:
        t = t[5:]  # a future cue only changes bare weekdays
    if found := _range(t, dct, language):
        return found
    t = re.sub(r"^(?:19|20)\d{2} (?=.*\d{4}$)", "", t)  # a repeated year before a full date
    if t in REFS:
        return Timex(REFS[t], "DATE", "reference")
    if dct is not None and (period := recent(t, dct)):
        return Timex(*period)  # "in recent days", "over the past weekend" (tocsin.read.periods)
    if dct is not None and (told := told_year(t, dct)) is not None:
        return normalize(told, dct, language)  # "25 February last year" (tocsin.read.yeared)
    t = re.sub(r"^(?:since|desde|until|hasta|by|from|in|on|at|el|la|en|the|of|de|del|this past)\s+(?=\w)", "", t) if len(t.split()) > 1 else t
    if t in REFS:
        return Timex(REFS[t], "DATE", "reference")
    for step in (_set_of, _duration_of):
        found = step(t)
        if found:
            return found
    if dct is not None:
        for step in (_special, _absolute, _relative):
            found = step(t, dct)
            if found:
                return found
            stripped = _LEAD.sub("", t)
            if stripped != t and (found := step(stripped, dct)):
                return found
    else:  # no publication date: only expressions that carry their own year can be anchored
        found = _absolute(t, dt.date(2000, 1, 1))
        if found and re.search(r"\d{4}|\d0'?s", t):
            return found
        if not re.search(r"\d{4}", t):
            return Timex("XXXX-XX-XX", "DATE", "unknown")
    return _with_dateparser(text, dct, language)


_RANGE = re.compile(r"^(?:between |entre |from |desde |del? )?(?:(?P<a>.+?) (?:to|through|thru|until|till|and|-|–|—|hasta|al?|y) (?P<b>.+)"
                    r"|(?P<ya>(?:1[89]|20)\d{2}) ?[-–/] ?(?P<yb>(?:1[89]|20)\d{2}))$")
_MONTH_NAMED = re.compile(r"\b(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b")
_SPAN_ORDER = ("day", "week", "month", "quarter", "season", "half", "year", "decade")
_YEAR = re.compile(r"\b(?:1[89]|20)\d{2}\b")


def _range(t: str, dct: dt.date | None, language: str) -> Timex | None:
    """An interval written as its two ends ("from January to June 2007", "between 2005 and 2008", "March 2006
    through June 2007", "del 3 al 5 de mayo"): from the first day of one to the last of the other, at the coarser
    precision of the two, valued as an ISO 8601 interval ("2007-01/2007-06"). An end without a year takes the
    other end's ("January" of "January to June 2007"), the year before when that would put it after the end."""
    found = _RANGE.match(t)
    if not found or not (dct or _YEAR.search(t)):
        return None
    a, b = found.group("a") or found.group("ya"), found.group("b") or found.group("yb")
    if re.fullmatch(r"\d{1,2}", a) and (tail := re.match(r"\d{1,2}( .+)$", b)):
        a += tail.group(1)  # "3 al 5 de mayo": the first end shares the second's month
    if re.match(r"\d{1,2}\b(?! de )", b) and not _MONTH_NAMED.search(b) and (month := _MONTH_NAMED.search(a)):
        b = f"{month.group()} {b}"  # "May 2 to 4, 2008": the second end shares the first's month
    end = normalize(b, dct, language)
    if end.precision not in _SPAN_ORDER or not end.begin:
        return None
    year = end.begin[:4]
    borrows = not _YEAR.search(a) and _MONTH_NAMED.search(a)  # "January" of "January to June 2007"; not "Monday"
    start = normalize(f"{a} {year}", dct, language) if borrows else normalize(a, dct, language)
    if borrows and start.begin and start.begin > end.begin:
        start = normalize(f"{a} {int(year) - 1}", dct, language)
    if start.precision not in _SPAN_ORDER or not start.begin or start.begin > end.begin or start.value == end.value:
        return None
    precision = max(start.precision, end.precision, key=_SPAN_ORDER.index)
    return Timex(f"{start.value}/{end.value}", "DATE", precision, start.begin, end.end, start.guessed or end.guessed)


@lru_cache(maxsize=4)
def _dateparser(language: str | None):
    """One dateparser per language: building one costs more than parsing with it."""
    from dateparser.date import DateDataParser

    return DateDataParser(languages=[language] if language else None, settings={"RETURN_TIME_AS_PERIOD": True})


def _with_dateparser(text: str, dct: dt.date | None, language: str) -> Timex:
    """dateparser for what the rules miss, only where it cannot need an anchor:
    expressions that carry their own four-digit year."""
    if not re.search(r"\b(?:1[89]|20)\d{2}\b", text):
        return Timex("XXXX-XX-XX", "DATE", "unknown")
    try:
        data = _dateparser(language if language in ("en", "es") else None).get_date_data(text)
    except Exception:  # dateparser raises assorted errors on odd input; an unknown date is the honest answer
        data = None
    return timex_from_dateparser(data)


def timex_from_dateparser(data) -> Timex:
    """A Timex from dateparser's DateData, at the period dateparser found."""
    if data is None or data.date_obj is None:
        return Timex("XXXX-XX-XX", "DATE", "unknown")
    d = data.date_obj.date()
    period = data.period or "day"
    if period == "year":
        return _year(d.year)
    if period == "month":
        return _month(d.year, d.month)
    if period == "week":
        return _week(d)
    if period == "time":
        return Timex(data.date_obj.strftime("%Y-%m-%dT%H:%M"), "TIME", "time", d.isoformat(), d.isoformat())
    return _day(d)


_PATTERN_WORDS = "|".join(sorted({k for k in MONTHS if len(k) > 2} | set(WEEKDAYS) | {"miércoles", "sábado"}, key=len, reverse=True))
_FIND = (
    rf"{_YEARED}|"  # a day whose year is told against publication first: "25 February last year"
    r"(?:(?:on\s+)?(?:" + "|".join(WEEKDAYS) + r"),?\s+)?(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\s+of\s+(?:" + _PATTERN_WORDS + r")(?:,?\s+(?:19|20)\d{2})?|"  # "(Sunday,) the 7th of October, 2023"
    rf"(?:(?:el|the|on|this|last|next|este|el pr[oó]ximo)\s+)?(?:{_PATTERN_WORDS})(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?(?:\s+(?:de\s+)?(?:{_PATTERN_WORDS}))?(?:,?\s+(?:de\s+)?(?:19|20)\d{{2}})?(?:\s+(?:pasado|pr[oó]ximo))?"
    r"(?:\s+(?:por|en|de)\s+la\s+(?:noche|ma[ñn]ana|tarde|madrugada))?"
    r"|\d{1,2}\s+de\s+(?:" + _PATTERN_WORDS + r")(?:\s+de(?:l)?\s+(?:19|20)\d{2})?"
    r"|(?:19|20)\d{2}"
    r"|(?:hoy\s+)?hace\s+(?:\w+)\s+(?:d[ií]as?|semanas?|meses|mes|a[ñn]os?|d[ée]cadas?)"
    r"|(?:\w+-)?\w+\s+(?:days?|weeks?|months?|years?|decades?)\s+ago(?:\s+today)?"  # "twenty-four years ago"
    r"|(?:(?:early|late)\s+)?(?:last|this)\s+(?:night|morning|afternoon|evening)|yesterday\s+(?:morning|afternoon|evening)"
    r"|tonight|overnight|esta\s+(?:ma[ñn]ana|tarde|noche)"  # a part of a day the model may only take with its hour
    r"|(?:yesterday|today|tomorrow|ayer|hoy|anoche|anteayer)"
    r"|(?:last|next|this)\s+(?:week|month|year)"
    r"|(?:la\s+semana|el\s+mes|el\s+a[ñn]o)\s+(?:pasad[oa]|pr[oó]xim[oa])"
    r"|(?:este|esta)\s+(?:semana|mes|a[ñn]o)"
    rf"|{_PERIODS}"
)
FIND = re.compile(rf"\b(?:{alternation(_FIND, re.I)})\b", re.I)  # each alternative tried only where it can begin


def find_time_expressions(text: str) -> list[tuple[int, int]]:
    """Spans of time expressions found by pattern, in English and Spanish."""
    spans = []
    for m in FIND.finditer(text):
        s, e = m.span()
        words = set(text[s:e].lower().split())
        if words <= {"may", "march", "the", "this", "last", "next"} and (
                not re.search(r"\d", text[max(0, s - 8) : e + 8]) or re.search(r"\b(?:may|march)\b", text[s:e])):
            continue  # the verbs "may" and "march", written in lower case whatever number is near ("Barrio 18 may be")
        if re.fullmatch(r"(?:El |La )?(?:Enero|Febrero|Marzo|Abril|Mayo|Junio|Julio|Agosto|Septiembre|Octubre|Noviembre|Diciembre)", text[s:e]):
            continue  # Spanish writes months in lower case: "Julio", "El Mayo" are names
        spans.append((s, e))
    return spans


_CITATION = re.compile(r"(?:U\.?\s?S\.?\s?C\.?(?:\s?A\.?)?|C\.?F\.?R\.?|§§?|\b(?:[Ss]ections?|[Ss]ecs?\.|[Nn]os?\.|[Nn]umbers?|[Tt]itle|[Cc]hapter"
                       r"|[Ll]ey|[Aa]rt[ií]culos?|[Aa]rticles?|[Dd]ecreto|[Rr]ule|Pub\.\s?L\.|H\.\s?R\.|E\.O\.|Executive Order|[Dd]ocket|[Cc]ase))"
                       r"\s*(?:\d+[\w.-]*\s*,?\s*(?:and|or|y)?\s*)?$")
_FUTURE_CUE = re.compile(r"\b(?:by|until|till|before|para el|hasta el|antes del)\s+$", re.I)
_TO_COME = re.compile(r"\b(?:next|coming|upcoming|pr[oó]xim[oa]|que viene)\b", re.I)  # "el próximo 3 de marzo": ahead, as told
_AGE = re.compile(r"\d+[- ]year[- ]old|\d+ a[ñn]os de edad|^\d+$")


# A date cut at the period of a month's short form, before its day: "the Dec" of "the Dec. 5 bank robbery".
_MONTH_CUT = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)$")
_DAY_AFTER = re.compile(r"\.\s?\d{1,2}\b(?:,\s*\d{4}\b)?")


def _day_after(text: str, start: int, end: int) -> int:
    """Where a date span ends, with the day its month's short form was cut from."""
    return m.end() if _MONTH_CUT.search(text, start, end) and (m := _DAY_AFTER.match(text, end)) else end


def find_times(text: str, ents, published: str | None, language: str) -> list:
    """Time expressions in a document: the model's DATE/TIME entities and the
    patterns above, longest first, each normalized against the publication date."""
    from ..models import TimeExpression

    dct = dt.date.fromisoformat(published) if published else None
    spans = [(s, e) for s, e, label in ents if label in ("DATE", "TIME") and not _AGE.search(text[s:e])]
    spans = [(s, _day_after(text, s, e)) for s, e in spans + find_time_expressions(text)]
    normalized = {}
    for s, e in set(spans):
        if _CITATION.search(text[max(0, s - 24) : s]) and re.fullmatch(r"\d{4}\W*", text[s:e]):
            continue  # a statute's section, not a year: "21 U.S.C. 1901", "Section 1182", "Ley 1908"
        if in_a_name(text, s, e):
            continue  # "her stolen 1989 Mercury Marquis", "the March 23 Movement": a model or a name, not a time
        future = bool(_FUTURE_CUE.search(text[max(0, s - 14) : s]))
        timex = normalize(("next " if future else "") + text[s:e], dct, language)
        if timex.precision != "unknown":  # a span that does not normalize must not hide one that does
            normalized[(s, e)] = timex
    chosen: list[tuple[int, int]] = []
    for s, e in sorted(normalized, key=lambda se: (se[0] - se[1], se[0])):
        if not any(s < ce and cs < e for cs, ce in chosen):
            chosen.append((s, e))
    written = written_before([  # a day whose year the text wrote before takes that year (tocsin.read.yeared)
        TimeExpression(s, e, text[s:e], t.value, t.type, t.precision, t.begin, t.end, t.guessed and not _TO_COME.search(text[max(0, s - 12) : e]))
        for s, e in sorted(chosen)
        for t in [normalized[(s, e)]]
    ])  # then the days told apart from a day just named: "the day before", "two days later" (tocsin.read.days_apart)
    return apart(text, written, lambda s, e, day, begin, guessed: TimeExpression(s, e, text[s:e], day, "DATE", "day", begin, begin, guessed))
