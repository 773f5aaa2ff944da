"""Which of a sentence's times is an event's: how each stands to the trigger in the parse.

A sentence often holds more times than happenings: when something was said ("police said Tuesday"), when the crime a
legal step names was done ("charged with murder in the death Sunday of"), when a happening a description tells took
place ("Milton, who served from 1982 to March 2005, was convicted on Feb. 25, 2008"). An event takes the time the
parse ties to its own trigger, and none that belongs to another clause (docs/annotation.md §2.4: the date of the
happening, as the text gives it).
"""

from __future__ import annotations

import datetime as dt
import re

from ..date_words import NUMBERS
from ..days_apart import FIND as FIND_APART
from ..dates import _at_precision, _shift
from ..statements.lexicon import LEXICONS, verb_lemma
from ..statements.spans import _inside_quote, _quotes
from .clauses import verbal
from .same_people import person_word


def whose_time(ctx, trigger, t) -> int | None:
    """How a time expression of the trigger's sentence stands to it in the parse: 0 when it hangs from the trigger
    ("convicted by a jury on Feb. 25, 2008", "a man killed 10 people on March 10" in a sentence that opens with
    "Sunday's rampage"), 1 from a verb coordinated with it ("arrested … on Dec. 5, 2007, and extradited … on
    April 24, 2008": the arrest's date, when the extradition had none), None when it hangs from a verb of saying
    on its way ("said on Tuesday": the statement's time) or from an offence a court step names (``_own_clause``, or a
    clause on the crime after its preposition: "convicted over the brawl that took place on 25 February", or a time
    written right after the noun of a happening after a possessive: "for the boy's death in November 2007", ``_AFTER_AN_INCIDENT``),
    3 through a relative clause on another noun, 2 otherwise (None for a day told apart from another, "two days later",
    which dates only what the parse ties it to: "recovered her stolen car two days later" is no theft's day), and None
    for the time of a talk ("joined news programs this morning to discuss the operation that", "talked about this
    last night": ``_topic_of_talk``, ``_TALK``). The closest of the lowest rank is taken. (Leaving out every date that hangs from a noun was tried:
    the events left undated lost more than it saved; a clause of its own is a narrower sign.)"""
    loose = None if FIND_APART.fullmatch(t.text) else 2  # "two days later" dates only what the parse ties it to
    span = ctx.doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None:
        return loose
    node, shared = span.root, {c.i for c in trigger.conjuncts}
    if (about := _about_a_person(trigger)) is not None and not about.left_edge.i <= node.i <= about.right_edge.i \
            and not (node.i < min(node.sent.root.i, about.head.left_edge.i) and about.head.dep_ in ("nsubj", "nsubjpass")
                     and about.head.head.i == node.sent.root.i):
        return None  # "Etcheber was arrested last week … of Ravenel, who pleaded guilty to": last week is the arrest's;
        # a time that opens the sentence frames all it tells ("In 2023, two men who beat up an officer were freed")
    if (talk := _topic_of_talk(trigger)) is not None and not talk.left_edge.i <= node.i <= talk.right_edge.i:
        return None  # "This morning, Rubio joined news programs to discuss the operation that apprehended Maduro": this
        # morning is the talk's time, not the capture's
    if (offence := _offence_named(trigger)) is not None and not offence.left_edge.i <= node.i <= offence.right_edge.i:
        return None  # "arrested Monday after she was accused of slicing two people": Monday is the arrest's
    cues = LEXICONS[ctx.language]["cues"] if ctx.language in LEXICONS else set()  # the verbs a statement is told with
    legal, inner = _legal_step(trigger), 0
    if legal and node.i != trigger.i and _AFTER_AN_INCIDENT.search(ctx.text, max(0, t.start - 60), t.start):
        return None  # "pleaded no contest to murder for the boy's death in November 2007": the death's month, however parsed
    for _ in range(12):
        if node.i == trigger.i:
            return _OWN_RANK.get(inner, 0)
        if node.i in shared:
            return _OWN_RANK.get(inner, 1)
        if legal and _crime_clause(node, trigger):
            return None  # "convicted over the brawl that took place on 25 February": the crime's day, not the court's
        inner = max(inner, _own_clause(node, trigger))
        if legal and node.tag_.startswith("NN") and node.lower_ in _INCIDENTS:
            return None  # "charged with murder in the death Sunday of", "arrested in Saturday's fatal shooting": the crime's day
        if (node.pos_ in ("VERB", "AUX") or node.tag_.startswith("VB")) and (verb_lemma(node.lower_) in cues or node.lower_ in cues) \
                and not any(c.dep_ in _TOLD and c.left_edge.i <= trigger.i <= c.right_edge.i for c in node.children):
            return None  # "the prosecutor investigating the killing said on Tuesday": when it was said, not when it happened
            # ("announced today that Smith was sentenced" dates what it tells: the release's day is the sentencing's)
        if node.tag_.startswith("VB") and _TALK.match(node.lower_) and not _while_talking(node, trigger):
            return None  # "the President spoke to them earlier this month after … the shooting": when the talk was held
        if node.head.i == node.i:
            return loose
        node = node.head
    return loose


