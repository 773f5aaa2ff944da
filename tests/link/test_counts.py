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
    ("6 million", (6_000_000, False)),
    ("$500,000", (500_000, False)),
    ("1.500.000", (1_500_000, False)),
    ("dos mil", (2000, False)),
    ("a man and a woman", (2, False)),
    ("2 men and 3 women", (5, False)),
    ("las dos mujeres", (2, False)),
    ("las 30 víctimas", (30, False)),
    # a dozen is a scale; words before a count that say nothing of how many
    ("more than a dozen people", (12, True)),
    ("about a dozen migrants", (12, True)),
    ("over two dozen farmworkers", (24, True)),
    ("más de una docena de personas", (12, True)),
    ("a dozen people", (12, False)),
    ("dos docenas de migrantes", (24, False)),
    ("A total of 31 people", (31, False)),
    ("a group of 15 migrants", (15, False)),
    ("an estimated 300 people", (300, True)),
    ("twenty-five passengers", (25, False)),
    # a list: commas too, and up to "including"
    ("five people, including two teenagers and a woman", (5, False)),
    ("three men, two women and a child", (6, False)),
    ("two clerks, a cashier and a guard", (4, False)),
    # Spanish decimals and scales
    ("1,5 millones de dólares", (1_500_000, False)),
    ("3 mil millones de pesos", (3_000_000_000, False)),
])
def test_counts_a_target_that_begins_with_a_number_is_counted(target, expected):
    assert count(target) == expected


@pytest.mark.parametrize("target", [
    "the shopkeeper", "one of the guards", "two of the clerks", "uno de los detenidos", "Marta and Luis", "Las Vegas residents", None,
    "a couple of men", "a number of residents", "a group of gunmen", "una familia",  # an article before a word of number
    "2nd victim", "3rd suspect", "9mm pistol", "1990s gang members",  # a number that does not end a word
    "17-year-old Darnell Hayes", "a 17-year-old", "the suspect, 17 years old", "30 años",  # ages
    "three men, some children", "five people, some of them children",  # a list with a part not counted
    "dos mil quinientos", "two thousand five hundred",  # not read whole
    "several people", "dozens", "dozens of migrants", "several hundred", "hundreds of people", "varios hombres",  # vague
])
def test_counts_a_name_a_description_or_a_part_of_a_count_is_not_counted(target):
    assert count(target) is None


def test_counts_exact_counts_must_agree_and_hedged_ones_within_a_margin():
    assert different("Nine farmworkers", "three farmworkers")
    assert not different("nine farmworkers", "Nine people")
    assert not different("more than 40 passengers", "43 passengers")  # a hedge and its figure: one happening
    assert not different("two clerks and a security guard", "three employees")
    assert not different("the shopkeeper", "Nine farmworkers")  # no count on one side: nothing to say
    assert not different("some 40 workers", "40 workers") and not different("at least 12 miners", "15 miners")
    assert different("about 30 guests", "42 guests") and different("unos 30 clientes", "42 clientes")  # an approximation: a margin
    assert different("over 1,200 innocent people", "6 million Jews")  # a lower bound reaches so far, no further


def test_counts_either_of_two_numbers_is_the_range_between():
    assert count("40 or 50 people") == (40, True) and count("40 o 50 personas") == (40, True)
    assert not different("40 or 50 people", "45 people") and not different("40 o 50 personas", "50 personas")
    assert not different("40 or 50 people", "40 people, including 10 children")
    assert different("40 or 50 people", "12 people") and different("30 people", "40 or 50 people")


@pytest.mark.parametrize("bound, agrees, disagrees", [
    ("more than 30 people", "45 people", "20 people"),  # a lower bound: any count at or above
    ("at least five people", "seven people", "three people"),
    ("over a dozen migrants", "40 migrants", "eight migrants"),
    ("más de 20 pescadores", "35 pescadores", "doce pescadores"),
    ("fewer than 10 guards", "three guards", "12 guards"),  # an upper bound: any count at or below
    ("up to 30 workers", "12 workers", "45 workers"),
    ("casi 50 migrantes", "48 migrantes", "60 migrantes"),
])
def test_counts_a_bound_agrees_with_any_count_on_its_side(bound, agrees, disagrees):
    assert not different(bound, agrees) and not different(agrees, bound)
    assert different(bound, disagrees) and different(disagrees, bound)


def test_counts_an_age_an_ordinal_or_a_vague_word_never_tells_two_counts_apart():
    assert not different("17-year-old Darnell Hayes", "Darnell Hayes and a friend")
    assert not different("a 17-year-old", "two teenagers")
    assert not different("2nd victim", "two victims")
    assert not different("several people", "four people")
    assert not different("dozens", "40 people")
    assert not different("five people, including two teenagers and a woman", "five people")
    assert not different("A total of 31 people", "31 people") and not different("an estimated 300 people", "300 people")


def test_counts_numbers_tell_no_two_targets_apart():
    assert without_numbers({"three", "3", "commanders", "tres"}) == {"commanders"}
