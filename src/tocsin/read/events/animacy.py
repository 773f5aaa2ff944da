"""Who or what a word of an act can take: a person, a group, a force, a place or a building can be killed, attacked,
taken, threatened, arrested or sanctioned; a bill, a plan, a price, a record or a reputation cannot. A word
of an act whose participants are all of the second kind is used in another sense: "the senator killed the bill",
"investors shot down the merger", "the council slashed the budget", "the proposal clashes with the zoning code".

A participant's kind is read first from the parse (an entity's label, a pronoun, a proper noun, a word of a person),
then from what the document itself does with the same noun (a noun it passes, vetoes or votes on is a paper; one it
counts in money or percent is a sum), then from a noun's clause ("a plan to expand Medicaid", "the idea that …"). A
short list of the papers, sums and standings is kept where the text says no more: the small spaCy model carries no
word classes or vectors, and these are the heads that local and political news puts after a violent verb."""

from __future__ import annotations

import re

# The words of a person, or of people, that a capture or an expulsion takes: a role or a kind of person ("the
# fugitive", "two inmates", "the 17-year-old", "the pair"), an agent's noun ("the robber", "a gunman", "militants")
_PERSONAL = re.compile(r"(?:\w+-)?(?:[\w-]*(?:er|or|ar|at|ist|ant|ent|ian|ee|ive|man|men|woman|women|-old)s?|person|sons?|persons|people|"
                       r"child|children|kids?|boys?|girls?|teens?|youths?|juveniles?|adults?|minors?|aliens?|nationals?|citizens?|"
                       r"individuals?|suspects?|inmates?|convicts?|hostages?|rebels?|troops?|pirates?|thie(?:f|ves)|crooks?|"
                       r"gangs?|cells?|members?|bandits?|guerrillas?|spy|spies|wife|wives|husbands?|daughters?|mothers?|fathers?|"
                       r"brothers?|sisters?|famil(?:y|ies)|couples?|pair|duo|trio|victims?|others?|accomplices?|cohorts?|"
                       r"fugitives?|escapees?|felons?|thugs?|crew|posse|band|squad|unit|one|ones|two|three|four|five|six|all|both|"
                       r"dozens|several|many|some|most|rest|each|none)", re.I)
_PRONOUNS = {"he", "him", "she", "her", "they", "them", "who", "whom", "i", "me", "we", "us", "you", "himself", "herself",
             "themselves", "those", "someone", "anyone", "somebody", "everyone", "that", "which"}
# The types whose word must take someone or somewhere (a robbery may take a thing, a trafficking a load: not these)
_SOMEONES = frozenset({"killing", "attack", "abduction", "threat", "arrest", "extradition", "designation"})
# Names of someone or somewhere, whatever their word: a person, people of a nation, a body, a place, a building
_SOMEONE_LABELS = frozenset({"PERSON", "NORP", "ORG", "GPE", "LOC", "FAC", "CRIMINAL_GROUP", "AGENCY"})
_SUM_LABELS = frozenset({"MONEY", "PERCENT", "QUANTITY"})
# What no one is, where the text says no more, in four classes; not a business, a population or a mission, which are
# people or places. Papers and plans: "killed the bill", "shot down the merger", "an attack on the proposal"
# (PROGRAMS, the papers one also carries out, and SWELLING_SUMS, the sums that also grow, are read by senses.py: what is
# "executed" when no one is, what "exploded" when nothing blew up)
PROGRAMS = r"laws?|plans?|programs?|projects?|polic(?:y|ies)|agenda|reforms?|regulations?|agreements?|contracts?"
_PLANS = (r"bills?|measures?|ordinances?|legislation|amendments?|proposals?|rules?|initiatives?|mandates?|motions?|resolutions?|"
          r"rulings?|decisions?|deals?|mergers?|offers?|ideas?|notions?|theor(?:y|ies)|efforts?|bids?|nominations?|" + PROGRAMS)
# Sums: "slashed the budget", "prices exploded", "attacked the tariffs"
SWELLING_SUMS = r"budgets?|debts?|deficits?|costs?|prices?|rates?|taxes|spending|inflation|economy"
_SUMS = (r"tariffs?|fees?|funding|wages|salar(?:y|ies)|profits?|revenues?|stocks?|shares|bonds|"
         + SWELLING_SUMS)  # not a market, which is a place too
# Standings: "killed his chances", "attacked her record", "membership threatened by sanctions"
_STANDINGS = r"records?|reputations?|credibility|image|legacy|careers?|candidac(?:y|ies)|chances|hopes?|dreams?|momentum|" \
             r"spotlight|limelight|headlines|membership"
