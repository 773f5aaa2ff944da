"""Whom a description stands for, where the parse hangs the act on the description rather than on the one it
describes.

- A reduced relative after another one shares its noun: in "a national convicted of drug trafficking, apprehended in
  Texas" the parse hangs "apprehended" on "trafficking", but what a legal step takes is a person, the national
  (``shared_noun``).
- A target that is a class of groups is told by the groups it lists: "designated eight cartels …, including Tren de
  Aragua and MS-13" designated those two (``listed_groups``).
- A description set off after a name is that person's: in "Ana Soto — a fugitive wanted on robbery charges — was
  arrested" or "**Luis Vera**, a national and confirmed gang member, convicted of …" the one arrested or convicted is
  the one named (``described_name``). The words between the name and the description may only describe (articles,
  adjectives, nouns, "and", "of", a participle before its noun: "confirmed"); a verb, a relative pronoun or a second
  comma ends it ("Soto, who shot a man": the man is no description of Soto).
- A person the headline or lede leaves unnamed ("Springfield man charged in robbery") is the one the story names for
  the same kind of happening (``named_in_the_story``), as is the one a headline's happening told by a noun alone befell
  ("Santa Clara murder still haunts family").
- An active legal verb cut off from its object by a link's blanked address takes the name after it (``cut_off``),
  and a subjectless list item the noun it opens with, where the parse made it a modifier of the participle
  (``fragment_noun``: "- A Mexican national [convicted](…) of drug trafficking, apprehended in Texas").
- People a reduced relative of belief describes did the act the parse hung on it: "Gunmen believed to be members of
  the Gulf Cartel killed two officers" (``believed_subject``).
"""

from __future__ import annotations

import re

from ...models import Mention
from ..event_lexicon import BELIEF, LEGAL
from ..ties import TIED
from .arguments import _HURT, _phrase
from .chains import _sex_of
from .words import triggers

_PARTICIPLES = ("VBN", "VBD")
_UP_TO_THE_OFFENCE = {"pobj", "prep", "pcomp", "dobj", "conj", "compound", "amod", "nmod"}  # "of sexual exploitation of a minor"
# After a name (and the blanks of its bold type): a comma or a dash, then the describing words
_SET_OFF = re.compile(r"\s*(?:,|\s?[—–]|\s?--)\s+(?!(?:and|or|but|while|y|o|pero)\b)([^,;:()\[\]—–]{0,100})$", re.I)  # "Smith, and a woman": two
_DESCRIBING = {"DT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CC", "CD", "HYPH", "NFP", "POS", "IN", "ADD", "_SP"}
_REACH = 120  # characters from the end of a name to the description of it


def shared_noun(participle, etype: str):
    """The noun a legal step's reduced relative describes: the parse's head, unless that head lies inside the
    offence of an earlier reduced relative ("a national convicted of drug trafficking, apprehended in Texas"), whose
    noun it then shares."""
    head = participle.head
    if etype not in LEGAL:
        return head
    node = head
    for _ in range(8):
        if node.dep_ not in _UP_TO_THE_OFFENCE or node.head.i == node.i:
            return head
        node = node.head
        if node.dep_ == "acl" and node.tag_ in _PARTICIPLES and node.i < participle.i:
            return node.head
    return head


def cut_off(verb) -> bool:
    """Whether an active verb in the past is cut off from its object by a blank (a link's address blanked, a line
    break): "the Government [extradited](…) Nestor Perez", where the parse, thrown by the blank, hangs the verb on the
    name as an adjective."""
    after = next((t for t in verb.doc[verb.i + 1 : verb.i + 4] if not t.is_space), None)
    return verb.tag_ in _PARTICIPLES and verb.i + 1 < len(verb.doc) and verb.nbor(1).is_space \
        and not any(c.dep_ in ("auxpass", "dobj") for c in verb.children) \
        and after is not None and after.tag_ in ("NNP", "NNPS", "NN", "NNS", "DT", "CD", "PRP")  # not "[convicted](…) of drug trafficking"


