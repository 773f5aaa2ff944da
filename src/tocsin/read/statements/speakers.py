"""The speaker of a statement resolved to a person or organization the document names: a pronoun or a role noun
takes the last compatible named speaker, or the person the story has just turned to (pronouns.py); descriptor and
affiliation from the words around the name.
"""

from __future__ import annotations

import re

from ...models import Mention, Statement
from ..membership import of_the_group
from ..people import Roster, _titular, surname
from .kinds import ORGANISATION
from .lexicon import LEXICONS
from .pronouns import one_person, sentence_subject, unlike
from .spans import paragraph_between

Speaker = tuple  # (mention span, name, basis, descriptor, affiliation span)
Subjects = dict  # (start, end) of a person named as a subject -> the verb it is the active subject of (lower case), or None
_NAME = re.compile(r"[A-ZÁÉÍÓÚÑ][\wáéíóúñ.-]+(?: (?:de |del |de la )?[A-ZÁÉÍÓÚÑ][\wáéíóúñ.-]+)+")


def _span(m: Mention) -> tuple[int, int]:
    return (m.start, m.end)


def _surname_match(word: str, history: list[Statement], roster: Roster) -> tuple | None:
    """A lone surname ("Cordero") names the person whose full name ends with it: the last speaker of that
    name, else the one person of the document with that family name."""
    for s in reversed(history):
        if s.speaker_name and surname(s.speaker_name) == surname(word) and " " in s.speaker_name:
            return s.speaker_mention, s.speaker_name
    person = roster.by_surname(word)
    return (person.span, person.name) if person else None


_FIRST_PERSON = {"i", "yo"}
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\xa0]*\n")


def _named_before(text: str, start: int, pronoun: str, mentions: list[Mention], roster: Roster, subjects: Subjects) -> tuple | None:
    """(span, name) of the one person its paragraph names before a pronoun that no earlier speaker resolves, named
    as the subject of a clause (``subjects``, from the parse): "President Biden has taken action… But he has said
    that…"; a subject the model tagged as no person counts by its surname ("Master Greg Fears… Fears teaches
    children…, but he said…"). Two people named there, one named only as an object, or one the text gives the other sex
    (pronouns.unlike: "Mary Dunn, the victim's mother, wept… 'We will…,' he said"), and the pronoun stays nobody's."""
    breaks = [m.end() for m in _PARAGRAPH_BREAK.finditer(text, 0, start)]
    opening = breaks[-1] if breaks else 0
    named = [(m.start, m.end) for m in mentions if m.kind == "person" and opening <= m.start and m.end <= start]
    named += [s for s in subjects if opening <= s[0] and s[1] <= start and s not in named]
    if len({surname(text[a:b]) for a, b in named}) != 1 or not any(s in subjects for s in named):
        return None
    return one_person(text, named, roster, pronoun)


_NOT_THE_SPEAKER = re.compile(r"(?:\b(?:for|of|to|with|by|from|at|on|about|against|behind|de|del|para|con|por|contra|sobre)|['’]s?)\s*$", re.I)


def _apposed(text: str, span, inside: list[Mention]) -> Mention | None:
    """A person written in apposition within a speaker phrase whose head the parse put elsewhere:
    "acting U.S. Attorney for the Eastern District, Laurie Magid"; "Assistant Attorney General for the Civil
    Rights Division Grace Chung Becker and …". Not one the phrase only mentions: "a lawyer for John Smith",
    "an aide to Senator Ruiz", "John Smith's lawyer"."""
    for m in inside:
        if m.kind != "person" or re.match(r"['’]s?\b", text[m.end : m.end + 2]):
            continue
        before = re.sub(r"(?:\s*\b[A-Z][\w.'’-]*)+\s*$", "", text[span[0] : m.start])  # the title run: "Sheriff", "Civil Rights Division"
        if not before.strip() or before.rstrip().endswith(",") or re.search(r"\b(?:the|and|y|el|la)\s*$", before, re.I):
            if not _NOT_THE_SPEAKER.search(before):
                return m
    return None


