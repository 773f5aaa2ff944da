"""Whether the words of an event's actor or target say that the people they name belong to a group the words also
name, or only name the group beside them.

A group inside a target's or an actor's phrase ties those people to it only where the phrase says they belong:

- the group is the phrase's head, or a word that modifies the head directly ("Tren de Aragua gunmen", "the cartel's
  leader", "MS-13, the gang");
- the head is a word for a group's people ("members of a Tren de Aragua cell", "integrantes del Tren de Aragua");
- the head's own description says it, through an apposition or a clause rather than a preposition: a word for a
  group's people, a link ("linked to", "with ties to", "vinculado al"), belonging or leading ("Ana Soto, a suspected
  leader of the Gulf Cartel", "a man who police say heads MS-13", "people tied to Los Choneros");
- "from" a group ("gunmen from the CJNG").

Never for those a group stands against ("a Barrio 18 rival", "a witness against MS-13"), nor for a group set against the
one the words tell of ("the Gulf Cartel, not Los Zetas,"). Otherwise the group is only named there: "a man who was carrying a flag of MS-13", "victims of the Sinaloa Cartel",
"the wife of a Sinaloa Cartel leader" (the leader belongs, not the wife), "a man with MS-13 tattoos", "a key supplier of fentanyl for the
cartel", "12 people in an operation targeting Tren de Aragua", "the task force on Tren de Aragua": no one's
membership is read from those words (docs/annotation.md §3: a person is never tied beyond what the text says).
"""

from __future__ import annotations

import re

from ...models import GroupTie, Mention
from ..event_lexicon import ANOTHER, VIOLENT
from ..membership import LEFT as _LEFT
from ..membership import APPOSED
from ..ties import Hedge, _weakest, denied, local_hedge, merge_ties, told
from .chains import _family
from .pronoun_doers import pronoun_doers
from .same_people import same_people
from .words import _w
from ..doctext import text_of

# The people of a group, its units, and the words of belonging, linking and leading, in both languages
_PEOPLE = (r"members?|leaders?|associates?|affiliates?|bosses|boss|heads?|founders?|co-founders?|lieutenants?|operatives?|gunm[ae]n|"
           r"hit ?m[ae]n|enforcers?|commanders?|ringleaders?|kingpins?|gangbangers?|gangsters?|soldiers?|fighters?|militants?|recruits?|"
           r"cabecillas?|l[ií]deres|l[ií]der|integrantes?|miembros?|jefes?|jefas?|sicarios?|fundador(?:es|a)?|pistoleros?|"
           r"combatientes?|reclutas?|cells?|cliques?|factions?|wings?|chapters?|networks?|rings?|c[eé]lulas?|facci[oó]n(?:es)?|clicas?|redes?")
_LINK = (r"linked|tied|ties|links?|connected|connections?|associated|affiliated|allied|aligned|loyal|belong(?:s|ed|ing)?|"
         r"vinculad[oa]s?|v[ií]nculos?|ligad[oa]s?|relacionad[oa]s?|asociad[oa]s?|afiliad[oa]s?|pertenec\w*|perteneciente\w*|leales?")
_LEAD = (r"led|leads?|leading|heads|headed|heading|ran|runs|running|commands?|commanded|founded|co-founded|"
         r"lidera\w*|dirig\w*|comanda\w*|fund[oó]|encabez\w*")
_BELONGING = re.compile(rf"(?:{_PEOPLE}|{_LINK}|{_LEAD})", re.I)
# Those a group stands against: "a Barrio 18 rival", "victims of the cartel", "a witness against MS-13"
_AGAINST = re.compile(r"rivals?|rival(?:es)?|enem(?:y|ies)|enemig[oa]s?|foes?|opponents?|opositor(?:a|es)?|victims?|v[ií]ctimas?|"
                      r"targets?|critics?|informants?|informers?|witness(?:es)?|testigos?|defectors?", re.I)
# Verbs whose "as" gives what someone is taken for: "a man they identified as a member of Tren de Aragua"
_DESCRIBING = re.compile(r"(?:identif|describ|descri|characteri[sz]|classif|consider|label|list|brand|document|validat|recogni[sz]|"
                         r"señal|identific|calific|catalog|reconoc|sindic)\w*", re.I)
