"""Where a place name begins and ends, and which names are people's: the toponym finder's spans (read/toponyms.py,
read/placenames.py), on sentences written for these tests."""

import pytest

from .test_places import _found

pytestmark = pytest.mark.model


def test_place_spans_a_name_the_model_cut_short_at_its_start_is_read_whole():
    assert _found("He was arrested by ICE Salt Lake City on Monday.", [("Lake City", "GPE")]) == [("Salt Lake City", "Salt Lake City", "city")]
    found = _found("talks with the People's Republic of China on fentanyl", [("China", "GPE")])
    assert found == [("People's Republic of China", "China", "country")]
    found = _found("militias in the Democratic Republic of the Congo recruit", [("Congo", "GPE")])  # four words, "the" among them
    assert [(span, country) for span, _, country in found] == [("Democratic Republic of the Congo", "country")]
    assert _found("a boat on the Congo river", [("Congo", "GPE")])[0][0] == "Congo"
    text = "the government of the United States of America said"
    assert _found(text, [("United States", "GPE"), ("America", "GPE")]) == [("United States of America", "United States", "country")]
    assert _found("Mayor Lee of Chicago spoke.", [("Chicago", "GPE")])[0][0] == "Chicago"  # a person's name is no part of it


def test_place_spans_two_names_joined_by_and_that_make_one_place_are_one():
    found = _found("the fishing towns of Newfoundland and Labrador remember", [("Newfoundland", "GPE"), ("Labrador", "GPE")])
    assert found == [("Newfoundland and Labrador", "Newfoundland and Labrador", "admin1")]
    assert len(_found("from Canada and Mexico", [("Canada", "GPE"), ("Mexico", "GPE")])) == 2


def test_place_spans_a_town_named_like_a_given_name_before_a_surname_is_the_person():
    text = "He conspired with Ana Ruiz and Orlando Pascual Jr., the owners of a clinic in Miami."
    assert [f[0] for f in _found(text, [("Ana Ruiz", "PERSON"), ("Orlando", "GPE"), ("Miami", "GPE")])] == ["Miami"]
    text = "Detectives interviewed Austin Reyes on Tuesday."
    assert not [f for f in _found(text, [("Austin", "GPE"), ("Reyes", "PERSON")]) if f[1]]


def test_place_spans_the_state_after_a_county_is_the_state_not_a_town_of_the_county():
    found = _found("He has a conviction for assault in Walker County, Texas.", [("Walker County", "GPE"), ("Texas", "GPE")])
    assert found[1][1:] == ("Texas", "admin1")


def test_place_spans_a_name_in_apposition_to_a_relative_is_a_person_even_a_regions():
    text = "Smith, a Lebanon woman accused of poisoning her daughter, Brittany, in June, appeared in court in Lebanon."
    found = _found(text, [("Lebanon", "GPE"), ("Brittany", "GPE"), ("Lebanon", "GPE")])
    assert [f[0] for f in found] == ["Lebanon", "Lebanon"]

