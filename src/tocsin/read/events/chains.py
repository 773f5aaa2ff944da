"""The people of a document as chains, and what the document says each one is.

A chain holds every mention of one person: the full name, and the surname or the given name written alone
later ("Roberto Ortiz … Roberto … Ortiz"); a bare name joins the last chain before it whose name holds it (or the
first after it, for a headline's surname). Each chain gathers the descriptions the document writes on its
mentions, anywhere in the document:

- the apposition after a name, cut before a clause ("Ana Díaz, a 12-year-old girl who was walking to a store");
  a dash may stand for the comma ("the father — a decorated Army veteran");
- the title before it ("Trooper Juan Ruiz", "the victim, Ana Díaz");
- what a verb of being or serving says of it ("Ortiz has served with the Border Patrol and is a veteran of the
  Navy", "Díaz era policía"), or what a verb of owning or running takes ("Gómez owned a hardware store");
- a description the document uses for the victim of the same happening ("Ruiz was found dead … who killed the
  young Navy sailor", ``describe``).

A name the model missed still makes a chain, for what the document says of it: a full name it left untagged ("Ana
Ruiz"), or a lone surname of a chain it tagged as nothing or an organization ("Reyes worked as a correctional
officer"); and what the story says of "the victim" (an apposition, "The victim, a retired police officer,", or a
verb of being) is the one victim's.

A chain's category is the first of docs/annotation.md §2.4 that its descriptions give ("using everything the
document says about the target"), with one reading of the order: a serving officer or soldier who is also a
veteran is targeted as what he serves as now. The words that make a person a man or a woman (an honorific, "a
woman", "his wife") let a pronoun pass over a person of the other sex (``agrees``). Nothing is inferred beyond the
words: a nationality is no description, and a chain never takes a group.

``settle`` then reads the categories of a document's events off the chains, once every trigger is read: a target
named or standing for a name takes its chain's category where its own words give none, a definite description
("the veteran", "the officer") the phrase with its head noun told before, and a happening told with no target
what its sentence or story says of the one it hurt (``_untargeted``)."""

from __future__ import annotations

import re

from ...models import Mention
from ..event_lexicon import ANOTHER, DEFINITE, VIOLENT
from ..people import surname
from ..placedb import fold
from ..statements.lexicon import LEXICONS
from .arguments import _phrase
from .predicates import _before_clause, _own_phrase, _predicates
from .titled import title_in
from .struck import premises_struck, struck_no_one
from .told_again import told_again
from .words import _RACKETS, _category_of, chanced

# The words after a name that describe it: "Ana Díaz, 34, a former officer", "Ruiz — a decorated veteran", "Lopez,
# who was a police officer", "Ruiz, who worked as a reporter"; the description stops at a clause ("a girl who was walking to a store")
_DESCRIPTOR = re.compile(r"\s*(?:,|\s[—–]|\s--)\s+(?:\d{1,3},\s+)?(?:(?:who|quien)\s+(?:is|was|had been|has been|es|era|fue|"
                         r"hab[ií]a sido|(?:worked|works|served|serves|trabajaba|trabaja|trabajó) (?:as|como))\s+)?(?:a|an|the|un|una|el|la)\s+([^,.;—–()\[\]]{3,100})")
_HONORIFIC = re.compile(r"\b(?:(?P<m>mr|sr|señor)|(?P<f>mrs|ms|miss|sra|srta|señora|señorita|doña))\b\.?\s*", re.I)
_FEMALE = re.compile(r"\b(?:wom[ae]n|girls?|wife|mother|daughter|sister|grandmother|aunt|niece|girlfriend|widow|mujer|niña|"
                     r"esposa|madre|hija|hermana|abuela|novia|viuda|señora)\b", re.I)
_MALE = re.compile(r"\b(?:m[ae]n|boys?|husband|father|son|brother|grandfather|uncle|nephew|boyfriend|widower|hombre|niño|"
                   r"esposo|marido|padre|hijo|hermano|abuelo|novio|viudo|señor)\b", re.I)
