"""Presence claims read off the parse: the places a presence predicate holds, and who owns a group's unit.

A presence claim names its places in the complement of its predicate: "Tren de Aragua, which has a presence in
Arizona, moved fentanyl into Phoenix" puts the group in Arizona, not in Phoenix, which is where a shipment went.
A place belongs to the claim when the parse links it to the predicate's words through noun phrases and
prepositions only ("operates in several countries, including Peru", "the presence of the gang in Colorado",
"the cartel's Chicago cell"), never through another verb but a clause of the group's own ("labs they oversee in
Mexico"), and never past "except", "far from" or "never in".

A group told again is the one named just before: "it", "its", "the Venezuelan gang" stand for the one group the
sentence or paragraph before names; "they", "their members", "these gangs", "these dangerous criminals" for the list
of groups named last (for a pronoun, only a list that is its clause's subject: "police arrested MS-13 members; they …"
may be the police).

A group's unit (its cells, cliques, chapters, branches, affiliates, bases, networks, operations) is somewhere only
as the group's: the unit's possessor ("the cartel's operations in Chicago"), its "of" ("the Peruvian faction of
Tren de Aragua"), a group name before it ("the MS-13 clique in Boston"), or the subject of the verb that has it
("MS-13 has cliques across Virginia", "a gang that maintains bases in Venezuela", "a gang with cells in Peru").
"""

from __future__ import annotations

import re

from ...models import Mention
from ..gazetteer import load_gazetteer
from ..presence_lexicon import ARMED, FIGHTERS
from .affiliates import beside
from .held_by import held_by
from .words import _w
from ..doctext import text_of

# Nouns of a group's parts or doings that stand in a place as the group's ("its operations in Chicago", "MS-13 activity
# in Houston").
UNITS = re.compile(r"(?:operations|campaigns?|campañas?|activit(?:y|ies)|branch(?:es)?|chapters?|affiliates?|bases|networks?|hubs?|wings?|factions?|cells?|cliques?|presence|"
                   r"footprints?|strongholds?|bastions?|fiefdoms?|heartlands?|turf|camps|labs|hideouts|"
                   r"operaciones|actividad(?:es)?|ramas?|filiales?|redes|facci[oó]n|facciones|c[eé]lulas?|clicas?|presencia|basti[oó]n|bastiones|feudos?|fort[ií]n|fortines)$", re.I)
# A group's hold told as what a place is: "Culiacán, a Sinaloa Cartel stronghold", "Sinaloa is the cartel's heartland",
# "Tamaulipas, bastión del Cártel del Golfo"
HOLDS = re.compile(r"strongholds?|bastions?|fiefdoms?|heartlands?|turf|home|basti[oó]n|bastiones|feudos?|fort[ií]n|fortines", re.I)
GROUP_PRONOUN = re.compile(r"its?", re.I)  # a group's presence told with "it": "It also operates throughout South America", "Its cells in Chile"
# A group's presence told through its people or its units: "thousands of members, many of whom have infiltrated the United States",
# "its members operate in Peru", "its financial networks stretch to Europe", "the gang whose cliques operate in",
# "sus integrantes operan en Chile"
PEOPLE = re.compile(r"members|leaders|rulers|affiliates|operatives|associates|bosses|boss|commanders|gangsters|criminals|terrorists|thugs|"
                    r"financiers|integrantes|miembros|cabecillas|l[ií]deres|criminales|delincuentes|pandilleros|" + FIGHTERS, re.I)
ITS_PEOPLE = re.compile(r"(?:(?:many|some|most|all|several|thousands|hundreds|dozens) of (?:whom|them)|(?:its|their|whose|sus?|cuy[oa]s?) (?:\w+ )?"
                        r"(?:members|leaders|affiliates|operatives|associates|cells|cliques|networks|operations|branches|chapters|factions|wings|"
                        r"integrantes|miembros|cabecillas|c[eé]lulas|redes|operaciones|facciones|sicarios|" + ARMED + r"))", re.I)
GROUPLIKE = re.compile(r"\b(?:gangs?|cartels?|groups?|factions?|cells?|organi[sz]ations?|clans?|mafias?|networks?|militias?|guerrillas?|syndicates?|"
                       r"bandas?|pandillas?|c[aá]rteles?|grupos?|facciones?|c[eé]lulas?|organizaci[oó]n(?:es)?|clanes?|redes?|milicias?|guerrillas?)\b", re.I)
