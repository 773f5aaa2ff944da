"""Presence told by a verb and its tense: a named group's habitual doings in a place, and a presence a verb of
fighting it takes as there (a group fought somewhere is not thereby there: "prosecutors are pursuing the cartel in a
Brooklyn courtroom").

"The Sinaloa Cartel runs extortion rackets in Culiacán", "Tren de Aragua is conducting kidnappings in Chile", "the CJNG
has gained ground in Guanajuato": what a named group does in a place, told in the present or as lasting into it, says it
is there (docs/annotation.md §5); a past tense tells a happening, a headline's present too. "Efforts to dismantle the
cartel's networks in Texas": the aim takes the networks as there, whatever mood it is told in.
"""

from __future__ import annotations

import re
from itertools import chain

from .presence import (
    GROUPLIKE,
    PEOPLE,
    UNITS,
    _holder,
    _own_clause,
    in_complement,
    misplaced_object,
    owner,
    where_of,
)

# no doing: what a group is or has is said of it, not done in the place a "where" hangs from (the parse has no lemmas)
_STATIVE = {"is", "are", "has", "have", "es", "son", "está", "están", "tiene", "tienen", "hay"}
_LOCATIVE = {"in", "inside", "across", "throughout", "within", "en", "dentro"}
_NEAR = {"at", "near", "around", "along", "outside", "cerca", "alrededor", "a lo largo"}  # where, by what is there: "near schools in"
# Prepositions a place may lie past on its way to the doing: a part, a use ("into sex work in Chile"); not "to" ("poses a
# threat to families in Virginia")
_PARTIES = {"PERSON", "ORG", "NORP"}
_TOWARD = {"to", "toward", "towards", "hacia"}  # an end, not where a doing is
_ON_THE_WAY = {"of", "into", "among", "de", "del", "entre"}
# Areas whose "of" names where they are: "the streets of Caracas", "barrios de Santiago", "parts of Mexico"
_AREA_OF = re.compile(r"neighbou?rhoods?|parts?|areas?|streets|prisons|suburbs|barrios|slums|favelas|districts?|regions?|"
                      r"provinces?|states|cities|towns|communities|zonas?|calles|c[aá]rceles|colonias|comunas|provincias|regiones|ciudades|"
                      r"residents|inhabitants|citizens|vecinos|habitantes|residentes|pobladores", re.IGNORECASE)  # "terrorizing residents of Aurora"
# Verbs whose object is where their subject is: a place a group terrorizes, plagues, roams or patrols ("Tren de Aragua is
# terrorizing Colorado", "is plaguing American communities", "aterroriza Santiago"); not a place it threatens or strikes from afar
_OCCUPYING = re.compile(r"(?:terroriz|terroris|plagu|ravag|overrun|infest|roam|prowl|patrol|stalk|besieg|haunt|aterroriz|azot|asol|"
                        r"patrull)\w*", re.IGNORECASE)
# Verbs of going on, whose present tells the doing they take as going on now: "continues to terrorize neighborhoods in"
_GOING_ON = re.compile(r"continues|continue|keeps|keep", re.IGNORECASE)
# Verbs of a hold given up, whose perfect tells a change, not where the group is now: "has lost ground in Guanajuato",
# "have ceded territory in Tamaulipas"
_GIVEN_UP = re.compile(r"lost|ceded|abandoned|withdrawn|retreated|surrendered|forfeited|relinquished|vacated|"
                       r"dismantled|eradicated|uprooted|expelled|ousted|routed|defeated|eliminated|destroyed", re.I)  # "have uprooted TdA in Santiago"
# Verbs of being held or tried, and the complements that say so: where a group's people serve a sentence or await trial
# is no doing of the group's ("leaders serve life sentences in Colorado", "enfrentan cargos en Texas").
_HELD_VERB = re.compile(r"serv(?:e|es|ing)|await(?:s|ing)?|languish(?:es|ing)?|cumpl(?:e|en|iendo)|purga(?:n|ndo)?", re.I)
# Verbs that tell a group's people held only with a custody complement: "remain jailed", "face charges", "sit in
# prison", "permanecen en prisión"; "MS-13 remains in control of corridors in Houston" is the gang's hold
_HELD_IF = re.compile(r"fac(?:e|es|ing)|remain(?:s|ing)?|sit(?:s|ting)?|enfrenta(?:n|ndo)?|esperan?|permanecen?|permanec(?:e|iendo)", re.I)
_HELD_IN = re.compile(r"sentences?|terms?|trial|prison|jail|custody|detention|charges?|cargos?|condenas?|penas?|juicio|prisi[oó]n|"
                      r"c[aá]rcel|custodia|jailed|imprisoned|detained|incarcerated|behind", re.I)