# A title before a name that is only a body ("told police Jones got upset"): the parse's compound, no one's role
_ORGANISATION = re.compile(r"\s*(?:the\s+)?(?:[\w.]+\s+)?(?:police|army|military|navy|court|government|polic[ií]a|ej[eé]rcito)\s*", re.I)
_VETERAN = re.compile(r"\bveterans?\b", re.I)  # a veteran, not "a former officer": yields to what the person serves as now
_SERVING = ("law enforcement", "military")
_NOT_NAME = {"mr", "mrs", "ms", "miss", "dr", "jr", "sr", "sra", "srta", "ii", "iii"}
# docs/annotation.md §2.4's order ("the first that applies"), not the order of the lexicon's rows, which may name a
# category early for words that settle it ("an army lieutenant" is military before "lieutenant" reads as police)
PRECEDENCE = ("rival group", "journalist", "political dissident or exile", "judiciary", "elected or public official",
               "former law enforcement", "law enforcement", "military", "migrant", "business", "civilian")
FEMALE_PRONOUNS = {"she", "her", "herself", "hers", "ella", "la"}
MALE_PRONOUNS = {"he", "him", "his", "himself", "él", "lo"}


def name_words(text: str) -> frozenset[str]:
    """The words of a written name that tell one person from another: "Ms. Juana Ruiz's" -> {juana, ruiz}."""
    words = [fold(w) for w in re.findall(r"[^\W\d_][\w'’-]*", re.sub(r"['’]s\b", "", text))]
    return frozenset(w for w in words if len(w) > 1 and w not in _NOT_NAME)


class Chains:
    """The people of one document: which chain each person mention is in, and each chain's descriptions and sex."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.of: dict[tuple[int, int], int] = {}  # mention span -> chain
        self.names: list[frozenset[str]] = []
        self.descriptions: list[list[str]] = []
        self.sex: list[str | None] = []
        self.surnames: list[set[str]] = []
        self.shared: set[int] = set()  # the chains of a lone surname two people named before share (``_join``)
        self.of_the_victim: list[str] = []  # what the story says of "the victim", with no name (``_of_the_victim``)

    def chain(self, mention: Mention | None) -> int | None:
        return self.of.get((mention.start, mention.end)) if mention is not None and mention.kind == "person" else None

    def by_name(self, word: str) -> int | None:
        """The one chain a bare capitalised word names (a proper noun the model did not tag as a person); a name of
        more words only where the chain's name holds them all ("Ana Díaz" is not the chain of "Carlos Díaz")."""
        words = name_words(word)
        found = [i for i, names in enumerate(self.surnames) if surname(word) in names and words <= self.names[i]]
        return found[0] if len(found) == 1 else None

    def of_token(self, tok) -> int | None:
        """The chain of a target's head word: the name the chains hold there, a lone surname the model tagged as no
        person included ("Jorge Ruiz, a former officer, … Ruiz was shot dead"), else the one chain a proper noun names."""
        end = tok.idx + len(tok)
        found = {c for (start, stop), c in self.of.items() if start <= tok.idx and end <= stop}
        if len(found) == 1:
            return found.pop()
        return self.by_name(tok.text) if tok.tag_ == "NNP" else None

    def new(self, names: frozenset[str]) -> int:
        self.names.append(names)
        self.descriptions.append([])
        self.sex.append(None)
        self.surnames.append(set())
        return len(self.names) - 1

    def describe(self, chain: int, words: str) -> None:
        if words in self.descriptions[chain]:
            return
        self.descriptions[chain].append(words)
        self.sex[chain] = self.sex[chain] or _sex_of(words)

    def category(self, chain: int | None) -> str | None:
        """The category the descriptions of a chain give, in the guideline's order; a veteran who serves now is
        what he serves as."""
        if chain is None:
            return None
        found = {}
        for words in self.descriptions[chain]:
            if (category := _category_of(words, self.language)) is not None:
                found.setdefault(category, words)
        if "former law enforcement" in found and _VETERAN.search(found["former law enforcement"]) and any(s in found for s in _SERVING):
            del found["former law enforcement"]
        return min(found, key=PRECEDENCE.index) if found else None

    def agrees(self, mention: Mention, pronoun: str) -> bool:
        """Whether a pronoun may stand for a person: "she" not for a chain the words make a man, nor "he" for a woman."""
        sex = self.sex[chain] if (chain := self.chain(mention)) is not None else _sex_of(mention.text)
        word = pronoun.lower()
        return not (sex == "m" and word in FEMALE_PRONOUNS or sex == "f" and word in MALE_PRONOUNS)


