"""A pronoun target inside what someone reports or alleges stands for the one who tells (events/reporter.py): "a store
clerk told police two men robbed her" is the clerk's robbery, and a person named before is not the "her"."""

import pytest

pytestmark = pytest.mark.model


def _categories(make_doc, text, language="en"):
    from tocsin.read import read_many

    doc = make_doc(text, language=language, published_at="2025-03-01")
    ((_, ann),) = read_many([doc], gated=False)
    return {(e.type, e.target_text, e.target_category) for e in ann.events if e.target_category}


@pytest.mark.parametrize(("text", "language", "event"), [
    ("A store clerk told police that two men robbed her at gunpoint Tuesday night.\n", "en", ("robbery", "her", "business")),
    ("A security guard said a man punched him outside the bar on Friday.\n", "en", ("attack", "him", "business")),
    ("Deputy Ana Ruiz said the suspect then punched her in the face.\n", "en", ("attack", "her", "law enforcement")),
    ("Paulk was invited to a prayer breakfast by then-President Ronald Reagan. The church made headlines in 1992. A decade "
     "later, a former church member accused Earl Paulk of molesting her when she was a child.\n", "en",
     ("sexual exploitation", "her", "civilian")),  # the accuser, not the President named two sentences before
    ("Una comerciante denunció que dos hombres la asaltaron el lunes en su tienda.\n", "es", ("robbery", "la", "business")),
])
def test_reporter_a_pronoun_in_what_a_person_tells_is_that_person(make_doc, text, language, event):
    assert event in _categories(make_doc, text, language)


@pytest.mark.parametrize(("text", "event"), [
    ("Police said two men robbed her at gunpoint Tuesday night.\n", ("robbery", "her", "civilian")),  # a body tells of another
    ("Her father said a man shot her in the leg Tuesday.\n", ("attack", "her", "civilian")),  # a father is no "her"
    ("A security guard said a man punched the customer outside the bar.\n", ("attack", "the customer", "civilian")),  # no pronoun
])
def test_reporter_near_misses_keep_their_category(make_doc, text, event):
    assert event in _categories(make_doc, text)
