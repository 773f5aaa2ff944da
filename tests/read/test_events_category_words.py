"""The category words match whole words only (read.events.words._category_of): every alternative of a category's
pattern starts a word, so a word inside a longer one ("bus" in a town's name, "firms" in "confirms") says nothing."""

import pytest

from tocsin.read.events.words import _category_of


@pytest.mark.parametrize("words, language, category", [
    ("a 40-year-old Columbus man", "en", None),
    ("a bus driver", "en", "business"),
    ("the crew of two submarines", "en", None),
    ("a homeowner on Pine Street", "en", None),
    ("the owner of a bakery", "en", "business"),
    ("two narcoterrorists", "en", "rival group"),
    ("a retired sheriff's deputy", "en", "former law enforcement"),
    ("un expolicía de Culiacán", "es", "former law enforcement"),
    ("un comerciante de Tijuana", "es", "business"),
])
def test_category_words_match_whole_words(words, language, category):
    assert _category_of(words, language) == category