_OPPOSING = {"against", "contra", "versus", "vs", "vs."}  # "a war against the CJNG", "la guerra contra el Cártel de Sinaloa"
_CLAUSES = {"relcl", "acl", "advcl", "ccomp", "xcomp", "csubj", "pcomp"}
_ONE_OF = {"with", "from"}  # prepositions that keep a description on the person: "a man with ties to", "gunmen from"
_REACH = 12  # steps up the parse from a group's name to the phrase's head


def _of_the_other_side(name) -> bool:
    """Whether a group's name only says whose rival, enemy or victim a noun is, or what someone stands against: its
    possessor, a name before it, its "of" ("MS-13's rival", "a Barrio 18 rival", "rivals of the Sinaloa Cartel", "un
    rival del Cártel del Golfo"), or, the name itself, the object of "against" ("testified against the CJNG"). The name's
    own noun may be a verb the parse took for one ("Rivals of the Gulf Cartel control Reynosa": "Gulf Cartel control").
    "Against" only for the name itself: not through a noun it modifies ("a crackdown against CJNG cells in Jalisco":
    the cells are there), nor where the name's own phrase places it or says what it does ("the fight against MS-13 in
    Honduras", "testified against the Sinaloa Cartel, which operates in Culiacán")."""
    if _opposed(name):
        return True
    node = name
    for _ in range(3):
        if node.dep_ == "pobj" and node.head.lower_ in ("of", "de", "del"):
            return _AGAINST.fullmatch(node.head.head.text) is not None
        if node.dep_ in ("poss", "compound", "nmod", "nummod") and _AGAINST.fullmatch(node.head.text):
            return True
        if node.dep_ not in ("compound", "nummod") or node.head.i == node.i:
            return False
        node = node.head  # "the MS-13 gang", "[Gulf Cartel] control": the noun the name modifies
    return False


def _opposed(name) -> bool:
    """Whether a group's name is itself what "against"/"contra" takes, with nothing of its own that places it or tells
    what it does (a place's preposition, a clause under the name)."""
    if not (name.dep_ == "pobj" and name.head.lower_ in _OPPOSING or any(c.dep_ == "case" and c.lower_ in _OPPOSING for c in name.children)):
        return False
    return not any(c.dep_ in _CLAUSES or c.dep_ in ("prep", "nmod") and (c.lower_ in _PLACING or any(k.dep_ == "case" and k.lower_ in _PLACING for k in c.children))
                   for c in name.children)


_PLACING = {"in", "across", "throughout", "within", "en"}


# Words set right before a group's name that say it is not the one the sentence tells of: "The CJNG, not the Sinaloa
# Cartel, operates in Colima", "rather than MS-13", "unlike the Gulf Cartel", "y no el Cártel de Sinaloa", "en lugar del"; never
# a bare "no"/"ni", which denies the claim itself ("There is no Tren de Aragua presence in Chicago": negated, not someone else's)
_CONTRASTED = re.compile(r"(?:^|(?<=[\s,;(—–-]))(?:(?:(?:and|but|y|pero)\s+)?(?:not|nor|rather\s+than|instead\s+of|unlike|"
                         r"en\s+lugar\s+de|en\s+vez\s+de|a\s+diferencia\s+de)|(?:y|pero)\s+no)\s+(?:(?:the|el|la|los|las|del|al)\s+)?$", re.I)


def contrasted(text: str, mention: Mention) -> bool:
    """Whether a group's name is set against the one the sentence tells of, by the words right before it ("the CJNG,
    not the Sinaloa Cartel, operates in Colima": not the Sinaloa Cartel)."""
    return _CONTRASTED.search(text, max(0, mention.start - 40), mention.start) is not None


