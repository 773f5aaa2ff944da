"""The records tocsin keeps, as frozen dataclasses (see DESIGN.md, "The record it keeps").

Every character offset is into ``Document.text``: a Mention or Sentence is its
own evidence span.

Keys and ids: the read stage names an entity by its *key* ("gn-3871336", "tren-de-aragua"), in fields whose name
says so (``place_key``, ``group_keys``); resolve fills the entity *id* ("place:gn-3871336", "group:tren-de-aragua")
into separate ``*_entity`` fields. No field changes its meaning from one stage to the next.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

# Entity kinds. A "group" is a criminal or armed group from the gazetteer (a cartel, a gang,
# Hamas, the Islamic State); an "agency"
# is a government or law-enforcement body; an "organization" is anything else
# organised (an outlet, a think tank, a company).
ENTITY_KINDS = ("person", "organization", "group", "agency", "place")

# The event taxonomy and target categories (the codebook is docs/events.md).
# What kind of document holds the text (structure.genre says how each is told).
TIE_ROLES = ("actor", "target", "mentioned")  # what a group is to an event (GroupTie)
TIE_STRENGTHS = ("named", "alleged", "suspected", "linked to", "described as", "mentioned")  # strongest first: the weakest found wins
GENRES = ("news article", "press release", "fact sheet", "transcript", "remarks", "official document", "opinion")
EVENT_TYPES = (
    "killing", "attack", "abduction", "disappearance", "extortion", "threat", "trafficking",
    "sexual exploitation", "robbery", "prison", "arrest", "charge", "conviction", "extradition",
    "designation", "presence",
)
TARGET_CATEGORIES = (
    "law enforcement", "former law enforcement", "military", "elected or public official", "judiciary", "journalist",
    "political dissident or exile", "migrant", "business", "rival group", "civilian",
)
MODALITIES = ("asserted", "alleged", "negated", "hypothetical", "future")
SOURCE_KINDS = ("auto", "feed", "opml", "sitemap", "page", "gdelt")  # what a followed URL is ("auto": found on first read)


@dataclass(frozen=True)
class Document:
    """One article or release, as read and cleaned."""

    id: str
    text: str
    source: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    authors: tuple[str, ...] = ()
    published_at: str | None = None  # ISO 8601 date, as the source gave it
    language: str = "und"  # ISO 639-1, "und" when undetermined
    format: str = "text"
    boilerplate_removed: int = 0  # lines dropped by the cleaner


@dataclass(frozen=True)
class Rejection:
    """An input that did not become a Document, and why."""

    source: str
    reason: str


@dataclass(frozen=True)
class Skipped:
    """A part of an input that is not an article and is passed over, counted (a WARC request record, an image)."""

    source: str
    reason: str


@dataclass(frozen=True)
class Repaired:
    """An input read after mending it, named in the report so that someone can look: a UTF-8 file with a few
    bytes that are not UTF-8, each run replaced by U+FFFD rather than the whole file read in a wrong encoding."""

    source: str
    reason: str


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int


@dataclass(frozen=True)
class Mention:
    """An entity named in a document. ``key`` names the canonical entity
    once known: gazetteer matches carry it from the start, model mentions get
    it from resolve, which also fills ``entity``, the entity's id."""

    start: int
    end: int
    text: str
    label: str  # the NER or gazetteer label, e.g. PERSON, GPE, CRIMINAL_GROUP
    kind: str  # one of ENTITY_KINDS
    origin: str  # "gazetteer" or "model"
    key: str | None = None
    entity: str | None = None  # the entity id ("place:gn-3871336"), filled by resolve