_AUTHORED = re.compile(r"\b(?:by|from)\s+(?:[A-Z][\w.'’-]*\s+){0,6}$")


def _author(text: str, span, head, inside: list[Mention], lex: dict) -> list[Mention]:
    """The person who wrote the paper that speaks: "a report by Patrolman Ana Ruiz", "an order from Judge Tom Hale"."""
    if not re.fullmatch(lex.get("papers", r"(?!)"), text[head[0] : head[1]].lower()):
        return []
    return [m for m in inside if m.kind == "person" and m.start > head[1] and _AUTHORED.search(text, span[0], m.start)][:1]


def _descriptor(rest: str) -> str | None:
    """What is said of a speaker besides the name: "a police spokesman", "Prosecutor"."""
    rest = re.sub(r"\s+,", ",", " ".join(rest.split())).strip(" ,")
    rest = re.sub(r"^(?:the|el|la|los|las)$", "", rest, flags=re.I)
    return rest or None


def speaker_entity(
    text: str, span, head, mentions: list[Mention], history: list[Statement], language: str, appositions=(), roster: Roster | None = None,
    subjects: Subjects | None = None, numbers: tuple[tuple[int, bool], ...] = (), said_from: int | None = None,
    sentences: tuple[int, ...] = (),
) -> Speaker:
    """(mention span, name, basis, descriptor, affiliation span) of a speaker phrase.

    Only the mention that holds the head of the speaker phrase names the
    speaker: in "researchers who study Tren de Aragua" the head is
    "researchers", and the gang is not the speaker. ``said_from``: where the
    statement starts, its content when the attribution trails it ("…, it said"); ``sentences``: where each sentence
    of the parse starts, for the subject a "he" or a "she" turns to (pronouns.sentence_subject)."""
    if span[0] is None:
        return None, None, "none", None, None
    subjects = subjects if subjects is not None else {}
    lex = LEXICONS.get(language, LEXICONS["en"])
    roster = roster or Roster(text, mentions)
    words = text[span[0] : span[1]]
    # a name whose last period closes the phrase is inside it ("The county's sheriff, Ann B. Ruiz Jr.")
    inside = [m for m in mentions if span[0] <= m.start and (m.end <= span[1] or text[span[1] : m.end] == ".")]
    orgs = [m for m in inside if m.kind in ("organization", "agency", "group")]
    # the speaker's own organisation; a group only where the phrase makes the speaker its member or voice ("an MS-13
    # member", "a Hamas spokesman"), not a group the speaker works on ("an MS-13 task force detective")
    own = [m for m in orgs if m.kind != "group" or of_the_group(text, m.start, m.end, span)]
    if head is not None:
        named = [m for m in inside if m.start <= head[0] < m.end and m.kind in ("person", "organization", "agency", "group")]
        renamed = [m for m in inside if m.kind == "person" and any(a <= m.start and m.end <= b for a, b in appositions)]
        named = named or renamed[:1]  # "Chile's prosecutor ..., Héctor Barros"; not "the government of Nicolás Maduro"
        if not named and text[head[0] : head[0] + 1].isupper() and (full := _surname_match(text[head[0] : head[1]], history, roster)):
            return full[0], full[1], "named", _descriptor(text[span[0] : head[0]] + " " + text[head[1] : span[1]]), _span(own[0]) if own else None
        named = named or [m for m in [_apposed(text, span, inside)] if m] or _author(text, span, head, inside, lex)
        if not named and (person := _titled_surname(words, roster)):
            return person.span, person.name, "named", None, _span(own[0]) if own else None
    else:  # surface patterns: a person first, else a capitalized full name, else an organization
        named = [m for m in inside if m.kind == "person"][:1]
        if not named and (full := [n for n in _NAME.finditer(words) if not _placed(n, span, inside, words)]):
            last = full[-1]
            name_span = (span[0] + last.start(), span[0] + last.end())
            named_org = [m for m in orgs if m.start >= name_span[0] and m.end <= name_span[1]]
            if not named_org:
                descriptor = _descriptor(words[: last.start()] + " " + words[last.end() :])
                return name_span, last.group(0), "named", descriptor, _span(own[0]) if own else None
        named = named or orgs[:1]
    if named:
        top = named[0]
        if top.kind == "person" and " " not in top.text and (full := _surname_match(top.text, history, roster)):
            return full[0], full[1], "named", None, None  # "afirmó Lagos": the Mauricio Lagos named before
        descriptor = _descriptor(text[span[0] : top.start] + " " + text[top.end : span[1]])
        affiliation = next((_span(m) for m in own if m is not top), None)
        return _span(top), top.text, "named", descriptor, affiliation
    low = words.lower().strip()
    if low in lex["pronouns"]:
        person = lex["pronouns"][low] == "person"
        if (source := _unnamed_before(text, span[0], low, history, numbers, said_from, mentions)) is not None:
            return None, None, "pronoun", source.descriptor or source.speaker_text, source.affiliation
        if low in lex["plural_pronouns"]:  # "they" is the speaker just before, never an older one, and no one person
            people = {_span(m) for m in mentions if m.kind == "person"}
            s = history[-1] if history else None
            if s and s.speaker_mention and (tuple(s.speaker_mention) not in people or _JOINED.search(s.speaker_text or "")):
                return s.speaker_mention, s.speaker_name, "pronoun", None, s.affiliation
            return None, None, "pronoun", None, None
        if low in _FIRST_PERSON | {"we"}:  # "I" and "we" outside a quotation: the document's speaker, no third party named before
            return None, None, "pronoun", None, None
        # the person the story turned to after the last statement ends; with no statement before, _named_before decides
        said = max(history[-1].content_end, history[-1].cue_end, history[-1].speaker_end or 0) if history else 0
        if history and (turned := sentence_subject(text, span[0], said_from, low, subjects, sentences, roster, said)) is not None:
            return turned[0], turned[1], "pronoun", None, None
        for s in reversed(history):  # "he" or "she" is a person named before, never "the 9/11 Commission", nor "Mrs Clinton" for "he"
            if s.speaker_mention and (not person or s.speaker_basis != "organization" and not _body(s, mentions)) \
                    and not unlike(text, s.speaker_mention, low):
                return s.speaker_mention, s.speaker_name, "pronoun", None, s.affiliation
        if lex["pronouns"][low] == "person" and low not in _FIRST_PERSON and (one := _named_before(text, span[0], low, mentions, roster, subjects)):
            return one[0], one[1], "pronoun", None, None
        return None, None, "pronoun", None, None
    if re.fullmatch(r"[A-ZÁÉÍÓÚÑ][\wáéíóúñ-]+", words.strip()):
        found = _surname_match(words.strip(), history, roster)
        if found:
            return found[0], found[1], "named", None, None
    if re.match(r"^(the|el|la|this|that|este|esta)\s", low) and (person := roster.by_title(words)):
        return person.span, person.name, "role", " ".join(words.split()), None  # "the sheriff": Sheriff Greg Taylor, named before
    bodies = lex.get("bodies", "(?!)")
    role = re.search(rf"\b(?:{lex['roles']}|{bodies})\b", low)  # "the spokesman", "la empresa": who was so described
    if role and re.match(r"^(the|el|la|this|that|este|esta) ", low):
        # a business by any of its words ("General Motors, the carmaker, …": "the company"); a person by the role
        body = bool(re.fullmatch(bodies, role.group(0)))
        said, kinds = (bodies if body else role.group(0)), {_span(m): m.kind for m in mentions}
        for s in reversed(history):
            if s.speaker_mention and s.descriptor and re.search(rf"\b{said}", s.descriptor.lower()) \
                    and (not body or kinds.get(tuple(s.speaker_mention)) == "organization"):  # not "accompanying", not a person
                return s.speaker_mention, s.speaker_name, "role", words, s.affiliation
    return None, None, "unnamed", words or None, _span(own[0]) if own else None