def set_against(doc, mention: Mention, etype: str) -> bool:
    """Whether a group named in an event's sentence is named only as not the one it tells of ("the CJNG, not the
    Sinaloa Cartel, operates"), or, for a presence claim, as whose rival or enemy its subject is or, by its name alone,
    what "against" takes ("Enemies of MS-13 operate in Houston", "the CJNG, at war against the Sinaloa Cartel, operates
    in Zacatecas"; not "a crackdown against CJNG cells in Jalisco": ``_opposed``): a group the parse does not make
    the claim's subject is no less the other side."""
    if contrasted(text_of(doc), mention):
        return True
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand") if etype == "presence" else None
    return span is not None and _of_the_other_side(span.root)


def belongs(doc, head, mention: Mention, etype: str, trigger) -> bool:
    """Whether the phrase headed by ``head`` says that what it names belongs to the group ``mention`` names in it.
    A group the parse does not place under the head (a phrase the reader widened) is left as the words say; so is
    what a designation takes (a group, or someone named with it), a presence claim's subject (whose units and
    people ``presence`` reads; but not a group whose rival or victim it is, or that it fights), and a group in what a charge accuses ("indictments against 24 people for
    laundering money for the cartel"), which ``ties`` holds to an accusation."""
    if contrasted(text_of(doc), mention):
        return False  # "the CJNG, not the Sinaloa Cartel, operates in Colima"
    if head is None or etype == "designation" or etype == "charge" and mention.start > trigger.idx:
        return True
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if etype == "presence":
        return span is None or not _of_the_other_side(span.root)  # "MS-13's rival, Barrio 18, operates in Houston": not MS-13
    if span is not None and span.start <= head.i < span.end and _LEFT.search(text_of(doc), head.left_edge.idx, mention.start):
        return False  # "Former MS-13 members shot", the parse making the group the head
    if span is None or span.start <= head.i < span.end:
        return True  # the group is the head: "Tren de Aragua", "the MS-13 gang"
    head = _counted(head, span.root)  # "dozens of ISIS fighters": the fighters, not the count, are what the phrase names
    if _LEFT.search(text_of(doc), head.left_edge.idx, max(head.idx, mention.start)):
        return False  # "former MS-13 members", "the ex-leader of the cartel": a membership left, no tie to what they do now
    if _AGAINST.fullmatch(head.text):
        return False  # "a Barrio 18 rival": of the other side
    path, node = [], span.root
    while node.i != head.i:
        if node.head.i == node.i or len(path) > _REACH:
            return True  # not under the head: a widened phrase ("…, all members of X,"), read by its own words
        path.append(node)
        node = node.head
    if any(t.left_edge.idx < mention.start and _LEFT.search(text_of(doc), t.left_edge.idx, mention.start) for t in path[1:]):
        return False  # "Luis Salas, a former MS-13 member,": the membership left is the apposition's, under the head
    if any(_AGAINST.fullmatch(t.text) for t in path[1:]):
        return False  # "members of a rival of MS-13", "dozens of members of the enemies of MS-13": the other side's
    if _BELONGING.fullmatch(head.text):
        # "members of a Tren de Aragua cell"; not "a commander who had investigated the cartel", "soldiers guarding a
        # road used by the CJNG": a clause between the head and the group says something else of them
        return not any(t.dep_ in _CLAUSES or t.tag_.startswith(("VB", "MD")) for t in path[1:])
    crossed = False  # a preposition between the head and the word: the word describes someone or something else
    for tok in reversed(path[1:]):  # from the head down, the group's own name left out
        if tok.dep_ == "prep" and _w(tok) not in _ONE_OF and not (_w(tok) in ("as", "como") and _DESCRIBING.fullmatch(tok.head.text)):
            crossed = True
        elif not crossed and _BELONGING.fullmatch(tok.text):
            # not through a clause of its own below it: "who belonged to a church group that opposed MS-13"
            return not any(t.dep_ in _CLAUSES or t.tag_.startswith(("VB", "MD")) for t in path[1 : path.index(tok)])
    return all(t.dep_ == "prep" and _w(t) == "from" for t in path[1:])  # the group itself modifies the head, or "from" it


