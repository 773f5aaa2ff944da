"""What the reader keeps of spaCy's vocabulary between batches: the first words for good, then nothing (read._zone)."""

import contextlib
import importlib

import pytest

from tocsin.read import read_many
from tocsin.read.nlp import pipeline

reader = importlib.import_module("tocsin.read.read")  # the module, not the ``read`` function the package exports


class _Pipeline:
    def __init__(self, words: int):
        self.vocab = [None] * words
        self.zones = 0

    @contextlib.contextmanager
    def memory_zone(self):
        self.zones += 1
        yield


def test_read_zone_keeps_a_batch_s_words_until_the_vocabulary_is_full(monkeypatch):
    monkeypatch.setattr(reader, "VOCAB_KEPT", 10)
    small, full = _Pipeline(9), _Pipeline(10)
    for nlp in (small, full):
        with reader._zone(nlp):
            pass
    assert (small.zones, full.zones) == (0, 1)


@pytest.mark.model
def test_read_the_same_records_whether_a_batch_s_words_are_kept_or_dropped(make_doc, monkeypatch):
    text = ("Gunmen from the Zorblattian gang shot dead a Quixmore shopkeeper in Tijuana on Friday, police said. "
            "Two suspects were arrested on Saturday and charged with murder, according to prosecutors.")
    vocab = pipeline("en").vocab
    monkeypatch.setattr(reader, "VOCAB_KEPT", 0)  # every batch in a memory zone: its new words are dropped after it
    (_, dropped), = read_many([make_doc(text, published_at="2024-05-06")])
    assert "Zorblattian" not in vocab.strings
    monkeypatch.setattr(reader, "VOCAB_KEPT", len(vocab) + 10_000)
    (_, kept), = read_many([make_doc(text, published_at="2024-05-06")])
    assert "Zorblattian" in vocab.strings
    assert kept == dropped and kept.events and kept.statements
