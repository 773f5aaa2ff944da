"""Where and when a span (an event trigger, a statement) is about.

Place, in the order the places issue sets: the closest resolved place in the
span's sentence (or its most specific one, for events; the dateline itself
does not count as one, nor, for events, a place someone lives in or comes
from: ``home``), else the dateline (unless the story names another place of
that country, as specific, more often), else the article's main place (not
for an item of a list, for events), else "unknown". (Taking a place
from the sentence before was tried and lost: on the event gold set it
turned 13 right answers wrong for 5 it fixed. What works is narrower: an
event placed only this way takes the place the story gives the same
happening elsewhere, events.records.placed_by_the_story.) Date: the closest calendar expression in the sentence, else the
publication date. Each answer says what it rests on and how precise it is,
in the manner of ACLED's geo- and time-precision codes.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from ..models import Annotations, Place, TimeExpression

_SPECIFICITY = {"site": 0, "city": 1, "admin2": 2, "admin1": 3, "country": 4, "region": 4.5, "continent": 5}
_CALENDAR = {"day", "part of day", "weekend", "week", "month", "quarter", "season", "year"}


@dataclass(frozen=True)
class Anchor:
    place: Place | None
    place_basis: str  # sentence, dateline, document, unknown
    date_value: str | None
    date_begin: str | None
    date_end: str | None
    date_precision: str  # day, week, month, year ... or "publication" or "unknown"
    date_basis: str  # sentence, published, unknown

    @property
    def place_precision(self) -> str:
        return self.place.precision if self.place else "unknown"


# A place a person is from, lives in or holds papers of, or where a firm has its seat, is not where a thing
# happened to them: "Darrell D. Ross, 29, of Columbia, is charged", "a Coral Gables man was arrested", "an alien
# from Mexico … was arrested in Atlanta", "a woman visiting from Canada was killed", "a native
# of Ghana and naturalized citizen of Mexico", "Eli Lilly, headquartered in Indianapolis", "vecino de Maipú".
_HOME_BEFORE = {
    "en": re.compile(
        r"(?:(?:\b\d{1,3}|[A-Za-z.)’'])\s*,\s*of|\b(?:aliens?|immigrants?|migrants?|refugees?|man|woman|men|women|tourists?|visitors?|"
        r"travel+ers?|pilgrims?|students?)(?:\s+(?:visiting|travel+ing|vacationing|holidaying))?\s+from|"
        r"\b(?:residents?|natives?|citizens?|nationals?|hails?|hailing|natural(?:ized|ised)"
        r"\s+citizen)\s+(?:from|of)|\b(?:who\s+(?:is|was|are|were)|originally|flight|flights|arriving|arrived|came|comes|sent|"
        r"moved|immigrated|fled)\s+from|\b(?:headquartered|based|incorporated|domiciled)\s+in)\s+(?:the\s+)?"
        r"(?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2},\s*)?$", re.I),  # "of Wynnewood, Pa.": the state of a home town too
    "es": re.compile(
        r"\b(?:vecin[oa]s?|oriund[oa]s?|natural(?:es)?|residentes?|ciudadan[oa]s?|nacid[oa]s?|procedentes?|provenientes?|"
        r"(?:de\s+)?nacionalidad|con\s+sede|radicad[oa]s?)\s+(?:de|en)\s+(?:la\s+|el\s+)?$", re.I),
}
_HOME_AFTER = {
    "en": re.compile(
        r"(?:,?\s*[A-Z][a-z]{0,5}\.(?:\s?[A-Z][a-z]?\.)?,?|,\s*[A-Z][a-z]+,|(?<=\.),)?[\s-]+"  # "Highland Falls, N.Y., woman": the state too
        r"(?:(?:college|university|high\s+school|nursing|graduate|medical|law)\s+(?=students?\b))?"  # "a Georgia college student"
        r"(?:man|woman|men|women|residents?|teens?|"
        r"teenagers?|boy|girl|couple|mother|father|natives?|family|youths?|students?|businessman|businesswoman|based)\b"),
}


_OF_BEFORE = re.compile(r"\s+of\s+(?:the\s+)?$")


def of_a_person(text: str, start: int, person_ends: frozenset[int]) -> bool:
    """Whether the place written at ``start`` follows a person's name and "of" ("James Freeman of Santa Rosa Beach",
    "Attorney Ann Ruiz of the Northern District"): where the person lives or serves, not where an act took place.
    ``person_ends``: where the document's names of people end."""
    found = _OF_BEFORE.search(text, max(0, start - 10), start)
    return bool(found) and found.start() in person_ends


