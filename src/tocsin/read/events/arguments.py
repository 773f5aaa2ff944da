"""Event arguments off the dependency parse: actor and target of a trigger (modality and group ties are read in ``mood``)."""

from __future__ import annotations

from ...models import Mention
from ..event_lexicon import LEGAL, MODALITY, TRADE_VEHICLES, VIOLENT
from .charged import charged_one, described_one, first_listed, legal_party
from .located import joined_holder, located_group
from .presence import (
    BOTH_SIDES,
    PEOPLE,
    REMOVAL,
    UNITS,
    controller,
    holder,
    owner,
    removed,
    sides_holder,
)
from .participles import after_a_participle, found_before, hurt_after
from .possessors import befell_by_its_object, names_no_party, possessor_before
from .presence_where import HELD_BY
from .taken import hostages, taken_from
from .words import (
    REASONS,
    _APPEARING,
    _BRINGING,
    _PAYING,
    _RECEIVING,
    _VERBS_OF_DOING,
    _child,
    _prep_object,
    _w,
    chanced,
    hands_of,
    raiders,
    stranded_subject,
    torn_description,
    torn_object,
)

_ACTOR_PREFERENCE = {"group": 0, "agency": 1, "organization": 2, "person": 3}
_ANSWERABLE = {"responsible", "accountable", "liable", "culpable"}  # "held responsible": blamed; "held in jail after his arrest": kept
_CUT = {"relcl", "acl", "advcl", "appos", "punct", "cc", "prep", "parataxis", "mark", "case"}
_KEEP_PREPS = {"of", "from", "between"}  # "members of X", "gunmen from X", "a dispute between X and Y"; "in Tibú" is where, not who
_WEAPONS = {"granada", "granadas", "bomba", "bombas", "explosivo", "explosivos", "artefacto", "disparos", "balas", "fuego", "dinamita", "grenade", "grenades", "bomb", "bombs", "explosive", "explosives", "device", "shots", "bullets", "fire", "rounds", "cocktail", "dynamite"}
_DEMANDING = {"cobra", "cobran", "cobraba", "cobraban", "cobró", "cobraron", "exige", "exigen", "exigía", "exigían", "exigió",
              "exigieron", "pide", "piden", "pedía", "pedían", "impone", "imponen", "imponía", "imponían"}
_BLAMING = {"atribuyó", "atribuyeron", "atribuido", "atribuida", "atribuye", "atribuyen", "responsabilizó", "responsabilizaron", "vinculó", "vincularon", "vinculado", "vinculada", "acusó", "acusaron", "blame", "blamed", "blames", "blaming", "accuse", "accused", "accuses", "attributed", "attribute", "attributes",
            "linked", "tied", "held"}
_MEANS = {"teléfono", "llamada", "llamadas", "mensaje", "mensajes", "carta", "moto", "motocicleta", "auto", "lancha", "noche", "fuerza", "mano", "video", "phone", "telephone", "email", "mail", "text", "message", "messages", "letter", "car", "motorcycle", "boat",
          "plane", "land", "sea", "air", "night", "day", "force", "hand", "gunpoint", "video"}


def _phrase(tok) -> tuple[int, int]:
    """Character span of a noun phrase: its token and the modifiers before it,
    plus "of/from/in" phrases after it (themselves cut the same way), without
    clauses and appositions."""
    right = tok.idx + len(tok)
    for c in tok.children:
        if c.i < tok.i:
            continue
        if c.dep_ == "prep" and _w(c) in _KEEP_PREPS:
            obj = _child(c, "pobj")
            right = max(right, _phrase(obj)[1] if obj is not None else c.idx + len(c))
        elif c.dep_ not in _CUT and not c.is_space:
            right = max(right, _phrase(c)[1])
    left = min((c.left_edge for c in tok.children if c.i < tok.i and c.dep_ not in _CUT), default=tok, key=lambda t: t.i)
    left = min(left, tok, key=lambda t: t.i)
    if (before := torn_description(left)) is not None:
        left = before
    return left.idx, right



def _subtree(tok) -> tuple[int, int]:
    return tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge)


def _named(mentions: list[Mention], start: int, end: int, kinds=("group", "agency", "organization", "person")) -> Mention | None:
    inside = [m for m in mentions if start <= m.start and m.end <= end and m.kind in kinds]
    return min(inside, key=lambda m: (_ACTOR_PREFERENCE[m.kind], m.start)) if inside else None


