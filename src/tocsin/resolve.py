"""The resolve stage: mentions to canonical entities.

Gazetteer mentions already carry their entry id. A model mention gets a key
from its normalized name, a person's without the office written into it
("FBI Director Kash Patel" is Kash Patel); within one document, a person
named by surname alone ("Ojeda") resolves to the full name used elsewhere in
that document ("Ronald Ojeda") when exactly one full name ends with it, a
given name alone ("Karine") when exactly one begins with it, and a shorter
form ("Desmond Clark") to the fullest ("Desmond Demetrius Clark"). Across documents,
the same key is the same entity; a one-word name nothing in its document
resolves keeps a key of that document's own (``scoped``): "Smith" in two
stories is two entities until linking finds evidence they are one. Fuzzier
matching across documents (spelling variants, titles) belongs to the linking
stage.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .models import Annotations, Entity, Mention, Resolved, Statement
from .read.gazetteer import Gazetteer, load_gazetteer, strip_accents
from .read.people import surname, without_title

_HONORIFICS = re.compile(r"^(mr|mrs|ms|dr|gen|col|lt|sgt|capt|sen|rep|gov|president|presidente|fiscal)\.?\s+", re.I)


def slug(text: str) -> str:
    """A stable key from a name: accents, case and punctuation folded."""
    return re.sub(r"[^a-z0-9]+", "-", strip_accents(text).casefold()).strip("-")


def entity_id(kind: str, key: str) -> str:
    return f"{kind}:{key}"


def clean_name(mention: Mention) -> str:
    name = _EDGES.sub("", " ".join(mention.text.split()))
    if mention.kind == "person":
        name = person_name(name)
    return re.sub(r"['’]s$", "", name)


# Punctuation a span may take in at its edges ("— Turner", "Ojeda,"): no part of a name
_EDGES = re.compile(r"^[^\w]+|[^\w.]+$")


def person_name(name: str) -> str:
    """A person's name without honorific or office before it: "Gen. Ruiz" and "FBI Director Kash Patel" are
    keyed as "Ruiz" and "Kash Patel", so the one person named with and without a title is one entity."""
    return without_title(_HONORIFICS.sub("", name))


def _person_names(mentions: list[Mention], statements: tuple[Statement, ...] = ()) -> list[str]:
    """The people a document names, as written (without a title): its person mentions, and the speakers of its
    transcript turns named only in its title ("Karine Jean-Pierre" of "Press Briefing by Press Secretary Karine
    Jean-Pierre", whose text writes "MS. JEAN-PIERRE:" and "Thanks, Karine"; tocsin.read.people)."""
    titled = [person_name(st.speaker_name) for st in statements
              if st.speaker_basis == "turn" and st.speaker_name and not st.speaker_name.isupper()]
    return [clean_name(m) for m in mentions if m.kind == "person"] + [n for n in titled if slug(n)]


def _fuller_forms(names: list[str]) -> dict[str, str]:
    """Full-name slug -> the slug of the fullest form of that name in the document: "Desmond Clark" and "Desmond D.
    Clark" are "Desmond Demetrius Clark" when it is written, each word or initial of the shorter being one of the
    longer's. Two forms that differ ("John A. Smith", "John B. Smith") are two people and keep their own keys."""
    groups: dict[tuple[str, str], set[str]] = {}
    for name in names:
        words = name.split()
        if len(words) >= 2:
            groups.setdefault((slug(surname(" ".join(words))), slug(words[0])), set()).add(slug(" ".join(words)))
    forms = {}
    for names in groups.values():
        fullest = max(names, key=lambda n: (n.count("-"), len(n), n))
        if all(_within(n, fullest) for n in names):
            forms |= {n: fullest for n in names}
    return forms


def _within(short: str, full: str) -> bool:
    """Each word of a name's slug is a word of the fuller one, a middle initial standing for one of its middle words:
    "bobbie-c-ryan" within "bobbie-cyana-ryan"; never the given name or the surname ("Ana R. Ruiz" is no "Ana Beatriz
    Ruiz": "R" is not "Ruiz")."""
    words, short_words = full.split("-"), short.split("-")
    middle = words[1:-1]
    return all(w in words or len(w) == 1 and 0 < i < len(short_words) - 1 and any(f.startswith(w) for f in middle)
               for i, w in enumerate(short_words))


def _surname_keys(names: list[str], forms: dict[str, str]) -> dict[str, str]:
    """Surname slug -> full-name slug, for surnames that only one full name in the document ends with ("Demarest"
    for "Joseph M. Demarest, Jr."), in any of its forms."""
    full: dict[str, set[str]] = {}
    for name in names:
        if len(name.split()) >= 2:
            full.setdefault(slug(surname(name)), set()).add(forms.get(slug(name), slug(name)))
    return {last: names.pop() for last, names in full.items() if len(names) == 1}


def _given_keys(names: list[str], forms: dict[str, str]) -> dict[str, str]:
    """Given-name slug -> full-name slug, for given names that only one full name in the document begins with
    ("Karine" for "Karine Jean-Pierre"); not one that is also a surname there ("Jordan" of "Jordan Smith" and
    "Mike Jordan"), nor an initial."""
    given: dict[str, set[str]] = {}
    families = set()
    for name in names:
        words = name.split()
        if len(words) >= 2:
            families.add(slug(surname(" ".join(words))))
            if len(words[0].rstrip(".")) > 1:
                given.setdefault(slug(words[0]), set()).add(forms.get(slug(" ".join(words)), slug(" ".join(words))))
    return {first: core for first, names in given.items() if first not in families and (core := _core(names))}


def _core(names: set[str]) -> str | None:
    """The one name of several that each of the others contains: "George Floyd" of "George Floyd" and "George Floyd
    Justice" (an act read as a name); None when two differ ("Marisol Okafor", "Marisol Brand")."""
    return next((n for n in sorted(names, key=len) if all(_within(n, other) for other in names)), None)


def _surname_misread(mention: Mention, surnames: dict[str, str]) -> Mention:
    """A lone surname the model read as an organization ("Blinken said", tagged ORG) is the person the document
    names in full with it ("Antony Blinken"), when exactly one such person is named there."""
    name = clean_name(mention)
    if mention.kind == "organization" and mention.origin == "model" and " " not in name and name[:1].isupper() \
            and not name.isupper() and slug(name) in surnames:
        return replace(mention, kind="person", label="PERSON")
    return mention


SCOPE = "@"


def scoped(key: str, doc_id: str) -> str:
    """The key of a one-word name no full name of its document resolves ("Smith"): that document's own, since a
    surname alone is no evidence that two documents speak of one person. Linking joins it to others on evidence
    (tocsin.link.entities)."""
    return f"{key}{SCOPE}{doc_id[:10]}"


def bare(entity: str) -> str:
    """An entity id without its document's scope: "person:smith@1f2e…" -> "person:smith"."""
    return entity.split(SCOPE, 1)[0]


def _key(mention: Mention, lone: dict[str, str], forms: dict[str, str], doc_id: str) -> str:
    if mention.key:
        return mention.key  # from the gazetteer or the place index
    key = slug(clean_name(mention))
    if mention.kind == "person":
        return (lone.get(key) or scoped(key, doc_id)) if " " not in clean_name(mention) else forms.get(key, key)
    return key


def _named_only(st: Statement, names: dict[str, list[str]], kinds: dict[str, str], lone: dict[str, str],
                forms: dict[str, str], doc_id: str) -> str | None:
    """The entity of a speaker the document names in full only where the model does not read it: "MS. JEAN-PIERRE:"
    under "Press Briefing by Press Secretary Karine Jean-Pierre" is Karine Jean-Pierre (tocsin.read.people); "Sealock"
    after "Columbus Investigator Gregory Sealock", which the model read as an organization, is Gregory Sealock."""
    name = st.speaker_name
    if not name or st.speaker_start is None or st.speaker_basis == "label" or name.isupper() or not slug(name):
        return None  # a label the document names no one by ("SENIOR ADMINISTRATION OFFICIAL") is no person
    if len(name.split()) < 2 and st.speaker_basis != "turn":
        return None  # one word names a speaker only where the title gives it to a turn ("THE PRESIDENT:", "Remarks by President Biden")
    name = person_name(name)  # "President Trump": the Trump the document names in full, if one
    key = slug(name)
    eid = entity_id("person", (lone.get(key) or scoped(key, doc_id)) if " " not in name else forms.get(key, key))
    names.setdefault(eid, []).append(name)
    kinds.setdefault(eid, "person")
    return eid


def resolve(annotations: Annotations, gazetteer: Gazetteer | None = None) -> Resolved:
    """Point every mention at a canonical entity; return the entities named."""
    gazetteer = gazetteer or load_gazetteer()
    mentions = [m for m in annotations.mentions if slug(clean_name(m))]
    people = _person_names(mentions, annotations.statements)
    forms = _fuller_forms(people)
    surnames = _surname_keys(people, forms)
    mentions = [_surname_misread(m, surnames) for m in mentions]
    lone = _given_keys(_person_names(mentions, annotations.statements), forms) | surnames  # what a one-word name stands for here
    resolved: list[Mention] = []
    names: dict[str, list[str]] = {}
    kinds: dict[str, str] = {}
    for m in mentions:
        key = _key(m, lone, forms, annotations.doc_id)
        eid = entity_id(m.kind, key)
        resolved.append(replace(m, key=key, entity=eid))
        names.setdefault(eid, []).append(clean_name(m))
        kinds[eid] = m.kind
    by_span = {(m.start, m.end): m.entity for m in resolved}
    statements = tuple(
        replace(
            st,
            speaker_entity=(by_span.get(tuple(st.speaker_mention)) if st.speaker_mention else None)
            or _named_only(st, names, kinds, lone, forms, annotations.doc_id),
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
