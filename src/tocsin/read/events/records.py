"""Event records: place and date of each event (the court's seat for legal steps), one event per happening in a
sentence, and the dates the story gives.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import partial

from ...models import Event
from ...structure import item_at
from ..anchor import home, locate, of_a_person, office
from ..event_lexicon import LEGAL
from ..placenames import within
from ..statements.lexicon import verb_lemma
from .apart_words import told_apart
from .arguments import _record
from .clauses import _clause_verb, in_no_clause_on_a_noun, in_own_clause, own_clause, suspects_clause
from .context import _confidence, _Context
from .court import _COURT_EVENTS, court_place
from .happenings import _each_victim
from .presence import claimed_places
from .presence_where import border_sides, extent, place_described
from .publisher import home_country, home_voice
from .removals import removed_from
from .retold import killed_before, told_again
from .scene import scene_place
from .spoken import out_of_sight, talked_of
from .anniversary import anniversary_of
from .when import counted_back, finer_within, performed, performed_before, whose_time, year_before
from .whose import whose
from .words import _record_of


_NO_SPOT = ("country", "region", "continent")  # a whole country is no spot to carry from one telling to another
_SENT_TO_A_COUNTRY = ("extradition", "designation")  # placed by a country: where they send, who designates


def placed_by_the_story(events: list[Event], text: str, segments, lede_end: int) -> list[Event]:
    """An event its own sentence places nowhere takes the place the story gives that same happening in another
    sentence, where there is one place only: the happening told again in the same list item ("…is charged with
    the murder of his wife in Texas. The killer slit her throat…"), or outside lists as ``retold.told_again`` says (as
    dates are: ``retold.dated_by_the_story``). The murder a charge is for is that killing. Never a presence claim; never
    across list items; never for another target of the same kind. Never a country, a region or a continent (``_NO_SPOT``)
    but for a removal or a designation, which a country places: a country another sentence names is where the whole
    story is told ("OSCE Envoy Condemns … Attack" over a story from Georgia), not the spot of the happening told
    again.
    Run after the event gate, which reads the place's basis as the rules gave it."""
    def words(phrase: str | None) -> set[str]:
        return {w for w in re.findall(r"[a-záéíóúñ]{4,}", (phrase or "").lower()) if w not in ("their", "this", "that", "these", "those")}

    def same(e: Event, d: Event) -> bool:
        kind = d.type == e.type or "killing" in (e.type, d.type) and {e.type, d.type} & {"charge", "conviction"} and (
            "killing" in d.offences or "killing" in e.offences)
        # "the attack on the television station" is not the attack on a prosecutor's car the story placed
        return bool(kind) and (e.type != d.type or not (e.target_text and d.target_text) or bool(words(e.target_text) & words(d.target_text)))

    placed = [d for d in events if d.happened and d.place_key and d.place_basis == "sentence" and d.type != "presence"]
    out = []
    for e in events:
        if e.happened and e.type != "presence" and e.place_basis in ("unknown", "document", "dateline"):
            item = item_at(text, segments, e.trigger_start)
            if item is not None:  # the same item: the case told again
                told = [d for d in placed if same(e, d) and item.start <= d.trigger_start < item.end
                        and not told_apart(text, 0, e.trigger_start, e.target_text)]
            else:  # two happenings of one type its sentence tells apart are not one told again
                told = told_again(e, [d for d in placed if same(e, d) and item_at(text, segments, d.trigger_start) is None
                                      and not (d.type == e.type and d.evidence_start == e.evidence_start)],
                                  text, segments, lede_end)
            spots = {(d.place_key, d.place_precision) for d in told or killed_before(e, placed, text)}
            if len(spots) == 1 and (next(iter(spots))[1] not in _NO_SPOT or e.type in _SENT_TO_A_COUNTRY):
                place, precision = next(iter(spots))
                e = replace(e, place_key=place, place_precision=precision, place_basis="story")
        out.append(e)
    return out