# A count that heads its phrase with an "of" ("dozens of ISIS fighters", "three of the MS-13 members"): what the phrase
# names is the noun the "of" takes. Read on the English parse's "prep"/"pobj"; the Spanish words wait for a reading of
# its "nmod"/"case" ("decenas de sicarios del CJNG" is left as before)
_COUNT = re.compile(r"dozens|scores|hundreds|thousands|several|some|many|most|all|both|each|one|two|three|four|five|six|seven|"
                    r"eight|nine|ten|\d[\d,]*|decenas|cientos|centenares|miles|varios|varias|algunos|algunas|muchos|muchas|"
                    r"uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez", re.I)


# The words for a group's own people a count may take besides those of membership: never "captives", "hostages",
# "supporters" or "victims" ("two of the al-Shabaab captives" are no members)
_ITS_DOERS = re.compile(r"jihadis|jihadists|terrorists|thugs|insurgents|rebels|guerrillas|gangsters|hitmen|assassins|"
                        r"yihadistas|terroristas|guerrilleros|rebeldes", re.I)


def _counted(head, name):
    """The noun a count's "of" takes, where the group's name hangs under it and the noun is a word for its people;
    else the head as it is."""
    if not _COUNT.fullmatch(head.text):
        return head
    of = next((c for c in head.children if c.dep_ == "prep" and _w(c) in ("of", "de", "del")), None)
    noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    node = name
    while noun is not None and node.i != noun.i and node.head.i != node.i:
        node = node.head
    return noun if noun is not None and node.i == noun.i and (_BELONGING.fullmatch(noun.text) or _ITS_DOERS.fullmatch(noun.text)) else head


# A word of who backs or where a group is based, between the article and its name: "the Iran-backed Hamas", "the
# Mexico-based Sinaloa Cartel"; no other word, for a rival or a victim of the group is none of its people
_BACKED = r"(?:[\w’'.]+-(?:backed|based|sponsored|supported)\s+)?"
# What the parse may cut off from an actor: the words after it that tie it to a group, right before the act ("Gang
# members linked to Los Choneros killed", "Hombres vinculados al CJNG asesinaron"), which it hung on the link
_LINK_AFTER = re.compile(r"[\s,]*(?:who\s+(?:is|are|was|were)\s+|que\s+(?:son|eran)\s+)?(?:(?:allegedly|reportedly|supposedly|suspected|believed|thought|said|"
                         r"presuntamente|supuestamente)\s+)?(?:(?:to\s+be\s+)?(?:linked|tied|connected|associated|affiliated|allied|aligned)\s+(?:with|to)"
                         r"|(?:to\s+)?belong(?:ing)?\s+to|(?:vinculad|ligad|relacionad|asociad|afiliad)[oa]s?\s+(?:a|al|con)|pertenecientes?\s+a(?:l)?)"
                         r"\s+(?:(?:the|el|la|los|las)\s+)?" + _BACKED + r"$", re.I)
# The words that may follow the group's name before the act: the word for what the group is ("the Iran-backed Hezbollah
# terrorist group killed"), then an adverb or an auxiliary
_UP_TO_THE_ACT = re.compile(r"(?:\s+(?:(?:terrorist|criminal|street|drug|armed)\s+)?(?:gangs?|cartels?|groups?|organi[sz]ations?|factions?|"
                            r"militias?))?"
                            r"[\s,]*(?:(?:allegedly|reportedly|supposedly|presuntamente|supuestamente)\s+)?(?:(?:have|has|had|han|habían)\s+)?", re.I)


def linked_after(mentions: list[Mention], text: str, actor_end: int, trigger_start: int) -> Mention | None:
    """The group the words between an actor and its act tie the actor to, where nothing else stands between: "Gang
    members linked to Los Choneros killed two soldiers" (the parse made "linked" the sentence's verb), "a bomber
    linked to the Iran-backed Hezbollah terrorist group killed"."""
    return next((m for m in mentions if m.kind == "group" and m.key and actor_end <= m.start and m.end <= trigger_start
                 and _LINK_AFTER.fullmatch(text, actor_end, m.start) and _UP_TO_THE_ACT.fullmatch(text, m.end, trigger_start)), None)