# the present progressive and the perfect progressive, a doing that goes on now: "is recruiting", "has been recruiting"
_PROGRESSIVE = (["is"], ["are"], ["has", "been"], ["have", "been"])


def habitual(tok, lasting: bool = False):
    """The verb of a named group's habitual doings in a place, a presence claim of its own (docs/annotation.md §5: "runs
    extortion rackets in Guayaquil and Manta"); None for any other word (find asks it of every verb and trigger). The verb
    is in the simple present, a progressive of the present or after a present verb of going on ("smuggles fentanyl
    across Arizona", "is conducting kidnappings in Chile", "has been recruiting migrants in Chile", "continues to
    terrorize neighborhoods in Long Island"), or, ``lasting``, for a verb that names no act nor a
    hold given up, the present perfect ("has gained ground in Guanajuato"; not "has lost ground"): a past tense tells a
    happening. Its subject is a named group (or a relative pronoun for one, or for the word for a group set off after its
    name: "Tren de Aragua, a gang that extorts shopkeepers in Lima", where no verb of saying or belief governs the name);
    never a verb of saying or belief ("a gang that police say extorts"); the verb or its object holds a place by a
    preposition of location, outside a partner's "with" phrase and short of an end it goes to ("migration to the
    United States"), or a verb of terrorizing or roaming takes the place as its object ("is terrorizing Colorado",
    "American communities")."""
    verb = tok.head if tok.dep_ == "dobj" else tok
    if not verb.tag_.startswith("VB") or any(c.dep_ == "neg" for c in verb.children) or _SAYING.fullmatch(verb.text):
        return None  # "a gang that police say extorts shopkeepers in Lima": the saying is no doing of the gang's
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    present = verb.tag_ in ("VBZ", "VBP") or verb.tag_ == "VB" and any(c.dep_ == "nsubj" for c in verb.children)  # the tagger's
    ongoing = verb.tag_ == "VBG" and (verb.dep_ == "acl" and not aux or [a.lower_ for a in aux] in _PROGRESSIVE)  # "members living in"
    going_on = verb.tag_ == "VB" and verb.dep_ == "xcomp" and verb.head.tag_ in ("VBZ", "VBP") and _GOING_ON.fullmatch(verb.head.text) \
        and [a.lower_ for a in aux] == ["to"] and not any(c.dep_ in ("neg", "aux") for c in verb.head.children)  # "continues to terrorize"
    if not (present and not aux or ongoing or going_on  # base form for "cartels manufacture"
            or lasting and verb.tag_ == "VBN" and [a.lower_ for a in aux] in (["has"], ["have"])  # "has gained ground in" (no act's verb)
            and not _GIVEN_UP.fullmatch(verb.text)):
        return None
    if _held(verb):
        return None  # "leaders serve life sentences in Colorado": held there, not the group's doings
    if verb.dep_ == "acl" and _group_of_people(verb.head).i == verb.head.i:
        return None  # "witnesses against MS-13 living in Houston": only the group's people or units live somewhere as its
    subject = _group_of_people(verb.head if verb.dep_ == "acl" else _holder(verb))  # "Tren de Aragua members living in Chile"
    if subject is not None and subject.dep_ == "appos" and GROUPLIKE.fullmatch(subject.text) and subject.tag_.startswith("NN"):
        subject = subject.head  # "Tren de Aragua, a gang that recruits migrants in Chile": the gang the name is
        if any(_SAYING.fullmatch(a.text) for a in subject.ancestors):
            return None  # "Prosecutors said MS-13, a gang that has been recruiting students in Houston, ordered": the
            # description is the speaker's, which the statement read from the parse may not reach
    if subject is None or subject.ent_type_ != "CRIMINAL_GROUP" or _headline(verb.sent):  # the headline last: it reads the sentence
        return None
    held = {verb, tok, *(c for c in verb.children if c.dep_ in ("dobj", "advmod", "npadvmod") and not misplaced_object(c))}  # "extorts
    # truckers in Reynosa"
    held |= {c for h in list(held) for c in h.children if _own_clause(c)}  # "makes fentanyl in labs they oversee in Mexico"
    held |= {o for c in verb.children if c.dep_ == "prep" and c.lower_ in _WITH for o in c.children if _named_partner(o)}  # "competes
    places = (p for h in held for c in h.children if c.dep_ == "prep" and c.lower_ in _LOCATIVE  # with the CJNG in Sonora"; "in labs
              for p in c.subtree if p.ent_type_ in ("GPE", "LOC") and in_complement(p, {c.i})  # in Mexico" too
              and not any(_partner(a) or a.dep_ == "prep" and a.lower_ in _TOWARD for a in p.ancestors if c.i < a.i < p.i))  # not
    # an end the doing goes to ("engages in migration to the United States")
    ways = {h.i for h in held}  # a place deeper in the doing's words, set by a preposition of location: "extorts owners of shops
    deeper = (p for p in verb.sent if verb.lower_ not in _STATIVE and p.ent_type_ in ("GPE", "LOC") and _placed_here(p)  # in Lima",
              and in_complement(p, ways) and _by_the_way(p, ways))  # "recruits students at schools in Fairfax", "sells drugs near
    # schools in Houston"; not what a group is or has ("is no gang in Spain": locate and the presence lexicon read those)
    occupied = (o for o in verb.children if o.dep_ == "dobj" and _OCCUPYING.fullmatch(verb.text)  # "is terrorizing Colorado", "American
                and (o.ent_type_ in ("GPE", "LOC") or any(c.dep_ == "amod" and c.ent_type_ == "NORP" for c in o.children)))  # communities"
    places = chain(places, deeper, occupied)
    return verb if next(places, None) is not None or where_of(verb) is not None and verb.lower_ not in _STATIVE else None  # "Chile,
    # where the gang recruits migrants"; not "where Tren de Aragua has no presence", "where the gang is a frequent topic"