_FUNCTION_WORD = re.compile(r"(?i:the|this|that|these|those|an?|el|la|los|las|lo|un|una|este|esta|estos|estas|según|according)")


def _titled_surname(words: str, roster: Roster):
    """The person a speaker phrase names by office and surname where the model read no name in it: "FBI Assistant
    Director-in-Charge Demarest of the New York Field Office" is the Joseph M. Demarest the document names in full.
    The surname is the last capitalized word before the phrase goes on in lower case, no office and no possessive
    ("Smith's lawyer", "a lawyer for Smith": none)."""
    lead = re.match(r"(?:[A-ZÁÉÍÓÚÑ][\w.'’-]*\s+)*[A-ZÁÉÍÓÚÑ][\w.'’-]*", words.strip())
    last = lead.group(0).split()[-1] if lead else ""
    if not last or _titular(last) or _FUNCTION_WORD.fullmatch(last) or re.search(r"['’]s?$", last) or not (person := roster.by_surname(last)):
        return None
    return person if " " in person.name and person.span is not None else None


def _placed(name: re.Match, span, inside: list[Mention], words: str) -> bool:
    """A capitalized name of the speaker phrase that is a place the phrase only mentions, not the whole of it:
    "General Motors, la empresa automovilística de los Estados Unidos" speaks, not the United States ("Estados
    Unidos dijo" stays the country's)."""
    start, end = span[0] + name.start(), span[0] + name.end()
    return name.group(0) != words.strip(" ,") and any(m.kind == "place" and m.start <= start and end <= m.end for m in inside)


