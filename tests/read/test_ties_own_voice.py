"""A speaker's own turn or label ("MS. LANE:", "[*Daily Courier*]: …") tells in the first person, as a document does in
its own voice: a group tie there is as the words make it, not an allegation the report passes on. A saying with a verb
("police said", a quotation its cue carries on) stays the speaker's allegation."""

import pytest

from tocsin.models import Document, Statement
from tocsin.read import read
from tocsin.read.ties import own_voice, told


def _ties(text: str, trigger: str):
    ann = read(Document(id="t", text=text, source="t", published_at="2024-03-04", language="en"))
    (event,) = [e for e in ann.events if e.trigger == trigger]
    return [(t.group_key, t.role, t.strength) for t in event.ties]


def _statement(cue: str, basis: str = "named") -> Statement:
    return Statement(speaker_start=0, speaker_end=4, speaker_text="Lane", speaker_mention=None, speaker_name="Lane",
                     speaker_basis=basis, descriptor=None, affiliation=None, cue=cue, cue_start=5, cue_end=5 + len(cue),
                     content_start=10, content_end=40, direct=True, claim_type="assertion", stance="asserted")


@pytest.mark.parametrize("text, trigger, tie", [
    # a turn: the speaker's own words, named as they name it
    ("MS. LANE: Good afternoon. Last night our forces killed Omar Diaz, a senior leader of ISIS, in a raid in Syria.",
     "killed", ("isis", "target", "named")),
    ("MR. COLE: Thanks, everyone. On Monday, MS-13 gunmen shot two guards at the gate of the prison in Houston.",
     "shot", ("ms-13", "actor", "named")),
    # a hedge among the turn's words still weakens it
    ("MS. LANE: Good afternoon. On Friday, police arrested three suspected MS-13 members in Houston.",
     "arrested", ("ms-13", "target", "suspected")),
])
def test_ties_in_a_turn_are_as_its_words_say(text, trigger, tie):
    assert tie in _ties(text, trigger)


@pytest.mark.parametrize("text, trigger, tie", [
    # near misses: a verb of saying, and a quotation its cue carries on, keep the speaker's allegation
    ("Police said MS-13 gunmen shot two guards at the gate of the prison in Houston on Monday.", "shot", ("ms-13", "actor", "alleged")),
    ("“We are grateful to the officers,” the sheriff said.\n“On Monday, MS-13 gunmen shot two guards at the gate of the prison.”",
     "shot", ("ms-13", "actor", "alleged")),
])
def test_ties_in_a_saying_stay_alleged(text, trigger, tie):
    assert tie in _ties(text, trigger)


@pytest.mark.parametrize("cue, basis, own", [
    (":", "label", True),  # "MS. LANE:"
    ("—", "named", True),  # a quotation signed with a dash
    ("forecast", "document", True),  # the document's own voice
    ("said", "named", False),
    ("according to", "named", False),
    ("", "continuation", False),  # a quotation going on with no cue is still its speaker's
])
def test_ties_own_voice_by_the_cue(cue, basis, own):
    statement = _statement(cue, basis)
    assert own_voice(statement) is own
    assert (told(statement) is None) is own


def test_ties_told_names_the_speaker_and_the_cue():
    hedge = told(_statement("said"))
    assert (hedge.strength, hedge.hedge, hedge.by) == ("alleged", "said", "Lane")
    assert told(None) is None
