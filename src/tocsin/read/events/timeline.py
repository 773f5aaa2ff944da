"""The time a story's narrative is in: a happening told in the simple past, in a sentence that gives no time of its
own, takes the day the story set its scene on just before.

Reporting sets a scene once and then tells it step by step: "Charleston police were called Tuesday to a
disturbance at a motel. … Jones fled on foot but was picked up a short distance away." The arrest is Tuesday's,
though its sentence says nothing of when (docs/annotation.md §2.4: the date the text gives). The rule holds only
where a reader would carry the day over:

- the happening is told as a step of the scene: a verb in the simple past ("fled", "was picked up", or an attempt in
  it, "tried to grab the purse"; in a "where" clause of the place the scene went to, "drove to Port Richmond, where
  they assaulted a man"), not a present
  state or a perfect ("is charged with", "has been charged", "had stolen"), nor a description of someone ("a
  murdered policeman", "a girl who was murdered"), nor a noun (but one told as taking place: "a violent fight
  ensued", or as where someone came to harm: "wounded in the shootout"), nor a step the text sets apart
  ("previously", "already");
- the scene's time is a day (a day, a part of one, a weekend; or, for a past the story tells as history, a month or a
  year before the publication's: "In June 1963, … Late that night, Medgar Evers was assassinated") no later than
  publication, named in one of the few
  sentences before (``_REACH``; in a news story, sub-headlines and sentences told mostly inside quotation marks do not
  count, for a story tells its scene between its witnesses' words), and not the time something was said ("police
  said Monday"); a time ahead of
  publication is passed over for the day set before it ("arrested early Saturday … will appear in court next
  Thursday … Two officers were hit": Saturday's), a court's step already taken is not (its charge names an earlier
  crime the next sentences may tell);
- nothing between the day and the happening moves the story off it ("a week later", "the next day", "In a separate
  case"; ``_MOVED``);
- neither is an item of a list, where each item tells a case of its own; and the happening is no legal or government
  step (a charge, a plea, a sentence, an extradition, a designation), which keeps the court's or the government's
  calendar, not the scene's.

English only: the rule reads English tenses off the parse.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...models import Annotations, Event
from ..statements.spans import _quotes
from .clauses import where_clause
from .scope import _listed_at

_REACH = 8  # sentences back from the happening's own
_SCENE = {"day", "part of day", "weekend"}
_NOT_A_STEP = {"have", "has", "had", "'s", "’s", "is", "are", "am", "be", "been", "being", "will", "would", "shall", "should", "could",
               "can", "may", "might", "must", "do", "does"}
# The verbs a report tells what was said with; a time on them dates the saying ("police said Monday")
_SAYING = {"said", "says", "say", "told", "tells", "announced", "announces", "stated", "added", "confirmed", "testified",
           "explained", "noted", "wrote", "reported", "warned", "warns", "urged", "claimed", "argued", "insisted", "denied"}
# Verbs of an attempt: "tried to grab", "attempted to rob" tell the happening as a step of the scene
_TRYING = {"tried", "attempted", "sought", "began", "started", "managed", "continued"}
_CALENDAR = {"day", "part of day", "weekend", "week", "month", "quarter", "season", "year", "decade"}
# Steps a court or a government takes on its own calendar: their day sets no scene for what the story tells next
_NO_SCENE = {"charge", "conviction", "extradition", "designation"}
_APART = re.compile(r"\b(?:previously|earlier|already|once|formerly|before|prior)\b", re.IGNORECASE)
# Words that move the story off the scene's day between it and the happening: a later day ("a week later", "days
# later", "the next day"; "minutes later" keeps it) or another case ("In a separate case", "Separately")
_MOVED = re.compile(r"\b(?:(?:days?|nights?|weeks?|months?|years?) later|later that (?:week|month|year)|since then|"
                    r"the (?:next|following) (?:day|morning|night|week|month)|separate(?:ly)?|unrelated|another (?:case|incident))\b",
                    re.IGNORECASE)


def narrated(events: list[Event], ann: Annotations, text: str, segs, doc, published: str | None, language: str) -> list[Event]:
    """The events, each past step of a scene that its own sentence does not date given the scene's day."""
    if not published or language != "en" or doc is None or not doc.has_annotation("DEP"):
        return events
    legal = frozenset(t.i for d in events if d.type in _NO_SCENE
                      for t in (doc.char_span(d.trigger_start, d.trigger_end, alignment_mode="expand") or ()))
    out = []
    for e in events:
        if e.happened and e.incident and e.date_basis == "published" and e.type not in _NO_SCENE \
                and _listed_at(text, segs, e.trigger_start) is None and _a_step(doc, e, text, legal) \
                and (t := _scene_time(ann, text, segs, doc, e, published, events)) is not None:
            e = replace(e, date_value=t.value, date_begin=t.begin, date_end=t.end_date, date_precision=t.precision, date_basis="story")
        out.append(e)
    return out


