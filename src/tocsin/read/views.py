"""Whose view an act is told as: the words a trigger hangs from that make it a belief, an accusation or a link
("police believe the gang carried out", "blamed on", "atribuyó a"), a speaker who tells it ("…, police said", "según la
fiscalía"), and the strength of a tie they give (``Hedge``), the weakest of several winning (``weakest``).

A view denied ties the group to nothing ("police do not believe MS-13 was behind it"), except where the view denied is
a doubt: "police do not doubt that MS-13 was behind it" and "have not ruled out that Tren de Aragua was involved" are
beliefs, at most suspected, by whoever holds them; "police doubt that" and "ruled out" the group, no tie at all.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..models import TIE_STRENGTHS
from .blame import BLAMED, predicated
from .statements import LEXICONS, verb_lemma
from .doctext import text_of

@dataclass(frozen=True)
class Hedge:
    """A tie's strength, the words that make it (with their offsets) and who holds the view."""

    strength: str
    hedge: str | None = None
    span: tuple[int, int] | None = None
    by: str | None = None



PRONOUNS = {"he", "she", "they", "we", "i", "you", "it", "él", "ella", "ellos", "ellas", "nosotros"}


# The act itself given as someone's view: "police believe the gang carried out", "blamed on", "atribuyó a"
_VIEW = {
    "en": [
        ("linked to", {"linked", "tied", "connected"}),
        ("suspected", {"believe", "believed", "believes", "suspect", "suspected", "suspects", "think", "thinks", "thought",
                       "appear", "appears", "appeared", "seem", "seems", "seemed", "points", "pointed", "suggest", "suggests",
                       "suggested", "indicate", "indicates", "indicated", "fear", "fears", "feared", "likely", "probably", "possibly"}),
        ("alleged", {"allege", "alleged", "alleges", "allegedly", "accuse", "accused", "accuses", "blamed", "blame", "blames",
                     "attributed", "attribute", "attributes", "claim", "claimed", "claims", "reportedly", "indictment", "complaint",
                     "responsible"}),
    ],
    "es": [
        ("linked to", {"vinculado", "vinculada", "vinculados", "vinculadas", "vinculó", "vincularon", "ligado", "ligados", "relacionado",
                       "relacionados"}),
        ("suspected", {"cree", "creen", "creía", "creían", "sospecha", "sospechan", "sospechaba", "parece", "apunta", "apuntan",
                       "indica", "indican", "probablemente", "posiblemente", "aparentemente"}),
        ("alleged", {"acusó", "acusaron", "acusa", "acusan", "acusado", "atribuyó", "atribuyeron", "atribuye", "atribuyen",
                     "atribuido", "atribuida", "responsabilizó", "responsabilizaron", "presuntamente", "supuestamente",
                     "habría", "habrían", "responsable", "responsables", "imputó", "imputaron"}),
    ],
}


