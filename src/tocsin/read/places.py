"""Places: the toponyms of a read document resolved to places of the offline index (toponyms.py finds
them).

How they are resolved, in the order a careful reader weighs evidence:

1. the admin hierarchy in the text: "Aurora, Colorado", "Santiago, Chile",
   "the state of Aragua";
2. the article's own context: countries and states named (of two states
   the text names, the one it names more: "Cass County" among Missouri
   towns and one Illinois one is Missouri's), the dateline, demonyms, the
   outlet's country-code domain (any but those sold as generic names: .io, .tv)
   and its home division, learned from its other documents (home.py); in
   U.S. local news, the area codes of the numbers it prints and the county a
   town it names lies in ("Huntsville" beside "Walker County" is Texas's;
   uslocal.py);
3. feature type: a country over a town of the same name, a state over a
   small town of its name, a city over a same-name division when the city
   is a real share of it (Lima, New York);
4. population as the prior, never the decision;
5. abstain when nothing supports a tiny or far-off namesake.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from urllib.parse import urlsplit

from ..models import Mention, Place
from .home import Home
from .namesakes import (MAX_CANDIDATES, bearers_of, city_within, dateline_city, namesake_regions, world_city, yields_to_capital,
                        yields_to_city)
from .placedb import PlaceIndex, fold, place_index
from .placenames import _capitals, _core, _seat_within, _short_forms, part_of, person_surnames, place_within, within
from .toponyms import Toponym, _inside, find_toponyms, rule_toponyms
from .uslocal import area_codes, counties_named, county_base

# Country-code domains sold mostly as generic names: they say nothing of an outlet's home. Those a country's own news
# sites use are not here (.am, .ly, .md, .ps, .so: news.am, libyaobserver.ly), nor .co, kept as Colombia's.
GENERIC_TLDS = {"io", "ai", "tv", "me", "fm", "to", "ws", "cc", "gg", "nu", "sh", "st", "ac", "la", "im", "vc", "ms", "tk", "ag",
                 "cx", "gs", "ax", "cd", "ad"}


@dataclass(frozen=True)
class PlaceMention:
    """A toponym with the place it resolved to (None when tocsin abstains)."""

    start: int
    end: int
    text: str
    source: str
    place: Place | None
    score: float = 0.0

    @property
    def precision(self) -> str:
        return self.place.precision if self.place else "unknown"


@dataclass
class _Context:
    countries: Counter = field(default_factory=Counter)
    admin1: Counter = field(default_factory=Counter)
    total: float = 0.0
    shared: Counter = field(default_factory=Counter)  # first-level division -> how many of the text's town names have a namesake there
    named: Counter = field(default_factory=Counter)  # first-level divisions named as such (a state, a county in it, the outlet's home)
    counties: frozenset = frozenset()  # folded names of the counties the text names ("walker county")
    towns: frozenset = frozenset()  # folded names the text gives that may be U.S. towns
    reached: frozenset = frozenset()  # (state, folded town) pairs the area codes of the text's phone numbers reach

    def vote(self, place: Place, weight: float = 1.0) -> None:
        if place.kind == "continent" or not place.country:  # a continent, a sea, a region of several countries
            return
        self.countries[place.country] += weight
        self.total += weight
        if place.kind in ("admin1", "admin2", "city", "site") and place.admin1:
            self.admin1[place.admin1_key] += weight
        if place.kind in ("admin1", "admin2") and place.admin1:
            self.named[place.admin1_key] += weight

    def copy(self) -> "_Context":
        return _Context(self.countries.copy(), self.admin1.copy(), self.total, self.shared, self.named.copy(), self.counties,
                        self.towns, self.reached)

    def state_share(self, key: str, counter: str = "admin1") -> float:
        """The share of the votes for first-level divisions that one division has (``counter``: "admin1", any
        mention in it, or "named", the division named as such)."""
        votes = getattr(self, counter)
        total = sum(v for v in votes.values() if v > 0)
        return votes[key] / total if total > 0 and votes[key] > 0 else 0.0

    def country_share(self, iso: str) -> float:
        return self.countries[iso] / self.total if self.total > 0 else 0.0


HOME_VOTE = 0.5  # the outlet's home division, as much as its country-code domain weighs for a country
WORLD_CITY = 2.5  # a small town named like a world city, where the text gives it no state
FOREIGN_CAPITAL = 4.5  # a first-level division of another country named like a national capital, where the text says no division
BIG_NAMESAKE = 2.5  # a town named like a great city of its own country, where the text names neither its state nor its county
LIST_KIND = 3.0  # a name in a list after a country or a state, for a place of the same kind (and country)
STATE_OF_THE_STORY = 0.2  # a state that has this share of the text's state votes is where the story is: its towns need no
# more to stand against a great namesake (a long briefing that once names Maryland says "Damascus" of Syria) ...
STATE_OF_A_WORLD_CITYS_NAMESAKE = 0.5  # ... and against a world city, half of them ("Paris, Texas" in a Texas story)
SHARED_REGION = 2.0  # per other town name of the text with a namesake in the same first-level division, shared by its namesakes
TOWN_IN_COUNTY = 5.0  # a U.S. town that lies in a county the text names, and that county, for each other
AREA_CODE = 2.5  # a U.S. town one of the text's phone numbers reaches ...
STORY_VOTES, STORY_SHARE = 5.0, 0.9  # a story set in one country: this many votes for places, this share of them in it
NAMED_TOWN = 50_000  # ... in which a town the model called a place, and only one country has, is still that town
AREA_CODE_STATE = 1.0  # ... and the state that holds nearly all of that code, a vote as for a state named


# A name followed by the word for a division ("Karak district", "Aydin Province"), which the index may know bare.
# "District" and "Region" in lower case only: "Hampden County District" is the start of its District Attorney's title.
_DIVISION_WORD = re.compile(r"^(.+?)\s+(?:district|region|department|[Pp]rovince|[Gg]overnorate|[Pp]refecture|[Oo]blast)$")
_COUNTY_SHORT = re.compile(r"(.+?)\s+(?:Co|CO)\.?")
# Cities news names by their initials with periods, which folding would make another place's abbreviation.
CITY_INITIALS = {"L.A.": "Los Angeles", "K.C.": "Kansas City"}


class Resolver:
    """Resolves a document's toponyms against the place index."""

    def __init__(self, index: PlaceIndex):
        self.index = index

    def candidates(self, top: Toponym) -> list[Place]:
        if top.source == "demonym":
            if "|" in (top.country_hint or ""):  # "Texan", "Ontarian": a state's or a province's residents
                name, country = top.country_hint.split("|")
                return [p for p in self.index.lookup(name) if p.kind == "admin1" and p.country == country][:1]
            if len(top.country_hint or "") != 2:  # "European", "Abkhaz": a continent's, a region's or a division's adjective
                found = [p for p in self.index.lookup(top.country_hint or "") if p.kind in ("continent", "region", "admin1")]
                return sorted(found, key=lambda p: p.kind == "admin1")[:1]  # a division only where no region bears the name
            place = self.index.country(top.country_hint)
            return [place] if place else []
        if top.source == "abbreviation":
            return [p for p in self.index.lookup(top.text, abbreviations=True) if p.kind == "admin1"]
        if top.container:  # "Aurora, Colo."
            return self.index.lookup(top.text, abbreviations=True)
        if top.text in CITY_INITIALS:  # "L.A." is Los Angeles; folded it would be "La.", Louisiana's abbreviation
            return sorted((p for p in self.index.lookup(CITY_INITIALS[top.text]) if p.kind == "city"), key=lambda p: -p.population)[:1]
        if "." in top.text and len(top.text) <= 6:  # "in B.C.", "D.C.": a state's or a country's short form, never a town's
            return [p for p in self.index.lookup(top.text, abbreviations=True) if p.kind in ("country", "admin1", "continent")]
        found = self.index.lookup(top.text) or part_of(top.text, self.index)  # "Northern Virginia": Virginia
        if (county := _COUNTY_SHORT.fullmatch(top.text)) is not None:  # "Platte Co.", "PLYMOUTH CO.": the county
            found = [p for p in self.index.lookup(county.group(1) + " County") if p.kind == "admin2"] or found
        if (bare := _DIVISION_WORD.match(top.text)) is not None:  # "the Karak district": Jordan's Al Karak, not only a "Karak District"
            found = found + [p for p in self.index.lookup(bare.group(1)) if p.kind in ("admin1", "admin2") and p not in found]
        if top.source != "dateline" and top.text.isupper() and len(top.text) <= 4:  # "UN", "EU", "VAWA": no town's alias; nor
            found = [p for p in self.index.lookup(top.text, abbreviations=True)  # "GAO" Mali's Gao, nor "BIE" Angola's Bié
                     if p.kind in ("country", "continent") or p.kind == "admin1" and (fold(p.name) != fold(top.text) or len(top.text) == 4)]
        if top.admin:
            found = [p for p in found if p.kind in ("admin1", "admin2")] or found
        return [p for p in found if p.country in top.countries] if top.countries else found  # a Crown Court's town is British

    def score(self, top: Toponym, place: Place, ctx: _Context, rivals: list[Place], own: frozenset = frozenset(),
              world: Place | None = None, listed: Place | None = None, bearers: list[Place] | None = None) -> float:
        """``world``: the world city among ``rivals`` that bears the name as its own, if one does (``world_city``);
        ``listed``: the place of the name before it in a list; ``bearers``: the rivals that bear the name as their own
        (``bearers_of``; computed here when not given)."""
        bearers = bearers_of(top, rivals) if bearers is None else bearers
        prior = math.log10(place.population + 10) if place.kind != "region" else 7.0  # a region counts no people; weigh it as a big country
        bonus = {"continent": 5.0, "region": 5.0, "country": 4.0, "admin1": 1.5, "city": 0.0, "site": 0.5, "admin2": -1.5}[place.kind]
        if place.id < 0:
            bonus += 2.0  # the project's supplement: places curated because this reporting names them
        if fold(place.name) == fold(top.text):
            bonus += 1.5  # its own name, not one of its alternate names
        elif _short_forms(place.name) == _short_forms(top.text):
            bonus += 1.25  # ... spelled another way ("Hillsboro" is Hillsborough's), a little less than as written
        elif _core(place.name) == _core(top.text) and not any(r.kind in ("country", "admin1") for r in bearers):
            bonus += 1.0  # its own name give or take an article or the word for its kind: "Karak" is Al Karak or Karak City, not
            # Qīr Moāv; but a country's or a state's own name is theirs ("Guatemala police" are not Guatemala City's)
        elif place.kind in ("city", "admin2") and place.id > 0 and any(
                r.population >= (1 if r.country == place.country else 10) * place.population for r in bearers):
            bonus -= 2.0  # "Chicago" is Willard, Ohio's old name; a far bigger place, or a bigger one of its country, bears it as
            # its own ("Paris" was Swainsboro, Georgia's name, and is Paris, Tennessee's)
        if (world is not None and place.kind in ("city", "admin2") and place.country != world.country and top.parent is None
                and world.population >= 100 * place.population and ctx.state_share(place.admin1_key) < STATE_OF_A_WORLD_CITYS_NAMESAKE):
            bonus -= WORLD_CITY  # "Moscow" beside "Washington" is Russia's capital, not Moscow, Idaho, unless the story is Idaho's
            # (half its state votes): a speech that names Texas says "the Paris Agreement" of France
        if (world is not None and place.kind == "admin1" and place.country != world.country and not top.admin and top.parent is None
                and _capitals().get(world.country) == fold(top.text)):
            bonus -= FOREIGN_CAPITAL  # "Jerusalem" is Israel's capital, not the West Bank governorate that bears its name
        dwarfed = (place.kind in ("city", "admin2") and place.id > 0 and top.parent is None and not top.local
                   and ctx.state_share(place.admin1_key, "named") < STATE_OF_THE_STORY
                   and any(r.kind == "city" and r.country == place.country and r.admin1_key != place.admin1_key
                           and r.population >= max(250_000, 25 * place.population) for r in bearers))
        if dwarfed:  # "arrested in Boston" beside "New York City" is Massachusetts' Boston, not the town of Boston, New York; nor
            bonus -= BIG_NAMESAKE  # does a great city's name count for the state where a small namesake lies ("Boston", "Newark")
        among_states = listed is not None and listed.kind == "admin1" and place.kind == "admin1" and listed.country == place.country
        if place.kind in ("admin1", "admin2") and not (top.admin or among_states) and (
                yields_to_city(top, place, rivals) or dateline_city(top, place, rivals) or yields_to_capital(top, place, rivals)):
            bonus -= 4.5  # Lima, Ciudad de México: the city, unless the text says the state, or lists it among states ("Oregon
            # and Washington laws"); this outweighs the own-name bonus
        if place.kind == "city" and place.population >= 500_000 and dateline_city(top, place, rivals):
            bonus += 4.5  # ... nor a namesake town of a state the story names: "WASHINGTON –" over a release on Maryland
        if place.kind in ("city", "admin2") and not (top.local or top.cued or top.parent is not None) and any(
                (r.kind == "country" or r.kind == "admin1" and r.country == place.country and r.admin1_key != place.admin1_key)
                for r in bearers) and world is None:
            bonus -= 3.0  # "Greenland", "Delaware": the country or the state, unless the text gives the town its state or cues it
        if top.local and place.kind in ("admin1", "country") and not ctx.countries[place.country] > 0:
            bonus -= 7.0 if place.kind == "country" and any(r.kind == "city" and r.admin1 and ctx.admin1[r.admin1_key] > 0 for r in rivals) else 3.0
            # "Berea police", "a Berea man": a town or a county, not Lesotho's Berea district; nor a country, where a town of the
            # name lies in a state the text names ("a Lebanon woman, Indiana police said"; "Jordan police" alone are Jordan's, and
            # "a Mexico man" near Laredo, Texas, is no man of Mexico, Missouri)
        if top.local and fold(place.name) != fold(top.text) and any(r.kind in ("city", "admin2") for r in bearers):
            bonus -= 2.0  # ... and one that bears the name as its own, not Aleppo, once called Beroea
        if listed is not None and listed.kind in ("country", "admin1") and place.kind == listed.kind and (
                listed.kind == "country" or place.country == listed.country):
            bonus += LIST_KIND  # "New South Wales, Western Australia and Queensland": states of one country, not a town in Alberta
        near = sum(ctx.country_share(n) for n in self.index.neighbours(place.country))
        context = 5.0 * ctx.country_share(place.country) + 1.5 * near
        if place.admin1_key and ctx.admin1[place.admin1_key] > 0:  # a state the text names, the more the surer
            context += 2.5 + 1.5 * ctx.admin1[place.admin1_key] / sum(v for v in ctx.admin1.values() if v > 0)
        if own and place.kind in ("city", "admin2") and place.admin1_key and not dwarfed:  # "Richmond" and "Berea" both have a namesake in Kentucky
            context += SHARED_REGION * min(2.0, ctx.shared[place.admin1_key] - (1 / len(own) if place.admin1_key in own else 0.0))
        return prior + bonus + context + self._local(top, place, ctx, rivals)

    def _local(self, top: Toponym, place: Place, ctx: _Context, rivals: list[Place]) -> float:
        """What U.S. local news says without naming a state: a town in a county the text names (and the county of a
        town it names), a town its phone numbers reach (uslocal.py); for places that bear the name as their own, and
        not where a U.S. state bears it ("Kansas", "Indiana")."""
        if place.country != "US" or place.kind not in ("city", "admin2") or not place.admin1 or place.id < 0 or top.container:
            return 0.0  # the name after a comma that holds the one before is a state ("Washington County, Washington")
        if _short_forms(place.name) != _short_forms(top.text) or any(
                r.kind == "admin1" and r.country == "US" and fold(r.name) == fold(top.text) for r in rivals):
            return 0.0  # "Youngstown" was Mount Gilead's name; "Kansas" is the state
        us, bonus = self.index.us, 0.0
        if place.kind == "city":
            name = fold(place.name)
            if ctx.counties and us.counties(place.admin1, name) & ctx.counties:
                bonus += TOWN_IN_COUNTY
            if (place.admin1, name) in ctx.reached:
                bonus += AREA_CODE
        elif ctx.towns and any({fold(place.name), fold(place.name + " County")} & us.counties(place.admin1, t) for t in ctx.towns):
            bonus += TOWN_IN_COUNTY
        return bonus

    def pick(self, top: Toponym, ctx: _Context, parent: Place | None, abbreviated: bool = False,
             listed: Place | None = None) -> tuple[Place | None, float]:
        """``abbreviated``: the parent is written as a state's short form ("Scotland, Md."), which only follows a town;
        ``listed``: the place of the name before it in a list."""
        found = self.candidates(top)
        if parent is not None and any(p.kind == "country" and p.id != parent.id and fold(p.name) == fold(top.text) for p in found):
            parent = None  # "Canada, Mexico and the United States": a country is inside no other ("Singapore, Singapore" is)
        if parent is not None:
            inside = [p for p in found if within(p, parent)]
            if not inside and parent.kind == "admin1" and county_base(top.text) != top.text:
                return parent, 0.0  # "Washington County, Washington": a county, never an item of a list; the index has no
                # county of that name in the state, which is what the text says of where it lies
            # nothing inside: a list ("Saskatoon, Calgary and Winnipeg", "Canada, Mexico and the United States"), or a
            # town the index lacks ("Scotland, Md.": no Scotland in Maryland; abstain rather than take Scotland's)
            found = inside or ([] if abbreviated else found)
        if not found:
            return None, 0.0
        if len(found) > MAX_CANDIDATES:  # "Santiago" has 100+ namesakes; the tail never wins
            found = sorted(found, key=lambda p: (p.id > 0, -p.population))[:MAX_CANDIDATES]
        own = namesake_regions(found, top.text) if top.source in ("ner", "reclassified", "dateline") and not top.container else frozenset()
        world = world_city(top, found)
        listed = listed if parent is None else None
        bearers = bearers_of(top, found)
        scored = sorted(((self.score(top, p, ctx, found, own, world, listed, bearers), p) for p in found), key=lambda sp: (-sp[0], sp[1].id))
        best_score, best = scored[0]
        best = city_within(top, best, found) or best
        supported = ctx.countries[best.country] > 0 or parent is not None
        if best.kind == "city" and best.population < 1000 and not supported:
            return None, best_score  # a hamlet somewhere else: abstain
        if top.source == "reclassified" and not (supported or best.population >= 200_000 or best.kind in ("country", "admin1")
                                                 or top.cued and best.kind == "city" and best.population >= 5_000):
            return None, best_score
        return best, best_score

    def _drop_far_off(self, toponyms: list[Toponym], chosen: list, base: _Context) -> None:
        """Once every name is placed: a town of a country no other name of the text supports, in a story set in another
        country (``_story_elsewhere``), is dropped: "a Metro train" in a story set in Washington is no town in Indonesia."""
        for i, (place, _score) in enumerate(chosen):
            top = toponyms[i]
            if place is None or place.kind != "city" or top.parent is not None or top.source == "dateline" or (
                    top.source == "ner" and place.population >= NAMED_TOWN and {p.country for p in self.index.lookup(top.text)} == {place.country}):
                continue  # a town of 50,000 the model called a place, whose name no other country has: "traffickers in Tumaco"
            ctx, named = base.copy(), {fold(toponyms[j].text): other for j, (other, _s) in enumerate(chosen) if other is not None}
            for name, other in named.items():  # each other name once: "Dublin" eight times is one name's guess, no story
                if name != fold(top.text):
                    ctx.vote(other, 2.0 if other.kind in ("country", "admin1") else 1.0)
            if not ctx.countries[place.country] > 0 and self._story_elsewhere(place, ctx):
                chosen[i] = (None, 0.0)

    def _story_elsewhere(self, place: Place, ctx: _Context) -> bool:
        """Whether the text's places lie, nine in ten of at least five votes, in one country that is neither the town's
        nor its neighbour, and the town is no city of 200,000 nor a capital: nothing in the text supports it."""
        if ctx.total < STORY_VOTES or not ctx.countries:
            return False
        country, votes = ctx.countries.most_common(1)[0]
        return (votes >= STORY_SHARE * ctx.total and country != place.country and place.country not in self.index.neighbours(country)
                and place.population < 200_000 and _capitals().get(place.country) != fold(place.name))

    def home_country(self, url: str | None) -> Place | None:
        """The country an outlet's country-code domain names ("moscowtimes.ru", "bbc.co.uk"), if it names one."""
        tld = (urlsplit(url).hostname or "").rsplit(".", 1)[-1].lower() if url else ""
        if len(tld) != 2 or tld in GENERIC_TLDS:
            return None
        return self.index.country({"uk": "GB"}.get(tld, tld.upper()))

    def resolve(self, toponyms: list[Toponym], url: str | None = None, home: Home | None = None, text: str = "") -> list[PlaceMention]:
        """``home``: the outlet's home division, learned from its other documents (home.py), a weak vote; ``text``: the
        document, for the area codes of its phone numbers and the counties it writes out (uslocal.py)."""
        base = self._local_context(toponyms, text)
        names = {fold(t.text): t for t in toponyms if t.source in ("ner", "reclassified", "dateline") and not t.container}
        for t in names.values():
            regions = namesake_regions(self.candidates(t), t.text)
            for key in regions:  # a name with namesakes in many states says little about any one of them
                base.shared[key] += 1 / len(regions)
        if (country := self.home_country(url)) is not None:
            base.vote(country, 0.5)
        if home is not None and (division := self.index.admin1(home.country, home.admin1)) is not None:
            base.vote(division, HOME_VOTE)
        for top in toponyms:
            if top.source == "demonym" and (denoted := self.candidates(top)):
                base.vote(denoted[0], 0.5)  # a country, or a state ("Texan"); a continent or a region casts no vote
        chosen: list[tuple[Place | None, float]] = [(None, 0.0)] * len(toponyms)
        for i in _parents_first(toponyms):  # first pass: hierarchy, dateline, demonyms, priors
            chosen[i] = self._pick_at(i, toponyms, chosen, base)
        for _ in range(2):  # later passes: every other resolved place is context
            previous = list(chosen)
            weight = lambda p: 2.0 if p.kind in ("country", "admin1") else 1.0  # noqa: E731
            everyone = base.copy()
            for place, _score in previous:
                if place is not None:
                    everyone.vote(place, weight(place))
            for i in _parents_first(toponyms):
                ctx = everyone.copy()  # ... less this name's own votes: a name is no evidence for itself, however it is
                # cased (a headline's "Newark" and a dateline's "NEWARK")
                for j, (place, _score) in enumerate(previous):
                    if place is not None and fold(toponyms[j].text) == fold(toponyms[i].text):
                        ctx.vote(place, -weight(place))
                chosen[i] = self._pick_at(i, toponyms, chosen, ctx)
            if chosen == previous:
                break
        self._drop_far_off(toponyms, chosen, base)
        return [PlaceMention(t.start, t.end, t.text, t.source, p, s) for t, (p, s) in zip(toponyms, chosen)]

    def _local_context(self, toponyms: list[Toponym], text: str) -> _Context:
        """The context with the text's counties, town names and the towns and states its area codes reach."""
        counties, towns = {fold(c) for c in counties_named(text)}, set()
        for t in toponyms:
            if t.source not in ("ner", "reclassified", "dateline") or t.container:
                continue
            name = m.group(1) + " County" if (m := _COUNTY_SHORT.fullmatch(t.text)) else t.text.strip()
            (counties if county_base(name) != name else towns).add(fold(name))
        reached, states = set(), []
        for code in area_codes(text):
            pairs, state = self.index.us.area_code(code)
            reached |= pairs
            states += [state] if state else []
        ctx = _Context(counties=frozenset(counties), towns=frozenset(towns), reached=frozenset(reached))
        for state in dict.fromkeys(states):
            if (division := self.index.admin1("US", state)) is not None:
                ctx.vote(division, AREA_CODE_STATE)
        return ctx

    def _pick_at(self, i: int, toponyms: list[Toponym], chosen, ctx: _Context) -> tuple[Place | None, float]:
        top = toponyms[i]
        if (placed := _placed_by_hierarchy(i, toponyms, chosen, self.index)) is not None:
            return placed
        parent = chosen[top.parent][0] if top.parent is not None else None
        abbreviated = top.parent is not None and (toponyms[top.parent].source == "abbreviation" or "." in toponyms[top.parent].text)
        listed = chosen[top.listed_after][0] if top.listed_after is not None else None
        return self.pick(top, ctx, parent, abbreviated, listed)


