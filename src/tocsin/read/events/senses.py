"""Other senses of a trigger's word, which tell no act of its type: a camera that "captured" a shooting, fish
"caught" by a fisherman, a cadet "expelled" from the academy; and the parse mended where a dateline or a blanked
link cut a trigger off from its argument."""

from __future__ import annotations

import re

from .arguments import _WEAPONS
from .words import triggers

# What is caught or captured when no one is arrested: animals, pictures and sounds, a prize, a feeling, a ride
_CAUGHT_THINGS = re.compile(r"fish|bass|trout|salmon|tuna|cod|crabs?|lobsters?|shrimp|deer|birds?|animals?|snakes?|alligators?|"
                            r"images?|pictures?|photos?|moments?|footage|videos?|sounds?|audio|scenes?|glimpse|sight|attention|"
                            r"imagination|spirit|essence|mood|hearts?|votes?|titles?|crown|championship|trophy|share|"
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


def other_sense(etype: str, tok, text: str, end: int, actor_tok, target_tok) -> bool:
    """Whether the trigger's word is used in a sense that is no act of its type: "caught"/"captured" of a thing or on
    camera (no arrest), "expelled" from an institution (no removal from a country)."""
    word = tok.lower_
    if etype == "arrest" and word.startswith(("caught", "captur")):
        if _ON_RECORD.match(text, end) or actor_tok is not None and _RECORDERS.fullmatch(actor_tok.text):
            return True  # "a car caught on a grainy security videotape", "none of the cameras captured it"
        caught = [t for t in (target_tok, tok.head if tok.dep_ in ("relcl", "acl") else None) if t is not None]
        caught += [o for t in caught if any(c.dep_ == "nummod" for c in t.children)  # "40 tons of cod"
                   for p in t.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
        if any(t.ent_type_ not in ("PERSON", "NORP", "ORG") and (_CAUGHT_THINGS.fullmatch(t.text) or any(
                found[2] != "presence" for found in triggers(t.text, "en"))) for t in caught):
            return True  # "all fish caught by a fisherman", "the fish they caught", "the cameras captured the shooting"
    return etype == "extradition" and word.startswith("expel") and bool(_INSTITUTION.match(text, end))


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