# A group told again in the plural, by a pronoun (with its people or units) or a description of the groups or their
# people: "Their campaigns of violence in the United States", "their members operate in Texas", "These dangerous
# criminals …, establishing a foothold in U.S. communities", "estas bandas operan en"; it stands for the groups of the
# list named last before it (_Context.groups_listed_before).
# (Their people only as "fighters" or "militants" of ARMED, and DESCRIBED_GROUP's people below its own few: narrower on
# purpose, as a widening would change what refers back, and none here is measured)
PLURAL_REFERENCE = re.compile(r"(?P<pronoun>they|them|their(?: (?:[\w-]+ )?(?:members|leaders|operatives|associates|affiliates|cells|cliques|networks|operations|factions|fighters|militants))?|ellos|ellas)"
                              r"|(?:these|those|such|both|estas|estos|esas|esos|dichas|dichos|tales|ambas|ambos) "
                              r"(?:[\w-]+ ){0,2}?(?:gangs|cartels|groups|organi[sz]ations|criminals|gangsters|members|terrorists|thugs|operatives|"
                              r"bandas|c[aá]rteles|grupos|organizaciones|criminales|delincuentes|pandillas|pandilleros|integrantes|miembros)", re.I)
# A group told again by a definite description with its own words: "The Venezuelan gang now operates in Chile", "the
# transnational criminal organization has cells in Peru", "la banda venezolana opera en Chile"; never another group ("the
# rival gang", "la otra banda")
_NOT_THE_SAME = r"(?!(?:rival|other|another|opposing|enemy|new|different|splinter|otr[oa]|nuev[oa]|rivales?)\b)"
# A gang, a cartel, a mafia is criminal by its name; a group, an organization, a network only with a word that makes it
# one ("the human rights group", "la organización no gubernamental" are no gang)
_CRIMINAL = r"(?=(?:[\w-]+ ){0,2}?(?:criminal|drug|narco\w*|street|prison|terrorist|trafficking|smuggling|armed|violent|transnational|gang)\b)"
_CRIMINAL_ES = r"(?=(?: [\wáéíóúñ-]+){0,2}? (?:criminal|delictiva|narco\w*|terrorista|armada|violenta|transnacional|carcelaria)\b)"
DESCRIBED_GROUP = re.compile(rf"(?:the|this|that) (?:{_NOT_THE_SAME}[\w-]+ ){{1,3}}?(?:gang|cartel|syndicate|mafia)"
                             rf"|(?:the|this|that) {_CRIMINAL}(?:{_NOT_THE_SAME}[\w-]+ ){{1,3}}?(?:group|organi[sz]ation|network)"
                             rf"|(?:la|esta|esa|dicha|el|este|ese|dicho) (?:banda|pandilla|c[aá]rtel)(?: {_NOT_THE_SAME}[\wáéíóúñ-]+){{1,3}}"
                             rf"|(?:la|esta|esa|dicha|el|este|ese|dicho) (?:organizaci[oó]n|grupo){_CRIMINAL_ES}(?: {_NOT_THE_SAME}[\wáéíóúñ-]+){{1,3}}"
                             # its people told as what they are, the group named just before being theirs: "The militants
                             # control much of the countryside", "los yihadistas operan en"
                             rf"|(?:the|these|those) (?:{_NOT_THE_SAME}[\w-]+ ){{0,2}}?(?:militants|jihadists|insurgents|extremists|terrorists|gangsters)"
                             rf"|(?:los|estos|esos) (?:milicianos|yihadistas|insurgentes|extremistas|terroristas|pandilleros)(?: {_NOT_THE_SAME}[\wáéíóúñ-]+){{0,2}}", re.I)
# "27 Brazilian states", "on American soil", "Colombian and Peruvian cities": a nationality before an area (or before the
# other nationalities of a list that shares it) names where; before its people's communities or neighbourhoods
# ("Venezuelan communities in Chile") only where the claim names no other place
_SHARED = r"(?:(?:\s*,|\s+and|\s+or|\s*,\s+and)\s+(?-i:[A-Z])[\w-]+)*"
_AREA_AFTER = re.compile(_SHARED + r"\s+(?:states|provinces|regions|departments|cities|counties|municipalities|territory|soil|border|borderlands|deserts?|countryside|"
                         r"coast(?:line)?|jungles?|highlands|mountains|interior|capital|side|prisons|jails|waters)\b", re.I)