def build(doc, text: str, mentions: list[Mention], language: str) -> Chains:
    """The chains of a document's person mentions, each with what the document says of it."""
    chains = Chains(language)
    people = sorted((m for m in mentions if m.kind == "person"), key=lambda m: m.start)
    people = sorted(people + _missed_names(doc, mentions, {surname(m.text) for m in people}), key=lambda m: m.start)
    for m in people:
        chains.of[(m.start, m.end)] = chain = _join(chains, name_words(m.text), m.start, people)
        chains.surnames[chain].add(surname(m.text))
    for m in people:
        chain = chains.of[(m.start, m.end)]
        for words in descriptions(doc, text, m):
            chains.describe(chain, words)
        honorific = _HONORIFIC.search(text[max(0, m.start - 8) : m.start] + m.text.split()[0] if m.text.split() else "")
        if honorific and not chains.sex[chain]:
            chains.sex[chain] = "m" if honorific.group("m") else "f"
    for chain, words in _of_the_pronoun(doc, text, chains, people) if doc is not None else ():
        chains.describe(chain, words)
    chains.of_the_victim = _of_the_victim(doc, text, chains) if doc is not None else []
    return chains


def _of_the_pronoun(doc, text: str, chains: Chains, people: list[Mention]):
    """What a sentence opening on "he" or "she" says the person is, for the one person the sentence before names ("Ana
    Ruiz was shot on Monday. She was a reporter for El Diario."): the pronoun must agree with the person, and be the
    subject of the sentence's own verb, not of what someone said ("Police said he was a gang member")."""
    sentences = list(doc.sents)
    for before, sent in zip(sentences, sentences[1:]):
        named = {chains.of[(m.start, m.end)] for m in people if before.start_char <= m.start < before.end_char}
        for tok in sent:
            if tok.lower_ in FEMALE_PRONOUNS | MALE_PRONOUNS and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ROOT" \
                    and len(named) == 1 and not {"m": FEMALE_PRONOUNS, "f": MALE_PRONOUNS}.get(chains.sex[(one := next(iter(named)))], set()) & {tok.lower_}:
                yield from ((one, words) for words in _predicates(tok.head, text))


def _missed_names(doc, mentions: list[Mention], surnames: set[str]) -> list[Mention]:
    """Names of people the model did not tag as people, for the chains alone (never new mentions of the document): a
    full name of two or three capitalised proper nouns the model gave no other type ("Gunmen killed Ana Ruiz in
    Tijuana"), and a lone surname of someone named in full, tagged as nothing, a noun or an organization ("Ronald Soto
    … Soto, a former army lieutenant"; "Reyes worked as a correctional officer"). A name the gazetteer, a place, a
    group or an agency holds is left alone."""
    if doc is None or not doc.has_annotation("TAG"):
        return []
    full = []
    for tok in doc:
        if not name_word(tok) or tok.i + 1 < len(doc) and name_word(doc[tok.i + 1]):
            continue  # the last word of a run of proper nouns
        run = [tok]
        while run[0].i > 0 and name_word(doc[run[0].i - 1]) and len(run) < 4:
            run.insert(0, doc[run[0].i - 1])
        if len(run) in (2, 3) and all(t.ent_type_ in ("", "PERSON") for t in run) \
                and not any(m.start < tok.idx + len(tok) and run[0].idx < m.end for m in mentions):
            full.append(run)
    surnames = surnames | {fold(run[-1].text) for run in full}
    bare = [[t] for t in doc if t.tag_ in ("NN", "NNP") and t.is_title and fold(t.text) in surnames
            and not any(name_word(doc[j]) for j in (t.i - 1, t.i + 1) if 0 <= j < len(doc))
            and not any((m.kind in ("person", "place", "group", "agency") or m.origin != "model") and m.start < t.idx + len(t) and t.idx < m.end
                        for m in mentions)]
    text = doc.text  # built anew from the tokens on every access: read it once
    return [Mention(run[0].idx, run[-1].idx + len(run[-1]), text[run[0].idx : run[-1].idx + len(run[-1])], "PERSON", "person", "chain")
            for run in full + bare]


