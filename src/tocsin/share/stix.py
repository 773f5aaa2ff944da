"""STIX 2.1: the record as MISP and OpenCTI read it (docs/stix.md has the whole mapping).

- one ``grouping`` per article (``publish=True``: a ``report``, published on the
  article's date): its outlet an ``identity`` (``created_by_ref``), its URL, and
  everything read from it in ``object_refs``. A grouping is a shared context,
  not a finished intelligence product: MISP imports it as an unpublished event,
  so nothing a machine read is synced to MISP's partners before an analyst
  publishes it; a published report is what ``--publish`` asks for;
- one ``threat-actor`` per criminal group (``crime-syndicate``) with its aliases,
  first and last reported;
- one ``location`` per place, with coordinates, country, division and city;
- one ``incident`` per incident, ``targets`` its place (where it happened:
  OpenCTI allows only ``targets`` and ``originates-from`` from an incident to
  a location), ``attributed-to`` each group its reports name (with how:
  named, suspected, alleged), and ``targets`` the category of its target (a
  class, never a person);
- an article's ``object_refs`` list everything it concerns: its notes, groups,
  places and incidents, and the incidents' relationships and target classes,
  so a platform draws the article's graph with its edges;
- one ``note`` per attributed statement, quoting its sentence, the speaker in
  ``authors``; forecasts are notes too, with a likelihood, horizon and status;
- TLP 2.0 markings on every object (CLEAR unless told), confidence 0–100.

Ids are UUIDv5 over stable keys (the store's own ids), and ``created`` and
``modified`` come from the store (when a document was stored, when an
incident last changed), so exporting again updates objects rather than
duplicating them. Provenance (document id, character offsets, extractor)
rides in one property extension, defined in the bundle and in docs/stix.md.

The bundle is written object by object: memory does not grow with the store.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from typing import IO, Iterator

import stix2

from ..models import describe_tie
from ..store import Store
from ..query import exports
from ..query.scope import Scope
from ..read.gazetteer import load_gazetteer

NAMESPACE = uuid.UUID("7f1c2b9e-4d0a-5b6e-9c3f-2a8d1e6b4c70")  # tocsin's namespace for UUIDv5 ids
EPOCH = "2024-01-01T00:00:00.000Z"  # created/modified of objects that never change (the producer, places, target classes)
EXTENSION = f"extension-definition--{uuid.uuid5(NAMESPACE, 'tocsin-provenance/1')}"
TLP_EXTENSION = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d"
TLP = {  # TLP 2.0 marking definitions, with the ids OASIS published (cti-stix-common-objects)
    "clear": "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487",
    "green": "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb",
    "amber": "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421",
    "amber+strict": "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003",
    "red": "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1",
}
# A second-level division has no point of its own in the place index: it stands at its first-level division's
# centre, so it carries that division's radius (and says so in its description), not a finer one it does not have.
PRECISION_METRES = {"exact": 100, "city": 10_000, "admin2": 150_000, "admin1": 150_000, "country": 500_000, "region": 2_000_000,
                    "continent": 3_000_000}
# STIX 2.1 region-ov for the continents and the regions of the place index (neither has a country)
REGIONS = {"Africa": "africa", "Antarctica": "antarctica", "Asia": "asia", "Europe": "europe", "North America": "northern-america",
           "Oceania": "oceania", "South America": "south-america", "Central America": "central-america", "Caribbean": "caribbean",
           "Latin America": "latin-america-caribbean", "Americas": "americas", "Western Hemisphere": "americas",
           "Southeast Asia": "south-eastern-asia", "Central Asia": "central-asia", "East Africa": "eastern-africa",
           "West Africa": "western-africa"}
# OpenCTI types a location by this property (without it, by its fields: a division or a continent became a Country)
OPENCTI_LOCATION_TYPES = {"exact": "Position", "city": "City", "admin2": "Administrative-Area", "admin1": "Administrative-Area",
                          "country": "Country", "region": "Region", "continent": "Region"}
HEDGED_CONFIDENCE = 50  # the most an attribution the sources only suspect, allege or describe can carry, on 0–100
LIKELIHOOD = {"certain": 85, "hedged": 30, "plain": 55}  # forecasts: how sure the speaker sounded, on 0–100
# A group's nature (Gazetteer.nature) as STIX tells it: the description's opening, threat actor types, motivation. A
# movement of which only some chapters are designated is no crime syndicate nor, as a whole, a terrorist group.
_NATURE = {"criminal": ("A criminal group", ["crime-syndicate"], "organizational-gain"),
           "armed": ("An armed group", ["terrorist"], "ideology"),
           "movement": ("A movement (some of its national chapters designated by governments)", ["unknown"], "ideology")}


def sid(kind: str, key: str) -> str:
    """A deterministic STIX id: the same record gets the same id in every export."""
    return f"{kind}--{uuid.uuid5(NAMESPACE, f'{kind}|{key}')}"


PRODUCER = sid("identity", "tocsin")


def timestamp(value: str | None, default: str = EPOCH) -> str:
    """A STIX timestamp (UTC, milliseconds) from an ISO date or datetime in the store."""
    if not value:
        return default
    try:
        if len(value) == 10:
            moment = dt.datetime.fromisoformat(value).replace(tzinfo=dt.timezone.utc)
        else:
            moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
            moment = moment.astimezone(dt.timezone.utc) if moment.tzinfo else moment.replace(tzinfo=dt.timezone.utc)
    except ValueError:
        return default
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


_QUOTE_MARKS = "\"'“”‘’«»„"


def bare_quote(content: str) -> str:
    """A statement's words without the quotation marks (and the comma before "he said") that the text put around
    them, so that quoting them again does not double the marks: '"We will find them,"' -> 'We will find them'."""
    words = " ".join(content.split())
    inner = words.strip(_QUOTE_MARKS + " ")
    if inner != words:
        inner = inner.rstrip(",").rstrip(_QUOTE_MARKS + " ")
    return inner or words


def place_area(p: dict) -> tuple[str | None, str | None]:
    """(name, ISO 3166-2 code) of the first-level division a place lies in (or is); none for a country."""
    from ..read.placedb import place_index

    return place_index().subdivision(p["country"], p["admin1"]) if p["precision"] != "country" else (None, None)


def speaker_name(statement) -> str:
    """Who a note gives as the speaker: the name the store resolved, else the words of the text; a pronoun the reader
    could not resolve names nobody, so it is said as such ("an unnamed source (“they”)"), never as an author "they"."""
    speaker = statement["speaker"]
    if not speaker:
        return "an unnamed source"
    return f"an unnamed source (“{speaker}”)" if statement["speaker_unresolved"] else speaker


def speaker_with_descriptor(speaker: str, descriptor: str | None) -> str:
    """"Amos Rojas, U.S. Marshal for …"; the descriptor left out where it only repeats the speaker ("Some, Some")."""
    if not descriptor or descriptor.lower() in speaker.lower() or speaker.lower() in descriptor.lower():
        return speaker
    return f"{speaker}, {descriptor}"


_KINDS = {"exact": "a site", "city": "a city or town", "admin2": "a second-level division", "admin1": "a first-level division",
          "country": "a country", "region": "a region", "continent": "a continent"}


def _place_description(p: dict, area: str | None) -> str:
    """The place in words, for importers that keep a description and drop name and division (MISP's geolocation
    object keeps the city, the country code and the description): name, kind, division, country, GeoNames id and
    tocsin's id."""
    from ..read.placedb import place_index

    country = place_index().country(p["country"]) if p["country"] and p["precision"] not in ("country", "continent") else None
    within = ", ".join(x for x in (area if area != p["name"] else None, country.name if country else None) if x)
    ids = "; ".join(x for x in (f"GeoNames {p['geonames_id']}" if p["geonames_id"] else None, f"tocsin {p['entity_id']}") if x)
    at = ", placed at its first-level division's centre (no point of its own in the index)" if p["precision"] == "admin2" else ""
    return f"{p['name']}: {_KINDS.get(p['precision'], 'a place')}{' in ' + within if within else ''}{at} ({ids})."


