"""The target categories the rest of a document settles (events/recategorised.py): a target tied to a group, sides
"between" which a happening was, a group's targets struck, a bystander of a gunfight, a victim at his own place of
trade, victims described after the act and an unnamed victim identified later."""

import pytest

from .test_events_target_category_struck import _categories

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "etype", "category"), [
    # sides of which one is a gang
    ("He was wounded in a shooting between his gang and MS-13 in Houston on Sunday.", "attack", "rival group"),
    # a group's targets struck
    ("U.S. forces conducted strikes against more than 30 Houthi targets in Yemen on Saturday.", "attack", "rival group"),
    # a bystander of a gunfight
    ("Ana Ruiz was walking home when she was caught in the crossfire of a gunfight in Dover on Friday.", "attack", "civilian"),
    # at his own place of trade
    ("Carl Dent was found fatally shot at his business in Ozark on Monday, police said.", "killing", "business"),
    ("Ana Ruiz was killed at her restaurant in Monterrey on Friday.", "killing", "business"),
    ("Gunmen shot dead a man at his store in León on Friday.", "killing", "business"),
    # victims described after the act
    ("Two men were shot dead in Acapulco on Sunday, police said. One of the victims was a municipal police officer.", "killing",
     "law enforcement"),
    ("Three people were killed in an ambush near Culiacán on Monday. Among the dead was a local reporter.", "killing", "journalist"),
    # an unnamed victim identified later
    ("A man was shot to death in Ciudad Juárez on Saturday. The man was later identified as Pedro Gómez, a state police officer.",
     "killing", "law enforcement"),
    ("A woman was killed in a shooting in Dover on Saturday. She was identified as Maria Ruiz, a municipal judge.", "killing", "judiciary"),
])
def test_recategorised_from_the_rest_of_the_document(make_doc, text, etype, category):
    assert category in _categories(make_doc, text, etype)


@pytest.mark.parametrize(("text", "etype", "category"), [
    # at home is no place of trade, though the victim works elsewhere
    ("Luis Soto was shot dead at his home on Monday. Soto worked as a teacher.", "killing", "civilian"),
    # a shooting between two people is no clash of groups
    ("Police said the shooting between the two neighbors happened late on Friday.", "attack", "civilian"),
    # a target the sentence describes is what its words say, whoever fought
    ("A shooting between MS-13 and Barrio 18 gunmen killed three bystanders in Houston on Sunday.", "killing", "civilian"),
    # what the victims did after is no description
    ("Two men were shot dead in Acapulco on Sunday. The victims were taken to a hospital.", "killing", "civilian"),
    # a pronoun of the other sex is someone else
    ("A man was killed in a shooting in Dover on Saturday. She was identified as Maria Ruiz, a municipal judge.", "killing", "civilian"),
])
def test_recategorised_leaves_a_civilian(make_doc, text, etype, category):
    assert set(_categories(make_doc, text, etype)) == {category}


def test_recategorised_a_clash_with_no_bystander_has_no_category(make_doc):
    assert _categories(make_doc, "Soldiers and gunmen fought a gunfight near Culiacán on Monday.", "attack") == [None]
