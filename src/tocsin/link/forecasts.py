"""Forecast status: each prediction in the ledger against what happened since.

A forecast is *observed* when a later incident fulfils it: reported after the
forecast was made and, when the forecast gives a horizon, before it ran out;
of a type the forecast predicts; about a group the forecast names; against a
category of target it names (when it names one); in the country of the
forecast's place. A forecast that names no group or no place cannot be
observed: any later killing somewhere would "fulfil" "violence will rise"
(on real releases 29 of 31 forecasts marked observed were matched to
unrelated incidents before this rule). Expansion is fulfilled by a presence report of
the group in a country where it had not been reported before the forecast.
A forecast with a horizon that has run out, unfulfilled, is *expired*;
otherwise it stays *open*. Without a horizon, incidents of the two years
after it are considered.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

PREDICTS = {
    "targeted killing": ("killing",),
    "killing": ("killing",),
    "abduction": ("abduction",),
    "extortion": ("extortion",),
    "attack": ("attack", "killing"),
    "designation": ("designation",),
    "infiltration": ("presence",),
    "expansion": ("presence",),
}
UNBOUNDED = dt.timedelta(days=730)  # a forecast without a horizon is matched against two years of incidents
_DURATION = re.compile(r"^P(\d+)([YMWD])$")
_DAYS = {"W": 7, "D": 1}


def deadline(made_on: str | None, horizon: str | None) -> dt.date | None:
    """The last day a forecast can come true, when it gives a horizon (calendar months and years)."""
    m = _DURATION.match(horizon or "")
    if not made_on or not m:
        return None
    start, n, unit = dt.date.fromisoformat(made_on[:10]), int(m.group(1)), m.group(2)
    if unit in ("Y", "M"):
        months = start.month - 1 + n * (12 if unit == "Y" else 1)
        year, month = start.year + months // 12, months % 12 + 1
        return start.replace(year=year, month=month, day=min(start.day, calendar.monthrange(year, month)[1]))
    return start + dt.timedelta(days=n * _DAYS[unit])


def fulfils(forecast: dict, incident: dict) -> bool:
    """Whether an incident (or, for expansion, a presence event) row fulfils a forecast row."""
    if incident["type"] not in PREDICTS.get(forecast["event_type"], ()):
        return False
    made, when = forecast["made_on"], incident["first_reported"]
    if not made or not when or when[:10] <= made[:10]:
        return False
    end = deadline(made, forecast["horizon"]) or dt.date.fromisoformat(made[:10]) + UNBOUNDED
    if dt.date.fromisoformat(when[:10]) > end:
        return False
    if forecast["event_type"] == "targeted killing" and incident.get("subtype") not in ("targeted killing", None):
        return False
    if not set(forecast["groups"]) & set(incident["groups"]):
        return False
    if forecast["targets"] and incident.get("target_category") not in forecast["targets"]:
        return False
    return bool(forecast.get("country")) and forecast["country"] == incident.get("country")


def status(forecast: dict, observed: bool, as_of: str | None) -> str:
    if observed:
        return "observed"
    end = deadline(forecast["made_on"], forecast["horizon"])
    return "expired" if end is not None and as_of and dt.date.fromisoformat(as_of[:10]) > end else "open"