# A relative clause of a tie after an aside set off by dashes, which the parse hangs on the aside's last noun: "sanctioned
# 17 targets — that's 15 individuals and two companies — that are linked to the Beltrán Leyva Organization"
_ASIDE_THEN_TIED = re.compile(r"\s*[—–]\s*[^—–\n.;!?]{1,120}?\s*[—–]\s*(?:that|who|which)\s+(?:are|were|is|was)\s+(?:(?:allegedly|reportedly|"
                              r"suspected|believed|said)\s+(?:to\s+be\s+)?)?(?:linked|tied|connected|associated|affiliated|allied|aligned)\s+"
                              r"(?:with|to)\s+(?:the\s+)?" + _BACKED + r"$", re.I)


def tied_after_aside(mentions: list[Mention], text: str, phrase: tuple[int, int] | None) -> list[tuple[Mention, tuple[int, int]]]:
    """The group the people of a phrase are tied to by a relative clause after an aside in dashes (``_ASIDE_THEN_TIED``),
    with the words from the phrase's start to the name, where the tie's own word is read as its hedge ("linked to")."""
    if phrase is None:
        return []
    return [(m, (phrase[0], m.end)) for m in mentions if m.kind == "group" and m.key and phrase[1] < m.start < phrase[1] + 250
            and _ASIDE_THEN_TIED.fullmatch(text, phrase[1], m.start)][:1]


# "the attack", "this brutal killing", "el crimen": a happening told before; not one its own words name ("the October 7
# attack", "the 2019 Ruiz murder")
_BACK = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ee]l|[Ll]a|[Ee]ste|[Ee]sta|[Dd]ich[oa])\s+(?:[a-záéíóúñ-]+\s+)?$")


def told_again(found: list[dict], ctx) -> None:
    """A happening told again by a definite noun that names no victim ("Gunmen killed a police captain … Authorities
    blamed the Sinaloa Cartel for the attack", "Police said the killing was ordered by Tren de Aragua") passes the
    groups its sentence ties to the act to the one telling of that kind of happening before it that names a victim;
    the ties keep their words, so their strength and who holds the view. Where two happenings of the kind were told
    before, or the one told already has its group, which one the noun refers to is not said."""
    text = ctx.text
    for f in found:
        actors = tuple(t for t in f["ties"] if t.role == "actor")
        start = f["trigger"][0]
        if not actors or f["type"] not in VIOLENT or f["target"] is not None or not f["noun"] or not _BACK.search(text, max(0, start - 30), start) \
                or ANOTHER.search(text, max(f["sentence"][0], start - 30), start):
            continue
        before = [g for g in found if _family(g["type"]) == _family(f["type"]) and g["sentence"][1] <= f["sentence"][0]
                  and g["target"] is not None and g["modality"] in ("asserted", "alleged")]
        if len(before) == 1 and not any(t.role == "actor" for t in before[0]["ties"]):
            before[0]["ties"] = merge_ties(before[0]["ties"], actors)
            before[0]["groups"] = before[0]["groups"] | {t.group_key for t in actors}
    _described_later(found, ctx)
    _crime_blamed(found, ctx)
    same_people(found, ctx)  # "Police arrested three MS-13 members. The men were charged"
    pronoun_doers(found, ctx)  # "MS-13 members stormed a bar. They shot two men"


# A later sentence that says what the doers of a happening told before belong to: "Police said the gunmen were members
# of MS-13", "the attackers are believed to belong to the Gulf Cartel", "los sicarios serían integrantes del CJNG"
_DOERS = (r"gunm[ae]n|hitm[ae]n|attackers?|assailants?|killers?|shooters?|kidnappers?|abductors?|perpetrators?|robbers?|"
          r"suspects?|sicarios?|pistoleros?|atacantes?|asesinos?|agresor(?:es)?|secuestradores?|delincuentes?|sospechosos?|"
          r"presuntos\s+responsables|responsables")