def fragment_noun(verb):
    """The noun a subjectless list item opens with, where the parse hung it on the item's participle as a modifier
    ("- A Mexican national convicted of drug trafficking, apprehended in Texas.": the national, for both steps), or
    None."""
    for v in (verb, verb.head if verb.dep_ in ("advcl", "conj") and verb.head.i < verb.i else None):
        if v is None or v.tag_ not in _PARTICIPLES or any(c.dep_.startswith("nsubj") or c.dep_ == "aux" for c in v.children):
            continue
        left = next((c for c in v.children if c.i < v.i and c.dep_ in ("amod", "dep", "npadvmod", "nmod")
                     and c.tag_ in ("NN", "NNS", "NNP", "JJ")), None)
        if left is not None:
            return left
    return None


def described_name(mentions: list[Mention], text: str, tok) -> Mention | None:
    """The person named just before a description that is the target's words ("Ana Soto — a fugitive wanted on
    robbery charges — was arrested": Ana Soto), in the same sentence, with nothing but describing words between."""
    start = _phrase(tok)[0]
    sent = tok.sent
    named = [m for m in mentions if m.kind == "person" and sent.start_char <= m.start and m.end <= start and start - m.end <= _REACH]
    if not named:
        return None
    m = max(named, key=lambda x: x.end)
    if not _SET_OFF.match(text, m.end, start):
        return None
    between = [t for t in sent if m.end <= t.idx and t.idx + len(t) <= start and not t.is_punct]
    return m if all(_describes(t) for t in between) else None


def _describes(t) -> bool:
    """Whether a word between a name and a noun can only describe: not a verb (but a participle before its noun,
    "confirmed gang member"), not a pronoun or a relative."""
    if t.tag_ in _PARTICIPLES:
        nxt = next((n for n in t.doc[t.i + 1 : t.i + 3] if not n.is_space), None)
        return nxt is not None and nxt.tag_[:2] in ("NN", "JJ", "CD")
    return t.tag_ in _DESCRIBING or t.is_space


def named_in_the_story(found: list[dict], chains, lede_end: int, family) -> None:
    """A person the headline or lede describes without a name ("Springfield man charged in robbery", "A 30-year-old
    woman was shot Friday") is the one the story names as the target of the same kind of happening further on, when
    it names one person only (``family``: the kind of a type) in the sentences after it, the lede describes no other
    person for that kind of happening, and the two descriptions do not disagree (nor the sex their words give); the
    words stay the description, the mention is the person."""
    unnamed = [f for f in found if f["sentence"][0] < lede_end and f["target_mention"] is None and ((tok := f["target_tok"]) is not None
               and tok.tag_ == "NN" and not tok.ent_type_ or _one_told_alone(f))]
    for f in unnamed:
        if any(family(g["type"]) == family(f["type"]) and not _agree(g["target_category"], f["target_category"]) for g in unnamed):
            continue  # two people the lede leaves unnamed ("a guard", "a customer"): which one the story names is not said
        later = [g["target_mention"] for g in found if g["sentence"][0] > f["sentence"][0] and family(g["type"]) == family(f["type"])
                 and chains.chain(g["target_mention"]) is not None]
        if not later or len({chains.chain(m) for m in later}) > 1 or f["target_tok"] is None and any(
                family(g["type"]) == family(f["type"]) and _several(g) for g in found):
            continue  # a happening told alone that befell several ("Gunmen abducted Ana Ruiz and Pedro Soto"): not one of them
        chain, sex = chains.chain(later[0]), _sex_of(f["target_tok"].text) if f["target_tok"] is not None else None
        if _agree(f["target_category"], chains.category(chain)) and (sex is None or chains.sex[chain] in (None, sex)):  # "a woman" is no Mr. Lane
            f["target_mention"] = later[0]