def _about_a_person(trigger):
    """The relative clause on a person the trigger is told in ("Ravenel, who pleaded guilty to buying cocaine", "a man
    whom police shot last year", "groups of individuals that were indicted in the United States", or a participle on
    people: "the four Americans attacked in Mexico"): what it tells is that person's past, which a time of the main
    clause does not date ("Etcheber was arrested last week … of Ravenel, who pleaded guilty": not last week's plea).
    Only a clause that opens with "who", "whom" or "whose" ("quien", "quienes"), or one on a word of people
    (``_people``): one on a happening's noun or a thing may tell that same happening ("a bomb that killed five people
    exploded on Sunday"). A time that opens the sentence, before the main clause whose subject the person is
    (``whose_time``), still frames the clause: "Just this month, a man who hurled a bottle at an officer was released"
    (not "On Monday, the department announced the sentencing of Soto, who was arrested in May"). None when the
    trigger is in no such clause; nor when it is in a clause of its own below the participle ("three people wounded
    when gunmen opened fire": the shooting is told as the sentence's own, "On Saturday night" dates it)."""
    node, own = trigger, False
    for _ in range(8):
        if node.dep_ == "relcl" and node.head.i != node.i:
            opener = next((t for t in node.subtree if t.i < node.i and t.tag_ in ("WP", "WP$") or t.lower_ in ("quien", "quienes")), None)
            return node if opener is not None and opener.lower_ in _WHO or _people(node.head) else None
        if node.dep_ == "acl" and node.tag_ == "VBN" and node.head.i != node.i and _people(node.head):
            return None if own else node  # "the four Americans attacked in Mexico": what befell them, not the main clause's time
        own = own or node.dep_ == "advcl"
        if node.head.i == node.i:
            return None
        node = node.head
    return None


_WHO = {"who", "whom", "whose", "quien", "quienes"}
_DURING = {"as", "while", "when", "mientras", "cuando"}


def _while_talking(talk, trigger) -> bool:
    """Whether a talk is the time the happening took place in, an adverbial clause of the trigger that opens with "as",
    "while" or "when" ("was shot dead as he talked with neighbors … on Sunday night": Sunday night is the shooting's)."""
    return talk.dep_ == "advcl" and talk.head.i == trigger.i and any(c.dep_ == "mark" and c.lower_ in _DURING for c in talk.children)


def _topic_of_talk(trigger):
    """The phrase that names what a talk is about, when the trigger is told in it: the object of a verb of talking ("to
    discuss the operation that apprehended Maduro", "by addressing the announcement … of the four Americans attacked")
    or what comes after "on", "about" or "regarding" on a talk's verb or noun ("spoke about the shooting", "a panel
    discussion on the murders"). A time outside it is when the talk was held, not when what it is about happened; one
    inside it may be the happening's own ("discussed the shooting that killed two men on Sunday"). Verbs of saying are
    no talk here: what they tell, they may date ("announced today that Smith was sentenced": ``whose_time``). None when
    the trigger is in no such phrase."""
    node = trigger
    for _ in range(10):
        head = node.head
        if head.i == node.i:
            return None
        if node.dep_ == "dobj" and head.tag_.startswith("VB") and _TALK.match(head.lower_) \
                or node.dep_ == "prep" and node.lower_ in _ABOUT and _TALK.match(head.lower_):
            return node
        node = head
    return None


