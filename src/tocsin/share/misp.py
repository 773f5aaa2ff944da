"""MISP: the record in MISP's own event format, built with PyMISP (the MISP project's library), and a feed folder.

One MISP event per article (report), not per incident: an article is what an analyst imports, cites and
shares, and what MISP's own STIX converter makes of tocsin's bundle too; the incidents it reports, with their
attribution as the sources word it, are objects of its event, and an incident reported by three outlets
appears in the three articles' events with the same object id, which MISP correlates.

Each event holds:

- the article's URL (a ``link`` attribute) and its provenance in the comment (tocsin document id);
- its places as ``geolocation`` objects (city, country code, division, coordinates, accuracy radius, and the
  place in words with its GeoNames id);
- the incidents it reports as ``annotation`` objects: what happened where and when, how many outlets
  reported it, and each group tie with its hedge ("suspected", "linked to") and who holds the view; never a
  tie stated more strongly than its source;
- the groups it names as clusters of MISP's threat-actor galaxy (with their aliases);
- its attributed statements and forecasts as MISP analyst notes on the event, each quoting the speaker;
- a TLP tag; ``published`` false and distribution "your organisation only": publishing and sharing are the
  desk's decisions, not tocsin's.

Ids are UUIDv5 over the store's ids, and the event's timestamp is when its article was stored or one of its
incidents last changed, so exporting again updates events rather than duplicating them.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from pathlib import Path
from typing import Iterator

from ..models import describe_tie
from ..query import exports
from ..query.scope import Scope
from ..store import Store
from ..read.gazetteer import load_gazetteer
from .stix import NAMESPACE, PRECISION_METRES, bare_quote, place_area, speaker_name, speaker_with_descriptor

THREAT_ACTOR_GALAXY = "698774c7-8022-42c4-917f-8d6e4f06ada3"  # MISP's threat-actor galaxy (misp-galaxy)
ORGANISATION = ("tocsin", "5e9f7c1a-3c52-5f0b-9a0e-7d5b1a2c4e6f")


def _uuid(key: str) -> str:
    return str(uuid.uuid5(NAMESPACE, f"misp|{key}"))


def _epoch(value: str | None) -> int:
    if not value:
        return 0
    moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    return int((moment if moment.tzinfo else moment.replace(tzinfo=dt.timezone.utc)).timestamp())


def events(store: Store, scope: Scope = Scope(), tlp: str = "clear") -> Iterator:
    """One PyMISP ``MISPEvent`` per article the scope chooses, in publication order."""
    chosen = {i["id"] for i in exports.incidents_in(store, scope)}
    for d in exports.documents_in(store, scope):
        yield event(store, d, tlp, chosen)


def event(store: Store, d: dict, tlp: str, incidents_chosen: set[str]):
    from pymisp import MISPEvent, MISPOrganisation

    e = MISPEvent(force_timestamps=True)  # MISP takes an update when its timestamp is newer: keep ours
    e.uuid, e.info = _uuid(f"event|{d['id']}"), d["title"] or f"Article {d['id'][:12]}"
    e.date = (d["published_at"] or d["ingested_at"] or "")[:10] or None
    e.published, e.distribution, e.threat_level_id, e.analysis = False, 0, 4, 2
    org = MISPOrganisation()
    org.name, org.uuid = ORGANISATION
    e.Orgc = org
    e.add_tag(f"tlp:{tlp}")
    where = f"tocsin document {d['id']}" + (f", published {d['published_at'][:10]}" if d["published_at"] else "") + f" by {d['outlet'] or 'an unknown outlet'}"
    if d["url"]:
        e.add_attribute("link", d["url"], uuid=_uuid(f"link|{d['id']}"), comment=f"The article ({where}).", to_ids=False)
    else:
        e.add_attribute("text", d["id"], uuid=_uuid(f"doc|{d['id']}"), comment=f"The article has no URL ({where}).", to_ids=False)
    groups, places, incidents = exports.document_refs(store, d["id"])
    for place in exports.places_by_id(store, places):
        e.add_object(_place(place))
    changed = [c for x, c in incidents if x in incidents_chosen and c]
    for incident in exports.incidents_by_id(store, [x for x, _ in incidents if x in incidents_chosen]):
        e.add_object(_incident(store, incident))
    if groups:
        e.add_galaxy(_groups(exports.groups_by_id(store, groups)))
    for s in exports.statements_with_forecasts(store, d["id"]):
        _note(e, d, s)
    e.timestamp = max([_epoch(d["ingested_at"])] + [_epoch(c) for c in changed])
    return e


def _place(p: dict):
    from pymisp import MISPObject

    from .stix import _place_description

    area, _ = place_area(p)
    obj = MISPObject("geolocation", standalone=False)
    obj.uuid = _uuid(f"place|{p['entity_id']}")
    obj.comment = f"tocsin {p['entity_id']}" + (f", GeoNames {p['geonames_id']}" if p["geonames_id"] else "")
    for relation, value in (("city", p["name"] if p["precision"] in ("city", "exact") else None), ("countrycode", p["country"]),
                            ("region", area), ("latitude", p["lat"]), ("longitude", p["lon"]),
                            ("accuracy-radius", PRECISION_METRES.get(p["precision"], 50_000) / 1000),
                            ("text", _place_description(p, area))):
        if value not in (None, ""):
            obj.add_attribute(relation, value, uuid=_uuid(f"place|{p['entity_id']}|{relation}"))
    return obj


def _incident(store: Store, i: dict):
    """An incident as an ``annotation`` object: its summary, with every group tie worded as its sources word it."""
    from pymisp import MISPObject

    reports, ties = exports.incident_evidence(store, i["id"]), exports.incident_groups(store, i["id"])
    what = i["subtype"] or i["type"]
    said = sorted({f"{t['name']}: {describe_tie(t)}" for t in ties})
    text = (f"{what.capitalize()}{' in ' + i['place'] if i['place'] else ''}{', ' + i['date_value'] if i['date_value'] else ''},"
            f" reported by {i['outlets']} outlet(s) in {i['documents']} document(s)."
            + (f" Groups as the reports tie them (the sources' words, not a finding): {'; '.join(said)}." if said else "")
            + " Reports: " + "; ".join(f"document {r['doc_id']}, characters {r['evidence_start']}–{r['evidence_end']}: “"
                                      f"{bare_quote(r['evidence'])[:300]}”" for r in reports[:10]))
    obj = MISPObject("annotation", standalone=False)
    obj.uuid = _uuid(f"incident|{i['id']}")
    obj.comment = f"tocsin incident {i['id']} ({i['type']})"
    obj.add_attribute("text", text, uuid=_uuid(f"incident|{i['id']}|text"))
    obj.add_attribute("type", "Other", uuid=_uuid(f"incident|{i['id']}|type"))
    return obj


_NATURE = {"criminal": "A criminal group", "armed": "An armed group", "movement": "A movement (some of its national chapters designated)"}


def _groups(groups: list[dict]):
    from pymisp import MISPGalaxy

    galaxy = MISPGalaxy()
    galaxy.from_dict(uuid=THREAT_ACTOR_GALAXY, type="threat-actor", name="Threat Actor", namespace="misp")
    for g in groups:
        aliases = [a for a in json.loads(g["aliases"] or "[]") if a != g["name"]]
        galaxy.add_galaxy_cluster(uuid=_uuid(f"group|{g['id']}"), type="threat-actor", value=g["name"],
                                  tag_name=f'misp-galaxy:threat-actor="{g["name"]}"',
                                  description=_NATURE[load_gazetteer().nature(g["id"])] + " named in the article (tocsin " + g["id"] + ").",
                                  meta={"synonyms": aliases} if aliases else {})
    return galaxy


def _note(e, d: dict, s: dict) -> None:
    """A statement or a forecast as an analyst note on the event: the speaker's words, never a fact."""
    speaker = speaker_name(s)
    quote = bare_quote(s["content"])
    kind = f"forecast ({s['event_type']}, {s['status']})" if s["event_type"] else s["claim_type"]
    note = e.add_note(note=f"{speaker_with_descriptor(speaker, s['descriptor'])} {s['cue'] or 'said'}: “{quote}”"
                           f" [{kind}; tocsin document {d['id']}, characters {s['content_start']}–{s['content_end']}]",
                      language=d["language"] if d["language"] and d["language"] != "und" else None)
    note.uuid, note.authors = _uuid(f"note|{d['id']}|{s['idx']}"), speaker


def write_feed(store: Store, folder: Path, scope: Scope = Scope(), tlp: str = "clear") -> int:
    """A MISP feed folder a MISP instance can pull: ``manifest.json`` and one ``<uuid>.json`` per event; returns
    how many events. Each file is written whole under a temporary name, then renamed."""
    manifest = {}
    n = 0
    for e in events(store, scope, tlp):
        path = folder / f"{e.uuid}.json"
        _write(path, {"Event": json.loads(e.to_json())})
        manifest.update(e.manifest)
        n += 1
    _write(folder / "manifest.json", manifest)
    return n


def _write(path: Path, data: dict) -> None:
    part = path.with_suffix(".part")
    part.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    part.replace(path)
