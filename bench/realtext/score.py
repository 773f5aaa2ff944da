"""tocsin on the real-text evaluation set: what it gets right on public documents nobody on the team wrote.

Each document of bench/realtext/manifest.json is rebuilt from ../shared/data (texts.py), read by tocsin
(the read stage, as ingest runs it, with the document's publication date), and its records are matched to
the hand annotations in bench/realtext/annotations/ under the rules of docs/annotation.md §9:

  - events: same type and the system's evidence sentence overlapping the annotated evidence (or a later
    mention of the same happening, which then counts neither for nor against); arguments compared on
    matched pairs: actor, target (shared head word), place (same country, and the same place or one inside
    it), date (equal at the annotation's precision, or inside it; a date tocsin marks as the publication date,
    shown "(published)", says the text gives none, as an annotator's null does);
  - statements: the speakers agree (a shared name word) and the contents overlap by half the shorter; in
    transcripts, statements in turns where the annotator marked nothing are left out of precision;
  - forecasts: a system forecast whose statement overlaps an annotated forecast's evidence (in transcripts, as
    for statements, not scored in a turn where the annotator marked nothing), a forecast in the document's own voice
    (its statement's speaker_basis "document") like any other; that statement itself is left out of the statement
    measures, which the guideline does not annotate for the document's voice (docs/annotation.md §3, §4);
  - presence: (group, country) pairs from overlapping evidence;
  - footprint: the (group, country) pairs each document adds, from its presence claims and from the
    asserted or alleged happenings it ties to a group and places in a country (designations and
    extraditions left out: they place the authority and the destination), whatever the evidence;
  - places (Spanish documents): written forms found, and their country.

Group ties of matched events: same group, same role, named against hedged; the other groups of one act on several
(a designation of eight cartels), which the guideline's single target_group field cannot hold, are those the
annotator's target words or note name, with target_group's strength.

The gold of a document is the adjudicated file where there is one, else the first annotator's. The dev
split is for tuning; the test split is never tuned on. One table, dev and test side by side.

    python bench/realtext/score.py [--split dev,test] [--batch dev-14] [--hold-back dev-15] [--save bench/realtext/baseline.json]
"""

from __future__ import annotations

import argparse
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).resolve().parent

import texts  # noqa: E402
from common import ANNOTATIONS, SECOND, batch_names, in_batches, overlaps, slug, words  # noqa: E402, F401 (agreement.py, people.py and incidents.py take them from here)
from placescore import (  # noqa: E402, F401
    PLACE_ANNOTATIONS, PLACE_SECOND, _place_right, place_forms, place_gold, score_places, score_places_en)

BASELINE = HERE / "baseline.json"  # the figures of the code this work started from ("before"), same scorer, same documents


def gold() -> dict[str, dict]:
    """Each annotated document's gold: adjudicated, else its first annotator's, else the second's."""
    found: dict[str, tuple[int, dict]] = {}
    for path in sorted(ANNOTATIONS.glob("*/*.json")):
        rank = 0 if path.parent.name == "adjudicated" else 2 if path.parent.name == SECOND else 1
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("key") and (data["key"] not in found or rank < found[data["key"]][0]):
            found[data["key"]] = (rank, data)
    return {k: v for k, (_, v) in found.items()}


@dataclass
class Tally:
    """Counts for one measure: right of what the system said (precision) and of what the gold holds (recall)."""

    sys_right: int = 0
    sys_total: int = 0
    gold_found: int = 0
    gold_total: int = 0

    def precision(self) -> float | None:
        return self.sys_right / self.sys_total if self.sys_total else None

    def recall(self) -> float | None:
        return self.gold_found / self.gold_total if self.gold_total else None


