"""A parsed document's text, built once.

spaCy's ``Doc.text`` joins the text of every token anew on each access: a few milliseconds in a long document,
and the rules that read the words around a token (a clause after a crime noun, what stands left of a group's name)
ask for it hundreds of times a document. ``text_of`` keeps it in the Doc's ``user_data`` (as ``events/animacy.py``
keeps the papers it finds), so each Doc builds its text once. A Doc's text never changes once it is made."""

from __future__ import annotations

_KEY = "tocsin_text"


def text_of(doc) -> str:
    """``doc.text``, built at the first call for this Doc and kept with it."""
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text