def _incident_fields(i: dict, what: str) -> dict:
    """The incident properties OpenCTI's importer reads (STIX 2.1 Incident has no dates or type of its own): when it
    happened, as its reports date it (the first report's publication when none does), and its type."""
    first = i["date_begin"] or i["first_reported"]
    last = i["date_end"] or i["date_begin"] or i["last_reported"]
    return {k: v for k, v in (("first_seen", timestamp(first) if first else None), ("last_seen", timestamp(last) if last else None),
                              ("incident_type", what)) if v}


def _happened_at(incident: str, place: str) -> str:
    return sid("relationship", f"happened-at|{incident}|{place}")


def _attributions(reports: list[dict], groups: list[dict]) -> dict[str, list[tuple[dict, dict]]]:
    """The groups an incident is attributed to, each with its (report, tie) pairs in the order the reports were
    published: only a report that makes the group the actor attributes the incident to it (hedged or not); a group
    whose members were the ones hit or arrested, or that a sentence only names, is no attribution."""
    by_group: dict[str, list[tuple[dict, dict]]] = {}
    order = {r["id"]: n for n, r in enumerate(reports)}
    for g in sorted(groups, key=lambda g: order[g["event_id"]]):
        if g["role"] in ("actor", None):
            by_group.setdefault(g["group_entity"], []).append((reports[order[g["event_id"]]], g))
    return by_group