def name_word(tok) -> bool:
    return tok.tag_ == "NNP" and tok.is_alpha and tok.text[:1].isupper() and not tok.text.isupper() and len(tok.text) > 1


# The words a story uses for the one a happening hurt, with no name: "the victim", "the deceased", "el fallecido", "la víctima"
_THE_VICTIM = {"victim", "deceased", "víctima", "fallecido", "fallecida", "occiso", "occisa", "difunto", "difunta"}


def _of_the_victim(doc, text: str, chains: Chains) -> list[str]:
    """What the story's verbs of being or serving say of "the victim" ("The victim worked as a taxi driver", "El fallecido
    trabajaba como guardia penitenciario"), and whom it is identified as: the one victim's descriptions, once
    ``settle`` knows there is one."""
    the_victim = [tok for tok in doc if tok.lower_ in _THE_VICTIM and any(c.dep_ == "det" and c.lower_ in _ONE_DEFINITE for c in tok.children)]
    return [words for tok in the_victim if tok.dep_ in ("nsubj", "nsubjpass") for words in _predicates(tok.head, text)] \
        + [_before_clause(text[slice(*_phrase(c))]) for tok in the_victim for c in tok.children
           if c.dep_ == "appos" and c.tag_.startswith("NN") and not chanced(c)] \
        + [words for tok in the_victim for words in _identified_as(tok, text, chains)]  # "The victim, a retired police officer, had received threats"


_IDENTIFIED = {"identified", "identificado", "identificada", "identificados", "identificadas"}
_AS = {"as", "como"}


def _identified_as(tok, text: str, chains: Chains) -> list[str]:
    """What "the victim" is identified as, and what the document says of the person so named: "The victim was
    identified as Jorge Ramos, a municipal police officer", "Police identified the victim as a 45-year-old store owner",
    "La víctima fue identificada como Jorge Ramos, agente de la policía" (and "Ramos had served in the Army" later)."""
    verb = tok.head
    if verb.lower_ not in _IDENTIFIED or tok.dep_ not in ("nsubjpass", "dobj", "obj") or chanced(verb):
        return []
    named = [o for c in verb.children if c.dep_ == "prep" and c.lower_ in _AS for o in c.children if o.dep_ == "pobj"] \
        + [c for c in verb.children if c.dep_ in ("obl", "dobj", "obj") and c is not tok and any(m.lower_ in _AS for m in c.children)]
    out = []
    for o in named:
        out.append(_before_clause(text[slice(*_phrase(o))]))
        out += [_before_clause(text[slice(*_phrase(c))]) for c in o.children if c.dep_ == "appos" and c.tag_.startswith("NN")]
        out += [w for c in o.children if c.dep_ == "relcl" and any(d.dep_.startswith("nsubj") and d.lower_ in ("who", "quien") for d in c.children)
                for w in _predicates(c, text)]  # "Jorge Ramos, who worked as a taxi driver"
        chain = next((c for (start, end), c in chains.of.items() if start <= o.idx < end), None)
        out += chains.descriptions[chain] if chain is not None else []
    return out


