"""Blame said in the text's own voice, read off the parse: "responsible" said of a group by a plain copula ("MS-13 was
responsible for the stabbing", "MS-13, which was responsible for"), a guilt a plea or a verdict states ("pleaded guilty
to"), and an act given as one of the crimes a group is blamed for ("responsible for many crimes, including the murder
of"). Anything that hedges, conditions, frames or embeds the words in someone's saying leaves them to the hedges' own
reading."""

from __future__ import annotations

import re

from .event_lexicon import MODALITY
from .statements import LEXICONS, verb_lemma

BLAMED = {"responsible", "responsable", "responsables", "culpable", "culpables", "guilty"}
_BE = {"is", "are", "was", "were", "be", "been", "'s", "’s", "es", "son", "era", "eran", "fue", "fueron"}
_PERFECT = {"has", "have", "had", "ha", "han", "había", "habían"}  # "MS-13 has been responsible": no hedge
# The adverbs that hedge a blame: a report, an inference, a chance or a share ("allegedly", "probably", "partly"); any
# other ("ultimately", "directly", "also") leaves it the text's own
_HEDGING = {w for lex in MODALITY.values() for w in lex["alleged"]} | {
    "possibly", "perhaps", "maybe", "seemingly", "partly", "partially", "posiblemente", "quizá", "quizás", "parcialmente"}
# A plea or a verdict establishes the guilt it states ("pleaded guilty to", "was found guilty of", "fue declarado
# culpable de", "se declaró culpable"), as a copula does the text's own blame
_VERDICT = {"plead", "pleads", "pleaded", "pled", "pleading", "find", "finds", "found", "adjudged", "declared", "declarado",
            "declarada", "declarados", "declaradas", "declaró", "declararon", "hallado", "hallada", "hallados", "halladas"}
_CONVICTED = {"guilty", "culpable", "culpables"}


def predicated(word) -> bool:
    """Whether a word of blame ("responsible", "responsable") is said of its clause's subject by a plain copula, or a
    guilt by a plea or a verdict ("pleaded guilty to", "fue declarado culpable de"), in a clause that is the text's
    own: the main clause, a relative clause or a coordinated one that no verb of saying or belief governs ("MS-13,
    which was responsible for", "…, and el CJNG es responsable del"). Not someone's view ("police held MS-13
    responsible", "police believe MS-13, which was responsible"), nor where a hedging adverb ("allegedly", "partly"),
    a modal or epistemic auxiliary ("may", "must have been"), a condition ("if", "si"), a clause it hangs from
    ("police believe"), a frame put before it ("According to police,", "In the indictment,") or a question touches
    it: those are read by their own words."""
    clause = _clause(word) if word.lower_ in BLAMED else None
    if clause is None:
        return False
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or clause.sent.text.rstrip().endswith("?") or not _own_clause(clause):
        return False
    near = [*word.children, *(c for c in clause.children if c != word)] if clause != word else list(word.children)
    return not any(c.dep_ == "advmod" and c.lower_ in _HEDGING or c.dep_ in ("mark", "parataxis", "ccomp", "advcl")
                   or c.dep_ == "aux" and c.lower_ not in _PERFECT or c.dep_ == "prep" and c.i < subject.i and not _when_or_where(c) for c in near)


def _clause(word):
    """The word that says a blame of its subject: the blame itself with a copula on it, the copula it completes, or
    the verb of a plea or a verdict that no negation touches ("pleaded not guilty" establishes nothing)."""
    if any(c.dep_ == "cop" and c.lower_ in _BE for c in word.children):
        return word
    if word.dep_ in ("acomp", "attr") and word.head.lower_ in _BE:
        return word.head
    verdict = word.head if word.lower_ in _CONVICTED and word.head.lower_ in _VERDICT else None
    if verdict is None or word.dep_ not in ("acomp", "oprd", "ccomp", "dobj", "xcomp", "attr", "advmod"):
        return None
    denied = any(c.dep_ == "neg" or c.lower_ in ("not", "no", "never", "nunca") for c in (*word.children, *verdict.children))
    return None if denied else verdict


def _own_clause(clause) -> bool:
    """Whether a clause speaks in the text's own voice: the sentence's main clause, or a relative or coordinated clause
    that no verb of saying or belief governs, and that no such verb put aside nor a frame before its governors'
    subjects ("According to police, MS-13, which was …") takes as someone's words."""
    chain = [clause]  # the clause and the ones it is coordinated with, up to the first
    while chain[-1].dep_ == "conj" and chain[-1].head != chain[-1]:
        chain.append(chain[-1].head)
    if chain[-1].dep_ not in ("ROOT", "relcl"):
        return False  # "police said MS-13 was", "if …", "believed to be"
    for node in clause.ancestors:
        boundary = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), node)
        if _saying(node) or any(c.dep_ == "parataxis" and _saying(c) or c.dep_ == "prep" and c.i < boundary.i
                                and not _when_or_where(c) or c.dep_ == "mark" and node in chain for c in node.children):
            return False
    return True


def _saying(tok) -> bool:
    """Whether a word is a verb of saying or belief ("said", "believe", "cree"), in its document's language."""
    language = tok.doc.lang_ if tok.doc.lang_ in LEXICONS else "en"
    return verb_lemma(tok.lower_) in LEXICONS[language]["cues"] or tok.lower_ in MODALITY[language]["allegation_heads"] - BLAMED