# Ideals and institutions of a people, which rhetoric attacks: "an assault on freedom", "attacks on our democracy",
# "an assault on our most sacred liberties", "attacks on women's healthcare"
_IDEALS = r"freedoms?|liberty|liberties|democrac(?:y|ies)|rights|values|sovereignty|integrity|diversity|equality|dignity|" \
          r"healthcare|science|truth|decency|civility"
_NO_ONE = re.compile("|".join((_PLANS, _SUMS, _STANDINGS, _IDEALS)), re.I)
# A process told as a bare noun, which can clash with a plan but fights no one: "the prison clashes with
# revitalization" (not "the government", "the regiment", "the opposition": bodies of people)
_PROCESS = re.compile(r"\w{3,}(?:i[sz]ation|ification|ness|ism)", re.I)
# A grievance that an employer's retaliation answers, not a blow: "retaliated against her because she filed a charge",
# "for reporting abuse", "after he complained" (not "for testifying", a witness's; a gang that retaliates does so with
# a word of its own: shot, torched)
_GRIEVANCES = re.compile(r"(?:oppos|fil|complain|report|su|blow|whistl|speak|spoke|protest|organiz|unioniz)\w*", re.I)
# What a document does to a paper: whatever noun it approves, vetoes or amends is one ("the council approved the levy");
# not "passed", which one does to a place too
_PAPER_VERBS = re.compile(r"(?:approv|veto|adopt|amend|enact|repeal|propos|ratif|rescind)\w*", re.I)


def _someone(t) -> bool:
    """Whether the participant names someone or somewhere by the parse alone: an entity of a person, a body or a place,
    a pronoun, a proper noun, a count of people ("killed two"), a word of a person ("the fugitive", "two inmates")."""
    return t.ent_type_ in _SOMEONE_LABELS or t.lower_ in _PRONOUNS or t.tag_ in ("NNP", "NNPS", "PRP", "CD") or person_word(t)


def person_word(t) -> bool:
    """Whether a common noun is a word of a person or of people ("national", "the 17-year-old", "suspects")."""
    return bool(_PERSONAL.fullmatch(t.text)) and not _NO_ONE.fullmatch(t.text)


def carried_people(t) -> bool:
    """Whether what a trafficking moves may be people, who are its target ("smuggled unauthorized aliens", "trafficked
    her", "smuggled them", "trasladaba a migrantes"): anything but a load of drugs, arms, cash or goods ("selling
    cocaine and painkillers", "smuggled fentanyl precursors": docs/annotation.md §2.4, as a seizure's load), or a body
    or a place, which no one traffics. Told by the load's word, so in either language and whatever the parse tags."""
    if t.ent_type_ in _CARRIED_THINGS:
        return False
    return not _LOAD.fullmatch(t.text)


# What a trafficking carries that is no one: drugs, arms, cash, fuel and goods, and their measures, in English and
# Spanish ("smuggled fentanyl precursors", "selling cocaine and painkillers", "traficaba armas", "200 kilos")
_LOAD = re.compile(r"drugs?|narcotics?|cocaine|heroin|fentanyl|methamphetamine|meth|marijuana|cannabis|hashish|crack|opioids?|"
                   r"opiates?|pills?|painkillers?|oxycodone|tramadol|captagon|ketamine|ecstasy|mdma|precursors?|chemicals?|"
                   r"substances?|weapons?|guns?|firearms?|rifles?|pistols?|handguns?|arms|ammunition|ammo|explosives?|"
                   r"grenades?|cash|money|currency|dollars|contraband|cigarettes|tobacco|fuel|gasoline|petrol|diesel|oil|"
                   r"gold|minerals?|timber|wildlife|ivory|goods|products|merchandise|cargo|shipments?|loads?|kilos?|"
                   r"kilograms?|tons?|tonnes?|pounds?|packages?|parcels?|"
                   r"drogas?|narc[oó]ticos?|coca[ií]na|hero[ií]na|fentanilo|metanfetaminas?|marihuana|pastillas|"
                   r"precursores|qu[ií]micos|armas?|municiones|explosivos|dinero|efectivo|d[oó]lares|combustibles?|"
                   r"huachicol|gasolina|oro|madera|mercanc[ií]as?|productos|cargamentos?|toneladas|kilogramos", re.I)
# Who or what a trafficking never carries by name: a body, a place, a sum
_CARRIED_THINGS = frozenset({"ORG", "CRIMINAL_GROUP", "AGENCY", "GPE", "LOC", "FAC", "MONEY", "QUANTITY", "PERCENT"})