# Times a verb's "at" or "on" may tell, which are no object of its own: "seized the town and attacked at dawn"
_TIMES = {"dawn", "dusk", "daybreak", "nightfall", "sunrise", "sunset", "night", "midnight", "noon", "midday", "morning",
          "afternoon", "evening", "weekend", "weekends", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
          "sunday", "once", "time", "times", "least", "first", "last", "nights", "mornings", "evenings"}


def _own_object(tok):
    """A verb's own "on", "against" or "at" object ("shot at two officers"), not a time it tells ("attacked at dawn",
    "on Monday", "at night"), which leaves the verb to share the object of the verb it is joined to."""
    obj = _prep_object(tok, "on", "against", "at")
    return None if obj is not None and obj.lower_ in _TIMES else obj


def _subject(verb):
    """The subject of a verb, borrowed from the verb it is coordinated with or controlled by; a passive's subject the
    parse hung on its "was" is the verb's."""
    seen, only_conj, participle = 0, True, verb is not None and verb.tag_ == "VBN"  # "who were targeted and murdered", not "… or to retaliate"
    while verb is not None and seen < 4:
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "csubj") and c.ent_type_ not in ("DATE", "TIME")), None)
        if subj is None and (aux := _child(verb, "auxpass")) is not None and (subj := _child(aux, "nsubj")) is not None:
            return subj, only_conj  # "a journalist was  injured", the blanks of a link's brackets between: the parse
            # hung the subject on the "was" of the passive
        if subj is not None and _w(subj) in ("who", "that", "which") and verb.dep_ == "relcl":
            return verb.head, subj.dep_ == "nsubjpass" and only_conj and participle  # "gangs that charge fees and kill those who refuse"; "Jews who were targeted and murdered by"
        if subj is not None:
            return subj, subj.dep_ == "nsubjpass" and only_conj  # "paid to kill X": the killers are not passive
        if (stranded := stranded_subject(verb)) is not None:
            return stranded, False  # "… in Houston and Barrio 18 operates in Dallas": the parse hung the subject on "Houston"
        if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head is not verb:
            only_conj = only_conj and verb.dep_ == "conj"
            verb = verb.head
            seen += 1
            continue
        if verb.dep_ in ("relcl", "acl"):
            return verb.head, False
        break
    return None, False


def _agent(tok):
    """The "by X" of a verb or noun, unless X is a means ("by phone", "by motorcycle")."""
    who = _prep_object(tok, "by") or hands_of(tok)
    return None if who is None or who.lower_ in _MEANS or who.lang_ == "es" and REASONS.fullmatch(who.lower_) else who


# Violent verbs whose bare participle in a headline tells what befell its subject ("Springfield man shot twice"); not
# those whose subject acts ("inmates rioted", "a car bomb exploded", "soldiers clashed").
_DONE_TO = {"shot", "stabbed", "killed", "murdered", "slain", "wounded", "injured", "kidnapped", "abducted", "attacked", "assaulted",
            "beaten", "robbed", "raped", "strangled", "carjacked", "ambushed", "executed", "burglarized", "burgled", "looted"}  # English: the rule reads English tags


def _subject_undergoes(trigger: str) -> bool:
    """Whether a legal trigger's subject is the one it befalls: "faces", "pleaded guilty" (or no contest), "gets 15
    years", "is wanted on charges"."""
    low = trigger.lower()
    return low.startswith(("face", "facing", "get", "got", "receiv", "wanted", "appear", "await")) or any(w in low for w in ("guilty", " plea ", "no contest", "nolo"))


def _bullet_verb(tok) -> bool:
    """Whether a participle the parse took for an adjective opens a subjectless item of a fact sheet's list of
    actions: it governs an "as" phrase ("Designated international cartels … as Foreign Terrorist Organizations"), or
    a determiner, a possessive or a number follows it, which in English comes before an adjective, never after ("Designated two
    ISIS leaders, who…", "Sanctioned the militia's commanders"; not "Designated terrorist groups such as…")."""
    first = next((t for t in tok.sent if not t.is_punct and not t.is_space), None)
    if not (tok.dep_ == "amod" and first is not None and tok.i == first.i and tok.text[:1].isupper() and tok.tag_ in ("VBN", "VBD")):
        return False
    after = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return any(c.dep_ == "prep" and c.lower_ == "as" for c in tok.head.children) \
        or after is not None and after.tag_ in ("DT", "CD", "PRP$") and after.i <= tok.head.i and after in tok.head.subtree


