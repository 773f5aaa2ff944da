"""Counts of a report's target (link.counts): how many, as the words say, and when two counts cannot be one happening."""

import pytest

from tocsin.link.counts import count, different, without_numbers


@pytest.mark.parametrize("target, expected", [
    ("Nine farmworkers", (9, False)),
    ("all three guards", (3, False)),
    ("more than 40 passengers", (40, True)),
    ("about 2,500 residents", (2500, True)),
    ("4 million refugees", (4_000_000, False)),
    ("two clerks and a security guard", (3, False)),
    ("más de 20 pescadores", (20, True)),
    ("1.300 bolsas", (1300, False)),
    ("1,200.", (1200, False)),
    ("2.5 million barrels", (2_500_000, False)),
])
def test_counts_a_target_that_begins_with_a_number_is_counted(target, expected):
    assert count(target) == expected


@pytest.mark.parametrize("target", ["the shopkeeper", "one of the guards", "two of the clerks", "Marta and Luis", None])
def test_counts_a_name_a_description_or_a_part_of_a_count_is_not_counted(target):
    assert count(target) is None


def test_counts_exact_counts_must_agree_and_hedged_ones_within_a_margin():
    assert different("Nine farmworkers", "three farmworkers")
    assert not different("nine farmworkers", "Nine people")
    assert not different("more than 40 passengers", "43 passengers")  # a hedge and its figure: one happening
    assert different("4 million refugees", "over 900 villagers")
    assert not different("two clerks and a security guard", "three employees")
    assert not different("the shopkeeper", "Nine farmworkers")  # no count on one side: nothing to say


def test_counts_numbers_tell_no_two_targets_apart():
    assert without_numbers({"three", "3", "commanders", "tres"}) == {"commanders"}