def _a_step(doc, e: Event, text: str, legal: frozenset[int] = frozenset()) -> bool:
    """Whether the trigger is a verb telling a step of a past scene: simple past, active or passive, not a
    description of a noun and not set apart as earlier; or a gerund ordered within such a step (``_gerund_of_a_step``),
    unless that step is a court's or a government's (``legal``: the tokens of such events' triggers; "was charged
    after robbing a bank" keeps the court's calendar, not the robbery's)."""
    span = doc.char_span(e.trigger_start, e.trigger_end, alignment_mode="expand")
    if e.nominal:
        return span is not None and (verb := _undergone_in(span.root)) is not None and not _set_apart(doc, text, e) and _told_as_step(verb)
    verb = next((t for t in span if t.tag_ in ("VBD", "VBN")), None) if span is not None else None
    if verb is None and span is not None and (aim := next((t for t in span if t.tag_ == "VB" and t.dep_ == "xcomp"), None)) is not None \
            and aim.head.tag_ == "VBD" and aim.head.lower_ in _TRYING:
        verb = aim.head  # "tried to grab the purse": the attempt is the step the scene tells
    if verb is None and span is not None:
        verb = next((t for t in span if t.tag_ == "VBG"), None)  # "before striking him": a gerund, a step only through its clause
    if verb is None or verb.dep_ in ("amod", "relcl", "acl", "compound") and not _where_clause(verb) and not _fragment(verb) \
            or _set_apart(doc, text, e):
        return False
    if _fragment(verb):
        return True
    if (scene := _gerund_of_a_step(verb)) is not None:
        return scene.i not in legal and _told_as_step(scene)
    return verb.tag_ != "VBG" and _told_as_step(verb)


def _gerund_of_a_step(verb):
    """The verb a gerund's clause hangs from when it orders the gerund within that verb's step ("jumped two walls before
    turning on the officer and striking him", "was awaiting treatment after being stabbed", "stopped the gunman by
    shooting him"): the gerund is a step of the same scene. Not a gerund that names what someone is accused of or
    charged with ("accused of killing", "charged with robbing": "of", "with"), nor one after "since"."""
    head = verb
    while head.dep_ == "conj" and head.head.i != head.i and head.head.tag_.startswith("VB"):
        head = head.head  # "before turning on the officer and striking him"
    gerund = head.tag_ == "VBG" or any(c.dep_ == "auxpass" and c.lower_ == "being" for c in head.children)
    if not gerund or head.dep_ != "pcomp" or head.head.lower_ not in _ORDERING or not head.head.head.tag_.startswith("VB"):
        return None
    return head.head.head


# Prepositions that order a gerund's happening within the step of the verb they hang from
_ORDERING = {"before", "after", "by", "upon"}


def _undergone_in(noun):
    """The verb a happening's noun is the scene of, when the noun is told only as where someone came to harm or what
    went on around a step ("A policeman was also wounded in the shootout", "two officers were hurt during the riot"):
    the object of "in" or "during" on a verb that is no legal step ("arrested in the shooting", "charged in the
    robbery" name a crime that may be older than the arrest). None otherwise."""
    prep = noun.head
    if noun.dep_ == "nsubj" and prep.lower_ in _OCCURRED and prep.i != noun.i:
        return prep  # "the shooting happened": the noun is the step the verb tells
    if (told := next((c for c in noun.children if c.i == noun.i + 1 and c.dep_ == "acl" and c.lower_ in _OCCURRED), None)) is not None:
        return told  # "and a violent fight ensued", which the parser hangs from the noun
    if noun.dep_ != "pobj" or prep.lower_ not in ("in", "during") or prep.head.i == prep.i:
        return None
    verb = prep.head
    return verb if verb.tag_ in ("VBD", "VBN") and not _LEGAL.match(verb.lower_) else None