def _found_guilty(found):
    """X in "found X guilty", however the parse hangs X ("found former Officer Derek Chauvin guilty", "found Paul
    Tillis, a former officer, guilty"): the head of the words between the verb and "guilty"."""
    end = next((t.i for t in found.doc[found.i + 1 : found.i + 16] if t.lower_ == "guilty"), None)
    if end is None:
        return None
    return next((t for t in found.doc[found.i + 1 : end] if t.tag_.startswith(("NN", "PRP"))
                 and not found.i < t.head.i < end), None)


def _verb_arguments(tok, etype: str, text: str):
    if etype == "presence" and tok.dep_ == "acl":
        return tok.head, None  # "a narco-terrorism enterprise based in Venezuela": the enterprise is there
    if tok.dep_ == "acl" and tok.tag_ in ("VBN", "VBD") and not any(c.dep_ in ("nsubj", "mark") for c in tok.children):
        # "an officer killed in Maracay", "Mason charged with sex assault"; not a clause of its own on a noun ("no evidence
        # that MS-13 killed the man": MS-13 and the man, read as any verb's)
        return _agent(tok), after_a_participle(tok) or tok.head
    if tok.dep_ == "acl" and tok.tag_ == "VBG" and _subject_undergoes(text):  # "a fugitive facing charges": the fugitive
        return None, tok.head
    if _bullet_verb(tok):
        return None, tok.head  # "- Designated the cartels as Foreign Terrorist Organizations": the cartels
    if tok.dep_ == "amod" and tok.tag_ in ("VBN", "JJ") and etype in ("killing", "attack", "abduction"):
        return _agent(tok), tok.head  # "a murdered policeman", "4 slain Oakland police": the noun it describes
    if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and any(c.dep_ == "auxpass" for c in tok.children):
        gov = tok.head.head  # "the victim was awaiting treatment after being stabbed": the one the clause is about
        return _agent(tok), _subject(gov)[0]  # "2 men hospitalized after being shot"; "was released and later freed before being arrested"
    if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and _w(tok.head) in _WHEN | _MEANS_BY and tok.head.head.tag_.startswith(("VB", "MD")):
        # "Hezbollah gunmen killed the colonel after kidnapping him": the clause's subject did both, not its object; "an
        # officer stopped the gunman by shooting him": the officer shot, the gunman was shot
        return _subject(tok.head.head)[0], _gerund_object(tok)
    if tok.dep_ == "pcomp" and tok.head.dep_ == "prep":  # "suspected of kidnapping X", "accused X of killing"
        gov = tok.head.head
        return _child(gov, "dobj") or _child(gov, "nsubjpass"), _gerund_object(tok)
    if tok.dep_ in ("xcomp", "oprd", "advcl") and tok.head.lower_ in _FOUND_AS and (found := _child(tok.head, "nsubjpass") or (
            _child(tok.head, "nsubj") if tok.head.tag_ == "VBN" and _child(tok.head, "dobj") is None else None)) is not None:
        if etype == "presence" and not any(c.dep_ == "advmod" and c.lower_ in _HEARSAY for c in tok.head.children):
            return found, None  # "Tren de Aragua has been found operating in Texas": the one found is there (not "was
            # reportedly seen operating in", whose hedge sits on "seen", out of the claim's reach: said nothing rather than more)
        return _agent(tok) or _agent(tok.head), found  # "Paris was found shot to death inside his residence": Paris was shot
    if tok.dep_ in ("ccomp", "oprd") and tok.tag_ == "VBN" and tok.head.lower_ in _FOUND_AS and (found := _child(tok, "nsubj")) is not None:
        return _agent(tok), found  # "police found the man shot in his car": the man was shot, police found him
    if (found := found_before(tok)) is not None:
        return _agent(tok), _subject(found)[0]  # "Rufus Church, who was found fatally shot": Church, not who found him
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
    subj, subj_passive = _subject(tok)
    if subj is not None and _w(subj) in ("who", "that", "which"):
        clause = tok
        while clause.dep_ in ("ccomp", "xcomp", "conj") and clause.head is not clause:
            clause = clause.head  # "Tren de Aragua, which they said controls…": up to the relative clause
        if clause.dep_ == "relcl":
            subj = clause.head  # "a merchant who had been kidnapped"
    if passive and etype == "presence":
        return subj, None  # "the group is involved in smuggling in Peru", "is based in Lima": the group is there
    if passive or subj_passive and tok.dep_ == "conj":
        return _agent(tok) or (raiders(tok) if etype in LEGAL else None), subj  # "arrested during raids by Montreal police"
    if etype == "disappearance" or tok.lower_ in _UNDERGONE:  # "40 migrants have disappeared", "the man died of his wounds"
        # the subject is who went missing or died; one who surrendered gave himself up to the authority he names
        return (_prep_object(tok, "to") if etype == "arrest" else hands_of(tok)), subj  # "murió a manos de sicarios"
    if tok.lower_ == "found" and not passive and (convicted := _found_guilty(tok)) is not None:
        return subj, convicted  # "a jury found X guilty": the jury convicts X
    if _subject_undergoes(text):  # "he faces charges", "he pleaded guilty", "he gets 15 years": he is the one charged
        return None, subj
    if (etype in LEGAL or tok.lower_ in _DONE_TO) and tok.tag_ in ("VBD", "VBN") and subj is not None and subj.dep_ == "nsubj" \
            and subj.head.i == tok.i and not any(c.dep_ in ("dobj", "dative", "aux", "ccomp", "xcomp") for c in tok.children) \
            and ((nxt := next((t for t in tok.doc[tok.i + 1 :] if not t.is_space), None)) is None or nxt.is_punct
                 or nxt.dep_ in ("prep", "advmod", "npadvmod") and nxt.lower_ not in ("into", "on", "upon", "back")
                 and not (nxt.lower_ == "at" and tok.lower_ in ("shot", "fired")) or subj.tag_ == "CD" and nxt.tag_.startswith("VB")):
        # a headline's passive without its "was": "Mason charged with sex assault", "Springfield man shot twice"; a count
        # the participle describes, its clause's verb next: "the 20 killed included four children"
        return None, subj
    target = _child(tok, "dative") or _child(tok, "dobj") or torn_object(tok)
    if etype == "extortion":  # "cobra cuotas a los migrantes": who pays, not what is paid
        target = _child(tok, "dative") or _prep_object(tok, "to") or target
    if target is not None and _w(target) in ("that", "which", "who", "whom") and tok.dep_ == "relcl":
        target = tok.head  # "22 groups that he designated"
    if etype in LEGAL and target is not None and target.lower_ in _CHARGE_PAPERS:
        target = legal_party(target, ("of", "against")) or _prep_object(tok, "against")  # "filed charges against Lopez":
        # Lopez; "charges of fraud against two officers", where the parse hangs "against" on the offence: the officers
        if target is None:
            return subj, None  # "filed charges of fraud at the customs office": where, not against whom
    if target is None and _own_object(tok) is None:  # "kidnapped and killed X": the object the verbs share; "threatened
        # to kill X"; not where the verb has its own ("pulled a gun and shot at two officers")
        target = next((_child(v, "dobj") for v in (*tok.conjuncts, *(c for c in tok.children if c.dep_ == "xcomp")) if _child(v, "dobj") is not None), None)
    if target is None or target.lower_ in _WEAPONS:
        target = _prep_object(tok, "on", "against", "at", "into", "outside", "inside", *(("to",) if target is not None else ())) or (
            _prep_object(target, "on", "at", "into", "to") if target is not None else None) or target  # "opened fire on an army patrol"
    target = hurt_after(tok, target) if etype in VIOLENT else target  # "opened fire at a bar, killing two": the two; the bar is where
    if target is not None and target.lower_ in _WEAPONS:  # what was fired is no target: "opened fire" alone names none, the
        target = _wounded(tok.head) if tok.dep_ == "advcl" else None  # hurt of the clause it is told in may ("were wounded when")
    return subj, target


