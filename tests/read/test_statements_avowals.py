"""What a speaker avows in a noun phrase (statements.avowals): a stance a fact sheet or a story reports ("The two
governments noted recent successes…"), and the same verbs where they tell of an act, a person seen or the document's
own voice, which are no statements; a readout's "expressed" or "welcomed" stays unread outside a document of leaders
meeting (statements.readouts, tests/read/test_statements_readouts.py). And an object cue whose parse
hung a lead-in clause on it ("That is why today, he announced executive actions…"): what is announced is its object."""

import pytest

from .test_statements_calls import _found  # (content, speaker as written, cue, claim type) of each statement read

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, speaker, cue, content", [
    ("The two governments noted recent successes, including the arrest of a key cartel financier.",
     "The two governments", "noted", "recent successes, including the arrest of a key cartel financier"),
    ("Senior officials noted the importance of sharing intelligence on smuggling routes.",
     "Senior officials", "noted", "the importance of sharing intelligence on smuggling routes"),
    ("The sheriff lamented the toll the heroin epidemic has taken on the county.",
     "The sheriff", "lamented", "the toll the heroin epidemic has taken on the county"),
    ("The coach lauded his team's defence against the strikers.", "The coach", "lauded", "his team's defence against the strikers"),
    ("The mayor has noted the progress the task force made against car thefts.",
     "The mayor", "noted", "the progress the task force made against car thefts"),
    ("The leaders noted the progress of the new migration framework. They also underscored their joint commitment to counter human "
     "smuggling in the Darién.", "They", "underscored", "their joint commitment to counter human smuggling in the Darién"),
])
def test_avowals_a_stance_in_a_noun_phrase_is_a_statement(make_doc, text, speaker, cue, content):
    assert (content, speaker, cue) in [f[:3] for f in _found(make_doc, text)]


@pytest.mark.parametrize("text, speaker, cue, content", [
    ("The governor praised Chief Ana Ruiz for her leadership during the riots in the capital.",
     "The governor", "praised", "Chief Ana Ruiz for her leadership during the riots in the capital"),
    ("The sheriff praised the deputies for their quick response to the shooting.",
     "The sheriff", "praised", "the deputies for their quick response to the shooting"),
])
def test_avowals_praise_names_what_for_and_is_an_opinion(make_doc, text, speaker, cue, content):
    assert (content, speaker, cue, "opinion") in _found(make_doc, text)


@pytest.mark.parametrize("text", [
    "Police noted the license plate number of the car.",  # a thing seen
    "Officers noted damage to the front door and a broken window.",  # a thing seen
    "The officer recognized the driver from an earlier stop.",  # a person known again
    "Senior officials recognized the importance of sharing intelligence on smuggling routes.",  # review: no recognizing
    "The governor expressed her commitment to dismantle the networks that traffic fentanyl.",  # a story's narration
    "President Biden and President Petro condemned all forms of violence against social leaders.",
    "President López Obrador welcomed the recovery of $25 million stolen by criminal networks.",
    "This visit underscores the President's commitment to safety.",  # the document's own comment
    "We note the progress made in disrupting the supply of illicit drugs.",  # a joint statement's own voice
    "The mayor did not praise the officers for their response.",  # nothing said
    "The police chief will note the progress at a news conference on Monday.",  # not yet
    "Did the governor praise the officers for their work?",  # a question
    "President Trump underscores his determination to protect the capital.",  # a fact sheet's comment
    "U.S. Attorney Ana Ruiz commended the IRS special agents who investigated the case.",  # a release's closing thanks
    "The sheriff praised the deputies.",  # whom, with nothing said of them
])
def test_avowals_acts_guests_and_the_documents_own_voice_are_no_statements(make_doc, text):
    assert _found(make_doc, text) == []


@pytest.mark.parametrize("text, speaker, content", [
    ("President Biden believes we must secure our border. That is why today, he announced executive actions to bar "
     "migrants who cross the border unlawfully from receiving asylum.",
     "he", "executive actions to bar migrants who cross the border unlawfully from receiving asylum"),
    ("That is why on Monday, the Attorney General announced new charges against six leaders of the cartel.",
     "the Attorney General", "new charges against six leaders of the cartel"),
])
def test_avowals_an_announcement_is_its_object_not_the_lead_in(make_doc, text, speaker, content):
    assert (content, speaker) in [f[:2] for f in _found(make_doc, text)]


def test_avowals_a_clause_before_an_announcement_without_object_stays_its_content(make_doc):
    text = "The gang is gone from the city, the sheriff announced Tuesday."
    assert [f[:2] for f in _found(make_doc, text)] == [("The gang is gone from the city", "the sheriff")]