_PEOPLES_AREA = re.compile(_SHARED + r"\s+(?:communities|neighbou?rhoods|towns)\b", re.I)
_THERE = {"there", "allí", "ahí", "allá"}
_THEY = {"they", "it", "ellos", "ellas"}  # the subject of a clause of the group's own ("the labs they oversee in Mexico")
# Verbs whose object a subject holds ("has", "maintains", "set up", "exerts control", "hace presencia"): the unit is the subject's.
_HOLDING = re.compile(r"(?:ha[sdv]e?|having|maintain(?:s|ed|ing)?|establish(?:es|ed|ing)?|embed(?:s|ded|ding)?|plant(?:s|ed|ing)?|buil[dt]s?|building|set|sets|setting|"
                      r"run(?:s|ning)?|ran|operat(?:es|ed|ing|e)|expand(?:s|ed|ing)?|keep(?:s|ing)?|kept|open(?:s|ed|ing)?|"
                      r"exert(?:s|ed|ing)?|exercis(?:es|ed|ing|e)|wield(?:s|ed|ing)?|hold(?:s|ing)?|held|"
                      r"tiene|tienen|ten[ií]a|ten[ií]an|mantiene|mantienen|manten[ií]a|estableci[oó]|establecieron|opera|operan|"
                      r"hace|hacen|hac[ií]a|hac[ií]an|ejerce|ejercen|ejerc[ií]a|ejerc[ií]an)$", re.I)
# Verbs whose object does what their infinitive says on its own account ("directed its proxies to embed cells"); not a
# purpose ("arrested members to end their campaign"), nor an agent the subject engages, whose doings are the subject's
# ("hired local gangs to set up networks", "sent members to open cells")
_TELLING = re.compile(r"(?:direct|order|instruct|tell|told|ask|urg|encourag|persuad|allow|enabl|help|forc)\w*$", re.I)
_PRONOUNS = {"its", "their", "su", "sus"}  # a possessor that stands for the subject: "MS-13 expanded its presence"
# The links a place may hang by on its way to the predicate: noun phrases and prepositions, not a subject (a place
# there says whose the group is, "Mexico's Sinaloa Cartel", not where it is) nor a clause of its own.
_NOMINAL_PATH = {"pobj", "prep", "conj", "appos", "compound", "amod", "nmod", "npadvmod", "advmod", "dobj", "attr", "poss"}


def anchors(doc, spans: list[tuple[int, int]]) -> set[int]:
    """The token indices of a claim's predicate: its triggers' words, and the verb a noun or adjective trigger is
    the object or complement of ("has cells throughout Colombia", "is present in Chile")."""
    out = set()
    for start, end in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        out |= {t.i for t in span}
        root = span.root
        if root.dep_ in ("dobj", "attr", "acomp") and root.head.i != root.i \
                or root.dep_ == "amod" and root.i > 0 and root.nbor(-1).text in ("-", "‑"):  # "Hamas-ruled Gaza": Gaza
            out.add(root.head.i)
    return out


def claimed_places(doc, text: str, mentions, sentence: tuple[int, int], triggers: list[tuple[int, int]], home: str | None = None) -> list:
    """The place mentions of a presence claim's sentence that its predicates (``triggers``) hold: a nationality only
    before a unit of the group ("the Peruvian faction") or an area ("in all 27 Brazilian states", "American
    communities"); none the claim puts the group away from ("but never in Dallas"); for a locative "there"
    ("still operates there"), the place named just before; and for "the Homeland" or "our homeland", the document's
    own country (``home``, the key of its place), where it has one."""
    held = anchors(doc, triggers)
    groups = {t.i for m in mentions if m.kind == "group" and sentence[0] <= m.start < sentence[1]
              for t in doc.char_span(m.start, m.end, alignment_mode="expand") or ()}
    out = _homeland(doc, sentence, held, home) if home else []
    under = {n.i for i in held if (n := held_under(doc[i]) or held_by(doc[i], groups)) is not None}
    peoples = []
    for m in mentions:
        if m.kind != "place" or not m.key or not sentence[0] <= m.start < sentence[1]:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not (in_complement(span.root, held, others=groups) or in_complement(span.root, under)
                                or any(where_of(doc[i]) == span.root or held_place(doc[i]) == span.root for i in held)) \
                or _excepted(span.root) or _cited(span.root):
            continue
        root = span.root
        if m.label != "NORP" or _AREA_AFTER.match(text, m.end) or root.dep_ in ("amod", "compound") and UNITS.match(root.head.text):
            out.append(m)
        elif _PEOPLES_AREA.match(text, m.end):
            peoples.append(m)
    out = out or peoples  # "has infiltrated American communities"; not Venezuela in "Venezuelan communities in Chile"
    if any(c.lower_ in _THERE and c.dep_ == "advmod" for i in held for c in doc[i].children):
        out += _place_before(doc, text, mentions, triggers[0][0], held)
    return out


