"""Whether a trigger tells one specific happening (docs/annotation.md §2.2: "could you put it on a map and a calendar
as one dot?"), read off the parse and the sentence, whatever the type:

- an activity, not an act: "the trafficking of synthetic opioids", "the sale of illicit fentanyl" (a trade's noun
  whose goods are uncounted);
- a class of people or things, described by what was done to them: "illegal aliens arrested or charged with theft",
  "cartels trafficking deadly drugs";
- a verb of removal that removes no people: "eliminated a shift", "took out a loan" (a killing only where it removes
  people: "eliminated dozens of ISIS jihadis");
- a cited story's headline: "- [The Daily Mail](https://…): There's been a murder a week on farms";
- a statistic: a tally of enforcement (arrests, removals, sanctions, seizures) over a period ("seized over 32,000
  weapons since 2019", "In 2024, the HIDTAs seized $18 billion in illicit drugs"), or a comparison of periods
  ("seized more fentanyl than in the previous five years"); docs/annotation.md §2.2: "ICE has arrested 40,000
  criminal aliens since January";
- what a programme is about: "to facilitate the extradition of TCO members", "the policy of detaining illegal
  aliens" (``programmes.programme_aim``).

And whether a happening is only aimed at or ruled out in general: "decided to assault", "steps to indict",
"cannot arrest your way out of crime", "will no longer kill".
"""

from __future__ import annotations

import re

from ..event_lexicon import LEGAL
from .animacy import _singular
from .deaths import unexplained
from .habits import habit
from .programmes import programme_aim
from .senses import taken
from .words import _patterns

# The nouns of a trade: what is done with goods over time, not one act, unless the goods are counted ("the sale of
# 5 kilograms of cocaine to an undercover agent")
_TRADE = {"trafficking", "smuggling", "trade", "sale", "sales", "manufacture", "manufacturing", "distribution", "production",
          "export", "exports", "import", "imports", "transport", "transportation", "shipment", "dealing"}
# verbs whose infinitive tells what was done ("were paid to kidnap and kill him", "went on to kill", "used a knife to
# threaten"): every other governor's infinitive is only aimed at ("decided to assault", "requires ICE to detain")
_DONE = ("paid", "pay", "hired", "hire", "sent", "send", "recruit", "used", "use", "went", "go", "help", "try", "tried",
         "attempt", "return")  # the stems of their forms; "came back to kill" too (_came_back)
# the nouns of one operation or clash, the occasion a participle's happening was part of ("arrested in the raid")
_OCCASIONS = {"raid", "operation", "sweep", "crackdown", "bust", "roundup", "attack", "ambush", "shooting", "clash",
              "firefight", "shootout", "incident", "search", "assault", "confrontation", "protest", "riot"}
# what a trade's word set before it makes a kind of thing (its organisation, its fight, its victims, routes, law): no goods
_NOT_GOODS = {"network", "organization", "organisation", "effort", "victim", "survivor", "force", "investigation", "corridor",
              "route", "offense", "offence", "method", "scheme", "structure", "report", "policy", "strategy", "work", "initiative",
              "expertise", "prosecution", "program", "programme", "unit", "law", "statute", "crime"}
_ORDINALS = {"first", "second", "third", "fourth", "fifth", "last", "latest", "only", "next"}  # "the third to plead guilty"
_HYPOTHETICAL_AUX = {"can", "ca", "will", "wo", "shall", "would", "may", "might", "must", "should"}
_CLASS_DETERMINERS = {"all", "any", "such", "those", "these", "many", "most", "some", "more"}
_COUNT = (r"(?:(?<!\$)\b\d{1,3}(?:,\d{3})+|\b\d+(?:\.\d+)?\s+(?:million|billion|thousand)|\b(?:more than|over|nearly|almost|some|about|"
          r"approximately)\s+\$?\d{3,}|\b\d{3,}\+|\b(?:hundreds|thousands|millions|dozens|scores) of)\b")
