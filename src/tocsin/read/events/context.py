"""The document around an event: who a pronoun or a surname stands for, what the document says a person is (a
former officer, a member of a group), and the victim's category.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cached_property

from ...models import Annotations, Mention, Statement
from ...structure import item_at, segments
from ..anchor import court_seat
from ..event_lexicon import PERSONAL_PRONOUNS, VIOLENT
from ..membership import APPOSED as _BARE_MEMBER
from ..membership import MEMBER as _MEMBER
from ..membership import MEMBER_AFTER as _MEMBER_AFTER
from ..membership import MEMBER_BEFORE as _MEMBER_BEFORE
from ..membership import MEMBER_WORDS as _MEMBER_WORDS
from ..membership import NOT_SO as _NOT_SO
from ..membership import described_as as _described_as
from ..membership import works_for as _works_for
from ..placedb import fold
from . import chains
from .aboard import carried
from .aboard import owner as _owner
from .antecedents import chained, nearest_sentence
from .arguments import _HURT, _named, _phrase, _subject, _subtree
from .befallen import befallen, conjoined, described_victim, described_victims
from .belonging import belongs, member_now
from .predicates import _COPULA, _predicates, _says_of, _serves_as, at_work
from .presence import GROUPLIKE
from .reporter import TELLING, reporter
from .thread import barred, is_subject, sentences_to, threaded
from .words import _category_of, _w

_SERVICES = {"army", "navy", "marines", "corps", "force", "guard", "military"}  # the last word of a service's name

_SPEECH = TELLING | {"afirmó", "informó", "confirmó", "explicó", "señaló", "say", "confirmed", "added", "explained", "stated"}


def _target_category(ctx, tok, named: Mention | None, etype: str, subtype: str | None) -> str | None:
    """Who was targeted, as a category: from the target's words and its apposition, else from how the document
    describes the person, else "civilian". A pronoun takes the person it stands for: the speaker of "he said he had
    received threats", or the person last named ("His body was found")."""
    if etype not in VIOLENT or etype == "prison":
        return None
    text, language = ctx.text, ctx.language
    if (owner := _owner(tok)) is not None and (hurt := _main_subject(owner)) is not None:
        tok, named = hurt, _named(ctx.mentions, *_subtree(hurt))  # "two officers were hurt when gunmen fired on their car"
    elif (rider := carried(tok)) is not None:
        tok, named = rider, _named(ctx.mentions, *_subtree(rider))  # "ambushed a convoy carrying the mayor": the mayor
    elif tok.tag_ in ("PRP", "PRP$"):
        gov = tok.head
        if tok.dep_ == "nsubj" and gov.dep_ == "ccomp" and gov.head.lower_ in _SPEECH and (who := _subject(gov.head)[0]) is not None \
                and _may_be(who, tok):
            tok, named = who, _named(ctx.mentions, *_subtree(who))
        elif (who := reporter(tok)) is not None and _may_be(who, tok):
            tok, named = who, _named(ctx.mentions, *_subtree(who))  # "a clerk told police two men robbed her": the clerk
        elif (earlier := _coordinated_object(tok)) is not None:
            tok = earlier  # "turning on the officer and striking him": him is the officer
        elif (hurt := _main_subject(tok)) is not None:
            tok, named = hurt, _named(ctx.mentions, *_subtree(hurt))  # "two soldiers were hurt when gunmen ambushed them"
        elif _w(tok) in PERSONAL_PRONOUNS and named is None and (described := described_victim(ctx, tok)) is not None:
            return described  # "The body of a police officer was found. He had been tortured"
        elif _w(tok) in PERSONAL_PRONOUNS and ctx.last_victim is not None and ctx.chains.agrees(ctx.last_victim, tok.text):
            named = ctx.last_victim  # the last person named as a target, else the one the pronoun stands for
    start, end = _own_words(tok)
    words = text[start:end] + " " + " ".join(text[slice(*_phrase(c))] for c in tok.children if c.dep_ == "appos") + " " + " ".join(
        w for c in tok.children if _says_of(c) and c.dep_ == "relcl" for w in _predicates(c, text))  # "the victim, who worked as a taxi driver,"
    words += " " + " ".join(w for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "with") and c.right_edge.lower_ in _SERVICES
                            and _category_of(w := text[c.idx : c.right_edge.idx + len(c.right_edge)], language) == "military")  # "a corporal in the Army"
    serving = " ".join(w for c in tok.children if _says_of(c) and c.dep_ == "acl" for w in _serves_as(c, text))
    if tok.dep_ in ("nsubj", "nsubjpass"):  # "a man was shot while driving his taxi", "while working at a store": the target at work
        serving += " " + " ".join(w for v in (tok.head, *tok.head.conjuncts) for c in v.children if c.dep_ == "advcl"
                                  and not any(d.dep_.startswith("nsubj") for d in c.children) for w in at_work(c, text))
    group = any(m.kind == "group" and start <= m.start and m.end <= end and belongs(ctx.doc, tok, m, etype, tok) for m in ctx.mentions) \
        or re.search(r"\brivals?\b", words, re.I) \
        or member_now(ctx.chains, ctx.members, ctx.text, tok, named)  # "Díaz, who police said was a Barrio 18 leader": that Díaz, no namesake
    if group:
        return "rival group"  # whatever was done to them: "abducted a Gulf Cartel plaza boss" (docs/annotation.md §2.4)
    found = _category_of(words, language) or _category_of(serving, language) or ctx.role(named) or ctx.chains.category(ctx.chains.of_token(tok)) \
        or conjoined(ctx, tok) or described_victim(ctx, tok) or described_victims(ctx, tok)  # "X and Perez"; "the victim(s)" described before
    if found == "law enforcement" and _category_of(serving, language) == "military" and _category_of(_RANKS.sub(" ", fold(words)), language) is None:
        return "military"  # "Sgt. Ana Ruiz, killed while serving in the Army": the rank alone reads as police; the service tells
    if subtype == "armed clash" and not found:
        return None  # two sides fought: no one's category unless the text says who ("a policeman was wounded in the shootout")
    return found or "civilian"


