"""The title a name mention carries inside it ("Congresswoman Ana Ruiz", "Army Sgt. Juan Ruiz"): the words a chain
takes as what the document says of the person, never a name's own words. A Spanish name has two given names and two
surnames ("Juan Carlos Pérez Gómez"), an English one a middle name ("Mary Marshall Smith"): the words before a name's
last two are a title only while each is one — a word the category lexicon knows, a rank written short ("Sgt.") or a
word that qualifies a title ("former", "retired", "deputy")."""

from __future__ import annotations

from .words import _category_of

# The words that qualify a title without being one: "Former Officer Ana Ruiz", "Ex Concejal Juan Díaz"
_QUALIFIERS = {"former", "retired", "ex", "ex-", "acting", "deputy", "assistant", "senior", "chief", "state", "county", "city",
               "federal", "u.s.", "us", "exalcalde", "antiguo", "antigua", "retirado", "retirada"}


def title_in(name: str, language: str) -> str:
    """The words of a name mention before its last two that make a title, from its first word on: "" where the first is a
    name ("Juan Carlos Pérez Gómez" has none)."""
    words = name.split()[:-2]
    run = []
    for word in words:
        if not (word.lower() in _QUALIFIERS or word.endswith(".") and len(word) <= 6 or _category_of(word, language) is not None):
            break
        run.append(word)
    return " ".join(run) if any(_category_of(w, language) is not None or w.endswith(".") for w in run) else ""