_PERIOD = (r"\bsince\b(?!\s+then)|\b(?:in|over|during|within|for)\s+(?:just\s+|only\s+)?(?:the\s+)?(?:last|past|first|previous)\s+"
           r"(?:[\w-]+\s+){0,2}?(?:days|weeks|months|years|decades|fiscal years?)\b|\b(?:this|last|each|every|per|the)\s+"
           r"(?:fiscal\s+|calendar\s+)?year\b|\bso far\b|\bto date\b|\b(?:in|during)\s+(?:(?:fiscal|calendar)\s+(?:year\s+)?)?(?:19|20)\d\d\b(?![-/])"
           r"|\bin\s+(?:just\s+|only\s+)?(?:one|two|three|a|\d+)\s+(?:weeks?|months?|years?)\b|\bannually\b")
# a comparison of periods however far from "more" ("seized more fentanyl at ports of entry in the last two years than
# the past five years combined"); "combined" only after a period word, not a prison term ("60 years combined")
_COMPARED = (r"\bmore\s+(?:[\w-]+\s+){0,4}?than\s+(?:in\s+)?(?:the\s+)?(?:previous|last|past|entire|prior)\b"
             r"|\bthan\s+(?:in\s+)?(?:the\s+)?(?:previous|past|prior)\s+(?:[\w-]+\s+){0,2}?(?:years?|months?|decades?)\b"
             r"|\b(?:past|last|previous|prior)\s+(?:[\w-]+\s+){0,2}?(?:years?|months?|decades?|administrations?)\s+combined\b")
_ONE_OPERATION = re.compile(r"\b(?:in|during)\s+(?:a\s+single|one)\s+(?!of\b|(?:fiscal\s+)?(?:year|month|week|decade|quarter)s?\b)[a-z]+", re.I)
_OWN_CLAUSE = {"relcl", "acl", "advcl", "ccomp", "parataxis"}  # a clause that tells its own happening
_STATISTIC = {"en": (re.compile(_COUNT, re.I), re.compile(_PERIOD, re.I),
                     re.compile(_COMPARED, re.I))}


def _counted(tok) -> bool:
    return any(c.dep_ == "nummod" or c.dep_ == "det" and c.lower_ in ("a", "an", "one") for c in tok.children)


def _nominal(tok) -> bool:
    """A gerund used as a noun ("disrupt narcotics and firearms trafficking"): no subject, object or auxiliary of its
    own, and a noun's place (joined to a noun, or its object)."""
    return tok.tag_ == "VBG" and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "aux", "auxpass") for c in tok.children) \
        and (tok.dep_ in ("pobj", "compound", "nsubj", "dobj") or tok.dep_ == "conj" and tok.head.tag_.startswith("NN"))


def _trade(tok, etype: str) -> bool:
    """A trade's noun whose goods are not counted: "the trafficking of deadly drugs", "fentanyl trafficking"; or a
    trade's word that only names a kind of thing ("anti-trafficking efforts", "trafficking victims")."""
    if etype != "trafficking" or tok.lower_ not in _TRADE:
        return False
    if _kind_of_thing(tok):
        return True
    if not (tok.tag_.startswith("NN") or _nominal(tok)) or _counted(tok):
        return False
    goods = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return not any(_counted(g) or any(_counted(x) for x in g.subtree) for g in goods)


def _kind_of_thing(tok) -> bool:
    """A trade's word that names no trade done but a kind of thing: fought ("anti-smuggling", "counter-trafficking");
    parsed as a modifier of a noun after it that is not counted ("known trafficking corridors"); or set before a noun the
    parser takes for its object ("firearms trafficking strike forces", "trafficking victims") that is no goods
    (_NOT_GOODS), with nothing but nouns and adjectives between. Not "trafficking firearms to Mexico", "trafficking cocaine through the port", nor one thing counted
    ("ran an alien-smuggling organization that moved…": the organization is one, and what it did may be told)."""
    if tok.doc.text[max(0, tok.idx - 8) : tok.idx].lower().endswith(("anti-", "counter-")):
        return True
    if tok.tag_ == "VBG" and tok.dep_ == "amod" and tok.head.i > tok.i and tok.head.tag_.startswith("NN") and not _counted(tok.head):
        return True
    modified = [c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i and _singular(c) in _NOT_GOODS and not _counted(c)]
    return tok.tag_ == "VBG" and any(all(t.tag_.startswith(("NN", "JJ")) for t in tok.doc[tok.i + 1 : c.i]) for c in modified)