@dataclass(frozen=True)
class Entity:
    """A person, organization, group, agency or place, canonical across documents."""

    id: str
    kind: str
    name: str
    aliases: tuple[str, ...] = ()
    external_ids: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Place:
    """A place from the offline gazetteer: a GeoNames feature, or one of the project's supplement places (negative id)."""

    id: int
    name: str
    kind: str  # continent, region (a part of a continent, a sea, a border), country, admin1, admin2, city, site
    country: str  # ISO 3166-1 alpha-2; "" for a continent, which is in no country
    admin1: str  # GeoNames admin1 code within the country, "" for a country
    lat: float
    lon: float
    population: int

    @property
    def key(self) -> str:
        """The entity key: ``gn-<GeoNames id>`` or ``tocsin-<n>`` for the supplement."""
        return f"gn-{self.id}" if self.id > 0 else f"tocsin-{-self.id}"

    @property
    def admin1_key(self) -> str:
        return f"{self.country}.{self.admin1}" if self.admin1 else ""

    @property
    def precision(self) -> str:
        """ACLED-style geo-precision of a point at this place: exact, city, admin2, admin1, country, continent."""
        return {"site": "exact"}.get(self.kind, self.kind)


@dataclass(frozen=True)
class TimeExpression:
    """A time expression anchored to the calendar (see tocsin.read.dates)."""

    start: int
    end: int
    text: str
    value: str  # TIMEX3 value: 2024-02-21, 2024-02, 2024-W08, P10Y, PAST_REF ...
    type: str  # DATE, DURATION, TIME, SET
    precision: str  # day, week, month, quarter, year, decade, duration, reference, unknown ...
    begin: str | None = None  # first calendar day covered (ISO)
    end_date: str | None = None  # last calendar day covered (ISO)
    guessed: bool = False  # a day or month that writes no year and took the one closest to publication


@dataclass(frozen=True)
class Statement:
    """An attributed claim found in one document (offsets into Document.text)."""

    speaker_start: int | None
    speaker_end: int | None
    speaker_text: str | None  # the span as written: "Mariela Cordero, a researcher at ..."
    speaker_mention: tuple[int, int] | None  # the mention that names the speaker (maybe earlier, for "she")
    speaker_name: str | None  # the name the speaker resolved to
    speaker_basis: str  # named, pronoun, role, continuation, turn (a transcript label the document names in full), label, unnamed, none
    descriptor: str | None  # "a researcher at the Andean Security Institute"
    affiliation: tuple[int, int] | None  # the mention of an organization the descriptor names
    cue: str
    cue_start: int
    cue_end: int
    content_start: int
    content_end: int
    direct: bool
    claim_type: str  # assertion, forecast, recommendation, opinion
    stance: str  # asserted, denied, alleged
    hedges: tuple[str, ...] = ()
    certainty: tuple[str, ...] = ()
    speaker_entity: str | None = None  # entity id, filled by resolve
    affiliation_entity: str | None = None  # entity id, filled by resolve
    place_key: str | None = None  # the place the claim is about (see tocsin.read.anchor)
    place_basis: str = "unknown"
    date_value: str | None = None
    date_precision: str = "unknown"
    affiliation_hedge: str | None = None  # the words that hedge the affiliation, as written: "who police say is", "a suspected"
    place_entity: str | None = None  # entity id of place_key, filled by resolve


@dataclass(frozen=True)
class Forecast:
    """A statement that predicts: the ledger entry (see tocsin.read.forecasts)."""

    statement: int  # index of the statement in its document
    event_type: str  # what is predicted: targeted killing, attack, expansion ...
    group_keys: tuple[str, ...]  # the groups named in the claim or its sentence
    targets: tuple[str, ...]  # target categories: former law enforcement, political dissident or exile ...
    place_key: str | None
    horizon: str | None  # TIMEX3 duration, when the claim gives one ("within a year": P1Y)
    made_on: str | None  # when it was predicted: the publication date
    status: str = "open"  # open / observed / expired, set by linking
    group_entities: tuple[str, ...] = ()  # entity ids of group_keys, filled by resolve
    place_entity: str | None = None  # entity id of place_key, filled by resolve
    polarity: str = "positive"  # negative: the speaker predicts it will not happen ("the gang will not reach Lima")


