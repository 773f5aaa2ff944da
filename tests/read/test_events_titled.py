"""The title inside a name mention (events/titled.py): the words before a name's last two are a title only while each
word is one, so a Spanish name's given names and an English middle name are no description."""

import pytest

from tocsin.read.events.titled import title_in


@pytest.mark.parametrize("name, language, title", [
    ("Councilwoman Rosa Delgado", "en", "Councilwoman"),
    ("Navy Lt. Peter Voss", "en", "Navy Lt."),
    ("Retired Deputy Carl Hobbs", "en", "Retired Deputy"),
    ("Concejal Martín Ibarra Soto", "es", "Concejal"),
    # near misses: names, not titles
    ("Luis Alberto Ibarra Soto", "es", ""),
    ("Anne Sheriff Dalton", "en", ""),
    ("Senior Alma Reyes", "en", ""),
    ("Dana Lee", "en", ""),
])
def test_title_in_a_name_only_where_each_word_is_one(name, language, title):
    assert title_in(name, language) == title