def _body(said: Statement, mentions: list[Mention]) -> bool:
    """Whether a statement's speaker is a body, never "he" or "she": a mention that is no person, named by a body's word
    ("the 9/11 Commission", "London Police"); a name the tagger took for an organisation stays a person's."""
    return bool(said.speaker_name and ORGANISATION.search(said.speaker_name.lower())
                and any(_span(m) == tuple(said.speaker_mention) and m.kind != "person" for m in mentions))


_JOINED = re.compile(r"\s(?:and|y|e)\s")  # "Mayor Luis Paz and local priests said": "they" is that group
_COLLECTIVE = {"police", "staff", "military", "personnel", "people"}
_SENTENCE_GAP = re.compile(r"[\s.!;\"'”’»)]*")
# The head of a source that is a person, whom "it" never continues: a role, or a word of a man or a woman
_PERSON_HEAD = re.compile(rf"{LEXICONS['en']['roles']}|\w*(?:man|woman|person|officer|agent|official)")
# Words of a person the story may tell of, whom a "he" or "she" after a source's claim may stand for instead of it
_SOMEONE = re.compile(r"(?:suspect|victim|driver|defendant|inmate|prisoner|boy|girl|child|son|daughter|father|mother|husband|wife|"
                      r"brother|sister|teen|teenager|student|resident|owner|worker|employee|patient|passenger|pedestrian|"
                      r"neighbou?r|friend|soldier|trooper|deputy|sheriff|detective|sergeant|lieutenant|captain|judge|doctor|nurse|"
                      r"shooter|attacker|assailant|robber|killer|survivor|witness|leader|member|informant|man|woman)")


def mute(token) -> bool:
    """Whether a subject is a thing that says nothing: a common noun that names no person, body or source ("a device",
    "the fire"); not a name, a pronoun, a person's word or role, a body ("police", "the ministry") or a paper."""
    word = token.lower_
    if token.tag_ not in ("NN", "NNS") or token.ent_type_ or any(c.dep_ == "poss" for c in token.children):
        return False
    singular = word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else word  # "authorities"
    words = (word, singular, word[:-2]) if word.endswith("sses") else (word, singular)  # "witnesses"
    return not any(p.fullmatch(w) for p in (_PERSON_HEAD, _SOMEONE) for w in words) \
        and not ORGANISATION.search(word) and not ORGANISATION.search(singular) \
        and word not in _COLLECTIVE and not re.fullmatch(LEXICONS["en"]["papers"] + "|" + LEXICONS["en"]["finders"], singular)


