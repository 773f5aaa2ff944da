"""The offences a legal event lists, and the killing a document tells through its victim (docs/annotation.md §2.1,
§2.2): an offence is the legal event's, not a happening; an attack on someone the document reports killed is that
killing told again."""

import pytest

from tocsin.read import read_many


def _rules(make_doc, text):
    ((_, ann),) = read_many([make_doc(text, published_at="2009-03-10")], gated=False)
    return [(e.type, e.trigger, e.offences) for e in ann.events if e.happened]


@pytest.mark.parametrize("text, offences", [
    # the parse loses the list (an apposition, a conjunct of the verb); the words between still list offences
    ("- Carlos Alvarenga Guillen, a Salvadoran national convicted of rape and aggravated assault of a minor.", ("sexual exploitation", "attack")),
    ("- Miguel Fuentes, a confirmed gang member, convicted on three counts of assault in the second degree, assault of a "
     "corrections employee, and probation violations.", ("attack",)),
    ("He was arrested on charges for battery of an unborn child, assault on a female, and domestic violence.", None),
])
def test_offences_listed_after_a_legal_word_are_its_offences(make_doc, text, offences):
    found = _rules(make_doc, text)
    assert not [f for f in found if f[0] not in ("arrest", "charge", "conviction")], found
    if offences:
        assert [f[2] for f in found if f[0] == "conviction"] == [offences]


def test_offences_a_legal_step_listed_is_a_step_of_its_own(make_doc):
    found = _rules(make_doc, "Stefan Cseve, an Austrian national with convictions for sexual assault, aggravated criminal "
                             "sexual abuse, child sex offender loitering, violation of the sex offender registry and pending "
                             "charges for murder and rape or sexual abuse of a minor.")
    assert "charge" in [f[0] for f in found]


def test_offences_a_verb_between_ends_the_list(make_doc):
    """'convicted of fraud after he shot a clerk': the shooting is told in its own clause, a happening."""
    found = _rules(make_doc, "Perez was convicted of fraud in 2019 after he shot a clerk in Denver.")
    assert "attack" in [f[0] for f in found]


@pytest.mark.parametrize("text", [
    # the fatal attack names the victim; another sentence tells the shooting again
    "A coroner's inquest ruled today that the fatal police shooting of Tyrise M. Bell on Jan. 23 was justified. "
    "Officer Michael Eggers shot Bell as the two struggled over a handgun.",
    # the victim named in the charge for his killing
    "Prosecutors charged an Independence teenager on Monday with killing Welch. "
    "While they were struggling, Christopher Vasquez allegedly stabbed Welch.",
    # the victim written as the possessor of the killing
    "Plants said Smith's tragic murder brought attention to domestic violence. A gunman shot Smith in the parking lot.",
])
def test_offences_an_attack_on_the_killed_is_the_killing(make_doc, text):
    found = _rules(make_doc, text)
    assert [f[0] for f in found if f[0] in ("attack", "killing")] and "attack" not in [f[0] for f in found], found


def test_offences_an_attack_on_someone_else_stays_an_attack(make_doc):
    found = _rules(make_doc, "Prosecutors charged a teenager on Monday with killing Welch. Police said Vasquez shot Adams "
                             "in the leg a week earlier.")
    assert "attack" in [f[0] for f in found], found


@pytest.mark.parametrize("text, offence", [
    # the parse hangs the offence from the phrase's second word ("guilty"), not its root
    ("Tomas Ibarra pleaded guilty to the kidnapping of a delivery driver in Fresno.", "abduction"),
    ("Lena Voss was taken into custody for robbery and assault at a pawn shop.", "robbery"),
])
def test_offences_any_word_of_a_legal_phrase_carries_its_offences(make_doc, text, offence):
    found = _rules(make_doc, text)
    assert offence not in [f[0] for f in found], found
    assert any(offence in f[2] for f in found), found


@pytest.mark.parametrize("text, act", [
    # a relative clause with its subject tells the act itself (docs/annotation.md §2.2, "told in its own clause")
    ("Deputies arrested a man who they say shot a cashier at a Fresno gas station.", "attack"),
])
def test_offences_an_act_told_in_a_clause_of_its_own_stays_an_event(make_doc, text, act):
    assert act in [f[0] for f in _rules(make_doc, text)]


def test_offences_an_offence_named_after_the_legal_step_stays_its_offence(make_doc):
    found = _rules(make_doc, "Deputies arrested a man on charges that he shot a cashier at a Fresno gas station.")
    assert "arrest" in [f[0] for f in found], found


@pytest.mark.parametrize("text, act, kept", [
    # a plea or a verdict that picks an act out of its crimes tells the act as admitted or found
    ("Tomas Ibarra was convicted of four felonies, including the kidnapping of a delivery driver in Fresno.", "abduction", True),
    # an indictment's examples stay its offences
    ("Tomas Ibarra was indicted on four felonies, including the kidnapping of a delivery driver in Fresno.", "abduction", False),
])
def test_offences_an_example_a_verdict_picks_out_is_told(make_doc, text, act, kept):
    assert (act in [f[0] for f in _rules(make_doc, text)]) is kept