def _join(chains: Chains, words: frozenset[str], start: int, people: list[Mention]) -> int:
    """The chain a written name belongs to: the last one whose name holds it or is held by it (the fuller name
    kept), else a new one. Two full names that differ ("Amelia Ruiz", "Pedro Ruiz") are two chains, and a lone
    surname after both is neither's ("Prosecutor Ana Ruiz … Pedro Ruiz … Ruiz was charged"): a chain of its own, so
    that no one takes the other's description."""
    if len(words) == 1 and len([names for names in chains.names if words < names]) > 1:
        alone = sorted(i for i in chains.shared if chains.names[i] == words) or [chains.new(words)]
        chains.shared.add(alone[-1])
        return alone[-1]
    if words:
        for i in reversed(range(len(chains.names))):
            names = chains.names[i]
            if i in chains.shared and names != words:
                continue  # a full name does not take the surname it shares with another
            if words <= names or names <= words:
                chains.names[i] = names | words
                return i
        if len(words) == 1:  # a headline's surname before the full name: "Ruiz charged. Police arrested Pedro Ruiz"
            later = [name_words(p.text) for p in people if p.start > start and words < name_words(p.text)]
            if len(set(later)) == 1:
                return chains.new(later[0])
    return chains.new(words)


def _sex_of(words: str) -> str | None:
    female, male = _FEMALE.search(words), _MALE.search(words)
    if female and male:
        return "f" if female.start() < male.start() else "m"
    return "f" if female else "m" if male else None


def descriptions(doc, text: str, m: Mention) -> list[str]:
    """What the document writes on one mention of a person: its apposition, its title (before the name or inside the
    mention, the words before its last two), and what its verb of being or serving says of it."""
    out = [title_in(m.text, doc.lang_ if doc is not None else "en")]  # a title the model took into the name: "Congresswoman Ana Ruiz"
    after = _DESCRIPTOR.match(text, m.end)
    if after:
        out.append(_before_clause(after.group(1)))
    span = doc.char_span(m.start, m.end, alignment_mode="expand") if doc is not None else None
    if span is None:
        return out
    root = span.root
    left = root.left_edge.i if root.left_edge.i < span.start else _words_before(doc, span.start)
    if left < span.start and not _ORGANISATION.fullmatch(text, doc[left].idx, m.start):
        out.append(text[doc[left].idx : m.start])  # "Trooper Juan Ruiz", "Air Force veteran Ana Díaz"
    if root.dep_ == "appos" and root.head.i < span.start:  # "the victim, Ana Díaz"
        out.append(text[slice(*_phrase(root.head))])
    out += [text[slice(*_own_phrase(c))] for c in root.children if c.dep_ == "appos" and c.i > root.i and c.tag_.startswith("NN")]
    out += [w for c in root.children if c.dep_ == "relcl" and any(d.dep_.startswith("nsubj") and d.lower_ in ("who", "quien") for d in c.children)
            for w in _predicates(c, text)]  # "Khan, who owned the corner store, died"
    if root.dep_ in ("nsubj", "nsubjpass"):
        out += _predicates(root.head, text)
    elif root.dep_ == "appos" and root.head.dep_ in ("nsubj", "nsubjpass"):
        out += _predicates(root.head.head, text)  # "the victim, Luis Ortega, was a teacher"
    return [" ".join(w.split()) for w in out if w.strip()]


def _words_before(doc, start: int) -> int:
    """Where the words written on a name just before it start when the parse left them off it ("The exiled
    Venezuelan dissident Ronald Ojeda was abducted", the noun read as an adjective): adjectives, participles, common
    nouns and a nationality, with no verb, punctuation or other name among them."""
    i = start
    while i > 0 and (doc[i - 1].tag_ in ("JJ", "NN", "VBN") or doc[i - 1].ent_type_ == "NORP" and doc[i - 1].tag_ in ("NNP", "JJ")):
        i -= 1
    return i


_CATEGORISED = VIOLENT - {"prison"}  # the types that have a target category (docs/annotation.md §2.4)
_ONE_DEFINITE = {"the", "this", "that", "el", "la", "este", "esta", "ese", "esa", "dicho", "dicha"}


def _family(etype: str) -> str:
    return "violence" if etype in ("killing", "attack") else etype  # a shooting the story later tells as a killing