# Words of talking (a verb or its noun): what they are about is told, not done, when they are held
_TALK = re.compile(r"(?:discuss(?:es|ed|ing|ions?)?|address(?:es|ed|ing)?|talk(?:s|ed|ing)?|spoke|spoken|speak(?:s|ing)?|"
                   r"comment(?:s|ed|ing)?|debat(?:e|es|ed|ing)|brief(?:s|ed|ing|ings)?|conferences?|interviews?|forums?|panels?|"
                   r"conversations?|speech(?:es)?)$")
_ABOUT = {"on", "about", "regarding", "concerning"}


def _people(noun) -> bool:
    """Whether a noun names people by its word or its entity ("individuals", "the four Americans", "Soto"), or by
    the people it is "of" ("two groups of individuals"): a clause on it tells what they did or underwent, not a
    happening the noun itself is (unlike "a bomb", "the attack")."""
    if not noun.tag_.startswith("NN"):
        return False
    if noun.ent_type_ in ("PERSON", "NORP") or person_word(noun.text):
        return True
    return any(p.lower_ == "of" and any(_people(o) for o in p.children if o.dep_ == "pobj") for p in noun.children)


def _crime_clause(node, trigger) -> bool:
    """Whether a relative clause on the noun after a preposition tells when a crime or an incident happened: the noun
    is one (``_INCIDENTS``: "charged in the shooting that left two dead on Friday") or the clause's verb is one of
    happening ("the brawl that took place on 25 February", "occurred", "happened"). Not a clause on the trigger
    itself, nor one on any other noun ("arrested in the apartment where police found him on Friday", "charged in the
    complaint that prosecutors filed on Friday", "the charges for which he was sentenced today": the step's own day
    or another's)."""
    if node.dep_ != "relcl" or node.head.dep_ != "pobj" or node.head.head.dep_ != "prep" or node.head.i == trigger.i:
        return False
    happening = _HAPPENING.match(node.lower_) or node.lower_ in ("take", "takes", "took", "taken", "taking") \
        and any(c.lower_ == "place" for c in node.children)
    return node.head.lower_ in _INCIDENTS or happening


_HAPPENING = re.compile(r"(?:occur|happen|unfold|ocurri|sucedi)")


def _own_clause(node, trigger) -> int:
    """Whether a verb on the way from a time up to the trigger tells a happening of its own, and how surely the time
    is that happening's: 2 for the gerund of an offence a court step names ("pleaded guilty to filing a false return
    for the year 2000", "charged with engaging in the conspiracy from February 2003": the offence's time, never the
    court's); 1 for a relative clause or a participle on another noun ("Milton, who served … from 1982 to March
    2005, was convicted on Feb. 25, 2008": the event's own time wins, and this one stands only when there is no
    other, as in "accused of killing Jackson, whose body was found Feb. 26"); 0 otherwise. A clause on the trigger
    itself ("the massacres committed on October 7") describes the happening, and a gerund after a preposition of
    time ("arrested after fleeing on Sunday") places it: neither counts."""
    if not (node.pos_ in ("VERB", "AUX") or node.tag_.startswith("VB")) or node.dep_ in ("aux", "auxpass") or node.head.i == trigger.i:
        return 0
    if node.dep_ in ("relcl", "acl"):
        return 1
    return 2 if node.dep_ == "pcomp" and node.head.lower_ not in _TIME_PREPOSITIONS and _COURT_STEP.match(trigger.lower_) else 0