def where_of(verb):
    """The place a clause of "where" / "donde" is about ("Aurora, where Tren de Aragua operates": Aurora), or None."""
    if verb.dep_ in ("relcl", "acl") and verb.head.ent_type_ in ("GPE", "LOC") and any(c.lower_ in ("where", "donde") for c in verb.children):
        return verb.head
    return None


def held_place(noun):
    """The word a noun of a group's hold describes, which claimed_places takes where it is a place mention ("Culiacán,
    a Sinaloa Cartel stronghold": Culiacán; "Sinaloa is the cartel's heartland": Sinaloa): the noun the hold is set off
    after, or the subject of the copula it completes; None for any other word."""
    if not HOLDS.fullmatch(noun.text) or not noun.tag_.startswith("NN"):
        return None
    if noun.dep_ == "appos":
        return noun.head
    if noun.dep_ == "attr" and noun.head.lower_ in _COPULAS:
        return next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    return None


def held_under(prep):
    """The word a place is held under a group's control by ("large areas of Somalia remain under al-Shabaab control":
    areas; "the towns under the control of the Islamic State": towns): the subject of the verb the "under" phrase
    completes, or the noun it hangs from; None for any other word."""
    if prep.lower_ != "under" or prep.dep_ != "prep" or controller(prep) is None:
        return None
    if prep.head.tag_.startswith(("VB", "MD")) or prep.head.pos_ in ("VERB", "AUX"):
        return next((c for c in prep.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return prep.head if prep.head.tag_.startswith("NN") else None


def controller(tok):
    """The group a place is held under or is home to, by the parse: the owner of the word of control an "under"
    phrase takes ("under al-Shabaab control", "under the control of the Islamic State"), or the object of "to" / "of"
    after "home" ("Culiacán, home to the Sinaloa Cartel"); None where it names no one (a place is no group)."""
    if tok.lower_ == "under":
        word = next((o for o in tok.children if o.dep_ == "pobj"), None)
        return owner(word) if word is not None else None
    if tok.lower_ == "home":
        held = next((o for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "of") for o in c.children if o.dep_ == "pobj"), None)
        return held if held is not None and held.ent_type_ not in ("GPE", "LOC", "FAC") else None
    return None


# Words that make a country the document's own: "our homeland", "our country", "this nation"
_OURS = {"our", "the", "this"}
_HOMES = {"homeland": _OURS, "country": {"our", "this"}, "nation": {"our", "this"}}


def _homeland(doc, sentence: tuple[int, int], held: set[int], home: str) -> list:
    """"The Homeland", "our homeland", "our country", "this nation" in a claim's complement: the document's own
    country, as a place mention of it ("sleeper cells in the Homeland", "their campaign of violence on our homeland",
    "has infiltrated our country"); not "the country" (the one named before), nor "their homeland", nor one a
    word makes someone else's ("the Palestinian homeland", "the homeland of the Lebanese people")."""
    span = doc.char_span(*sentence, alignment_mode="expand")
    return [Mention(t.idx, t.idx + len(t), t.text, "GPE", "place", "homeland", home) for t in span or ()
            if t.lower_ in _HOMES and t.tag_.startswith("NN") and any(c.dep_ in ("det", "poss") and c.lower_ in _HOMES[t.lower_] for c in t.children)
            and not any(c.dep_ in ("amod", "compound", "nmod") or c.dep_ == "prep" and c.lower_ == "of" for c in t.children)
            and in_complement(t, held)]


def _place_before(doc, text: str, mentions, start: int, held: set[int]) -> list:
    """The place a locative "there" refers back to: the last one named before ``start`` in the same paragraph (a blank
    line ends it) outside the claim's own phrase (in "Colombia's gang presence there", Colombia is whose presence it
    is, not where "there" is), as one mention; none when a nationality is the last."""
    opening = text.rfind("\n\n", 0, start)
    tied = {t.i for i in held for t in (*doc[i].ancestors, *doc[i].subtree)}
    before = [m for m in mentions if m.kind == "place" and m.key and opening < m.start and m.end <= start
              and (span := doc.char_span(m.start, m.end, alignment_mode="expand")) is not None and span.root.i not in tied]
    last = max(before, key=lambda m: m.start, default=None)
    return [last] if last is not None and last.label != "NORP" else []


def in_complement(tok, held: set[int], hops: int = 12, others: set[int] = frozenset()) -> bool:
    """Whether a place's token hangs from the predicate (``held``) through noun phrases and prepositions only; not
    through a group's name joined to the predicate or its place, with a place of its own (``others``: the tokens of
    the sentence's group names): "MS-13 operates in Houston, and Barrio 18 in Dallas" does not put MS-13 in Dallas."""
    node = tok
    for _ in range(hops):
        if node.i in held:
            return True
        if node.dep_ == "conj" and node.i in others and node.i != tok.i:
            return False  # the place of another group's clause, its verb left out
        if _away(node):
            return False  # "operates in Houston but never in Dallas", "far from Quito": where the group is not
        if _own_clause(node):
            node = node.head  # a clause of the group's own about the noun: "in labs they oversee in Mexico"
            continue
        if node.dep_ not in _NOMINAL_PATH or node.head.i == node.i or misplaced_object(node):
            return False
        if node.dep_ != "prep" and node.i != tok.i and node.tag_.startswith(("VB", "MD")):
            return False  # another verb's clause ("moved fentanyl into Phoenix"); "including Peru" is a preposition
        node = node.head
    return False


def misplaced_object(obj) -> bool:
    """Whether the object the parse gives a participle set after a noun comes after its own place, so is the next verb's
    ("leaders hiding in Mexico direct attacks in Honduras"): a participle's places are its own complement's."""
    verb = obj.head
    return obj.dep_ == "dobj" and verb.dep_ == "acl" and verb.tag_ == "VBG" and any(c.dep_ == "prep" and verb.i < c.i < obj.i for c in verb.children)


def _own_clause(node) -> bool:
    """Whether a clause is the group's own, about the noun before it: a relative clause whose subject is "they" or
    "it" ("labs they oversee in Mexico"), or such a clause right after a noun that the parse hung from the verb instead,
    the relative pronoun left out."""
    if node.dep_ not in ("relcl", "parataxis") or not any(c.dep_ == "nsubj" and c.lower_ in _THEY for c in node.children):
        return False
    before = node.left_edge.i - 1
    return node.dep_ == "relcl" or before >= 0 and node.doc[before].tag_ in ("NN", "NNS")


# Prepositions and adverbs that put a place outside a claim ("except Lima", "far from Quito", "lejos de Quito"); not
# "outside", which may mean the outskirts ("just outside Caracas")
_OUTSIDE = {"beyond", "except", "excluding", "unlike", "salvo", "excepto", "menos"}
_FAR = {"far", "away", "lejos"}


def _cited(place) -> bool:
    """Whether a place names who says so, not where the group is: "according to Mexico", "according to officials in
    Mexico", "according to data from Peru", "según autoridades de Colombia", "citing Israel". The place's way up to its
    predicate passes the word of sourcing before any verb."""
    tok = place
    for _ in range(8):
        if tok.lower_ in ("according", "según", "segun", "citing"):
            return True
        if tok.head.i == tok.i or tok.tag_.startswith("VB") and tok is not place:
            return False
        if tok.head.lower_ in ("según", "segun"):  # the Spanish parse hangs "según" as the case marker of its noun
            return True
        tok = tok.head
    return False


def _excepted(place) -> bool:
    """Whether a place carries its own word of exception, as the Spanish parse hangs it ("excepto en Ecuador":
    "excepto" a case marker of Ecuador, not of the preposition on the way to the predicate)."""
    return any(c.dep_ in ("case", "mark", "advmod") and c.lower_ in _OUTSIDE for c in place.children)


def _away(node) -> bool:
    """Whether a link on a place's way to the predicate denies or distances it: "except", "beyond", "far" or "away"
    ("far from Quito"), "never" ("pero nunca en Quito"), or a preposition a negation governs ("but never in Dallas")."""
    if node.dep_ == "advmod" and node.lower_ in _FAR or node.dep_ in ("advmod", "conj") and node.lower_ in ("never", "nunca", "jamás"):
        return True  # "away from Quito"; "pero nunca en Quito", as the Spanish parse hangs it
    if node.dep_ not in ("prep", "conj") or node.tag_ != "IN" and node.pos_ != "ADP":
        return False
    return node.lower_ in _OUTSIDE or any(c.dep_ == "neg" or c.dep_ == "advmod" and c.lower_ in _FAR | {"never", "not", "nunca"} for c in node.children)


# A word that makes a group's people no longer its own ("former Hamas militants", "ex-members", "antiguos miembros")
_FORMER = re.compile(r"former|ex|ex-|onetime|one-time|erstwhile|antiguos?|antiguas?|exintegrantes|exmiembros", re.I)
# A group named only in a modifier of the people, not as their own: "Hezbollah-allied fighters", "Hamas-backed militants"
_MODIFIER_AFTER = re.compile(r"\s*[-–]\s*(?:backed|allied|inspired|linked|aligned|affiliated|supported|funded|sponsored|trained|armed|leaning|style|type)\b", re.I)


def owner(tok):
    """The group a unit noun belongs to, by the parse: its possessor, a name compounded before it (or before the
    noun compounded with it: "a CJNG plaza boss"), its "of" / "de" object, the subject of the verb that holds it, or the
    noun a "with" phrase hangs from ("a gang with cells in Peru"); None where the parse ties it to no one, where its
    people are no longer the group's ("former Hamas militants"), or where a name only modifies them ("Hezbollah-allied
    fighters" are allied to Hezbollah, not its own)."""
    if any(_FORMER.fullmatch(t.text) for t in tok.doc[tok.left_edge.i : tok.i]):
        return None  # the words before the noun, however the parse hangs "former" ("Former Hamas militants": on Hamas)
    before = (g for c in tok.children if c.dep_ == "compound" and c.i < tok.i and not c.ent_type_ for g in c.children
              if g.i < c.i and g.ent_type_ == "CRIMINAL_GROUP")  # "a CJNG plaza boss"
    for c in (*tok.children, *before):
        if c.ent_type_ == "CRIMINAL_GROUP" and _modifies(c):
            continue
        if c.dep_ == "poss" and c.lower_ in _PRONOUNS:  # the verb's subject; the pronoun itself where the unit is that subject
            held = _holder(next((v for v in tok.ancestors if v.tag_.startswith(("VB", "MD"))), tok))  # ("Their campaigns … are")
            return c if held is None or held.i == tok.i else held
        if c.dep_ == "poss" or c.i < tok.i and c.ent_type_ == "CRIMINAL_GROUP" or c.dep_ in ("compound", "nmod") and c.tag_ in ("NNP", "NNPS"):
            return c
        if c.dep_ == "prep" and c.lower_ in ("of", "de", "del"):  # "the Peruvian faction of", "las células del"
            obj = next((o for o in c.children if o.dep_ == "pobj"), None)
            if obj is not None and obj.ent_type_ not in ("GPE", "LOC", "FAC"):
                return obj
    return holder(tok)


def _modifies(name) -> bool:
    """Whether a group's name is only part of a modifier, a hyphenated participle or kind right after it
    ("Hezbollah-allied", "Hamas - backed", "ISIS-inspired")."""
    end = name.i
    while end + 1 < len(name.doc) and name.doc[end + 1].ent_iob_ == "I":
        end += 1
    return _MODIFIER_AFTER.match(text_of(name.doc), name.doc[end].idx + len(name.doc[end])) is not None


def holder(tok):
    """Who holds a noun: the subject of the verb it is the object of ("MS-13 has cliques", "a gang that maintains
    bases"), or the noun a "with" phrase hangs from ("a gang with cells in Peru"); None otherwise."""
    head = tok.head
    while tok.dep_ == "conj" and head.i != tok.i:
        tok, head = head, head.head
    if tok.dep_ == "dobj" and _HOLDING.match(head.text):
        return _holder(head)
    if tok.dep_ == "pobj" and head.lower_ in ("with", "con") and head.head.tag_.startswith("NN"):
        return head.head
    if tok.dep_ == "pobj" and head.lower_ in ("with", "con") and head.head.tag_.startswith("VB") and head.i == head.left_edge.i \
            and (subj := _holder(head.head)) is not None and head.i < subj.i:
        return subj  # a "with" phrase set before its clause is the subject's: "With cells in Chile, Tren de Aragua has become"
    return None


def _holder(verb):
    """The subject of a verb, through the relative pronoun that stands for it and the verbs it is coordinated with."""
    for _ in range(4):
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]  # the name, where the parse gives two
        subj = next((c for c in subjects if c.ent_type_ == "CRIMINAL_GROUP"), subjects[0] if subjects else None)  # ("The 'Ndrangheta")
        if subj is not None and subj.lower_ in ("who", "that", "which", "que") and verb.dep_ == "relcl":
            return verb.head
        if subj is not None:
            return subj
        if verb.dep_ == "ccomp" and (taken := next((c for c in verb.head.children if c.dep_ in ("dobj", "obj") and c.i < verb.i), None)) is not None:
            return taken  # "Authorities believe MS-13 now has cliques in": the parse took the clause's subject for the object
        if verb.dep_ == "relcl":
            return verb.head
        if (verb.dep_ == "xcomp" or verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)) \
                and _TELLING.match(verb.head.text) and (told := next((c for c in verb.head.children if c.dep_ == "dobj"), None)) is not None:
            return told  # "Iran directed its proxies to embed cells": who is told to do it does it
        if not (verb.dep_ in ("conj", "xcomp") or verb.dep_ == "advcl" and verb.tag_ == "VBG") or verb.head.i == verb.i:
            return None  # a participle set off after a clause is its subject's: "they exploited …, establishing a foothold in"
        verb = verb.head
    return None