def settle(found: list[dict], text: str, chains: Chains, lede_end: int) -> None:
    """The target categories of a document's events, read off the whole document: the one person a story names as
    the victim of a kind of happening takes the descriptions the story gives that victim elsewhere ("Ana Ruiz was
    found dead … the man who killed the young Navy sailor"); a named or pronoun target takes its chain's category
    where its own words give none; and a happening told with no target takes the category of the one victim the
    story names for it when it is that happening told again (in the headline or lede, or "the murder"), else
    "civilian", the guideline's "anyone else". A definite description describes the one victim only where its
    happening is told as having happened ("planned to murder the military official" is another, unnamed person). A
    chain's membership of a group, which the document may tell with a negation, a hedge or of another person, never
    makes its target a rival group here."""
    victims: dict[str, set[int]] = {}
    for f in found:
        if f["type"] in _CATEGORISED and (chain := chains.chain(f["target_mention"])) is not None:
            victims.setdefault(_family(f["type"]), set()).add(chain)
    several = any(f["type"] in _CATEGORISED and (t := f["target_tok"]) is not None and (t.tag_ == "NNS" or t.conjuncts) for f in found)
    if len(hurt := set().union(*victims.values())) == 1 and not several:  # "Ana Ruiz was shot … The victim worked as a bus driver"
        for words in chains.of_the_victim:
            chains.describe(next(iter(hurt)), words)
    elif not hurt and not several:
        _one_unnamed(found, chains, text)
    for f in found:
        one = victims.get(_family(f["type"]), set())
        tok = f["target_tok"]
        if f["type"] in _CATEGORISED and f["modality"] in _TOLD and len(one) == 1 and chains.chain(f["target_mention"]) is None \
                and tok is not None and tok.tag_ == "NN" \
                and any(c.dep_ == "det" and c.lower_ in _ONE_DEFINITE for c in tok.children):
            chains.describe(next(iter(one)), " ".join([text[slice(*_phrase(tok))]] + [text[slice(*_phrase(c))] for c in tok.children if c.dep_ == "appos"]))
    for f in found:
        if f["type"] not in _CATEGORISED or f["subtype"] == "armed clash":
            continue
        one = victims.get(_family(f["type"]), set())
        if f["target"] is not None and f["target_category"] == "civilian":
            f["target_category"] = chains.category(chains.chain(f["target_mention"])) or _described_before(text, f["target_tok"], chains.language) \
                or (_robbed(f, text, chains.language) if f["type"] == "robbery" and f["target_mention"] is None else None) or "civilian"
        elif f["target"] is not None and f["target_category"] in _SERVING and chains.chain(f["target_mention"]) is None:
            f["target_category"] = _described_before(text, f["target_tok"], chains.language) or f["target_category"]  # "the officer"
        elif f["target"] is None and f["target_category"] is None and f["modality"] in _TOLD:
            f["target_category"] = _untargeted(f, found, text, chains, one, lede_end)


_TOLD = {"asserted", "alleged"}
_ONE_INDEFINITE = {"a", "an", "un", "una"}


def _one_unnamed(found: list[dict], chains: Chains, text: str) -> None:
    """A story whose one victim is never named takes what it says of "the victim" for that person ("A man was shot …
    The victim, a Marine stationed at Camp Pendleton,"), or of the same noun told again ("The man, a bus driver,",
    ``told_again``): only a target written as one indefinite person ("a man", "un
    hombre") its own words leave civilian, and only where every such target of the story is the same phrase."""
    unnamed = [f for f in found if f["type"] in _CATEGORISED and f["target_mention"] is None and (tok := f["target_tok"]) is not None
               and tok.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in _ONE_INDEFINITE for c in tok.children)]
    again = told_again(unnamed[0]["target_tok"], text) if unnamed else []  # "A man was shot … The man, a bus driver,"
    said = [c for words in chains.of_the_victim + again if (c := _category_of(words, chains.language)) is not None]
    if not said or len({f["target"] for f in unnamed}) != 1:
        return
    for f in unnamed:
        if f["target_category"] == "civilian":
            f["target_category"] = min(said, key=PRECEDENCE.index)