def _several(g: dict) -> bool:
    """Whether a happening's sentence tells it befell more than one person: a plural or coordinated target ("Ana Ruiz
    and Pedro Soto"), or a verb of harm coordinated with its trigger that takes one of its own ("Gunmen killed Pedro
    Soto and wounded his brother"), whether or not it was read as an event."""
    if (t := g["target_tok"]) is not None and (t.tag_ == "NNS" or t.conjuncts):
        return True
    return any(any(c.dep_ in ("dobj", "obj", "nsubjpass") for c in v.children) and (v.lower_ in _HURT or any(
        kind in _TOLD_ALONE for _, _, kind, _ in triggers(v.text, v.doc.lang_))) for v in g["tok"].conjuncts if v.tag_.startswith("VB") or v.pos_ == "VERB")


def _one_told_alone(f: dict) -> bool:
    """Whether a headline or lede tells one violent happening by a noun with no one it befell ("Santa Clara murder
    still haunts family"): the story names whom further on."""
    return f["target"] is None and f["target_tok"] is None and f["type"] in _TOLD_ALONE and f["noun"] and f["tok"].tag_ == "NN"


_TOLD_ALONE = {"killing", "attack", "abduction", "disappearance"}


def _agree(one: str | None, other: str | None) -> bool:
    """Whether two descriptions' categories may be one person's: "a security guard" is not "Juan Perez, a former
    soldier"; a description that says nothing more than a civilian's may be anyone's."""
    return one in (None, "civilian") or other in (None, "civilian") or one == other


# A class of groups told by its examples: "eight cartels …, including Tren de Aragua and MS-13", "gangs such as MS-13"
_CLASS = re.compile(r"(?:cartels|gangs|groups|organi[sz]ations|factions|syndicates|networks|militias|c[aá]rteles|pandillas|bandas|"
                    r"grupos|organizaciones)$", re.I)
_EXAMPLES = re.compile(r"\b(?:including|such as|among them|among which|incluid[oa]s|entre ell[oa]s|como):?\s+", re.I)
_LIST_GAP = re.compile(r"[\s,;]*(?:(?:and|or|as well as|y|e|o)\s+)?(?:(?:the|el|la|los|las)\s+)?", re.I)
_EXAMPLE_REACH = 300  # characters from the class to its examples


def listed_groups(mentions: list[Mention], text: str, tok) -> list[tuple[Mention, tuple[int, int]]]:
    """The named groups a target that is a class of groups gives as its examples ("designated eight cartels as
    Foreign Terrorist Organizations, including Tren de Aragua and MS-13"), or a class of people gives as the groups
    of some of them ("arrested 214 criminals, including violent MS-13 and Tren de Aragua gang members"): each with
    the words from "including" to it, where a hedge would be read. Only an unbroken list right after the marker:
    "including", for people a number or a describing word or two, then group names joined by commas and "and",
    and for people a word for a group's people right after the last."""
    people = tok.tag_ == "NNS" and not _CLASS.search(tok.text)
    if not tok.tag_.startswith("NNS") or not (_CLASS.search(tok.text) or people):
        return []
    marker = _EXAMPLES.search(text, tok.idx + len(tok), min(tok.sent.end_char, tok.idx + _EXAMPLE_REACH))
    if marker is None:
        return []
    groups = sorted((m for m in mentions if m.kind == "group" and m.key and marker.end() <= m.start < tok.sent.end_char), key=lambda m: m.start)
    out, at = [], marker.end()
    for m in groups:
        if not (_LIST_GAP.fullmatch(text, at, m.start) or people and not out and _DESCRIBED_GAP.fullmatch(text, at, m.start)):
            break
        out.append((m, (marker.start(), m.end)))
        at = m.end
    if people and not (out and _THEIR_PEOPLE.match(text, at)):
        # "214 criminals, including violent MS-13 and Tren de Aragua gangbangers"; not "people, including MS-13's victims";
        # else a list of people by their roles: "cartel leaders, including: co-founder of the Guadalajara Cartel …"
        return _roster(groups, text, marker)
    return out


