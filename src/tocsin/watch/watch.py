"""The watch stage: rules over the linked store that raise alerts.

Rules (``WatchRules``, from the ``[watch]`` table of tocsin.toml or a file
given to ``tocsin watch --rules``; defaults below):

- **new country / new city**: a group reported (an incident or a presence
  report naming it) in a country, or a city, where no earlier document had
  reported it. A group's first place is its baseline, not news; a sanction
  or designation places the authority, not the group, so it does not count.
- **protected target**: an incident of a watched type (killing and attack by
  default) against a protected category (law enforcement, former law
  enforcement, officials, the judiciary, journalists, dissidents and exiles).
- **rise**: incidents naming a group, or placed in a country, in the last
  ``window_days`` before the newest document, at least ``rise_min`` and more
  than ``rise_factor`` times the mean of the ``baseline_windows`` windows
  before.

Each alert has an id made from its rule, subject and evidence, so running
the rules again finds the same alerts and stores nothing twice: a repeat
report of a known incident raises nothing. New alerts can be handed to a
command (``hook``) as JSON on its standard input, and are owed to the
``destinations`` the rules name (``destinations``; sent by ``delivery``): the
deliveries are stored in the transaction that stores the alert, so none is
lost however a run ends.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import shlex
import subprocess
from dataclasses import dataclass
from pathlib import Path

from ..errors import ConfigError
from ..models import Alert, describe_tie
from ..query import alerts as alerts_query
from ..store import Store
from ..store import alerts as alert_store
from .destinations import Destination, parse_destinations

PROTECTED = (
    "law enforcement", "former law enforcement", "elected or public official", "judiciary", "journalist",
    "political dissident or exile",
)


@dataclass(frozen=True)
class WatchRules:
    new_country: bool = True
    new_city: bool = True
    protected_categories: tuple[str, ...] = PROTECTED
    protected_types: tuple[str, ...] = ("killing", "attack")
    rise_factor: float = 2.0
    rise_min: int = 3
    window_days: int = 30
    baseline_windows: int = 6
    hook: str = ""
    destinations: tuple[Destination, ...] = ()  # where alerts go (watch/destinations.py)


def load_rules(path: str | None = None, table: dict | None = None) -> WatchRules:
    """Rules from a TOML file (its ``[watch]`` table, or the whole file), else from a given table, else the
    ``[watch]`` table of the config file (tocsin.toml or ``TOCSIN_CONFIG``), else defaults."""
    if path is None and table is None:
        from ..config import config_path

        found = config_path()
        path = str(found) if found.is_file() and re.search(r"^\s*\[watch[.\]]", found.read_text(encoding="utf-8"), re.M) else None
    if path:
        import tomllib

        try:
            data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as e:
            raise ConfigError(f"{path}: cannot read watch rules: {e}") from e
        table = data.get("watch", data)
    table = dict(table or {})
    known = set(WatchRules.__dataclass_fields__)
    unknown = set(table) - known
    if unknown:
        raise ConfigError(f"unknown watch rule settings {sorted(unknown)}; known: {sorted(known)}")
    for key in ("protected_categories", "protected_types"):
        if key in table:
            table[key] = tuple(table[key])
    if "destinations" in table:
        table["destinations"] = parse_destinations(table["destinations"])
    return WatchRules(**table)


def _evidence(row: dict) -> dict:
    return {"key": row.get("place_entity") or row["id"], "event": row["id"], "document": row["doc_id"], "outlet": row["outlet"],
            "published_at": row["published_at"], "sentence": " ".join(row["evidence"].split())}


def _hedge(row: dict) -> str:
    """What an alert must keep of the report's wording: " (the report's tie: target, suspected)"."""
    return "" if row["strength"] in ("named", None) and row["role"] in ("actor", None) else f" (the report's tie: {describe_tie(row)})"