# Whom a thing was stolen from: "stolen from the city government", "a burglary of a funeral home", "reported stolen by
# the owner of a landscaping firm", "robado de una tienda"
_ROBBED = re.compile(r"(?:\bfrom|\b(?:robbery|burglary|theft|break-in|robo|asalto|hurto)\s+(?:of|at|de|del|en)|\bowners?\s+of|\bdueñ[oa]s?\s+de|"
                     r"\b(?:robad[oa]s?|hurtad[oa]s?|sustraíd[oa]s?)\s+(?:de|a|en))\s+((?:[\w'’.&-]+\s+){0,5}[\w'’.&-]+)", re.I)


def _robbed(f: dict, text: str, language: str) -> str | None:
    """A robbery whose target is the thing taken ("$100 in cash was stolen"): the category of whom the sentence says
    it was taken from."""
    tok = f["target_tok"]
    if tok is not None and (tok.tag_ in ("PRP", "PRP$") or tok.ent_type_ == "PERSON"):
        return None
    return next((c for m in _ROBBED.finditer(text, *f["sentence"]) if (c := _category_of(m.group(0), language))), None)
_REACH = 3000  # characters back where a definite description's first telling is looked for


def _described_before(text: str, tok, language: str) -> str | None:
    """The category of a definite description ("the veteran", "the deputy") from the last phrase before it in the
    document with the same head noun ("an 83-year-old Air Force veteran", "Sheriff's Deputy Ana Ruiz")."""
    if tok is None or tok.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ in _ONE_DEFINITE for c in tok.children):
        return None
    before = None
    for before in re.finditer(rf"(?:[\w'’.-]+\s+){{1,4}}{re.escape(tok.text)}\b", text[max(0, tok.idx - _REACH) : tok.idx], re.I):
        pass
    return _category_of(before.group(0), language) if before else None


def _untargeted(f: dict, found: list[dict], text: str, chains: Chains, one: set[int], lede_end: int) -> str | None:
    """The category of a happening its sentence tells with no target: the premises it struck ("a grenade exploded at
    the door of a bakery") or the one whose body it reached ("a knife held to a taxi driver's throat"); in the headline or lede, the story's one named victim's; a victim the sentence speaks of
    ("at the time of the assault the victim posed no threat"): a civilian; a Spanish passive
    that drops its subject, the person the sentence before describes, else the one whose death or harm it told; told again ("the killing", after the story
    told one) none, as the first telling holds it; another happening ("another attack") none; an attack noun that
    tells no one it struck ("the October 7 attack") none (``struck``); else "civilian". A happening noun that modifies another is a kind of crime ("kidnapping rackets"), unless the noun it modifies is one
    happening ("a stabbing spree", "a shooting incident"; not "the kidnapping incidents", many)."""
    start, (s_start, s_end) = f["trigger"][0], f["sentence"]
    tok = f.get("tok")
    if ANOTHER.search(text, max(s_start, start - 60), start) or tok is not None and f["noun"] and (
            tok.dep_ in ("compound", "conj", "nmod", "amod") and not any(c.dep_ in ("det", "poss", "nummod") for c in tok.children)
            and not _of_one_happening(tok) or any(c.dep_ == "conj" and c.lower_ in _RACKETS for c in tok.children)):
        return None  # another happening, or a kind of crime ("ran kidnapping and extortion rackets")
    if (category := premises_struck(text, (s_start, s_end), chains.language)) is not None:
        return category
    if chains.language == "es" and tok is not None and not f["noun"] and _passive_alone(tok):
        if (dropped := _dropped_subject(tok, text, chains, s_start)) is not None:
            return chains.category(dropped) or "civilian"
        before = text.rfind(".", 0, max(0, s_start - 2)) + 1
        if len(dead := list(_OF_THE_DEAD.finditer(text, before, s_start))) == 1:
            return _category_of(dead[0].group(1), chains.language) or "civilian"  # "condenó el crimen de un periodista. Fue asesinado"
    anyone = None if struck_no_one(f, text, (s_start, s_end)) else "civilian"  # "the October 7 attack": no one it struck is told
    story = chains.category(next(iter(one))) or "civilian" if len(one) == 1 else anyone
    if s_start < lede_end:
        return story
    if _VICTIM.search(text, s_start, s_end):
        return "civilian"
    if DEFINITE.search(text, max(0, start - 30), start) and not (tok is not None and f["noun"] and any(
            c.dep_ == "det" and c.lower_ in _ONE_INDEFINITE for c in tok.children)):  # "This was a massacre": a new telling
        told = any(_family(g["type"]) == _family(f["type"]) and g["sentence"][1] <= s_start for g in found)
        return None if told else story
    return anyone