def _events(ctx: _Context, f: dict) -> list[Event]:
    """The event a trigger reports; a presence report names one event per place ("in Chile, Peru and Colombia"),
    a plural noun of violence one per person it names ("the murders of Laken Riley and Jocelyn Nungaray"), and so
    does violence told of a class its named examples show ("Americans like Laken Riley and Rachel Morin")."""
    if f["type"] != "presence":
        return [_event(ctx, one) for one in _each_victim(ctx, f)]
    places = {p.key: p for p in ctx.ann.places}
    triggers = [f["trigger"], *f.get("merged", ())]
    claimed = claimed_places(ctx.doc, ctx.text, ctx.ann.mentions, f["sentence"], triggers,
                             home_voice(home_country(ctx.url, places), ctx.statement_at(f["trigger"][0]), ctx.ann.mentions, places)) \
        or border_sides(ctx.text, ctx.ann.mentions, f["sentence"], triggers, places) \
        or place_described(ctx.text, ctx.ann.mentions, f["sentence"], triggers)
    if not claimed:  # a place its sentence names outside the predicate is not the claim's; one referred back to may be
        e = _event(ctx, f)
        if e.extent_span is not None:  # "operates in at least eight countries": a count, in no place the claim names
            return [replace(e, place_key=None, place_precision="unknown", place_basis="unknown")]
        return [e] if e.place_basis != "sentence" else []
    keys = list(dict.fromkeys(m.key for m in claimed))  # "in Texas ... and again Texas": one report per place
    keys = [k for k in keys if not any(_within(places.get(other), places.get(k)) for other in keys)]
    return [_event(ctx, f, place=places.get(k)) for k in keys]


def _within(inner, outer) -> bool:
    """Whether place ``inner`` lies in the larger place ``outer`` ("Aurora, Colorado": one place, written twice)."""
    return inner is not None and outer is not None and outer.country != "" and outer.kind in ("country", "admin1") \
        and inner.kind not in ("continent", "region", "country", outer.kind) and within(inner, outer)


# "convicted of assault, apprehended in Houston": the arrest's place, not the court's
_ARRESTED_AT = {"en": re.compile(r"\b(?:apprehended|arrested|detained|captured|caught|nabbed|picked up|taken into custody)\s+"
                                 r"(?:[\w-]+\s+){0,3}?(?:in|at|near)\s+(?:the\s+)?$", re.I),
                "es": re.compile(r"\b(?:detenid[oa]s?|capturad[oa]s?|aprehendid[oa]s?|arrestad[oa]s?)\s+(?:[\wáéíóúñ]+\s+){0,3}?en\s+(?:el\s+|la\s+)?$", re.I)}
# Where someone was deported or removed to is where a removal ended, not where anything else of its sentence happened:
# "ICE arrested 20 members and deported them to El Salvador" puts no arrest (and no gang) in El Salvador (issue 19)
_REMOVED_TO = {"en": re.compile(r"\b(?:deport(?:ed|ing|s)?|removed|expell?ed|repatriated|extradited)\s+(?:[\w'’-]+\s+){0,6}?(?:to|into)\s+(?:the\s+)?$", re.I),
               "es": re.compile(r"\b(?:deportad[oa]s?|deport(?:ó|aron|ar)|expulsad[oa]s?|expuls(?:ó|aron|ar)|repatriad[oa]s?|extraditad[oa]s?|"
                                r"extradit(?:ó|aron|ar))\s+(?:[\wáéíóúñ'’-]+\s+){0,6}?(?:a|hacia)\s+(?:el\s+|la\s+)?$", re.I)}


def removed_to(text: str, language: str, start: int, m) -> bool:
    """Whether a place mention is where someone was deported or removed to, by the words before it (from ``start``)."""
    removal = _REMOVED_TO.get(language)
    return bool(removal and removal.search(text, max(start, m.start - 80), m.start))


# "deported to Honduras, where he was murdered in 2019": what the relative clause tells happened there
_WHERE_AFTER = re.compile(r"\W{0,3}(?:where|donde|en donde)\b", re.I)
_DESTINATION = {"en": re.compile(r"\b(?:to|into)\s+(?:the\s+)?$", re.I), "es": re.compile(r"\b(?:a|hacia)\s+(?:el\s+|la\s+)?$", re.I)}