_WHEN = {"after", "before", "while", "since", "upon", "following"}  # the prepositions of a time, not "of"; not "without" (a denial)
_MEANS_BY = {"by"}  # the preposition of a means: "stopped the gunman by shooting him" (the one who stopped him did it)


def _gerund_object(tok):
    """The object of a gerund, or of the gerund joined to it when it has none of its own ("by shooting and wounding
    him", "of kidnapping and killing two officers": him, the officers); none where it has its own "at" or "on" object
    ("of firing at two deputies and wounding a third": not the third)."""
    if (obj := _child(tok, "dobj")) is not None or _own_object(tok) is not None:
        return obj
    return next((o for v in tok.conjuncts if v.i > tok.i and v.tag_ == "VBG" and (o := _child(v, "dobj")) is not None), None)


_CHARGE_PAPERS = {"charge", "charges", "complaint", "complaints", "information", "indictment", "indictments", "case", "cases"}
_UNDERGONE = {"died", "dies", "succumbed", "succumbs", "came", "turned", "surrendered",  # "came under fire", "turned himself in"
              "lost", "losing", "lose", "loses",  # "22 Americans lost their lives": the dead
              "murió", "murieron", "muere", "mueren", "falleció", "fallecieron", "pereció", "perecieron"}  # "un sargento murió": the dead
