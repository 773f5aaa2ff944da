"""Which reports of one article mark their happening as another of its kind (link.story.another)."""

import pytest

from tocsin.link.story import another


@pytest.mark.parametrize(("before", "target", "others_only", "expected"), [
    ("The other three defendants previously ", "The other three defendants", True, True),
    ("Ortiz had already ", "Ortiz", True, True),
    ("A sixth individual was also ", "A sixth individual", False, True),
    ("Meanwhile, 31 people were ", "31 people", False, True),
    ("Otro hombre fue ", "Otro hombre", True, True),
    ("Ortiz anteriormente se había ", "Ortiz", True, True),
    # the mark tells of the phrase the trigger hangs from, not of the trigger: the story's own happening
    ("The 46-year-old Chesnut was already in custody for allegedly ", "the First Bank of Princeton", True, False),
    ("Ruiz was already on probation for ", "a neighbor", False, False),
    ("Pérez ya estaba detenido anteriormente por ", "una tienda", True, False),
])
def test_story_another_marks_the_trigger_only_with_no_preposition_between(before, target, others_only, expected):
    assert another({"before_trigger": before, "target_text": target}, others_only=others_only) is expected
