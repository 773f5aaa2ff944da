"""Days told apart from the day just named: "the day before", "the next day", "two days later"."""

import pytest

from tocsin.read.dates import find_times

PUBLISHED = "2016-12-12"  # a Monday


def _times(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_times(text, [], PUBLISHED, "en")]


@pytest.mark.parametrize("text, words, day", [
    ("Police on Monday probed the blast that ripped through a church the day before.", "the day before", "2016-12-11"),
    ("He was shot Tuesday. The suspect was arrested the next day in Denver.", "the next day", "2016-12-07"),
    ("He was shot Tuesday. Two days later he was charged.", "Two days later", "2016-12-08"),
    ("He was shot Tuesday. The following morning, police found the car.", "The following morning", "2016-12-07"),
])
def test_days_apart_count_from_the_day_just_named(text, words, day):
    assert (words, day) in _times(text)


@pytest.mark.parametrize("text", [
    "He was shot on Monday, the day before the election.",  # "before" takes its own object: counted from that
    "Police said Monday that she was hit the day after Thanksgiving.",
    "In 2019 he fled. He was caught the next day.",  # the last time named is no day
    "He was shot Tuesday.\n\nThe suspect was arrested the next day.",  # another paragraph
    "The suspect was arrested the next day.",  # no day named before
    "He was shot on Monday. His cousin was kidnapped the day before police found the body.",  # an object with no article
    "He was shot on Monday. He was charged the day after sentencing.",
])
def test_days_apart_need_a_day_just_named(text):
    assert not any(t[0].lower().startswith(("the day", "the next")) for t in _times(text))


def test_days_apart_a_count_with_an_article_is_a_stretch_not_a_day():
    assert not any(t[0].lower().startswith(("30 days", "two days")) for t in _times("He was shot on Monday. In the 30 days before, he had received threats."))