def _class(tok) -> bool:
    """A participle that describes a plural noun no count or determiner makes a group of known size: "aliens arrested
    or charged", "cartels trafficking deadly drugs" (not "three men arrested", "the criminals arrested", "people
    police arrested Thursday night"). A past form the parse hangs from the noun as its clause is the participle the
    tagger mistook ("nationals held hostage abroad"). Set before the noun, it describes things or people by what
    was done to them before: "stolen identities", "detained Americans", "receiving stolen property" (``_described``)."""
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    if tok.dep_ == "amod":
        return _described(tok)
    if tok.dep_ != "acl" or tok.tag_ not in ("VBN", "VBG", "VBD") or tok.i > 0 and tok.nbor(-1).text == "," \
            or tok.tag_ == "VBD" and any(c.dep_.startswith("nsubj") for c in tok.children):  # "assaults that nearly killed a man"
        return False  # "charged with theft and assault, apprehended in Texas": set off, it tells of the sentence's subject
    if any(t.ent_type_ in ("DATE", "TIME") for c in tok.children if c.dep_ in ("npadvmod", "prep") for t in c.subtree):
        return False  # "three people police arrested Thursday night": dated, one happening
    if _occasion(tok):
        return False
    head = tok.head
    return head.tag_ in ("NNS", "NNPS") and not any(c.dep_ == "nummod" for c in head.children) and all(
        c.lower_ in _CLASS_DETERMINERS for c in head.children if c.dep_ in ("det", "predet"))


# Goods named without a count, which a participle before them describes as a kind ("stolen property", "seized cash")
_MASS_GOODS = {"property", "merchandise", "jewelry", "jewellery", "money", "cash", "equipment", "mail", "data", "information"}


def _described(participle) -> bool:
    """A past participle set before a noun it describes, which neither a count, a determiner of one, nor a possessor
    makes known ones: a plural ("stolen identities", "unjustly detained individuals", "all detained Americans") or
    goods uncounted ("receiving stolen property"). What was done to them is the earlier happening that made them so,
    told elsewhere if at all (docs/annotation.md §2.2: "recovered the stolen car" is no new theft); not "her stolen
    car", "the two kidnapped boys", "a wrongfully detained citizen"."""
    head = participle.head
    if participle.tag_ not in ("VBN", "JJ") or not participle.lower_.endswith(("ed", "en")) or head.i < participle.i:
        return False
    first = min([participle.i] + [c.i for c in participle.children if c.dep_ == "advmod"])  # "all unjustly detained"
    if first == participle.sent.start or participle.doc[first - 1].is_punct or participle.doc[first - 1].is_space:
        return False  # "- Designated international cartels as …": a list item's action, the tagger's adjective
    plural = head.tag_ in ("NNS", "NNPS") and all(c.lower_ in _CLASS_DETERMINERS for c in head.children if c.dep_ in ("det", "predet"))
    mass = head.tag_ == "NN" and head.lower_ in _MASS_GOODS and not any(c.dep_ in ("det", "predet") for c in head.children)
    return (plural or mass) and not any(c.dep_ in ("nummod", "poss") for c in head.children)


def _occasion(participle) -> bool:
    """"Gang members arrested in the raid were taken to prison": the participle's one occasion, referred to as known
    (an operation's noun, or any noun after "during", with "the", "this", "that" or a possessive), in a sentence told in
    the past. Not "aliens arrested at the border were released": a place; nor "… in the raid are released": a present
    that tells what happens each time."""
    governor = participle.head.head
    past = governor.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in governor.children)
    known = [o for p in participle.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj" and o.tag_ == "NN"
             and (p.lower_ == "during" or o.lower_ in _OCCASIONS)
             and any(d.dep_ == "poss" or d.dep_ == "det" and d.lower_ in ("the", "this", "that") for d in o.children)]
    return past and bool(known)


def one_operation(sentence: str) -> bool:
    """Whether a sentence presents its count as one operation ("in a single operation", "in one raid"; not "in one
    year"): one event, docs/annotation.md §2.2."""
    return bool(_ONE_OPERATION.search(sentence))


