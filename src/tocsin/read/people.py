"""Who a document's people are: the full name that a surname, a title or a transcript label stands for.

Reporting names a person once in full and then by surname ("Anderson County Sheriff Greg Taylor" … "Taylor
said"), by title ("the sheriff said"), or, in a transcript, by a label whose name is in the document's title
("THE PRESIDENT:" under "Remarks by President Trump"). A speaker left as "the sheriff" is counted apart from
Greg Taylor, and his claims are nobody's in particular.

The roster links these within one document only, and only when one person fits: with two Taylors named, "Taylor"
stays as written; with two sheriffs, so does "the sheriff". A title must be the one the text wrote next to the
name, word for word at its end ("the sheriff" fits "County Sheriff Greg Taylor"; "the president" does not fit
"Vice President Harris", "former President Obama" or "Police Chief Ann Ruiz"). Nothing here reaches outside the
document (docs/gates.md, "Speakers").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..models import Mention
from .placedb import fold

_SUFFIX = {"jr", "sr", "ii", "iii", "iv"}
# Words that make a title another office: "Vice President" is not "the President", a "former sheriff" not "the sheriff".
_OTHER_OFFICE = {"vice", "deputy", "assistant", "associate", "former", "ex", "then", "late", "acting-", "lieutenant",
                 "vicepresidente", "vicepresidenta", "subsecretario", "subsecretaria", "exfiscal", "expresidente"}
# The last word of a title a person holds: "the report" or "the police department" is no one's title, whatever words
# stand before a name ("according to the report, Nakishia Sullivan…").
_OFFICE = re.compile(r"(?:president|secretary|governor|senator|representative|congressman|congresswoman|mayor|sheriff|"
                     r"attorney|prosecutor|judge|justice|chief|officer|detective|investigator|agent|trooper|sergeant|marshal|"
                     r"lieutenant|captain|colonel|general|commander|admiral|director|commissioner|superintendent|coroner|"
                     r"examiner|spokesman|spokeswoman|spokesperson|minister|ambassador|chancellor|speaker|leader|official|"
                     r"administrator|deputy|warden|lawyer|counsel|defendant|victim|witness|owner|manager|ceo|chairman|"
                     r"chairwoman|chair|fiscal|fiscala|presidente|presidenta|ministro|ministra|alcalde|alcaldesa|gobernador|"
                     r"gobernadora|juez|jueza|portavoz|vocero|vocera|director|directora|jefe|jefa|comandante|coronel|abogado|abogada|"
                     r"reporter|correspondent|editor|anchor|columnist|periodista|corresponsal|clerk|treasurer|assessor|"
                     r"constable|comptroller|auditor|magistrate|council(?:man|woman|member|or|lor)|alder(?:man|woman)|"
                     r"supervisor|recorder|solicitor|principal|pastor)")
_DETERMINER = re.compile(r"^(?:the|this|that|our|el|la|los|las|este|esta)\s+", re.I)
_WORD = re.compile(r"[\w.'’-]+")
# A title abbreviated before a name is the title written out: "Capt. Roy Nelson" is "the captain"
_ABBREVIATED = {"capt": "captain", "sgt": "sergeant", "lt": "lieutenant", "det": "detective", "col": "colonel",
                "gen": "general", "gov": "governor", "sen": "senator", "rep": "representative", "supt": "superintendent",
                "cmdr": "commander", "insp": "inspector", "atty": "attorney", "ofc": "officer", "cpl": "corporal",
                "dep": "deputy", "adm": "admiral", "amb": "ambassador", "cmdte": "comandante", "gral": "general"}
_BEFORE = 6  # words of title read before a name
_APPOSITION = re.compile(r",\s+(?:the |a |an |el |la |un |una )?([^,.;:\n()“”\"]{2,60}?)(?=[,.;:\n)]|\s+(?:said|says|told|dijo|afirmó)\b)")


def surname(name: str) -> str:
    """The family name a lone mention would use: "Joseph M. Demarest, Jr." -> "demarest"."""
    words = [fold(w).strip("'") for w in _WORD.findall(name)]
    words = [w for w in words if w and w not in _SUFFIX]
    if words and words[-1] == "s" and len(words) > 1:  # "Taylor's"
        words = words[:-1]
    return re.sub(r"['’]s$", "", words[-1]) if words else ""


# Honorifics written before a name ("Mr. Carroll", "Dra. Ruiz"): no office, but no part of the name either
_HONORIFIC = {"mr", "mrs", "ms", "miss", "dr", "sra", "srta", "dra"}
# After an office, words that continue it ("Secretary of State Marco Rubio"): where the name starts is not known
_OFFICE_CONTINUES = {"of", "for", "to", "on", "de", "del", "para"}


def _titular(word: str) -> bool:
    """A capitalized office word or honorific as written in a name: "Director", "Lt.", "Mr.", "Presidente"; or an
    office in lower case, which no name is written in: "spokeswoman" of "White House spokeswoman Abigail Jackson"."""
    folded = fold(word).strip(".,")
    if word[:1].islower():
        return bool(_OFFICE.fullmatch(folded))
    return folded in _HONORIFIC or folded in _ABBREVIATED or bool(_OFFICE.fullmatch(folded))


def without_title(name: str) -> str:
    """A person's name without the office written before it, which a model often takes into the name: "FBI
    Director Kash Patel" -> "Kash Patel", "White House Deputy Press Secretary Kush Desai" -> "Kush Desai",
    "LPD Lt. Brent Wheat" -> "Brent Wheat", "President Trump" -> "Trump". The name is what follows the last
    office word; the last word is never taken for an office ("Jim Justice"). An office that goes on with "of"
    ("Secretary of State Marco Rubio") is left whole, since where its name starts is not known."""
    words = name.split()
    last = max((i for i, w in enumerate(words[:-1]) if _titular(w)), default=None)
    if last is None or fold(words[last + 1]) in _OFFICE_CONTINUES or not words[last + 1][:1].isupper():
        return name
    return " ".join(words[last + 1 :])


def offices(before: str, written: str) -> set[str]:
    """The office written with a name, before it or taken into its span, the one nearest the name (office_phrases):
    {"president"} for "President Biden" and for "…said President Joseph R. Biden"; {"attorney general"} for "Attorney
    General Garland"; {"vice president"} for "President Biden and Vice President Harris". Honorifics ("Mr.") and
    words that are no office ("said", "the") are left out."""
    prefix = written[: len(written) - len(without_title(written))]
    text = before + prefix
    return set(office_phrases(_title_before(text, len(text)))[-1:])


# Words that make the office word after them another office, one its holder may hold beside the other's holder:
# "Vice President Harris" is no "Senate President Bill M. Harris", a "Deputy Chief" no "Chief"
_ANOTHER = {"vice", "deputy", "assistant", "associate"}


def office_phrases(words) -> list[str]:
    """The offices a run of title words names, in order, each with the words that make it another office:
    ["president"] for "President", ["vice president"] for "Vice President", ["attorney general"] for "Attorney
    General", ["lieutenant governor"] for "Lt. Gov."; "former" or "then" leave the office as it is ("former
    President Obama")."""
    phrases, run = [], []
    for word in list(words) + [""]:
        if _OFFICE.fullmatch(word) or word in _ANOTHER:
            run.append(word)
            continue
        while run and not _OFFICE.fullmatch(run[-1]):
            run.pop()
        if run:
            phrases.append(" ".join(run))
        run = []
    return phrases