# Heads of a subject that cannot be a cue's speaker: a pact between parties, which provides rather than claims ("the
# 1991 agreement stipulates that…"), and a state or a time ("the national emergency declared in…" misparsed as a
# declaring, "the time was…"). Not a plan, a strategy or a budget, which the fact sheets make speak ("the Strategy calls
# for…", docs/annotation.md §3); not a law, which the gold lets speak as often as not; not a span of time, which may head
# a lead-in ("Here are key moments from the President's remarks:"); not papers and findings ("the report said").
_PROVIDES = re.compile(r"(?:agreement|accord|treaty|pact|emergency|crisis|situation|time|reason|fact)")
# The document's own papers, sent with it ("the enclosed notice stating that…"): they speak in the document's voice
_ENCLOSED = {"enclosed", "attached", "accompanying"}
_PLEA = re.compile(r"\bplea\b", re.I)  # "the plea agreement" is the case's paper: what the defendant admitted


def voiceless(doc, start: int | None, end: int | None) -> bool:
    """Whether a speaker phrase cannot be its cue's speaker (docs/annotation.md §3, §7), by the head of its parse: a
    common noun naming a pact, a state or a time (``_PROVIDES``), with no possessor that could speak for it ("the
    ministry's agreement with the union says"); or a paper the document encloses ("the enclosed notice", a signed message's own). A
    name, a pronoun, a person, a body and a paper that reports ("the report", "the complaint") keep their statements."""
    phrase = doc.char_span(start, end, alignment_mode="expand") if start is not None else None
    token = phrase.root if phrase is not None and len(phrase) else None
    if token is None or token.tag_ not in ("NN", "NNS") or token.ent_type_ not in ("", "DATE", "TIME"):
        return False
    if any(c.lower_ in _ENCLOSED for c in token.children if c.dep_ == "amod"):
        return True
    word = token.lower_[:-1] if token.tag_ == "NNS" and token.lower_.endswith("s") else token.lower_
    owner = [c for c in token.children if c.dep_ == "poss" and c.lower_ not in ("my", "our", "its", "this", "that")
             or c.dep_ == "prep" and c.lower_ == "of"]  # "the ministry's agreement", "decades of fact": who owns it or what it holds speaks
    return bool(_PROVIDES.fullmatch(word)) and not owner and not _PLEA.search(phrase.text)


def _unnamed_before(text: str, start: int, pronoun: str, history: list[Statement], numbers, said_from: int | None = None,
                    mentions: list[Mention] = ()) -> Statement | None:
    """The statement just before a "they", an "it", a "he" or a "she" when its speaker is a source the text describes
    and does not name, agreeing in number with the head of its phrase (``numbers``: each subject of the parse, its
    place and whether it is plural), in the sentence straight before with no paragraph break between
    (spans.paragraph_between) ("Security sources said the convoy was hit. They said…"), and no other subject of that
    number after the cue ("Witnesses said two armed men entered the shop. They told…": the men may be "they"; a "they"
    of the source's own words is the source: "Police say they found her. They say…"): the pronoun continues that
    source, before its sentence or trailing it ("…, the statement said. Two policemen were wounded, it said."). "He" or
    "she" continues only a person's role or a word of a man or a woman ("A police spokesman said…. He added…"), of the
    pronoun's sex where the word says it, with no person named after the cue; "it" never a person ("a spokesman for the
    army said…")."""
    if pronoun not in ("they", "it", "he", "she") or not history:
        return None
    last = history[-1]
    if last.speaker_basis != "unnamed" or not last.speaker_text or last.speaker_end is None or last.speaker_end > start:
        return None
    said_end = max(last.content_end, last.speaker_end, last.cue_end)
    opening = min(start, said_from) if said_from is not None else start  # the sentence straight after, however attributed
    if not _SENTENCE_GAP.fullmatch(text, said_end, opening) or paragraph_between(text, said_end, start):
        return None
    plural = pronoun == "they"
    head = next(((i, p) for i, p in numbers if last.speaker_start <= i < last.speaker_end), None)
    if head is None or head[1] != plural:
        return None
    word = re.match(r"[\w-]*", text[head[0] :]).group(0).lower()
    if pronoun == "it" and _PERSON_HEAD.fullmatch(word):
        return None  # "…, a spokesman for the army said. Three soldiers died, it said.": "it" is no person
    if pronoun in ("he", "she") and (not _PERSON_HEAD.fullmatch(word) or word.endswith("woman" if pronoun == "he" else "man") and
                                     not word.endswith("woman" if pronoun == "she" else "~")
                                     or any(m.kind == "person" and last.cue_end <= m.start < start for m in mentions)):
        return None  # "The statement said…. He said…", "A spokeswoman said…. He said…", "…said Ruiz was shot. He said…"
    between = [(re.match(r"[\w-]*", text[i:]).group(0), p) for i, p in numbers if last.cue_end <= i < start and p == plural]
    if pronoun in ("he", "she"):  # another who may be "he": any singular subject ("the motorist refused…"), or a person's
        # word anywhere in what was said ("officers arrested the victim's brother"); not "the convoy was hit"
        words = re.findall(r"[\w-]+", text[last.cue_end : start].lower())
        return None if between or any(_PERSON_HEAD.fullmatch(w) or _SOMEONE.fullmatch(w) or w in ("he", "she", "him", "her", "his")
                                      for w in words) else last
    return None if any(w.lower() != pronoun for w, _ in between) else last