def home(text: str, start: int, end: int, language: str = "en") -> bool:
    """Whether the place written at start:end is where someone lives or comes from, or where a firm has its
    seat, rather than where something happened ("X, 29, of Columbia", "a Richmond man", "citizen of Mexico")."""
    before, after = _HOME_BEFORE.get(language), _HOME_AFTER.get(language)
    return bool(before and before.search(text, max(0, start - 60), start) or after and after.match(text, end, end + 40))


# Where a court sits, written with its place: "the Northern District of Ohio", "U.S. District Court for the
# District of Columbia", "federal court in Brooklyn", "an Alexandria grand jury", "Wyandotte County District
# Court", "un juzgado de Cúcuta". A charge, a plea or a sentence happens there (docs/annotation.md §2.4).
_COURT_BEFORE = {
    "en": re.compile(r"\b(?:District\s+of|(?:courts?|courthouse|courtroom|jury|tribunal)\s+(?:in|at|for|of))\s+(?:the\s+)?$", re.I),
    "es": re.compile(r"\b(?:juzgados?|tribunal(?:es)?|cortes?|audiencia)(?:\s+[^\W\d_]+){0,4}?\s+(?:de|en)\s+(?:la\s+|el\s+)?$", re.I),
}
_COURT_AFTER = {
    "en": re.compile(r"(?:\s+(?:County|Parish))?(?:\s+(?:federal|state|district|superior|circuit|criminal|municipal|magistrate(?:['’]s)?|"
                     r"juvenile|family|county|city|common\s+pleas))*\s+(?:court(?:house)?|grand\s+jury|jury)\b", re.I),
}


def court_seat(text: str, start: int, end: int, language: str = "en", country: bool = False) -> bool:
    """Whether the place written at start:end is named as a court's seat or district. A country's name before
    "court" names a court system, not a seat ("U.S. District Court", "United States District Court")."""
    before, after = _COURT_BEFORE.get(language), _COURT_AFTER.get(language)
    return bool(before and before.search(text, max(0, start - 60), start) or not country and after and after.match(text, end, end + 50))


def _sentence_of(ann: Annotations, start: int) -> tuple[int, int]:
    for s in ann.sentences:
        if s.start <= start < s.end:
            return s.start, s.end
    return start, start


def _places_in(ann: Annotations, places: dict, start: int, end: int, skip: Callable | None = None) -> list:
    return [
        m for m in ann.mentions
        if m.kind == "place" and m.key in places and m.label != "NORP" and start <= m.start < end
        and not ann.dateline_start <= m.start < ann.dateline_end
        and not (skip and skip(m))
    ]


def _distance(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return b_start - a_end if b_start >= a_end else a_start - b_end if b_end <= a_start else 0


def _dateline_within(ann: Annotations, places: dict, place: Place) -> Place | None:
    """A news story's dateline place when it lies inside the state its sentence names: the story happened there, and
    says so more precisely (a country is too wide for that: a wire bureau files from the capital)."""
    home = places.get(ann.dateline_key) if not ann.dateline_issued else None
    if home is None or place.kind != "admin1" or _SPECIFICITY[home.kind] >= _SPECIFICITY[place.kind] or _told_elsewhere(ann, places):
        return None  # a country is too wide: "MEXICO CITY (AP) — Gunmen killed 12 people at a bar in western Mexico"
    return home if home.country == place.country and home.admin1 == place.admin1 else None


def _told_elsewhere(ann: Annotations, places: dict) -> bool:
    """Whether a news story filed from its dateline is about another place of the same country, as specific and
    named more often than the dateline ("SAN FRANCISCO — A fourth Oakland police officer died…", Oakland named
    throughout): the dateline stands for where the story happened only when nothing more specific is said."""
    focus, home = main_place(ann), places[ann.dateline_key]
    if focus is None or focus.key == home.key or focus.country != home.country or _SPECIFICITY[focus.kind] > _SPECIFICITY[home.kind]:
        return False  # "LIMA, Peru —" and Peru named more often: the dateline is the more specific
    counts = Counter(m.key for m in ann.mentions if m.kind == "place" and m.key in (focus.key, home.key))
    return counts[focus.key] > counts[home.key]


# A place that names an office or an agency is not where an act took place: "the Virginia Attorney General said",
# "INTERPOL Washington", "the Texas Department of Public Safety", "the Governor of Texas", "el fiscal general de Texas".
_OFFICE_AFTER = re.compile(r"(?:['’]s)?\s+(?:Attorney(?:['’]s)?\s+(?:General|Office)|(?:Lt\.\s+|Lieutenant\s+)?Governor|Gov\.|Senators?|Sen\.|"
                           r"Rep\.|Representatives?|Congress(?:wo)?man|Secretary|Sheriff|Police|State\s+Police|Highway\s+Patrol|Department|"
                           r"Dept\.|Division|Bureau|Field\s+Office|Prosecutor|District\s+Attorney|Mayor|National\s+Guard|Legislature|"
                           r"Ministry|University|College|Institute|Free\s+Press|Times|Post|Herald|Tribune|Chronicle|Journal|"
                           r"Navy|Army|Air\s+Force|Marine\s+Corps|Coast\s+Guard|Armed\s+Forces|Border\s+Patrol|Customs|Marshals|Embassy|Consulate)\b")
# A service member's title or the nation's people after a place: "U.S. Marine Col. Higgins", "five U.S. soldiers"; not
# after a place a preposition of location opens, where the place is where they acted ("In Culiacán soldiers arrested",
# "in northern Gaza troops killed")
_SERVICE_AFTER = re.compile(r"(?:['’]s)?\s+(?:Marines?|[Ss]oldiers?|[Tt]roops|Airm[ae]n|[Ss]ailors?|[Ss]ervice\s*(?:members?|m[ae]n)|[Dd]iplomats?)\b")
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|across|near|throughout|inside|within|en)\s+(?:(?:the|a|an)\s+)?"
                              r"(?:(?:north|south|east|west|central|(?:north|south)(?:east|west))(?:ern)?\s+)?$", re.I)
