"""A parsed document's text is built once (read/doctext.py) and reads the same as spaCy's ``Doc.text``."""

import pytest
import spacy
from spacy.tokens import Doc

from tocsin.read.doctext import text_of
from tocsin.read.read import find_sentences
from tocsin.structure import segments


@pytest.fixture(scope="module")
def nlp():
    blank = spacy.blank("en")
    blank.add_pipe("sentencizer")
    return blank


@pytest.mark.parametrize("text", [
    "Police said a gunman shot two men.",
    "  A   run of spaces,\n\nthen a paragraph.  ",  # spaces a token keeps, and a text that ends in them
    "",
])
def test_doctext_text_of_is_doc_text(nlp, text):
    doc = nlp(text)
    assert text_of(doc) == doc.text == text
    assert text_of(doc) is text_of(doc)  # built once, then kept with the Doc


def test_doctext_each_doc_keeps_its_own(nlp):
    first, second = nlp("The cartel attacked."), nlp("The gang fled.")
    assert (text_of(first), text_of(second)) == ("The cartel attacked.", "The gang fled.")
    joined = Doc.from_docs([nlp("One piece."), nlp("Another.")])
    assert text_of(joined) == joined.text  # a Doc made of others keeps no text of theirs


def test_doctext_sentences_as_before(nlp):
    doc = nlp("Shots were fired.   \n\n   Two men died. ")
    assert [(s.start, s.end) for s in find_sentences(doc)] == [(s.start_char, s.end_char) for s in doc.sents if s.text.strip()]


def test_structure_segments_kept_are_the_same():
    text = "MR. SMITH: The cartel will answer.\n\nQ Will it?\n\nMR. SMITH: Yes."
    assert segments(text) == segments(str(text)) and segments(text) is segments("".join(text))