def _offence_named(trigger):
    """The gerund clause the trigger is told in when that clause is the offence an accusation or a legal step names
    ("accused of slicing two people … and trafficking", "charged Tuesday with killing his wife", "pleaded guilty to
    robbing"): a time outside it is the accusation's or the step's, not the offence's. None otherwise."""
    node = trigger
    while node.dep_ == "conj" and node.head.i != node.i and node.head.tag_.startswith("VB"):
        node = node.head
    prep = node.head
    if node.dep_ == "pcomp" and prep.lower_ in ("of", "with", "for", "to") and _ACCUSING.match(prep.head.lower_):
        return node
    return None


_ACCUSING = re.compile(r"(?:accus|suspect|charg|convict|indict|sentenc|arrest|guilty)")
_OWN_RANK = {1: 3, 2: None}  # how a time of another clause ranks (whose_time: lower first, None left out)
_COURT_STEP = re.compile(r"(?:charg|indict|plead|pled|convict|sentenc|acus|imput|conden|sentenci)")
_TIME_PREPOSITIONS = {"after", "before", "while", "since", "until", "upon", "on", "during", "when", "despite", "tras", "antes",
                      "despues", "después", "durante"}


# The nouns a legal step names its crime by: a time that hangs from one dates the crime, not the arrest, charge or plea.
_INCIDENTS = {"death", "deaths", "shooting", "shootings", "killing", "killings", "murder", "murders", "slaying", "slayings",
              "homicide", "stabbing", "incident", "crash", "robbery", "assault", "attack", "fire", "accident", "rape", "burglary"}


# A time written right after the noun of a happening that follows a possessive dates that happening ("his cousin's
# death in August 2021", "the boy's killing on Friday"), wherever the parse hangs it: a legal step that names the
# happening is not dated by it. Only after a possessive, which makes the noun one happening of one person's: a bare
# happening's noun may carry the step's own time ("arrested for the killing in 2015", "arrested the driver at the scene
# of the crash on Friday night", "arrested him at the fire Monday" are the arrest's times).
_AFTER_AN_INCIDENT = re.compile(r"(?:'s|’s|s')\s+(?:\w+\s+)?(?:deaths?|shootings?|killings?|slayings?|stabbings?|beating|"
                                r"disappearance)\s+(?:(?:in|on|of|during)\s+)?$", re.IGNORECASE)


def _legal_step(trigger) -> bool:
    """Whether the trigger is a legal step (arrest, charge, plea, sentence) by its word: "arrested", "charged",
    "indicted", "pleaded", "convicted", "sentenced"."""
    return bool(re.match(r"(?:arrest|charg|indict|plead|pled|convict|sentenc|detain|apprehend)", trigger.lower_))


# What a verb of saying tells: a time on the verb dates the statement, and what it tells, not a happening named
# outside it.
_TOLD = {"ccomp", "xcomp", "parataxis", "dobj", "advcl"}


# A happening counted back from a time: "Today, three years after the murder of George Floyd", "Tuesday marked one year
# since the shooting", "it has been one year since their father was murdered", "a tres años del asesinato". The
# trigger follows the count within a few words.
_COUNTED = {
    "en": re.compile(r"\b(?P<n>\d+|[a-z]+(?:-[a-z]+)?)\s+(?P<u>years?|months?|weeks?|days?)\s+(?:since|after)\s+(?:[\w'’.,-]+\s+){0,7}$", re.IGNORECASE),
    "es": re.compile(r"\b(?:a|cumplen|cumplieron|cumple)\s+(?P<n>\d+|[a-záéíóúñ]+)\s+(?P<u>años?|meses|mes|semanas?|días?)\s+"
                     r"(?:del?|desde(?:\s+que)?)\s+(?:[\wáéíóúñ'’.,-]+\s+){0,7}$", re.IGNORECASE),
}
# Words that count from the time of writing when the sentence names no day: "it has been", "marks", "se cumplen"
_FROM_NOW = {
    "en": re.compile(r"\b(?:(?:it|it['’]s|that)\s+(?:has\s+)?been|marks?|today\s+marks)\s+$", re.IGNORECASE),
    "es": re.compile(r"\b(?:hoy\s+)?se\s+$", re.IGNORECASE),
}
_UNIT_WORDS = {"year": "Y", "years": "Y", "month": "M", "months": "M", "week": "W", "weeks": "W", "day": "D", "days": "D",
               "año": "Y", "años": "Y", "ano": "Y", "anos": "Y", "mes": "M", "meses": "M", "semana": "W", "semanas": "W",
               "día": "D", "días": "D", "dia": "D", "dias": "D"}


