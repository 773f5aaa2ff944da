"""Forecast status: each prediction in the ledger against what happened since.

A forecast is *observed* when a later incident fulfils it: reported after the
forecast was made and, when the forecast gives a horizon, before it ran out;
of a type the forecast predicts; about a group the forecast names; against a
category of target it names (when it names one); in the forecast's place:
its country, and its first-level division when the forecast names a place
below the country and the incident's division is known ("same country or
finer"). A forecast that names no group or no place cannot be
observed: any later killing somewhere would "fulfil" "violence will rise"
(on real releases 29 of 31 forecasts marked observed were matched to
unrelated incidents before this rule). Expansion is fulfilled by a presence report of
the group in a country where it had not been reported before the forecast.
A negative forecast ("the gang will not reach Lima") is never observed: a
reach of Lima would refute it, not fulfil it. Each match keeps its reason
(``reason``), shown with the incident. A forecast with a horizon that has
run out, unfulfilled, is *expired*; otherwise it stays *open*. Without a
horizon, incidents of the two years after it are considered.
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
    if forecast.get("polarity", "positive") != "positive" or incident["type"] not in PREDICTS.get(forecast["event_type"], ()):
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
    return _inside(forecast, incident)


_ABOVE_DIVISION = {"country", "continent", "region", ""}


def _by_division(forecast: dict, incident: dict) -> bool:
    """Whether the first-level division decides too: the forecast names a place below the country and both
    divisions are known."""
    return (forecast.get("place_kind") or "") not in _ABOVE_DIVISION and bool(forecast.get("admin1") and incident.get("admin1"))


def _inside(forecast: dict, incident: dict) -> bool:
    """The incident in the forecast's place: the same country, and the same first-level division where that decides."""
    if not forecast.get("country") or forecast["country"] != incident.get("country"):
        return False
    return not _by_division(forecast, incident) or forecast["admin1"] == incident["admin1"]


def reason(forecast: dict, incident: dict) -> str:
    """Why an incident fulfils a forecast, each condition with its value: "killing (targeted killing) about
    group:tren-de-aragua against former law enforcement in CL, first reported 2025-06-01, 137 days after the
    forecast of 2025-01-15, within its horizon P1Y"."""
    kind = incident["type"] + (f" ({incident['subtype']})" if incident.get("subtype") else "")
    groups = ", ".join(sorted(set(forecast["groups"]) & set(incident["groups"])))
    where = incident["country"] + (f"-{incident['admin1']}" if _by_division(forecast, incident) else "")
    against = f" against {incident['target_category']}" if forecast["targets"] and incident.get("target_category") else ""
    days = (dt.date.fromisoformat(incident["first_reported"][:10]) - dt.date.fromisoformat(forecast["made_on"][:10])).days
    within = f"within its horizon {forecast['horizon']}" if deadline(forecast["made_on"], forecast["horizon"]) else \
        f"within {UNBOUNDED.days} days (no horizon given)"
    return (f"{kind} about {groups}{against} in {where}, first reported {incident['first_reported'][:10]}, {days} days after the "
            f"forecast of {forecast['made_on'][:10]}, {within}")


def status(forecast: dict, observed: bool, as_of: str | None) -> str:
    if observed:
        return "observed"
    end = deadline(forecast["made_on"], forecast["horizon"])
    return "expired" if end is not None and as_of and dt.date.fromisoformat(as_of[:10]) > end else "open"