def _not_where(ctx: _Context, f: dict):
    """Which place mentions of the event's sentence are not where it happened: where someone lives or comes
    from (anchor.home), and for an extradition or deportation any place but the one the person was sent to
    ("arrested in Mexico City and extradited to the United States": the destination, docs/annotation.md §2.4), never
    the place it was removed from ("ordered removed from the U.S.")."""
    text, language = ctx.text, ctx.language
    sent_to = set()
    if f["type"] == "extradition" and language in _DESTINATION:
        s_start, s_end = f["sentence"]
        sent_to = {m.start for m in ctx.ann.mentions if m.kind == "place" and s_start <= m.start < s_end
                   and _DESTINATION[language].search(text, max(s_start, m.start - 12), m.start)}
    arrested_at = _ARRESTED_AT.get(language) if f["type"] in _COURT_EVENTS else None
    seat = f["type"] != "presence"  # a group "based in Venezuela" is present there: its seat is the claim
    origin = _ORDERED_FROM.get(language) if seat else None  # a group "run from Venezuela" is present there
    def aside(m) -> bool:
        if sent_to and m.start not in sent_to:
            return True  # an extradition's: any place but where the person was sent
        if seat and (home(text, m.start, m.end, language) or of_a_person(text, m.start, ctx.person_ends)
                     or _speaks_or_acts(ctx, f, m) or _of_one_listed(ctx, m, f.get("tok"))):
            return True
        if arrested_at and arrested_at.search(text, max(f["sentence"][0], m.start - 60), m.start):
            return True
        if _BACKER.match(text, m.end) or origin and origin.search(text, max(0, m.start - 40), m.start) or whose(ctx, m):
            return True
        if f["type"] == "extradition":
            return removed_from(text, language, f["sentence"][0], m)
        return removed_to(text, language, f["sentence"][0], m) and not _WHERE_AFTER.match(text, m.end, f["trigger"][0])

    s_start, s_end = f["sentence"]
    written = any(m.kind == "place" and m.key and s_start <= m.start < s_end and not office(text, m.start, m.end) and not aside(m)
                  for m in ctx.ann.mentions)  # a force's ground places the act only where the sentence writes no other place
    return lambda m: aside(m) or office(text, m.start, m.end) and (written or not _acting_force(text, f, m))


_LISTING = {"including", "incluidos", "incluidas", "incluido", "incluida", "incluyendo"}


def _of_one_listed(ctx: _Context, m, trigger=None) -> bool:
    """Whether a place only describes one of those a list after "including" gives, by the parse: "arrested several
    leaders, including … a CJNG plaza boss in Colima" tells where the boss worked, not where the arrests were. The
    place hangs by its preposition from a noun of the list (not a place itself: "in several states, including Texas"),
    and the listed noun is not the event's own trigger ("the largest deportation operation — including the deportation
    of hundreds of gang members to El Salvador": that one is where it happened)."""
    span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
    root = span.root if span is not None else None
    if root is None or root.dep_ != "pobj" or root.head.dep_ != "prep" or not root.head.head.tag_.startswith("NN") \
            or root.head.head.ent_type_ in ("GPE", "LOC", "FAC"):
        return False
    node = root.head.head
    for _ in range(10):
        if trigger is not None and node.i == trigger.i:
            return False
        if node.head.lower_ in _LISTING:
            return True
        if node.dep_ not in ("conj", "appos", "pobj", "prep") or node.head.i == node.i:
            return False
        node = node.head
    return False


# Where an act was ordered or run from is not where it happened: "the murder was ordered from Venezuela".
_ORDERED_FROM = {
    "en": re.compile(r"\b(?:ordered|directed|planned|plotted|orchestrated|commanded|masterminded|financed|coordinated|run)\s+from\s+(?:the\s+)?$", re.I),
    "es": re.compile(r"\b(?:ordenad|dirigid|planead|planificad|orquestad|financiad|coordinad)[oa]s?\s+desde\s+(?:el\s+|la\s+)?$", re.I),
}
# Verbs whose subject place is where things happen, not a government speaking or acting ("Ecuador saw a wave of
# killings", "Chile recorded 800 homicides", "México registró"), matched on the written form: the pipeline has no
# lemmatizer.
_SETTING_VERB = re.compile(r"(?:s[ae]w|see[ns]?$|seeing|record|regist|suffer|experienc|witness|host|vio$|ve$|viv|sufri|sufre)", re.I)


def _speaks_or_acts(ctx: _Context, f: dict, m) -> bool:
    """A place that is the subject of another verb than the event's, or owns that subject, stands for its government
    or people ("Caracas had no link to the killing", "Venezuela's foreign ministry rejected…", "Mexico agreed to
    extradite"): not where the event happened."""
    span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.dep_ == "poss" and root.head.dep_ in ("nsubj", "csubj"):
        root = root.head  # "Venezuela's foreign ministry rejected…": the ministry speaks for it
    if root.dep_ not in ("nsubj", "csubj") or root.head.i == f["tok"].i:
        return False
    return not _SETTING_VERB.match(root.head.text) or any(c.dep_ == "neg" for c in root.head.children)