# An actor told by what it did or how it looked, not by name: the doers a later "the attackers" may stand for ("Gunmen
# killed …; the attackers were members of"), as "two masked men", "unknown assailants", "hombres armados"
_NAMELESS = re.compile(r"(?:" + _DOERS + r"|m[ae]n|people|individuals|persons|hombres|sujetos|individuos|personas)\b", re.I)
_DOERS_BELONG = re.compile(r"\b(?:the|these|those|both|el|la|los|las|ambos|dichos)\s+(?P<who>" + _DOERS + r")\s+"
                           r"(?:(?:are|were|is|was|es|era|fue|ser[ií]a|son|eran|fueron|ser[ií]an|habr[ií]an\s+sido)\s+)?(?:(?:allegedly|reportedly|supposedly|believed|thought|suspected|"
                           r"said|presuntamente|supuestamente)\s+(?:to\s+(?:be|have\s+been)\s+|of\s+being\s+)?)?"
                           r"(?:(?:(?:an?|un|una)\s+)?(?:members?|part|integrantes?|miembros?|parte)\s+(?:of|de|del)|(?:to\s+)?belong(?:ed|s)?\s+to|"
                           r"(?:linked|tied|connected|affiliated|vinculad[oa]s|ligad[oa]s)\s+(?:to|with|a|al|con)|pertenec\w+\s+a(?:l)?)"
                           r"\s+(?:(?:the|el|la|los|las)\s+)?$", re.I)


# Before the doers: a question, a denial or a possibility ("have not said whether", "denied reports that", "the
# possibility that"), which tells no belonging
_OPEN = re.compile(r"\b(?:whether|if|unclear|unknown|not|never|no|si|nunca|se desconoce|den(?:y|ies|ied)|rejected|dismissed|"
                   r"possib\w+|posib\w+|neg(?:ó|aron|a|an)|descart\w+)\b|n[’']t\b", re.I)


def _described_later(found: list[dict], ctx) -> None:
    """The group a later sentence says the doers of a happening belong to ("the gunmen were members of MS-13"), tied
    to the acts of the last sentence before it whose actor those words name, where they have no group: with the
    sentence's own hedge, as the speaker's view inside a statement, else as the text's own word."""
    text = ctx.text
    for sentence in ctx.ann.sentences:
        for m in (m for m in ctx.mentions if m.kind == "group" and m.key and sentence.start <= m.start < sentence.end):
            said = _DOERS_BELONG.search(text, sentence.start, m.start)
            if said is None or _OPEN.search(text, sentence.start, said.start()) or text[sentence.start : sentence.end].rstrip().endswith("?") \
                    or ANOTHER.search(text, sentence.start, m.start):
                continue  # "Police have not said whether the gunmen belonged to the Gulf Cartel": a question; "in a separate case": other doers
            who = _stem(said.group("who"))
            acts = [f for f in found if f["type"] in VIOLENT and f["sentence"][1] <= sentence.start and f["modality"] in ("asserted", "alleged")
                    and _may_stand_for(who, text[slice(*f["actor"])] if f["actor"] else None)
                    and not (f["target"] and who in map(_stem, re.findall(r"\w+", text[slice(*f["target"])])))]  # "A gunman was shot dead": the victim
            last = max((f["sentence"] for f in acts), default=None)
            if last is not None and who in map(_stem, re.findall(r"\w+", text[last[1] : sentence.start])):
                continue  # "… was shot dead. Police arrested a suspect in a burglary. The suspect is": the one told between
            statement = ctx.statement_at(m.start)
            view = told(statement)
            # "the suspect" holds the act itself as a suspicion: the group is tied no more strongly than that
            doubt = Hedge("suspected", said.group("who"), said.span("who"), view.by if view else None) \
                if re.match(r"suspect|sospechos|presunt", who) else None
            hedge = _weakest(local_hedge(text, said.start(), m, ctx.language), view, doubt)
            by = hedge.by or (view.by if view else None)  # "Authorities said the attackers were believed to be": the authorities' belief
            for f in (f for f in acts if f["sentence"] == last and not any(t.role == "actor" for t in f["ties"])):
                f["ties"] = merge_ties(f["ties"], (GroupTie(m.key, "actor", hedge.strength, hedge.hedge, by, hedge.span, (m.start, m.end)),))
                f["groups"] = f["groups"] | {m.key}


