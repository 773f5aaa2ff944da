"""Event records (events/records.py): a legal step named as part of someone's record has no place of the story's; two
happenings of one type a sentence tells apart are two events."""

import pytest

from tocsin.models import Document
from tocsin.read import read_many
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


@pytest.mark.model
@pytest.mark.parametrize("text, count", [
    ("Ruiz, 34, was arrested Saturday for theft after store employees detained him in the parking lot.", 2),
    ("In 2024, a gang member was arrested for drug trafficking and released, before he was finally arrested for robbery.", 2),
    ("Two officers were shot in Dallas on Monday, and another shooting took place at a school in Austin.", 2),
    ("Chilean police arrested one suspect in Arica, and Peruvian police arrested another suspect in Tacna.", 2),
    ("Police arrested and detained the two men on Friday.", 1),
    ("The gunman shot and wounded a clerk at the store on Friday.", 1),
])
def test_records_two_happenings_of_one_type_told_apart_in_a_sentence(text, count):
    """docs/annotation.md §2.3: one sentence that reports two separate happenings of one type gives two events."""
    ((_, ann),) = read_many([Document(id="x", text="Police released the report on Monday.\n\n" + text, source="x",
                                      published_at="2024-03-10", language="en")], gated=False)
    kinds = {e.type for e in ann.events if e.happened and e.type != "presence"} - {"robbery", "trafficking"}
    assert len(kinds) == 1 and len([e for e in ann.events if e.type in kinds]) == count


@pytest.mark.parametrize(("text", "language"), [
    ("Smith was arrested in 2019 and was arrested again on Monday in Denver.", "en"),
    ("Pérez fue detenido en 2019 y fue detenido de nuevo el lunes en Monterrey.", "es"),
])
def test_records_two_happenings_told_apart_each_take_the_places_of_their_own_clause(text, language):
    text = "The office released its report on Monday.\n\n" + text
    ((_, ann),) = read_many([Document(id="x", text=text, source="x", published_at="2025-03-12", language=language)], gated=False)
    arrests = sorted((e for e in ann.events if e.type == "arrest"), key=lambda e: e.trigger_start)
    assert len(arrests) == 2
    assert arrests[0].place_basis not in ("sentence", "story")  # the second's town is not the first's
    assert arrests[1].place_basis == "sentence"