_HEARSAY = MODALITY["en"]["alleged"] | MODALITY["es"]["alleged"]
_FOUND_AS = {"found", "left", "discovered", "reported", "seen", "pronounced", "encontrado", "encontrada", "encontrados", "encontradas",
             "hallado", "hallada", "hallados", "halladas", "dejado", "dejada"}  # "was found shot to death": who was found was shot


def _record(tok, etype: str) -> bool:
    """Whether a legal noun is part of a description of someone's record: "a national with a conviction for rape",
    "He has convictions for robbery", "has pending charges of assault"."""
    if etype not in LEGAL or not tok.tag_.startswith("NN"):
        return False
    return tok.dep_ == "pobj" and tok.head.lower_ == "with" or tok.dep_ == "dobj" and tok.head.lower_ in ("has", "have", "had")


def _record_held(tok, etype: str):
    """Whose record a legal noun "had" is in a relative clause: "a national who already had an active warrant for
    murder": the national (None where it is no such record)."""
    verb = tok.head
    if etype not in LEGAL or not tok.tag_.startswith("NN") or tok.dep_ != "dobj" or verb.lower_ not in ("had", "has", "have") or verb.dep_ != "relcl":
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return verb.head if subject is not None and subject.lower_ in ("who", "that") and verb.head.tag_.startswith("NN") else None


