"""What a person or a body calls for (a recommendation, cued by "called for"), findings told in the perfect ("investigators
have found that…"), and a reported clause its own sentence asks ("Did police say that…?"), which claims nothing."""

import pytest

from tocsin.read import read
from tocsin.read.read import read_many

pytestmark = pytest.mark.model


def _found(make_doc, text):
    doc = make_doc(text, published_at="2025-03-04")
    return [(doc.text[s.content_start : s.content_end], s.speaker_text, s.cue, s.claim_type) for s in read(doc).statements]


@pytest.mark.parametrize("text, speaker, content", [
    ("Police Chief Mark Dunn called for more patrols in the downtown district after the shooting.",
     "Police Chief Mark Dunn", "more patrols in the downtown district"),
    ("The two presidents called for an end to the violence in the border region.",
     "The two presidents", "an end to the violence in the border region"),
    ("Community leaders have called for an independent investigation into the killing.",
     "Community leaders", "an independent investigation into the killing"),
    ("Senator Lena Ortiz calls for tougher penalties for fentanyl dealers.", "Senator Lena Ortiz", "tougher penalties for fentanyl dealers"),
    ("Two of the victims' mothers called for a public inquiry into the shooting.",
     "Two of the victims' mothers", "a public inquiry into the shooting"),  # a quantity of people speaks as they do
])
def test_calls_a_person_or_a_body_calls_for_is_a_recommendation(make_doc, text, speaker, content):
    assert (content, speaker, text[text.index("call") :].split()[0] + " for", "recommendation") in _found(make_doc, text)


def test_calls_a_call_on_someone_is_a_request(make_doc):
    text = "The mayor called on residents to report suspicious activity."
    assert _found(make_doc, text) == [("residents to report suspicious activity", "The mayor", "called on", "recommendation")]


@pytest.mark.parametrize("text", [
    "The wounded man called for help from the roof.",  # a summons
    "Deputy Kim Lau called for backup after the driver pulled a knife.",
    "A third of the new budget calls for more prison beds.",  # a quantity of a thing
    "Sixty percent of the budget calls for new prisons.",
    "My Administration's budget request calls for $24 billion for drug control.",  # a paper's provision
    "The peace agreement calls for the disarmament of the militias.",
    "The mayor did not call for the chief's resignation.",  # nothing was said
    "The governor will call for new gun laws in his speech on Friday.",  # not yet
    "Did the sheriff call for more deputies?",  # a question
    "The clerk heard the shots and called police to report the robbery.",  # a telephone call closing a run
])
def test_calls_a_summons_a_provision_a_denial_a_plan_or_a_question_is_no_call(make_doc, text):
    assert _found(make_doc, text) == []


@pytest.mark.parametrize("text, speaker, content", [
    ("Investigators have found that the fire was set deliberately.", "Investigators", "that the fire was set deliberately"),
    ("The audit has concluded that the agency lost track of 400 rifles.", "The audit", "that the agency lost track of 400 rifles"),
    ("Detectives had determined that the victim was shot at close range.", "Detectives", "that the victim was shot at close range"),
    ("The autopsy has shown that the man died of blunt force trauma.", "The autopsy", "that the man died of blunt force trauma"),
])
def test_calls_findings_in_the_perfect_are_claims(make_doc, text, speaker, content):
    assert [(c, who) for c, who, _, _ in _found(make_doc, text)] == [(content, speaker)]


@pytest.mark.parametrize("text", [
    "The review may have found that the guards were asleep.",  # a finding that may be
    "Investigators will have shown by then that the fire was an accident.",  # one to come
    "The council has determined that the park will close at dusk.",  # a decision, not evidence
    "The jury has found him guilty of both robberies.",  # a verdict
    "Has the autopsy shown that the man was strangled?",  # a question
    "Did police say that the gunman fled?",
    "Why did the sheriff say that the gang had left town?",
])
def test_calls_a_finding_to_come_a_decision_or_a_question_is_no_claim(make_doc, text):
    assert _found(make_doc, text) == []


def test_calls_a_question_after_a_claim_leaves_the_claim(make_doc):
    text = "Police said the gunman fled, so why did nobody chase him?"
    assert [(c, who) for c, who, _, _ in _found(make_doc, text)] == [("the gunman fled", "Police")]