# The people a step took, told as tied to a group the text refers back to ("people they say are affiliated with the
# gang", "men linked to the cartel"): the group's words, for the group named before to stand in
# (ties.py's verbs of a tie without its "allied" and "related": kept out, as before, since a reference back through them
# is a change of behaviour no one has measured)
_TIED_BACK = re.compile(r"\b(?:" + TIED + r")\s+(?:\w+\s+)?(?:with|to)\s+", re.IGNORECASE)
_THE_GROUP = re.compile(r"(?:the|this|that)\s+(?:same\s+)?(?:criminal\s+|street\s+)?(?:gang|group|cartel|organi[sz]ation|network|syndicate)\b",
                        re.IGNORECASE)


def tied_back(text: str, start: int, end: int):
    """The words "the gang" (a match) in a phrase of people "affiliated with the gang", between ``start`` and
    ``end``; None where the phrase ties them to no group it refers back to ("people tied to the city council")."""
    for link in _TIED_BACK.finditer(text, start, end):
        if (found := _THE_GROUP.match(text, link.end(), end)) is not None and not re.match(r"['’]s|\s+(?:of|in)\b", text[found.end() : found.end() + 4]):
            return found
    return None


# People a step takes "from" a group, where the parse hangs the "from" on the verb: "sanctioned two individuals from the
# March 23 Movement", "arrested three men from MS-13"; never those a group held or harmed ("hostages", "victims"),
# nor a verb that takes someone away from the group ("rescued two women from MS-13", "fled from the cartel")
_ANYONE = re.compile(r"men|women|people|persons|individuals|youths|teenagers|suspects|members|leaders|operatives|associates|figures", re.IGNORECASE)
_AWAY_FROM = re.compile(r"rescu\w*|free\w*|releas\w*|sav\w*|remov\w*|expel\w*|separat\w*|tak\w*|took|stol\w*|protect\w*|shield\w*|"
                        r"fle\w*|escap\w*|defect\w*|recover\w*|snatch\w*|pull\w*|kidnap\w*|abduct\w*|recruit\w*", re.IGNORECASE)
_FROM = re.compile(r"\s+from\s+(?:the\s+)?")
# What may follow the name, so that it ends the people's phrase: not "three men from the MS-13 task force"
_NAME_ENDS = re.compile(r"(?:[\s-]+(?:gang|cartel|clique|faction|group|movement)s?)?\s*(?:$|[,.;:)\n—–]|(?:and|or|who|that|in|on|at|"
                        r"since|until|to|for|during|after|before|when|last|this|earlier|yesterday|today)\b)", re.IGNORECASE)


def from_the_group(mentions: list[Mention], text: str, tok) -> list[tuple[Mention, tuple[int, int]]]:
    """The group people a step takes come "from" where the parse hung the "from" on the verb (``_ANYONE``), with
    the people's words and the name as its phrase, so that a hedge before them ("two suspected men") is read."""
    if tok.lang_ != "en" or not _ANYONE.fullmatch(tok.text) or tok.dep_ not in ("dobj", "nsubjpass") or _AWAY_FROM.fullmatch(tok.head.text):
        return []
    start, end = tok.left_edge.idx, tok.idx + len(tok)
    at = _FROM.match(text, end)
    if at is None or not any(c.dep_ == "prep" and c.lower_ == "from" and c.idx == at.start() + at.group(0).index("from") for c in tok.head.children):
        return []
    first = next((m for m in mentions if m.kind == "group" and m.key and m.start == at.end()), None)
    out, last = [(first, (start, first.end))] if first is not None else [], first  # "the March 23 Movement and Mai-Mai Yakutumba": both
    for m in sorted((m for m in mentions if m.kind == "group" and m.key and first is not None and m.start > first.end), key=lambda m: m.start):
        if not _LIST_GAP.fullmatch(text, last.end, m.start):
            break
        out.append((m, (start, m.end)))
        last = m
    return out if last is not None and _NAME_ENDS.match(text, last.end) else []


