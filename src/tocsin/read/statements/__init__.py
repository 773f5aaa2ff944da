"""Attributed statements: who said what, with which verb, as what kind of claim.

A statement is found four ways, the first three from data a language
supplies (``LEXICONS``), so a language adds patterns, not code paths:

1. a cue verb ("said", "warned", "afirmó") with a clausal complement or a
   quotation in its sentence: the verb's subject is the speaker;
2. "according to X" / "según X": X is the speaker, the rest of the sentence
   the content;
3. a quotation with no cue in its sentence: the next sentence's cue ("he
   explained") or, when a quote opens a paragraph after a statement, the same
   speaker continues;
4. a list item led by its source's name in bold and a colon, linked to the
   source's page or followed by a quotation ("- [**NPR**](…): U.S. murder rate
   approaches a record low"), and a quotation a speaker's label introduces or a dash signs ("**Governor Ruiz:**
   “…”", "“…” — spokeswoman Ana Ruiz"): ``items``.

An attribution the parse loses ("…, police said.", "…, said a lieutenant", "X, the evidence showed, Y") is read off
the commas around it: ``trailing``. Findings of evidence, papers and investigators ("the autopsy showed that…")
are claims too.

Where no parse is available (a language without a model) the cue patterns
run on the surface: ``, dijo X`` / ``X dijo:`` / ``según X,``; a Spanish cue
that opens its sentence with no subject ("Declaró que…") speaks for the
person the sentence before names as its subject (``subjectless``).

Only the outermost attribution is a statement: a source the speaker relays
inside a stored statement ("said that, according to police, …") stays in its
content, and among its hedges when it names someone.

The speaker is resolved to a named person or organization where the text
allows: a pronoun or a role noun ("the expert", "she") takes the last
compatible named speaker. Descriptor and affiliation come from the words
around the name ("a researcher at the Andean Security Institute").

Every statement is stored as "X said Y": the content is never a fact.

The package: ``lexicon`` (the words, per language), ``kinds`` (claim type,
stance, hedges), ``speakers`` (who the speaker is), ``items`` (list items and
labels that name their source), ``trailing`` (attributions set off by commas), ``pictures`` (what a speaker calls
something: "described the crime as despicable"), ``leadin`` (a speaker closing a paragraph whose quotation opens the
next), ``subjectless`` (Spanish cues with the subject before) and ``find`` (``find_statements``).
"""

from .find import find_statements
from .kinds import classify
from .lexicon import LEXICONS, verb_lemma

__all__ = ["LEXICONS", "classify", "find_statements", "verb_lemma"]