@dataclass
class Scores:
    events: Tally = field(default_factory=Tally)
    arguments: dict[str, list[int]] = field(default_factory=lambda: {k: [0, 0] for k in ("actor", "target", "place", "date")})
    statements: Tally = field(default_factory=Tally)
    speaker_named: list[int] = field(default_factory=lambda: [0, 0])
    speaker_resolved: list[int] = field(default_factory=lambda: [0, 0])
    genre: list[int] = field(default_factory=lambda: [0, 0])
    forecasts: Tally = field(default_factory=Tally)
    presence: Tally = field(default_factory=Tally)
    footprint: Tally = field(default_factory=Tally)
    places: Tally = field(default_factory=Tally)
    place_country: list[int] = field(default_factory=lambda: [0, 0])
    places_en: Tally = field(default_factory=Tally)  # English place set: written forms found (docs/annotation.md §6.1)
    places_en_right: list[int] = field(default_factory=lambda: [0, 0])  # of the system's forms: found and resolved to the gold place
    places_en_docs: int = 0
    silent: dict[str, int] = field(default_factory=lambda: {"question": 0, "heading": 0, "boilerplate": 0})
    target_category: list[int] = field(default_factory=lambda: [0, 0])
    ties: list[int] = field(default_factory=lambda: [0, 0])  # group ties right (group, role, named or hedged) of all said or annotated
    upgrades: list[int] = field(default_factory=lambda: [0, 0])  # ties stated as fact where the source hedges or says none, of ties stated
    documents: int = 0
    log: list | None = None  # when a list: each miss as (measure, document key, what), for misses.py
    key: str = ""  # the document being scored

    def miss(self, measure: str, what: dict) -> None:
        if self.log is not None:
            self.log.append((measure, self.key, what))


def read(keys: list[str], gated: bool = True) -> dict[str, object]:
    """tocsin's annotations of each document, read as ingest reads it (``gated=False``: without the event gate)."""
    from tocsin.ingest.dedup import document_id
    from tocsin.models import Document
    from tocsin.read import read_many

    docs = []
    for key in keys:
        body, info = texts.text(key), texts.meta(key)
        docs.append(Document(id=document_id(body) + key, text=body, source=key, title=info.get("title"), url=info.get("url"),
                             outlet=info.get("outlet"), published_at=info.get("date"),
                             language="es" if key.startswith("meantime-es") else "en"))
    read = read_many(docs, gated=False) if not gated else read_many(docs)  # code from before the gate knows no ``gated``
    return {doc.source: ann for doc, ann in read}


def _spans(body: str, items) -> list[tuple[int, int]]:
    return [s for s in (texts.locate(body, x) for x in items if isinstance(x, str)) if s]


def judge_events(body: str, ann, gold_events: list[dict]) -> list[tuple[object, str, dict | None]]:
    """Each happened event of the system with its verdict against the gold: "right" (matches an annotated
    event: same type, evidence overlapping its first mention or a later one), "repeat" (another mention of a
    matched happening, counted neither way) or "wrong"; and the gold event it matched."""
    system = [e for e in ann.events if e.type != "presence" and e.modality in ("asserted", "alleged", "negated")]
    golds = [(g, _spans(body, [g.get("evidence")]), _spans(body, g.get("also") or [])) for g in gold_events]
    matched: dict[int, dict] = {}
    for g, first, later in golds:
        match = next((i for i, e in enumerate(system) if i not in matched and e.type == g["type"]
                      and any(overlaps((e.evidence_start, e.evidence_end), s) for s in first + later)), None)
        if match is not None:
            matched[match] = g
    verdicts = []
    for i, e in enumerate(system):
        span = (e.evidence_start, e.evidence_end)
        if i in matched:
            verdicts.append((e, "right", matched[i]))
        elif any(e.type == g["type"] and any(overlaps(span, s) for s in first + later) for g, first, later in golds):
            verdicts.append((e, "repeat", None))
        else:
            verdicts.append((e, "wrong", None))
    return verdicts


def score_events(body: str, ann, gold_events: list[dict], scores: Scores) -> None:
    places = {p.key: p for p in ann.places}
    verdicts = judge_events(body, ann, gold_events)
    scores.events.gold_total += len(gold_events)
    for e, verdict, g in verdicts:
        scores.events.sys_total += verdict != "repeat"
        if verdict == "right":
            scores.events.sys_right += 1
            scores.events.gold_found += 1
            _arguments(body, e, g, places, scores)
            _group_ties(e, g, scores)
        elif verdict == "wrong":
            scores.miss("events: wrong", {"type": e.type, "modality": e.modality, "evidence": body[e.evidence_start : e.evidence_end]})
    if scores.log is not None:
        found = [g for _, verdict, g in verdicts if verdict == "right"]
        for g in gold_events:
            if not any(g is f for f in found):
                scores.miss("events: missed", {"type": g["type"], "modality": g.get("modality"), "evidence": g.get("evidence")})