def subject_numbers(doc) -> tuple[tuple[int, bool], ...]:
    """(offset, plural) of each subject of the parse, for ``_unnamed_before``: "Sources close to the investigation"
    is plural by its head, "A spokesman for the Mexican Armed Forces" singular."""
    return tuple((t.idx, t.tag_ in ("NNS", "NNPS") or t.lower_ in _COLLECTIVE | {"they", "we"})
                 for t in doc if t.dep_ in ("nsubj", "nsubjpass") and t.tag_ in ("NN", "NNS", "NNP", "NNPS", "PRP"))


def named_subjects(doc, mentions: list[Mention], roster: Roster) -> Subjects:
    """The people named as the subject of their clause ("President Biden has taken action"): whom a later "he" may
    continue; not a name the model misread in a headline's object ("Envoy Condemns Dvani Attack"). A surname the model
    tagged as no person ("Fears teaches children…") counts where the document names one person of that family name in
    full (``roster``). Each with the verb it is the active subject of ("Clinton met…": "met"), None where it is the
    subject of a passive ("Dunn was arrested")."""
    out = {}
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand") if m.kind == "person" else None
        if span is not None and span.root.dep_ in ("nsubj", "nsubjpass"):
            out[(m.start, m.end)] = _verb(span.root)
    return out | _surname_subjects(doc, mentions, roster)


def _verb(subject) -> str | None:
    """The verb a token is the active subject of, in lower case; None for the subject of a passive."""
    return subject.head.lower_ if subject.dep_ == "nsubj" else None


# A word with these is a common noun, not a surname: "the Bond", "Fears of retaliation", "new Fears", "his Fears"
_NOUN_PHRASE = {"det", "prep", "amod", "poss"}


def _surname_subjects(doc, mentions: list[Mention], roster: Roster) -> Subjects:
    """Lone capitalized words, the active subject of their clause, that are the family name of the one person the
    document names in full, where the model tagged them as no entity or as an organization of that one word ("Fears
    teaches children…" for Master Greg Fears), each with its verb; not a word inside a longer name ("the Fears
    Foundation"), a place ("Jordan has tightened controls" after Ahmad Jordan), a passive subject ("Bond was set at
    $50,000" after Daniel Bond) or a noun with a determiner, a modifier or a preposition ("Fears of retaliation kept
    witnesses silent")."""
    out = {}
    for t in doc:
        span = (t.idx, t.idx + len(t))
        if t.dep_ != "nsubj" or not t.tag_.startswith("NN") or not t.text[:1].isupper():
            continue
        if any(c.dep_ in _NOUN_PHRASE for c in t.children):
            continue
        if any(m.start <= span[0] < m.end and (m.kind != "organization" or (m.start, m.end) != span) for m in mentions):
            continue
        if (person := _surname_match(t.text, [], roster)) is not None and person[0] is not None:
            out[span] = _verb(t)
    return out