_OFFICE_BEFORE = re.compile(r"\b(?:INTERPOL|Interpol|(?:Government|University|Bank|Board|Council|Institute|College|Embassy|Consulate|"
                            r"Governor|Mayor|Attorney\s+General|Secretary|Minister|Ambassador|Consul(?:\s+General)?|President|Senator|Sheriff)\s+of(?:\s+the)?|"
                            r"fiscal(?:[ií]a)?\s+general\s+de|gobernador(?:a)?\s+de|alcalde(?:sa)?\s+de|ministr[oa]\s+de|embajador(?:a)?\s+de|"
                            r"c[oó]nsul\s+de|polic[ií]a\s+de)\s+$")


def office(text: str, start: int, end: int) -> bool:
    """Whether the place named at start:end is part of the name of an office or agency."""
    if _SERVICE_AFTER.match(text, end):
        return not _LOCATIVE_BEFORE.search(text, max(0, start - 30), start)
    return bool(_OFFICE_AFTER.match(text, end) or _OFFICE_BEFORE.search(text, max(0, start - 25), start))


def main_place(ann: Annotations, not_focus: Callable | None = None) -> Place | None:
    """The article's focus: its most mentioned place, the more specific on a tie (``not_focus``: mentions that
    do not count, such as the place in an office's name)."""
    places = {p.key: p for p in ann.places}
    counts = Counter(m.key for m in ann.mentions if m.kind == "place" and m.key in places and m.label != "NORP"
                     and not (not_focus and not_focus(m)))
    if not counts:
        return None
    focus = places[max(counts, key=lambda k: (counts[k], -_SPECIFICITY[places[k].kind]))]
    return _finer(focus, counts, places) or focus


def _finer(focus: Place, counts: Counter, places: dict) -> Place | None:
    """The place inside a state or country focus the story keeps coming back to ("Alexandria" in a story that
    names Virginia more often): a happening is placed as precisely as the text allows. Named twice at least."""
    if focus.kind not in ("admin1", "country"):
        return None
    inside = [k for k in counts if counts[k] >= _FINER_TIMES and _SPECIFICITY[places[k].kind] < _SPECIFICITY[focus.kind]
              and _inside(places[k], focus)]
    ranked = sorted(inside, key=lambda k: (counts[k], -_SPECIFICITY[places[k].kind]), reverse=True)
    if len(ranked) > 1 and counts[ranked[0]] == counts[ranked[1]] and places[ranked[0]].kind == places[ranked[1]].kind:
        return None  # Sinaloa three times and Jalisco three times: the story keeps to neither, and the focus stands
    return places[ranked[0]] if ranked else None


_FINER_TIMES = 2


def _named(ann: Annotations, place: Place) -> int:
    """How many times the document names ``place``, in any role ("the Oklahoma City Police Department" too)."""
    return sum(m.kind == "place" and m.key == place.key and m.label != "NORP" for m in ann.mentions)


# A place written as where something is: "in New Mexico", "near the town of Virden", "outside the village of Dvani".
_AT_PLACE = re.compile(r"\b(?:in|near|at|outside|inside)\s+(?:(?:the|a)\s+)?(?:(?:town|village|city|county|state|province)\s+of\s+)?$", re.I)