_BACKER = re.compile(r"[-–](?:backed|sponsored|funded|supported|aligned|allied|affiliated|linked)\b", re.I)  # "the Iran-backed Houthis"


# A town's or county's own force: "the Gainesville Police Department", "Athens Police", "the Laurel County Sheriff's Office".
_LOCAL_FORCE = re.compile(r"(?:\s+County)?(?:['’]s)?\s+(?:Police|Sheriff|Sheriff['’]s|Fire|Marshal['’]s)\b")


def _acting_force(text: str, f: dict, m) -> bool:
    """Whether a place names the town's or county's own force that did the event, its actor ("the Gainesville Police
    Department has charged…"): a force acts on its own ground, where the sentence writes no other place ("arrested by
    the Houston Police Department in Dallas": Dallas). Not one that only speaks of it ("according to the Gainesville
    Police Department")."""
    actor = f["actor"]
    return bool(_LOCAL_FORCE.match(text, m.end)) and actor is not None and actor[0] <= m.start < actor[1]


_CAME_FROM = re.compile(r"\b(?:from|procedentes?|provenientes?)\s+(?:de\s+)?(?:the\s+|la\s+|el\s+)?$", re.I)


def _not_focus(ctx: _Context):
    """Which place mentions do not make the document's focus: those in an office's or agency's name (anchor.office)
    and the places people live in or come from (anchor.home: "two London residents" in a story of the Laurel County
    sheriff's arrests). A document that names no place otherwise tells of its local force's town ("according to the
    Gainesville Police Department"), else of its people's home towns ("Gainesville man gets 15 years"). Where people
    were deported or removed to is never the focus, nor where they came from ("a tourist from Canada was killed": away
    from it), nor an official release's own dateline ("WASHINGTON –": where it was issued). A country written before a
    noun says whose someone is ("U.S. Attorney Ann Green", "U.S. prosecutors": ``whose``) and does not count while
    the document names a place otherwise; a town before its force ("Tulsa police") still does."""
    text, language = ctx.text, ctx.language
    named = [m for m in ctx.ann.mentions if m.kind == "place" and m.key and m.label != "NORP"]
    force = lambda m: office(text, m.start, m.end) and bool(_LOCAL_FORCE.match(text, m.end))  # noqa: E731
    removal = lambda m: removed_to(text, language, 0, m) or home(text, m.start, m.end, language) and bool(  # noqa: E731
        _CAME_FROM.search(text, max(0, m.start - 20), m.start))  # nor a removal's end ("deported to El Salvador"), nor a home left
    ann = ctx.ann
    issued = lambda m: ann.dateline_issued and ann.dateline_start <= m.start < ann.dateline_end and bool(  # noqa: E731
        _HEADQUARTERS.match(text, m.start))  # "WASHINGTON –": issued there; a local office's "HOUSTON –" holds its court's events
    aside = lambda m: office(text, m.start, m.end) or home(text, m.start, m.end, language) or of_a_person(  # noqa: E731
        text, m.start, ctx.person_ends) or removal(m) or issued(m)
    nation = partial(whose, ctx)
    if any(not aside(m) and not nation(m) for m in named):  # "the U.S. Attorney", "U.S. forces": whose, not where
        return lambda m: aside(m) or nation(m)
    if any(not aside(m) for m in named):
        return aside
    if any(force(m) for m in named):
        return lambda m: not force(m) or removal(m)
    return lambda m: office(text, m.start, m.end) or removal(m)


_HEADQUARTERS = re.compile(r"Washington\b|WASHINGTON\b")  # where a national office issues releases about the whole country


# A country's places and the institutions that act only at home, named by its people's adjective: "a Russian prison",
# "Haitian President Moise", "Kenyan police", "on Mexican soil". Not its government, army or forces, which act and order
# abroad ("Russian forces killed five civilians" in a story from Kyiv; "the Venezuelan government ordered the murder").
_STATE_NOUN = re.compile(r"\s+(?:police|prisons?|jails?|courts?|president|prime\s+minister|soil|territory|territorial\s+waters|"
                         r"capital)\b", re.I)


