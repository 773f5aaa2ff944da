"""Whom a theft befalls (read.events.taken): the one a thing is taken from or off, the owner of what is taken; the
thing itself is no target, and "rob" keeps the one robbed for its object."""

import pytest

pytestmark = pytest.mark.model


def _targets(make_doc, text: str) -> list[str | None]:
    from tocsin.read import read_many

    ((_, ann),) = read_many([make_doc(text, published_at="2024-10-24")], gated=False)
    return [e.target_text for e in ann.events if e.type == "robbery"]


@pytest.mark.parametrize("text, target", [
    ("Two men stole a wallet from a cashier at the store on Friday.", "a cashier"),
    ("A man tried to snatch the purse off the woman's arm outside the bank.", "the woman"),
    ("Officers later found tools in his truck that were stolen from the homes on Elm Street.", "the homes"),
    ("Two men from Dayton robbed a clerk from the neighborhood store.", "a clerk"),
    ("Two men robbed a clerk at the store on Main Street.", "a clerk"),
    ("The gang robbed their victims at gunpoint in Medellín.", "their victims"),
    ("Three men robbed the bank's customers in Guayaquil.", "the bank's customers"),
    ("Two men robbed $5,000 from a clerk at a pawn shop in El Paso.", "a clerk"),
    ("Gunmen robbed 3 million pesos from an armored truck in Puebla.", "an armored truck"),
    ("A man stole a phone off a passenger on the bus.", "a passenger"),
    ("Police found her stolen car in a parking lot.", "her"),
])
def test_taken_from_whom(make_doc, text, target):
    assert target in _targets(make_doc, text)


def _abductions(make_doc, text: str) -> list[tuple[str | None, str | None]]:
    from tocsin.read import read_many

    ((_, ann),) = read_many([make_doc(text, published_at="2024-10-24")], gated=False)
    return [(e.actor_text or None, e.target_text) for e in ann.events if e.type == "abduction"]


@pytest.mark.parametrize("text, actor, target", [
    ("Dozens taken hostage, including two nurses.", None, "Dozens"),
    ("Gunmen took three engineers hostage near the mine on Sunday.", "Gunmen", "three engineers"),
    ("Two reporters were held hostage by rebels for a month.", "rebels", "Two reporters"),
    ("Police said two men took a cashier hostage at a store in Houston.", "two men", "cashier"),
    ("Two nurses taken hostage by gunmen in Zamfara were freed on Monday.", "gunmen", "Two nurses"),
    ("Gunmen took the mayor hostage on Sunday.", "Gunmen", "the mayor"),
])
def test_taken_hostage_the_ones_taken(make_doc, text, actor, target):
    assert (actor, target) in _abductions(make_doc, text)
