"""Statements the markup or a missing word hid: a quotation in Markdown italics ("*“…,”* [said X](…)"), a predicate
in quotation marks after what a speaker calls ("called them “thugs”"), and a tweet."""

import pytest

from tocsin.read import read
from tocsin.read.read import readable

pytestmark = pytest.mark.model


def _found(make_doc, text):
    doc = make_doc(text, language="en", published_at="2025-05-21")
    return [(doc.text[s.content_start : s.content_end], s.speaker_text, s.cue) for s in read(doc).statements]


@pytest.mark.parametrize("text, plain", [
    ("*“We did it,”* [said X](https://x.com/a).", " “We did it,”   said X                  ."),
    ("the “ICE-free zones.”** Johnson", "the “ICE-free zones.”   Johnson"),
    ("is “racial profiling.”***", "is “racial profiling.”   "),
])
def test_readable_blanks_single_emphasis_marks(text, plain):
    assert readable(text) == plain


@pytest.mark.parametrize("text", ["* a bullet item", "a 5*3 grid", "2 * 3 = 6", "-   *Haiti*. Designated four leaders"])
def test_readable_keeps_a_bullet_a_product_and_plain_italics(text):
    assert readable(text) == text


def test_a_quotation_in_italics_is_said_by_the_linked_speaker(make_doc):
    text = ("*“We conducted a deportation flight to remove the most violent individuals,”* "
            "[said Assistant DHS Secretary Tricia McLaughlin](https://x.com/RapidResponse47/status/1).")
    found = _found(make_doc, text)
    assert len(found) == 1 and "McLaughlin" in found[0][1] and "deportation flight" in found[0][0]


@pytest.mark.parametrize("text, content", [
    ("Rep. Jasmine Crockett called them “thugs.”", "them “thugs.”"),
    ("Crockett compared ICE to “slave patrols” and called them “thugs.”", "them “thugs.”"),
    ("Rep. Rashida Tlaib called the agency a “rogue agency” on Tuesday.", "the agency a “rogue agency”"),
    ('Commissioner Gregory Jolivette called the IRS rule "crazy."', 'the IRS rule "crazy."'),  # the mark on the predicate
])
def test_a_quoted_predicate_is_what_the_speaker_calls_the_object(make_doc, text, content):
    found = _found(make_doc, text)
    assert (content, "called") in [(c, k) for c, _, k in found]


@pytest.mark.parametrize("text", [
    "They call him “El Flaco” in the neighborhood.",  # a name, not a verdict
    "Neighbors called police about “loud bangs” near the park.",  # a call made, no predicate
])
def test_a_quoted_name_or_a_call_made_claims_nothing(make_doc, text):
    assert [k for _, _, k in _found(make_doc, text)] == []


def test_a_tweet_is_a_statement(make_doc):
    found = _found(make_doc, "The mayor tweeted that the shooting was a cowardly act by gang members.")
    assert [(c, k) for c, _, k in found] == [("that the shooting was a cowardly act by gang members", "tweeted")]


@pytest.mark.parametrize("text", [
    "The mayor tweeted a photo of the burned car on Sunday.",  # a picture posted, no clause
    "Officers did not tweet that the suspect had fled.",  # negated: nothing said
])
def test_a_tweet_without_a_claim_is_not_one(make_doc, text):
    assert _found(make_doc, text) == []