def _placed_by_hierarchy(i: int, toponyms: list[Toponym], chosen, index: PlaceIndex) -> tuple[Place, float] | None:
    """One name, one place in a document: a bare mention of a name the text placed in the hierarchy elsewhere
    ("a 25-year-old Paris, Missouri, man" … "of Paris"), or that its words made a town elsewhere ("behind Berea
    apartment complex" … "Berea police"), is that place, unless its own words cue another kind."""
    top = toponyms[i]
    if top.parent is not None or top.container or top.admin or top.source not in ("ner", "reclassified", "dateline"):
        return None
    name = fold(top.text)
    if any(p.kind == "country" and fold(p.name) == name for p in index.lookup(top.text)):
        return None  # "Singapore, Singapore" names the city; "Singapore" alone, the country
    anchored = [j for j, other in enumerate(toponyms) if (other.parent is not None or other.local and not top.local)
                and chosen[j][0] is not None and fold(other.text) == name]
    return chosen[min(anchored, key=lambda j: toponyms[j].parent is None)] if anchored else None


def _parents_first(toponyms: list[Toponym]) -> list[int]:
    return sorted(range(len(toponyms)), key=lambda i: toponyms[i].parent is None, reverse=True)


_LABELS = {"dateline": "GPE", "abbreviation": "GPE", "demonym": "NORP", "reclassified": "GPE", "ner": None}