def held(before: str, written: str) -> set[str]:
    """The offices of the title run that ends where the name starts, read strictly (office_phrases): {"president"}
    for "President Joe Biden", {"attorney general"} for "my son, Attorney General Beau Biden", {"secretary"} for
    "Secretary of State Antony Blinken"; nothing for "President and First Lady Jill Biden", whose office is
    another's, nor for "President Biden's son Hunter Biden" (``offices`` reads both)."""
    name = without_title(written)
    if name == written and len(written.split()) > 2:  # "Secretary of State Antony Blinken": the office runs on to a name
        name = " ".join(written.split()[-2:])
    line = re.split(r"[,;:()“”\"—–]|\s-\s", before + written[: len(written) - len(name)])[-1]
    run = []
    for word in reversed(line.split()):
        folded = _ABBREVIATED.get(fold(word).strip("."), fold(word).strip("."))
        if not (_OFFICE.fullmatch(folded) or folded in _OFFICE_CONTINUES or folded == "the"
                or word[:1].isupper() and not re.search(r"['’]s$", word)):
            break
        run.append(folded)
    return set(office_phrases(reversed(run)))


def rank(before: str, written: str) -> frozenset[str]:
    """The office a name is written with, with the words that make it another office: {"president"} for "President
    Biden" and for the label "THE PRESIDENT", {"vice", "president"} for "Vice President Harris", {"deputy", "chief"}
    for "Deputy Chief Ruiz". Two lone surnames are one person's only where they share one (tocsin.link)."""
    prefix = written[: len(written) - len(without_title(written))]
    text = before + prefix
    words = frozenset(w for w in _title_before(text, len(text)) if _OFFICE.fullmatch(w) or w in _OTHER_OFFICE)
    held_by_one = words & _ONE_HOLDER or {"attorney", "general"} <= words or {"fiscal", "general"} <= words
    return words if held_by_one and words - _OTHER_OFFICE - _NO_POST else frozenset()


