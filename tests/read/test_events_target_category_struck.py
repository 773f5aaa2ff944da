"""The target category of a happening told with no target (events/struck.py): an attack noun that tells no one it
struck takes none; a killing, an attack that counts its dead or hurt, premises struck and the story's one victim
still give theirs."""

import pytest

pytestmark = pytest.mark.model


def _categories(make_doc, text: str, etype: str, language: str = "en") -> list[str | None]:
    from tocsin.read import read_many

    ((_, ann),) = read_many([make_doc(text, language=language, published_at="2024-10-24")], gated=False)
    found = [e.target_category for e in ann.events if e.type == etype]
    assert found, [e.type for e in ann.events]
    return found


@pytest.mark.parametrize("text", [
    "The capturing of an ISIS terrorist that masterminded the Abbey Gate attack.",
    "Officials noted their lack of condemnation of the October 7th attack.",
    "Police are investigating the attack in the park on Sunday.",
    "Detectives questioned two men about the attacks in Dover last week.",
])
def test_struck_an_attack_noun_with_no_one_struck_takes_no_category(make_doc, text):
    assert _categories(make_doc, text, "attack") == [None]


@pytest.mark.parametrize(("text", "etype", "category"), [
    # an attack that counts whom it hurt struck them
    ("Police are investigating the attack in the park on Sunday that left three people wounded.", "attack", "civilian"),
    # a hurt told by a verb, not counted
    ("The attack near the river on Sunday injured a teenager, police said.", "attack", "civilian"),
    # the premises it struck
    ("A grenade exploded at the door of a bakery in Lima on Monday.", "attack", "business"),
    # the story's one victim, told again as "the attack"
    ("John Smith, a police officer, was shot in Dover on Sunday. Police are investigating the attack.", "attack", "law enforcement"),
    # a killing with no target still killed people
    ("Conger wanted to oversee cases such as the Doctors Hospital slayings.", "killing", "civilian"),
    # a robbery or a shooting is no attack noun
    ("The robbery happened late on Saturday in Dover, police said.", "robbery", "civilian"),
    ("Residents were shaken after a shooting near the park on Sunday.", "attack", "civilian"),
    # an English "a" is an article, no preposition: the speaker's shop is no premises struck
    ("It feels more dangerous now, said a small business owner after four armed robberies rocked his neighborhood.", "robbery", "civilian"),
    ("The robbery happened late on Saturday in Dover, said a store owner.", "robbery", "civilian"),
])
def test_struck_other_happenings_with_no_target_keep_their_category(make_doc, text, etype, category):
    assert set(_categories(make_doc, text, etype)) == {category}


def test_struck_spanish_premises_after_a_spanish_preposition(make_doc):
    text = "Una granada explotó en la puerta de una tienda en Cali el lunes."
    assert _categories(make_doc, text, "attack", language="es") == ["business"]


def test_struck_spanish_attack_noun(make_doc):
    text = "La fiscalía investiga el ataque ocurrido el domingo en Cali."
    assert _categories(make_doc, text, "attack", language="es") == [None]
