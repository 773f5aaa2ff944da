"""Where and when the text around an event puts it, when its own sentence says nothing: the lead-in of the list
the event is an item of, and the lede of the story a headline tells.

- A list's lead-in scopes its items. "Meet a few of the criminals arrested in Texas over the past weekend:" says
  where and when each arrest below it happened. An item tells one case: a happening its sentence places nowhere
  takes first the one place the item's other sentences name ("- Ruiz is charged with the rape of a girl in Georgia.
  This monster broke into the home…": the rape told again), not one its own sentence holds, which the sentence's
  rules have already weighed ("a national convicted of assault was arrested in Houston" places no conviction). An
  item that names no place of its own takes the one place the paragraph or heading before its list names ("It's clear Memphis needs help:", "ICE has taken these criminals
  off Georgia's streets"; a town written with its state, "In Washington, D.C.,", is one place: the town), but not
  a country, which tells where the whole list is set rather than where each item happened (removals and
  designations excepted: a country places them). A bullet nested under another has that bullet for its first
  lead-in ("-   The local D.C. government has lost control of public safety in the city." over "    -   In May,
  two embassy staffers were murdered."), then the paragraph before the list. Its time is narrower: an item that gives none takes the lead-in's
  one time only when the lead-in introduces the list (it ends with a colon, or is the list's heading: "Arrests made this weekend") and
  gives a time that is not after publication ("Arrests planned for next week:" dates nothing), and tells the item's kind of happening (its words hold a
  trigger of that type: "Tonight, Democrats refused to applaud:" dates no designation listed below it). Both
  only for the happenings an item tells with a verb ("was arrested in Denver"), not a record it describes with a
  noun ("He has a conviction for assault"), nor one it marks as earlier ("has previously been removed").
- A round-up's lead-in that names no time may number the week its list covers, up to the day it is published
  ("Here is a list of wins in week 11:"; not "in President Trump's first 100 days:", whose start is not written and
  which a list may look back on months later): a weekly digest is written at its week's end, and each happening an
  item tells with its main verb, of whatever kind, or with a noun that verb tells as its object or circumstance ("DOJ
  announced the takedown of a network, resulting in the arrests of six members"), happened within that week; not a
  step of someone's record ("He has a conviction for assault").
- A headline tells the happening its story opens with, and the lede says when: "Man charged in bar stabbing.
  DAYTON — A man was charged Sunday after…". A happening of a headline (a short first sentence, on its own line
  or run into the dateline) with no time of its own takes the first time of the next two sentences that is not a
  time of saying ("police said Thursday") nor of another kind of happening ("The killing happened Saturday
  night" for a charge), when that is a day, a weekend or a week in the week before publication (news leads with
  what is new; an older date there is background). The lede after a headline does the same with
  the two sentences after it, for the happening it tells with its main verb ("Albany man in custody. An Albany
  man police labeled a suspected serial rapist has been taken into custody. Police arrested him Wednesday night"),
  not one a description names ("A convicted killer has asked the court"); a dateline split off as a sentence of its
  own ("FAIRFIELD, Conn. --") or a site's invitation to follow a reporter is not the lede: the sentence after it is.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from ...models import Annotations, Event
from ...structure import at, item_at
from ..anchor import home, office
from ..event_lexicon import ANOTHER
from .records import _NO_SPOT, _SENT_TO_A_COUNTRY, _within, removed_to
from .retold import _apart, end_of_lede
from ..statements.lexicon import LEXICONS, verb_lemma
from .arguments import _record
from .words import _record_of, triggers
from ..doctext import text_of

_CALENDAR = {"day", "part of day", "weekend", "week", "month", "quarter", "season", "year"}
_RECENT_PRECISIONS = {"day", "part of day", "weekend", "week"}
_INTRODUCES = re.compile(r":[\s*_\]]*$")  # "…arrested over the past weekend:**"
_MARKUP = re.compile(r"\s*(?:<[^>]*>\s*)*")  # a paragraph that is an image or a figure alone
_LEDE_SENTENCES = 2  # a dateline alone ("CHARLESTON, W.Va. --") and the lede


def scoped(events: list[Event], ann: Annotations, text: str, segs, published: str | None, language: str, doc=None) -> list[Event]:
    """The events, each list item's given the place and time of its list's lead-in, and the headline's the
    time of its lede, where their own sentences give none."""
    headline = _headline(ann, text, segs)
    headline_end = ann.sentences[0].end if ann.sentences else 0
    kin = _Kin(events, ann, published, doc, language, end_of_lede(ann, text, segs))
    # the lede's sentence: the second, or the one after a dateline split off alone ("CARTHAGE, N.C. (AP) -")
    lede_at = max(1, next((i for i, s in enumerate(ann.sentences) if s.end == kin.lede_end), 1))
    out = []
    for e in events:
        if e.happened and e.type != "presence":
            item = _listed_at(text, segs, e.trigger_start)
            told_again = item is not None and ANOTHER.search(text, max(item.start, e.trigger_start - 40), e.trigger_start)
            if item is not None and not e.nominal and not told_again and e.type not in _SENT_TO_A_COUNTRY:
                e = _placed_by(e, ann, text, item, language, besides=(e.evidence_start, e.evidence_end))  # the item's own
                # place, told in its other sentences ("is charged with the rape of a girl in Georgia. This monster broke in…")
            if item is not None and not e.nominal and not told_again and (parent := _parent_item(text, segs, item)) is not None:
                e = _from_lead_in(e, ann, text, parent, language, published)  # the bullet a nested one hangs from, first
            if item is not None and not e.nominal and not told_again and (lead := _lead_in(text, segs, item)) is not None:
                e = _from_lead_in(e, ann, text, lead, language, published,
                                  _round_up_of(ann, text, segs, lead, published, language) if _told_by_the_item(doc, e) else None)
            elif item is not None and e.nominal and e.date_basis == "published" and (lead := _lead_in(text, segs, item)) is not None \
                    and _told_by_the_item(doc, e, noun=True) and (span := _round_up_of(ann, text, segs, lead, published, language)) is not None:
                e = _dated(e, span)  # "the takedown of a cartel's network, resulting in the arrests of six members": the week's
            if not headline or item_at(text, segs, e.trigger_start) is not None or e.date_basis != "published":
                pass
            elif e.evidence_start < headline_end and (lede := kin.time(e, 1)) is not None:
                e = _dated(e, lede)
            elif len(ann.sentences) > lede_at + 1 and headline_end <= e.evidence_start < ann.sentences[lede_at].end \
                    and (_told_by_the_item(doc, e) or _a_circumstance_of_the_main_verb(doc, e)) \
                    and (after := kin.time(e, lede_at + 1)) is not None:
                e = _dated(e, after)
        out.append(e)
    return out


def _lead_in(text: str, segs, item):
    """The paragraph or heading before the list ``item`` is in: the last segment before it that is neither an item
    nor markup alone (an image, a figure)."""
    return next((seg for seg in reversed([s for s in segs if s.end <= item.start])
                 if _listed_at(text, segs, seg.start) is None and not _MARKUP.fullmatch(text, seg.start, seg.end)), None)


def _parent_item(text: str, segs, item):
    """The bullet a nested bullet hangs from: the last bullet before it in the same list that is indented less
    ("-   The local D.C. government has lost control of public safety in the city." over "    -   In May, two
    embassy staffers were murdered."). It scopes its sub-items as a lead-in does. None for a bullet of the list's
    first level, and where the list ends before a bullet indented less is found."""
    depth = _indent(text, item.start)
    if not depth:
        return None
    for seg in reversed([s for s in segs if s.end <= item.start]):
        if _MARKUP.fullmatch(text, seg.start, seg.end):
            continue
        if seg.kind != "bullet":
            return None  # the list ends
        if _indent(text, seg.start) < depth:
            return seg
    return None


def _indent(text: str, offset: int) -> int:
    """How far the line holding ``offset`` is indented (its leading spaces; a tab counts four)."""
    line = text.rfind("\n", 0, offset) + 1
    lead = re.match(r"[ \t]*", text[line : offset + 1]).group()
    return len(lead.replace("\t", "    "))


def _listed_at(text: str, segs, offset: int):
    """The list item holding ``offset`` (structure.item_at), or the paragraph that opens with a name in bold as the
    text was written (Segment.bold_lead: "**Jose Valdez-Flores**, a 43-year-old Mexican national, was arrested…"
    under "the criminal illegal immigrants taken off our streets in recent days:"). A lead-in scopes both; the
    rest of the document is not kept from a bold-led paragraph, whose reports the story tells as its own."""
    seg = at(segs, offset)
    return item_at(text, segs, offset) or (seg if seg is not None and seg.bold_lead else None)


def _from_lead_in(e: Event, ann: Annotations, text: str, lead, language: str, published: str | None, week=None) -> Event:
    words = text[lead.start : lead.end]
    if e.date_basis == "published" and (_INTRODUCES.search(words) or lead.kind == "heading"):
        found = [t for t in ann.times if lead.start <= t.start < lead.end and t.precision in _CALENDAR and t.begin
                 and not (published and t.begin[:10] > published[:10])]  # "Arrests planned for next week:" dates no item
        # a time given as a bound dates nothing: "Two arrested after Saturday's shooting", "Monday through Wednesday"
        bounded = any(_BOUND.search(text, max(lead.start, t.start - 20), t.start) for t in found)
        times = {} if bounded else {(t.value, t.begin, t.end_date, t.precision): t for t in found}
        if len(times) == 1 and (_tells(e.type, words, language, next(iter(times.values())).start - lead.start)
                                or _a_time_alone(words, times.values())):
            e = _dated(e, next(iter(times.values())))
        elif not times and week is not None:
            e = _dated(e, week)
    return _placed_by(e, ann, text, lead, language)


def _placed_by(e: Event, ann: Annotations, text: str, lead, language: str, besides: tuple[int, int] = (0, 0)) -> Event:
    """The event placed by the one place the segment ``lead`` names (a list's lead-in, or the event's own item),
    where nothing placed it yet: not a home, an office, a people's adjective, a place people were removed to (but for
    a removal), a country only for a step placed by one, nor a place of the span ``besides`` (the event's own
    sentence, whose places the sentence's rules have already weighed: "a national convicted of assault, arrested in
    Houston" leaves the conviction unplaced)."""
    if e.place_key is None:
        named = [m for m in ann.mentions if m.kind == "place" and m.key and m.label != "NORP" and lead.start <= m.start < lead.end
                 and not besides[0] <= m.start < besides[1]
                 and not home(text, m.start, m.end) and not office(text, m.start, m.end)
                 and (e.type == "extradition" or not removed_to(text, language, lead.start, m))]
        places = {p.key: p for p in ann.places}
        keys = {m.key for m in named} - _written_as_parent(named, places, text)
        if len(keys) == 1 and (key := next(iter(keys))) in places and (places[key].precision not in _NO_SPOT or e.type in _SENT_TO_A_COUNTRY):
            e = replace(e, place_key=key, place_precision=places[key].precision, place_basis="story")
    return e


def _written_as_parent(named: list, places: dict, text: str) -> set[str]:
    """The keys of the places written only as the state or country of the place before them ("In Aurora, Colorado,"
    names one place, the town; "in Boston and across Massachusetts" names two)."""
    after = {i for i in range(1, len(named)) if _COMMA.fullmatch(text, named[i - 1].end, named[i].start)
             and _within(places.get(named[i - 1].key), places.get(named[i].key))}
    return {m.key for i, m in enumerate(named) if i in after} - {m.key for i, m in enumerate(named) if i not in after}


_COMMA = re.compile(r",\s*")


def _tells(kind: str, lead: str, language: str, when: int | None = None) -> bool:
    """Whether a lead-in tells its items' kind of happening: a trigger of that type in its words, or for arrests
    the idiom of taking people off the streets ("the criminal illegal immigrants taken off our streets in recent
    days:", "removed from the streets"). With ``when`` (where the lead-in's time stands), not a trigger denied or
    left to come between its words and that time ("No arrests were made Saturday", "Arrests could come Saturday")."""
    told = [t for t in triggers(lead, language) if t[2] == kind
            and (when is None or not _UNSAID.search(lead, max(0, t[0] - 25), max(t[1], when)))]
    return bool(told) or kind == "arrest" and bool(_OFF_THE_STREETS.get(language, _NEVER).search(lead))


# A time a lead-in gives as a bound, not as when its items happened: "Arrests made since Saturday", "Two arrested after
# Saturday's shooting", "as soon as Saturday", "detenidos desde el sábado".
_BOUND = re.compile(r"\b(?:since|after|before|until|till|by|through|following|ahead\s+of|prior\s+to|as\s+soon\s+as|desde|"
                    r"despu[eé]s\s+de|antes\s+de|hasta|tras)\s+(?:(?:the|el|la|los|las)\s+)?$", re.IGNORECASE)
# A denial or a happening left to come, around a lead-in's trigger: "No arrests were made Saturday", "were not
# arrested", "Arrests could come Saturday", "no hubo detenciones el sábado" ("May 3" is a month).
_UNSAID = re.compile(r"\b(?:no|not|never|without|could|might|would|will|expected|planned|set\s+to|sin|nunca|ning[uú]n[oa]?|"
                     r"podr[ií]an?)\b|n[’']t\b|(?-i:\bmay\b)", re.IGNORECASE)


_OFF_THE_STREETS = {
    "en": re.compile(r"\b(?:tak|tak(?:en|ing)|took|get|got(?:ten)?|getting|pull(?:ed|ing)?|remov(?:e|ed|ing)|sweep|swept)\b[^.:;]{0,80}?"
                     r"\b(?:off|from)\s+(?:of\s+)?(?:the|our|their|its|America['’]s|American)\s+streets\b", re.I),
    "es": re.compile(r"\b(?:sac(?:ar|ó|aron|ado|ados|adas?)|retir(?:ar|ó|aron|ado|ados|adas?))\b[^.:;]{0,80}?\bde\s+las\s+calles\b", re.I),
}
_NEVER = re.compile(r"(?!)")


# A round-up's lead-in that numbers the week its list covers: "Here is a list of wins in week 11:", "los logros de la
# semana 12:". A count of days from some start ("in President Trump's first 50 days:", "during his first two weeks")
# is not read: the start is not written, and a list of a span may be published long after it ends.
_ROUND_UP = {
    "en": re.compile(r"\b(?:in|of|during|for)\s+(?:(?:the|this)\s+)?(?P<week>week\s+(?:\d+|[a-z]+))\b", re.IGNORECASE),
    "es": re.compile(r"\b(?:en|de|durante)\s+(?:la\s+)?(?P<week>semana\s+(?:\d+|[a-z]+))\b", re.IGNORECASE),
}
_ORDINALS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "first", "second",
             "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "last", "uno", "dos", "tres"}


def _round_up_of(ann: Annotations, text: str, segs, lead, published: str | None, language: str):
    """The week a round-up's lead-in numbers (``_round_up``), or the one the paragraph before it opens with
    (``_framed_week``), when it introduces its list and names no time itself."""
    words = text[lead.start : lead.end]
    if not _INTRODUCES.search(words) or any(lead.start <= t.start < lead.end and t.precision in _CALENDAR and t.begin for t in ann.times):
        return None
    return _round_up(words, published, language) or _framed_week(ann, text, segs, lead, published)


def _framed_week(ann: Annotations, text: str, segs, lead, published: str | None):
    """The span up to publication that the paragraph right before a round-up's lead-in opens with and frames alone:
    "This week, President Trump delivered more wins. / Here are some of the highlights:" lists the week's, and so
    "Over the past few days," or "Over the past two weeks,". Not a time inside that paragraph ("The mayor, who took
    office this week, …"), nor an older one ("Last month, …"), nor one the paragraph tells of, not in ("This week
    marks one year since…")."""
    before = next((s for s in reversed([s for s in segs if s.end <= lead.start]) if not _MARKUP.fullmatch(text, s.start, s.end)), None)
    if before is None or not published or _listed_at(text, segs, before.start) is not None:
        return None
    inside = sorted((t for t in ann.times if before.start <= t.start < before.end), key=lambda t: t.start)
    first = inside[0] if inside else None
    if first is None or first.precision not in _CALENDAR or not (first.begin and first.end_date) \
            or text[before.start : first.start].strip(" *_#\n") or not text[first.end : before.end].lstrip(" *_").startswith(","):
        return None
    day = dt.date.fromisoformat(published[:10])
    ends = first.end_date >= (day - dt.timedelta(days=1)).isoformat() and (first.precision == "week" or first.end_date <= day.isoformat())
    return first if first.begin <= day.isoformat() and ends else None



def _a_time_alone(words: str, times) -> bool:
    """Whether a lead-in is a time and nothing more, a heading that dates all below it ("**June 3, 2025**",
    "Tuesday, June 3:")."""
    rest = words
    for t in times:
        rest = rest.replace(t.text, " ")
    return not _WEEKDAY.sub(" ", rest).strip(" *_#:,.\n\t-–—")


_WEEKDAY = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miércoles|jueves|viernes|sábado|domingo)\b",
                      re.IGNORECASE)