def _placed_here(place) -> bool:
    """Whether a place is where something is, by the preposition it hangs from: one of location ("in Lima", "near
    schools in Houston"), or "of" after an area of it ("the streets of Caracas", "barrios de Santiago"); not a way
    through, a source or an end ("through Colombia", "from Mexico", "into Arizona")."""
    prep = place.head if place.dep_ in ("pobj", "nmod", "appos", "compound", "conj") else None
    while prep is not None and prep.dep_ in ("appos", "conj", "compound") and prep.head.i != prep.i:
        prep = prep.head  # "in Fairfax County, Virginia", "in Chile and Peru": the first place's preposition
    if prep is not None and prep.dep_ == "pobj":
        prep = prep.head
    if prep is None or prep.dep_ not in ("prep", "case") and not (place.dep_ == "nmod" and prep.dep_ in ("prep", "pobj")):
        case = next((c for c in place.children if c.dep_ == "case"), None)  # Spanish: "en Chile", the case marker a child
        return case is not None and (case.lower_ in _LOCATIVE or case.lower_ == "de" and _AREA_OF.fullmatch(place.head.text))
    return prep.lower_ in _LOCATIVE | _NEAR or prep.lower_ in ("of", "de") and _AREA_OF.fullmatch(prep.head.text)


def _by_the_way(place, held) -> bool:
    """Whether the prepositions between a place and the doing are all of location, of a part, or of a party served
    ("sells drugs near schools in Houston", "extorts owners of shops in Lima", "sells fentanyl to dealers in Ohio"), and
    none a partner's ("with partners in Peru") nor one that takes the place elsewhere ("from camps in Mexico")."""
    for a in place.ancestors:
        if a.i in held:
            return True
        if a.dep_ in ("prep", "case") and (_partner(a) or a.lower_ not in _LOCATIVE | _NEAR | _ON_THE_WAY):
            return False
        if _a_party(a):
            return False  # "at the direction of the Maduro regime in Venezuela": the place is the regime's
    return False


def _a_party(noun) -> bool:
    """Whether a noun on a place's way to a doing is someone of its own: a name, or a noun a name or a nationality
    makes someone's ("the Maduro regime", "the Mexican government")."""
    return noun.ent_type_ in _PARTIES or any(c.dep_ in ("compound", "poss", "amod") and c.ent_type_ in _PARTIES for c in noun.children)


def _held(verb) -> bool:
    """Whether a verb tells its subject held or tried ("serve life sentences", "await trial", "remain jailed")."""
    if _HELD_VERB.fullmatch(verb.text):
        return True
    if not _HELD_IF.fullmatch(verb.text):
        return False  # "MS-13 controls drug sales in prisons": the gang's own doing, wherever it is
    return any(_HELD_IN.fullmatch(c.text) or c.dep_ == "prep" and any(_HELD_IN.fullmatch(o.text) for o in c.children)
               for c in verb.children if c.dep_ in ("dobj", "acomp", "oprd", "xcomp", "prep"))