# "on both sides of the border", "a ambos lados de la frontera": where a border has two sides, the claim is in both
# countries (docs/annotation.md §5)
BOTH_SIDES = re.compile(r"(?:on|along|across|a|en)\s+(?:both|ambos)\s+(?:sides|lados)\s+(?:of|de)\s+(?:(?:the|our|their|la|nuestra)\s+)?(?:[\w.-]+\s+){0,2}?(?:border|frontera)\b", re.I)


def sides_holder(tok):
    """Who a border's two sides hold, by the parse: the named group the phrase hangs from, or the object, else the
    subject, of the verb it hangs from ("dismantle the Sinaloa Cartel and the CJNG on both sides of the border", "the
    cartel operates on both sides of the border"), taken from the first group of a coordination so that every group of
    it is the claim's; None where it names no group."""
    node = tok.head if tok.lower_ in ("sides", "lados") else tok
    if tok.lower_ == "lados":  # "opera a ambos lados": the Spanish parse hangs "lados" on its verb, the root too
        if node.i == tok.i:
            return None
    elif node.lower_ not in ("on", "along", "across") or node.i == node.head.i:
        return None
    else:
        node = node.head
    if node.tag_.startswith(("VB", "MD")) or node.pos_ in ("VERB", "AUX"):
        verb = node
        node = next((c for c in verb.children if c.dep_ in ("dobj", "obj") and c.ent_type_ == "CRIMINAL_GROUP"), None) or _holder(verb)
    elif node.ent_type_ != "CRIMINAL_GROUP" and node.tag_.startswith("NN") and (UNITS.match(node.text) or PEOPLE.fullmatch(node.text)):
        node = owner(node)  # "the cartel has members on both sides of the border"
    while node is not None and node.dep_ == "conj" and node.head.ent_type_ == "CRIMINAL_GROUP":
        node = node.head
    return node if node is not None and node.ent_type_ == "CRIMINAL_GROUP" else None