@dataclass(frozen=True)
class GroupTie:
    """How one report ties a criminal group to one event, in its own words (tocsin.read.ties)."""

    group_key: str
    role: str  # actor, target (those hit, arrested or charged are said to belong to it), mentioned (named in the sentence only)
    strength: str  # named, alleged, suspected, linked to, described as, mentioned
    hedge: str | None = None  # the hedge words as written: "suspected", "whom prosecutors described as", "linked to"
    by: str | None = None  # who holds the view, as written ("prosecutors"), when the text says
    hedge_span: tuple[int, int] | None = None  # the hedge words' offsets: the evidence of the strength
    mention: tuple[int, int] | None = None  # where the group is named (or referred back to)
    group_entity: str | None = None  # entity id of group_key, filled by resolve


def describe_tie(tie: dict) -> str:
    """How a report ties a group to an event, in words that say no more than the report: "actor, suspected
    (“believed to be”, according to police)"; "named in the sentence, not tied to the act"."""
    role, strength = tie.get("role"), tie.get("strength")
    if role is None:
        return "tie not assessed (stored before ties were kept)"
    if role == "mentioned":
        return "named in the sentence, not tied to the act"
    words = [f"“{tie['hedge']}”"] if tie.get("hedge") and strength != "named" else []
    if tie.get("by"):
        words.append(f"according to {tie['by']}")
    if strength == "named":
        said = "named by the report" if not tie.get("by") else "named"
    else:
        said = strength
    return f"{role}, {said}" + (f" ({', '.join(words)})" if words else "")


@dataclass(frozen=True)
class Event:
    """One report of something that happened, in one document (codebook: docs/events.md).

    Every field points to its evidence: trigger and target spans lie in the evidence sentence, the actor's too unless
    its basis says where else the document names it ("document", "story"); place and date say what they rest on."""

    type: str  # killing, attack, abduction ... presence (tocsin.read.event_lexicon.TYPES)
    subtype: str | None  # targeted killing, shooting, drugs, riot, deportation ...
    trigger: str
    trigger_start: int
    trigger_end: int
    evidence_start: int  # the sentence
    evidence_end: int
    modality: str  # asserted, alleged, negated, hypothetical, future
    actor_text: str | None = None  # the phrase as written: "two gunmen on a motorcycle"
    actor_span: tuple[int, int] | None = None
    actor_mention: tuple[int, int] | None = None  # the named group, person or agency inside it
    actor_kind: str | None = None  # group, agency, organization, person, unnamed
    actor_basis: str = "none"  # syntax (parse links it), reference ("the gang"), sentence (named nearby), document, story (docs/events.md), none
    attribution: str | None = None  # how the actor is tied to the act: named, alleged, suspected, linked to, described as, mentioned
    target_text: str | None = None
    target_span: tuple[int, int] | None = None
    target_mention: tuple[int, int] | None = None
    target_category: str | None = None  # law enforcement, former law enforcement, journalist ... civilian
    group_keys: tuple[str, ...] = ()  # groups the actor or target phrase names
    ties: tuple[GroupTie, ...] = ()  # how the report ties each of those groups to the act, with its hedge
    offences: tuple[str, ...] = ()  # for legal events: the crimes charged ("charged with murder": killing)
    fatalities: int | None = None
    injured: int | None = None
    place_key: str | None = None
    place_precision: str = "unknown"
    place_basis: str = "unknown"  # sentence; story (the same happening told again, or a list's lead-in: read.events.scope);
    # dateline; document; authority (a designation's country, or a charge's agency's: read.events.authority); origin (a
    # deportation the text sends home: read.events.removals); unknown
    date_value: str | None = None  # TIMEX3 value
    date_begin: str | None = None
    date_end: str | None = None
    date_precision: str = "unknown"
    date_basis: str = "unknown"  # sentence, story (the date the document gives this kind of happening elsewhere: another
    # sentence, a list's lead-in, a headline's lede), published, unknown
    confidence: float = 0.0
    nominal: bool = False  # the trigger is a noun ("the killing"): often a reference to a happening told before
    # presence: the count of places the claim gives, as written ("in 30 major U.S. cities", "en al menos ocho países")
    extent_span: tuple[int, int] | None = None
    actor_entity: str | None = None  # filled by resolve
    target_entity: str | None = None
    group_entities: tuple[str, ...] = ()  # entity ids of group_keys, filled by resolve
    place_entity: str | None = None  # entity id of place_key, filled by resolve

    @property
    def happened(self) -> bool:
        """Asserted, alleged or denied past happenings are kept; forecasts and hypotheticals are not events."""
        return self.modality not in ("future", "hypothetical")

    @property
    def incident(self) -> bool:
        """A happening, as against a report that a group is present somewhere."""
        return self.type != "presence"


