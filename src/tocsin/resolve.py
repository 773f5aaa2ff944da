"""The resolve stage: mentions to canonical entities.

Gazetteer mentions already carry their entry id. A model mention gets a key
from its normalized name; within one document, a person named by surname
alone ("Ojeda") resolves to the full name used elsewhere in that document
("Ronald Ojeda") when exactly one full name ends with it. Across documents,
the same key is the same entity. Fuzzier matching across documents (spelling
variants, titles) belongs to the linking stage.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .models import Annotations, Entity, Mention, Resolved, Statement
from .read.gazetteer import Gazetteer, load_gazetteer, strip_accents

_HONORIFICS = re.compile(r"^(mr|mrs|ms|dr|gen|col|lt|sgt|capt|sen|rep|gov|president|presidente|fiscal)\.?\s+", re.I)


def slug(text: str) -> str:
    """A stable key from a name: accents, case and punctuation folded."""
    return re.sub(r"[^a-z0-9]+", "-", strip_accents(text).casefold()).strip("-")


def entity_id(kind: str, key: str) -> str:
    return f"{kind}:{key}"


def clean_name(mention: Mention) -> str:
    name = " ".join(mention.text.split())
    if mention.kind == "person":
        name = _HONORIFICS.sub("", name)
    return re.sub(r"['’]s$", "", name)


def _surname_keys(mentions: list[Mention]) -> dict[str, str]:
    """Surname slug -> full-name slug, for surnames that only one full name in the document ends with."""
    full: dict[str, set[str]] = {}
    for m in mentions:
        parts = clean_name(m).split()
        if m.kind == "person" and len(parts) >= 2:
            full.setdefault(slug(parts[-1]), set()).add(slug(" ".join(parts)))
    return {last: names.pop() for last, names in full.items() if len(names) == 1}


def _surname_misread(mention: Mention, surnames: dict[str, str]) -> Mention:
    """A lone surname the model read as an organization ("Blinken said", tagged ORG) is the person the document
    names in full with it ("Antony Blinken"), when exactly one such person is named there."""
    name = clean_name(mention)
    if mention.kind == "organization" and mention.origin == "model" and " " not in name and name[:1].isupper() \
            and not name.isupper() and slug(name) in surnames:
        return replace(mention, kind="person", label="PERSON")
    return mention


def _key(mention: Mention, surnames: dict[str, str]) -> str:
    if mention.key:
        return mention.key  # from the gazetteer or the place index
    key = slug(clean_name(mention))
    if mention.kind == "person" and " " not in clean_name(mention):
        return surnames.get(key, key)
    return key


def _named_only(st: Statement, names: dict[str, list[str]], kinds: dict[str, str]) -> str | None:
    """The entity of a speaker the document names in full only where the model does not read it: "MS. JEAN-PIERRE:"
    under "Press Briefing by Press Secretary Karine Jean-Pierre" is Karine Jean-Pierre (tocsin.read.people)."""
    name = st.speaker_name
    if not name or st.speaker_start is None or st.speaker_basis == "label" or len(name.split()) < 2 or name.isupper() or not slug(name):
        return None  # a label the document names no one by ("SENIOR ADMINISTRATION OFFICIAL") is no person
    eid = entity_id("person", slug(name))
    names.setdefault(eid, []).append(name)
    kinds.setdefault(eid, "person")
    return eid


def resolve(annotations: Annotations, gazetteer: Gazetteer | None = None) -> Resolved:
    """Point every mention at a canonical entity; return the entities named."""
    gazetteer = gazetteer or load_gazetteer()
    mentions = [m for m in annotations.mentions if slug(clean_name(m))]
    surnames = _surname_keys(mentions)
    mentions = [_surname_misread(m, surnames) for m in mentions]
    resolved: list[Mention] = []
    names: dict[str, list[str]] = {}
    kinds: dict[str, str] = {}
    for m in mentions:
        key = _key(m, surnames)
        eid = entity_id(m.kind, key)
        resolved.append(replace(m, key=key, entity=eid))
        names.setdefault(eid, []).append(clean_name(m))
        kinds[eid] = m.kind
    by_span = {(m.start, m.end): m.entity for m in resolved}
    statements = tuple(
        replace(
            st,
            speaker_entity=by_span.get(tuple(st.speaker_mention)) if st.speaker_mention else _named_only(st, names, kinds),
            affiliation_entity=by_span.get(tuple(st.affiliation)) if st.affiliation else None,
            place_entity=_place(st.place_key),
        )
        for st in annotations.statements
    )
    forecasts = tuple(
        replace(f, group_entities=tuple(entity_id("group", g) for g in f.group_keys), place_entity=_place(f.place_key))
        for f in annotations.forecasts
    )
    events = tuple(
        replace(
            e,
            actor_entity=by_span.get(tuple(e.actor_mention)) if e.actor_mention else None,
            target_entity=by_span.get(tuple(e.target_mention)) if e.target_mention else None,
            group_entities=tuple(entity_id("group", g) for g in e.group_keys),
            ties=tuple(replace(t, group_entity=entity_id("group", t.group_key)) for t in e.ties),
            place_entity=_place(e.place_key),
        )
        for e in annotations.events
    )
    places = {entity_id("place", p.key): p for p in annotations.places}
    for eid in places:  # a place no mention names is an entity too: a designation's country (read.events.authority)
        names.setdefault(eid, [])
        kinds.setdefault(eid, "place")
    entities = []
    for eid, surfaces in names.items():
        entry = gazetteer.get(eid.split(":", 1)[1]) if kinds[eid] in ("group", "agency", "organization") else None
        if eid in places:
            place = places[eid]
            name, aliases = place.name, tuple(sorted(set(surfaces) - {place.name}))
            external = (("geonames", str(place.id)),) if place.id > 0 else ()
            entities.append(Entity(id=eid, kind="place", name=name, aliases=aliases, external_ids=external))
            continue
        if entry is not None and entry.kind == kinds[eid]:
            name, aliases = entry.name, tuple(sorted({*entry.aliases, *entry.exact, *surfaces} - {entry.name}))
        else:
            name = max(surfaces, key=lambda s: (not s.isupper(), len(s.split()), len(s)))
            aliases = tuple(sorted(set(surfaces) - {name}))
        entities.append(Entity(id=eid, kind=kinds[eid], name=name, aliases=aliases))
    filled = replace(annotations, mentions=tuple(resolved), statements=statements, forecasts=forecasts, events=events)
    return Resolved(annotations=filled, entities=tuple(entities), dateline_entity=_place(annotations.dateline_key))


def _place(key: str | None) -> str | None:
    return entity_id("place", key) if key else None
