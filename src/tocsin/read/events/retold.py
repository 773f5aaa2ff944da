"""A happening told again: a report its own sentence gives no time takes the date the story gives that same happening
elsewhere (the headline's happening told in the lede, "the killing" after "killed … on Sunday", the same person
named again). ``told_again`` says which reports may be one happening; records.placed_by_the_story places them as
this module dates them.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from ...models import Event
from ...structure import item_at
from ..event_lexicon import ANOTHER, DEFINITE
from .apart_words import told_apart
from .happenings import _name_words
from .when import moved_back


def dated_by_the_story(events: list[Event], ann, text: str, segments, published: str | None,
                       bases: tuple[str, ...] = ("sentence",)) -> list[Event]:
    """An event its own sentence gives no time takes the date the document gives that kind of happening
    elsewhere when the report is that happening told again: the headline or lede ("Taco Bell killer pleads guilty",
    then "pleaded guilty Monday"), a definite reference ("the explosion", "los asesinatos"), or the same named person
    ("Ledbetter opened fire"), when it gives one date only; for the headline and lede, which tell the news, the latest
    of several up to publication, the older being background ("Gunman accused of killing eight … killing seven
    residents on Sunday … weeks after a man killed 10 people on March 10": Sunday's; "Taco Bell killer pleads guilty
    … having been sentenced in March 2008 … his guilty plea Monday": Monday's). A reference later in the story may be
    to any of them ("The killing has alarmed exiles", after two killings dated). Never a presence claim, never in a
    list of cases, where each item is its own, nor for a step the text tells apart ("the other three defendants
    previously pleaded guilty", event_lexicon.ANOTHER). ``bases``: the dates a happening told again may take, those
    its own sentence gives, and once the story's scenes are read, those too ("A gunman opened fire Thursday night.
    The attack left one officer dead before police shot and killed him": the attack is the killing's)."""
    dated: dict[str, list[Event]] = {}
    killings = []  # a person is killed once: a killing told in a list dates the same person's killing outside it
    for e in events:
        if e.happened and e.incident and e.date_basis in bases and not moved_back(e, ann.times):  # a year the story
            if item_at(text, segments, e.trigger_start) is None:  # does not write dates no other report
                dated.setdefault(e.type, []).append(e)
            killings += [e] if e.type == "killing" else []
    lede_end = end_of_lede(ann, text, segments)
    out = []
    for e in events:
        told = (told_again(e, dated.get(e.type, []), text, segments, lede_end, ann.times) or killed_before(e, killings, text)) \
            if e.happened and e.incident and e.date_basis == "published" else []
        if e.evidence_start < lede_end:  # the headline's happening is the lede's, undated too: not one the lede tells apart
            told = [d for d in told if not any(_apart(x, d, text, ann.times, lede_end) for x in events
                                               if x.type == e.type and x.evidence_start < lede_end and x.date_basis == "published")]
        days = {(d.date_value, d.date_begin, d.date_end, d.date_precision): d for d in told
                if not published or (d.date_begin or "")[:10] <= published}
        if len(days) > 1 and e.evidence_start < lede_end:  # the headline's happening is the news, not the background
            days = {k: d for k, d in days.items() if k == max(days, key=lambda k: k[1])}
        if len(days) == 1:
            value, begin, end, precision = next(iter(days))
            e = replace(e, date_value=value, date_begin=begin, date_end=end, date_precision=precision, date_basis="story")
        out.append(e)
    return out


def end_of_lede(ann, text: str, segments) -> int:
    """Where the story's lede ends: its first sentence, or the one after a headline ("Police: Gunman's estranged wife
    worked at home. CARTHAGE, N.C. (AP) - Investigators are looking into whether a gunman accused of killing eight
    people…": the lede tells the happening the story is about, as the headline does)."""
    from .scope import _headline

    sentences = ann.sentences
    if not sentences:
        return 0
    opens = ann.dateline_end > ann.dateline_start and sentences[0].start <= ann.dateline_start < sentences[0].end
    lede = 1 if _headline(ann, text, segments) and not opens else 0  # "CÚCUTA, Colombia — The bodies of three men were
    # found on February 2, police said.", a paragraph as short as a headline, opens the story with its dateline
    while lede + 1 < len(sentences) and sentences[lede].start <= ann.dateline_end and (_DATELINE_ALONE.fullmatch(
            text, sentences[lede].start, sentences[lede].end) or _the_dateline_alone(ann, text, sentences[lede])):
        lede += 1  # "CARTHAGE, N.C. (AP) -", "FAIRFIELD, Conn. --" split off as a sentence of its own
    while lede + 1 < len(sentences) and _INVITATION.match(text, sentences[lede].start, sentences[lede].end):
        lede += 1  # "Follow our reporter as she covers the trial.": a promotion the site put in, no sentence of the story
    return sentences[min(lede, len(sentences) - 1)].end


def _the_dateline_alone(ann, text: str, sentence) -> bool:
    """Whether a sentence is the dateline the reader found and nothing more but punctuation, a wire's name or a dash
    ("FAIRFIELD, Conn. --", whose state's abbreviation is not all capitals)."""
    return ann.dateline_end > ann.dateline_start and ann.dateline_start <= sentence.start + 1 \
        and _DATELINE_ALONE.fullmatch(text, ann.dateline_end, max(ann.dateline_end, sentence.end)) is not None


_DATELINE_ALONE = re.compile(r"[^a-z]*(?:\([^)]*\))?[^a-z]*")  # capitals, a wire's name, a dash: no word of a sentence
# A sentence that invites the reader to follow, subscribe or read on: a site's promotion, not the story's lede
_INVITATION = re.compile(r"\W*(?:follow|subscribe|sign up|click|download|like us|share this|read more|s[ií]guenos|suscr[ií]bete)\b(?!-)",
                         re.IGNORECASE)


def told_again(e: Event, told: list[Event], text: str, segments, lede_end: int, times=()) -> list[Event]:
    """Of ``told`` (events of e's kind the story tells elsewhere, outside lists), those e may be the same happening
    told again: all of them when e is in the headline or lede, a definite reference ("the explosion", "los
    asesinatos"), or names the same person as one of them ("Ledbetter opened fire"). None when e is an item of a
    list of cases, where each item is its own, or a step the text tells apart ("the other three defendants
    previously pleaded guilty", event_lexicon.ANOTHER)."""
    if item_at(text, segments, e.trigger_start) is not None \
            or told_apart(text, 0, e.trigger_start, e.target_text):
        return []
    told = [d for d in told if not _apart(e, d, text, times, lede_end)]
    if e.evidence_start < lede_end or e.nominal and DEFINITE.search(text, max(0, e.trigger_start - 30), e.trigger_start) \
            or any(_name_words(e.target_text) & _name_words(d.target_text) for d in told):
        return told
    return []


def killed_before(e: Event, told: list[Event], text: str) -> list[Event]:
    """Of ``told`` (events the story tells elsewhere, in a list or not), the killings of the person a killing ``e``
    names by a full name ("Jocelyn Nungaray, who was killed on June 17" and "- Jocelyn Nungaray was murdered in
    Houston"): a person is killed once, however many times the story tells it. None for a bare surname or given name,
    which two people of a story may share, nor for a step the text tells apart ("another", "the other"), nor a denial."""
    named = _named(e, text)
    if e.type != "killing" or e.modality == "negated" or len(named) < 2 or ANOTHER.search(text[max(0, e.trigger_start - 40) : e.trigger_start]):
        return []
    return [d for d in told if d.type == "killing" and d.modality != "negated" and _named(d, text) == named]


def _apart(e: Event, d: Event, text: str, times=(), lede_end: int = 0) -> bool:
    """Whether the story tells ``d`` as another happening than ``e``: set apart by its own words ("In a separate case,
    gunmen killed", "another woman", "the other defendants"), done to someone else (two people each named, or, past the
    lede, where the story brings in the headline's people, two descriptions that share no word, the other's bringing
    in someone new: "a Sinaloa Cartel hitman" and "a cousin", not "the man"), a higher toll ("killed two men", then
    "killed three people"; a lower may be part of it: "eight people", "seven residents and a nurse"), or dated apart
    by both sentences ("on Sunday", "in 2019"; for a noun, by the time of the clause it is told in: "Un secuestro fue
    denunciado el lunes" is not 2019's, though it may be Sunday's: ``_may_be_of``). A pronoun or a victim's role word
    ("him", "the victim") may stand for anyone.
    ``times``: the document's time expressions; ``lede_end``: where the headline and its lede end."""
    if told_apart(text, d.evidence_start, d.trigger_start, d.target_text):
        return True
    if e.fatalities and d.fatalities and d.fatalities > e.fatalities:
        return True
    if e.date_basis == d.date_basis == "sentence" and e.date_begin and d.date_begin and e.date_end and d.date_end \
            and (e.date_end[:10] < d.date_begin[:10] or d.date_end[:10] < e.date_begin[:10]):
        return True
    own = [t for t in times if e.evidence_start <= t.start < e.evidence_end and t.begin and t.end_date] if e.nominal else []
    if own and d.date_begin and d.date_end and not any(_may_be_of(d, t, text, e) for t in own):
        return True
    named, other = _named(e, text), _named(d, text)
    if named and other:
        return not named & other
    mine, theirs = _described(e.target_text), _described(d.target_text)
    return e.type == d.type and d.evidence_start >= lede_end and bool(mine) and bool(theirs) and not mine & theirs \
        and bool(_NEW.match(d.target_text or ""))


# A verb of reporting: the time of its clause is when the happening was told, which it may follow by days ("El asesinato
# fue denunciado el lunes", "the killing was reported to police on Monday", "on Monday, police confirmed the killing")
_REPORTING = re.compile(r"\b(?:report(?:ed|s)?|confirm(?:ed|s)?|announc(?:ed|es)|disclos(?:ed|es)|made public|"
                        r"(?:denunci|report|confirm|anunci|inform)(?:ad[oa]s?|ó|aron|a|an)|dad[oa]s? a conocer)\b", re.I)
_TOLD_WITHIN = 31  # days a report may come after the happening it tells


def _may_be_of(d: Event, t, text: str, e: Event) -> bool:
    """Whether a time told in e's sentence may be that of happening ``d``: its own time overlaps d's; the time of a
    report of it (``_REPORTING`` between the time and e's noun) comes on or up to ``_TOLD_WITHIN`` days after d."""
    between = text[min(t.end, e.trigger_end) : max(t.start, e.trigger_start)]
    if not _REPORTING.search(between):
        return t.begin[:10] <= d.date_end[:10] and d.date_begin[:10] <= t.end_date[:10]
    try:
        gap = (date.fromisoformat(t.begin[:10]) - date.fromisoformat(d.date_end[:10])).days
    except ValueError:  # a month or a year: its own time decides
        return t.begin[:10] <= d.date_end[:10] and d.date_begin[:10] <= t.end_date[:10]
    return d.date_begin[:10] <= t.end_date[:10] and gap <= _TOLD_WITHIN


def _named(e: Event, text: str) -> set[str]:
    """The name words of the person an event befell as the model read the name, not a headline's capitals ("Man Gets
    Two Years"), nor a name that only modifies its description ("Taco Bell killer")."""
    if not e.target_mention:
        return set()
    start, end = e.target_mention
    if e.target_span and e.target_span[0] <= start < e.target_span[1]:
        head = text[e.target_span[0] : e.target_span[1]].split(",")[0].rstrip()
        if end < e.target_span[0] + len(head):
            return set()
    return _name_words(text[start:end])


def _described(phrase: str | None) -> set[str]:
    """The words of a target's description, without its determiners; none for a pronoun or a victim's role word."""
    words = set(re.findall(r"[a-záéíóúñ]{3,}", (phrase or "").lower())) - _FUNCTION
    return set() if words & _ANYONE else words


# A description that brings in someone new, not one told before: an indefinite ("a cousin"), or someone told by his tie
# to another ("his brother", "su esposa"); "the man" may be the one the headline called "killer"
_NEW = re.compile(r"\s*(?:an?|his|her|their|its|un[oa]?s?|sus?)\b", re.I)
_FUNCTION = {"the", "this", "that", "these", "those", "his", "her", "its", "their", "him", "them", "one", "and", "los", "las",
             "una", "unos", "unas", "sus", "este", "esta", "ese", "esa", "estos", "esas", "del", "with"}
_ANYONE = {"victim", "victims", "víctima", "víctimas", "who", "whom", "quien", "quienes"}