# Verbs of driving a group out of a place, which says the group is there: "remove the savage gang, Tren de Aragua, from
# the United States", "to root the cartel out from Sinaloa"
REMOVAL = re.compile(r"remov(?:e|es|ed|ing)|expel(?:s|led|ling)?|oust(?:s|ed|ing)?|root(?:s|ed|ing)?\s+out|driv(?:e|es|ing|en)\s+out|drove\s+out|"
                     r"rid(?:s|ding)?", re.I)


def removed(verb):
    """The named group a verb of removal drives out of a place: its object, where the object is a group ("remove the
    savage gang, Tren de Aragua, from …": the name set off after the description); None for people ("expel its members
    from Chile" is a deportation's, told by the members' own event) or anything else."""
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
    if obj is None or not any(c.dep_ == "prep" and c.lower_ == "from" for c in (*verb.children, *obj.children)):
        return None
    if obj.ent_type_ == "CRIMINAL_GROUP":
        return obj
    named = next((c for c in obj.children if c.dep_ == "appos" and c.ent_type_ == "CRIMINAL_GROUP"), None)
    return named if named is not None and GROUPLIKE.fullmatch(obj.text) else None


_OWN_GROUP = re.compile(r"affiliates?|branch(?:es)?|factions?|wings?|filiales?|ramas?|facci[oó]n|facciones", re.I)