def _told_by_the_item(doc, e: Event, noun: bool = False) -> bool:
    """Whether the event is the happening its item tells, the main verb of its clause or one coordinated or reported
    with it ("ICE arrested 370 illegal immigrants", "DOJ announced that 205 predators were arrested"), not one a
    description of someone names ("the release of a wrongfully detained American", "a predator arrested in 2019"):
    only the first is dated by the span a round-up covers. ``noun``: a noun that verb tells as its subject, object or
    circumstance counts too ("announced the takedown …, resulting in the arrests of six members"), not one hung on
    another noun ("a suspect in a killing") nor a step of someone's record ("He has a conviction for assault")."""
    span = doc.char_span(e.trigger_start, e.trigger_end, alignment_mode="expand") if doc is not None and doc.has_annotation("DEP") else None
    if span is None:
        return False
    node = span.root
    if noun:
        return not (_record(node, e.type) or _record_of(node)) and _a_told_noun(node)
    return _in_the_main_clause(node)


def _a_told_noun(node, depth: int = 0) -> bool:
    """Whether a noun is the subject, object or circumstance of a verb of the main clause, or coordinated with one
    ("the seizure and the arrests of six members"), or told as what came of one ("announced the takedown of a ring,
    resulting in the arrests of six members": as the takedown, wherever the parse hangs "resulting")."""
    while node.dep_ == "conj" and node.head.tag_.startswith("NN"):
        node = node.head
    via = None
    if node.dep_ == "pobj" and node.head.dep_ == "prep":
        node = via = node.head
    elif node.dep_ not in ("dobj", "nsubj", "nsubjpass", "attr"):
        return False
    verb = node.head
    if not (verb.pos_ in ("VERB", "AUX") or verb.tag_.startswith("VB")):
        return False
    if verb.lower_ in _CONSEQUENCE and verb.dep_ == "acl" and verb.head.tag_.startswith("NN") and depth < 2:
        # what came of the noun ("resulting in the arrests"), not what a person is "leading" ("a man leading the kidnappings")
        return via is not None and via.lower_ == _CONSEQUENCE[verb.lower_] and _a_told_noun(verb.head, depth + 1)
    return _in_the_main_clause(verb)