def _date_right(begin: str, end: str | None, gold: str) -> bool:
    """Equal at the annotation's precision, or inside its interval ("2005/2008": from the first end's start to the
    second end's end, as §9 says)."""
    if "/" not in gold:
        return begin.startswith(gold)
    first, last = gold.split("/", 1)
    return begin[: len(first)] >= first and (end or begin)[: len(last)] <= last


def _same_words(a: str | None, b: str | None) -> bool:
    return (not a and not b) or bool(a and b and words(a) & words(b))


def _who(body: str, written: str | None, mention: tuple[int, int] | None) -> str | None:
    """A system actor or target as the scorer reads it: the words as written, and the person or group they stand
    for when the system names one elsewhere ("charging him" with Gerald R. Lueders named before)."""
    named = body[mention[0] : mention[1]] if mention else ""
    return " ".join(x for x in (written, named) if x) or None


def _arguments(body: str, e, g: dict, places: dict, scores: Scores) -> None:
    place_ok = _place_right(places.get(e.place_key), g.get("place") or None)
    date = None if e.date_precision == "publication" else e.date_begin or None  # "(published)": the text gives no time
    date_ok = (date is None and not g.get("date")) or bool(date and g.get("date") and _date_right(date, e.date_end, g["date"]))
    actor, target = _who(body, e.actor_text, e.actor_mention), _who(body, e.target_text, e.target_mention)
    place = places.get(e.place_key)
    said = {"actor": actor, "target": target, "date": f"{date}..{e.date_end}" if e.date_end and e.date_end != date else date,
            "place": f"{place.name}, {place.admin1 or ''} {place.country} ({place.kind})" if place else None}
    for name, ok in (("actor", _same_words(actor, g.get("actor"))), ("target", _same_words(target, g.get("target"))),
                     ("place", place_ok), ("date", date_ok)):
        scores.arguments[name][0] += ok
        scores.arguments[name][1] += 1
        if not ok:
            scores.miss(name, {"type": e.type, "said": said[name], "gold": g.get(name), "evidence": body[e.evidence_start : e.evidence_end]})


_CATEGORISED = {"killing", "attack", "abduction", "disappearance", "extortion", "threat", "sexual exploitation", "robbery"}


@lru_cache(maxsize=1)
def _group_names() -> dict[str, str]:
    from tocsin.read.gazetteer import load_gazetteer

    return {slug(n): e.id for e in load_gazetteer().entries.values() if e.kind == "group" for n in (e.name, *e.aliases, *e.exact)}


def _group_id(name: str | None) -> str:
    """A group's gazetteer id from a name or alias an annotator wrote, else the name's slug."""
    return _group_names().get(slug(name), slug(name))


def system_ties(e) -> dict[tuple[str, str], str]:
    """(role, group id) -> strength of a system event's group ties. Code from before ties were kept (the baseline)
    gave its groups without a role: a group inside the actor's words was the actor, named unless ``attribution``
    said otherwise; any other group, the target's."""
    if hasattr(e, "ties"):
        return {(t.role, t.group_key): t.strength for t in e.ties if t.role != "mentioned"}
    actor = slug(e.actor_text)
    return {("actor" if slug(g) in actor or e.actor_basis == "reference" else "target", g):
            (e.attribution or "named") if slug(g) in actor else "named" for g in e.group_keys}