def _noun_arguments(tok, etype: str):
    preps = ("of", "on", "against", "at", "outside", "to") if etype == "threat" else ("of", "on", "against", "at", "outside")
    actor, target = _agent(tok), legal_party(tok, preps) if etype in LEGAL else _prep_object(tok, *preps)  # "charges of arson": no one
    if target is not None and _w(target.head) == "on" and tok.dep_ in ("dobj", "nsubjpass") and _w(tok.head).startswith("blam"):
        actor, target = actor or target, None  # "police blamed the killing on MS-13": the one blamed did it
    if etype == "presence" and actor is None and target is not None and target.ent_type_ not in ("GPE", "LOC", "FAC"):
        actor, target = target, None  # "the infiltration of Tren de Aragua into the United States": the group is there
    if actor is None and etype not in LEGAL and (other := _prep_object(tok, "with")) is not None and other.lower_ not in _MEANS | _WEAPONS:
        actor = other  # "a shootout with smugglers"; a legal step's "with" is its offence's ("a conviction for assault with a weapon")
    for c in tok.children:
        if c.dep_ == "poss":
            befell = etype in LEGAL and c.ent_type_ != "AGENCY" and (target is None or names_no_party(target))  # "Duque's arrest on drug charges"
            if not befell and (c.ent_type_ in ("CRIMINAL_GROUP", "ORG", "AGENCY") or c.tag_ == "NNPS" or befell_by_its_object(tok, target, etype)):
                actor = actor or c  # "Peru's arrest of Rafael Duque": the one whose act it is, its object said after it
            else:
                target = c if target is None or names_no_party(target) else target  # "Duque's arrest on drug charges": Duque
        elif c.dep_ == "compound" and c.ent_type_ in ("CRIMINAL_GROUP",):
            actor = actor or c
        elif c.dep_ == "compound" and c.ent_type_ == "PERSON":  # "the Ojeda murder"
            target = target or c
        elif c.dep_ == "compound" and etype == "robbery" and c.tag_ in ("NN", "NNS") and not c.ent_type_ \
                and (target is None or _w(target.head) in ("on", "at", "outside")):
            target = c  # "the bank robbery on Main Street": the bank was robbed, on Main Street
    if actor is None and target is None and not any(c.dep_ == "poss" for c in tok.children) \
            and (owner := possessor_before(tok)) is not None:  # "Emmett Till’s racially motivated murder", the "’s" unparsed
        if owner.ent_type_ in ("CRIMINAL_GROUP", "ORG", "AGENCY"):
            actor = owner
        else:
            target = owner
    lead = first_listed(tok, lambda t: _record(t, etype)) if etype in LEGAL else tok  # "convictions for fraud and previous arrests for theft": one record
    if target is None and _record(lead, etype) and lead.dep_ == "dobj" and lead.head.dep_ != "relcl":
        target = next((c for c in lead.head.children if c.dep_ == "nsubj"), None)  # "He has convictions for robbery": he
    elif target is None and _record(lead, etype) and ((whose := lead.head.head).tag_.startswith("NN") or whose.dep_ == "appos"):
        while whose.dep_ in ("conj", "appos") and whose.head.i < whose.i and whose.head.tag_.startswith(("NN", "JJ")):
            whose = whose.head  # "Vasquez, a national and gang leader with pending charges": Vasquez
        target = whose  # the one whose record it is
    if target is None and (holder := _record_held(lead, etype)) is not None:
        target = holder
    if target is None and etype in LEGAL and tok.tag_.startswith("NN"):
        target = charged_one(tok) or described_one(tok)  # "charges of arson were filed against Mills": Mills
    if tok.tag_ == "JJ":  # "present in": the subject of the verb it complements
        return actor or _subject(tok.head)[0], target
    gov = tok.head
    if etype in LEGAL and tok.dep_ == "dobj" and gov.lower_ in _BRINGING:  # "prosecutors brought murder charges against two men"
        subject = _subject(gov)[0]  # a jury or a court is left to the reader of the bench, which keeps "… in Miami"
        return actor or (subject if subject is not None and subject.lower_ not in ("jury", "court") else None), \
            target or _prep_object(gov, "against")
    if etype in LEGAL and tok.dep_ == "pobj" and gov.lower_ in ("for", "at") and gov.head.lower_ in _APPEARING:
        return actor, target or _subject(gov.head)[0]  # "both men appeared for arraignment": the men
    if tok.dep_ == "dobj" and gov.lower_ in _PAYING:  # "miners paid protection money to the ELN"
        return actor or _prep_object(gov, "to"), target or _subject(gov)[0]
    if tok.dep_ == "dobj" and gov.lower_ in _RECEIVING:  # "he had received threats from police officers"
        return actor or _prep_object(tok, "from") or _prep_object(gov, "from"), target or _subject(gov)[0]
    if tok.dep_ == "dobj" and gov.lower_ in _DEMANDING:  # "las bandas cobran vacunas a los tenderos"
        return actor or _subject(gov)[0], target or _child(gov, "dative") or next(
            (c for c in gov.children if c.dep_ == "dobj" and c.i != tok.i), None) or _prep_object(gov, "to")
    if actor is None and tok.dep_ in ("dobj", "attr") and gov.lower_ in _VERBS_OF_DOING:
        actor = _subject(gov)[0]
    elif actor is None and tok.dep_ == "nsubjpass" and gov.lower_ in _VERBS_OF_DOING:
        actor = _agent(gov)  # "the killing was ordered by ..."
    if actor is None:
        actor = _blamed(tok)
    if etype in VIOLENT and target is not None and target.dep_ == "compound" and target.head.i == tok.i and (hurt := _hurt_by(tok)) is not None:
        target = hurt  # "Dvani Attack that Killed One Policeman": whom the noun's own clause says it hurt, not its modifier
    if etype in VIOLENT and (target is None or _w(target.head) in ("at", "outside") and target.ent_type_ != "PERSON"):
        target = _hurt_in(tok) or _hurt_by(tok) or target  # "two servicemembers were wounded in a shooting at a nightclub": the nightclub is where
    return actor, target


_HURT = {"wounded", "injured", "hurt", "killed", "hospitalized", "slain", "died", "heridos", "heridas", "herido", "herida",
         "muertos", "muertas", "muerto", "muerta", "murieron", "murió"}


