"""Event records (events/records.py): a legal step named as part of someone's record has no place of the story's."""

import pytest

from tocsin.read.events.records import _of_a_record


def _f(text: str, trigger: str, etype: str) -> dict:
    start = text.index(trigger)
    return {"type": etype, "trigger": (start, start + len(trigger)), "sentence": (0, len(text))}


@pytest.mark.parametrize(("text", "trigger", "etype"), [
    ("A Peruvian national with convictions for fraud and previous arrests for theft.", "arrests", "arrest"),
    ("A man with a recent arrest for burglary was among them.", "arrest", "arrest"),
    ("A woman whose criminal history includes charges of assault.", "charges", "charge"),
    ("He has been previously deported.", "deported", "extradition"),
])
def test_records_a_step_of_someone_s_record(text, trigger, etype):
    assert _of_a_record(text, _f(text, trigger, etype))


@pytest.mark.parametrize(("text", "trigger", "etype"), [
    ("Officers arrested him at a gas station in Tulsa.", "arrested", "arrest"),
    ("The previous owner was robbed at the store.", "robbed", "robbery"),  # not a legal step
    ("A jury convicted her on Friday.", "convicted", "conviction"),
])
def test_records_a_step_the_story_tells(text, trigger, etype):
    assert not _of_a_record(text, _f(text, trigger, etype))