def _singular(t) -> str:
    """A noun's word without a plural's s (the pipeline has no lemmatizer): "levies" and "levy" are one noun."""
    word = t.lower_
    return word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _papers_of(doc) -> frozenset:
    """The nouns the document treats as papers: what it approves, vetoes, amends or votes on ("voted on the levy")."""
    found = doc.user_data.get("tocsin_papers")
    if found is None:
        found = frozenset(_singular(t) for t in doc if t.tag_ in ("NN", "NNS") and (
            _approved(t) or t.dep_ == "pobj" and t.head.lower_ == "on" and t.head.head.lower_.startswith("vot")))
        doc.user_data["tocsin_papers"] = found
    return found


def _clausal(t) -> bool:
    """Whether a noun takes a clause of its own, as plans and ideas do: "a plan to expand", "the idea that"."""
    return any(c.dep_ in ("acl", "ccomp") and c.tag_ == "VB" and any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children)
               or c.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
               for c in t.children)


def no_one(t) -> bool:
    """Whether a participant's head names no one and nowhere: a sum ("$7 million"), a paper, a plan, a price, a record,
    a standing, by its word, its clause, or what the document does with it elsewhere."""
    if t.ent_type_ in _SUM_LABELS:
        return True
    if _someone(t) or t.tag_ not in ("NN", "NNS"):
        return False
    return bool(_NO_ONE.fullmatch(t.text)) or _singular(t) in _papers_of(t.doc) or _clausal(t)


def _undergoers(tok, target_tok) -> list:
    """Who or what undergoes the trigger: its object or passive subject, or what "on", "against" or "with" take after
    it ("an attack on the plan", "clashes with the code"), or the target the arguments found."""
    taken = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    taken += [o for p in tok.children if p.dep_ == "prep" and p.lower_ in ("on", "against", "with", "upon")
              for o in p.children if o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME")]  # not "attacked on Tuesday"
    return taken or ([target_tok] if target_tok is not None else [])


def _process(t) -> bool:
    """Whether a side of a clash is a process told as a bare noun ("clashes with revitalization")."""
    return t.tag_ == "NN" and not t.ent_type_ and bool(_PROCESS.fullmatch(t.text)) and not any(c.dep_ in ("det", "poss") for c in t.children)


def _approved(tok) -> bool:
    """Whether an act's noun is itself what is approved, vetoed or amended ("the designation must be approved")."""
    return tok.dep_ in ("dobj", "nsubjpass") and tok.head.tag_.startswith("VB") and bool(_PAPER_VERBS.fullmatch(tok.head.text))


def _answers_a_grievance(tok) -> bool:
    """Whether a retaliation is told as the answer to a complaint, a filing, a report or testimony ("because she
    opposed employment practices", "for filing charges", "after he complained")."""
    return any(c.dep_ in ("advcl", "prep") and any(w.tag_.startswith("VB") and _GRIEVANCES.fullmatch(w.text) for w in c.subtree)
               for c in tok.children)


def lifeless(etype: str, tok, actor_tok, target_tok) -> bool:
    """Whether a word of an act takes no one and nowhere, so tells no act of its type: all it takes is a paper, a
    sum or a standing ("killed the bill", "slashed the budget", "an attack on the plan"), or, with nothing taken, its
    own subject is one ("the debt exploded"); a clash, whose sides are its subject and what "with" takes, with either
    side one ("the proposal clashes with the zoning code": no fight is fought with a plan)."""
    if etype not in _SOMEONES or tok.lang_ != "en":
        return False
    subjects = [c for c in tok.children if c.dep_ == ("nsubj" if tok.tag_.startswith("VB") else "compound")]
    if tok.lower_.startswith("clash"):
        sides = subjects + [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children if o.dep_ == "pobj"]
        return any(no_one(t) or _process(t) for t in sides)
    if tok.tag_.startswith("NN") and _approved(tok) and target_tok is None and not any(c.dep_ == "prep" for c in tok.children):
        return True  # "the designation must be approved by the state": a paper approved, naming no one (not "approved
        # the designation of the gang", "approved the strikes on Iran")
    if tok.lower_.startswith("retaliat") and _answers_a_grievance(tok):
        return True  # "retaliated against Officer Caraballo because she filed a charge": an employer's, no blow
    taken = _undergoers(tok, target_tok)
    if taken:
        return all(no_one(t) for t in taken)
    return bool(subjects) and tok.tag_.startswith("VB") and all(no_one(t) for t in subjects)