_RANKS = re.compile(r"\b(?:sgt|cpl|lt|capt|sergeants?|corporals?|lieutenants?|captains?|officers?)\b")  # police's or an army's (folded)


def _may_be(speaker, pronoun) -> bool:
    """Whether the speaker of "X said he had received threats" may be the one the pronoun stands for: one person, not
    a body or a crowd ("Police said she had been threatened": she is not the police) nor another pronoun ("they said
    he")."""
    if speaker.tag_ in ("NNS", "NNPS") or speaker.ent_type_ in ("ORG", "GPE", "NORP") or _w(speaker) in _MANY | _BODIES:
        return False
    return speaker.tag_ not in ("PRP", "PRP$") or _w(speaker) == _w(pronoun)


_BODIES = {"policía", "policia", "fiscalía", "fiscalia", "gobierno", "government", "authorities", "autoridades", "ministry", "ministerio"}


# The words for a person by a relation to another ("the mayor's son", "the wife of a police officer"): the other
# person's description is not the target's
_RELATIVES = re.compile(r"(?:sons?|daughters?|wi(?:fe|ves)|husbands?|brothers?|sisters?|mothers?|fathers?|parents?|child(?:ren)?|kids?|"
                        r"famil(?:y|ies)|relatives?|cousins?|nephews?|nieces?|uncles?|aunts?|grand\w+|girlfriends?|boyfriends?|"
                        r"fianc[eé]e?s?|widows?|widowers?|hij[oa]s?|espos[oa]s?|marido|herman[oa]s?|madres?|padres?|famili(?:a|as|ares)|"
                        r"sobrin[oa]s?|prim[oa]s?|t[ií][oa]s?|nietos?|nietas?|novi[oa]s?|viud[oa]s?)", re.I)


def _own_words(tok) -> tuple[int, int]:
    """The span of the words that describe the target itself: for one person named by kinship, the phrase without
    the one it is kin to, before it ("the mayor's son": son) or after it ("the wife of a police officer": wife); any
    other noun keeps its possessor, which tells whom it serves ("a former sheriff's deputy"), and a plural its "of"
    phrase ("the families of migrants" travel with them)."""
    start, end = _phrase(tok)
    if tok.tag_ != "NN" or not _RELATIVES.fullmatch(tok.text):
        return start, end
    owner = next((c for c in tok.children if c.dep_ == "poss" and c.i < tok.i), None)
    if owner is not None and owner.tag_ not in ("PRP$", "WP$"):
        start = next((t.idx for t in tok.doc[owner.right_edge.i + 1 : tok.i + 1] if t.tag_ != "POS" and not t.is_space), start)
    return start, tok.idx + len(tok)