_CONSEQUENCE = {"resulting": "in", "leading": "to"}


def _in_the_main_clause(node) -> bool:
    for _ in range(12):
        if node.dep_ in ("ROOT", "") or node.head.i == node.i:
            return True
        if node.dep_ not in _CLAUSE_LINKS:
            return False
        node = node.head
    return False


_CLAUSE_LINKS = {"conj", "ccomp", "xcomp", "advcl", "parataxis"}


def _a_circumstance_of_the_main_verb(doc, e: Event) -> bool:
    """Whether the event is a noun the lede's main verb is told in or after, by a preposition that hangs from it ("A
    knife was held to a taxi driver's throat during an attempted robbery", "Two men were hurt in a shooting outside a
    bar"): the happening the lede tells, as its verb is. Not a noun of a description ("a suspect in a 2005 robbery")."""
    span = doc.char_span(e.trigger_start, e.trigger_end, alignment_mode="expand") if e.nominal and doc is not None \
        and doc.has_annotation("DEP") else None
    if span is None or span.root.dep_ != "pobj" or span.root.head.lower_ not in _CIRCUMSTANCE:
        return False
    verb = span.root.head.head
    return (verb.pos_ in ("VERB", "AUX") or verb.tag_.startswith("VB")) and (verb.dep_ == "ROOT" or verb.head.i == verb.i)