def _counts_it(tok, start: int, end: int) -> bool:
    """Whether a count's words (``start``–``end``) stand in the trigger's own clause, not in a clause of their own
    that leaves the trigger out ("the man, who led a network that moved thousands of kilograms, was arrested")."""
    span = tok.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return True
    clause = next((t for t in [span.root, *span.root.ancestors] if t.dep_ in _OWN_CLAUSE), None)
    return clause is None or clause.left_edge.i <= tok.i <= clause.right_edge.i


# Words that make a plural of happenings a tally ("many of those arrests", "dozens of indictments", "the most murders
# of any city"), and people counted by the thousands as what befell them ("thousands of people were murdered", "one
# of thousands who were lynched"); not "several arrests", a handful one raid can make
_TALLY = {"many", "most", "numerous", "countless", "dozens", "hundreds", "thousands", "millions", "scores", "tens"}
_THOUSANDS = {"hundreds", "thousands", "millions", "tens"}
# A span of years, which a count of victims over it makes a statistic: "between 1877 and 1950", "since 1990"
_YEARS = re.compile(r"\bbetween\s+(?:1[6-9]|20)\d\d\s+and\s+(?:1[6-9]|20)\d\d\b|\bfrom\s+(?:1[6-9]|20)\d\d\s+(?:to|until|through)\s+"
                    r"(?:1[6-9]|20)\d\d\b|\bsince\s+(?:1[6-9]|20)\d\d\b|\b(?:over|in|during|for)\s+(?:the\s+)?(?:last|past)\s+"
                    r"(?:[\w-]+\s+)?(?:years|decades|centur(?:y|ies))\b|\bcentur(?:y|ies)\b|\bdecades\b|\b(?:that|the|this)\s+era\b", re.I)


_MANY = 10  # a count of happenings or people from which a span of time makes it a tally, not a few told one by one


def _counted_over_a_span(tok, counted) -> bool:
    """Whether ``counted`` (the trigger's own plural, or what its verb takes) carries a count of ten or more, and the
    trigger's clause a span of time: "no less than 15 armored car and bank robberies between 2000 and 2001", "there
    have been 20 other mass shootings since Uvalde", "has designated 23 persons since December 2022"; not "killed 12
    people on Tuesday" (a day: ``_on_a_day``), nor "three robberies in 2019" (a few, each perhaps told)."""
    number = next((c for c in counted.children if c.dep_ == "nummod"), None)
    digits = number.text.replace(",", "") if number is not None else ""
    if not (digits.isdigit() and int(digits) >= _MANY or number is not None and _large(number)):
        return False
    sent = tok.sent
    return any(_counts_it(tok, sent.start_char + m.start(), sent.start_char + m.end())
               for pattern in (_YEARS, _STATISTIC["en"][1]) for m in pattern.finditer(sent.text))


def _large(t) -> bool:
    """A count of a thousand or more ("4,400", "1,500", "2 million")."""
    digits = t.text.replace(",", "")
    return t.tag_ == "CD" and (digits.isdigit() and int(digits) >= 1000 or t.lower_ in ("million", "billion", "thousand"))


_DAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b|\b(?:today|yesterday|tonight|weekend)\b|"
                  r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b", re.I)  # "October 7", not "December 2022"


def _on_a_day(sent) -> bool:
    """Whether the sentence dates what it tells to a day ("on Tuesday", "on October 7", "this weekend")."""
    return any(e.label_ in ("DATE", "TIME") and _DAY.search(e.text) for e in sent.ents)