# Offices one person holds at a time in a place: a lone surname written with one of them by one outlet within a term
# may be one person (tocsin.link; a local outlet's "Chief Marsh" is its town's); a detective, a judge, an attorney or
# a spokesman may be any of many
_ONE_HOLDER = {"president", "governor", "mayor", "sheriff", "chief", "secretary", "minister", "premier", "chancellor", "prime",
               "presidente", "presidenta", "gobernador", "gobernadora", "alcalde", "alcaldesa", "ministro", "ministra", "canciller"}


# Words of _OFFICE that name a part in a story or a trade, held by many at once: no post that tells one holder
_NO_POST = {"defendant", "victim", "witness", "owner", "manager", "lawyer", "counsel", "reporter", "correspondent", "editor",
            "anchor", "columnist", "periodista", "corresponsal", "abogado", "abogada", "official", "officer", "agent", "leader"}


def _clean(name: str) -> str:
    return re.sub(r"['’]s$", "", " ".join(name.split())).strip(" ,")


@dataclass
class Person:
    """One person of the document: the fullest name written for them, where it is first written, and the
    title phrases written next to their name (each a tuple of folded words)."""

    name: str
    span: tuple[int, int] | None
    titles: list[tuple[str, ...]] = field(default_factory=list)


class Roster:
    """The people a document names, by surname, with the titles it gives them."""

    def __init__(self, text: str, mentions: list[Mention], title: str | None = None) -> None:
        self.people: dict[str, list[Person]] = {}
        for m in mentions:
            if m.kind == "person":
                self._add(_clean(m.text), (m.start, m.end), _title_before(text, m.start), _title_after(text, m.end))
        for name, words in _titled_in(title or ""):
            self._add(self._as_named(name), None, words, None)
        self.title = title or ""
        self.text = text

    def _as_named(self, name: str) -> str:
        """A name read off a title in title case may run on into the words after it ("President Biden Touts Historic
        Support"): its longest start that ends on the family name of someone the text names ("Biden"), else as read."""
        words = name.split()
        return next((" ".join(words[:k]) for k in range(len(words), 0, -1) if surname(" ".join(words[:k])) in self.people), name)

    def _add(self, name: str, span, before: tuple[str, ...], after: tuple[str, ...] | None) -> None:
        key = surname(name)
        if not key or not name[:1].isupper():
            return
        same = self.people.setdefault(key, [])
        person = next((p for p in same if _compatible(p.name, name)), None)
        if person is None:
            person = Person(name, span)
            same.append(person)
        elif len(name.split()) > len(person.name.split()):
            person.name, person.span = name, span
        elif person.span is None:
            person.span = span
        person.titles += [t for t in (before, after) if t]

    def by_surname(self, word: str) -> Person | None:
        """The one person whose family name is ``word``, named in full somewhere in the document, or else in its
        title after a run of office words ("NSC Coordinator for Strategic Communications John Kirby")."""
        found = self.people.get(surname(word), [])
        if len(found) == 1 and len(found[0].name.split()) > 1:
            return found[0]
        if any(len(p.name.split()) > 1 for p in found):
            return None
        # the text writes the surname alone, or not at all: the title's full name ("… Advisor John Kirby"); not a full
        # name written after an office in the text, which may be another bearer ("Deputy Ana Lopez found the body. A
        # neighbor, Lopez, said…")
        return _one_named(self.title, word)

    def by_label(self, label: str) -> Person | None:
        """The one person a transcript label names: "THE PRESIDENT" by title, "KIRBY" by surname, and "PRESIDENT
        BIDEN" or "SECRETARY RUBIO" by the surname after the office words."""
        words = label.split()
        if not words or words[0] == "THE":
            return self.by_title(label) if words else None
        if len(words) > 1 and not all(_titular(w) for w in words[:-1]):
            return None
        return self.by_surname(words[-1])

    def by_title(self, phrase: str) -> Person | None:
        """The one person the document gives this title ("the sheriff", "THE PRESIDENT", "el fiscal")."""
        words = tuple(fold(w) for w in _WORD.findall(_DETERMINER.sub("", " ".join(phrase.split()))))
        if not words or len(words) > 4 or not _OFFICE.fullmatch(words[-1]):
            return None
        fits = [p for same in self.people.values() for p in same if any(_ends_with(t, words) for t in p.titles)]
        return fits[0] if len(fits) == 1 else None


