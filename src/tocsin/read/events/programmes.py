"""Happenings named only as what a programme is for (docs/annotation.md §2.2, "policy, programmes, funding, laws,
orders": "signed an executive order expanding task forces", "$40 million for violence interruption"): a noun of a
happening, a gerund or a participle that stands in the noun phrase of

- what a purpose verb does, in its infinitive, gerund or bare form: "to combat human trafficking", "targeting
  organizations trafficking in fentanyl", "- Reduce the supply of illicit drugs smuggled across our borders", "to
  facilitate the extradition of TCO members", "protecting against the taking of hostages", "to implement the
  selected sanctions";
- a programme's noun: "the policy of detaining illegal aliens", "a moratorium on Federal executions", "sanctions
  authorities", "efforts against kidnapping".

The phrase is followed up through nouns, prepositions, a participle's noun and joined words, and through a verb
only where it is joined to the one before ("finding and seizing firearms"), never through another verb: "funds to help the families of those killed in the shooting" is not read ("help" is no purpose verb). A
happening told as one ("a robbery") that an act told in the past aimed at stays one ("officers arrived to stop a
robbery": someone acted on it then; not "set up a unit to curb the influx of weapons trafficked"), and a
happening the phrase makes specific stays one: a person, a day or a time named in it ("to investigate and prevent
the killing of Ana Ruiz", "efforts to solve the May 3 shooting"), a possessor ("to address Ruiz's abduction"). A
purpose verb in a tense of its own tells what was done ("police stopped the robbery"), and an infinitive is read by
``specific.aimed``.
"""

from __future__ import annotations

# verbs whose object is what a programme is against or for, in their non-finite forms ("to combat", "combating")
_PURPOSE = {"combat", "counter", "counteract", "prevent", "stop", "disrupt", "deter", "fight", "address", "tackle", "curb",
            "reduce", "target", "dismantle", "end", "protect", "facilitate", "pursue", "impose", "implement", "detect",
            "eradicate", "thwart", "confront", "interdict"}
# their forms: the parse has no lemmas
_PURPOSE_FORMS = _PURPOSE | {("stopp" if v == "stop" else v[:-1] if v.endswith("e") else v) + "ing" for v in _PURPOSE} | {"deterring", "combatting"}
# nouns of a programme: a happening in their phrase is what the programme is about
_PROGRAMME = {"policy", "policies", "program", "programs", "programme", "programmes", "initiative", "initiatives", "strategy",
              "strategies", "law", "laws", "bill", "bills", "funding", "funds", "grant", "grants", "effort", "efforts",
              "capabilities", "capability", "resources", "jurisdiction", "cooperation", "framework", "priorities",
              "priority", "tools", "moratorium", "legislation", "regime", "approach", "investments", "investment"}
# nouns that are a programme only with the word before them: "sanctions authorities", "a task force", "strike forces"
_COMPOUND_PROGRAMME = {"authority": None, "authorities": None, "force": {"task", "strike"}, "forces": {"task", "strike"}}
_NOUN_LINKS = {"pobj", "dobj", "compound", "conj", "appos", "nmod", "pcomp"}
_STEPS = 8
_THEME = {"of", "on", "against", "for", "to", "over", "toward", "towards"}  # what a programme is about
_SPECIFIC = {"PERSON", "DATE", "TIME"}


def _non_finite(verb) -> bool:
    """An infinitive, a gerund or a bare imperative ("to combat", "combating", "- Reduce"): no tense of its own."""
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if verb.tag_ == "VB":
        return not aux - {"to"}
    return verb.tag_ == "VBG" and not aux


def _one_happening(tok) -> bool:
    """A happening told as one: a singular noun after "a" or "an" ("to stop a robbery"), not a kind ("the influx of
    weapons trafficked", "drugs smuggled")."""
    return tok.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)


def _in_a_told_act(verb) -> bool:
    """Whether a purpose verb is the aim of an act told in the past ("he was shot while trying to stop a carjacking",
    "officers arrived to stop a robbery"): someone acted on a happening then, which is no programme's aim. The verbs
    it hangs from are followed up to a noun ("an order to combat", "efforts to stop": a programme's)."""
    t = verb
    for _ in range(3):
        if t.dep_ not in ("xcomp", "advcl", "conj", "pcomp") or t.head is t or not t.head.tag_.startswith("VB"):
            return False
        t = t.head
        if t.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in t.children):
            return True
    return False


def _programme_noun(noun) -> bool:
    word = noun.lower_
    if word in _PROGRAMME:
        return True
    if word not in _COMPOUND_PROGRAMME:
        return False
    before = _COMPOUND_PROGRAMME[word]
    compounds = [c.lower_ for c in noun.children if c.dep_ == "compound"]
    return bool(compounds) and (before is None or any(c in before for c in compounds))


def _specific(tok) -> bool:
    """A happening the words make one: a person, a day or a time named in its phrase, a possessor, or "the" before it
    ("to prevent the shooting", "funds for the victims of the shootings in Uvalde"), unless what it is "of" is a bare
    noun, a kind ("the taking of hostages", "the extradition of TCO members"; "the sanctions" with no place)."""
    if any(c.dep_ == "poss" for c in tok.children) or any(t.ent_type_ in _SPECIFIC for t in tok.subtree):
        return True
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in tok.children):
        return False
    kinds = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
             if o.dep_ == "pobj" and o.tag_ in ("NNS", "NNPS", "NN") and not any(d.dep_ in ("det", "poss", "nummod") for d in o.children)]
    if kinds:
        return False
    return tok.tag_ in ("NN", "NNP", "VBG") or any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in tok.subtree)


def programme_aim(tok) -> bool:
    """Whether the trigger ``tok`` is only what a programme or a purpose verb is about (module docstring)."""
    if tok.tag_.startswith("VB") and not (tok.tag_ in ("VBG", "VBN") and tok.dep_ in _NOUN_LINKS | {"acl"}):
        return False  # a verb in a clause of its own tells its own happening
    if _specific(tok):
        return False
    t = tok
    for _ in range(_STEPS):
        head = t.head
        if head is t or t.dep_ not in _NOUN_LINKS | {"prep", "acl", "amod"} or t.dep_ == "prep" and t.lower_ not in _THEME:
            return False  # "rescue efforts after the shooting": a time, not what the effort is about
        if head.tag_.startswith(("VB", "MD")) and t.dep_ != "amod":  # the parse has tags, no parts of speech
            if t.dep_ == "conj" and t.tag_.startswith("VB"):
                t = head  # "finding and seizing firearms"
                continue
            return t.dep_ in ("dobj", "prep") and head.lower_ in _PURPOSE_FORMS and _non_finite(head) \
                and not (_one_happening(tok) and _in_a_told_act(head))
        if head.tag_.startswith("NN") and _programme_noun(head):
            return True
        t = head
    return False