# Verbs that tell a happening's noun as taking place: its subject is a step of the scene ("a violent fight ensued")
_OCCURRED = {"ensued", "occurred", "happened", "erupted", "unfolded", "followed"}
_LEGAL = re.compile(r"(?:arrest|charg|indict|plead|pled|convict|sentenc|detain|apprehend|jail|held|book|cit|prosecut|sued|fined)")


def _fragment(verb) -> bool:
    """Whether a participle tells a step in a sentence that drops its auxiliary, as speeches and lists do ("Hundreds
    taken hostage.", "over 1,200 innocent people — slaughtered in their kibbutz, massacred at a festival, brutally
    raped, tortured."): a past participle at the root of its sentence with a subject and no auxiliary, one on that
    subject, or one on the noun a sentence with no verb is built on. Not a participle before its noun ("A murdered
    Black family": a description, ``amod``), nor one with an auxiliary of its own."""
    if verb.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    if verb.dep_ == "ROOT":
        return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    while verb.dep_ == "conj" and verb.head.tag_ == "VBN" and verb.head.i != verb.i:
        verb = verb.head  # "brutally raped, mutilated, and sexually assaulted"
    subject = verb.head
    if verb.dep_ != "acl":
        return False
    while subject.dep_ in ("appos", "conj") and subject.head.i != subject.i:
        subject = subject.head  # "over 1,200 people — babies, parents, grandparents — slaughtered"
    if subject.dep_ == "ROOT":  # a sentence with no verb but its participles ("over 1,200 people — slaughtered …")
        return True
    root = subject.head
    return subject.dep_ == "nsubj" and root.dep_ == "ROOT" and root.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in root.children)


def _told_as_step(verb) -> bool:
    """Whether a verb tells a step of a past scene: the simple past, active or passive, or the past progressive."""
    head = verb
    while head.dep_ == "conj" and head.head.i != head.i and head.head.tag_.startswith("VB"):
        head = head.head  # "was arrested and detained": the first verb's auxiliaries tell the tense
    aux = [c for c in (*verb.children, *head.children) if c.dep_ in ("aux", "auxpass", "neg")]
    if any(c.lower_ in _NOT_A_STEP or c.dep_ == "neg" for c in aux):
        return False
    return head.tag_ == "VBD" or any(c.lower_ in ("was", "were", "got") for c in aux)


def _where_clause(verb) -> bool:
    """Whether a relative clause tells what happened at the place the scene went to: a "where" clause on the object
    of a preposition of direction after a verb in the active simple past ("Nicoletti then drove to the Port Richmond
    section, where the defendants assaulted a man"), the narrative moving on. Not a clause that describes a place or
    a time ("The bar stands in Kensington, where a journalist was murdered", "grew up in Kensington, where gang members
    shot his father", "worked at a store where robbers shot a clerk", "recalled the day when"), nor one after a
    passive ("was deported to Honduras, where he was killed"), a perfect or a negation."""
    place = where_clause(verb, ("where",))
    while place is not None and place.dep_ == "pobj" and place.head.lower_ == "of" and place.head.head.tag_.startswith("NN"):
        place = place.head.head  # "the Port Richmond section of Staten Island, where"
    if place is None or place.dep_ != "pobj" or place.head.lower_ not in ("to", "into", "toward", "towards", "onto"):
        return False
    went = place.head.head
    return went.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass", "neg") for c in went.children)


def _set_apart(doc, text: str, e: Event) -> bool:
    """Whether the words just before the trigger set it apart as earlier ("previously arrested", "was already
    charged"). "before" that opens a clause or a phrase orders two steps of the one scene ("wounded three people
    before police shot and killed him", "arrested before the shooting"): by the parse, a subordinator or a
    preposition, not an adverb."""
    for m in _APART.finditer(text, max(e.evidence_start, e.trigger_start - 30), e.trigger_end):
        word = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if not (m.group().lower() == "before" and word is not None and word.root.dep_ in ("mark", "prep")):
            return True
    return False