def _group_ties(e, g: dict, scores: Scores) -> None:
    """Target category, and each group tie: same group, same role, and named against hedged; a tie the system
    states as fact (named) where the annotator found a hedge or no tie is an upgrade."""
    if g["type"] in _CATEGORISED and (g.get("target_category") or e.target_category):
        scores.target_category[0] += e.target_category == g.get("target_category")
        scores.target_category[1] += 1
    gold_ties = {(role, _group_id(g[field]["name"] or g[field].get("text"))): g[field].get("attribution") or "named"
                 for role, field in (("actor", "actor_group"), ("target", "target_group")) if g.get(field)}
    for other in _also_named(g):  # one act on several groups (a designation of eight): the guideline's field holds one
        gold_ties.setdefault(("target", other), g["target_group"].get("attribution") or "named")
    said = system_ties(e)
    if g["type"] in _CATEGORISED and (g.get("target_category") or e.target_category) and e.target_category != g.get("target_category"):
        scores.miss("target category", {"type": e.type, "said": e.target_category, "gold": g.get("target_category"),
                                        "target": g.get("target"), "evidence": g.get("evidence")})
    for key in set(gold_ties) | set(said):
        scores.ties[1] += 1
        right = key in gold_ties and key in said and (gold_ties[key] == "named") == (said[key] == "named")
        scores.ties[0] += right
        if not right:
            scores.miss("ties", {"type": e.type, "role, group": key, "said": said.get(key), "gold": gold_ties.get(key),
                                 "evidence": g.get("evidence")})
        if said.get(key) == "named":
            scores.upgrades[1] += 1
            scores.upgrades[0] += gold_ties.get(key, "none") != "named"


def _also_named(g: dict) -> set[str]:
    """The other groups an annotated event's target holds where ``target_group`` (one field, docs/annotation.md §2.4)
    cannot: those its target words or its note name ("one designating action covering eight groups (Tren de Aragua,
    MS-13, Sinaloa Cartel, …)"), as the gazetteer knows them."""
    if not g.get("target_group"):
        return set()
    words = f" {slug(g.get('target'))}-{slug(g.get('note'))} ".replace("-", " ")
    return {gid for name, gid in _group_names().items() if len(name) > 3 and f" {name.replace('-', ' ')} " in words}


_TURN = re.compile(r"(?m)^\s*(?:\*\*)?(?:Q[.:]?|[A-Z][A-Z.' -]{1,40}:)")


def _turns(body: str) -> list[tuple[int, int]]:
    starts = [m.start() for m in _TURN.finditer(body)]
    return [(a, b) for a, b in zip([0] + starts, starts + [len(body)]) if b > a]


def _off_topic(st, turns: list[tuple[int, int]], marked: list[tuple[int, int]]) -> bool:
    """Whether a statement lies in a transcript turn where the annotator marked nothing: the guideline annotates only
    turns about crime, justice and security (docs/annotation.md, §3), so what is said in the others is not scored."""
    turn = next((t for t in turns if t[0] <= st.content_start < t[1]), None)
    return bool(turn) and not any(overlaps(turn, s) for s in marked)


def score_statements(body: str, ann, gold_statements: list[dict], transcript: bool, scores: Scores) -> None:
    golds = [(g, _spans(body, g.get("content") or []),
              words(" ".join([g.get("source") or "", g.get("source_name") or "", *(g.get("co_sources") or [])])))
             for g in gold_statements]
    turns = _turns(body) if transcript else []
    found: set[int] = set()
    for st in ann.statements:
        if st.speaker_basis == "document":
            continue  # the document's own voice, there only to carry a forecast: the guideline annotates no statement of it
        span = (st.content_start, st.content_end)
        speaker = words(" ".join(filter(None, [st.speaker_name, st.speaker_text])))
        hit = next((n for n, (g, spans, who) in enumerate(golds) if speaker & who and any(overlaps(span, s, half=True) for s in spans)), None)
        if hit is None and _off_topic(st, turns, [s for _, spans, _ in golds for s in spans]):
            continue  # a turn the annotator marked nothing in: off-topic, not scored
        if hit is not None and hit in found:
            continue  # another piece of an annotated statement: one match
        scores.statements.sys_total += 1
        scores.speaker_named[1] += 1
        scores.speaker_named[0] += bool(st.speaker_name or st.speaker_basis == "named")
        if hit is not None:
            found.add(hit)
            scores.statements.sys_right += 1
            scores.speaker_resolved[1] += 1
            scores.speaker_resolved[0] += resolved(st, golds[hit][0])
        else:
            scores.miss("statements: wrong", {"speaker": st.speaker_name or st.speaker_text, "content": body[span[0] : span[1]]})
    for n, (g, _, _) in enumerate(golds):
        if n not in found:
            scores.miss("statements: missed", {"speaker": g.get("source_name") or g.get("source"), "content": (g.get("content") or [None])[0]})
    scores.statements.gold_total += len(golds)
    scores.statements.gold_found += len(found)