def new_places(store: Store, rules: WatchRules) -> list[Alert]:
    alerts, countries, cities = [], {}, {}
    for row in alerts_query.placing_reports(store):
        group = row["group_entity"]
        seen_c, seen_p = countries.setdefault(group, set()), cities.setdefault(group, set())
        if rules.new_country and row["country"] and row["country"] not in seen_c:  # a continent is in no country
            if seen_c:
                alerts.append(Alert("new country", group, f"{row['group_name']} reported in a new country: {row['country']}{_hedge(row)}",
                                    [{**_evidence(row), "key": row["country"]}], row["published_at"]))
            seen_c.add(row["country"])
        if rules.new_city and row["precision"] in ("city", "exact") and row["place_entity"] not in seen_p:
            if seen_p:
                alerts.append(Alert("new city", group, f"{row['group_name']} reported in a new city: {row['place']}, {row['country']}{_hedge(row)}",
                                    [_evidence(row)], row["published_at"]))
            seen_p.add(row["place_entity"])
    return alerts


def protected_targets(store: Store, rules: WatchRules) -> list[Alert]:
    cats, types = rules.protected_categories, rules.protected_types
    if not cats or not types:
        return []
    rows = alerts_query.reports_against(store, types, cats)
    alerts: dict[str, Alert] = {}
    for row in rows:
        if row["incident"] in alerts:
            continue  # one alert per incident, however many outlets report it
        what = row["subtype"] or row["type"]
        where = f" in {row['place']}, {row['country']}" if row["place"] else ""
        alerts[row["incident"]] = Alert("protected target", row["incident"], f"{what} against {row['target_category']}{where}",
                                        [{**_evidence(row), "key": row["incident"]}], row["first_reported"])
    return list(alerts.values())


def rises(store: Store, rules: WatchRules) -> list[Alert]:
    newest = alerts_query.newest_incident_day(store)
    if not newest:
        return []
    end = dt.date.fromisoformat(newest[:10])
    window = dt.timedelta(days=rules.window_days)
    start = end - window
    base_start = start - window * rules.baseline_windows
    alerts = []
    for kind in ("group", "country"):
        counts: dict[str, list[int]] = {}
        for row in alerts_query.incidents_by(store, kind, base_start.isoformat()):
            day = dt.date.fromisoformat(row["first_reported"][:10])
            recent, base = counts.setdefault(row["subject"], [0, 0])
            counts[row["subject"]] = [recent + (day > start), base + (day <= start)]
        for subject, (recent, base) in counts.items():
            mean = base / rules.baseline_windows
            if recent >= rules.rise_min and recent > rules.rise_factor * mean:
                alerts.append(Alert("rise", subject, f"{recent} incidents in {rules.window_days} days for {kind} {subject}"
                                    f" (baseline {mean:.1f} per window)", [{"key": end.isoformat(), "recent": recent,
                                                                           "baseline_mean": mean}], end.isoformat()))
    return alerts


def watch(store: Store, rules: WatchRules) -> list[Alert]:
    """Evaluate the rules; store and return the alerts not raised before."""
    found = new_places(store, rules) + protected_targets(store, rules) + rises(store, rules)
    new = []
    with store.transaction():
        for alert in found:
            if alert_store.alert_known(store, alert.id):
                continue
            alert_store.save_alert(store, alert)
            alert_store.enqueue(store, alert.id, [d.name for d in rules.destinations if d.wants(alert.rule)])
            new.append(alert)
    if rules.hook:
        deliver(new, rules.hook)
    return new


def deliver(alerts: list[Alert], hook: str) -> None:
    """Hand each alert to a command as JSON on standard input (no shell)."""
    for alert in alerts:
        payload = json.dumps({"id": alert.id, "rule": alert.rule, "subject": alert.subject, "title": alert.title,
                              "occurred": alert.occurred, "evidence": alert.evidence}, ensure_ascii=False)
        subprocess.run(shlex.split(hook), input=payload, text=True, check=False, timeout=60)