def _provenance(**fields) -> dict:
    return {EXTENSION: {"extension_type": "property-extension", **{k: v for k, v in fields.items() if v is not None}}}


class Exporter:
    """Builds the STIX objects of a scope, one at a time."""

    def __init__(self, store: Store, scope: Scope = Scope(), tlp: str = "clear", publish: bool = False):
        if tlp not in TLP:
            raise ValueError(f"unknown TLP level {tlp!r}; one of {', '.join(TLP)}")
        self.store, self.scope, self.tlp, self.publish = store, scope, tlp, publish
        self.marking = [TLP[tlp]]
        self._outlets: set[str] = set()
        self._incidents: set[str] = set()  # the incidents written, which the reports after them may refer to
        self._classes: set[str] = set()

    # --- the fixed objects ----------------------------------------------------------------------------------

    def preamble(self) -> Iterator[stix2.base._STIXBase]:
        yield stix2.MarkingDefinition(
            id=TLP[self.tlp], created="2022-10-01T00:00:00.000Z", name=f"TLP:{self.tlp.upper()}",
            extensions={TLP_EXTENSION: {"extension_type": "property-extension", "tlp_2_0": self.tlp}}, allow_custom=True,
        )
        yield stix2.Identity(
            id=PRODUCER, created=EPOCH, modified=EPOCH, name="tocsin", identity_class="system",
            description="tocsin: a sourced record of organized crime and targeted violence read from public reporting."
            " Every object it produces rests on the articles its reports cite.",
            object_marking_refs=self.marking,
        )
        yield stix2.ExtensionDefinition(
            id=EXTENSION, created_by_ref=PRODUCER, created=EPOCH, modified=EPOCH, name="tocsin provenance",
            description="Where a tocsin object comes from (document id, character offsets of its evidence, the extractor and"
            " codebook) and what tocsin knows of it that STIX has no property for (event type, fatalities, outlets,"
            " disagreements, forecast horizon and status). Defined in docs/stix.md of the tocsin distribution.",
            schema="docs/stix.md#the-tocsin-provenance-extension", version="1.0", extension_types=["property-extension"],
            object_marking_refs=self.marking,
        )

    # --- groups and places ----------------------------------------------------------------------------------

    def threat_actors(self) -> Iterator[stix2.ThreatActor]:
        for g in exports.groups_in(self.store, self.scope):
            aliases = [a for a in json.loads(g["aliases"]) if a != g["name"]]
            kind, types, motivation = _NATURE[load_gazetteer().nature(g["id"])]
            yield stix2.ThreatActor(
                id=sid("threat-actor", g["id"]), created=timestamp(g["created"]), modified=timestamp(g["modified"]),
                created_by_ref=PRODUCER, name=g["name"], aliases=aliases or None, threat_actor_types=types,
                primary_motivation=motivation, first_seen=timestamp(g["first"]), last_seen=timestamp(g["last"]),
                description=f"{kind} named in {g['documents']} of the documents tocsin holds (whatever this export's"
                " filters); first and last seen are the publication dates of the first and last of them.",
                object_marking_refs=self.marking, extensions=_provenance(entity=g["id"]),
            )

    def locations(self) -> Iterator[stix2.Location]:
        for p in exports.places_in(self.store, self.scope):
            city = p["name"] if p["precision"] in ("city", "exact") else None
            area, iso = place_area(p)
            yield stix2.Location(
                id=sid("location", p["entity_id"]), created=EPOCH, modified=EPOCH, created_by_ref=PRODUCER, name=p["name"],
                latitude=p["lat"], longitude=p["lon"], precision=float(PRECISION_METRES.get(p["precision"], 50_000)),
                country=p["country"] or None, administrative_area=area, city=city,
                region=REGIONS.get(p["name"]) if p["precision"] in ("continent", "region") else None,
                object_marking_refs=self.marking,
                external_references=[{"source_name": "geonames", "external_id": str(p["geonames_id"])}] if p["geonames_id"] else None,
                description=_place_description(p, area),
                custom_properties={"x_opencti_location_type": OPENCTI_LOCATION_TYPES.get(p["precision"], "Region")},
                extensions=_provenance(entity=p["entity_id"], feature=p["feature"], place_precision=p["precision"], iso_3166_2=iso),
            )

    # --- incidents ------------------------------------------------------------------------------------------

    def incidents(self) -> Iterator[stix2.base._STIXBase]:
        for i in exports.incidents_in(self.store, self.scope):
            self._incidents.add(i["id"])
            yield from self._incident(i)

    def _incident(self, i: dict) -> Iterator[stix2.base._STIXBase]:
        reports, groups = exports.incident_evidence(self.store, i["id"]), exports.incident_groups(self.store, i["id"])
        created, modified = timestamp(i["created"]), timestamp(i["updated_at"])
        modified = max(created, modified)
        incident_id = sid("incident", i["id"])
        what = i["subtype"] or i["type"]
        name = f"{what.capitalize()}{' in ' + i['place'] if i['place'] else ''}{', ' + i['date_value'] if i['date_value'] else ''}"
        fatalities = sorted({r["fatalities"] for r in reports if r["fatalities"] is not None})
        confidence = round(100 * max((r["confidence"] for r in reports), default=0.5))
        references = [{"source_name": r["outlet"] or "unknown outlet", "url": r["url"],
                       "description": " ".join(r["evidence"].split())[:1000]} if r["url"] else
                      {"source_name": r["outlet"] or "unknown outlet", "description": " ".join(r["evidence"].split())[:1000],
                       "external_id": r["doc_id"]} for r in reports[:50]]
        where = "; ".join(f"document {r['doc_id']}, characters {r['evidence_start']}–{r['evidence_end']}" + (f", {r['url']}" if r["url"] else "")
                          for r in reports[:10])
        yield stix2.Incident(
            id=incident_id, created=created, modified=modified, created_by_ref=PRODUCER, name=name,
            description=f"{what.capitalize()} reported by {i['outlets']} outlet(s) in {i['documents']} document(s),"
            f" first on {(i['first_reported'] or '')[:10]}. Each report's sentence is in external_references. Evidence"
            f" ({'first ten: ' if len(reports) > 10 else ''}tocsin incident {i['id']}): {where}.",
            confidence=max(0, min(100, confidence)), object_marking_refs=self.marking, external_references=references or None,
            custom_properties=_incident_fields(i, what),
            extensions=_provenance(
                incident=i["id"], event_type=i["type"], subtype=i["subtype"], date=i["date_value"], date_begin=i["date_begin"],
                date_end=i["date_end"], date_precision=i["date_precision"], place_precision=i["place_precision"],
                outlets=i["outlets"], documents=i["documents"], fatalities=fatalities[-1] if fatalities else None,
                fatalities_reported=fatalities if len(fatalities) > 1 else None,
                reports=[{"document": r["doc_id"], "event": r["id"], "char_start": r["evidence_start"], "char_end": r["evidence_end"],
                          "modality": r["modality"]} for r in reports[:200]],
            ),
        )
        if i["place_entity"] and i["lat"] is not None:
            yield stix2.Relationship(
                id=_happened_at(i["id"], i["place_entity"]), created=created, modified=modified, created_by_ref=PRODUCER,
                relationship_type="targets", source_ref=incident_id, target_ref=sid("location", i["place_entity"]),
                description="Where the incident happened, as its reports place it.", object_marking_refs=self.marking,
            )
        by_group = _attributions(reports, groups)
        for group, said in sorted(by_group.items()):
            how = sorted({describe_tie(t) + (", by reference to the group named before" if r["actor_basis"] == "reference" else "")
                          for r, t in said})
            named = all(t["strength"] in ("named", None) for _, t in said)
            confidence = round(100 * max(r["confidence"] for r, _ in said))
            first = said[0][0]
            yield stix2.Relationship(
                id=sid("relationship", f"attributed-to|{i['id']}|{group}"), created=created, modified=modified,
                created_by_ref=PRODUCER, relationship_type="attributed-to", source_ref=incident_id,
                target_ref=sid("threat-actor", group), confidence=confidence if named else min(confidence, HEDGED_CONFIDENCE),
                description=f"{len(said)} report(s) tie the incident to this group ({'; '.join(how)}): an attribution made by"
                f" the sources, not a finding. First: “{' '.join(first['evidence'].split())[:500]}” ({first['outlet']})",
                object_marking_refs=self.marking,
                extensions=_provenance(ties=[{"document": r["doc_id"], "event": r["id"], "strength": t["strength"], "hedge": t["hedge"],
                                              "by": t["by"]} for r, t in said[:200]]),
            )
        for category in sorted({r["target_category"] for r in reports if r["target_category"]}):
            yield from self._target_class(category)
            yield stix2.Relationship(
                id=sid("relationship", f"targets|{i['id']}|{category}"), created=created, modified=modified,
                created_by_ref=PRODUCER, relationship_type="targets", source_ref=incident_id,
                target_ref=sid("identity", f"class|{category}"), object_marking_refs=self.marking,
            )

    def _edges(self, incident: str) -> list[str]:
        """The ids of an incident's relationships and target classes, as ``_incident`` makes them."""
        reports, groups = exports.incident_evidence(self.store, incident), exports.incident_groups(self.store, incident)
        place = exports.incident_place(self.store, incident)
        categories = sorted({r["target_category"] for r in reports if r["target_category"]})
        return ([_happened_at(incident, place)] if place else []) \
            + [sid("relationship", f"attributed-to|{incident}|{g}") for g in sorted(_attributions(reports, groups))] \
            + [x for c in categories for x in (sid("relationship", f"targets|{incident}|{c}"), sid("identity", f"class|{c}"))]

    def _target_class(self, category: str) -> Iterator[stix2.Identity]:
        if category in self._classes:
            return
        self._classes.add(category)
        yield stix2.Identity(
            id=sid("identity", f"class|{category}"), created=EPOCH, modified=EPOCH, created_by_ref=PRODUCER, name=category,
            identity_class="class", description="A category of target (tocsin-events/1 codebook); never a person.",
            object_marking_refs=self.marking,
        )

    # --- articles and statements ----------------------------------------------------------------------------

    def reports(self) -> Iterator[stix2.base._STIXBase]:
        for d in exports.documents_in(self.store, self.scope):
            yield from self._report(d)

    def _outlet(self, outlet: str | None) -> Iterator[stix2.Identity]:
        key = outlet or "unknown outlet"
        if key in self._outlets:
            return
        self._outlets.add(key)
        yield stix2.Identity(
            id=sid("identity", f"outlet|{key}"), created=EPOCH, modified=EPOCH, name=key, identity_class="organization",
            sectors=["communications"], description="A news outlet or official publisher whose articles tocsin read.",
            object_marking_refs=self.marking,
        )

    def _report(self, d: dict) -> Iterator[stix2.base._STIXBase]:
        yield from self._outlet(d["outlet"])
        stored = timestamp(d["ingested_at"])
        report_id = sid("report" if self.publish else "grouping", d["id"])
        refs: list[str] = []
        statements = exports.statements_with_forecasts(self.store, d["id"])
        for s in statements:
            note = self._note(d, s, report_id, stored)
            refs.append(note.id)
            yield note
        groups, places, incidents = exports.document_refs(self.store, d["id"])
        refs += [sid("threat-actor", g) for g in groups]
        refs += [sid("location", p) for p in places]
        # the incidents of the bundle (a filter on type or country leaves some out), each with its edges
        incidents = [(x, changed) for x, changed in incidents if x in self._incidents]
        refs += [ref for x, _ in incidents for ref in (sid("incident", x), *self._edges(x))]
        # the report lists its incidents' edges, which grow as later reports join them: it changes when they do
        modified = max([stored] + [timestamp(changed) for _, changed in incidents if changed])
        refs = refs or [sid("identity", f"outlet|{d['outlet'] or 'unknown outlet'}")]
        outlet = d["outlet"] or "unknown outlet"
        common = dict(
            id=report_id, created=stored, modified=modified, created_by_ref=sid("identity", f"outlet|{outlet}"),
            name=d["title"] or f"Article {d['id'][:12]}",
            description=f"An article by {outlet}{', published ' + d['published_at'][:10] if d['published_at'] else ''}, as tocsin read"
            f" it (document {d['id']}{', ' + d['url'] if d['url'] else ''}): its statements, groups, places and incidents.",
            lang=d["language"] if d["language"] and d["language"] != "und" else None,
            object_refs=list(dict.fromkeys(refs)), object_marking_refs=self.marking,
            external_references=[{"source_name": d["outlet"] or "unknown outlet", "url": d["url"]}] if d["url"] else
            [{"source_name": d["outlet"] or "unknown outlet", "external_id": d["id"]}],
            extensions=_provenance(document=d["id"], extractor="tocsin"),
        )
        if self.publish:
            yield stix2.Report(published=timestamp(d["published_at"], stored), report_types=["threat-report"], **common)
        else:
            yield stix2.Grouping(context="unspecified", **common)

    def _note(self, d: dict, s: dict, report_id: str, stored: str) -> stix2.Note:
        speaker = speaker_name(s)
        quote = bare_quote(s["content"])
        who = speaker_with_descriptor(speaker, s["descriptor"])
        refs = [report_id]
        fields = dict(document=d["id"], statement=s["idx"], char_start=s["content_start"], char_end=s["content_end"],
                      claim_type=s["claim_type"], stance=s["stance"], cue=s["cue"], direct=bool(s["direct"]))
        if s["event_type"]:
            hedged, certain = json.loads(s["hedges"]), json.loads(s["certainty"])
            likelihood = LIKELIHOOD["hedged" if hedged and not certain else "certain" if certain and not hedged else "plain"]
            groups = json.loads(s["subject_groups"])
            refs += [sid("threat-actor", g) for g in groups]
            if s["place_entity"]:
                refs.append(sid("location", s["place_entity"]))
            predicted = ("no " if s["polarity"] == "negative" else "") + s["event_type"]  # a negated forecast, never its opposite
            fields.update(forecast=s["event_type"], polarity=s["polarity"], likelihood=likelihood, horizon=s["horizon"],
                          deadline=s["deadline"], status=s["status"], targets=json.loads(s["targets"]) or None)
            abstract = f"Forecast by {speaker}: {predicted} ({s['status']})"
            content = f"{who} predicted ({s['cue']}): “{quote}”. Likelihood as worded: {likelihood}/100. Status: {s['status']}."
            opencti = {"note_types": ["assessment"], "likelihood": likelihood}  # read by OpenCTI's importer
        else:
            abstract = f"{s['claim_type'].capitalize()} by {speaker}"
            content = f"{who} {s['cue'] or 'said'}: “{quote}”"
            opencti = {"note_types": ["external"]}
        source = f" (document {d['id']}, characters {s['content_start']}–{s['content_end']}{', ' + d['url'] if d['url'] else ''})"
        return stix2.Note(
            id=sid("note", f"{d['id']}|{s['idx']}"), created=stored, modified=stored, created_by_ref=PRODUCER,
            abstract=abstract[:250], content=content + source, authors=[speaker], object_refs=list(dict.fromkeys(refs)),
            object_marking_refs=self.marking, extensions=_provenance(**fields), custom_properties=opencti,
        )

    # --- the whole --------------------------------------------------------------------------------------------

    def objects(self) -> Iterator[stix2.base._STIXBase]:
        yield from self.preamble()
        yield from self.threat_actors()
        yield from self.locations()
        yield from self.incidents()
        yield from self.reports()


def write_bundle(store: Store, out: IO[str], scope: Scope = Scope(), tlp: str = "clear", publish: bool = False) -> int:
    """Write one STIX 2.1 bundle, object by object; returns how many objects. The bundle id is derived from the
    scope and the options, so the same export of the same store gives the same bundle."""
    bundle_id = sid("bundle", json.dumps([scope.__dict__, tlp] + ([True] if publish else []), sort_keys=True))
    out.write('{"type": "bundle", "id": "' + bundle_id + '", "objects": [\n')
    n = 0
    for obj in Exporter(store, scope, tlp, publish).objects():
        out.write((",\n" if n else "") + obj.serialize())
        n += 1
    out.write("\n]}\n")
    return n
