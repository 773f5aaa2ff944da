"""The doer told by the hands an act was done at: "at the hands of X", "a manos de X" name X as the actor, as "by X"
does, whether the act is a verb, a passive or a noun; hands that are no one's doing ("in the hands of the police",
"shook hands with") name no one."""

import pytest


def _events(make_doc, text, language="en"):
    from tocsin.read import read_many

    ((_, ann),) = read_many([make_doc(text, language=language, published_at="2024-10-24")], gated=False)
    return ann.events


def _violent(make_doc, text, language="en"):
    return [e for e in _events(make_doc, text, language) if e.type in ("killing", "attack", "abduction")]


@pytest.mark.model
@pytest.mark.parametrize(("text", "language", "actor"), [
    ("The shopkeeper was murdered at the hands of two masked gunmen in Juarez on Monday.", "en", "two masked gunmen"),
    ("A reporter was stabbed at the hands of cartel hitmen outside her home in Tijuana last week.", "en", "cartel hitmen"),
    ("The teenager was brutally beaten at the hands of rival gang members near the school.", "en", "rival gang members"),
    ("Three soldiers were killed at the hands of insurgents near the border post on Sunday.", "en", "insurgents"),
    ("El periodista murió a manos de sicarios en Tijuana el lunes.", "es", "sicarios"),
    ("Un comerciante fue asesinado a manos de dos pistoleros en Culiacán el martes.", "es", "dos pistoleros"),
])
def test_hands_of_name_the_doer(make_doc, text, language, actor):
    events = _violent(make_doc, text, language)
    assert events and any(e.actor_text == actor for e in events), [(e.actor_text, e.target_text) for e in events]


@pytest.mark.model
@pytest.mark.parametrize(("text", "language"), [
    ("The suspect who killed the clerk is now in the hands of the police.", "en"),  # in custody, not the killers
    ("The mayor shook hands with the officers who were attacked on Monday.", "en"),  # a greeting
])
def test_hands_of_hands_that_are_no_doing_name_no_one(make_doc, text, language):
    events = _violent(make_doc, text, language)
    assert all(e.actor_text not in ("the police", "the officers") for e in events), [(e.actor_text, e.target_text) for e in events]
