"""A span the model labels a person is no person where no name could be written so: a word of letters and digits
("COVID-19", "AR-15") or a closing number ("Title 42"); names as written stay people."""

import pytest

from tocsin.read.read import find_mentions


def _kinds(text: str, label: str = "PERSON") -> list[str]:
    return [m.kind for m in find_mentions([(0, len(text), label, "")], text)]


@pytest.mark.parametrize("text", ["COVID-19", "AR-15", "H1N1", "I-9", "Title 42", "Section 8", "F-35", "Covid19",
                                  "MS-13", "B-52s"])
def test_mentions_a_word_of_letters_and_digits_is_no_person(text):
    assert _kinds(text) == []


@pytest.mark.parametrize("text", ["Joe Biden", "Karine Jean-Pierre", "Louis XIV", "Conan O'Brien", "50 Cent",
                                  "José María Pérez", "Robert F. Kennedy Jr."])
def test_mentions_names_as_written_stay_people(text):
    assert _kinds(text) == ["person"]


def test_mentions_only_people_are_judged_so():
    """An organization or a place may carry digits: "Local 32BJ", "District 9" keep their kind."""
    assert _kinds("Local 32BJ", "ORG") == ["organization"]
    assert _kinds("District 9", "GPE") == ["place"]