# A round-up's list of the people a step took, each told by a role in a group: "co-founder of the Guadalajara Cartel",
# "Cartel de Noreste (CDN) Leader", "CJNG Plaza Boss in Colima", "cabecilla del Cártel del Golfo"
_ROLE = (r"(?:co-?founders?|founders?|leaders?|(?:plaza )?boss(?:es)?|commanders?|heads?|lieutenants?|members?|operatives?|"
         r"gunm[ae]n|hit ?m[ae]n|sicarios?|pistoleros?|cabecillas?|l[ií]der(?:es)?|jef(?:e|es|a)|(?:co)?fundador(?:es|a)?|integrantes?|miembros?)")
_ROLE_BEFORE = re.compile(rf"\b{_ROLE}\s+(?:of|de|del)\s+(?:(?:the|el|la|los|las)\s+)?$", re.I)
_ROLE_AFTER = re.compile(rf"\)?(?:\s*\([A-Z]{{2,6}}\))?\s+(?:(?:top|senior|regional|high-ranking)\s+)?{_ROLE}\b", re.I)


def _roster(groups: list[Mention], text: str, marker) -> list[tuple[Mention, tuple[int, int]]]:
    """The groups of a list of people given by their roles in them, after "including" ("arrested several prominent
    cartel leaders, including: co-founder of the Guadalajara Cartel …, CJNG Plaza Boss in Colima …"): each group a
    role word holds, before it ("co-founder of") or after it ("CJNG co-founder"), where the role heads a list item of
    its own; a group named otherwise in the list ("a rival of MS-13", "a nephew of a Sinaloa Cartel boss", "a man who
    killed two members of MS-13") is none of the people's, nor one a person has left ("a former leader of MS-13")."""
    out = []
    for m in groups:
        before = _ROLE_BEFORE.search(text, max(marker.end(), m.start - 40), m.start)
        role_at = before.start() if before else m.start if _ROLE_AFTER.match(text, m.end) else None
        if role_at is not None and _heads_an_item(text, marker.end(), role_at):
            out.append((m, (marker.start(), m.end)))
    return out


# Where a list item opens: the marker, a comma, a semicolon, a bullet or a line break, "and", "or"
_ITEM_OPENS = re.compile(r"(?:[,;:•\n]|\b(?:and|or|as well as|y|e|o)\b)\s*[-–—*]?\s*", re.I)
# Words that put a role inside a larger phrase (a relation, a relative clause, a preposition) or in the past
_NOT_AN_OPENING = re.compile(r"of|de|del|who|whom|whose|which|that|que|quien(?:es)?|cuy[oa]s?|as|como|for|para|with|con|against|contra|by|"
                             r"por|to|from|than|was|were|is|are|been|being|fue|era|es|once|former|formerly|ex-?|onetime|one-time|erstwhile|"
                             r"antigu[oa]s?|otrora", re.I)


_SPELLED_OUT = re.compile(r"(?P<lead>.*?)(?:(?:[A-ZÁÉÍÓÚÑ][\w'’.-]*|de|del|la|las|los|of|the)\s+)*[A-ZÁÉÍÓÚÑ][\w'’.-]*\s*\(", re.S)


def _heads_an_item(text: str, start: int, at: int) -> bool:
    """Whether the role at ``at`` heads its list item: after the item's opening, at most an article or a count and
    two describing words ("a suspected", "an alleged top"), none of them a relation, a relative or a word of the past."""
    opening = max((o.end() for o in _ITEM_OPENS.finditer(text, start, at)), default=start)
    spelled = _SPELLED_OUT.fullmatch(text, opening, at)  # "Cartel de Noreste (CDN) Leader": the name before its initials
    words = re.findall(r"[\w'’]+-?", text[opening : spelled.end("lead") if spelled else at])
    return len(words) <= 3 and not any(_NOT_AN_OPENING.fullmatch(w) for w in words)


