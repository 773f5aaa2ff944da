"""Whom a "they", "them" or "their" target stands for inside its sentence (read.events.antecedents): the one plural
party named before it; none where two are, where the one there is the event's other party, or where it only says or
believes what befell them."""

import pytest

pytestmark = pytest.mark.model


def _stands_for(english, text: str, pronoun: str, other: str | None = None) -> str | None:
    from tocsin.read.events.antecedents import plural_antecedent

    doc = english(text)
    tok = [t for t in doc if t.lower_ == pronoun][-1]
    who = plural_antecedent(tok, (text.index(other), text.index(other) + len(other)) if other else None)
    return who.text if who is not None else None


@pytest.mark.parametrize("text, pronoun, party", [
    ("An elderly couple knelt by their bed in Tulsa when they were shot in the back.", "they", "An elderly couple"),
    ("Four women were released from prison in Texas after they were cleared of the charges.", "they", "Four women"),
])
def test_plural_pronoun_takes_the_one_party(english, text, pronoun, party):
    assert _stands_for(english, text, pronoun) == party


@pytest.mark.parametrize("text, pronoun, other", [
    ("MS-13 members attacked two men outside a bar in Houston before police arrested them.", "them", None),  # two parties
    ("Four gunmen ambushed them on the highway near Tampico in January.", "them", "Four gunmen"),  # the other party
    # who says or believes what befell them is no one it befell
    ("Prosecutors said Ortega kidnapped them in March 2019 in Monterrey.", "them", None),
    ("Investigators believe the cartel abducted them on the highway near Tampico in January.", "them", None),
])
def test_plural_pronoun_near_misses(english, text, pronoun, other):
    assert _stands_for(english, text, pronoun, other) is None