def tally(tok, etype: str) -> bool:
    """Whether the trigger tells a tally, not a happening: a plural noun of happenings a word of many counts ("many
    arrests", "dozens of U.S. indictments", "the most murders"; not a share of those the text told, "most of the
    killings", which is a later mention of them), or a verb whose victims are counted by the
    thousands over a span of years ("in the century after the war, thousands of people were murdered", "4,400 people
    were murdered between 1877 and 1950", "one of thousands who were lynched in that era"). Not one operation ("in a
    single raid"), nor a count with no span ("killed hundreds of civilians in El Fasher", "one of hundreds who were
    arrested during the protest"), nor a span in a clause of its own ("the cartel, which has operated for decades,
    killed 1,200 migrants in 2010")."""
    if one_operation(tok.sent.text) or _on_a_day(tok.sent):
        return False  # "arrested hundreds of members in a sweep on Tuesday": one operation
    if tok.tag_ == "NNS":
        if any(c.dep_ in ("amod", "det", "nummod") and c.lower_ in _TALLY for c in tok.children) or _counted_over_a_span(tok, tok):
            return True
        return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in _TALLY \
            and not any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in tok.children)
        # "most of the killings took place in Antioquia": a share of happenings the text told, a later mention of them
    if not tok.tag_.startswith("VB") or etype == "trafficking":
        return False  # goods counted by the hundred are one load ("seized hundreds of pounds of meth")
    if etype in LEGAL and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in tok.children) \
            and any(_counted_over_a_span(tok, t) for t in taken(tok, counts=True)):
        return True  # "Since December 2022, Treasury has designated 23 persons", "ICE has arrested 40 members since
        # January" (the dead of a war told so stay its killing: "more than 800 people have been killed since September")
    sent = tok.sent
    if not any(_counts_it(tok, sent.start_char + m.start(), sent.start_char + m.end()) for m in _YEARS.finditer(sent.text)):
        return False  # a span in a clause of its own says nothing of this count ("the cartel, which has operated for decades")
    # thousands, or one of thousands ("one of thousands who were lynched in that era"), or a count of a thousand or more
    return any(t.lower_ in _THOUSANDS or any(_large(c) for c in t.children if c.dep_ == "nummod") for t in taken(tok, counts=True))


# The nouns of a trend, which take happenings by the number: "a 830% increase in assaults", "a drastic reduction in
# seizures", "a spike in the number of arrests"
_TRENDS = {"increase", "increases", "rise", "rises", "surge", "surges", "spike", "spikes", "uptick", "jump", "reduction",
           "reductions", "decrease", "decreases", "decline", "declines", "drop", "drops", "fall", "downturn"}


def _in_a_trend(tok) -> bool:
    """Whether a noun of happenings is what a trend is in ("the 1,000% increase in the assaults on ICE officers", "an
    increase in the number of arrests"): a statistic, docs/annotation.md §2.2; not a trend's own cause ("a spike in
    homicides after the murder of George Floyd": the murder stays)."""
    if not tok.tag_.startswith("NN"):
        return False
    head = tok.head
    if head.lower_ == "of" and head.head.lower_ == "number":
        head = head.head.head
    return tok.dep_ == "pobj" and head.lower_ == "in" and head.head.lower_ in _TRENDS and head.head.tag_.startswith("NN")


def _statistic(tok, text: str, s_start: int, s_end: int, language: str) -> bool:
    """A large count over a period, or a comparison of periods, in the trigger's sentence; not a count the text
    presents as one operation ("arrested 1,500 suspects in a single operation this year", docs/annotation.md §2.2)."""
    if language not in _STATISTIC:
        return False
    count, period, compared = _STATISTIC[language]
    sentence = text[s_start:s_end]
    if one_operation(sentence):
        return False
    return bool(compared.search(sentence)) or bool(period.search(sentence)) and any(
        _counts_it(tok, s_start + m.start(), s_start + m.end()) for m in count.finditer(sentence))


# Verbs that kill only when what they remove is people: "eliminated dozens of ISIS jihadis", "taking out its emir",
# "the emir was taken out"; not "eliminated a shift", "took out a loan", "eliminate the threat"
_REMOVING = re.compile(r"eliminat|(?:take|takes|took|taken|taking)$", re.I)
_REMOVED = re.compile(r"eliminat\w*|t(?:ake|akes|ook|aken|aking) out", re.I)  # the removal triggers (event_lexicon.TRIGGERS)
_FIGHTERS = re.compile(r"(?:narco-?)?terrorists?|jihadis?|jihadists?|militants?|insurgents?|fighters?|leaders?|commanders?|emirs?|"
                       r"chiefs?|operatives?|members?|gunm[ae]n|hitm[ae]n|sicarios?|planners?|bombers?|masterminds?|kingpins?|"
                       r"bosse?s?|lieutenants?|assassins?|snipers?|pirates?|traffickers?", re.I)