_CIRCUMSTANCE = {"during", "in", "after", "amid", "durante", "en", "tras"}


def _round_up(words: str, published: str | None, language: str):
    """The days a round-up's lead-in says its list covers, up to publication: a numbered week ("wins in week 11:") is
    the seven days that end on the day the round-up is published. A weekly digest is written at its week's end, and
    what it lists happened within it (docs/annotation.md §2.4). None for a lead-in that numbers no week."""
    from ...models import TimeExpression

    pattern = _ROUND_UP.get(language)
    m = pattern.search(words) if pattern and published else None
    if m is None or not (m.group("week").split()[-1].isdigit() or m.group("week").split()[-1].lower() in _ORDINALS):
        return None
    end = dt.date.fromisoformat(published[:10])
    begin = (end - dt.timedelta(days=6)).isoformat()
    return TimeExpression(0, 0, words[m.start() : m.end()], f"{begin}/{end.isoformat()}", "DATE", "week", begin, end.isoformat())


def _headline(ann: Annotations, text: str, segs) -> bool:
    """Whether the document opens with a headline: a first sentence that is a paragraph or heading of its own ("Man
    charged in bar stabbing." on its own line), or one as short as a headline, which wire copy often runs into its
    dateline and lede ("Taco Bell killer pleads guilty. CHARLESTON, W.Va. -- A Charleston man admitted…"); not a
    story's long opening sentence."""
    if len(ann.sentences) < 2:
        return False
    first = ann.sentences[0]
    head = next((s for s in segs if s.end > first.start), None) if segs else None
    alone = head is not None and head.start <= first.start and ann.sentences[1].start >= head.end
    return len(text[first.start : first.end].split()) <= (_HEADLINE_WORDS if alone else _RUN_IN_HEADLINE_WORDS)


