"""Who or what a word of an act takes: a person, a group, a force, a place or a building can be killed, attacked,
taken or threatened; a bill, a plan, a budget, a price, a record cannot, and a word of an act that takes only such
things is used in another sense. Each rule with the near misses it must leave alone."""

import pytest

from tocsin.models import Document
from tocsin.read import read_many

pytestmark = pytest.mark.model


def _events(text, published="2024-03-10"):
    ((_, ann),) = read_many([Document(id="x", text=text, source="x", published_at=published, language="en")], gated=False)
    return [(e.type, e.trigger) for e in ann.events if e.type != "presence"]


@pytest.mark.parametrize("text", [
    "The senator killed the bill in committee on Monday.",  # a paper, by its word
    "The governor vetoed the measure, killing a plan to expand Medicaid.",
    "Investors shot down the merger on Thursday.",
    "The mayor's budget was slashed by the council on Monday.",  # a sum
    "Republicans attacked the proposal on Tuesday, calling it a giveaway.",
    "The scandal killed his chances of reelection last year.",  # a standing
    "The proposal clashes with the city's zoning code, the planner said Tuesday.",  # a clash with a plan on one side
    "The board approved the levy in May. Opponents attacked the levy at a meeting on Monday.",  # the document's own paper
    "Critics attacked the idea that the town needs a second school on Monday.",  # a noun with a clause of its own
    "New Gainesville prison clashes with revitalization.",  # a process on one side of a clash
    "The designation must be approved by the state Department of Housing and Community Development.",  # a paper approved
    "The complaint alleged that the department retaliated against Officer Cruz because she opposed its hiring practices.",
    "The lawsuit says the company retaliated against her for filing a complaint about unpaid wages.",
    "Pierce kept the clerk's office, beating her challenger Reba Rae by more than 26,000 votes.",  # a race won
    "Russia's membership in the council is not threatened by sanctions, two politicians said Wednesday.",  # a standing
    "The columnist called the new curfew an assault on our civil liberties.",  # an ideal
    "Union leaders denounced the ruling as an attack on workers' rights.",
])
def test_animacy_a_word_of_an_act_that_takes_no_one_is_no_event(text):
    assert not _events(text)


@pytest.mark.parametrize("text, etype", [
    ("Militants attacked the police station in Peshawar on Monday.", "attack"),  # a building
    ("Protesters assaulted a civil rights lawyer outside the courthouse on Monday.", "attack"),  # a person, whose words name an ideal
    ("The militia attacked the village of Dogo on Sunday.", "attack"),  # a place
    ("Gunmen attacked the convoy near Culiacan on Friday.", "attack"),
    ("Two men attacked the store on Monday.", "attack"),
    ("A man shot the clerk at a gas station in Dayton on Tuesday.", "attack"),
    ("Rebels clashed with government troops near Goma on Saturday.", "attack"),  # both sides people
    ("Soldiers clashed with cartel gunmen in Michoacan on Monday.", "attack"),
    ("He threatened the mayor's office with a bomb on Monday.", "threat"),
    ("The Treasury sanctioned three vessels that carried Iranian oil on Friday.", "designation"),
    ("The suspect attacked his neighbor over a debt on Sunday.", "attack"),  # a sum beside whom it befell
    ("Gunmen attacked the bus on Tuesday, days after the council approved its route.", "attack"),  # a route approved, not the bus
    ("Two men attacked the plan's author in Dayton on Monday.", "attack"),
    ("Police clashed with demonstrators in the capital on Friday.", "attack"),  # no process on either side
    ("Protesters clashed with the government's riot squad in Caracas on Friday.", "attack"),  # a body, not a process
    ("Rebels clashed with the regiment near Goma on Saturday.", "attack"),
    ("The Secretary approved the designation of Tren de Aragua as a terrorist organization on Monday.", "designation"),
    ("Gang members retaliated against the witness for testifying, police said Monday.", "attack"),  # a witness's, not a grievance
    ("Israel retaliated against Hezbollah with airstrikes on Monday.", "attack"),
    ("Police said the man was beaten by three men in Dayton on Monday.", "attack"),  # "by" people, no margin
    ("Two men beat a clerk by the register in Dayton on Monday.", "attack"),
    ("A suicide bomber attacked the market in Kabul on Tuesday.", "attack"),  # a market is a place too  # a person whose word is a plan's
])
def test_animacy_an_act_on_someone_or_somewhere_stays(text, etype):
    assert etype in [t for t, _ in _events(text)]