# The nouns a happening noun may modify as one happening of its kind, not a kind of crime: "a stabbing spree"
# (singular only: "the kidnapping incidents this year" are many happenings of a kind, not one)
_HAPPENING_HEADS = {"spree", "rampage", "incident", "attack", "incidente", "ataque"}


def _of_one_happening(tok) -> bool:
    """Whether a happening noun modifying another tells one happening: the noun it modifies is one ("a stabbing
    spree", "the shooting incident"), with its article, possessor or number."""
    head = tok.head
    return tok.dep_ in ("compound", "amod", "nmod") and head.lower_ in _HAPPENING_HEADS and any(c.dep_ in ("det", "poss", "nummod") for c in head.children)


def _dropped_subject(tok, text: str, chains: Chains, s_start: int) -> int | None:
    """The person named as the subject of the sentence before a Spanish passive that drops its subject ("Juan Pérez
    era policía. Fue asesinado el domingo"): Spanish leaves out a subject the sentence before gave. Only when that
    sentence describes the one person it names, and speaks of no victim."""
    before = text.rfind(".", 0, max(0, s_start - 2)) + 1
    named = {chain for (start, end), chain in chains.of.items() if before <= start and end <= s_start}
    found = {chain for (start, end), chain in chains.of.items() if before <= start and end <= s_start
             and (span := tok.doc.char_span(start, end, alignment_mode="expand")) is not None and _describes(span.root)}
    if len(named) != 1 or len(found) != 1 or _VICTIM.search(text, before, s_start) or _OF_THE_DEAD.search(text, before, s_start):
        return None  # another person, or a victim, the sentence before speaks of may be the one killed
    return next(iter(found))


def _passive_alone(tok) -> bool:
    return any(c.dep_ == "auxpass" for c in tok.children) and not any(c.dep_.startswith("nsubj") for c in tok.children)


# The one whose death or harm a sentence speaks of ("condenó el crimen de un periodista", "el hallazgo del cuerpo de un
# comerciante"): the one a next sentence's passive with no subject is about ("Fue asesinado a tiros")
_OF_THE_DEAD = re.compile(r"\b(?:crimen|asesinato|homicidio|muerte|ejecuci[oó]n|cuerpo|cad[aá]ver|restos|secuestro|desaparici[oó]n|"
                          r"ataque contra)\s+(?:de|del|a)\s+((?:[\w]+\s+){0,2}[\w]+)", re.I)


def _describes(root) -> bool:
    """Whether a mention is the subject of a clause about the person ("Pérez era policía", "La periodista López
    cubría temas de seguridad"), not of a verb of saying, reporting or condemning, whose subject is not the one the
    next sentence's passive is about ("El gobernador condenó el crimen de un periodista. Fue asesinado")."""
    while root.dep_ in ("appos", "compound", "flat") and root.head.i != root.i:
        root = root.head
    verb = root.head
    return root.dep_ in ("nsubj", "nsubjpass") and verb.lower_ not in _TELLING and verb.lemma_.lower() not in _CONDEMNING


_TELLING = LEXICONS["es"]["cues"] | LEXICONS["es"]["denial"] | LEXICONS["es"]["allegation"]
_CONDEMNING = {"condenar", "lamentar", "repudiar", "reprobar", "deplorar", "reportar", "denunciar", "informar", "anunciar",
               "confirmar", "exigir", "pedir", "ordenar", "investigar", "identificar"}  # and who investigates or names the dead

_VICTIM = re.compile(r"\b(?:victims?|v[ií]ctimas?)\b", re.I)