@dataclass(frozen=True)
class Annotations:
    """What reading one document found: the output of the read stage."""

    doc_id: str
    sentences: tuple[Sentence, ...] = ()
    mentions: tuple[Mention, ...] = ()
    places: tuple[Place, ...] = ()  # the places that mentions resolved to
    dateline_key: str | None = None  # the dateline's place
    times: tuple[TimeExpression, ...] = ()
    statements: tuple[Statement, ...] = ()
    forecasts: tuple[Forecast, ...] = ()
    events: tuple[Event, ...] = ()
    dateline_end: int = 0  # where the dateline ("SANTIAGO, Chile —") ends; 0 when there is none
    dateline_start: int = 0  # where it starts: 0, or after the headline a text opens with
    dateline_issued: bool = False  # an official release's dateline: where it was issued, not where things happened
    genre: str = "news article"  # structure.genre: news article, press release, fact sheet, transcript, remarks, …


@dataclass(frozen=True)
class Resolved:
    """A document's annotations after resolve: every mention, statement, forecast and event with its entity ids
    filled (``Mention.entity``, ``Event.place_entity`` …), and the entities they name."""

    annotations: Annotations
    entities: tuple[Entity, ...] = ()
    dateline_entity: str | None = None  # entity id of annotations.dateline_key


@dataclass(frozen=True)
class Alert:
    """What a watch rule raised: the rule, its subject (a group, an incident, a country), a title that keeps the
    report's hedge, and the evidence (each with the ``key`` that makes the alert unique: the new country, the
    incident, the window's end). Raised once: its ``id`` is derived from rule, subject and first key."""

    rule: str
    subject: str
    title: str
    evidence: list[dict] = field(default_factory=list)
    occurred: str | None = None

    @property
    def id(self) -> str:
        import hashlib

        key = f"{self.rule}|{self.subject}|{self.evidence[0]['key'] if self.evidence else ''}"
        return "alr-" + hashlib.sha1(key.encode()).hexdigest()[:16]


@dataclass(frozen=True)
class Source:
    """A URL tocsin follows unattended (``tocsin sources``): its kind (feed, opml, sitemap, page, gdelt; "auto" until
    first read), outlet and language hints, how often it is polled (seconds), and the validators of its last answer."""

    url: str
    kind: str = "auto"
    outlet: str | None = None
    language: str | None = None
    every: int = 1800
    etag: str | None = None
    last_modified: str | None = None


def _fields(record) -> dict[str, Any]:
    """A record's fields in their declared order: the keys of its JSON."""
    return {f.name: getattr(record, f.name) for f in fields(record)}


@dataclass(frozen=True)
class IncidentReport:
    """One report of an incident (tocsin.query.linked): the event, its document, and how it joined the incident."""

    incident_id: str
    score: float  # how well it matched the incident it joined
    features: dict  # what it matched on: {"date": 1.0, "place": 0.8, ...}; empty for the report that founded it
    id: str  # the event
    doc_id: str
    type: str
    subtype: str | None
    modality: str
    trigger: str
    event_idx: int
    trigger_start: int
    trigger_end: int
    evidence_start: int
    evidence_end: int
    actor_text: str | None
    target_text: str | None
    target_category: str | None
    fatalities: int | None
    injured: int | None
    date_value: str | None
    date_precision: str | None
    place: str | None  # the place's name
    country: str | None
    outlet: str | None
    title: str | None
    url: str | None
    published_at: str | None
    evidence: str | None  # the sentence, when read
    ties: tuple[dict, ...] = ()  # how the report ties each group (tocsin.query.group_ties), when read

    def to_dict(self) -> dict[str, Any]:
        return {**_fields(self), "ties": list(self.ties)}


