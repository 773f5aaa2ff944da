"""One article's newcomers: a victim its sentence brings in with an indefinite article ("an elderly couple … when they
were shot", "found a man … and attacked him") is someone new, even when the report's target is the pronoun."""

import pytest
from test_incidents_victims import FILLER, _incidents_of, row

from tocsin.link.incidents import compare
from tocsin.link.story import antecedent


@pytest.mark.parametrize("before, pronoun, expected", [
    ("An elderly couple, knelt by their bed, praying, when they were ", "they", "An elderly couple"),
    ("A 19-year-old student, walking home from work, said he was ", "he", "A 19-year-old student"),
    ("The group then found an African-American man near the ferry and ", "him", "an African-American man"),
    ("Officers spotted a woman in the parking lot and ", "her", "a woman"),
    ("Una pareja de ancianos dormía en su casa cuando ellos fueron ", "ellos", "Una pareja"),
])
def test_incidents_a_pronoun_s_newcomer_in_its_own_sentence(before, pronoun, expected):
    assert antecedent(row(target_text=pronoun, before_trigger=before)) == expected


@pytest.mark.parametrize("before, pronoun", [
    ("A gunman walked into the store and ", "him"),  # the doer is the subject: "him" is someone told before
    ("The victim told authorities a man approached him and ", "him"),  # "a man" opens a reported clause
    ("Police said a man ", "him"),
    ("As he tried to run away, he was ", "he"),  # no newcomer in the sentence
    ("The officers found a man in the car, and ", "the driver"),  # not a pronoun: the target speaks for itself
])
def test_incidents_no_newcomer_for_the_pronoun(before, pronoun):
    assert antecedent(row(target_text=pronoun, before_trigger=before)) is None


def _told(start: int, target: str, before: str, **kw) -> dict:
    """A report of one article at ``start``, undated, as link_events places it (not its headline)."""
    return row(id=f"ev-{start}", type="attack", target_text=target, before_trigger=before, trigger_start=start + len(before),
               evidence_start=start, evidence_end=start + 120, headline=False, date_precision="publication",
               date_begin=None, date_end=None, **kw)


def test_incidents_a_pronoun_s_newcomer_is_another_victim():
    """Tulsa, 1921: "A murdered Black family draped over the fence", then "An elderly couple … when they were shot":
    two killings of one massacre, two happenings; a spree's "beat a teenager", then "found a man … and attacked him"."""
    family = _told(0, "A murdered Black family", "")
    couple = _told(400, "they", "An elderly couple, knelt by their bed, when they were ")
    assert compare(family, couple) is None
    teen = _told(0, "a teenager", "Four men got out of the car and beat ")
    man = _told(400, "him", "The group then found a man walking home and ")
    assert compare(teen, man) is None


def test_incidents_a_pronoun_for_the_victim_told_before_stays_one_happening():
    clerk = _told(0, "A store clerk", "")
    assert compare(clerk, _told(400, "him", "The clerk told deputies a man walked in and shot ")) is not None
    assert compare(clerk, _told(400, "he", "As he ran to the back, he was ")) is not None
    assert compare(clerk, _told(400, "him", "A gunman walked in and shot ")) is not None


LEDE = "\nResidents of Millbrook gathered on Tuesday at the town hall for a long meeting about the roads.\n\n"


def test_incidents_a_spree_s_victims_read_whole_are_two(tmp_path):
    body = ("title: Spree\noutlet: Valley Courier\npublished: 2024-03-06\n" + LEDE + "Four men beat a teenager with a pipe in"
            " Millbrook on Monday night, the sheriff said.\n\nThe group then found a man walking home near the river and"
            " attacked him, the sheriff said.\n" + FILLER)
    rows = _incidents_of(tmp_path, "spree", body)
    assert [r["type"] for r in rows] == ["attack", "attack"] and len({r["incident_id"] for r in rows}) == 2


def test_incidents_the_victim_told_again_as_he_stays_one(tmp_path):
    body = ("title: Beating\noutlet: Valley Courier\npublished: 2024-03-06\n" + LEDE + "A teenager was beaten in Millbrook on"
            " Monday night, the sheriff said.\n\nThe boy told deputies that he was beaten with a pipe.\n" + FILLER)
    rows = _incidents_of(tmp_path, "beating", body)
    assert len(rows) == 2 and len({r["incident_id"] for r in rows}) == 1
