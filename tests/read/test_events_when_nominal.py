"""A happening told by a noun that is the subject of a past verb is past: its yearless day cannot fall after the story
("The killing occurred on May 3" in a story of January). A calendar verb ("was postponed") does not make it past.
In Spanish, whose model tags no dates, a day under a trigger's "del" is when, not whom."""

import pytest

from tocsin.models import Document
from tocsin.read import read


def _event(text: str, trigger: str, language: str = "en"):
    ann = read(Document(id="t", text=text, source="t", title="t", published_at="2026-01-15", language=language))
    events = [e for e in ann.events if e.trigger == trigger]
    return events[0] if events else None


@pytest.mark.parametrize("text, trigger, language, day", [
    ("The killing of journalist Juan Perez occurred on May 3 in Tumbes, police said.", "killing", "en", "2025-05-03"),
    ("The March 5 attack on former lieutenant Ronald Ojeda was ordered from Venezuela, prosecutors said.", "attack", "en", "2025-03-05"),
    ("El asesinato del periodista Juan Pérez ocurrió el 3 de mayo en Tumbes.", "asesinato", "es", "2025-05-03"),
    ("El ataque del 5 de marzo contra el exteniente Ronald Ojeda fue ordenado desde Venezuela.", "ataque", "es", "2025-03-05"),
    # told by a verb, as before
    ("Sicarios atacaron al exteniente Ronald Ojeda el 5 de marzo en Santiago.", "atacaron", "es", "2025-03-05"),
])
def test_a_past_happening_told_by_a_noun_is_dated_before_the_story(text, trigger, language, day):
    assert _event(text, trigger, language).date_value == day


def test_a_postponed_step_keeps_its_day_ahead():
    # near miss: "was postponed" puts the sentencing on a calendar; it is not told as past
    e = _event("The May 3 sentencing was postponed, prosecutors said.", "sentencing")
    assert e is None or e.date_value != "2025-05-03"


@pytest.mark.parametrize("text, trigger", [
    ("La policía dijo que el tiroteo del 18 de julio en Aurora involucró a miembros del Tren de Aragua.", "tiroteo"),
    ("El ataque del 5 de marzo contra el exteniente Ronald Ojeda fue ordenado desde Venezuela.", "ataque"),
])
def test_a_spanish_day_is_never_the_target(text, trigger):
    e = _event(text, trigger, "es")
    assert e.target_text is None or not any(ch.isdigit() for ch in e.target_text)


def test_a_spanish_victim_after_del_stays_the_target():
    # near miss: "del periodista" is whom
    assert _event("El asesinato del periodista Juan Pérez ocurrió el 3 de mayo en Tumbes.", "asesinato", "es").target_text == "periodista"


@pytest.mark.parametrize("text, day", [
    # a happening named by the day written before it has happened, whatever the verb around it
    ("The envoy condemned the October 7th attack on Israel.", "2025-10-07"),
    ("Officials are still investigating the March 5 shooting in Denver.", "2025-03-05"),
])
def test_a_happening_named_by_its_day_is_dated_before_the_story(text, day):
    trigger = "attack" if "attack" in text else "shooting"
    e = _event(text, trigger)
    assert e is not None and e.date_value == day


def test_a_day_told_apart_dates_only_what_the_parse_ties_it_to():
    # "two days later" is the recovery's, not the theft's that "stolen" tells
    e = _event("Police arrested a man in Athens on Monday. Local police recovered her stolen car in Athens two days later.", "stolen")
    assert e is None or e.date_basis != "sentence"
