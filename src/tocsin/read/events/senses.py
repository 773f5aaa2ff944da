"""Other senses of a trigger's word, which tell no act of its type: a camera that "captured" a shooting, fish
"caught" by a fisherman, a cadet "expelled" from the academy; and the parse mended where a dateline or a blanked
link cut a trigger off from its argument."""

from __future__ import annotations

import re

from .arguments import _WEAPONS
from .animacy import _PERSONAL, _PRONOUNS, PROGRAMS, SWELLING_SUMS, _someone, lifeless
from .words import _category_of, triggers
from ..doctext import text_of

# What is caught or captured when no one is arrested: animals, pictures and sounds, a prize, a feeling, a ride
_CAUGHT_THINGS = re.compile(r"fish|bass|trout|salmon|tuna|cod|crabs?|lobsters?|shrimp|deer|birds?|animals?|snakes?|alligators?|"
                            r"wildlife|creatures?|beasts?|specimens?|insects?|butterfl(?:y|ies)|reptiles?|mammals?|"
                            r"images?|pictures?|photos?|moments?|footage|videos?|sounds?|audio|scenes?|glimpse|sight|attention|"
                            r"imagination|spirit|essence|mood|hearts?|votes?|titles?|crown|championship|trophy|share|awards?|prizes?|medals?|"
                            r"honou?rs?|seats?|victor(?:y|ies)|wins?|points?|lead|nominations?|pennant|cups?|ribbons?|"
                            r"market|cold|flu|virus|ball|pass|wave|breath|train|bus|flight|plane|evidence|everything|it", re.I)
# What records, not who arrests: "none of the security cameras captured the shooting"
_RECORDERS = re.compile(r"cameras?|videos?|videotapes?|footage|CCTV|lens(?:es)?|photos?|photographs?|images?|recordings?|"
                        r"recorders?|surveillance|dashcams?|bodycams?|microphones?", re.I)
_ON_RECORD = re.compile(r"\s+(?:[\w'’-]+\s+){0,3}?on\s+(?:a\s+|an\s+|the\s+)?(?:[\w'’-]+\s+){0,3}?(?:cameras?|video(?:tape)?s?|tapes?|film|"
                        r"surveillance|CCTV|footage|audio|dashcam|bodycam|body cameras?|recordings?)\b", re.I)
# What one is expelled from when no country expels one: "expelled from our military", "expelled from school"
_INSTITUTION = re.compile(r"\s+(?:[\w-]+\s+){0,3}?from\s+(?:the\s+|our\s+|his\s+|her\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,2}?"
                          r"(?:military|army|navy|air force|marines?|corps|academy|school|university|college|party|club|league|union|"
                          r"congress|parliament|senate|house|church|order|organi[sz]ation|program(?:me)?|class|team|association|"
                          r"federation|guild|bar|competition|tournament|games)\b", re.I)


_QUANTITIES = {"most", "some", "all", "many", "much", "part", "half", "dozens", "hundreds", "thousands", "several", "each",
               "both", "none", "rest", "millions", "tens", "scores"}
# A particle that makes the verb another verb: "the trick caught on", "beat out a rival for the seat", "threw up"
_PARTICLE_SENSES = (("catch", "on"), ("caught", "on"), ("beat", "out"), ("threw", "up"), ("throw", "up"))
# An illness's attack, not a person's: "died of an apparent heart attack", "suffered a panic attack"
_AILMENT_BEFORE = re.compile(r"\b(?:heart|panic|anxiety|asthma|asthmatic|allergic|migraine|gout|seizure|cardiac)\s+$", re.I)
# A chance, not a gunshot: "a really good shot at earning the crown", "a fair shot"
# ("the second shot", "the last shot", "another shot" are gunfire: no ordinal here)
_CHANCE = {"good", "fair", "real", "decent", "great", "long", "fighting"}
# A fire no one is said to have set as what kills: "Basement fire kills man, 84", "a fire that killed four children",
# "killed in a house fire"; not where a fire was set ("an arson fire killed", "set a fire that killed"), nor a fire in a
# prison, which inmates or a riot set more often than not ("inmates were killed in a prison fire")
_FIRE_KILLED = re.compile(r"\b(?:fires?|blazes?|flames)\s+(?:(?:that|which)\s+)?(?:(?:on|in|near|at)\s+)?(?:[\w-]+\s+){0,3}?"
                          r"(?:killed|kills|claimed)\b|\b(?:killed|died|dies|perished)\s+(?:in|during)\s+(?:a|an|the)\s+"
                          r"(?:[\w-]+\s+){0,2}?(?:fire|blaze)\b", re.I)