def _compatible(a: str, b: str) -> bool:
    """Two written forms of one surname may be one person: one is a single word, or their first names agree."""
    wa, wb = a.split(), b.split()
    return len(wa) == 1 or len(wb) == 1 or fold(wa[0]) == fold(wb[0]) or fold(wa[0])[:1] == fold(wb[0])[:1] and "." in wa[0] + wb[0]


def _ends_with(title: tuple[str, ...], words: tuple[str, ...]) -> bool:
    k = len(words)
    return len(title) >= k and title[-k:] == words and (len(title) == k or title[-k - 1] not in _OTHER_OFFICE)


def _title_before(text: str, start: int) -> tuple[str, ...]:
    """The words written just before a name on its line, up to a comma or other punctuation: "Anderson County
    Sheriff" of "according to Anderson County Sheriff Greg Taylor"."""
    line = text[max(text.rfind("\n", 0, start) + 1, start - 120) : start]
    line = re.split(r"[,;:()“”\"—–]|\s-\s", line)[-1]
    return tuple(_ABBREVIATED.get(fold(w), fold(w)) for w in _WORD.findall(line)[-_BEFORE:])


def _title_after(text: str, end: int) -> tuple[str, ...] | None:
    """An apposition after a name: "Greg Taylor, the county sheriff," -> ("county", "sheriff")."""
    found = _APPOSITION.match(text, end)
    return tuple(fold(w) for w in _WORD.findall(found.group(1))) if found else None


_TITLED = re.compile(r"(?P<title>(?:[A-Z][\w.'’-]*\s+){0,3}?(?:[Pp]resident|[Ss]ecretary|[Gg]overnor|[Ss]enator|[Mm]ayor|"
                     r"[Ss]heriff|[Aa]ttorney [Gg]eneral|[Pp]rime [Mm]inister|[Mm]inister|[Cc]hancellor|[Jj]udge|[Aa]mbassador|"
                     r"[Ff]irst [Ll]ady|[Ss]econd [Gg]entleman|[Ss]peaker|[Ll]eader|[Pp]residente|[Pp]residenta|[Ff]iscal))\s+"
                     r"(?P<name>[A-Z][\w'’-]+(?:\s+(?:[A-Z]\.|[A-Z][\w'’-]+)){0,3})")


# A given name (and an initial) before a family name, in a title: "John Kirby", "Joseph R. Biden"
_GIVEN_SURNAME = re.compile(r"\b(?=([A-Z][a-zà-ÿ'’-]+(?:\s+[A-Z]\.)?)\s+([A-Z][\w'’-]+)\b)")  # overlapping: "Agriculture Tom Vilsack"


def _one_named(text: str, word: str) -> Person | None:
    """The one full name in ``text`` whose family name is ``word``: a given name before it that is no office
    ("Vice President Harris" names no Harris). Two different full names, or none, and nobody."""
    if not text:
        return None
    found = {}
    for m in _GIVEN_SURNAME.finditer(text):
        if fold(m.group(2)) == surname(word) and not _OFFICE.fullmatch(fold(m.group(1).split()[0])):
            found.setdefault(f"{m.group(1)} {m.group(2)}", None)
    if len(found) != 1:
        return None
    (name, span), = found.items()
    return Person(name, span)


def _titled_in(title: str) -> list[tuple[str, tuple[str, ...]]]:
    """Titled names in a document's title, which the model never reads: "Remarks by President Trump and
    Prime Minister Modi" -> ("Trump", ("by", "president")), ("Modi", ("prime", "minister"))."""
    out = []
    for m in _TITLED.finditer(title):
        name = re.split(r"\s+(?:and|And|at|At|on|On|in|In|of|Of|to|To|with|With|Before|After|During)\b", m.group("name"))[0]
        before = _title_before(title, m.start("name"))
        out.append((_clean(name), before))
    return out