def resolved(st, g: dict) -> bool:
    """Whether a right statement's speaker is resolved as far as the text allows: to the full name the document
    gives the speaker (the annotation's ``source_name``: "Sheriff Greg Taylor" for "the sheriff", "Trump" for
    "THE PRESIDENT" under "Remarks by President Trump"), or, where it gives none ("the indictment", "police"),
    to the speaker as written; a pronoun left as a pronoun is not resolved."""
    if g.get("source_name"):
        return bool(words(st.speaker_name) & words(g["source_name"]))
    return bool(words(st.speaker_name) & words(g.get("source"))) or (
        st.speaker_basis != "pronoun" and bool(words(st.speaker_text) & words(g.get("source"))))


def score_forecasts(body: str, ann, gold: dict, transcript: bool, scores: Scores) -> None:
    golds = [_spans(body, [g.get("evidence")]) for g in gold.get("forecasts") or []]
    marked = [s for spans in golds for s in spans] + _spans(body, [c for g in gold.get("statements") or [] for c in g.get("content") or []])
    turns = _turns(body) if transcript else []
    found = set()
    for f in ann.forecasts:
        st = ann.statements[f.statement]
        hit = next((n for n, spans in enumerate(golds) if any(overlaps((st.content_start, st.content_end), s) for s in spans)), None)
        if hit is None and _off_topic(st, turns, marked):
            continue  # as for statements: an off-topic turn is not annotated
        scores.forecasts.sys_total += 1
        if hit is not None:
            scores.forecasts.sys_right += 1
            found.add(hit)
        else:
            scores.miss("forecasts: wrong", {"speaker": st.speaker_name or st.speaker_text, "content": body[st.content_start : st.content_end]})
    for n, g in enumerate(gold.get("forecasts") or []):
        if n not in found:
            scores.miss("forecasts: missed", {"evidence": g.get("evidence")})
    scores.forecasts.gold_total += len(golds)
    scores.forecasts.gold_found += len(found)


def score_presence(body: str, ann, gold_presence: list[dict], scores: Scores) -> None:
    places = {p.key: p for p in ann.places}
    gold_pairs = {(_group_id((g.get("group") or {}).get("name")), p.get("country"), tuple(_spans(body, [g.get("evidence")])))
                  for g in gold_presence for p in (g.get("places") or []) if p and p.get("country")}
    system = {(group, places[e.place_key].country, (e.evidence_start, e.evidence_end))
              for e in ann.events if e.type == "presence" and e.place_key in places and places[e.place_key].country
              for group in e.group_keys}  # a continent ("throughout South America") is in no country: no (group, country) pair
    right = {s for s in system if any(s[0] == g[0] and s[1] == g[1] and any(overlaps(s[2], x) for x in g[2]) for g in gold_pairs)}
    for s in system - right:
        scores.miss("presence: wrong", {"group": s[0], "country": s[1], "evidence": body[s[2][0] : s[2][1]]})
    for g in gold_pairs:
        if not any(s[0] == g[0] and s[1] == g[1] and any(overlaps(s[2], x) for x in g[2]) for s in system):
            scores.miss("presence: missed", {"group": g[0], "country": g[1], "evidence": body[g[2][0][0] : g[2][0][1]] if g[2] else None})
    scores.presence.sys_right += len(right)
    scores.presence.sys_total += len(system)
    scores.presence.gold_total += len(gold_pairs)
    scores.presence.gold_found += sum(1 for g in gold_pairs if any(s[0] == g[0] and s[1] == g[1] and any(overlaps(s[2], x) for x in g[2]) for s in system))


# What a footprint leaves out: a designation places the authority, an extradition or deportation the destination.
_NOT_FOOTPRINT = {"designation", "extradition"}