def _may_stand_for(who: str, actor: str | None) -> bool:
    """Whether the doers a later sentence names ("the attackers", stemmed) may be an act's actor as told: the same word
    ("the gunmen" of "gunmen killed"), or an actor told by no name ("two masked men", "unknown assailants"); an act
    told with no actor ("was shot dead") only for "the suspect", "the shooter", "the killer", who are its doers by the
    word itself. Never a named actor ("Ruiz shot …; the gunmen were members of": other people)."""
    if actor is None:
        return re.fullmatch(r"suspect|shooter|killer|gunman|assailant|attacker|perpetrator|sospechoso|asesino|atacante|agresor|sicario", who) is not None
    words = re.findall(r"[\w-]+", actor)
    return who in map(_stem, words) or _NAMELESS.search(actor) is not None and not any(w[:1].isupper() or w[:1].isdigit() and "-" in w for w in words[1:])


def _stem(word: str) -> str:
    """One form for a noun's singular and plural: "gunmen" and "gunman", "sicarios" and "sicario"."""
    word = word.lower()
    if word.endswith("men"):
        return word[:-3] + "man"
    if word.endswith("es") and len(word) > 4 and word[-3] not in "aeiou" and not word.endswith("tes"):
        return word[:-2]  # "traficantes" and "delincuentes" keep their e: "traficante", "delincuente"
    return word[:-1] if word.endswith("s") else word


# A happening referred back to by a word that names no kind ("the crime", "the incident", "el crimen", "el hecho"), blamed on
# a group: "Police attributed the crime to Los Choneros", "la Fiscalía atribuyó el crimen al Tren de Aragua"
_CRIME_BLAMED = re.compile(r"\b(?:blam\w+|attribut\w+|atribu\w+|responsabiliz\w+)\s+(?:(?:the|this|el|este|dicho)\s+(?:crime|incident|crimen|hecho)\s+"
                           r"(?:on|to|a|al)|(?:on|to|a|al))\s+(?:(?:the|el|la|los|las)\s+)?$", re.I)
# Blame that names nothing but the group, at the end of its sentence: "Police blamed Los Lobos.", "Las autoridades culparon al CJNG."
_BARE_BLAME = re.compile(r"\b(?:blam(?:e|es|ed)|culp(?:a|an|ó|aron)|responsabiliz\w+)\s+(?:(?:the|a|al|a los|a la)\s+)?$", re.I)
_SENTENCE_END = re.compile(r"\s*(?:[.;!]|$)")
_THE_CRIME = re.compile(r"\b(?:the|this|el|este|dicho)\s+(?:crime|incident|crimen|hecho)\b", re.I)


def _crime_blamed(found: list[dict], ctx) -> None:
    """A sentence that blames "the crime" or "el hecho" on a group, where the story told one violent happening with a
    victim before it: the group is that happening's actor, as an accusation (alleged), by whom the sentence says."""
    text = ctx.text
    for sentence in ctx.ann.sentences:
        crime = _THE_CRIME.search(text, sentence.start, sentence.end)
        for m in (m for m in ctx.mentions if m.kind == "group" and m.key and sentence.start <= m.start < sentence.end):
            blamed = _CRIME_BLAMED.search(text, max(sentence.start, m.start - 60), m.start) if crime else \
                _BARE_BLAME.search(text, max(sentence.start, m.start - 40), m.start) if _SENTENCE_END.match(text, m.end) else None
            before = [f for f in found if f["type"] in VIOLENT and f["target"] is not None and f["sentence"][1] <= sentence.start
                      and f["modality"] in ("asserted", "alleged")]
            if blamed is not None and denied(text, blamed.start(), sentence.start):
                continue  # "Nobody blamed MS-13", "police have not blamed the gang"
            if blamed is None or len({_family(f["type"]) for f in before}) != 1 or len({f["sentence"] for f in before}) != 1 \
                    or any(t.role == "actor" for f in before for t in f["ties"]):
                continue  # no blame, or which happening "the crime" is, is not said
            statement = ctx.statement_at(m.start)
            by = statement.speaker_name or statement.speaker_text if statement is not None else None
            tie = GroupTie(m.key, "actor", "alleged", blamed.group(0).strip(), by, blamed.span(), (m.start, m.end))
            for f in before:
                f["ties"], f["groups"] = merge_ties(f["ties"], (tie,)), f["groups"] | {m.key}