def _scene_time(ann: Annotations, text: str, segs, doc, e: Event, published: str, events: list[Event]):
    """The day the few sentences before the event set the scene on: the last time they name, when it is a day no
    later than publication, not the time something was said nor a court's or a government's step (another time after
    it, "last year", moves the story away from that day)."""
    before = [s for s in ann.sentences if s.end <= e.evidence_start]
    if not before:
        return None
    # a news story's scene holds past its sub-headlines and quotations: they do not count in the reach
    quotes = _quotes(text) if ann.genre == "news article" else None
    told = [s for s in before if not _aside(segs, s, quotes)] if quotes is not None else before
    since = min(before[-_REACH:][0].start, (told[-_REACH:] or before)[0].start)
    times = [t for t in ann.times if since <= t.start and t.end <= e.evidence_start and t.precision in _CALENDAR and t.begin]
    if not times:
        return None
    while len(times) > 1 and times[-1].begin[:10] > published:
        times = times[:-1]  # "He will be arraigned Monday": the court's calendar ahead, not the scene's; the day set before
        # it still stands. A court's step already taken is not passed over: the charge names the crime the next
        # sentences tell ("arrested Saturday … charged Tuesday with the murder of a man … The man was shot": not Saturday)
    t = _day_of(times, text)
    if t.precision not in _SCENE and not _history(t, text, published) or t.begin[:10] > published or _listed_at(text, segs, t.start) is not None or _said_at(doc, t) \
            or _MOVED.search(text, t.end, e.evidence_end) or t.precision not in _SCENE and _LATER.search(text, t.end, e.evidence_end):
        return None
    return None if _stepped(t, events) else t


def _history(t, text: str, published: str) -> bool:
    """Whether a month or a year sets the scene of a past the story tells as history: one of a year before the
    publication's, opening its sentence as the time of what follows ("In June 1963, … Late that night, Medgar Evers
    was assassinated"); a span of a life told as background ("served in the Army from 2001 to 2005") sets none."""
    return t.precision in ("month", "year") and bool(t.end_date) and t.end_date[:4] < published[:4] \
        and _FRONTED.search(text, max(0, t.start - 40), t.start) is not None and text[t.end : t.end + 1] == ","


# A step a history's month or year does not date: one told as coming after it ("He was later shot dead").
_LATER = re.compile(r"\b(?:later|eventually|afterwards?|subsequently)\b", re.IGNORECASE)
# "In June 1963," / "Back in 1999," opening a sentence or a line: the time the next steps happen in.
_FRONTED = re.compile(r"(?:^|(?<![A-Z])(?<!\b[A-Z][a-z])[.!?][\"”’)]?\s+|\n\s*)(?:[Bb]ack\s+in|In)\s+$")  # not "the U.S. in 1998", "Jr. in"


def _aside(segs, sentence, quotes) -> bool:
    """Whether a news story's sentence stands aside from its telling, so that the scene's day reaches past it: a
    sub-headline, or a sentence told mostly inside a quotation ("'They were good, fine people,' said Logan.")."""
    if any(seg.kind == "heading" and seg.start <= sentence.start < seg.end for seg in segs):
        return True
    quoted = sum(max(0, min(e, sentence.end) - max(s, sentence.start)) for s, e in quotes)
    return quoted * 2 > sentence.end - sentence.start


def _day_of(times, text: str):
    """The last of the times, or the day written just before it when the last is that day's year or month set apart
    by a comma or "in" ("on October 7th, 2023", "on October 7th in 2023", where the year is read as a time of its own): one date, the finer."""
    t = times[-1]
    if len(times) > 1 and t.precision in ("year", "month") and (day := times[-2]).precision in _SCENE and day.end_date \
            and t.begin <= day.begin and day.end_date <= t.end_date and re.fullmatch(r",?\s*(?:of\s+|in\s+)?", text[day.end : t.start]):
        return day
    return t


def _stepped(t, events: list[Event]) -> bool:
    """Whether a time dates a court's or a government's step of its sentence (a charge, a conviction, …)."""
    return any(d.type in _NO_SCENE and d.date_basis == "sentence" and d.evidence_start <= t.start < d.evidence_end
               and d.date_begin == t.begin for d in events)


def _said_at(doc, t) -> bool:
    """Whether a time is the time something was said: it hangs from a verb of saying ("police said Monday")."""
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None:
        return False
    node = span.root
    for _ in range(3):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.tag_.startswith("VB"):
            return node.lower_ in _SAYING
    return False


def up_to_publication(events: list[Event], published: str | None) -> list[Event]:
    """The events, each past happening dated by a period that runs on after publication ("this week", "this month",
    "este año") ending on the publication date: what a story tells as done was done by the time it was written
    ("four homes were burglarized this week", in a story of Saturday: Monday to Saturday, not to Sunday). Its value
    and precision stay those of the period; a happening not in the past ("will be sentenced this week") keeps the
    whole period."""
    if not published:
        return events
    return [replace(e, date_end=published) if e.happened and e.incident and e.date_begin and e.date_end
            and e.date_begin[:10] <= published < e.date_end[:10] else e for e in events]