def _hurt_in(tok):
    """Who was hurt in the happening a noun names: "a policeman was wounded in the shootout", "two servicemen were
    injured as a result of an explosion", "dos agentes murieron en el ataque"."""
    node = tok
    for _ in range(6):
        if node.dep_ not in ("pobj", "prep") or node.head is node:
            return None
        node = node.head
        if node.tag_.startswith("VB") or node.lower_ in _HURT:
            hurt = _wounded(node) if node.lower_ in _HURT else None
            return None if _no_one(hurt) else hurt  # "no one was hurt in the blast": no one to name
    return None


# The verbs of hurting whose object a happening's own clause names ("the attack that wounded three soldiers", "a
# bombing injuring two officers", "el ataque que hirió a dos policías")
# (not "hurt": "the attack that hurt the tourism industry" names a trade, no one hurt)
_HURTING = {"wounded", "injured", "killed", "wounding", "injuring", "killing", "hirió", "hirieron", "lesionó",
            "lesionaron", "mató", "mataron", "dejó", "dejaron", "left", "leaving", "dejando"}
_RELATIVE = {"that", "which", "who", "que", "cual", "quien"}


def _no_one(hurt) -> bool:
    """Whether the one a verb of hurting names is no one ("nobody", "no soldiers", "ningún agente")."""
    return hurt is not None and (hurt.lower_ in ("nobody", "none", "nadie") or any(
        c.dep_ == "det" and c.lower_ in ("no", "ningún", "ninguna") for c in hurt.children))


def _hurt_by(tok):
    """Who a happening noun's own clause says it hurt: "the bomb attack that wounded three soldiers", "an explosion
    injuring 37 people", "the ambush, which left two officers dead", "el ataque que hirió a dos policías"; not a clause
    with a subject of its own ("the attack that police said wounded …" keeps its own reading), one said as a chance, a
    denial or hearsay ("that could have killed dozens", "which reportedly wounded two soldiers", "que habría herido":
    the noun's event would assert it) nor a count with no one ("which killed no one")."""
    for clause in tok.children:
        if clause.dep_ not in ("relcl", "acl") or clause.lower_ not in _HURTING \
                or any(c.dep_.startswith("nsubj") and _w(c) not in _RELATIVE for c in clause.children):
            continue
        if chanced(clause) or any(c.dep_ in ("advmod", "aux") and c.lower_ in _HEARSAY for c in clause.children):
            continue
        hurt = next((c for c in clause.children if c.dep_ == "dobj" and _w(c) not in _RELATIVE), None)
        if hurt is None or _no_one(hurt):
            continue
        if clause.lower_ in ("left", "leaving", "dejó", "dejaron", "dejando") and not any(
                c.dep_ in ("acomp", "oprd", "xcomp", "amod") and c.lower_ in _HURT | {"dead"} for c in (*clause.children, *hurt.children)):
            continue  # "the attack that left the town in shock": no one hurt; "which left two officers dead": the officers
        return hurt
    return None


def past_the_happening(trigger, noun):
    """The noun after a phrase trigger as its target, unless it is the happening the trigger modifies ("the car bomb
    attack that wounded four soldiers": the soldiers its clause says it hurt, not the attack)."""
    if noun is not None and trigger.dep_ == "compound" and noun.i == trigger.head.i:
        return _hurt_by(noun)
    return noun


def _wounded(verb):
    """Who a verb of hurting says was hurt: its passive subject ("a policeman was wounded"), its active voice's object
    ("militants wounded two service members": not the militants), the subject of "murieron" or "resultaron heridos"."""
    if verb.lower_ not in _HURT:
        return _child(verb, "nsubj") if any(c.lower_ in _HURT and c.dep_ in ("dobj", "acomp", "xcomp", "oprd") for c in verb.children) else None
    active = _child(verb, "dobj") is not None or verb.tag_ == "VBD" and verb.lower_ in ("wounded", "injured", "hurt", "killed")
    return _child(verb, "nsubjpass") or (_child(verb, "dobj") if active else _child(verb, "nsubj"))


def _blamed(tok):
    """X in "blamed X for the killing" / "attributed the killing to X"."""
    node = tok
    for _ in range(4):
        if node.dep_ not in ("dobj", "pobj", "prep", "nsubjpass") or node.head is node:
            return None
        node = node.head
        if node.lower_ in _BLAMING and (node.lower_ != "held" or any(c.lower_ in _ANSWERABLE for c in node.children)):
            who = _prep_object(node, "to", "on") or next((c for c in node.children if c.dep_ in ("dobj", "dative") and c.i != tok.i), None)
            return _subject(node)[0] if who is None or who.i == tok.i else who  # "the group has been linked to killings"
        if node.lower_ == "behind" or node.lower_ in _ANSWERABLE:  # "held MS-13 accountable", "found the gang liable": the one held
            held = _child(node, "nsubj") or (_child(node.head, "dobj") if node.dep_ in ("oprd", "xcomp", "ccomp") else None)
            return held if held is not None else _subject(node.head)[0]
    return None


