"""Universal Dependencies parses in the scheme tocsin's readers were written for.

The English model parses in the ClearNLP scheme (Penn tags, ``prep``/``pobj``
phrases, ``nsubjpass``, ``dobj``); the Spanish model in Universal
Dependencies (UPOS, ``case`` markers under their noun, ``obj``, ``obl``).
Rather than a second event reader per scheme, this component rewrites a UD
parse into the ClearNLP shape the readers know:

- tags from UPOS and morphology (VERB, past participle → VBN, plural noun →
  NNS, proper noun → NNP, personal pronoun → PRP, possessive → PRP$ …);
- a preposition becomes the head of its phrase (``prep``, its noun ``pobj``),
  and "por" after a passive participle the ``agent``; the "a" that marks a
  direct object ("asesinaron a un exsuboficial") stays a marker;
- ``obj`` → ``dobj``, ``iobj`` → ``dative``, the subject of a passive
  ("fue secuestrado", "se registró") → ``nsubjpass`` with ``auxpass``,
  "no" → ``neg``, a relative clause → ``relcl``.

Function words keep their Spanish text; ``events`` reads them through a
small table of equivalents (``por`` as "by", ``de`` as "of" …).
"""

from __future__ import annotations

from spacy.language import Language

_PREPOSITIONS_AS_PHRASE_HEAD = {"obl", "nmod", "obl:arg", "obl:agent"}
_OBJECT_MARKERS = {"a", "al"}


def _tag(tok) -> str:
    pos, morph = tok.pos_, tok.morph
    if pos in ("VERB", "AUX"):
        form = morph.get("VerbForm")
        if "Part" in form:
            return "VBN"
        if "Ger" in form:
            return "VBG"
        if "Inf" in form:
            return "VB"
        return "VBD" if "Past" in morph.get("Tense") else "VBZ"
    if pos == "NOUN" or pos == "ADJ" and any(c.dep_ == "det" for c in tok.children):  # "un exsuboficial": an adjective with an article is a noun
        return "NNS" if "Plur" in morph.get("Number") else "NN"
    if pos == "PROPN":
        return "NNP"
    if pos == "PRON":
        return "PRP$" if "Yes" in morph.get("Poss") else "PRP"
    if pos == "DET":
        return "PRP$" if "Yes" in morph.get("Poss") else "DT"
    return {"ADJ": "JJ", "NUM": "CD", "ADP": "IN", "ADV": "RB", "CCONJ": "CC", "SCONJ": "IN", "PUNCT": ".", "SYM": "SYM",
            "INTJ": "UH", "PART": "RP"}.get(pos, "XX")


def _passive(verb) -> bool:
    """ "fue secuestrado", "han sido detenidos", "se registró un ataque" (a reflexive passive)."""
    if verb.tag_ == "VBN" and any(c.dep_ in ("aux", "cop") and c.lower_ in _SER for c in verb.children):
        return True
    return any(c.dep_ == "expl:pass" for c in verb.children)


_SER = {"fue", "fueron", "sido", "es", "son", "era", "eran", "será", "serán", "sería", "serían", "ser", "haya", "siendo"}


def to_clear(doc):
    """Rewrite the doc's UD parse in place (see the module's docstring); returns it."""
    for tok in doc:
        tok.tag_ = _tag(tok)
    moves = []
    for tok in doc:
        if tok.is_space or not any(ch.isalnum() for ch in tok.text):
            tok.tag_, tok.dep_ = ("_SP" if tok.is_space else "."), "punct"  # "\n\n", "—": the model makes some of them names
            continue
        dep = tok.dep_
        if dep == "obj":
            tok.dep_ = "dobj"
        elif dep == "iobj":
            tok.dep_ = "dative"
        elif dep == "advmod" and tok.lower_ in ("no", "nunca", "jamás"):
            tok.dep_ = "neg"
        elif dep == "acl" and any(c.tag_ in ("PRP", "IN") and c.lower_ in ("que", "quien", "quienes", "cual", "cuales") for c in tok.children):
            tok.dep_ = "relcl"
        elif dep == "flat":
            tok.dep_ = "compound"
        case = [c for c in tok.children if c.dep_ == "case" and c.i < tok.i]
        if (dep == "obl" and case and case[0].lower_ in _OBJECT_MARKERS and tok.head.pos_ == "VERB"
                and not any(c.dep_ in ("obj", "dobj") for c in tok.head.children)):
            tok.dep_ = "dobj"  # "extorsionaba a vendedores": the person a verb acts on, marked by "a"
        if tok.dep_ in _PREPOSITIONS_AS_PHRASE_HEAD | {"dobj", "dative"}:
            if case and not (tok.dep_ in ("dobj", "dative") and case[0].lower_ in _OBJECT_MARKERS):
                moves.append((case[-1], tok))
    for prep, noun in moves:
        head = noun.head
        agent = prep.lower_ == "por" and head.tag_ == "VBN"
        prep.head, prep.dep_ = head, "agent" if agent else "prep"
        noun.head, noun.dep_ = prep, "pobj"
    for tok in doc:
        if tok.tag_.startswith("VB") and _passive(tok):
            for c in tok.children:
                if c.dep_ == "nsubj":
                    c.dep_ = "nsubjpass"
                elif c.dep_ in ("aux", "cop") and c.lower_ in _SER:
                    c.dep_ = "auxpass"
    return doc


@Language.component("tocsin_ud_to_clear", requires=["token.dep", "token.pos"], assigns=["token.dep", "token.tag", "token.head"])
def ud_to_clear(doc):
    return to_clear(doc)