def _coordinated_object(tok):
    """The noun a pronoun object stands for when its verb is coordinated with an earlier one that took that noun
    ("turning on the officer and striking him", "grabbed the clerk and shot her"): the earlier verb's object."""
    if tok.dep_ != "dobj" or tok.head.dep_ != "conj" or _w(tok) not in ("him", "her"):
        return None
    earlier = tok.head.head
    objects = [c for c in earlier.children if c.dep_ == "dobj"] + [g for c in earlier.children if c.dep_ == "prep" for g in c.children
                                                                      if g.dep_ == "pobj"]
    return next((o for o in objects if o.tag_ in ("NN", "NNP") and o.i < tok.i), None)


_THEM = {"them", "they", "their", "los", "las"}
_ONE = {"him", "her", "he", "she", "his", "lo", "la"}


def _main_subject(tok):
    """The noun an object pronoun of a clause of time or cause stands for, or the owner of its object: its main
    clause's subject, of the same number ("Two riot police were injured when protesters attacked them", "a guard was
    wounded after a man stabbed him", "two officers were hurt when gunmen fired on their car"); not across a verb of
    saying, whose subject tells, nor a pronoun subject."""
    place = tok.head if tok.dep_ == "poss" else tok  # "their patrol car": where the car stands
    verb = place.head.head if place.dep_ == "pobj" and place.head.dep_ == "prep" else place.head  # "after protesters shot at them"
    if place.dep_ not in ("dobj", "obj", "pobj") or verb.dep_ not in ("advcl", "conj") or verb.head.i == verb.i:
        return None
    subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not subject.tag_.startswith(("NN", "PROPN", "NOUN")) or not _befell(verb.head, subject):
        return None  # "Police arrived after gunmen shot them": the police acted, and the ones shot are others
    many = subject.tag_ in ("NNS", "NNPS") or _w(subject) in _MANY or any(c.dep_ == "conj" for c in subject.children) \
        or "Number=Plur" in str(subject.morph)
    return subject if (_w(tok) in _THEM and many or _w(tok) in _ONE and not many) else None


def _befell(verb, subject) -> bool:
    """Whether a main clause tells what befell its subject or what it was doing when it did: a passive ("were
    injured"), a verb of being hurt ("died"), a past progressive ("was walking home")."""
    return subject.dep_ == "nsubjpass" or verb.lower_ in _HURT or verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and _w(c) in ("was", "were") for c in verb.children)


def _antecedent(ctx: _Context, tok, other: tuple[int, int] | None) -> Mention | None:
    """The person a "he", "him", "his" or "she" stands for: the last person named before it, in its sentence or
    the two before, who is neither the event's other party (``other``: "Smith shot him") nor the speaker of a
    statement (an official announcing the case)."""
    if tok.tag_ not in ("PRP", "PRP$") or _w(tok) not in PERSONAL_PRONOUNS:
        return None
    if (who := reporter(tok)) is not None and _may_be(who, tok):
        return _named(ctx.mentions, *_subtree(who))  # "a clerk told police two men robbed her": the clerk, named or not
    found, item = _named_before(ctx, tok, other, lambda m: ctx.chains.agrees(m, tok.text))
    if item is not None:
        return found[0] if found else None
    found = nearest_sentence(ctx, found)  # "Ana Soto was shot. I see Senator Ruiz here, who … when she was shot": Ruiz
    subjects = [m for m in found if is_subject(ctx.doc, m)]
    found = found or threaded(ctx, tok, other)  # "Governor Ruiz resigned … he said … he said … threatened him": Ruiz
    return (subjects or found)[-1] if found else None  # a subject first: "Lueders pleaded guilty before Judge Kay to … charging him"