def _state_named(ctx: _Context, f: dict):
    """The country whose institutions the event's sentence names by its demonym ("held hostage by the Russian
    government and sentenced to 14 years in a Russian prison"), when that is the one country so named outside a
    relative clause the event is not in ("who murdered an agent in 1985" is not placed by "who will soon arrive on
    American soil"); only for a sentence that places the event nowhere else. A demonym before a person ("a Mexican
    national") is where they come from, not where the act was."""
    s_start, s_end = f["sentence"]
    places = {p.key: p for p in ctx.ann.places}
    keys = {m.key for m in ctx.ann.mentions if m.label == "NORP" and m.key in places and s_start <= m.start < s_end
            and not _in_another_relative(ctx, f, m)
            and places[m.key].kind == "country" and (state := _STATE_NOUN.match(ctx.text, m.end))
            and not _SERVED_IN.match(ctx.text, state.end()) and not _FORMER.search(ctx.text, max(s_start, m.start - 12), m.start)}
    return places[next(iter(keys))] if len(keys) == 1 else None


def _in_another_relative(ctx: _Context, f: dict, m) -> bool:
    """Whether a mention stands in a relative clause the event's trigger is not in ("members, who will soon arrive on
    American soil, include a boss who murdered an agent")."""
    span, tok = ctx.doc.char_span(m.start, m.end, alignment_mode="expand"), f.get("tok")
    verb = _clause_verb(span.root) if span is not None and tok is not None else None
    return verb is not None and verb.dep_ == "relcl" and not verb.left_edge.i <= tok.i <= verb.right_edge.i


# A person described by the institution they serve or served ("the former Venezuelan army lieutenant", "a Mexican police
# commander"): where they come from, not where the act was
_SERVED_IN = re.compile(r"\s+(?:lieutenants?|officers?|commissioners?|commanders?|captains?|sergeants?|colonels?|generals?|majors?|"
                        r"chiefs?|officials?|soldiers?|agents?|members?|veterans?|pilots?|guards?|detectives?|inspectors?|"
                        r"corporals?|deserters?|defectors?|informants?|employees?)\b", re.I)
_FORMER = re.compile(r"\b(?:former|ex|retired|exiled|dissident)\W*$", re.I)


# A legal step named as part of someone's record, not as a happening the story tells: "previous arrests for battery", "a
# recent arrest for burglary", "whose criminal history includes charges of", "has been previously deported"
_RECORD_BEFORE = re.compile(r"(?:\b(?:previous|prior|past|recent|pending|earlier)\s+(?:[\w-]+\s+)?|\bcriminal\s+(?:history|record)\s+"
                            r"(?:includes?|including|of|with)\s+(?:[\w-]+\s+){0,2}?|\b(?:has|have|had)\s+(?:been\s+)?previously\s+(?:been\s+)?)$", re.I)


def _of_a_record(text: str, f: dict) -> bool:
    """Whether the trigger names a step of someone's record (``_RECORD_BEFORE``), by the words just before it, or as a
    record's noun with what it was for ("with a conviction for fraud and arrests for theft": ``words._record_of``)."""
    return f["type"] in LEGAL and (bool(_RECORD_BEFORE.search(text, max(f["sentence"][0], f["trigger"][0] - 60), f["trigger"][0]))
                                   or f.get("tok") is not None and f["noun"] and _record_of(f["tok"]))


def _described_by(f: dict) -> bool:
    """Whether a conviction stands as a word describing a person ("a convicted sex offender", "convicted felons"):
    part of who they are, placed by nothing else the sentence tells of them."""
    tok = f.get("tok")
    return f["type"] == "conviction" and tok is not None and tok.dep_ == "amod" and tok.tag_ in ("VBN", "JJ") and tok.head.tag_.startswith("NN")


def _taken_thing(f: dict) -> bool:
    """Whether a theft stands as a word describing the thing taken ("recovered her stolen car in Athens", "learned it
    had been reported stolen"): the sentence tells where the thing is now, not where it was taken."""
    tok = f.get("tok")
    return f["type"] == "robbery" and tok is not None and tok.tag_ == "VBN" and (
        tok.dep_ == "amod" and tok.head.tag_.startswith("NN") or tok.dep_ in ("xcomp", "oprd") and verb_lemma(tok.head.lower_) == "report")


def _undated(where, published: str | None):
    """The anchor with no time of the text: the publication date stands in ("(published)"), or nothing."""
    if published:
        return replace(where, date_value=published, date_begin=published, date_end=published, date_precision="publication",
                       date_basis="published")
    return replace(where, date_value=None, date_begin=None, date_end=None, date_precision="unknown", date_basis="unknown")


