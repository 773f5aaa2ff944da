"""Whom a trafficking was done to (read.events.animacy.carried_people): the people it moved, named or not, in either
language ("smuggled them", "trasladaba a migrantes"); never its load of drugs, arms or goods (docs/annotation.md §2.4)."""

import pytest

pytestmark = pytest.mark.model


def _targets(make_doc, text: str, language: str = "en", gated: bool = False) -> list[str | None]:
    from tocsin.read import read_many

    ((_, ann),) = read_many([make_doc(text, language=language, published_at="2024-10-24")], gated=gated)
    return [e.target_text for e in ann.events if e.type == "trafficking"]


@pytest.mark.parametrize("text", [
    "Police said the couple had been selling cocaine and painkillers from their home in Clinton.",
    "The cartel smuggled fentanyl precursors from China into Mexico in 2022.",
])
def test_trafficking_load_is_no_target(make_doc, text):
    assert _targets(make_doc, text) == [None]


@pytest.mark.parametrize("text, language, target", [
    ("Police say the man trafficked her across the state line to Atlanta last year.", "en", "her"),
    ("La banda trasladaba a migrantes venezolanos desde Bolivia hasta Chile en 2023.", "es", "migrantes venezolanos"),
    ("La banda traficaba migrantes desde Bolivia hasta Chile en 2023.", "es", "migrantes"),
])
def test_trafficking_people_stay_its_target(make_doc, text, language, target):
    assert any(target in (t or "") for t in _targets(make_doc, text, language))


def test_trafficking_of_them_is_kept_through_the_gate(make_doc):
    """'them' is people smuggled: the target stays, and with it the event the gate would drop without one."""
    text = "Prosecutors said Ortega and his cousin smuggled them across the border near Laredo in 2023."
    assert _targets(make_doc, text, gated=True) == ["them"]
