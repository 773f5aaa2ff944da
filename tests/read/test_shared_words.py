"""Word lists that several readers share are written once (the verbs of telling, of a tie, a group's armed people,
the papers carried out and the sums that grow), and each reader keeps its own reach: the near misses below are words
one list holds and another must not, as before the lists were drawn from one source."""

import re

import pytest

from tocsin.read import presence_lexicon, ties
from tocsin.read.events import animacy, context, described, presence, reporter, senses


@pytest.mark.parametrize("verb", ["said", "told", "reported", "testified", "dijo", "declaró"])
def test_shared_words_telling_is_both_a_speech_and_a_report(verb):
    assert verb in context._SPEECH and verb in reporter._REPORTING


@pytest.mark.parametrize("verb, speech, report", [
    ("confirmed", True, False), ("stated", True, False), ("informó", True, False),  # a statement's, no accusation's
    ("accused", False, True), ("complained", False, True), ("denunció", False, True),  # an accusation's, no statement's
])
def test_shared_words_speech_and_report_keep_their_own(verb, speech, report):
    assert (verb in context._SPEECH, verb in reporter._REPORTING) == (speech, report)


@pytest.mark.parametrize("text, tie, back", [
    ("people affiliated with the gang", True, True),
    ("two men linked to the cartel", True, True),
    ("people related to the gang", True, False),  # a tie, but no reference back through it
    ("fighters allied with the group", True, False),
])
def test_shared_words_a_tie_and_a_reference_back(text, tie, back):
    linked = dict(ties._LOCAL["en"])["linked to"]
    assert bool(linked.search(text)) == tie
    assert (described.tied_back(text, 0, len(text)) is not None) == back


@pytest.mark.parametrize("word", presence_lexicon.FIGHTERS.split("|"))
def test_shared_words_fighters_are_a_groups_people_and_a_presence(word):
    assert presence.PEOPLE.fullmatch(word)
    assert re.search(presence_lexicon.PRESENCE["en"], f"MS-13 {word} in Texas", re.IGNORECASE)


@pytest.mark.parametrize("phrase, its, their, described_group", [
    ("its fighters", True, True, False),
    ("its gunmen", True, False, False),  # "their gunmen" refers back to no list of groups
    ("its rebels", False, False, False),
    ("the militants", False, False, True),
    ("the gunmen", False, False, False),  # the doers of an act told, not the group named before
    ("the fighters", False, False, False),
])
def test_shared_words_each_list_keeps_its_armed_people(phrase, its, their, described_group):
    assert bool(presence.ITS_PEOPLE.fullmatch(phrase)) == its
    assert bool(presence.PLURAL_REFERENCE.fullmatch(phrase.replace("its", "their"))) == their
    assert bool(presence.DESCRIBED_GROUP.fullmatch(phrase)) == described_group


@pytest.mark.parametrize("word, papers, no_one", [
    ("plans", True, True), ("policy", True, True), ("contracts", True, True),  # shared
    ("warrants", True, False), ("operations", True, False),  # carried out, but a word of an act may take them
    ("bills", False, True), ("mergers", False, True),  # killed, never executed
])
def test_shared_words_papers_executed_and_papers_killed(word, papers, no_one):
    assert bool(senses._PAPERS.fullmatch(word)) == papers
    assert bool(animacy._NO_ONE.fullmatch(word)) == no_one


@pytest.mark.parametrize("word, swelling, sum_", [
    ("deficit", True, True), ("prices", True, True), ("taxes", True, True),  # shared
    ("population", True, False), ("demand", True, False),  # grows, but no sum an act can take
    ("tariffs", False, True), ("wages", False, True),  # a sum, but nothing told as exploding
])
def test_shared_words_sums_that_grow(word, swelling, sum_):
    assert bool(senses._SWELLING.fullmatch(word)) == swelling
    assert bool(animacy._NO_ONE.fullmatch(word)) == sum_