# The words before a group's name in a list item of people: a number or a describing word or two ("12", "violent",
# "a high-ranking"), never a relation through a preposition ("relatives of MS-13 members" are no members)
_DESCRIBED_GAP = re.compile(r"(?:(?:\d+|(?!(?:of|for|to|with|against|by|from|de|del|contra|por|para|con)\b)[a-z-]+)\s+){1,2}"
                            r"(?:(?:the|el|la|los|las)\s+)?")
# A word for the group's people after its name, with at most one word of what they do in it between ("ISIS attack
# planner", "CJNG plaza boss", "MS-13 clique leader"); never a word that makes them someone else ("MS-13 victims",
# "the MS-13 task force members", "an ISIS attack survivor")
_THEIR_PEOPLE = re.compile(r"['’]?s?[\s-]*(?:(?:gang|cartel|street|criminal|attack|plaza|cell|clique|military|finance|financial|"
                           r"logistics|drug|senior|top|regional|faction)\s+)?(?:members?|gangbangers?|gangsters?|leaders?|associates?|"
                           r"affiliates?|operatives?|commanders?|planners?|financiers?|fighters?|militants?|terrorists?|bosses|boss|"
                           r"lieutenants?|chiefs?|hit ?m[ae]n|gunm[ae]n|integrantes|miembros|cabecillas|sicarios|jefes)\b", re.IGNORECASE)


# Verbs of belief whose passive participle after a noun describes it ("gunmen believed to be members of the cartel")
_RAISED_VERBS = {"be", "belong", "have", "work", "operate"}


def believed_subject(trigger):
    """The people a reduced relative of belief describes, where the parse read it as the sentence's verb and the act as
    what is believed: in "Gunmen believed to be members of the Gulf Cartel killed two officers" the gunmen killed,
    and "believed to be members of the Gulf Cartel" describes them. Their token, and where their description ends
    (the trigger's start), or None."""
    belief = trigger.head
    if trigger.dep_ != "ccomp" or belief.lower_ not in BELIEF or belief.i > trigger.i or any(c.dep_ == "mark" for c in trigger.children):
        return None
    subject = next((c for c in belief.children if c.dep_ in ("nsubj", "nsubjpass") and c.tag_.startswith("NN")), None)
    being = next((c for c in belief.children if c.dep_ == "xcomp" and c.lower_ in _RAISED_VERBS and c.i < trigger.i), None)
    if subject is None or being is None or any(c.dep_.startswith("aux") and c.lower_ not in ("to",) for c in belief.children):
        return None
    return subject, trigger.idx


def the_person(mentions: list[Mention], tok) -> Mention | None:
    """The person a target is, where its words also name an organization or a group: the person whose name is the
    target's head or in apposition to it ("Pedro Ruiz, who worked as a reporter for El Diario": Pedro Ruiz, not El
    Diario; "his neighbor, Sgt. Tom Ward": Tom Ward), never one it is only related to ("the wife of Juan Perez")."""
    heads = [tok, *(c for c in tok.children if c.dep_ == "appos")]
    return next((m for h in heads for m in mentions if m.kind == "person" and m.start <= h.idx < m.end), None)


def set_off_subject(tok):
    """The description the parse took for a second subject of the same verb ("The defendants, all members of the Tren
    de Aragua gang, were indicted": "members" beside "defendants"), or None: a noun right after the target and a
    comma, with the target's own role."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    other = next((c for c in tok.head.children if c.dep_ == tok.dep_ and c.i > tok.i), None)
    if other is None or not any(t.text == "," for t in tok.doc[tok.right_edge.i + 1 : other.left_edge.i]):
        return None
    return other


def unit_after(doc, mention: Mention):
    """The word a group's name modifies right after it ("leaders from the ISIS affiliate in the Congo": "affiliate"),
    the unit ``presence.by_its_own_name`` reads; None where the parse hangs the name on nothing after it, or there is
    no parse."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand") if doc.has_annotation("DEP") else None
    if span is None or span.end >= len(doc):
        return None
    return doc[span.end] if span.root.head.i == span.end else None