def _moods(make_doc, text, language="en"):
    """The modality of each event the rules find, before the event gate (which may drop a written sentence's event: the
    mood is what these tests are about)."""
    doc = make_doc(text, language=language, published_at="2025-03-04")
    return {(e.type, e.trigger): e.modality for _, ann in read_many([doc], gated=False) for e in ann.events}


@pytest.mark.parametrize("text, trigger, mood", [
    # what a call asks for has not happened; what it names as known, in a past relative clause or a definite noun
    # under another noun, has
    ("Human rights groups called for the release of the journalist, who was detained in March.", "detained", "asserted"),
    ("The senator urged prosecutors to charge the officers who shot the teenager last year.", "shot", "asserted"),
    ("The mayor called for an inquiry into the killing.", "killing", "asserted"),
    ("Police warned that the gang will kill again, as it did when it shot two guards in May.", "shot", "asserted"),
    ("Police warned that the gang will kill again, as it did when it shot two guards in May.", "kill", "future"),
    ("Activists called for the arrest of the killers.", "arrest", "hypothetical"),  # what is asked for
    ("Activists urged the government to arrest the killers.", "arrest", "hypothetical"),
    ("The bishops called for the perpetrators of the bombing to be tried.", "bombing", "asserted"),  # its doers are sought
])
def test_calls_a_happening_the_call_names_as_known_happened(make_doc, text, trigger, mood):
    assert dict((t, m) for (_, t), m in _moods(make_doc, text).items())[trigger] == mood


def test_calls_a_past_relative_clause_in_spanish_happened(make_doc):
    text = "Las organizaciones pidieron la liberación del periodista, quien fue detenido en marzo."
    assert _moods(make_doc, text, "es")[("arrest", "detenido")] == "asserted"


# the content between brackets, a run of verbs with one subject first
@pytest.mark.parametrize("marked, speaker, cue, kind", [
    ("The governor toured the burned market, met the shop owners and called for [a full inquiry into the arson].", "The governor", "called for",
     "recommendation"),
    ("The archbishop called upon [the army to protect the farmers from the militias].", "The archbishop", "called upon", "recommendation"),
    ("The county board encouraged [landlords to install brighter lights in the alleys].", "The county board", "encouraged", "recommendation"),
    ("The sheriff attributed [the drop in car thefts to the new license plate cameras].", "The sheriff", "attributed", "assertion"),
    ("Fire officials blamed [the blaze on an unattended candle in the kitchen].", "Fire officials", "blamed", "assertion"),
    ("The tenants' union accused [the landlord of ignoring the broken locks for months].", "The tenants' union", "accused", "assertion"),
    ("The truck was identified by customs agents as [a smuggling vehicle used by the ring].", "customs agents", "identified by", "assertion"),
])
def test_calls_frames_the_cue_list_misses_are_the_subjects_claims(make_doc, marked, speaker, cue, kind):
    content = marked[marked.index("[") + 1 : marked.index("]")]
    assert (content, speaker, cue, kind) in _found(make_doc, marked.replace("[", "").replace("]", ""))


@pytest.mark.parametrize("text", [
    "The coach may have encouraged the players to skip the meeting.",  # under a modal: not said
    "The mayor did not blame the police for the delay.",  # denied
    "The audit attributed the shortfall to bookkeeping errors.",  # a paper, no person or body
    "The driver was identified by police as 52-year-old Tomas Reyes of Dayton.",  # a name: an identification
    "The marshal encouraged the crowd.",  # nobody asked to do anything
])
def test_calls_near_misses_of_the_frames_claim_nothing(make_doc, text):
    assert not [f for f in _found(make_doc, text) if f[2] in ("encouraged", "blamed", "attributed", "identified by")]


def test_calls_a_quotation_after_a_second_joined_cue_is_that_cues(make_doc):
    text = 'The councilwoman said the budget was too small and added, "We cannot hire a single new officer."'
    found = {(cue, content) for content, _, cue, _ in _found(make_doc, text)}
    assert ("said", "the budget was too small") in found
    assert any(cue == "added" and "single new officer" in content for cue, content in found)