def by_its_own_name(mentions, sentence: tuple[int, int], unit, group: Mention, near: bool = False) -> Mention | None:
    """The group a unit of a named group is, where its sentence also names it by its own name: "the ISIS affiliate in
    the Democratic Republic of the Congo, … ISIS-DRC" is ISIS-DRC, whose parent the gazetteer says ISIS is; None where
    the unit is no group of its own ("its operations"), or the sentence names no such group, or more than one.
    ``near``: only a name told in the unit's own clause, not as its foe (``affiliates.beside``), as an act's party needs."""
    if unit is None or not _OWN_GROUP.fullmatch(unit.text) or not group.key:
        return None
    gazetteer = load_gazetteer()
    own = [m for m in mentions if m.kind == "group" and m.key and sentence[0] <= m.start < sentence[1]
           and (entry := gazetteer.get(m.key)) is not None and entry.parent == group.key and (not near or beside(unit, m))]
    return own[0] if len({m.key for m in own}) == 1 else None


def set_off_after_group(mentions, text: str, tok):
    """The group a description set off by a comma right after its name is of ("Cártel de los Soles, the … enterprise",
    however the parse hangs the description): the group's last token, or None."""
    if tok.ent_type_ == "CRIMINAL_GROUP" or not tok.tag_.startswith("NN"):
        return None
    start = tok.left_edge.idx
    group = next((m for m in mentions if m.kind == "group" and m.key and re.fullmatch(r"\s*,\s*", text[m.end : start])), None)
    return None if group is None else next((t for t in tok.doc[: tok.left_edge.i] if t.idx < group.end <= t.idx + len(t)), None)


