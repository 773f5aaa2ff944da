"""Whom a "they", "them" or "their" target stands for inside its sentence (read.events.antecedents): the one plural
party named before it; none where two are, or where the pronoun is a single person's."""

import pytest

pytestmark = pytest.mark.model


def _stands_for(english, text: str, pronoun: str) -> str | None:
    from tocsin.read.events.antecedents import plural_antecedent

    doc = english(text)
    tok = [t for t in doc if t.lower_ == pronoun][-1]
    who = plural_antecedent(tok, None)
    return who.text if who is not None else None


@pytest.mark.parametrize("text, pronoun, party", [
    ("An elderly couple knelt by their bed in Tulsa when they were shot in the back.", "they", "An elderly couple"),
    ("Four women were released from prison in Texas after they were cleared of the charges.", "they", "Four women"),
])
def test_plural_pronoun_takes_the_one_party(english, text, pronoun, party):
    assert _stands_for(english, text, pronoun) == party


@pytest.mark.parametrize("text, pronoun", [
    ("MS-13 members attacked two men outside a bar in Houston before police arrested them.", "them"),  # two parties
    ("Police said the man was arrested in Houston after they found him.", "him"),  # one person's pronoun
])
def test_plural_pronoun_near_misses(english, text, pronoun):
    assert _stands_for(english, text, pronoun) is None
