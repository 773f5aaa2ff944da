"""Inside a speaker's words, a target's group is 'described as' where the speaker says what the target is (a copula,
a verb of regard, an apposition) and 'named' where the speaker only names the group as the act's party."""

import pytest

from tocsin.models import Document
from tocsin.read import read


def _ties(text: str, trigger: str, language: str = "en"):
    ann = read(Document(id="t", text=text, source="t", published_at="2024-03-04", language=language))
    (event,) = [e for e in ann.events if e.trigger == trigger]
    return [(t.group_key, t.role, t.strength) for t in event.ties]


@pytest.mark.parametrize("text, trigger, tie", [
    # the speaker only names the group as the party of the act: named
    ("The Pentagon said the strike killed an ISIS leader in Somalia.", "killed", ("isis", "target", "named")),
    ("Prosecutors said police arrested three MS-13 members in Houston on Friday.", "arrested", ("ms-13", "target", "named")),
    # the speaker says what the target is: described as
    ("Authorities said the victim, Luis Ortega, was a member of the Gulf Cartel. Gunmen shot Ortega in Reynosa on Sunday.",
     "shot", ("gulf-cartel", "target", "described as")),
    (("Prosecutors said the defendant communicated with Junaid Hussain, an Islamic State member, before Hussain was killed "
      "in a drone strike in Syria."), "killed", ("isis", "target", "described as")),
])
def test_ties_a_target_named_or_described_inside_a_statement(text, trigger, tie):
    assert tie in _ties(text, trigger)


def test_ties_an_actor_inside_a_statement_stays_alleged():
    # near miss: the actor's side is untouched, a speaker's doer is at most alleged
    ties = _ties("Police said MS-13 members shot a man in Houston on Friday.", "shot")
    assert ("ms-13", "actor", "alleged") in ties