def apply_places(
    text: str, url: str | None, mentions: list[Mention], ents, has_ner: bool = True, home: Home | None = None
) -> tuple[list[Mention], list[Place], str | None]:
    """Mentions with their toponyms resolved: place mentions carry their
    place's key; datelines, demonyms and state abbreviations are added; names
    the model mislabelled become places. Without a strong NER model (none, or
    the small Spanish one), capitalized names after prepositions add the places
    it misses; ``home`` is the outlet's home division, where one is known.
    Returns (mentions, places, dateline key)."""
    index = place_index()
    if not has_ner:
        taken = [(s, e) for s, e, _ in ents]
        ents = ents + [t for t in rule_toponyms(text, index) if not _inside(t[0], t[1], taken)]
    found = Resolver(index).resolve(find_toponyms(text, ents, person_surnames(ents, text), index), url, home, text)
    resolved = {(pm.start, pm.end): pm for pm in found if pm.place is not None}
    out = []
    spans = {(m.start, m.end) for m in mentions}
    longer = [(s, e) for s, e in resolved if (s, e) not in spans]  # toponyms the model's mentions cut short
    for m in mentions:
        pm = resolved.pop((m.start, m.end), None)
        outer = next((se for se in longer if se in resolved and se[0] <= m.start and m.end <= se[1]), None) if pm is None else None
        if outer is not None:  # "Miami-Dade" where the model saw "Miami", "Salt Lake City" where it saw "Lake City"
            pm = resolved.pop(outer)
            m = replace(m, start=pm.start, end=pm.end, text=text[pm.start : pm.end])
        inner = (place_within(m.text, index) if m.label == "ORG" else _seat_within(m.text)) if pm is None else None
        seat = (m.start + inner[0], m.start + inner[1]) if inner else None
        if seat in resolved:  # "Wyandotte County District Court": a court, at a place
            named_after = resolved.pop(seat)
            out.append(Mention(named_after.start, named_after.end, named_after.text, "GPE", "place", "places", named_after.place.key))
            m = Mention(m.start, m.end, m.text, "ORG", "organization", m.origin, None)
        if pm is not None:
            label = m.label if m.kind == "place" else "GPE"
            m = Mention(m.start, m.end, m.text, label, "place", m.origin if m.kind == "place" else "places", pm.place.key)
        out.append(m)
    keyed = [(m.start, m.end) for m in out if m.kind == "place" and m.key]
    out = [m for m in out if not (m.kind == "place" and not m.key and any(s <= m.start and m.end <= e for s, e in keyed))]
    surnames = person_surnames(ents, text)
    out = [
        replace(m, kind="person", label="PERSON", key=None)
        if m.kind == "place" and m.key is None and fold(m.text) in surnames
        else m
        for m in out
    ]  # "Zambada" tagged as a place where the text names Ismael Zambada
    for pm in resolved.values():  # datelines, demonyms, abbreviations, rule toponyms the model did not tag
        if not any(m.start < pm.end and pm.start < m.end for m in out):
            out.append(Mention(pm.start, pm.end, pm.text, _LABELS[pm.source] or "GPE", "place", "places", pm.place.key))
    dateline = next((pm.place.key for pm in found if pm.source == "dateline" and pm.place), None)
    used = {m.key for m in out}
    places = {pm.place.key: pm.place for pm in found if pm.place is not None and pm.place.key in used}
    return sorted(out, key=lambda m: m.start), list(places.values()), dateline if dateline in used else None