@dataclass(frozen=True)
class Incident:
    """A happening told by one or more reports, each once (tocsin.link.incidents), as the query stage reads it:
    where and when, its groups and how the reports tie them, its outlets and where they disagree. A map's point
    (``tocsin.query.incident_points``) reads no more than the fields before ``outlet_names``; ``reports`` and
    ``group_ties`` are read for one incident's page only (``get_incident``)."""

    id: str
    type: str
    subtype: str | None = None
    date_value: str | None = None
    date_begin: str | None = None
    date_precision: str | None = None
    place: str | None = None  # the place's name
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    place_precision: str | None = None
    first_reported: str | None = None
    last_reported: str | None = None
    events: int = 0
    documents: int = 0
    outlets: int = 0
    groups: tuple[str, ...] = ()  # the names of the groups its reports name
    group_strengths: dict[str, str] = field(default_factory=dict)  # {"Tren de Aragua": "actor, suspected"}: the strongest tie
    outlet_names: tuple[str, ...] = ()
    disagreements: dict[str, list[dict]] = field(default_factory=dict)  # field -> [{"value", "outlets"}]
    evidence: str = ""  # the sentence of its first report
    target_categories: tuple[str, ...] = ()
    reports: tuple[IncidentReport, ...] | None = None
    group_ties: dict[str, list[tuple[str, int]]] | None = None  # group -> [(how, reports)], most reports first

    def to_dict(self) -> dict[str, Any]:
        """The incident as JSON holds it (the API, ``--json``): the same keys, lists for tuples; the detail's
        ``reports`` and ``group_ties`` only when read."""
        out = {**_fields(self), "groups": list(self.groups), "outlet_names": list(self.outlet_names),
               "target_categories": list(self.target_categories)}
        if self.reports is None:
            del out["reports"], out["group_ties"]
        else:
            out["reports"] = [r.to_dict() for r in self.reports]
        return out


@dataclass(frozen=True)
class Presence:
    """Where a group is reported present or active, at one level of its footprint (tocsin.query.footprint): a
    country, a first-level division or a city, since when, by whom and how often."""

    place: str | None  # the city's name; None for a country or a division
    country: str | None  # None for a continent
    lat: float | None  # a city's coordinates; None for a country or a division
    lon: float | None
    admin1: str | None  # the division's code; None for a country
    first_reported: str | None
    first_source: str | None  # the outlet of the first report
    first_evidence: str  # the sentence of the first report
    last_reported: str | None
    reports: int
    outlets: tuple[str, ...]
    types: tuple[str, ...]  # the kinds of report that place it there: presence, killing, extortion ...
    ties: dict[str, int]  # how the reports tie the group, with how many: {"actor, suspected": 2}

    def to_dict(self) -> dict[str, Any]:
        return {**_fields(self), "outlets": list(self.outlets), "types": list(self.types)}


def to_plain(value: Any) -> Any:
    """``value`` with every record in it (an Incident, a Presence) made the dict its ``to_dict`` gives: what JSON
    is written from."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, dict):
        return {k: to_plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_plain(v) for v in value]
    return value


@dataclass
class IngestReport:
    """What one ingest run did, for the CLI summary."""

    read: int = 0
    stored: int = 0
    already_stored: int = 0
    near_duplicates: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    skipped: dict[str, int] = field(default_factory=dict)  # reason -> how many parts were passed over
    repaired: list[Repaired] = field(default_factory=list)  # inputs read after mending them, and how

    @property
    def ok(self) -> bool:
        return not self.rejected