def _described_antecedent(ctx: _Context, tok, other: tuple[int, int] | None) -> Mention | None:
    """The person a definite description a legal step takes stands for ("Kenneth Moreno was arrested in May. The
    predator, who had been removed before, …"): the one person named before it, in its sentence or the two before,
    as for a pronoun; none where two are named there, or where the description's words give the other sex."""
    if tok.tag_ != "NN" or tok.ent_type_ or _NO_ONE.fullmatch(tok.text) or not any(c.dep_ == "det" and _w(c) in _DEFINITE_ONE for c in tok.children):
        return None  # "the company was charged": a body, not the person named before
    sex = chains._sex_of(ctx.text[slice(*_own_words(tok))])
    found, _ = _named_before(ctx, tok, other, lambda m: sex is None or ctx.chains.agrees(m, "she" if sex == "f" else "he"))
    acting = ctx.doc.char_span(*other, alignment_mode="expand") if other is not None else None  # "for his decision to extradite"
    acting = [a for t in acting or () if (a := _antecedent(ctx, t, None)) is not None]
    found = [m for m in found if not any(m == a or ctx.chains.chain(m) is not None and ctx.chains.chain(m) == ctx.chains.chain(a) for a in acting)]
    people = {ctx.chains.chain(m) if ctx.chains.chain(m) is not None else chains.name_words(m.text) for m in found}
    if len(people) != 1 or any(befallen(ctx, m) for m in found):
        return None  # "Ana Soto was shot dead. The suspect was arrested": the one named is the victim, not the one arrested
    return found[-1]


_DEFINITE_ONE = {"the", "this", "that"}
# The last word of a name for a body, never a person's ("Federal Grand Jury", "Rio Grande Valley Sector", "Acme Inc.")
_BODY = (r"(?:company|firm|corporation|business|inc|llc|agency|department|government|office|jury|court|sector|division|county|bureau|"
         r"unit|patrol|service|council|committee|board|commission|ministry|administration|district|force|task|team|"
         r"empresa|compañía|negocio|gobierno|tribunal|juzgado|fiscalía|ministerio|secretaría)")
# What a legal step may take that is no person: a body or a business ("the company", "the gang"), never the one named before
_NO_ONE = re.compile(GROUPLIKE.pattern + r"|" + _BODY + r"|(?:operation|scheme|case|caso)", re.I)


def _named_before(ctx: _Context, tok, other: tuple[int, int] | None, agrees) -> tuple[list[Mention], object]:
    """The people named before a word, in its sentence or the two before (from its list item's start, in an item),
    who may be the one it stands for, and the item it is in."""
    sentences = sentences_to(ctx, tok)
    lo = sentences[-3].start if len(sentences) >= 3 else 0
    item = item_at(ctx.text, ctx.segments, tok.idx)
    lo = item.start if item is not None else lo  # an item of a list tells a case of its own, its lead named first
    spans = barred(ctx, other)
    found = [m for m in sorted(ctx.mentions + _unnamed_subjects(ctx, lo, tok.idx) + chained(ctx, lo, tok.idx), key=lambda m: m.start)
             if m.kind == "person" and lo <= m.start and m.end <= tok.idx and agrees(m) and not any(a <= m.start < b for a, b in spans)
             and not ctx.ann.dateline_start <= m.start < ctx.ann.dateline_end]
    return found, item


def _unnamed_subjects(ctx: _Context, lo: int, hi: int) -> list[Mention]:
    """The names of people the model tagged as nothing that are a clause's subject between two offsets ("Eduardo
    Sanchez-Hernandez, a 32-year-old man, was arrested in Newark. He has pending charges"), or a line that only names
    and describes one ("Tuan Thanh Phan, a citizen of Vietnam. He has convictions for"): a run of two or more
    capitalised proper nouns, hyphens between them, that no mention holds, as the person a later pronoun may stand
    for."""
    if ctx.doc is None or not ctx.doc.has_annotation("DEP"):
        return []
    out = []
    for tok in ctx.doc.char_span(lo, hi, alignment_mode="contract") or ():
        if tok.dep_ not in ("nsubj", "nsubjpass", "ROOT") or not chains.name_word(tok) or tok.ent_type_ not in ("", "PERSON"):
            continue
        first = tok.i
        while first - 1 >= tok.left_edge.i and (chains.name_word(tok.doc[first - 1]) or tok.doc[first - 1].tag_ == "HYPH"
                                                and first - 2 >= 0 and chains.name_word(tok.doc[first - 2])):
            first -= 1
        run = tok.doc[first : tok.i + 1]
        start, end = run.start_char, run.end_char
        if sum(chains.name_word(t) for t in run) >= 2 and all(t.ent_type_ in ("", "PERSON") for t in run) and not re.fullmatch(_BODY, tok.text, re.I) \
                and not any(m.start < end and start < m.end for m in ctx.ann.mentions):
            out.append(Mention(start, end, ctx.text[start:end], "PERSON", "person", "chain"))
    return out