def score_footprint(body: str, ann, g: dict, scores: Scores) -> None:
    """The (group, country) pairs a document adds to the footprint: its presence claims and the happenings it
    ties to a group (as actor or target), placed in a country; tocsin's from the records its footprint reads."""
    gold_pairs = {(_group_id((p.get("group") or {}).get("name")), pl.get("country"))
                  for p in g.get("presence") or [] for pl in p.get("places") or [] if pl and pl.get("country")}
    gold_pairs |= {(_group_id(grp.get("name")), (e.get("place") or {}).get("country"))
                   for e in g.get("events") or [] if e.get("type") not in _NOT_FOOTPRINT and e.get("modality") in ("asserted", "alleged")
                   for grp in (e.get("actor_group"), e.get("target_group")) if grp and (e.get("place") or {}).get("country")}
    places = {p.key: p for p in ann.places}
    system = {(group, places[e.place_key].country) for e in ann.events
              if e.type not in _NOT_FOOTPRINT and e.modality in ("asserted", "alleged") and e.place_key in places and places[e.place_key].country
              for group in e.group_keys}
    for pair in system - gold_pairs:
        why = [f"{e.type}: {body[e.evidence_start : e.evidence_end]}" for e in ann.events if pair[0] in e.group_keys and e.place_key in places and places[e.place_key].country == pair[1]]
        scores.miss("footprint: wrong", {"group": pair[0], "country": pair[1], "from": why[:3]})
    for pair in gold_pairs - system:
        why = [p.get("evidence") for p in g.get("presence") or [] if _group_id((p.get("group") or {}).get("name")) == pair[0]] + \
              [e.get("evidence") for e in g.get("events") or [] if (e.get("place") or {}).get("country") == pair[1]
               and pair[0] in {_group_id(grp.get("name")) for grp in (e.get("actor_group"), e.get("target_group")) if grp}]
        scores.miss("footprint: missed", {"group": pair[0], "country": pair[1], "from": why[:3]})
    scores.footprint.sys_total += len(system)
    scores.footprint.sys_right += len(system & gold_pairs)
    scores.footprint.gold_total += len(gold_pairs)
    scores.footprint.gold_found += len(system & gold_pairs)


# Written here, apart from tocsin's structure stage, so the count does not grade the code by its own rules.
_BOILERPLATE = re.compile(r"presumed innocent|(?:is|are) (?:merely|only) (?:an? )?(?:accusation|allegation|charge)|investigated (?:the case|by)|"
                          r"is investigating the case|prosecuting (?:the|this) case|(?:is|are) prosecuting|anyone (?:with|who has) (?:any )?information|"
                          r"for more information|^#{3}\s*$|related content|follow us on|press release number", re.I | re.M)
_HEADING = re.compile(r"^[ \t]*(?:#{1,6}[ \t].*|(?:\*\*)?[^\s.!?:;,\-*].{0,90}?[^.!?:;,”\")\]\s])[ \t]*$", re.M)
_QUESTION_TURN = re.compile(r"(?m)^\s*(?:\*\*)?Q(?:\*\*)?(?:[.:]|\s+(?=[A-Z“\"]))")


def silent_kind(body: str, start: int, end: int, transcript: bool) -> str | None:
    """Whether a record's evidence is a reporter's question, a heading (a paragraph of one short line without
    closing punctuation, or a Markdown heading) or release boilerplate (the sentence, or a paragraph of at most
    60 words, in the phrasings above), by this scorer's own reading."""
    if body[start:end].strip().endswith("?") or (transcript and _in_question_turn(body, start)):
        return "question"
    para_start = max(body.rfind("\n\n", 0, start) + 2, 0) if body.rfind("\n\n", 0, start) >= 0 else 0
    para_end = body.find("\n\n", start)
    paragraph = body[para_start : para_end if para_end >= 0 else len(body)].strip()
    if "\n" not in paragraph and len(paragraph.split()) <= 14 and _HEADING.fullmatch(paragraph):
        return "heading"
    if _BOILERPLATE.search(body[start:end]) or (len(paragraph.split()) <= 60 and _BOILERPLATE.search(paragraph)):
        return "boilerplate"
    return None


def _in_question_turn(body: str, start: int) -> bool:
    turn = next((t for t in reversed(_turns(body)) if t[0] <= start), None)
    return bool(turn and _QUESTION_TURN.match(body, turn[0]))


def count_silent(body: str, ann, transcript: bool, scores: Scores) -> None:
    spans = [(e.evidence_start, e.evidence_end) for e in ann.events if e.happened] + [(st.content_start, st.content_end) for st in ann.statements]
    for start, end in spans:
        kind = silent_kind(body, start, end, transcript)
        if kind:
            scores.silent[kind] += 1