def _group_of_people(subject):
    """The named group whose people or units a verb's subject is, where the parse ties them to it ("MS-13 members extort
    shop owners in Houston", "cells of Hezbollah operate in Caracas": the group); any other subject as it is."""
    if subject is None or subject.ent_type_ or not subject.tag_.startswith("NN") or not (PEOPLE.fullmatch(subject.text) or UNITS.match(subject.text)):
        return subject
    held = owner(subject)
    return held if held is not None and held.ent_type_ == "CRIMINAL_GROUP" else subject


# Verbs of saying or belief, never a group's habitual doing, and whose speaker a description of a group they report is
_SAYING = re.compile(r"say|says|said|tells?|told|alleg(?:e|es|ed)|believ(?:e|es|ed)|thinks?|thought|suspect(?:s|ed)?|contend(?:s|ed)?|"
                     r"assert(?:s|ed)?|argu(?:e|es|ed)|insist(?:s|ed)?|accus(?:e|es|ed)|testif(?:y|ies|ied)|dic(?:e|en)|dijo|dijeron|"
                     r"afirm(?:a|an|ó|aron)|asegur(?:a|an|ó|aron)|creen?|creyó|sospech(?:a|an|ó)|sostienen?|alegan?", re.I)
_WITH = {"with", "alongside", "con"}
# Nouns that make "in … with" a preposition of partnership: "in conjunction with", "en coordinación con"
_JOINING = {"conjunction", "cooperation", "collaboration", "coordination", "partnership", "league", "alliance", "concert", "tandem",
            "colaboración", "coordinación", "alianza", "conjunto", "complicidad"}


def _named_partner(tok) -> bool:
    """Whether a partner's "with" takes a named group: "works with the ELN in Colombia" places both groups."""
    return tok.dep_ == "pobj" and tok.ent_type_ == "CRIMINAL_GROUP"


def _partner(prep) -> bool:
    """Whether a "with" on a place's way to the verb is a partner's, whose place is the partner's and not the doer's
    ("operates in conjunction with the regime in Venezuela", "smuggles with partners in Peru"): it hangs from the verb or
    a noun of partnership and takes no named group (one is placed with the doer); not a "with" that describes a noun
    ("sells fentanyl in neighborhoods with high unemployment in Phoenix")."""
    if prep.lower_ not in _WITH or any(_named_partner(o) for o in prep.children):
        return False
    return prep.head.tag_.startswith("VB") or prep.head.lower_ in _JOINING


# Verbs of fighting a group's hold on a place, whose object is there for the aim to make sense: "to end their campaign of
# violence on our homeland", "efforts to dismantle the cartel's networks in Texas", "desarticular sus células en Chile"
_FIGHTING = re.compile(r"(?:end(?:s|ed|ing)?|counter(?:s|ed|ing)?|(?:dismantl|disrupt|destroy|defeat|eliminat|eradicat|combat|uproot|"
                       r"desarticul|desmantel|destru|erradic|elimin)\w*)$", re.I)


_DEFINITE = {"the", "this", "that", "these", "those", "el", "la", "los", "las", "este", "esta", "estos", "estas", "ese", "esa", "esos", "esas"}
_POSSIBLE = re.compile(r"possible|potential|eventual|future|feared|likely|posibles?|potencial(?:es)?|eventual(?:es)?|futur[oa]s?", re.I)


def fought(tok) -> bool:
    """Whether a presence noun is the object of a verb of fighting it, told as there by a definite determiner or a
    possessor ("to end their campaign of violence in Texas", "to dismantle the cartel's networks"): the claim holds
    whatever mood the aim is told in; not a presence the aim only fears ("to counter a possible expansion into
    Texas", "any networks", "a potential foothold")."""
    if not (tok.tag_.startswith("NN") and tok.dep_ == "dobj" and _FIGHTING.match(tok.head.lower_) and tok.head.tag_.startswith("VB")):
        return False
    if any(c.dep_ in ("amod", "advmod") and _POSSIBLE.fullmatch(c.text) for c in tok.children):
        return False
    return any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in _DEFINITE for c in tok.children)


def _headline(sent) -> bool:
    """Whether a sentence is set as a headline, most of its words capitalized: a headline tells what happened in the
    present tense ("MS-13 Gang Kills Teen In Maryland")."""
    words = [t for t in sent if t.is_alpha and len(t) > 3 and not t.ent_type_]  # names are capitalized anywhere
    return len(words) >= 3 and sum(t.is_title for t in words) > len(words) / 2


