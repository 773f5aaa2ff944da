"""The link stage: what the stored documents say together.

For every document not linked yet, in publication order, one transaction:
its people and organizations are linked to the canonical entities they name
(``entities``), its events join the incidents they report or found new ones
(``incidents``), its statements join the claims they repeat (``claims``).
Then every forecast in the ledger is checked against the incidents
(``forecasts``). Each step finds its candidates through indexed lookups, so
linking one new document costs about the same in a store of a hundred
documents as in one of ten thousand (bench/link_scaling.py measures it).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Callable

from ..read.people import held, offices, rank, without_title
from ..store import Store
from ..store import linking as sql
from ..structure import at, item_at, segments
from . import claims, entities, forecasts, incidents, story

CANDIDATES = 8  # incidents, or claims, a new report is compared with at most: the most recent first
MEMBERS = 4  # reports of one incident a newcomer is compared with: the most recent


@dataclass
class LinkReport:
    documents: int = 0
    incidents_founded: int = 0
    events_joined: int = 0
    entities_linked: int = 0
    claims_repeated: int = 0
    forecasts_observed: int = 0
    forecasts_expired: int = 0


# --- entities -------------------------------------------------------------------------------------------------


def _save_link(store: Store, entity_id: str, found: tuple[str, str, float], report: LinkReport) -> None:
    canonical, basis, score = found
    canonical = sql.canonical(store, canonical)
    if canonical == entity_id:
        return
    sql.save_entity_link(store, entity_id, canonical, basis, score)
    report.entities_linked += 1


def _offices(store: Store) -> Callable[[str], set[str]]:
    """The office words written with an entity's names across the store (read.people.offices), and with the labels
    and roles that stand for it as a speaker ("THE PRESIDENT:"), read once per entity."""
    seen: dict[str, set[str]] = {}

    def of(entity_id: str) -> set[str]:
        if entity_id not in seen:
            seen[entity_id] = set().union(*(offices(r["before"] or "", r["text"]) for r in sql.written_with(store, entity_id)),
                                          *(offices(title, "") for title in sql.spoken_as(store, entity_id)))
        return seen[entity_id]
    return of


def _held(store: Store) -> Callable[[str], set[str]]:
    """The offices written right before an entity's full names (read.people.held), not before a surname its
    document resolved to it: what tells apart two people of one family name."""
    seen: dict[str, set[str]] = {}

    def of(entity_id: str) -> set[str]:
        if entity_id not in seen:
            seen[entity_id] = set().union(*(held(r["before"] or "", r["text"]) for r in sql.written_with(store, entity_id)
                                            if len(without_title(r["text"]).split()) >= 2))
        return seen[entity_id]
    return of


def _outlets(store: Store) -> Callable[[str], set[str]]:
    """The outlets of the documents that name an entity or quote it, read once per entity."""
    seen: dict[str, set[str]] = {}

    def of(entity_id: str) -> set[str]:
        if entity_id not in seen:
            seen[entity_id] = {o for o, _ in sql.published_by(store, entity_id) if o}
        return seen[entity_id]
    return of


TERM_DAYS = 4 * 366  # a lone surname's office is one holder's for a term: "President Bush" of 1991 is not of 2005's


def _alike(store: Store) -> Callable[[str, str], bool]:
    """Whether two lone surnames are written with one office (read.people.rank: its name, its "vice" or "deputy"),
    by one outlet, within TERM_DAYS: the evidence that two documents' "President Biden" are one person."""
    ranks: dict[str, set[frozenset[str]]] = {}
    seen: dict[str, list[tuple[str, dt.date]]] = {}

    def ranks_of(entity_id: str) -> set[frozenset[str]]:
        if entity_id not in ranks:
            written = {rank(r["before"] or "", r["text"]) for r in sql.written_with(store, entity_id)}
            ranks[entity_id] = {r for r in written | {rank(t, "") for t in sql.spoken_as(store, entity_id)} if r}
        return ranks[entity_id]

    def seen_in(entity_id: str) -> list[tuple[str, dt.date]]:
        if entity_id not in seen:
            seen[entity_id] = [(o, d) for o, p in sql.published_by(store, entity_id) if o and (d := _day(p))]
        return seen[entity_id]

    def alike(a: str, b: str) -> bool:
        return bool(ranks_of(a) & ranks_of(b)) and any(oa == ob and abs((da - db).days) <= TERM_DAYS
                                                       for oa, da in seen_in(a) for ob, db in seen_in(b))
    return alike