# The genre each source's metadata gives (its section and title; texts.meta), as tocsin names genres.
GENRE = {"local news": "news article", "news": "news article", "press release": "press release", "statement": "press release",
         "article": "press release", "fact sheet": "fact sheet", "press briefing": "transcript", "remarks": "remarks",
         "presidential action": "official document"}


def score(split: str, golds: dict[str, dict], entries: dict[str, dict], places_en: dict[str, list[dict]] | None = None,
          log: list | None = None, only=None) -> Scores:
    """The figures of one split (``only``: of those of its documents the predicate keeps); ``log``, a list to collect
    each miss in (misses.py)."""
    keys = [k for k, e in entries.items() if e["split"] == split and k in golds and (only is None or only(e))]
    scores = Scores(documents=len(keys), log=log)
    places_en = place_gold() if places_en is None else places_en
    for key, ann in read(keys).items():
        scores.key = key
        body, g, tasks = texts.text(key), golds[key], entries[key].get("tasks", [])
        transcript = entries[key].get("genre") in ("press briefing", "remarks") or len(_turns(body)) > 4
        if hasattr(ann, "genre"):  # code from before the structure stage (the baseline) gives none
            scores.genre[1] += 1
            scores.genre[0] += ann.genre == GENRE.get(texts.meta(key)["genre"])
        if "events" in tasks:
            score_events(body, ann, g.get("events") or [], scores)
        if "statements" in tasks:
            score_statements(body, ann, g.get("statements") or [], transcript, scores)
        if "forecasts" in tasks:
            score_forecasts(body, ann, g, transcript, scores)
        if "presence" in tasks:
            score_presence(body, ann, g.get("presence") or [], scores)
        if "presence" in tasks and "events" in tasks:
            score_footprint(body, ann, g, scores)
        if "places" in tasks:
            score_places(body, ann, g.get("places") or [], scores)
        if "events" in tasks:
            count_silent(body, ann, transcript, scores)
        if entries[key].get("place_set") and key in places_en:
            score_places_en(ann, places_en[key], scores)
    return scores


def rows(s: Scores) -> dict[str, str]:
    def pct(v):
        return "–" if v is None else f"{v:.2f}"

    def ratio(pair):
        return "–" if not pair[1] else f"{pair[0] / pair[1]:.2f}"

    args = [sum(v[0] for v in s.arguments.values()), sum(v[1] for v in s.arguments.values())]
    return {
        "documents": str(s.documents),
        "events: precision (type right)": f"{pct(s.events.precision())} of {s.events.sys_total}",
        "events: recall": f"{pct(s.events.recall())} of {s.events.gold_total}",
        "event arguments (actor, target, place, date)": ratio(args),
        **{f"  {name}": ratio(v) for name, v in s.arguments.items()},
        "  target category (matched events)": ratio(s.target_category),
        "  group ties: group, role, named or hedged": ratio(s.ties),
        "  group ties stated as fact beyond the source": f"{s.upgrades[0]} of {s.upgrades[1]}",
        "statements: precision (speaker and content)": f"{pct(s.statements.precision())} of {s.statements.sys_total}",
        "statements: recall": f"{pct(s.statements.recall())} of {s.statements.gold_total}",
        "statements: speaker resolved (right ones)": ratio(s.speaker_resolved),
        "statements: speaker is a name": ratio(s.speaker_named),
        "forecasts: precision": f"{pct(s.forecasts.precision())} of {s.forecasts.sys_total}",
        "forecasts: recall": f"{pct(s.forecasts.recall())} of {s.forecasts.gold_total}",
        "presence (group, country): precision": f"{pct(s.presence.precision())} of {s.presence.sys_total}",
        "presence (group, country): recall": f"{pct(s.presence.recall())} of {s.presence.gold_total}",
        "footprint (group, country per document): precision": f"{pct(s.footprint.precision())} of {s.footprint.sys_total}",
        "footprint (group, country per document): recall": f"{pct(s.footprint.recall())} of {s.footprint.gold_total}",
        "places (Spanish): precision": f"{pct(s.places.precision())} of {s.places.sys_total}",
        "places (Spanish): recall": f"{pct(s.places.recall())} of {s.places.gold_total}",
        "places (Spanish): country right": ratio(s.place_country),
        "places (English place set): documents": str(s.places_en_docs),
        "places (English): forms found, precision": f"{pct(s.places_en.precision())} of {s.places_en.sys_total}",
        "places (English): forms found, recall": f"{pct(s.places_en.recall())} of {s.places_en.gold_total}",
        "places (English): right place, precision": ratio(s.places_en_right),
        "document genre (as the source files it)": ratio(s.genre),
        "records from questions / headings / boilerplate": " / ".join(str(s.silent[k]) for k in ("question", "heading", "boilerplate")),
    }


