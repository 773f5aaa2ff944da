"""One happening told several ways in a document: an attack the document also reports as a killing is that killing
(docs/annotation.md §2.1, "the gravest outcome the document reports names it"); and several told in one phrase:
"the murders of Laken Riley and Jocelyn Nungaray" are two (``_each_victim``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...models import Event
from .context import _Context
from ..date_words import MONTHS
from ..event_lexicon import ANOTHER, DEFINITE, VIOLENT


_FATAL = {  # around the trigger: "fatally stabbed", "a deadly shooting", "shot to death", "left him dead"
    "en": (re.compile(r"(?<![-\w])(?<!potentially )(?<!near )(?<!non )(?:fatal(?:ly)?|deadly)\s+(?:\w+\s+)?$", re.I), re.compile(r"\s*(?:\w+\s+){0,2}?(?:to death|dead)\b", re.I)),
    "es": (re.compile(r"\bmortalmente\s+$", re.I), re.compile(r"\s*(?:\w+\s+){0,2}?(?:hasta (?:la|causarle la) muerte|sin vida|mortalmente)\b", re.I)),
}


def _one_happening(events: list[Event], text: str, language: str, sentences=()) -> list[Event]:
    """An attack the document also reports as a killing is that killing told again: the shooting or stabbing
    its words call fatal ("was fatally stabbed", "shot to death"), one whose victim is the victim of a
    killing the document reports ("Vasquez stabbed Welch" in the story of Welch's killing), or a definite
    reference that names no victim after the document has told a killing ("eight people were killed at the
    nursing home … The facility was closed after the attack"; not "another attack", "an earlier shooting").
    Its type follows the happening, so it is not counted as an attack of its own. A killing "nearly" done is
    an attack."""
    fatal = _FATAL.get(language)
    events = [replace(e, type="attack") if e.type == "killing" and e.happened
              and _NEARLY.search(text[max(e.evidence_start, e.trigger_start - 20) : e.trigger_start]) else e for e in events]
    # first the attacks their own words call fatal ("the fatal police shooting of Tyrise M. Bell"): their victims are
    # the killed whom the document's other attacks may name ("Eggers shot Bell")
    events = [replace(e, type="killing") if e.type == "attack" and e.happened and fatal is not None and (
        fatal[0].search(text, max(e.evidence_start, e.trigger_start - 25), e.trigger_start)
        or fatal[1].match(text, e.trigger_end, min(e.evidence_end, e.trigger_end + 30))) else e for e in events]
    killed = [e for e in events if e.type == "killing" and e.happened and not _INTENT.match(e.trigger)]
    victims = {w for e in killed for w in _name_words(e.target_text) | _name_words(_possessor(e, text))}
    victims |= {w for e in events if e.happened and "killing" in e.offences for w in _name_words(_killed_in(e, text))}
    out = []
    for e in events:
        if e.type == "attack" and e.happened and (victims & _name_words(e.target_text) or _refers_to_killing(e, killed, text)
                                                  or language == "en" and _died_later(e, events, text, sentences)):
            e = replace(e, type="killing")
        out.append(e)
    return out


# The death of an attack's victim told in a sentence of its own, after its subject: "[The victim], whose name was
# withheld, later died at a hospital", "[He] died Saturday"; not "was not expected to die", "nearly died"
_DIED = re.compile(r"\s*(?:,[^.;]{0,80},)?\s*(?:(?:later|subsequently|eventually|then|also)\s+)?(?:died|succumbed)\b", re.I)


def _died_later(e: Event, events: list[Event], text: str, sentences) -> bool:
    """Whether one of the two sentences after an attack's tells its victim died: it opens with "the victim" or "the" and
    the head noun of the attack's target ("a 27-year-old woman" … "The woman"), or, in the very next sentence and where
    the attack names no doer who could be meant, "he" or "she"; and no other violent happening is told between them
    (docs/annotation.md §2.1: the gravest outcome the document reports names the happening)."""
    head = (e.target_text or "").split(",")[0].split()[-1:]
    if not head or not head[0].isalpha() or head[0][:1].isupper():
        return False  # no target, or a name (names are matched through the killings' victims above)
    nouns = {head[0].lower(), "victim"}
    later = [x for x in events if x.evidence_start >= e.evidence_end and x.happened and x.type in ("attack", "killing")]
    stop = min([x.evidence_start for x in later] + [len(text)])
    after = [text[s.start : s.end].strip() for s in sentences if e.evidence_end <= s.start and s.end <= stop]
    for i, sentence in enumerate(after[:2]):
        words = sentence.split(maxsplit=2)
        if len(words) < 2:
            continue
        opener, noun = words[0].lower(), words[1].lower().strip(",")
        subject = opener == "the" and noun in nouns or i == 0 and opener in ("he", "she") and not e.actor_text
        rest = sentence[len(words[0]) + 1 + (len(words[1].rstrip(",")) if opener == "the" else 0):]
        if subject and _DIED.match(rest):
            return True
    return False


# "Gravely's tragic murder", "la muerte de": the one whose death a noun of killing tells
_POSSESSOR = re.compile(r"\b([A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)*)['’]s?\s+(?:[a-z]+\s+){0,2}$")
# the victim of a killing charged, pleaded or convicted: "charged with killing Welch", "in the murder of Ana Ruiz"
_KILLED_IN = {"en": re.compile(r"\b(?:kill(?:ing|ed)|murder(?:ing|ed)?|(?:murder|killing|slaying|death|homicide)\s+of)\s+"
                               r"((?:[A-Z][\w'’.-]*\s?){1,4})"),
              "es": re.compile(r"\b(?:asesinato|homicidio|muerte|crimen)\s+(?:de|del)\s+((?:[A-ZÁÉÍÓÚÑ][\wáéíóúñ'’.-]*\s?(?:de\s+)?){1,4})")}


def _possessor(e: Event, text: str) -> str | None:
    """The name written as the possessor of a killing told by a noun ("Gravely's tragic murder"): its victim."""
    if not e.nominal:
        return None
    m = _POSSESSOR.search(text, max(e.evidence_start, e.trigger_start - 60), e.trigger_start)
    return m.group(1) if m else None


def _killed_in(e: Event, text: str) -> str | None:
    """The named victim of the killing a legal event is for, in its own sentence ("charged … with killing Welch")."""
    sentence = text[e.evidence_start : e.evidence_end]
    m = next((p.search(sentence) for p in _KILLED_IN.values() if p.search(sentence)), None)
    return m.group(1) if m else None


def _refers_to_killing(e: Event, killed: list[Event], text: str) -> bool:
    """Whether an attack is a definite reference, naming no victim, to a killing the document told before it."""
    if not e.nominal or e.target_text or not any(k.evidence_start < e.evidence_start for k in killed):
        return False
    before = text[max(e.evidence_start, e.trigger_start - 40) : e.trigger_start]
    definite = DEFINITE.search(before)
    return bool(definite) and not ANOTHER.search(before) and not _named_apart(e, killed, text, before[definite.start() :])


# a date a happening is named by, before its noun: "the October 7th attacks", "the 7 October attacks", "the 2015
# bombing". Not "the 9/11 attacks" nor "the Oct. 7 attacks": DEFINITE reads words only, so those phrases are never
# taken for a killing told before, and stay happenings of their own.
_MONTH = "|".join(sorted((m for m in MONTHS if m.isascii()), key=len, reverse=True))
_NAMED_DATE = re.compile(rf"\b(?:(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+"
                         rf"(?P<month2>{_MONTH})|(?P<year>(?:19|20)\d\d))\b", re.I)


def _named_apart(e: Event, killed: list[Event], text: str, phrase: str) -> bool:
    """Whether a definite attack noun names a happening of its own by a date none of the killings told before it was
    dated to by its own sentence: "the October 7th attacks" after a shooting in Moscow on Friday is another happening,
    "the October 1 attack" after a killing on October 17 too; "the October 7th attack" after a killing on October 7,
    or "the 2015 shooting" after one "ten years ago", is that killing. Not a name of a place or group ("the attack in
    Ankara", "the Hamas attacks"): those may be the killing's own, told in other words."""
    dates = list(_NAMED_DATE.finditer(phrase))
    told = [k.date_value for k in killed if k.evidence_start < e.evidence_start and k.date_basis == "sentence" and k.date_value]
    return bool(dates) and not any(_same_date(d, value) for d in dates for value in told)


def _same_date(named: re.Match, value: str) -> bool:
    """Whether a date a happening is named by ("2015", "October 7th") may be the TIMEX3 date a killing was given
    ("2015-06-17", "2024-10-07"): the same year, or the same month and day where the killing's date says them."""
    if named["year"]:
        return value.startswith(named["year"])
    month = MONTHS[(named["month"] or named["month2"]).lower()]
    day = int(named["day"] or named["day2"])
    parts = value.split("-")
    return (len(parts) < 2 or parts[1] == f"{month:02d}") and (len(parts) < 3 or parts[2] == f"{day:02d}")


_INTENT = re.compile(r"(?:kill|matar)$", re.I)  # "with intent to kill", "amenazó con matar": no killing told
_NEARLY = re.compile(r"\b(?:nearly|almost|casi|por poco)\s+$", re.I)


def _name_words(phrase: str | None) -> set[str]:
    """The capitalised words of a phrase that ends in a name ("Rufus Church", "Officer Jane Doe, 34", "Welch"): none
    of a description whose head is a common noun ("a Houston man", "Sunday's victim"), nor titles, days and months."""
    head = (phrase or "").split(",")[0].strip()
    words = re.findall(r"[\w'’.-]+", head)
    if not words or not words[-1][:1].isupper():
        return set()
    return {w for w in re.findall(r"\b[A-Z][a-z'’]+\b", head) if w.lower() not in _NOT_NAMES}


_NOT_NAMES = {"the", "a", "an", "he", "she", "his", "her", "they", "their", "police", "el", "la", "los", "las", "un", "una",
              "officer", "deputy", "detective", "sergeant", "sgt", "trooper", "agent", "mr", "mrs", "ms", "dr", "president",
              "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
              "april", "may", "june", "july", "august", "september", "october", "november", "december"}


def _each_victim(ctx: _Context, f: dict) -> list[dict]:
    """A plural noun of violence whose targets are two or more people, each named, reports one happening per
    person: "the murders of Laken Riley and Jocelyn Nungaray", "los asesinatos de A y B" (docs/annotation.md §2.3:
    two separate happenings of one type in one sentence are two events). A verb stays one happening ("killed A and
    B": one shooting), and so does a singular noun ("the kidnapping of A and B"), unless its victims are a class its
    named examples show ("Americans like A and B", "A, B and many others who were killed": ``_examples``)."""
    tok, target = f["tok"], f.get("target_tok")
    if f["type"] not in VIOLENT or target is None:
        return [f]
    def named(person):
        return next((m for m in ctx.ann.mentions if m.kind == "person" and m.start <= person.idx < m.end), None)
    if (examples := _examples(target)):  # "Americans like A, B and C", "A, B and many others who were killed": a class
        people = [m for m in map(named, examples) if m is not None]
    elif f["noun"] and ("Plur" in tok.morph.get("Number") or tok.tag_ == "NNS"):
        people = [named(person) for person in (target, *target.conjuncts)]
        if None in people:
            return [f]  # "the murders of Riley and other women": not each one named
    else:
        return [f]
    people = list({m.start: m for m in people}.values())
    if len(people) < 2:
        return [f]
    return [{**f, "target": (m.start, m.end), "target_mention": m, "target_tok": None} for m in people]


_EXAMPLE_PREPS = {"like", "como"}  # and "such as"; not "including", which may pick out of one counted happening
_OTHERS = {"others", "otros", "otras"}


def _examples(target) -> list:
    """The people a class of victims is shown by: those "like" or "such as" names ("innocent Americans like A, B
    and C"), or those an "and others" closes ("A, B, and many others who were killed"), each with its apposition;
    one killing told of a class is one per person it names (docs/annotation.md §7, named victims in rhetoric)."""
    heads = [o for p in target.children if p.dep_ == "prep" and (p.lower_ in _EXAMPLE_PREPS or p.lower_ == "as"
             and any(c.lower_ == "such" for c in p.children)) for o in p.children if o.dep_ == "pobj"]
    if not heads and target.lower_ in _OTHERS and target.dep_ == "conj":
        first = target
        while first.dep_ == "conj" and first.head is not first:
            first = first.head
        heads = [first]
    items, seen = list(heads), set()
    while items:  # the list the heads open, its items coordinated or set off ("Jocelyn Nungaray, Laken Riley, …")
        t = items.pop()
        if t.i not in seen:
            seen.add(t.i)
            items += [c for c in t.children if c.dep_ in ("conj", "appos")]
    return [target.doc[i] for i in sorted(seen) if target.doc[i].lower_ not in _OTHERS]


# Words that mark a trigger as another happening of its type than one told before it in the sentence: "was arrested
# and released again, before he was finally arrested", "another school shooting", "it has taken into custody one of
# them, and Mexico has taken into custody another"
_AGAIN = {"again", "finally", "previously", "earlier", "otra", "otro", "nuevamente", "finalmente", "anteriormente"}
_ANOTHER = {"another", "otro", "otra"}
_SEQUENCE = {"after", "before", "después", "antes"}


def told_apart(a, b) -> bool:
    """Whether two triggers of one type in a sentence tell two happenings (docs/annotation.md §2.3): one told in a
    clause that orders it before or after the other ("was arrested after store employees detained him"), or the later
    one marked as another ("finally arrested", "another shooting", "took another suspect into custody"). Triggers
    merely coordinated ("shot and killed", "arrested and detained") stay one."""
    first, second = sorted((a, b), key=lambda t: t.i)
    if first.i == second.i:
        return False
    if any(c.dep_ == "advmod" and c.lower_ in _AGAIN for c in second.children):
        return True
    parties = [second] + [c for c in second.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "attr")]
    if any(d.dep_ == "det" and d.lower_ in _ANOTHER for p in parties for d in p.children):
        return True
    return _ordered(first, second) or _ordered(second, first)


def _ordered(tok, other) -> bool:
    """Whether ``tok`` stands in a clause opened by "after" or "before" that leaves ``other`` out."""
    for t in [tok, *tok.ancestors][:5]:
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _SEQUENCE for c in t.children):
            return not (t.left_edge.i <= other.i <= t.right_edge.i)
        if t.dep_ in ("pcomp", "pobj") and t.head.lower_ in _SEQUENCE and t.head.dep_ == "prep":
            return not (t.left_edge.i <= other.i <= t.right_edge.i)
    return False