def _day(published: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat((published or "")[:10])
    except ValueError:
        return None


def link_entities(store: Store, doc_id: str, report: LinkReport) -> None:
    new = sql.unindexed_names(store, doc_id)
    titles, alike, named, outlets = _offices(store), _alike(store), _held(store), _outlets(store)
    for ent in new:
        tokens = entities.name_tokens(ent["name"])
        rows = [(t, ent["id"]) for t in set(tokens)]
        if ent["kind"] == "organization" and len(ent["name"].split()) >= 2:
            rows.append(("^" + entities.initials(ent["name"]), ent["id"]))
        sql.index_names(store, rows)
    for ent in new:
        tokens = entities.name_tokens(ent["name"])
        if ent["kind"] == "organization":
            spelled = sql.entities_with_tokens(store, ["^" + ent["name"].strip()], "organization")
            found = entities.acronym_link(ent, spelled, sql.named_in(store, doc_id, [o["id"] for o in spelled]))
        else:
            found = entities.person_link(ent, sql.entities_with_tokens(store, tokens, "person"), titles, alike, named, outlets)
        if found:
            _save_link(store, ent["id"], found, report)
        if ent["kind"] == "person" and len(tokens) >= 2:
            _relink_surnames(store, ent, tokens, report, titles, named, outlets)


def _relink_surnames(store: Store, ent: dict, tokens: list[str], report: LinkReport, titles: Callable[[str], set[str]],
                     named: Callable[[str], set[str]], outlets: Callable[[str], set[str]]) -> None:
    """A full name arriving after its surname was stored alone: the surname may now have one owner."""
    for token in tokens[1:]:
        lone = sql.unlinked_people_with_token(store, token, ent["id"])
        for single in (s for s in lone if len(entities.name_tokens(s["name"])) == 1):
            found = entities.person_link(single, sql.entities_with_tokens(store, [token], "person"), titles, held=named,
                                         outlets=outlets)
            if found:
                _save_link(store, single["id"], found, report)


# --- incidents ------------------------------------------------------------------------------------------------


_PRECISE = {"day", "part of day", "time", "week", "month"}


def _window(members: list[dict]) -> tuple[str, str]:
    """The days an incident may have happened on: from its precisely dated reports when it has any, so that
    "the third killing this year" does not open the incident to every report of that year."""
    precise = [m for m in members if m.get("date_precision") in _PRECISE and not incidents.undated(m)]
    ranges = [r for r in (incidents.date_range(m) for m in (precise or members)) if r]
    if not ranges:
        return "0000-01-01", "9999-12-31"
    return min(r[0] for r in ranges).isoformat(), max(r[1] for r in ranges).isoformat()


def _write_incident(store: Store, incident: str, members: list[dict]) -> None:
    fields = incidents.canonical(members)
    begin, end = _window(members)
    sql.write_incident(store, incident, {**fields, "country": _country(members, fields["place_entity"]), "window_begin": begin,
                                         "window_end": end, "happened": fields["date_begin"] or fields["first_reported"]})


def _country(members: list[dict], place: str | None) -> str | None:
    """The country of an incident: of its place, unless its reports name only countries that differ."""
    return next((m["country"] for m in members if m.get("place_entity") == place and m.get("country")), None)


def _members(store: Store, incident: str) -> list[dict]:
    """An incident's reports, the most recent ``MEMBERS`` of them: enough to judge a newcomer, bounded for big incidents."""
    return _members_of(store, [incident]).get(incident, [])


def _members_of(store: Store, ids: list[str]) -> dict[str, list[dict]]:
    """The most recent ``MEMBERS`` reports of each of several incidents, in two queries whatever their number."""
    of = sql.newest_members(store, ids, MEMBERS)
    out: dict[str, list[dict]] = {i: [] for i in ids}
    for row in sql.events_by_id(store, of):
        out[of[row["id"]]].append(row)
    return out


def _candidates_for(store: Store, ev: dict, types: tuple[str, ...], begin: str, end: str) -> list[str]:
    """Incidents an event may belong to: of a compatible type, in its country, overlapping in time (the most
    recent ``CANDIDATES``), and always those its own article reported before it, which a busy window of other
    articles' incidents must not crowd out; for a report the text does not date, also earlier incidents that share
    its named victim or actor (indexed lookups, so the cost does not grow with the store)."""
    country = ev.get("country") if ev.get("place_precision") != "country" else None  # a country alone is weak evidence
    found = [r["incident_id"] for r in sql.earlier_reports_in_document(store, ev["doc_id"], ev["id"], types)]
    found += sql.incidents_in_window(store, types, country, begin, end, CANDIDATES)
    if incidents.undated(ev):
        for column in ("target_entity", "actor_entity"):
            if ev.get(column) and not ev[column].startswith("group:"):
                found += sql.incidents_of_participant(store, column, ev[column], types, CANDIDATES)
    return list(dict.fromkeys(found))


def _dated_apart(ev: dict, members: list[dict]) -> bool:
    """A report dated to the day or month joins no incident whose reports so dated all fall on other days:
    vaguer reports of the incident ("the third killing this year") must not carry it to a different happening."""
    def days(e: dict) -> tuple[str, str] | None:  # the dates as written, without the margin matching allows
        if e.get("date_precision") not in _PRECISE or incidents.undated(e) or not e.get("date_begin"):
            return None
        return e["date_begin"][:10], (e.get("date_end") or e["date_begin"])[:10]

    mine = days(ev)
    theirs = [r for r in (days(m) for m in members) if r]
    return bool(mine and theirs) and all(r[0] > mine[1] or mine[0] > r[1] for r in theirs)


def _referents(store: Store, ev: dict) -> list[str]:
    """The incidents of the earlier reports of a compatible type in the same document a definite reference may refer
    back to, the likeliest first (the last told, then earlier ones), passing over the reports of other people's or
    earlier happenings of the kind ("The other three defendants previously pleaded guilty. … The guilty plea was
    announced by…": the plea of the release's own defendant, told before them). An ordinal stays a referent: "the
    third assault", then "after the attack", is that assault."""
    earlier = sql.earlier_reports_in_document(store, ev["doc_id"], ev["id"], incidents.COMPATIBLE.get(ev["type"], (ev["type"],)))
    # a killing refers back to a killing before an attack that killed nobody ("the shooting" that killed Bell is not the
    # fight before it); "the stabbing" may be a killing's, whose death its own sentence does not tell
    # and "the attack" is the report that called it an attack ("The attack left one officer dead … before police shot
    # and killed the attacker. … witnessed the attack"), before a later report told in other words
    earlier = sorted(earlier, key=lambda r: (r["type"] in incidents.LESS_GRAVE.get(ev["type"], ()), not story.same_word(ev, r)))
    # "the killing of Mr Carroll" is not that of "murdered soldier Azimkar"; nor is it the incident Azimkar's killing
    # joined through an earlier report that names no one. An incident that also holds a report agreeing with the
    # reference's party stays its ("The bodies of Amir Khan and Gerard Smith were found …", then "the killing of Khan")
    apart = {r["incident_id"] for r in earlier if incidents.contradicts(ev, r)} \
        - {r["incident_id"] for r in earlier if _agrees(ev, r)}
    told = [r for r in earlier if not incidents.another(r, others_only=True) and incidents.same_step(ev, r)
            and not incidents.placed_apart(ev, r) and r["incident_id"] not in apart]
    return list(dict.fromkeys(r["incident_id"] for r in told))


def _agrees(ev: dict, r: dict) -> bool:
    """Whether an earlier report names the reference's own party: the same named victim, or the same count of dead."""
    return incidents.same_step(ev, r) and not incidents.contradicts(ev, r) and (
        bool(ev.get("target_entity")) and ev.get("target_entity") == r.get("target_entity")
        or ev.get("fatalities") is not None and ev.get("fatalities") == r.get("fatalities"))


def link_events(store: Store, doc_id: str, report: LinkReport) -> set[str]:
    """Each happening the document reports joins the incident it belongs to or founds one; returns the incidents touched."""
    touched = set()
    rows = sql.happenings_of(store, doc_id)
    text = sql.document_text(store, doc_id) if rows else ""
    segs = segments(text)

    def item_of(row: dict) -> int | None:
        """Where the list item holding the report starts, when it stands in one of this document's lists: a bullet,
        or a paragraph led by a bold name ("**Julian Lema Bravo**, an Ecuadorian national with a conviction for…")."""
        seg = item_at(text, segs, row["trigger_start"]) if row["doc_id"] == doc_id else None
        return seg.start if seg is not None else None  # a list of cases: one happening an item

    opening = len(text) - len(text.lstrip())

    def place_in_text(row: dict) -> None:
        """Where the report stands: the list item holding it, and whether its sentence is the document's headline (a
        heading, or the opening sentence of a text that runs its headline into the story; incidents.someone_new)."""
        row["item"] = item_of(row)
        if row["doc_id"] == doc_id:
            seg = at(segs, row["trigger_start"])
            row["headline"] = row["evidence_start"] <= opening or (seg is not None and seg.kind == "heading" and seg is segs[0])

    for ev in rows:
        place_in_text(ev)
        span = incidents.date_range(ev)
        begin, end = (span[0].isoformat(), span[1].isoformat()) if span else ("0000-01-01", "9999-12-31")
        types = incidents.COMPATIBLE.get(ev["type"], (ev["type"],))
        candidates = _candidates_for(store, ev, types, begin, end)
        best, best_match, members_of_best = None, None, []
        referents = _referents(store, ev) if incidents.undated(ev) and incidents.definite(ev) and ev["item"] is None \
            and not incidents.another(ev) else []
        if story.several(ev) and len(referents) > 1:
            candidates = []  # "to make the arrests" after two arrests told apart sums up both: it joins neither of them
        elif referents:  # "the killing" in an article that reported a killing before: that one
            best, best_match, members_of_best = referents[0], incidents.Match(1.0, {"reference in the same document": 1.0}), \
                _members(store, referents[0])
            candidates = []
        members_of = _members_of(store, candidates)
        for cand in candidates:
            members = members_of[cand]
            if _dated_apart(ev, members):
                continue
            for m in members:
                place_in_text(m)
            matches = [m for m in (incidents.compare(ev, other) for other in members) if m]
            # most members agree, not one outlier, and none says another happening (read only for an incident it could join)
            if matches and len(matches) * 2 >= len(members) and not any(incidents.at_odds(ev, other) for other in members):
                top = max(matches, key=lambda m: m.score)
                if best_match is None or top.score > best_match.score:
                    best, best_match, members_of_best = cand, top, members
        incident = best or incidents.incident_id(ev["id"])
        _write_incident(store, incident, members_of_best + [ev])
        sql.add_to_incident(store, ev["id"], incident, best_match.score if best_match else 1.0, incidents.features_json(best_match))
        touched.add(incident)
        if best:
            report.events_joined += 1
        else:
            report.incidents_founded += 1
    return touched


# --- claims ---------------------------------------------------------------------------------------------------


def link_claims(store: Store, doc_id: str, report: LinkReport) -> None:
    for st in sql.statement_contents(store, doc_id):
        words = claims.content_words(st["content"])
        if len(words) < claims.MIN_WORDS:
            continue
        keys = claims.bands(words)
        found = sql.claims_in_bands(store, keys, doc_id, CANDIDATES)
        scored = [(claims.similarity(words, claims.content_words(f["content"])), f) for f in found]
        scored = [(s, f) for s, f in scored if s >= claims.RATIO]
        if scored:
            score, match = max(scored, key=lambda x: x[0])
            cluster = match["cluster_id"]
            report.claims_repeated += 1
        else:
            score, cluster = 100.0, claims.cluster_id(doc_id, st["idx"])
        sql.save_claim(store, doc_id, st["idx"], cluster, score)
        if not scored:  # only a cluster's first claim is indexed: a repeat is found through it, and the index stays small
            sql.index_claim(store, doc_id, st["idx"], keys)


# --- forecasts ------------------------------------------------------------------------------------------------


def _until(forecast: dict) -> str:
    """The last day a forecast can be fulfilled on: its horizon, or ``forecasts.UNBOUNDED`` after it was made."""
    made = forecast["made_on"]
    return (forecasts.deadline(made, forecast["horizon"]) or dt.date.fromisoformat(made[:10]) + forecasts.UNBOUNDED).isoformat()


def _incident_rows(store: Store, types: tuple[str, ...], forecast: dict) -> list[dict]:
    """Incidents that could fulfil a forecast: of a predicted type, within its horizon, about its groups, in its country."""
    return sql.incidents_for_forecast(store, types, forecast["made_on"], _until(forecast), forecast["groups"], forecast.get("country"))


def _presence_rows(store: Store, forecast: dict) -> list[dict]:
    """Presence reports after a forecast and within its horizon, in countries where the group had no earlier report."""
    rows = []
    for group in forecast["groups"]:
        before = sql.group_countries_by(store, group, forecast["made_on"])
        rows += [{**r, "groups": [group], "target_category": None}
                 for r in sql.presence_between(store, group, forecast["made_on"], _until(forecast)) if r["country"] not in before]
    return rows


def _observe(store: Store, f: dict, hits: list[dict], report: LinkReport) -> None:
    sql.add_forecast_matches(store, f, [{**h, "reason": forecasts.reason(f, h)} for h in hits])
    if hits and f["status"] != "observed":
        sql.set_forecast_status(store, f, "observed")
        f["status"] = "observed"
        report.forecasts_observed += 1


def link_forecasts(store: Store, report: LinkReport, docs: list[str], touched: set[str]) -> None:
    """New forecasts against what happened after them; open forecasts against the incidents just founded
    or grown. Each step is bounded by time windows and indexes, not by the size of the store."""
    as_of = sql.newest_publication(store)
    for f in sql.forecasts_of(store, docs):
        end = forecasts.deadline(f["made_on"], f["horizon"])
        sql.set_forecast_deadline(store, f, end.isoformat() if end else None)
        types = forecasts.PREDICTS.get(f["event_type"], ())
        if not types or not f["made_on"]:
            continue
        rows = _presence_rows(store, f) if types == ("presence",) else _incident_rows(store, types, f)
        hits = [r for r in rows if forecasts.fulfils(f, r)]
        _observe(store, f, hits, report)
        if forecasts.status(f, bool(hits), as_of) == "expired":  # a forecast ingested after its horizon ran out
            sql.set_forecast_status(store, f, "expired")
            report.forecasts_expired += 1
    if docs:
        touched |= set(sql.presence_events_of(store, docs))
    for key in sorted(touched):
        row = sql.incident_for_forecast(store, key) if key.startswith("inc-") else sql.presence_event(store, key)
        if row is None or not row["first_reported"]:
            continue  # a happening nobody dated (an undated page, no date in its text) cannot be said to follow a forecast
        predicting = [t for t, kinds in forecasts.PREDICTS.items() if row["type"] in kinds]
        since = (dt.date.fromisoformat(row["first_reported"][:10]) - forecasts.UNBOUNDED).isoformat()
        open_forecasts = [f for kind in predicting for f in sql.open_forecasts_for(store, kind, row, since)]  # one index range per type
        for f in sorted(open_forecasts, key=lambda f: f["made_on"], reverse=True)[:50]:
            if row["type"] == "presence" and not _new_country(store, f, row):
                continue
            if forecasts.fulfils(f, row):
                _observe(store, f, [row], report)


def expire_forecasts(store: Store, report: LinkReport) -> None:
    """Open forecasts whose horizon ran out before the newest document expire."""
    report.forecasts_expired += sql.expire_forecasts(store, sql.newest_publication(store))


def _new_country(store: Store, forecast: dict, presence: dict) -> bool:
    """Whether a presence report puts a group in a country where it had no report before the forecast."""
    return any(not sql.group_reported_in(store, group, presence["country"], forecast["made_on"])
               for group in set(forecast["groups"]) & set(presence["groups"]))


# --- the stage ------------------------------------------------------------------------------------------------


def pending(store: Store) -> list[str]:
    """Documents stored but not linked yet, in publication order."""
    return sql.unlinked(store)


def link(store: Store, doc_ids: list[str] | None = None, progress: Callable[[str, int], None] | None = None) -> LinkReport:
    """Link the given documents (default: every document not linked yet), then the forecast ledger."""
    progress = progress or (lambda event, n: None)
    report = LinkReport()
    todo = pending(store) if doc_ids is None else doc_ids
    progress("total", len(todo))
    for doc_id in todo:
        with store.transaction():  # all of a document's linking, its forecasts included, or none of it
            if sql.is_linked(store, doc_id):
                continue
            link_entities(store, doc_id, report)
            touched = link_events(store, doc_id, report)
            link_claims(store, doc_id, report)
            link_forecasts(store, report, [doc_id], touched)
            sql.mark_linked(store, doc_id)
        report.documents += 1
        progress("advance", 1)
    with store.transaction():
        expire_forecasts(store, report)
    return report