_SET_ALIGHT = re.compile(r"\b(?:arson\w*|set|sets|setting|started|ignited|torched|burn(?:ed|t|ing)|firebomb\w*|\w*bombs?|molotov|"
                         r"incendiar\w*|petrol|deliberately|intentionally|suspicious|accelerant|doused|gasoline|prisons?|jails?|"
                         r"riots?|inmates)\b", re.I)
# Who takes what a capture or an expulsion takes when it is an arrest or a removal whatever its object's word: police,
# soldiers, an agency or a state ("Marines captured the cartel boss", "Nicaragua expelled the papal nuncio")
_FORCES = re.compile(r"authorities|officials|government|forces|security|agenc(?:y|ies)", re.I)
_SEIZING = ("law enforcement", "military")
# What is "sanctioned" when it is approved, not punished: a plan, a building, an event ("the housing developments were
# all sanctioned after 2000", "a sanctioned fight"); a person, a firm, a state or a group is punished
_APPROVED = re.compile(r"developments?|buildings?|houses|homes|construction|extensions?|expansions?|works|schemes?|events?|"
                       r"fights?|bouts?|races?|matches|games?|tournaments?|competitions?|meets?|activit(?:y|ies)|uses?|sales?|"
                       r"changes?|marriages?|unions?|strikes?|protests?|rallies|marches|exercises?|trips?|visits?", re.I)
# What grows fast, not what blows up: "exploded the federal debt", "the deficit exploded", "prices have exploded"
_SWELLING = re.compile(r"population|numbers?|demand|sales|markets?|growth|interest|popularity|scene|industry|business|use|myths?|"
                       r"notion|idea|theory|unemployment|enrollment|ridership|traffic|audience|membership|premiums?|rents?|"
                       + SWELLING_SUMS, re.I)