# What joins two groups' names in a list: "the Sinaloa Cartel and the CJNG", "el CJNG y el Cártel de Sinaloa"; never a
# bare comma, which as often ends a fronted clause ("According to a report on Los Zetas, the Gulf Cartel operates"), nor
# "or", which asserts neither ("Either MS-13 or Barrio 18 operates in")
_AND = re.compile(r",?\s+(?:and|y|e)\s+(?:(?:the|el|la|los|las)\s+)?", re.I)


def coordinated(doc, mentions: list[Mention], named: list, presence: str | None = "presence") -> list:
    """The groups a presence claim's named groups are listed with, name next to name ("The Sinaloa Cartel and the CJNG
    operate in Zacatecas", where the parse hung the verb on the first name and took the second for its subject), joined
    by "and"/"y" (``_AND``), each with the role and span of the one it is listed with; none set against it ("MS-13,
    not Barrio 18,"). For any other event (``presence`` None) only an actor's group is followed: "a gunman linked to
    Hamas and Hezbollah killed" ties both, each as the words before the first put it."""
    have, out = {m.key for m, _, _ in named}, []
    for m, role, span in named:
        if role not in (("actor", "mentioned") if presence else ("actor",)) or m.kind != "group":
            continue
        for other in mentions:
            gap = (m.end, other.start) if other.start >= m.end else (other.end, m.start)
            if other.kind == "group" and other.key and other.key not in have and _AND.fullmatch(text_of(doc), *gap) \
                    and not set_against(doc, other, "presence"):
                out.append((other, role, span))
                have.add(other.key)
    return out




def left_behind(text: str, start: int, end: int) -> bool:
    """Whether the words from ``start`` to ``end`` (a phrase up to a group's name) tell a membership left: "Former
    MS-13 members", "the ex-leader of"."""
    return bool(_LEFT.search(text, start, end))


def member_now(people, members: dict, text: str, tok, named: Mention | None) -> bool:
    """Whether the document says the target itself belongs to a group, so that it was hit as a rival group: the
    person's chain is a member's, the membership is not one the person has left ("Salas, a former MS-13 member"),
    and the name is the target's own, not its possessor's ("Salas's sister was shot": the sister is no member)."""
    if named is None or (chain := people.chain(named)) not in members:
        return False
    if any(c.dep_ == "poss" and c.left_edge.idx <= named.start < c.right_edge.idx + len(c.right_edge) for c in tok.children):
        return False
    _group, (start, end) = members[chain]
    return not _LEFT.search(text, start, end)


_RELATIVE = {"who", "whom", "that", "which", "quien", "quienes", "que"}


def the_party(doc, person: Mention, tok) -> bool:
    """Whether a person named in a party's words is the party itself, so that the person's group is the party's: not
    a name the party's words only hold ("Ruiz's brother kidnapped", "a shop owner who testified against Ruiz was
    kidnapped", "the man who shot Diaz"), save the party's apposition ("the suspect, Carlos Ruiz,"). A name told
    elsewhere ("him", "he") is the party's."""
    if tok is None:
        return True
    if tok.lower_ in _RELATIVE and tok.head.dep_ == "relcl":
        tok = tok.head.head  # "the man who shot Diaz": the man
    if not tok.left_edge.idx <= person.start < tok.right_edge.idx + len(tok.right_edge) or person.start <= tok.idx < person.end:
        return True
    span = doc.char_span(person.start, person.end, alignment_mode="expand")
    return span is not None and (span.root.dep_ == "appos" and span.root.head == tok or tok.dep_ == "appos" and tok.head == span.root)


def someones_group(text: str, group: Mention, sentence_start: int) -> bool:
    """Whether a group is named in its sentence as a person's group, in an apposition ("Juan Pérez, presunto
    integrante del Cártel del Golfo, fue asesinado"): no candidate for the doer of the sentence's act, which the
    sentence does not lay at its door (the victim's group is a tie of the target: context). Members as the subject
    ("Integrantes del CJNG estarían detrás del asesinato") are the doers, read elsewhere."""
    return any(m.end() == group.start for m in APPOSED.finditer(text, max(sentence_start, group.start - 80), group.start))
