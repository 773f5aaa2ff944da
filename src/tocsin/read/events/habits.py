"""Habits, not happenings: a verb of violence or of a trade told in the present describes what someone does as a rule
(docs/annotation.md §2.2, "generic or habitual behaviour": "cartels traffic fentanyl into our cities", "the gang extorts
shop owners", "they rape, maim and murder").

The present is read off the verb's form and its auxiliaries: the simple present ("cartels smuggle fentanyl", "the gang
extorts shopkeepers"), the present progressive ("gangs are extorting shopkeepers") and the present passive ("migrants
are kidnapped and trafficked"); a verb joined to one of those ("manufacture fentanyl … and traffic it") shares its
tense. A present still tells one happening where the story speaks so:

- in a headline ("Gunman kills two in Tulsa"), or where the sentence dates what it tells to a day ("on Tuesday");
- in the narrative present of one doer ("In the video, the man stabs the clerk", "Smith shoots him"): a person named,
  or a singular person or pronoun;
- in news articles and transcripts, whose present is the reporter's or the speaker's story as often as a habit.

Abductions ("is kidnapped" is as often one happening told as it unfolds) and legal steps ("is charged with",
"is sentenced to", the present of a release) are never read here: the present of a legal step is the news.
"""

from __future__ import annotations

# the types whose present tense tells a habit: violence and the trades (not abduction, not the legal steps)
_HABITUAL_TYPES = {"killing", "attack", "extortion", "trafficking", "robbery", "threat", "sexual exploitation"}
_STORY_GENRES = {"news article", "transcript"}  # a present there is as often a story told as a habit
_BE_PRESENT = {"is", "are", "am", "'s", "'re"}
_ONE_DOER = {"he", "she", "i", "man", "woman", "boy", "girl", "gunman", "suspect", "shooter", "attacker", "defendant",
             "officer", "victim", "driver", "assailant", "killer", "robber"}


def _tense_of(verb) -> str | None:
    """"present" where the verb is in a present tense (simple, progressive or passive) with no perfect or modal, None
    otherwise; a bare conjunct shares the tense of the verb it is joined to."""
    aux = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.dep_ == "conj" and not aux and not any(c.dep_.startswith("nsubj") for c in verb.children) \
            and verb.tag_ in ("VB", "VBP", "VBZ", "VBN", "VBG") and verb.head.tag_.startswith("VB"):
        return _tense_of(verb.head)  # "manufacture fentanyl … and traffic it", "are kidnapped and trafficked"
    if aux == ["to"] and verb.dep_ == "xcomp" and verb.head.tag_.startswith("VB"):
        return _tense_of(verb.head)  # "anyone who kills or attempts to kill": the attempt's tense
    if verb.tag_ in ("VBZ", "VBP") and not aux:
        return "present"  # "cartels smuggle", "the gang extorts"
    if verb.tag_ in ("VBG", "VBN") and aux and aux[0] in _BE_PRESENT and set(aux) <= _BE_PRESENT | {"being"}:
        return "present"  # "are extorting", "are kidnapped", "are being trafficked"
    return None


def _one_doer(verb) -> bool:
    """Whether the verb's doer is one person the story follows: a person named, a singular pronoun, or a singular
    noun for a person ("the man stabs the clerk"), as its subject or, passive, its agent."""
    while verb.dep_ == "conj" and not any(c.dep_.startswith("nsubj") for c in verb.children) and verb.head is not verb:
        verb = verb.head
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    doers += [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    return any(d.ent_type_ == "PERSON" or d.lower_ in _ONE_DOER and d.tag_ in ("PRP", "NN") for d in doers)


def habit(tok, etype: str, genre: str | None, headline: bool, dated: bool) -> bool:
    """Whether a trigger verb of violence or of a trade tells a habit (see the module's docstring), not a happening."""
    if etype not in _HABITUAL_TYPES or genre in _STORY_GENRES or headline or dated or tok.lang_ != "en":
        return False
    if not tok.tag_.startswith("VB") or _tense_of(tok) != "present":
        return False
    return not _one_doer(tok)