_HOW_MANY = {"dozens", "scores", "hundreds", "thousands", "number", "several", "many", "some", "all", "most", "one", "two", "three",
             "four", "five", "six", "seven", "eight", "nine", "ten", "more", "each", "two-thirds"}


def _people_removed(tok) -> bool:
    """Whether a verb of removal removes people by force: its object (or, passive, its subject) is a word for
    fighters and leaders, or a person named where the sentence tells of force ("a drone strike eliminated Abu
    Khalid"; not "voters eliminated John Smith in the primary", "took out Maria Lopez for dinner"), through a count
    ("dozens of ISIS jihadis") and a coordination. "Members" are fighters only of an armed group ("20 members of
    Hamas", not "300 members of its sales staff"); "taken out of the prison" moves people, it removes no one."""
    if any(c.dep_ in ("prt", "advmod", "prep") and c.lower_ == "out" and c.i + 1 < len(c.doc) and c.doc[c.i + 1].lower_ == "of"
           for c in tok.children):
        return False
    removed = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    removed += [o for r in removed if r.lower_ in _HOW_MANY or r.tag_ == "CD"
                for p in r.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    forced = bool(_FORCE.search(tok.sent.text))
    return any(t.ent_type_ == "PERSON" and forced or _fighters(t) for r in removed for t in (r, *r.conjuncts))


def _fighters(t) -> bool:
    """Whether a word names fighters or leaders; "members" only of a group named as such ("members of Hamas")."""
    if not _FIGHTERS.fullmatch(t.text):
        return False
    if not re.fullmatch(r"members?", t.text, re.I):
        return True
    return any(o.ent_type_ in _GROUP_LABELS or _ARMED.search(o.text) for p in t.children if p.dep_ == "prep" and p.lower_ == "of"
               for o in p.children if o.dep_ == "pobj")


# The words that tell force used on people: a removal verb with a person's name kills only among them.
_FORCE = re.compile(r"\b(?:strikes?|airstrikes?|air\s+strikes?|raids?|drones?|forces|troops|soldiers|military|army|operations?|"
                    r"missiles?|bombs?|bombing|gunfire|shot|sniper|special\s+forces|counterterrorism|counter-terrorism)\b", re.I)
_GROUP_LABELS = {"ORG", "NORP", "CRIMINAL_GROUP"}
_ARMED = re.compile(r"\b(?:cartels?|gangs?|militias?|terrorists?|groups?|organi[sz]ations?|factions?|clans?|insurgents?)\b", re.I)


# a cited story's headline: "- [The Daily Mail](https://…): There's been a murder a week on farms"
_CITED_HEADLINE = re.compile(r"[-*•\s]*\[?\*{0,2}[^\]\n:]{1,80}?(?:\]\([^)\s]*\)|\s{3,})\*{0,2}\s*:\s")  # a link, or its blanked address
_NOT_AN_ACT = {"off", "back"}  # "kicked off the week", "beating back the smears": another verb


def no_happening(tok, etype: str, text: str, start: int, end: int, sent, language: str, genre: str | None = None) -> str | None:
    """Why the trigger tells no specific happening (an activity, no people removed, a class, a habit, a statistic),
    or None; ``genre``, the document's (structure.genre). A presence claim is a state, told in the present ("cartels
    operate in Sinaloa"): not read here."""
    if etype == "presence":
        return None
    if _trade(tok, etype):
        return "activity"
    if etype == "killing" and _REMOVING.match(tok.lower_) and _REMOVED.fullmatch(text, start, end) and not _people_removed(tok):
        # only a verb of removal itself: "10 more lives were taken" is a death told by its noun (its root "taken" too)
        return "no one removed"
    headline = sent.start == 0  # a headline speaks in bare plurals: "Bodies in bags", "Drivers killed, fees demanded"
    if _class(tok) and not headline:
        return "class"
    if tok.tag_.startswith("VB") and any(c.dep_ == "prt" and c.lower_ in _NOT_AN_ACT and not start <= c.idx < end for c in tok.children):
        return "another verb"  # unless the particle is the trigger's own word ("taken off the streets")
    if _CITED_HEADLINE.match(text, sent.start_char):
        return "cited headline"
    if etype == "killing" and unexplained(text, start, end, language):
        return "death found, no hand told"
    if etype == "arrest" and _held(tok):
        return "state"
    if language == "en" and programme_aim(tok):
        return "programme"
    if (etype in LEGAL or etype == "trafficking") and _statistic(tok, text, sent.start_char, sent.end_char, language):
        return "statistic"
    if language == "en" and (tally(tok, etype) or _in_a_trend(tok)):
        return "statistic"
    if habit(tok, etype, genre, headline, _on_a_day(sent)):
        return "habit"
    if _hurt_by_a_happening(tok, language):
        return "told by its noun"
    if _TOLL.match(text, start) and _MISHAP.search(text, sent.start_char, sent.end_char):
        return "toll of a mishap"  # "A bus overturned …, leaving 4 dead and 12 injured": no killing
    return None


_TOLL = re.compile(r"\d+ (?:people )?dead\b")
# What a toll may be the toll of that is no killing: a crash, a fire, a disaster
_MISHAP = re.compile(r"\b(?:crash(?:ed|es)?|collisions?|collided|accidents?|wrecks?|overturned|derail\w*|(?:house|building|apartment|forest|wild) ?fires?|"
                     r"blazes?|flood\w*|storms?|tornado(?:es)?|hurricanes?|earthquakes?|quakes?|avalanches?|landslides?|mudslides?|stampedes?|"
                     r"heat ?waves?|outbreaks?|epidemic)\b", re.IGNORECASE)


def _hurt_by_a_happening(tok, language: str) -> bool:
    """A hurt the sentence says a happening did ("the attack, which reportedly wounded two soldiers", "the blast
    wounded three"): the happening's noun tells it; the verb tells only whom it hurt, so it is no happening of its
    own (not "a sniper wounded two soldiers")."""
    if not tok.tag_.startswith("VB") or not tok.lower_.startswith("wound"):
        return False
    doers = [tok.head if c.tag_ in ("WDT", "WP") and tok.dep_ == "relcl" else c for c in tok.children if c.dep_ == "nsubj"]
    return any(d.tag_.startswith("NN") and any(p.fullmatch(d.text) for _, _, p in _patterns(language)) for d in doers)


_REMAINING = {"remain", "remains", "remained", "remaining", "stay", "stays", "stayed", "permanece", "permanecen", "sigue", "siguen"}


_WRONGFUL = {"wrongfully", "unjustly", "unlawfully", "arbitrarily"}


def _told_as_done(tok) -> bool:
    """Whether a verb of detaining has a doer (its subject, an agent) or a time of its own ("agents detained him",
    "by police", "on Tuesday", "in March 2023"): a detaining told, not a state; not a length of time ("unjustly
    detained for months": the state's)."""
    return any(c.dep_ in ("nsubj", "agent") or (c.dep_ in ("npadvmod", "tmod") or c.dep_ == "prep" and c.lower_ not in ("for", "since"))
               and any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree) for c in tok.children)