def _own_time(ctx: _Context, f: dict, where) -> bool:
    """Whether the date chosen for the event is a time of its sentence that hangs from the trigger itself ("the
    murder on May 25, 2020"): a count back in the sentence never replaces it."""
    if where.date_basis != "sentence" or f.get("tok") is None:
        return False
    own = next((t for t in ctx.ann.times if f["sentence"][0] <= t.start < f["sentence"][1] and t.begin == where.date_begin
                and t.end_date == where.date_end), None)
    return own is not None and whose_time(ctx, f["tok"], own) == 0


# How many times a document must name its main place (``anchor.main_place``) for an event its sentence places nowhere
# to take it, by genre (1 elsewhere): a news story is about its place, and so is a release filed from one ("HOUSTON –"),
# but a release or a fact sheet without a dateline that names a town once names it in passing ("the mayor of Boston
# attacked ICE officers", above a list of arrests nobody placed); an order (None) tells of happenings far and wide from
# where it is issued ("souls like Jocelyn Nungaray … savagely killed", in a proclamation that names Texas twice).
_FOCUS_NAMED = {"press release": 2, "fact sheet": 2, "official document": None}


def _focus_named(ctx: _Context) -> int | None:
    """The fewest times the document must name its main place for an event its sentence places nowhere to take it;
    None where its genre never lends it (``_FOCUS_NAMED``)."""
    named = _FOCUS_NAMED.get(ctx.ann.genre, 1)
    return 1 if named and ctx.ann.dateline_key is not None else named  # "HOUSTON –": filed from a place, it reports from it


_NOT_SCENED = ("extradition", "designation", "presence")  # placed by where they send, who designates, what is claimed

_MADE_AS_ANNOUNCED = ("charge", "designation", "extradition")  # steps a release makes known the day they are taken