def counted_back(text: str, sentence: tuple[int, int], trigger_start: int, trigger, times, published: str | None, language: str):
    """(value, begin, end, precision) of a happening the sentence counts back to from a day: "Tuesday marked one
    year since the shooting" (the shooting: a year before that Tuesday), "Today, three years after the murder" (three
    years before publication); a count with no day of its own counts from the time of writing only where the
    words say so ("it has been one year since", "se cumplen tres años del"). Only the happening the "since/after"
    phrase tells is counted back ("On Tuesday, two days after the attack, police arrested…": the attack, never the
    arrest, which Tuesday dates). The count is as fine as its unit: "it has been 10 years since the massacre" gives
    a year, not a day; a day only when it counts from a named day ("Tuesday", "today", "hoy") or in days. None when
    the sentence counts nothing back to the trigger."""
    pattern = _COUNTED.get(language)
    m = pattern.search(text, sentence[0], trigger_start) if pattern and trigger is not None else None
    n = m and (int(m.group("n")) if m.group("n").isdigit() else NUMBERS.get(m.group("n").lower()))
    if not m or not isinstance(n, int) or not _in_the_counted_phrase(trigger, m.start("u")):
        return None
    unit = _UNIT_WORDS[m.group("u").lower()]
    if anchor := day_named_before(times, sentence[0], m.start()):
        exact = True
    elif published and (now := _FROM_NOW[language].search(text, max(sentence[0], m.start() - 20), m.start())):
        anchor, exact = dt.date.fromisoformat(published), bool(TODAY.search(text, max(sentence[0], now.start() - 12), now.end()))
    else:
        return None
    return back_from(anchor, n, unit, "D" if exact else unit)


TODAY = re.compile(r"\b(?:today|hoy)\b", re.IGNORECASE)  # "today marks one year since", "hoy se cumplen": counted from today


def day_named_before(times, sentence_start: int, at: int) -> dt.date | None:
    """The day a sentence names before ``at`` (the nearest): "Tuesday marked one year since", the day a count or an
    anniversary is counted back from."""
    days = [t for t in times if sentence_start <= t.start < at and t.precision in ("day", "part of day") and t.begin]
    return dt.date.fromisoformat(min(days, key=lambda t: abs(t.start - at)).begin[:10]) if days else None


def back_from(anchor: dt.date, n: int, unit: str, precision: str) -> tuple[str, str, str, str]:
    """(value, begin, end, precision) of the day ``n`` units ("Y", "M", "W", "D") before ``anchor``, kept at
    ``precision`` (a unit: "D" the day itself)."""
    day = _shift(anchor, -n, unit)
    if precision == "D":
        return day.isoformat(), day.isoformat(), day.isoformat(), "day"
    t = _at_precision(day, precision)
    return t.value, t.begin, t.end, t.precision


def _in_the_counted_phrase(trigger, unit_at: int) -> bool:
    """Whether the trigger is told inside the "since/after" phrase of the count, by the parse: "three years after
    the murder" (the murder), "one year since their father was murdered", "a tres años del asesinato", not the
    clause the count stands beside ("ten years after he fled Mexico, Lopez was arrested": the flight is counted
    back, not the arrest)."""
    doc = trigger.doc
    unit = next((t for t in doc if t.idx <= unit_at < t.idx + len(t)), None)
    if unit is None:
        return False
    link = next((t for t in doc[unit.i + 1 : unit.i + 4] if t.lower_ in _COUNT_LINKS), None)
    if link is None:
        return False
    root = link.head if link.dep_ in ("mark", "case") else link
    return trigger.i in {t.i for t in root.subtree} and trigger.i != unit.i


_COUNT_LINKS = {"since", "after", "de", "del", "desde"}