def _held(tok) -> bool:
    """A custody told as a state, not as the arrest that began it (docs/annotation.md §2.2, "is being held without
    bail", "remains in custody"): "is being detained pending removal", "remains detained"; not "was detained Tuesday",
    "has been detained since May" (a detention that began: an arrest told), nor a story's "his wife, who was being
    detained, …" (the detaining, under way as the story tells it). A detention called wrongful is a status, told of
    hostages and prisoners abroad, not an arrest: "Americans held hostage and wrongfully detained", "the unjustly
    detained"; not one person it describes ("a wrongfully detained American in Minsk", whose detention may be told),
    nor a detaining told with its doer or its day ("agents arbitrarily detained the journalist on Tuesday", "was
    wrongfully detained by Russian police"): an arrest."""
    if tok.lower_ in ("detained", "held", "imprisoned") and tok.i > 0 and tok.doc[tok.i - 1].lower_ in _WRONGFUL:
        return not (tok.dep_ == "amod" and tok.head.tag_ in ("NN", "NNP") or _told_as_done(tok))
    if tok.tag_ != "VBN" or tok.lower_ not in ("detained", "held", "detenido", "detenida", "detenidos", "detenidas"):
        return False
    aux = {c.lower_ for c in tok.children if c.dep_ in ("auxpass", "aux")}
    if aux & _REMAINING or "being" in aux and aux & {"is", "are", "am", "'s", "'re"}:
        return True  # "is being detained"; "remains detained", which the parse may read as a passive
    return tok.dep_ in ("acomp", "xcomp", "oprd") and tok.head.lower_ in _REMAINING