def _subject_words(word) -> str | None:
    """Who holds a view, as written: the subject of the verb that voices it, or the agent of a passive or a
    participle ("blamed on the gang by prosecutors"); never a pronoun, nor what the view is about."""
    if any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in word.children) \
            and word.lower_ in ("believed", "thought", "suspected", "presumed", "reputed", "said", "reported", "alleged"):
        return None  # "gunmen believed to be members of": what is believed of the gunmen, by no one named
    if word.tag_ == "VBN" or any(c.dep_ == "auxpass" for c in word.children):
        subject = next((g for c in word.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    else:
        subject = next((c for c in word.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.tag_ in ("PRP", "WP", "WDT") or subject.lower_ in PRONOUNS or word.lower_ in _BLAMED:
        return None  # "Los Lobos serían responsables": the subject of a word of blame is the one blamed, not who blames
    return text_of(word.doc)[subject.left_edge.idx : subject.idx + len(subject)]


_BLAMED = BLAMED
# Verbs of saying whose object is no content said: what is kept or whom one speaks to ("MS-13 maintains a strong
# presence in Honduras", "warned residents"); "described the faction as" tells of its object.
_KEEPING = {"maintain", "tell", "ask", "warn", "urge"}


# "según la fiscalía" in any place of the sentence: who says so (English "according to" is a statement's cue, read there)
_SOURCING = {"es": {"según", "segun"}, "en": set()}


def view(tok, language: str) -> Hedge | None:
    """The act given as a belief or an accusation by the words it hangs from ("police believe the gang killed"),
    or told by a speaker ("…, police said"; "the prosecutor said of the killing")."""
    seen, node, lexicons, cues = 0, tok, _VIEW[language], LEXICONS[language]["cues"]
    near = [c for c in tok.children if c.dep_ in ("advmod", "amod")]
    held = set()  # verbs of saying the act is the subject of, or the object of in another sense than what is said
    while node.head is not node and seen < 4 and node.dep_ in ("xcomp", "ccomp", "pcomp", "pobj", "prep", "conj", "advcl",
                                                              "dobj", "acomp", "attr", "nsubj", "nsubjpass", "csubj", "acl", "relcl"):
        if node.dep_ in ("nsubj", "nsubjpass") or node.dep_ == "dobj" and verb_lemma(node.head.lower_) in _KEEPING:
            held.add(node.head.i)
        node = node.head
        near.append(node)
        seen += 1
    found, teller = [], None
    for word in near:
        if word is not tok and (doubt := _doubt(word, language)) is not None:
            if doubt.strength == "mentioned":
                return doubt  # "police ruled out that MS-13 was behind the killing": the group is tied to nothing
            found.append(doubt)
            continue
        # the word itself, or an adverb on it ("was probably carried out by")
        for w in (word, *(c for c in word.children if c.dep_ == "advmod" and word is not tok)):
            if predicated(w):
                continue  # "MS-13 was responsible for the stabbing": the blame of whoever says the clause, no one's view
            for strength, words in lexicons:
                if w.lower_ in words and w is word and (word.tag_.startswith("VB") or word.pos_ in ("VERB", "AUX")) and _negated(w):
                    return Hedge("mentioned", w.text, (w.idx, w.idx + len(w)))  # "police did not attribute the killing to"
                if w.lower_ in words:
                    # an adverb's hedge is the teller's, not its verb's subject ("MS-13 members allegedly killed …, police said")
                    found.append(Hedge(strength, w.text, (w.idx, w.idx + len(w)), _subject_words(word) if w is word else None))
        aside = next((c for c in word.children if c.dep_ == "parataxis" and verb_lemma(c.lower_) in cues), None)
        if aside is None and word is not tok and word.i not in held and word.tag_.startswith("VB") and verb_lemma(word.lower_) in cues:
            aside = word
        if aside is not None and teller is None:
            teller = Hedge("alleged", aside.text, (aside.idx, aside.idx + len(aside)), _subject_words(aside))
    source = next((c for w in (tok, *near) for c in w.children if c.lower_ in _SOURCING[language]), None) if teller is None else None
    if source is not None:  # "…, según la fiscalía": the act is the source's word
        told = next((t for c in source.children for t in ([c] if c.dep_ == "pobj" else [g for g in c.children if g.dep_ == "pobj"])), None)
        teller = Hedge("alleged", source.text, (source.idx, source.idx + len(source)), " ".join(t.text for t in told.subtree if not t.is_punct) if told is not None else None)
    if not found:
        return teller
    least = weakest(*found)
    return least if least.by or teller is None else Hedge(least.strength, least.hedge, least.span, teller.by)


# Verbs of doubt and of ruling out: denied, they make the clause they govern a belief ("do not doubt that MS-13 was
# behind", "have not ruled out that", "no descartan que"); said, they hold the group out of it
_DOUBTING = {"en": {"doubt", "doubts", "doubted", "doubting", "rule", "rules", "ruled", "ruling"},
             "es": {"duda", "dudan", "dudó", "dudaron", "dudaba", "dudaban", "descarta", "descartan", "descartó", "descartaron",
                    "descartaba", "descartaban", "descartado", "descartar"}}
_NO_ONE = {"nobody", "noone", "nadie", "ninguno", "ninguna"}


def _doubt(word, language: str) -> Hedge | None:
    """A verb of doubt or of ruling out the act hangs from, read as a tie: denied ("police do not doubt", "have not ruled
    out", "nobody doubts", "no descartan") a suspicion with the words that deny and doubt and who holds it; said
    ("investigators doubt that", "ruled out that") no tie ("mentioned"); ``None`` for any other word ("ruled on")."""
    if word.lower_ not in _DOUBTING[language] or not (word.tag_.startswith("VB") or word.pos_ in ("VERB", "AUX")):
        return None
    out = next((c for c in word.children if c.dep_ == "prt" and c.lower_ == "out"), None)
    if language == "en" and word.lower_.startswith("rul") and out is None:
        return None  # "the court ruled that": a ruling, no doubt
    denial = next((c for c in word.children if c.dep_ == "neg" or c.dep_ == "advmod" and c.lower_ in ("not", "never", "no", "nunca")
                   or c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in _NO_ONE or any(d.dep_ == "det" and d.lower_ == "no" for d in c.children))),
                  None)
    if denial is None:
        return Hedge("mentioned", word.text, (word.idx, word.idx + len(word)))
    start, last = min(denial.idx, word.idx), out or word
    end = last.idx + len(last)
    holder = next((c for c in word.children if c.dep_ == "nsubj" and c is not denial and c.tag_ not in ("PRP", "WP", "WDT")
                   and c.lower_ not in PRONOUNS), None)
    by = text_of(word.doc)[holder.left_edge.idx : holder.idx + len(holder)] if holder is not None else None
    return Hedge("suspected", text_of(word.doc)[start:end], (start, end), by)


def _negated(word) -> bool:
    """Whether a verb of belief or blame is denied: "police do not believe", "no atribuyó", "no longer believe"."""
    return any(c.dep_ == "neg" or c.dep_ == "advmod" and (c.lower_ in ("not", "never", "no", "nunca")
                                                           or c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children))
               for c in word.children)


def weakest(*found: Hedge | None) -> Hedge:
    """The weakest of the hedges found (``None`` skipped), "named" where there is none."""
    present = [f for f in found if f is not None]
    return max(present, key=lambda f: TIE_STRENGTHS.index(f.strength)) if present else Hedge("named")