# The words by which a document performs the act it names: "I hereby designate", "por la presente se designa"
_PERFORMED = {"en": re.compile(r"\bhereby\s+(?:\w+ly\s+)?$", re.IGNORECASE),
              "es": re.compile(r"\bpor\s+(?:medio\s+de\s+)?(?:la|el)\s+presente\s+(?:se\s+)?$", re.IGNORECASE)}


def performed(text: str, sentence: tuple[int, int], trigger_start: int, published: str | None, language: str) -> bool:
    """Whether the trigger is an act the document itself performs ("I hereby designate Venezuela"): it happens on the
    day the document is issued, its publication date."""
    pattern = _PERFORMED.get(language)
    return bool(published and pattern and pattern.search(text, max(sentence[0], trigger_start - 30), trigger_start))


# The act a document performs, by its verb: "I hereby designate", "hereby formally identify", "por la presente se designa"
_PERFORMING = {"en": re.compile(r"\bhereby\s+(?:\w+ly\s+)?(?P<verb>\w+)", re.IGNORECASE),
               "es": re.compile(r"\bpor\s+(?:medio\s+de\s+)?(?:la|el)\s+presente\s+(?:se\s+)?(?P<verb>\w+)", re.IGNORECASE)}
_STEM = 6  # letters a noun shares with the verb of the act it names: "designate" and "the designations", "designa" and "designación"


def performed_before(text: str, trigger, published: str | None, language: str) -> bool:
    """Whether a noun trigger names the act the document performed before it with "hereby" ("I hereby designate
    Bolivia … Included with this determination are justifications for the designations of Bolivia", "submit this
    designation"): the document's own act, done the day it is issued. Only a noun: a verb tells an act of its own
    ("the Treasury designated El Aissami in 2017")."""
    pattern = _PERFORMING.get(language)
    if not published or pattern is None or trigger is None or not trigger.tag_.startswith("NN") and trigger.pos_ != "NOUN":
        return False
    stem = trigger.lower_[:_STEM]
    return len(stem) == _STEM and any(m.group("verb").lower().startswith(stem) for m in pattern.finditer(text, 0, trigger.idx))


_PRECISIONS = ("day", "part of day", "weekend", "week", "month", "quarter", "season", "year")


def finer_within(times, sentence: tuple[int, int], chosen: tuple[str | None, str | None, str | None, str], rank):
    """A time of the sentence finer than the one chosen for the event and inside it, tied to the trigger no less
    closely (``rank``: whose_time): a day and its month written apart are one date, the finer ("arrested at her
    home Wednesday afternoon, March, 25", where the model reads "March" alone). None when there is none."""
    value, begin, end, precision = chosen
    if precision not in _PRECISIONS[3:] or not begin or not end:
        return None
    own = next((t for t in times if sentence[0] <= t.start < sentence[1] and t.value == value and t.begin == begin), None)
    if own is None or (own_rank := rank(own)) is None:
        return None
    inside = [t for t in times if sentence[0] <= t.start < sentence[1] and t is not own and t.begin and t.end_date
              and t.precision in _PRECISIONS and _PRECISIONS.index(t.precision) < _PRECISIONS.index(precision)
              and begin <= t.begin and t.end_date <= end]
    inside = [t for t in inside if (r := rank(t)) is not None and r <= own_rank]
    return min(inside, key=lambda t: abs(t.start - own.start)) if inside else None


