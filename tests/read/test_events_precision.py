"""What unseen reporting tells that is no specific happening, or not one the text asserts: a death found with no
one's hand in it, a custody told as a state, a count over a span of time, a bystander caught in the crossfire, a
paper executed, a game won; and a charging paper as the teller of a killing (alleged, not asserted)."""

import pytest

from tocsin.models import Document
from tocsin.read import read_many

pytestmark = pytest.mark.model


def _happened(text, published="2024-03-10", lead="The office released its report on Monday.\n\n", language="en"):
    """(type, modality) of what a text tells as happened, read after a lead sentence (the first may be a headline)."""
    ((_, ann),) = read_many([Document(id="x", text=lead + text, source="x", published_at=published, language=language)], gated=False)
    return [(e.type, e.modality) for e in ann.events if e.happened and e.type != "presence"]


def _types(text, **kw):
    return [t for t, _ in _happened(text, **kw)]


@pytest.mark.parametrize("text, kept", [(t, False) for t in (
    "A woman was found dead by firefighters after they put out a blaze at a house in Belgrade on Saturday.",
    "Two bodies were pulled from a lake near Muskoka yesterday after a boat capsized in rough water.",
    "The man was found dead in his apartment on Tuesday. The cause of death has not been determined.",
    "The two women found dead in their home died hours apart. The autopsy found no signs of trauma.",
    "Hikers found the body of a missing climber near the summit on Sunday, rangers said.",
    "The body of a 70-year-old man was found in his car on Friday. No foul play is suspected, and he had a heart condition.",
)] + [(t, True) for t in (
    "A body was found Sunday morning in a parked vehicle in Charleston. Police are investigating the death as a homicide.",
    "Two men were found dead in a car in Dayton on Monday. Both had been shot in the head, police said.",
    "The body of a woman was found in a field near Dayton on Sunday; a man was arrested hours later.",
    "The couple were found dead Thursday, their bodies hidden under a mattress after two men set their house ablaze.",
    "Her mutilated body was found in a river, barbed wire tied around her neck.",
    "Police found the body of Juan Ruiz, 24, inside his apartment; he had been stabbed several times.",
    "The bodies of three men were found dumped on a highway outside Acapulco on Sunday.",
    "The body of a shopkeeper was found bound and gagged in his store in Tijuana on Friday.",
)])
def test_precision_a_death_found_is_a_killing_only_where_a_hand_is_told(text, kept):
    assert ("killing" in _types(text)) is kept


def test_precision_a_killing_word_of_an_accident_tells_no_hand():
    text = "A woman was found dead after a house fire on Main Street. A neighbour was killed in a fire there in 2019."
    assert "killing" not in _types(text)


@pytest.mark.parametrize("text, kept", [
    ("He is being detained pending review of his immigration case.", False),
    ("She is being held without bail at the county jail.", False),
    ("The two men are being detained at the federal facility in Otay Mesa.", False),
    ("He tried to run over the trooper and his wife, who was being detained, police said.", True),
    ("The suspect remains detained at the county jail.", False),
    ("He was detained Tuesday at the border crossing in Nogales.", True),
    ("Police said the suspect has been detained since May at the county jail.", True),
    ("Agents detained three men at the port on Friday.", True),
])
def test_precision_a_custody_told_as_a_state_is_no_arrest(text, kept):
    assert ("arrest" in _types(text)) is kept


@pytest.mark.parametrize("text, etype, kept", [
    ("Since December 2022, Treasury has designated 23 persons tied to the cartel.", "designation", False),
    ("Since January, ICE has arrested 40 members of the gang in the city.", "arrest", False),
    ("Between 2000 and 2001 alone, the gang committed no less than 15 armored car and bank robberies.", "robbery", False),
    ("Since Uvalde, just over a week ago, there have been 20 other mass shootings in America.", "attack", False),
    ("In 2023 there were 35 kidnappings in the province, officials said.", "abduction", False),
    ("On December 12, Treasury designated 23 persons tied to the cartel.", "designation", True),
    ("Treasury has designated three leaders of the cartel since Tuesday.", "designation", True),
    ("Police arrested 12 people on Tuesday in a raid on the gang.", "arrest", True),
    ("Gunmen killed 14 people at a party in Guanajuato on Saturday.", "killing", True),
])
def test_precision_a_count_over_a_span_is_a_statistic(text, etype, kept):
    assert (etype in _types(text)) is kept


def test_precision_a_bystander_caught_in_the_crossfire_is_not_arrested():
    found = _types("A 9-year-old girl was caught in the crossfire when gang members opened fire on a rival outside a store.")
    assert "arrest" not in found and "attack" in found


def test_precision_a_suspect_caught_is_arrested():
    assert "arrest" in _types("Police caught the suspect two blocks away after a short chase.")


@pytest.mark.parametrize("text", [
    "President Ruto executed on May 9 the legal instruments required to operationalize the Act.",
    "He oversees the execution of nearly $135 billion in direct benefits to veterans.",
    "The Panthers will face Plainview, a team that they beat 45-23 at this year's tournament.",
])
def test_precision_another_sense_is_no_act(text):
    assert not {"killing", "attack"} & set(_types(text))


@pytest.mark.parametrize("text, etype", [
    ("The cartel executed two police officers in Culiacan on Monday.", "killing"),
    ("Three men beat a teenager outside a bar on Saturday.", "attack"),
])
def test_precision_the_act_in_those_words_stays(text, etype):
    assert etype in _types(text)


@pytest.mark.parametrize("text, etype", [
    ("As alleged in the indictment, Ramirez killed the victim in March 2021 on the orders of gang leaders.", "killing"),
    ("According to the criminal complaint, Smith robbed a bank in Dayton on May 3.", "robbery"),
    ("Lopez shot the victim twice in the head, according to an arrest affidavit.", "attack"),
    ("As set forth in the superseding indictment, the defendants kidnapped a businessman in 2019.", "abduction"),
])
def test_precision_a_charging_paper_tells_an_accusation(text, etype):
    assert (etype, "alleged") in _happened(text)


@pytest.mark.parametrize("text, etype", [
    ("Police said Lopez shot the victim twice in the head.", "attack"),
    ("According to court documents, Smith admitted that he robbed a bank in Dayton on May 3.", "robbery"),
    ("According to the information released by police, Lopez shot the victim twice.", "attack"),
])
def test_precision_other_tellers_leave_it_asserted(text, etype):
    assert (etype, "asserted") in _happened(text)