def _when_or_where(prep) -> bool:
    """Whether a phrase put before the clause only says when or where ("In 2023,", "In Honduras,"), not whose words
    or what document it is ("According to police,", "In the indictment,", "Según la fiscalía,")."""
    return any(c.dep_ == "pobj" and (c.ent_type_ in ("DATE", "TIME", "GPE", "LOC") or c.like_num) for c in prep.children)


# The words that give an act as one of the things named before it: "responsible for many crimes, including the murders
# of", "behind a wave of violence such as the kidnapping of", "responsable de varios crímenes, incluido el asesinato de"
_INCLUDING = {"including", "included", "like", "among", "notably", "especially", "particularly", "incluido", "incluida",
              "incluidos", "incluidas", "incluyendo", "entre", "como", "particularmente", "especialmente"}
# What a blame must name for an act to be one of its things: crimes or violence, not a duty ("responsible for security at
# the prison, including", "responsible for protecting members") nor a trade ("responsible for much of the fentanyl")
_CRIMES = re.compile(r"crimes?|killings?|murders?|homicides?|violence|attacks?|deaths?|kidnappings?|abductions?|shootings?|"
                     r"bombings?|assassinations?|massacres?|extortions?|disappearances?|atrocities|acts|offen[cs]es|"
                     r"cr[ií]menes|delitos|asesinatos|homicidios|violencia|ataques|atentados|secuestros|muertes|masacres|"
                     r"extorsiones|desapariciones|hechos|actos", re.I)


def included(tok, blame_end: int) -> bool:
    """Whether the act ``tok`` is given, by a word of inclusion, as one of the crimes the word of blame ending at
    ``blame_end`` names: "MS-13 is responsible for dozens of crimes, including the stabbing of" (the stabbing is the
    inclusion word's own object, or a conjunct of it, and the word hangs from the blame). Never an act further down
    ("including the drugs seized after the murder"), one the blame names no crime for ("responsible for security,
    including the shooting"), or one an adverb puts in doubt ("possibly including")."""
    word = next((t for t in tok.sent if t.idx < blame_end <= t.idx + len(t)), None)
    if word is None or not tok.doc.has_annotation("DEP"):
        return False
    anchors, node = {word.i}, word
    while node.dep_ in ("prep", "acomp", "advmod", "amod", "fixed") and node.head is not node and len(anchors) < 4:
        node = node.head  # "for" of "responsible for", "responsible", the "is" it is said by
        anchors.add(node.i)
    named = _named_crimes(word)
    if named is None:
        return False
    found = _inclusion(tok)
    if found is None or any(c.dep_ in ("advmod", "npadvmod") for c in found[0].children):
        return False  # "possibly including", "reportedly including": the doubt is the act's, left to its own reading
    return found[1].head.i in anchors | named


def _inclusion(tok):
    """(the word of inclusion, the token that hangs from what it includes the act in) for an act that is the word's own
    object or a conjunct of it ("including the murder", "such as the stabbing", "incluido el asesinato"), or that the
    word marks ("como el asesinato"); ``None`` for any other act."""
    act = tok
    while act.dep_ == "conj" and act.head is not act:
        act = act.head  # "including the murder of X and the kidnapping of Y"
    inclusion = next((c for c in act.children if c.dep_ in ("mark", "case") and c.lower_ in _INCLUDING), None)
    if inclusion is not None:
        return inclusion, act  # "como el asesinato de": the act hangs from the blame, its word of inclusion from it
    if act.dep_ in ("pobj", "nsubj", "nsubjpass", "dobj", "obj") and (act.head.lower_ in _INCLUDING or act.head.lower_ == "as"
                                                                      and any(c.lower_ == "such" for c in act.head.children)):
        return act.head, act.head
    return None


def unsaid_blame(tok) -> bool:
    """Whether an act is given as one of the crimes of a blame that is not the text's own ("Police say MS-13 is
    responsible for dozens of crimes, such as the stabbing of", "el cártel sería responsable de muchos crímenes,
    incluido el asesinato"): the act is alleged, as the blame is."""
    found = _inclusion(tok) if tok.doc.has_annotation("DEP") else None
    node = found[1].head if found is not None else None
    for _ in range(5 if node is not None else 0):
        blame = node if node.lower_ in BLAMED else next((c for c in node.children if c.dep_ in ("acomp", "attr") and c.lower_ in BLAMED), None)
        if blame is not None:
            return not predicated(blame)
        if node.head is node:
            break
        node = node.head
    return False


def _named_crimes(word) -> set[int] | None:
    """The tokens of what a word of blame names when it names crimes or violence ("for dozens of crimes", "for a wave of
    violence", "de numerosos crímenes"), through up to two "of"; ``None`` where it names none."""
    node = next((c for c in word.children if c.dep_ in ("pobj", "obj", "nmod")), None)
    seen: set[int] = set()
    while node is not None and len(seen) < 3:
        seen.add(node.i)
        if _CRIMES.fullmatch(node.text):
            return seen
        node = next((g for c in node.children if c.dep_ == "prep" and c.lower_ in ("of", "de") for g in c.children if g.dep_ == "pobj"), None)
    return None