def year_before(times, sentence: tuple[int, int], chosen: tuple[str | None, str | None, str | None], published: str | None,
                trigger, text: str):
    """(value, begin, end) of a happening's day or month a year back, when the time chosen for it writes no year, falls
    after publication and the trigger tells the happening in the past ("had pleaded guilty on March 24" in a story of
    December 2016: March 24, 2016, not 2017): what happened cannot come after the story that tells it, and the year
    the day was given is only the one closest to publication (``yeared.closest_year``; ``guessed`` on the time). None
    for a noun or a verb not in the past ("faces sentencing on Jan. 10", "pending sentencing on March 24", "is to be
    extradited tomorrow": the court's calendar ahead), a time that writes or tells its year ("next Friday", "el
    próximo 3 de marzo"), one inside a quotation (what someone says will happen), or one that is not a day or a month
    of the sentence. An interval moves both its ends."""
    value, begin, end = chosen
    if not published or not begin or not end or begin[:10] <= published:
        return None
    own = next((t for t in times if sentence[0] <= t.start < sentence[1] and t.value == value and t.begin == begin), None)
    if not _told_in_the_past(trigger) and not (own is not None and _dated_happening(trigger, own, text)):
        return None
    if own is None or not own.guessed or own.precision not in ("day", "part of day", "month") \
            or _inside_quote(own.start - sentence[0], _quotes(text[sentence[0] : sentence[1]])):
        return None
    first, last = (_shift(dt.date.fromisoformat(d[:10]), -1, "Y").isoformat() for d in (begin, end))
    if "/" in value:  # "between March 3 and March 5": both ends
        return re.sub(r"\b\d{4}(?=-)", lambda y: str(int(y.group()) - 1), value), first, last
    return (first if own.precision != "month" else first[:7]), first, last


def _dated_happening(trigger, own, text: str) -> bool:
    """Whether a noun trigger is a happening named by the day written just before it ("the October 7th attack", "the
    March 5 shooting"): what such a name tells has happened. Not a step on a calendar ("the May 3 hearing")."""
    return trigger is not None and trigger.lower_ in _HAPPENINGS and own.end <= trigger.idx \
        and _NAMED_BY_DAY.fullmatch(text, own.end, trigger.idx) is not None


_HAPPENINGS = _INCIDENTS | {"attacks", "massacre", "massacres", "bombing", "bombings", "assassination", "ambush",
                            "kidnapping", "abduction", "raid"}
_NAMED_BY_DAY = re.compile(r"(?:['’]s)?,?\s+(?:[A-Za-z-]+\s+){0,2}")  # "the October 7th terrorist attack", "Sunday's attack"


def moved_back(e, times) -> bool:
    """Whether an event's date is a day of its sentence that ``year_before`` moved a year back: a date the story does
    not write, which dates no other report (events.retold)."""
    return bool(e.date_begin) and any(
        t.guessed and t.begin and e.evidence_start <= t.start < e.evidence_end
        and _shift(dt.date.fromisoformat(t.begin[:10]), -1, "Y").isoformat() == e.date_begin[:10] for t in times)


_CALENDAR = re.compile(r"(?:re)?schedul\w*|set|sets|planned|slated|expected|postpone[sd]?|delay(?:s|ed)?|moved|cancell?ed|"
                       r"pushed|called|programad[oa]s?|fijad[oa]s?|aplazad[oa]s?|pospuest[oa]s?|suspendid[oa]s?|previst[oa]s?")


def _told_in_the_past(tok) -> bool:
    """Whether a trigger is a verb told in the past, by its own or its first conjunct's finite auxiliary ("had
    pleaded", "was arrested and charged") or, with none, its own tense ("killed", "asesinaron"): not a noun, a future,
    a present or a present perfect ("will be sentenced", "is scheduled to be sentenced", "faces sentencing"). A noun
    told as the subject of such a verb is past with it ("the March 5 attack was ordered from Venezuela", "el asesinato
    ocurrió el 3 de mayo"), unless the verb only puts it on a calendar ("the May 3 hearing was postponed")."""
    if tok is not None and not verbal(tok) and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i != tok.i \
            and verbal(tok.head) and not _CALENDAR.fullmatch(tok.head.lower_):
        return _told_in_the_past(tok.head)
    if tok is None or not verbal(tok):
        return False
    head = tok
    while head.dep_ == "conj" and head.head.i != head.i and verbal(head.head):
        head = head.head
    aux = sorted((c for c in (*tok.children, *head.children) if c.dep_ in ("aux", "auxpass")), key=lambda c: c.i)
    finite = aux[0] if aux else head
    return finite.tag_ == "VBD" or "Past" in finite.morph.get("Tense") and "Fin" in finite.morph.get("VerbForm")