def _event(ctx: _Context, f: dict, place=None) -> Event:
    text = ctx.text
    said = ctx.statement_at(f["trigger"][0])
    within = (said.content_start, said.content_end) if said is not None else None
    if said is not None and verb_lemma(said.cue.lower()) == "announce":  # "announced on Monday the arrest of…": the day
        # it is made known dates what it announces, wherever the sentence puts that day for a step made known as it is
        # taken ("Earlier today, the Department announced charges"); an arrest or a crime announced may be older
        first = f["sentence"][0] if f["type"] in _MADE_AS_ANNOUNCED else said.cue_start
        within = (min(first, said.content_start), said.content_end)
        if said.content_start < said.cue_start:  # told after it too: "Smith pleaded guilty, the department announced today"
            within = (said.content_start, f["sentence"][1])
    # not where someone lives or comes from; in a list of cases, nothing from outside the item
    alone = item_at(text, ctx.segments, f["trigger"][0]) is not None
    record = _record(f["tok"], f["type"]) or _of_a_record(text, f)  # "a national with a conviction for rape": where and when,
    # the story does not say
    aside, not_where, own, focus_named = suspects_clause(f), _not_where(ctx, f), own_clause(f), _focus_named(ctx)
    not_focus = _not_focus(ctx)
    where = locate(ctx.ann, *f["trigger"], ctx.published, most_specific=True, dates_within=within,
                   skip=lambda m: m.start in aside or m.start not in own or not_where(m),
                   document=not (alone or record) and focus_named is not None,
                   date_rank=lambda t: None if t.start in aside else whose_time(ctx, f["tok"], t), not_focus=not_focus,
                   own=in_own_clause(f), focus_named=focus_named or 1, text=text, beside=in_no_clause_on_a_noun(f))
    chosen = (where.date_value, where.date_begin, where.date_end, where.date_precision)
    if where.date_basis == "sentence" and (fine := finer_within(ctx.ann.times, f["sentence"], chosen, lambda t: whose_time(ctx, f["tok"], t))):
        where = replace(where, date_value=fine.value, date_begin=fine.begin, date_end=fine.end_date, date_precision=fine.precision)
    counted = (text, f["sentence"], f["trigger"][0], f.get("tok"), ctx.ann.times, ctx.published, ctx.language)
    if not _own_time(ctx, f, where) and (back := counted_back(*counted) or anniversary_of(*counted)) is not None:
        where = replace(where, date_value=back[0], date_begin=back[1], date_end=back[2], date_precision=back[3], date_basis="sentence")
    elif where.date_basis == "published" and (performed(text, f["sentence"], f["trigger"][0], ctx.published, ctx.language)
                                               or performed_before(text, f.get("tok"), ctx.published, ctx.language)):
        where = replace(where, date_precision="day", date_basis="sentence")  # "I hereby designate": done as it is issued
    if f["modality"] not in ("future", "hypothetical") and where.date_basis == "sentence" and (
            back := year_before(ctx.ann.times, f["sentence"], (where.date_value, where.date_begin, where.date_end), ctx.published,
                                     f.get("tok"), text)):
        where = replace(where, date_value=back[0], date_begin=back[1], date_end=back[2])  # a past happening, dated before the story
    if _described_by(f) and where.date_basis == "sentence" and not _own_time(ctx, f, where):
        where = _undated(where, ctx.published)  # "ICE arrested 650 illegals last week, including a convicted child sex
        # abuser": the week is the arrests', and when he was convicted the sentence does not say
    not_here = lambda m: office(text, m.start, m.end) or home(text, m.start, m.end, ctx.language) or of_a_person(  # noqa: E731
        text, m.start, ctx.person_ends)
    if where.place_basis in ("document", "unknown") and not (alone or record) and f["type"] not in _NOT_SCENED and (
            talked := talked_of(ctx.ann, ctx.segments, f["trigger"][0], f["sentence"][0], not_here, text, ctx.language)) is not None:
        where = replace(where, place=talked, place_basis="document")  # a speech's happening where the talk just was
    elif where.place_basis == "document" and out_of_sight(ctx.ann, ctx.segments, f["trigger"][0], where.place):
        where = replace(where, place=None, place_basis="unknown")  # a speech's venue or topic, far from the happening
    if record and where.place_basis == "dateline" or (_described_by(f) or _taken_thing(f)) and where.place_basis == "sentence":
        where = replace(where, place=None, place_basis="unknown")  # a record is not where the story is datelined; a
        # "convicted felon" arrested in Texas was not convicted there, nor a "stolen car" found in Athens stolen there
    if where.place_basis in ("document", "unknown") and (state := _state_named(ctx, f)) is not None:
        where = replace(where, place=state, place_basis="sentence")
    if where.place_basis == "document" and f["type"] not in _NOT_SCENED and (
            scene := scene_place(ctx.ann, f["sentence"][0], where.place, not_focus)) is not None:
        where = replace(where, place=scene)  # the town the story has just moved to, inside its state
    if place is not None:
        where = replace(where, place=place, place_basis="sentence")
    elif f["type"] in _COURT_EVENTS and (court := court_place(ctx, f, alone, where)) is not None:
        where = replace(where, place=court[0], place_basis=court[1])
    actor, target = f["actor"], f["target"]
    actor_named, target_named = f["actor_mention"], f["target_mention"]
    return Event(
        type=f["type"],
        subtype=f["subtype"],
        trigger=text[f["trigger"][0] : f["trigger"][1]],
        trigger_start=f["trigger"][0],
        trigger_end=f["trigger"][1],
        evidence_start=f["sentence"][0],
        evidence_end=f["sentence"][1],
        modality=f["modality"],
        actor_text=text[actor[0] : actor[1]] if actor else None,
        actor_span=actor,
        actor_mention=(actor_named.start, actor_named.end) if actor_named else None,
        actor_kind=actor_named.kind if actor_named else ("unnamed" if actor else None),
        actor_basis=f["actor_basis"],
        attribution=f["attribution"],
        target_text=text[target[0] : target[1]] if target else None,
        target_span=target,
        target_mention=(target_named.start, target_named.end) if target_named else None,
        target_category=f["target_category"],
        group_keys=tuple(sorted(f["groups"])),
        ties=f["ties"],
        offences=tuple(dict.fromkeys(f.get("offences", ()))),
        fatalities=f["fatalities"],
        injured=f["injured"],
        place_key=where.place.key if where.place else None,
        place_precision=where.place_precision,
        place_basis=where.place_basis,
        date_value=where.date_value,
        date_begin=where.date_begin,
        date_end=where.date_end,
        date_precision=where.date_precision,
        date_basis=where.date_basis,
        confidence=_confidence(f["actor_basis"], f["attribution"], f["noun"], f["modality"]),
        nominal=f["noun"],
        extent_span=extent(text, f["trigger"], f["sentence"][1], ctx.language) if f["type"] == "presence" else None,
    )