_HEADLINE_WORDS = 25
_RUN_IN_HEADLINE_WORDS = 14


class _Kin:
    """The times the sentences after a headline (or after its lede) give a kind of happening: the first that is not
    when something was said ("police said Thursday") nor when another kind of happening took place ("The killing
    happened Saturday night" dates no charge; "The men had killed a police officer on Friday" no arrest), by the
    verb it hangs from, and that falls in the week before publication (news leads with what is new; an older date
    there is background). A time of a verb that tells no happening of its own stands ("raided the home on
    Wednesday" for an arrest)."""

    def __init__(self, events: list[Event], ann: Annotations, published: str | None, doc, language: str, lede_end: int = 0):
        self.events, self.ann, self.published, self.doc, self.language = events, ann, published, doc, language
        self.text, self.lede_end = (text_of(doc) if doc is not None else ""), lede_end
        self.cues = LEXICONS[language]["cues"] if language in LEXICONS else set()

    def time(self, e: Event, start: int):
        ann, published, kind = self.ann, self.published, e.type
        if not published or len(ann.sentences) <= start or self.doc is None or not self.doc.has_annotation("DEP"):
            return None
        after = ann.sentences[start : start + _LEDE_SENTENCES]
        for t in (t for t in ann.times if after[0].start <= t.start < after[-1].end and t.precision in _CALENDAR and t.begin):
            if not self._of(kind, t) or any(d.type == kind and d.evidence_start <= t.start < d.evidence_end and _apart(e, d, self.text, self.ann.times, self.lede_end)
                                            for d in self.events):  # "Gang members killed another woman on Saturday"
                continue
            if t.precision not in _RECENT_PRECISIONS:
                return None
            gap = (dt.date.fromisoformat(published) - dt.date.fromisoformat(t.begin[:10])).days
            return t if 0 <= gap <= 7 else None
        return None

    def _of(self, kind: str, t) -> bool:
        """Whether a time may be a happening's of ``kind``: the verb it hangs from is no verb of saying and tells
        no happening of another kind (its own trigger, or one as its subject or object)."""
        span = self.doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None:
            return False
        verb = span.root
        while verb.head.i != verb.i and not (verb.pos_ in ("VERB", "AUX") or verb.tag_.startswith("VB")):
            verb = verb.head
        found = [(self._root(start, end), etype) for start, end, etype in self._triggers(verb.sent)]
        lemma = verb_lemma(verb.lower_)
        said = [c for c in verb.children if c.dep_ in _SAID] + ([verb.head] if verb.dep_ in _SAID else [])
        if (lemma in self.cues or verb.lower_ in self.cues) and said:  # "police said Thursday they had no suspects"
            # "announced today that Smith was sentenced", "Smith pleaded guilty, the department announced today": the
            # release's day is the step's
            inside = {t.i for clause in said for t in clause.subtree}
            return lemma == "announce" and any(i in inside and _kind(etype) == _kind(kind) for i, etype in found)
        near = {verb.i} | {c.i for c in verb.children if c.dep_ in _TOLD_BY}
        told = [etype for i, etype in found if i in near]
        return not told or any(_kind(etype) == _kind(kind) for etype in told)

    def _triggers(self, sent) -> list[tuple[int, int, str]]:
        """The happenings a sentence tells, as the events read them ("The killing happened": a killing; "raided the
        home" outside a prison is no prison raid)."""
        return [(e.trigger_start, e.trigger_end, e.type) for e in self.events
                if sent.start_char <= e.trigger_start < sent.end_char and e.type != "presence"]

    def _root(self, start: int, end: int):
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return span.root.i if span is not None else None


_SAID = {"ccomp", "parataxis"}  # what a verb of saying tells ("were called to a report" tells nothing)
_TOLD_BY = {"nsubj", "nsubjpass", "dobj", "attr"}  # "The killing happened Saturday", "faces charges after a fight Sunday"


def _kind(kind: str) -> str:
    """The kinds of happening one lede time may date: an arrest and the charge it brings are told as one step."""
    return "legal" if kind in ("arrest", "charge") else "violence" if kind in ("killing", "attack") else kind


def _dated(e: Event, t) -> Event:
    return replace(e, date_value=t.value, date_begin=t.begin, date_end=t.end_date, date_precision=t.precision, date_basis="story")