def _gate_cross_validation() -> tuple | None:
    """(folds, fold assignments averaged, precision, recall, rules-alone precision, recall, and the precision and recall
    held out by batch or None) of dev events with the gate held out, from the model's meta."""
    from tocsin.read.event_gate import MODEL

    meta = MODEL / "meta.json"
    if not meta.exists():
        return None
    info = json.loads(meta.read_text(encoding="utf-8"))
    training = info.get("tocsin_training", {})
    table, batches = training.get("cross_validation", {}), training.get("cross_validation_by_batch", {})
    chosen, rules = table.get(str(info.get("tocsin_threshold"))), table.get("0.0")
    if not chosen or not rules:
        return None
    by_batch = batches.get(str(info.get("tocsin_threshold"))) or [None, None]
    return training.get("folds", 5), training.get("splits", 1), chosen[0], chosen[1], rules[0], rules[1], by_batch[0], by_batch[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", help="Splits to score (comma-separated): dev,test; with --batch, dev only unless named, so "
                        "that reading a dev batch never prints the test split.")
    parser.add_argument("--save", help="Write the figures as JSON (e.g. the baseline of today's code).")
    parser.add_argument("--batch", help="Only the documents of these manifest batches (comma-separated, e.g. dev-14 to read a new batch as "
                        "unseen text; 'dev-1' names the first dev documents, which carry no batch).")
    parser.add_argument("--hold-back", default="", help="Leave out the documents of these batches (comma-separated): a batch "
                        "kept unseen while the code is changed, to be read once at the end.")
    args = parser.parse_args()
    from rich.console import Console
    from rich.table import Table

    golds, entries = gold(), {e["key"]: e for e in texts.manifest()["documents"]}
    splits = (args.split or ("dev" if args.batch else "dev,test")).split(",")
    held, batches = batch_names(args.hold_back), batch_names(args.batch)
    only = (lambda e: in_batches(e, batches, held)) if batches or held else None
    results = {split: rows(score(split, golds, entries, only=only)) for split in splits}
    before = json.loads(BASELINE.read_text(encoding="utf-8")) if BASELINE.exists() and not args.save and not args.batch and not held else {}
    table = Table(title="tocsin on the real-text set (docs/annotation.md; annotated before tocsin read it)")
    table.add_column("measure")
    for split in splits:
        if split in before:
            table.add_column(f"{split}, before", justify="right", style="dim")
        table.add_column(split + (" (never tuned on)" if split == "test" else ""), justify="right")
    for measure in results[splits[0]]:
        table.add_row(measure, *(v for s in splits for v in ([before[s].get(measure, "–")] if s in before else []) + [results[s][measure]]))
    Console(width=160).print(table)
    if before:
        print(f"before: {before.get('about', 'bench/realtext/baseline.json')}")
    held_out = _gate_cross_validation()
    if "dev" in splits and held_out:
        print(f"The event gate is trained on the dev events, so dev event precision above is its training fit. Held out by "
              f"{held_out[0]}-fold cross-validation on dev documents, mean of {held_out[1]} fold assignments (train/event_gate.py): "
              f"precision {held_out[2]:.2f}, recall {held_out[3]:.2f} (the rules alone: {held_out[4]:.2f}, {held_out[5]:.2f})"
              + (f"; held out by batch (leave one batch out: text of a kind it has not seen): precision {held_out[6]:.2f}, "
                 f"recall {held_out[7]:.2f}." if held_out[6] is not None else "."))
    if args.save:
        Path(args.save).write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