_FOUND_THINGS = re.compile(r"bod(?:y|ies)|remains|corpses?|graves?|drugs|weapons|guns|cash|money|cuerpos?|restos|cad[aá]veres|fosas?|"
                           r"drogas|armas|dinero", re.I)


_COPULAS = {"is", "are", "was", "were", "remains", "remain", "remained", "es", "son", "era", "eran", "sigue", "siguen"}


def one_of(tok):
    """The subject a group's kind is said of, where a claim's words hang from the kind ("MS-13 is one of the gangs
    operating in", "MS-13 is among the gangs operating in", "es una de las bandas que operan en"): the copula's named
    subject; None otherwise ("police are among the agencies operating in" names no group)."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in ("of", "among", "de", "entre"):
        return None
    verb = prep.head.head if prep.head.dep_ == "attr" and prep.lower_ in ("of", "de") else prep.head if prep.lower_ in ("among", "entre") else None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None and verb.lower_ in _COPULAS else None
    if subj is None or any(c.dep_ == "neg" for c in verb.children):
        return None  # "MS-13 is not among the gangs operating in": the denial is the copula's, which the claim does not reach
    return subj if subj.ent_type_ == "CRIMINAL_GROUP" or subj.tag_ in ("NNP", "NNPS") else None


def of_a_group(tok, hops: int = 3) -> bool:
    """Whether a presence claim's subject is a group or of one: a name, a word for a group, its units or people
    ("cells", "members", "criminals"), a pronoun, or a common noun whose possessor or "of" is one ("the cartel's reach", "a
    designation of members of the CJNG"); not "the investigation into MS-13"."""
    if tok.tag_ in ("NN", "NNS") and _FOUND_THINGS.fullmatch(tok.text):
        return False  # "the bodies of three members were found in Denver": where they were found, not where the gang is
    if tok.tag_ not in ("NN", "NNS") or tok.ent_type_ or GROUPLIKE.fullmatch(tok.text) or UNITS.match(tok.text) or PEOPLE.fullmatch(tok.text):
        return True
    owners = [c for c in tok.children if c.dep_ == "poss"] + [o for c in tok.children if c.dep_ == "prep" and _w(c) in ("of", "de", "del")
                                                              for o in c.children if o.dep_ == "pobj"]
    return hops > 0 and any(of_a_group(o, hops - 1) for o in owners)


# Verbs whose "into" / "as" object is what their subject has become: "has grown into a network with cells in",
# "emerged as a cartel with operations in" (the English parse: the Spanish one hangs "en" on the noun)
_BECOMING = re.compile(r"gr[eo]wn?|grows|growing|evolv\w*|turn\w*|develop\w*|transform\w*|morph\w*|emerg\w*|convert\w*", re.IGNORECASE)


def said_of(noun):
    """The named subject a predicate noun is said of, where a claim's words hang from it ("Los Choneros is a gang based
    in Guayaquil", "Tren de Aragua has grown into a network with operations in Chile", "the Sinaloa Cartel is a global
    enterprise with distributors in Europe"): the subject of the copula it completes, or of the verb of becoming whose
    "into" / "as" it is the object of; None otherwise, or where that subject is no name ("it is a city with gangs")."""
    verb = noun.head if noun.dep_ == "attr" else None
    if noun.dep_ == "pobj" and noun.head.lower_ in ("into", "as") and _BECOMING.fullmatch(noun.head.head.text):
        verb = noun.head.head
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None and verb.i != noun.i else None
    return subj if subj is not None and (subj.tag_ in ("NNP", "NNPS") or subj.ent_type_ == "CRIMINAL_GROUP") else None