_ORDERING = {"shall": "future", "will": "future", "wo": "future", "must": "hypothetical", "should": "hypothetical"}
_CLAUSES = {"relcl", "advcl", "ccomp", "acl", "parataxis"}  # a clause of its own tells its own time


def _ordered(tok) -> str | None:
    """The mood of an order or a plan the trigger is the content of ("the Attorney General shall pursue criminal charges",
    "shall take all appropriate action to detain"): a verb, or a bare noun, under a verb that "shall", "will" or "must"
    do, within one clause ("will investigate the killing" refers back to a killing; a relative clause has its own time)."""
    if tok.tag_.startswith("NN") and any(c.dep_ in ("det", "poss") and c.lower_ not in ("any", "all") for c in tok.children):
        return None
    for t in [tok, *tok.ancestors][:7]:
        mood = next((_ORDERING[c.lower_] for c in t.children if c.dep_ == "aux" and c.lower_ in _ORDERING), None)
        if mood is not None and t is not tok:
            return mood
        if t.dep_ in _CLAUSES and t.tag_.startswith("VB") or t.dep_ == "ROOT":
            return None
    return None


def _came_back(verb) -> bool:
    """"came back to kill", "comes back to shoot": a return, told as done like "returned to kill"."""
    return verb.lower_ in ("come", "came", "comes", "coming") and any(c.lower_ == "back" and c.dep_ in ("prt", "advmod") for c in verb.children)


def _shared_infinitive(tok, aux: set[str]):
    """The infinitive before a bare verb joined to it, whose "to" and governor the bare verb shares ("plotted to
    execute an employee and then attack a station", however the parse hangs the second verb), or None."""
    if aux or tok.tag_ != "VB" or tok.dep_ != "conj" or any(c.dep_.startswith("nsubj") for c in tok.children):
        return None
    if tok.head.tag_ == "VB":
        return tok.head
    return next((t for t in reversed(tok.doc[tok.head.i + 1 : tok.i]) if t.tag_ == "VB"
                 and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)), None)


def aimed(tok, etype: str, mode: str) -> str:
    """The mood of a happening only aimed at ("decided to assault", "steps to indict") or ruled out in general ("cannot
    arrest", "will no longer kill"): hypothetical or future, not a happening told; else ``mode`` unchanged."""
    if etype == "presence" or mode not in ("asserted", "alleged", "negated"):
        return mode
    if mode != "negated" and (ordered := _ordered(tok)) is not None:
        return ordered
    if not tok.tag_.startswith("VB"):
        return mode
    aux = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
    if (shared := _shared_infinitive(tok, aux)) is not None:
        return aimed(shared, etype, mode)  # "plotted to execute an employee and then attack a police station"
    if mode == "negated" and aux & _HYPOTHETICAL_AUX and "have" not in aux:  # not "should never have been detained"
        return "future" if aux & {"will", "wo", "shall"} else "hypothetical"
    if "to" in aux and mode != "negated":  # "failed to arrest the gunman" stays denied; "decided to assault", "requires them to be detained"
        governor = tok.head
        while governor.dep_ == "conj" and governor.head is not governor:
            governor = governor.head  # "to acquire or develop weapons, or to extort"
        ordinal = any(t.lower_ in _ORDINALS for t in tok.doc[max(tok.sent.start, tok.i - 6) : tok.i])
        done = governor.lower_.startswith(_DONE) or tok.head.lower_.startswith(_DONE) or _came_back(tok.head)
        if not done and not ordinal:
            return "hypothetical"
    return mode