def _inner(place: Place, near: list, places: dict, text: str, beside: Callable | None) -> Place | None:
    """The finest place the sentence names inside ``place``, a state or a country, from a clause of its own ("RCMP in
    Manitoba had detained the suspect when his vehicle went off the road near the town of Virden"): the sentence
    ties the two, and the finer says where. Only a mention ``beside`` takes (where given): a clause telling the act's
    circumstances, not one on a person ("arrested a man who was born in Culiacan"). None where it names no such place,
    or names two of one kind."""
    if place.kind not in ("admin1", "country"):
        return None
    inside = [places[m.key] for m in near if _SPECIFICITY[places[m.key].kind] < _SPECIFICITY[place.kind] and _inside(places[m.key], place)
              and _AT_PLACE.search(text, max(0, m.start - 40), m.start) and (beside is None or beside(m))]
    finest = sorted({p.key: p for p in inside}.values(), key=lambda p: _SPECIFICITY[p.kind])
    if not finest or len(finest) > 1 and finest[0].kind == finest[1].kind:
        return None
    return finest[0]


def _inside(place: Place, parent: Place) -> bool:
    return place.country == parent.country and (parent.kind == "country" or place.admin1 == parent.admin1)


def locate(
    ann: Annotations, start: int, end: int, published: str | None, most_specific: bool = False,
    dates_within: tuple[int, int] | None = None, skip: Callable | None = None, document: bool = True,
    date_rank: Callable[[TimeExpression], int | None] | None = None, not_focus: Callable | None = None,
    own: Callable | None = None, focus_named: int = 1, text: str = "", beside: Callable | None = None,
) -> Anchor:
    """Where and when the span at start:end is about. ``most_specific`` takes the
    most precise place of the sentence rather than the closest (ACLED's rule for
    events: "In Honduras, gang members killed a driver in Comayagüela").
    ``dates_within`` limits the dates to a part of the sentence: in "the
    prosecutor said on Tuesday that he was murdered", Tuesday is when it was
    said, not when he was killed. ``skip`` leaves out place mentions that
    are not where the span happened (a home town, a place of origin);
    ``document=False`` takes no place from the rest of the document (an
    item of a list tells a case of its own). ``date_rank`` orders the
    sentence's dates (lower first, then the closest; None leaves a date out),
    for the caller that knows which of them the parse ties to the span. ``not_focus``: place mentions that do
    not make the document's focus (``main_place``). ``own``: place mentions of the span's own clause, which come
    before the sentence's others ("were shot Saturday, the worst loss since agents died in Waco": not Waco first).
    ``focus_named``: the fewest times the document must name its focus for the span to take it (a place named once is
    the most named only by a tie: the focus of nothing). ``text``: the document, for ``most_specific`` to take the
    finer place another clause names where something is, inside a state or country the span's own names (``_inner``);
    ``beside``: which place mentions stand in a clause that can tell where the span's act was (all, where None)."""
    places = {p.key: p for p in ann.places}
    s_start, s_end = _sentence_of(ann, start)
    near = _places_in(ann, places, s_start, s_end, skip)
    if near:
        def rank(m):
            closeness, specificity = _distance(start, end, m.start, m.end), _SPECIFICITY[places[m.key].kind]
            elsewhere = own is not None and not own(m)
            return (elsewhere, specificity, closeness) if most_specific else (elsewhere, closeness, specificity)

        best = min(near, key=rank)
        place, basis = places[best.key], "sentence"
        if most_specific and text and (inner := _inner(place, near, places, text, beside)) is not None:
            place = inner  # "RCMP in Manitoba detained him when his car went off the road near the town of Virden"
        if (story := _dateline_within(ann, places, place)) is not None:
            place, basis = story, "dateline"  # "CARTHAGE, N.C. — … killing eight people in a North Carolina nursing home"
    elif ann.dateline_key in places and not ann.dateline_issued and not _told_elsewhere(ann, places):
        place, basis = places[ann.dateline_key], "dateline"
    elif document and (focus := main_place(ann, not_focus)) is not None and _named(ann, focus) >= focus_named:
        place, basis = focus, "document"
    else:
        place, basis = None, "unknown"
    lo, hi = dates_within or (s_start, s_end)
    times = [t for t in ann.times if max(s_start, lo) <= t.start < min(s_end, hi) and t.precision in _CALENDAR and t.begin]
    ranks = {id(t): date_rank(t) if date_rank else 0 for t in times}
    times = [t for t in times if ranks[id(t)] is not None]  # a time the caller knows is not the span's
    if times:
        t = min(times, key=lambda t: (ranks[id(t)], _distance(start, end, t.start, t.end)))
        return Anchor(place, basis, t.value, t.begin, t.end_date, t.precision, "sentence")
    if published:
        return Anchor(place, basis, published, published, published, "publication", "published")
    return Anchor(place, basis, None, None, None, "unknown", "unknown")
