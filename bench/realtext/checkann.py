"""The annotation checker of the real-text set: every verbatim span of an annotation file found in its text, every
label one the guideline knows (docs/annotation.md). ``python bench/realtext/texts.py check FILE_OR_DIR...`` runs it.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from texts import locate, meta, safe_key, source_keys, text

# verbatim fields per list; "x.y" is key y of the object (or of each object
# of the list) in field x
_SPAN_FIELDS = {
    "events": ["trigger", "evidence", "also", "actor", "actor_group.text", "actor_group.hedge",
               "actor_group.by", "target", "target_group.text", "target_group.hedge",
               "target_group.by", "offences", "place.text", "date_text"],
    "statements": ["source", "source_name", "source_role", "co_sources", "cue", "content"],
    "forecasts": ["speaker", "evidence", "group.text", "place.text", "horizon", "hedge", "condition"],
    "presence": ["evidence", "group.text", "places.text", "count.text", "speaker", "hedge", "time"],
    "places": ["text"],
}
TYPES = ["killing", "attack", "abduction", "disappearance", "extortion", "threat", "trafficking",
         "sexual exploitation", "robbery", "prison", "arrest", "charge", "conviction", "extradition",
         "designation"]
CATEGORIES = ["rival group", "journalist", "political dissident or exile", "judiciary",
              "elected or public official", "former law enforcement", "law enforcement", "military",
              "migrant", "business", "civilian"]
_ENUMS = {
    ("events", "type"): TYPES,
    ("events", "modality"): ["asserted", "alleged", "negated"],
    ("events", "target_category"): CATEGORIES + [None],
    ("statements", "claim_type"): ["assertion", "forecast", "recommendation", "opinion"],
    ("forecasts", "predicted_type"): TYPES + ["presence", "other"],
    ("forecasts", "voice"): ["attributed", "document"],
    ("forecasts", "polarity"): ["positive", "negative"],
    ("presence", "voice"): ["attributed", "document"],
    ("presence", "polarity"): ["positive", "negative"],
    ("places", "kind"): ["country", "admin1", "admin2", "city", "district", "region", "continent", "water", "other"],
}
_ATTRIBUTIONS = ["named", "alleged", "suspected", "described as", "linked to"]
_DATE = re.compile(r"^\d{4}(-\d\d(-\d\d)?)?(/\d{4}(-\d\d(-\d\d)?)?)?$")


def _values(item, path: str):
    """The strings at a dotted path of an annotation item (lists flattened)."""
    vals = [item]
    for part in path.split("."):
        nxt = []
        for v in vals:
            v = v.get(part) if isinstance(v, dict) else None
            nxt.extend(v if isinstance(v, list) else [v])
        vals = nxt
    return [v for v in vals if isinstance(v, str) and v.strip()]


def _spans(item: dict, fields: list[str]):
    for f in fields:
        for v in _values(item, f):
            yield f, v


def check(path: str) -> list[str]:
    """Problems in one annotation file: unknown key, missing lists, spans not
    found in the text, values outside the guideline's label sets."""
    a = json.loads(Path(path).read_text(encoding="utf-8"))
    key = a.get("key")
    src = key.split(":", 1)[0] if isinstance(key, str) and ":" in key else None
    try:
        known = src is not None and key in set(source_keys(src))
    except KeyError:
        known = False
    if not known:
        return [f"{path}: unknown key {key!r}"]
    if Path(path).stem != safe_key(key):
        return [f"{path}: file name should be {safe_key(key)}.json"]
    bad = [f"{path}: missing {k!r}" for k in ("key", "annotator", "events", "statements", "forecasts",
                                               "presence", "places", "notes") if k not in a]
    t = text(key)
    t_title = t + "\n" + meta(key).get("title", "")     # a turn label's full name may be in the title
    for section, fields in _SPAN_FIELDS.items():
        for n, item in enumerate(a.get(section) or []):
            where = f"{path}: {section}[{n}]"
            for f, s in _spans(item, fields):
                if locate(t_title if f in ("source_name", "source_role") else t, s) is None:
                    bad.append(f"{where}.{f} not in text: {s[:80]!r}")
            for (sec, f), allowed in _ENUMS.items():
                if sec == section and item.get(f) not in allowed:
                    bad.append(f"{where}.{f} = {item.get(f)!r}, not one of {allowed}")
            for g in ("actor_group", "target_group"):
                v = item.get(g) if section == "events" else None
                if isinstance(v, dict) and v.get("attribution") not in _ATTRIBUTIONS:
                    bad.append(f"{where}.{g}.attribution = {v.get('attribution')!r}")
            if section == "events":
                ev, tr = item.get("evidence") or "", item.get("trigger") or ""
                if tr and ev and locate(ev, tr) is None:
                    bad.append(f"{where}: trigger {tr!r} is not inside evidence")
                d = item.get("date")
                if d is not None and not _DATE.match(str(d)):
                    bad.append(f"{where}.date = {d!r}: use YYYY, YYYY-MM, YYYY-MM-DD or an a/b interval")
            a1 = item.get("admin1") if section == "places" else None
            if a1 is not None and not re.fullmatch(r"[A-Z]{2}-[A-Z0-9]{1,3}", str(a1)):
                bad.append(f"{where}.admin1 = {a1!r}: use an ISO 3166-2 code such as US-TX, or null")
            pl_self = [item] if section == "places" else []
            for pl in _values_obj(item, ("place", "places")) + pl_self:
                c = pl.get("country")
                if c is not None and not re.fullmatch(r"[A-Z]{2}", str(c)):
                    bad.append(f"{where}: country {c!r} is not an ISO 3166-1 alpha-2 code")
    return bad


def _values_obj(item: dict, keys: tuple) -> list[dict]:
    out = []
    for k in keys:
        v = item.get(k)
        out.extend(x for x in (v if isinstance(v, list) else [v]) if isinstance(x, dict))
    return out