def _in_subject(doc, m: Mention) -> bool:
    """Whether a mention is in its clause's subject, however deep in its noun phrase ("Other organizations, such as
    Tren de Aragua, pose threats")."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    node = span.root if span is not None else None
    while node is not None and node.dep_ in ("appos", "compound", "conj", "pobj", "prep", "amod", "nmod", "poss", "cc") and node.head.i != node.i:
        node = node.head
    return node is not None and node.dep_ in ("nsubj", "nsubjpass")


_NOT_THEY = {"i", "we", "you", "he", "she", "it", "yo", "nosotros", "usted", "él", "ella"}
_MANY = {"police", "people", "personnel", "staff", "crew", "military", "youth"}  # singular in form, "they" in sense


def _theirs(doc, tok, listed: list[Mention]) -> bool:
    """Whether a possessive "their" stands for the groups listed before it in its own sentence as the object of a verb
    whose subject cannot be what "their" refers to: "I designated Tren de Aragua and MS-13 … to end their campaign"
    (the speaker, one person or "we" is no "they"); not "police arrested MS-13 members to end their …"."""
    if tok.lower_ != "their" and not any(c.dep_ == "poss" and c.lower_ == "their" for c in tok.children) \
            or any(m.start < tok.sent.start_char for m in listed):
        return False  # ``tok``: "their", or the noun it is the possessor of ("their campaign")
    span = doc.char_span(listed[-1].start, listed[-1].end, alignment_mode="expand")
    verb = next((v for v in span.root.ancestors if v.tag_.startswith("VB")), None) if span is not None else None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    return subject is not None and (subject.lower_ in _NOT_THEY or subject.tag_ in ("NN", "NNP") and subject.lower_ not in _MANY)


_REFERENCE_REACH = 1200
_JOINED = re.compile(r"[\s,()]*(?:(?:and|or|as well as|y|e|o)\s+)?(?:(?:the|el|la|los|las)\s+)?", re.I)  # between the names of a list
_NEAR_REACH = 300  # the sentence or short paragraph just before: the group named there, even if another was named earlier


def _confidence(basis: str, attribution: str | None, noun: bool, mode: str) -> float:
    score = {"syntax": 0.9 if attribution == "named" else 0.75, "reference": 0.6, "sentence": 0.5, "none": 0.6}[basis]
    score -= 0.1 if noun else 0.0
    score -= 0.1 if mode == "alleged" else 0.0
    return round(max(score, 0.1), 2)


class _Context:
    """What every trigger of a document is read against."""

    def __init__(self, doc, text: str, ann: Annotations, published: str | None, language: str, segs: tuple | None = None,
                 url: str | None = None):
        self.doc, self.text, self.ann, self.published, self.language = doc, text, ann, published, language
        self.url = url  # the document's address: its publisher's country (presence.home_country)
        self.mentions = [m for m in ann.mentions if m.kind != "place"]
        self.statements = ann.statements
        self.chains = chains.build(doc, text, self.mentions, language)
        self.members = _memberships(text, self.mentions, self.chains, doc)
        self.last_victim: Mention | None = None  # whom "his killing" refers to: the last person named as a target
        self.last_described: tuple | None = None  # the last victim described with no name, and its category (befallen.note)
        self.described: list = []  # every victim described with no name, with its category, in order
        self.victims: set = set()  # the chains (or spans) of the people named as the targets of violent acts so far
        self.segments = segs if segs is not None else segments(text)  # the structure stage's, when the caller has them
        for pronoun, said in _pronoun_memberships(doc, self.mentions):  # "He … is a member of the 18th Street Gang"
            if (chain := self.chains.chain(_antecedent(self, pronoun, None))) is not None:
                self.members.setdefault(chain, said)

    def role(self, mention: Mention | None) -> str | None:
        """The category the document gives a person ("Ronald Ojeda, a former lieutenant and dissident")."""
        return self.chains.category(self.chains.chain(mention))


    def statement_at(self, start: int) -> Statement | None:
        return next((s for s in self.statements if s.content_start <= start < s.content_end), None)

    def group_before(self, start: int, near: bool = False) -> str | None:
        """The group "the gang" refers back to: the one group the report names in the sentence or paragraph just
        before (``_NEAR_REACH`` characters), else in the text before that (``_REFERENCE_REACH``; not for ``near``,
        a pronoun's reach); none when it names two or more there, or none."""
        for reach in (_NEAR_REACH,) if near else (_NEAR_REACH, _REFERENCE_REACH):
            keys = {m.key for m in self.mentions if m.kind == "group" and m.key and start - reach <= m.start and m.end <= start}
            if keys:
                return keys.pop() if len(keys) == 1 else None
        return None

    def groups_listed_before(self, start: int, pronoun: bool) -> list[str]:
        """The groups a plural reference at ``start`` stands for ("Tren de Aragua (TdA) and MS-13 pose threats. Their
        campaigns …"): every group of the list named last in its sentence or the sentence or paragraph before
        (``_NEAR_REACH``), a list joined by commas, "and", "or" and an acronym in brackets; for a pronoun only a list
        that is its clause's subject, as "they" may stand for anyone else ("police arrested MS-13 members; they …")."""
        at = self.doc.char_span(start, start + 1, alignment_mode="expand")
        reach = (at.sent.start_char if at is not None else start) - _NEAR_REACH  # from the reference's sentence, however long
        named = sorted((m for m in self.mentions if m.kind == "group" and m.key and reach <= m.start and m.end <= start),
                       key=lambda m: (m.start, -m.end))
        listed = named[-1:]
        if not listed:
            return []  # no group named before: "Officials met. Their campaign of violence in Texas …" stands for no one
        for m in reversed(named[:-1]):
            if m.end > listed[-1].start and m.key == listed[-1].key or m.end <= listed[-1].start and _JOINED.fullmatch(self.text, m.end, listed[-1].start):
                listed.append(m)  # the same name found twice (a longer match over a shorter), or the list going on
            else:
                break
        if pronoun and not any(_in_subject(self.doc, m) for m in listed) and not (at is not None and _theirs(self.doc, at[0], listed)):
            return []
        return list(dict.fromkeys(m.key for m in reversed(listed)))

    @cached_property
    def person_ends(self) -> frozenset[int]:
        """Where the document's names of people end (``anchor.of_a_person``)."""
        return frozenset(m.end for m in self.mentions if m.kind == "person")

    @cached_property
    def courts(self) -> list[Mention]:
        """The place mentions that name a court's seat or district ("U.S. Attorney for the District of Maryland")."""
        places = {p.key: p for p in self.ann.places}
        return [m for m in self.ann.mentions if m.kind == "place" and m.key in places and m.label != "NORP"
                and court_seat(self.text, m.start, m.end, self.language, country=places[m.key].kind == "country")]

    @cached_property
    def court(self) -> str | None:
        """The document's court: the place named most often as a court's seat, the first on a tie."""
        counts = Counter(m.key for m in self.courts)
        return max(counts, key=lambda k: (counts[k], -next(i for i, m in enumerate(self.courts) if m.key == k))) if counts else None


# "Carlos Díaz, whom prosecutors described as a Tren de Aragua leader": a relative clause that describes, not one that acts
_WHO_IS = re.compile(r"\s*,\s+((?:who|whom|quien|quienes|que)\s+(?:[\w.]+\s+){0,4}?(?:is|was|are|were|described|identified|"
                     r"says?|said|believed?|alleged?|es|era|fue|son|eran|señal\w+|identific\w+)\b[^,.;]{3,100})")
# The words between a verb of leading and the group's name describe the group ("led the notorious"), never a
# preposition or a verb that turns to something else ("led the fight against", "heads the unit investigating")
_NOT_A_LINK = r"(?!(?:against|on|into|for|to|with|from|at|about|over|contra|sobre|hacia|\w+ing)\b)"
# A clause that says so: "X is a leader of", "X played a prominent role in the notorious", "X led", "X belongs to"
_IS_MEMBER = re.compile(r"(?:\s*,[^,.;]{1,40},)?\s+(?:"
                        r"(?:(?:is|was|has been|had been|became|remains)\s+(?:an?|the|one of the)|(?:es|era|fue|ha sido|había sido)"
                        r"(?:\s+(?:un|una|el|la|uno de los))?)\s+"  # Spanish may drop the article: "era integrante del Cártel del Golfo"
                        r"(?:[\w-]+\s+){0,3}?" + _MEMBER_WORDS + r"\s+(?:of|in|for|within|de|del)"
                        r"|(?:played|plays|had|has|held|holds)\s+an?\s+(?:[\w-]+\s+){0,2}?(?:role|position|rank)\s+in"
                        r"|led|leads|heads|headed|ran|runs|commands?|commanded|founded|co-founded|belongs?\s+to|belonged\s+to|joined"
                        r"|lidera|lideraba|dirig[eií]a?|fund[oó])\s+(?:(?:the|el|la|los|las)\s+)?(?:" + _NOT_A_LINK + r"[\w-]+\s+){0,2}?", re.I)
_BETWEEN = re.compile(r"[^.;:\n]{0,60}")
# "X is a confirmed MS-13 gang member" ("the victim, X, was a member of"): the copula's noun, a membership only where the member word is the group's
# own ("MS-13 gang member", "a leader of the Sinaloa Cartel"), not "a member of the task force that fights MS-13"
_IS_A = re.compile(r"(?:\s*,[^,.;]{1,40},|\s*,)?\s+(?:is|was|has been|had been|became|remains|es|era|fue|ha sido)\s+((?:an?|un|una)\s+[^,.;]{3,100})", re.I)


def _verb_between(doc, start: int, end: int) -> bool:
    """Whether a verb stands between a group's name and a person's: "CJNG gunmen killed police commander Juan Ruiz"
    tells no membership of Ruiz's, as "CJNG plaza boss Juan Ruiz" does."""
    span = doc.char_span(start, end, alignment_mode="expand") if doc is not None else None
    return span is not None and any(t.tag_.startswith(("VB", "MD")) and t.dep_ not in ("amod", "compound") for t in span)


# "who police believe belongs to Barrio 18": a belonging told without a member word, the group right after it, its
# only words a belief or saying and who holds it; never a denial, a question or a wish ("who police say does not
# belong to", "who was asked whether he belonged to", "who refused to belong to")
_BELONGS_TO = re.compile(r"(?:who|whom)\s+(?:(?:(?!(?:not|never|no|wrongly|falsely|mistakenly)\b)[\w.]+\s+){1,3}?(?:believes?|believed|"
                         r"suspects?|suspected|thinks?|thought|says?|said|alleges?|alleged|claims?|claimed)\s+|(?:allegedly|reportedly)\s+|(?:is|was)\s+(?:said|believed|thought|alleged|suspected)\s+to\s+)?"
                         r"belong(?:s|ed)?\s+to\s+(?:the\s+)?", re.I)


def _memberships(text: str, mentions: list[Mention], people: chains.Chains, doc=None) -> dict[int, tuple[Mention, tuple[int, int]]]:
    """Person chain -> (group, phrase) where the document says, next to a person's name, that the person belongs to a
    group: "Ovidio Guzmán López, a leader of the Sinaloa Cartel", "alleged MS-13 leader Francisco Roman". The
    phrase is the evidence, and its hedge ("alleged", "whom police described as") is the tie's strength; a
    later "he" or surname takes the group with those words, never stronger (docs/annotation.md §3)."""
    groups = [m for m in mentions if m.kind == "group" and m.key]
    found: dict[int, tuple[Mention, tuple[int, int]]] = {}
    for m in mentions:
        if m.kind != "person" or (chain := people.chain(m)) is None or chain in found:
            continue  # keyed by the person's chain, not the surname: "Ana Díaz" is not "Carlos Díaz", the Barrio 18 leader
        after = chains._DESCRIPTOR.match(text, m.end) or _WHO_IS.match(text, m.end)  # "Ronald Ojeda, a former lieutenant"
        if after:
            inside = next((g for g in groups if after.start(1) <= g.start and g.end <= after.end(1)), None)
            if inside is not None and not _NOT_SO.search(text, after.start(1), inside.start) and (  # "who police said was not a member of"
                    _MEMBER.search(after.group(1)) or _BELONGS_TO.fullmatch(text, after.start(1), inside.start) or _works_for(text, after.start(1), inside.start)):
                found[chain] = (inside, (after.start(1), after.end(1)))
                continue
        if (bare := _BARE_MEMBER.match(text, m.end)) and (inside := next((g for g in groups if g.start == bare.end()), None)):
            found[chain] = (inside, (bare.start(1), inside.end))  # "Juan Pérez, presunto integrante del Cártel del Golfo,"
            continue
        if (described := _described_as(text, m, groups)) is not None:  # "Prosecutors described Ruiz as a leader of Tren de Aragua"
            found[chain] = described
            continue
        said = next((g for g in groups if m.end < g.start <= m.end + 90 and _IS_MEMBER.fullmatch(text, m.end, g.start)), None)
        if said is not None:  # "El Nini played a prominent role in the notorious Sinaloa Cartel"
            found[chain] = (said, (m.start, said.end))
            continue
        copula = _IS_A.match(text, m.end)  # "Lopez-Cruz is a confirmed MS-13 gang member", "era un cabecilla del Tren de Aragua"
        if copula and (inside := next((g for g in groups if copula.start(1) <= g.start and g.end <= copula.end(1) and (
                _MEMBER_AFTER.match(text, g.end, copula.end(1)) or _MEMBER_BEFORE.search(text, copula.start(1), g.start))), None)):
            found[chain] = (inside, (copula.start(1), copula.end(1)))
            continue
        before = next((g for g in reversed(groups) if g.end <= m.start and m.start - g.end <= 40
                       and _BETWEEN.fullmatch(text, g.end, m.start) and _MEMBER.search(text, g.end, m.start)
                       and len(text[g.end : m.start].split()) <= 5 and not _verb_between(doc, g.end, m.start)), None)
        if before is not None:
            start = max(text.rfind(",", 0, before.start), text.rfind(".", 0, before.start), before.start - 30, 0)
            found[chain] = (before, (start, m.start))
    return found


def _pronoun_memberships(doc, mentions: list[Mention]) -> list[tuple[object, tuple[Mention, tuple[int, int]]]]:
    """(pronoun, (group, phrase)) where a sentence says of a "he" or "she" that the person belongs to a group: "He
    has pending charges and is a member of the 18th Street Gang", "She was a suspected leader of MS-13"; the phrase
    (with its hedge) is the noun the verb of being takes, and it must hold a member word and the group."""
    if doc is None or not doc.has_annotation("DEP"):
        return []
    groups = [m for m in mentions if m.kind == "group" and m.key]
    out = []
    for tok in doc:
        if tok.dep_ != "nsubj" or tok.lower_ not in ("he", "she", "él", "ella"):
            continue
        for verb in (tok.head, *(c for c in tok.head.conjuncts if c.i > tok.head.i and not any(d.dep_.startswith("nsubj") for d in c.children))):
            noun = next((c for c in verb.children if c.dep_ == "attr"), None) if verb.lower_ in _COPULA else None
            if noun is None or not _MEMBER.search(noun.text):
                continue
            start, end = _subtree(noun)
            if (group := next((g for g in groups if start <= g.start and g.end <= end), None)) is not None:
                out.append((tok, (group, (start, end))))
    return out


_ARTICLE = re.compile(r"(?:(?:the|an?|el|la|los|las)\s+)?", re.I)


def _span_of(ctx: _Context, tok) -> tuple[tuple[int, int] | None, Mention | None, tuple[int, int] | None]:
    if tok is None:
        return None, None, None
    phrase = _phrase(tok)
    if tok.ent_type_ == "CRIMINAL_GROUP" and (name := next((m for m in ctx.mentions if m.kind == "group" and m.start <= tok.idx < m.end), None)):
        # a group's name, with its article, is its words: not "El Tren de Aragua recluta migrantes" (the Spanish parse
        # makes the verb a modifier of the name), nor "about MS-13" (the name tagged a number, "about" its modifier)
        phrase = (phrase[0] if _ARTICLE.fullmatch(ctx.text, phrase[0], name.start) else name.start, name.end)
    full = _subtree(tok) if tok.tag_.startswith("NN") or tok.tag_ == "PRP" else phrase
    named = _named(ctx.mentions, *full)
    if named is not None and named.kind == "person" and _whose(tok, named):
        named = None  # "a woman who was Mayor Soto's secretary": Soto is whose she was, not she
    return phrase, named, full


def _whose(tok, m: Mention) -> bool:
    """Whether a person named in a clause on the target is the possessor of what the clause says the target is
    ("who was Mayor Soto's secretary", "que era chofer del alcalde Soto"): another person."""
    span = tok.doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or span.root.i == tok.i or not any(c.dep_ in ("relcl", "acl") and c.left_edge.i <= span.root.i <= c.right_edge.i
                                                       for c in tok.children):
        return False
    root = span.root
    while root.dep_ in ("flat", "compound", "appos") and root.head.i != root.i:
        root = root.head  # "del alcalde Juan Soto": the title's noun
    if root.dep_ == "pobj" and root.head.lower_ in _OF:
        root = root.head
    return root.dep_ in ("poss", "nmod") or root.lower_ in _OF and root.head.i != tok.i and root.head.pos_ == "NOUN"


_OF = {"of", "de", "del"}