def taken(tok, counts: bool = False) -> list:
    """Who or what the verb takes: its object, or its passive subject (through a verb it is joined to, "were
    tortured and murdered"), or, in a relative clause, the noun the clause hangs from; past a count to what it counts
    ("most of the sulfur": the sulfur) unless ``counts``."""
    verb = tok.head if tok.dep_ == "conj" and tok.head.tag_.startswith("VB") else tok
    taken = [c for c in (*tok.children, *verb.children) if c.dep_ in ("dobj", "nsubjpass")]
    if not taken:  # "capturing and preserving the world's wildlife": the object the joined verb shares
        taken = [o for c in tok.children if c.dep_ == "conj" and c.tag_.startswith("VB") for o in c.children if o.dep_ == "dobj"]
    taken = [tok.head if t.lower_ in ("who", "that", "which", "whom") and tok.dep_ == "relcl" else t for t in taken]
    if counts:
        return taken
    return [next((o for p in t.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"), t)
            if t.lower_ in _QUANTITIES or t.tag_ == "CD" else t for t in taken]  # "most of the sulfur": the sulfur


def _no_person(t) -> bool:
    """A common noun no one is: "four medals", "sulfur", "the world's wildlife", "the rag" (not "the fugitive", "two
    inmates", a name, a pronoun). Not ``not animacy._someone``, on purpose: a place or a building the model names is
    no one a capture takes ("captured the town"), though an attack takes it, and a word of a person stays a person here
    where animacy's papers claim it ("offers")."""
    before = t.doc[t.left_edge.i : t.i]  # its words before it, where a parse may have left the person ("the burglar two streets")
    return t.tag_ in ("NN", "NNS") and t.ent_type_ not in ("PERSON", "NORP", "ORG") and t.lower_ not in _PRONOUNS \
        and not _PERSONAL.fullmatch(t.text) and not any(w.tag_ in ("NN", "NNS", "JJ") and _PERSONAL.fullmatch(w.text) for w in before)


def _seizing(actor_tok) -> bool:
    """Whether who captures or expels is police, soldiers, an agency or a state, or is not named ("the fugitive was
    captured"): then the capture is an arrest whatever word its object is ("captured the cartel boss")."""
    return actor_tok is None or bool(actor_tok.ent_type_) or bool(_FORCES.fullmatch(actor_tok.text)) \
        or _category_of(actor_tok.text, "en") in _SEIZING


def _fire_killed(tok) -> bool:
    """Whether the trigger is the killing a fire did ("A kitchen fire killed an elderly man", "died in a house fire"),
    in a sentence that tells of no one setting it; not another killing of the same sentence ("a man who killed his
    wife died in a house fire")."""
    sent = tok.sent
    return not _SET_ALIGHT.search(sent.text) and any(
        sent.start_char + m.start() <= tok.idx < sent.start_char + m.end() for m in _FIRE_KILLED.finditer(sent.text))


# A game's score after "beat": "beat 45-23", "beat them 3-1", "beat the Tigers 21–14"
_SCORE = re.compile(r"\s*(?:[\w'’-]+\s+){0,3}?\d{1,3}\s*[-–]\s*\d{1,3}\b")
# What is executed when no one is: papers, plans, sums (the regex of find.py reaches these only right after the verb)
_PAPERS = re.compile(r"instruments?|documents?|memorand(?:um|a)|leases?|deeds?|orders?|budgets?|strateg(?:y|ies)|transactions?|"
                     r"trades?|transfers?|payments?|benefits?|funds?|warrants?|searche?s?|duties|duty|tasks?|mission|"
                     r"operations?|vision|responsibilities|functions?|" + PROGRAMS, re.I)


def _paper_executed(tok) -> bool:
    """Whether what "executed" or "the execution of" takes is a paper, a plan or a sum, not a person."""
    if tok.tag_.startswith("VB"):
        done = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    else:
        done = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return bool(done) and all(t.ent_type_ in ("MONEY", "CARDINAL", "QUANTITY", "PERCENT") or _PAPERS.fullmatch(t.text) for t in done)


def _by_a_margin(tok) -> bool:
    """Whether "beat" is told with a margin: "by more than 26,000 votes", "by three points" (not "beaten by police",
    "by three men")."""
    return any(c.dep_ in ("prep", "agent") and c.lower_ == "by" and any(o.dep_ == "pobj" and not _someone(o) and any(n.dep_ == "nummod" for n in o.children)
                                                                      for o in c.children) for c in tok.children)


# Where "beat" wins a contest ("beat them at the ballot box", "beaten in the primary"), and what it overcomes when no
# one is hit: an illness, odds, a record ("helped beat cancer", "beat the odds")
# (not a game, a match or a court, where people are hit too: "a referee was beaten at a soccer match")
_ARENA = re.compile(r"ballot|box|polls?|elections?|primar(?:y|ies)|races?|votes?|contests?|tournaments?|playoffs?", re.I)
_OVERCOME = re.compile(r"cancer|covid(?:-19)?|virus|disease|illness|addiction|odds|records?|deadline|clock|heat|traffic|rush|"
                       r"inflation|expectations", re.I)  # not a rival or an opponent, whom gangs beat too


def _contest(tok) -> bool:
    """Whether "beat" wins or overcomes rather than hits: the noun (police "on the beat", a drum's beat), won in an
    arena ("beat them at the ballot box"), or all it takes an organization or what is overcome ("beat the NRA",
    "beat Big Pharma", "help beat cancer"; not "beat a union leader", "beat two teachers")."""
    if tok.tag_.startswith("NN") and tok.lower_ in ("beat", "beats"):
        return True  # the noun "beat", not "the beating of a teenager"
    if any(c.dep_ == "prep" and c.lower_ in ("at", "in") and any(o.dep_ == "pobj" and _ARENA.fullmatch(o.text) for o in c.children)
           for c in tok.children):
        return True
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    return bool(objects) and all(o.ent_type_ == "ORG" or o.ent_type_ != "PERSON" and _OVERCOME.fullmatch(o.text) for o in objects)


def _another_verb(tok) -> bool:
    """A verb whose particle makes it another verb ("caught on", "beat out", "threw up"), or "caught up in"."""
    prt = {c.lower_ for c in tok.children if c.dep_ == "prt"}
    if any(tok.lower_.startswith(stem) and particle in prt for stem, particle in _PARTICLE_SENSES):
        return True
    return tok.lower_.startswith(("caught", "catch")) and "up" in prt and tok.i + 2 < len(tok.doc) and tok.doc[tok.i + 2].lower_ == "in"


def other_sense(etype: str, tok, text: str, end: int, actor_tok, target_tok) -> bool:
    """Whether the trigger's word is used in a sense that is no act of its type: "caught"/"captured" of a thing or on
    camera (no arrest), "expelled" from an institution (no removal from a country), a verb its particle makes another
    ("the trick caught on", "beat out a rival"), an illness's attack, a shot that is a chance, a fire no one set."""
    word = tok.lower_
    if tok.tag_.startswith("VB") and _another_verb(tok):
        return True
    start = tok.idx
    if word.startswith("attack") and _AILMENT_BEFORE.search(text, max(0, start - 20), start):
        return True  # "died of an apparent heart attack"
    if etype == "attack" and word == "shot" and tok.tag_ == "NN" and (
            any(c.dep_ == "amod" and c.lower_ in _CHANCE for c in tok.children)
            or any(c.dep_ == "prep" and c.lower_ == "at" and any(g.tag_ == "VBG" for g in c.children) for c in tok.children)):
        return True  # "a really good shot at earning the crown"
    if etype == "killing" and word.startswith("execut") and _paper_executed(tok):
        return True  # "executed on May 9 the legal instruments", "oversees the execution of nearly $135 billion"
    if etype == "attack" and word.startswith("beat") and (_SCORE.match(text, end) or _by_a_margin(tok) or _contest(tok)):
        return True  # "a team that they beat 45-23", "beating her challenger by 26,000 votes": a game or a race won
    if etype == "killing" and _fire_killed(tok):
        return True  # "a fire that killed four children": no one killed on purpose (docs/annotation.md §7)
    if (etype == "arrest" and word.startswith(("caught", "captur")) or etype == "extradition" and word.startswith("expel")) \
            and tok.lang_ == "en" and not _seizing(actor_tok) and (objects := taken(tok)) and all(_no_person(t) for t in objects):
        return True  # "captured four medals", "captured sulfur", "did not expel the rag": no one taken
    if etype == "arrest" and word.startswith(("caught", "captur")):
        if _ON_RECORD.match(text, end) or actor_tok is not None and _RECORDERS.fullmatch(actor_tok.text):
            return True  # "a car caught on a grainy security videotape", "none of the cameras captured it"
        caught = [t for t in (target_tok, tok.head if tok.dep_ in ("relcl", "acl") else None) if t is not None]
        caught += [o for t in caught if any(c.dep_ == "nummod" for c in t.children)  # "40 tons of cod"
                   for p in t.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
        caught += [t.right_edge for t in caught if t.tag_ == "NNP" and not t.ent_type_ and t.right_edge.tag_ in ("NN", "NNS")]
        # a prize's name the parse split: "the Best in Show award" (its object "Best"): the award
        if any(t.ent_type_ not in ("PERSON", "NORP", "ORG") and (_CAUGHT_THINGS.fullmatch(t.text) or any(
                found[2] != "presence" for found in triggers(t.text, "en"))) for t in caught):
            return True  # "all fish caught by a fisherman", "the fish they caught", "the cameras captured the shooting"
    if etype == "designation" and word.startswith("sanction") and tok.tag_.startswith("VB") \
            and (objects := taken(tok)) and all(_PAPERS.fullmatch(t.text) or _APPROVED.fullmatch(t.text) for t in objects):
        return True  # "the housing developments were all sanctioned": approved, no one punished
    if etype == "attack" and word.startswith("explod") and tok.tag_.startswith("VB") and _swelling(tok):
        return True  # "exploded the federal debt", "the deficit exploded": grown, nothing blown up
    if etype == "threat" and _harmless_threat(tok):
        return True  # "threatened to throw him out of the party", "threatened to sue": no harm threatened
    if etype == "charge" and _civil_suit(actor_tok):
        return True  # "the suit charges the station with defamation": a civil claim, no criminal charge
    if etype == "attack" and word.startswith("explosion") and tok.tag_.startswith("NN") and _swelling_of(tok):
        return True  # "an explosion of marine life", "an explosion of demand": a growth, nothing blown up
    if etype == "extortion" and any(c.dep_ == "amod" and _STATECRAFT.fullmatch(c.text) for c in tok.children):
        return True  # "foreign extortion of American firms", "economic extortion": a state's trade dealings, told as one
    if etype == "extradition" and word.startswith("expel") and _INSTITUTION.match(text, end):
        return True  # "expelled from the academy": no removal from a country
    return lifeless(etype, tok, actor_tok, target_tok)  # "killed the bill", "an attack on the plan": no one undergoes it


# What an explosion's "of" takes when it is a growth: a sum or a number, life or a kind of activity
_GROWING = re.compile(r"life|growth|activity|interest|colou?rs?|creativity|talent|innovation|energy|enthusiasm|"
                      r"startups?|companies|choices|options|content|data|information|cases", re.I)
# A state's dealings, which "extortion" names as a figure: "foreign extortion of American firms", "economic extortion"
_STATECRAFT = re.compile(r"economic|trade|tariff|regulatory|fiscal|diplomatic|foreign|monetary|digital", re.I)


def _swelling_of(tok) -> bool:
    """Whether an explosion's "of" takes a growth ("an explosion of marine life", "an explosion of demand"); not "the
    explosion of a car bomb", "an explosion of violence"."""
    grown = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return bool(grown) and all(o.tag_ in ("NN", "NNS") and (_SWELLING.fullmatch(o.text) or _GROWING.fullmatch(o.text)) for o in grown)


def _swelling(tok) -> bool:
    """Whether "exploded" tells a growth: its object is a sum, a number or a notion ("exploded the federal debt"), or,
    with no object, its subject is a sum, a number or a market ("the deficit exploded"); not "a car bomb exploded",
    "insurgents exploded a roadside bomb"."""
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    if objects:
        return all(o.tag_ in ("NN", "NNS") and _SWELLING.fullmatch(o.text) for o in objects)
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(_SWELLING.fullmatch(t.text) for t in subjects)


# A charge that is a judgment, not a court's: "a damning indictment of the policy", "this is an indictment of our system"
_JUDGING = {"damning", "scathing", "stinging", "searing", "withering", "blistering", "devastating", "harsh", "stark", "sad",
            "tragic", "powerful", "brutal", "biting", "sharp", "strong", "clear", "moral", "sweeping"}
_COPULA = {"is", "was", "are", "were", "be", "been", "being", "'s", "’s", "seems", "seemed", "remains", "became", "becomes"}
# Who hurts by words, not by blows: "I got killed by the fake news media", "attacked by critics"
_WORDS_THAT_HURT = re.compile(r"media|press|critics|pundits|commentators|columnists|reviewers|reviews|polls|pollsters|"
                              r"newspapers?|headlines|editorials?|tabloids|talk radio|haters", re.IGNORECASE)


def judged(etype: str, tok, actor_tok) -> bool:
    """Whether the trigger is a judgment told in a word of an act: an indictment that weighs ("a scathing indictment of
    the plan", "the report is an indictment of the agency"; not "a sweeping indictment" that charges people, which
    names someone to charge), or a killing or attack by the media or critics ("got killed by the press")."""
    if etype == "charge" and tok.lower_ in ("indictment", "indictments") and tok.tag_.startswith("NN"):
        adjectives = {c.lower_ for c in tok.children if c.dep_ == "amod"}
        if adjectives & (_JUDGING - {"sweeping"}) or adjectives & {"sweeping"} and not _charging(tok):
            return True
        return tok.dep_ == "attr" and tok.head.lower_ in _COPULA  # "this is an indictment of our system"
    return etype in ("killing", "attack") and actor_tok is not None and bool(_WORDS_THAT_HURT.fullmatch(actor_tok.text)) \
        and actor_tok.ent_type_ not in ("PERSON", "CRIMINAL_GROUP")


def _charging(tok) -> bool:
    """Whether an indictment names whom it charges or with what ("a sweeping indictment charging 20 members")."""
    return any(c.lower_.startswith(("charg", "against", "accus", "nam")) for c in tok.subtree)


def after_dateline(sent, dateline_end: int, trigger):
    """The first noun of the sentence after its dateline, when it comes before the trigger."""
    for t in sent:
        if t.idx >= dateline_end and t.tag_ in ("NN", "NNS", "NNP", "NNPS") and t.i < trigger.i:
            while t.dep_ in ("compound", "amod", "nmod") and t.head.i > t.i and t.head.i < trigger.i:
                t = t.head
            return t if t.lower_ not in _WEAPONS else None
    return None


def next_noun(tok, sent):
    """The noun right after a trigger the parser failed to link ("gunmen shot dead César Suárez")."""
    for t in sent:
        if t.i > tok.i and t.tag_ in ("NNP", "NN", "NNS", "NNPS"):
            if t.i - tok.i > 4 or t.lower_ in _WEAPONS:
                return None  # what was fired is no target: "opened fire" alone names none
            while t.dep_ in ("compound", "amod") and t.head.i > t.i and t.head.tag_.startswith("NN"):
                t = t.head  # to the head of a name however long ("Nestor Isidro Perez Salaz")
            return t
        if t.i > tok.i + 4:
            return None
    return None


# What a threat threatens when it threatens no harm: a suit, a resignation, a vote, a removal from a body
_HARMLESS_ACTS = re.compile(r"sue|resign|quit|veto|leave|withdraw|boycott|impeach|sack|dismiss|expel|suspend|disqualify|"
                            r"defund|cancel|audit|vote|walk|revoke|recall|oust|investigate|censure", re.I)
# Whom one is thrown out of when it is a body, not a window: "throw him out of the party"
_OUT_OF_BODY = re.compile(r"\bout\s+of\s+(?:the\s+|our\s+|his\s+|her\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,2}?"
                          r"(?:party|club|league|union|congress|parliament|senate|government|coalition|caucus|church|"
                          r"organi[sz]ation|association|federation|team|school|job|office|post|race)\b", re.I)


def _harmless_threat(tok) -> bool:
    """Whether a threat's threatened act is no harm: "threatened to sue", "threatened to resign", "threatened to throw
    him out of the party" (not "threatened to kill him", "threatened to throw him out of the window")."""
    acts = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp") and c.tag_ == "VB"
            and any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children)]
    if not acts:
        return False
    return all(_HARMLESS_ACTS.fullmatch(a.lower_) or a.lower_ in ("throw", "kick", "force", "drive", "push")
               and _OUT_OF_BODY.search(text_of(tok.doc)[a.idx : a.idx + 60]) for a in acts)


# What sues, not what charges a crime: "the suit charges the station with defamation"
_SUITS = re.compile(r"(?:law)?suits?|counterclaims?|petitions?", re.I)


def _civil_suit(actor_tok) -> bool:
    """Whether a "charge" is a civil suit's claim: its subject is a suit ("the suit charges the station with
    defamation"); not "prosecutors charged the man", "a complaint charges him with assault" (a criminal complaint),
    nor a charge of "trespass" or "breach of the peace", which a prosecutor brings as well."""
    return actor_tok is not None and bool(_SUITS.fullmatch(actor_tok.text))