def arguments(tok, etype: str, text: str) -> tuple[object, object]:
    """(actor token, target token) of a trigger, read off the parse; a group's unit in a place is the group's
    (``presence.owner``)."""
    if etype == "presence" and tok.tag_.startswith("NN") and UNITS.match(tok.text):
        return owner(tok), None
    if etype == "presence" and tok.lower_ in ("under", "home") and (group := controller(tok)) is not None:
        return group, None  # "large areas of Somalia remain under al-Shabaab control", "Culiacán, home to the Sinaloa Cartel"
    if etype == "presence" and HELD_BY.fullmatch(text) and (agent := next((c for c in tok.children if c.dep_ == "agent"), None)) is not None:
        return next((o for o in agent.children if o.dep_ == "pobj"), None), None  # "a nightclub in Colorado frequented by TdA"
    if etype == "presence" and REMOVAL.fullmatch(text):
        return removed(tok), None  # "remove the savage gang, Tren de Aragua, from the United States": the gang is there
    if etype == "presence" and BOTH_SIDES.fullmatch(text):
        return sides_holder(tok), None  # "to dismantle the Sinaloa Cartel on both sides of the border": the cartel
    if etype == "presence" and (group := joined_holder(tok)) is not None:
        return group, None  # "Hamas-ruled Gaza": Hamas (read.events.located)
    if etype == "presence" and tok.dep_ in ("prep", "case") and (group := located_group(tok)) is not None:
        return group, None  # "Islamic State in Syria", "MS-13 is a gang in Honduras" (read.events.located)
    if etype == "presence" and tok.tag_.startswith("NN") and PEOPLE.fullmatch(tok.text):
        return owner(tok), None  # a group's people are somewhere as its units are, as the group's: "Houthi terrorists in Yemen"
    if etype == "presence" and tok.tag_.startswith("NN") and (held_by := holder(tok)) is not None:
        return held_by, None  # "MS-13, which has thousands of members in El Salvador": MS-13
    if etype == "presence" and tok.tag_.startswith("NN") and (of := _prep_object(tok, "of", "de", "del")) is not None \
            and of.ent_type_ not in ("GPE", "LOC", "FAC"):
        return of, None  # "the spread of Tren de Aragua to Colombia"; "the spread of fentanyl by the cartel" spreads no cartel
    if tok.tag_.startswith("VB"):
        actor, target = _verb_arguments(tok, etype, text)
        if etype == "abduction":
            return hostages(tok, actor, target)  # "Dozens taken hostage": the dozens
        return actor, taken_from(tok, target) if etype == "robbery" else target  # "stole clothes from the store": the store
    if etype == "arrest" and tok.dep_ == "pobj" and tok.head.lower_ == "under" and tok.head.head.tag_.startswith("VB"):
        return _under_arrest(tok.head.head)
    return _noun_arguments(tok, etype)


def _under_arrest(verb) -> tuple[object, object]:
    """"Police placed the man under arrest", "the man was placed under arrest": the one placed there is the target,
    who placed him the actor; "the man remains under arrest": its subject."""
    object_ = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if object_ is None:
        return None, subject
    agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    return (agent if object_.dep_ == "nsubjpass" else subject), object_


def driven(verb, text: str) -> list[str]:
    """What a verb of driving says one drives, as a trade: "driving his taxi" -> "his taxi driver" (business), "drove
    his car" -> "his car driver" (no category)."""
    if any(c.dep_ == "neg" or c.tag_ == "MD" for c in verb.children):
        return []  # "who was not driving the bus", "who would drive a cab"
    return [text[slice(*_phrase(c))] + (" conductor" if verb.lang_ == "es" else " driver") for c in verb.children
            if c.dep_ == "dobj" and c.tag_.startswith("NN") and (c.lower_ in TRADE_VEHICLES or any(
                d.dep_ == "compound" and d.lower_ == "delivery" for d in c.children))]
