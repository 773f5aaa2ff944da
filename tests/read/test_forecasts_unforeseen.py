"""Futures that foresee nothing (statements.unforeseen, docs/gates.md): the past told, what could not be, goals and
hopes, deterrence and resolve, a state now, grief, a schedule, an indirect question, and the habitual "would" of a
scheme police narrate; struck before the forecast patterns read a claim, so that a prediction beside them stays one.
Written from the guideline (docs/annotation.md §4), not from a document of the real-text set. Each case: (content,
cue, speaker)."""

import pytest

from tocsin.read.statements import classify

NOT_FORECASTS = [
    # the past told: a "would" backshifted by a verb of saying or a past state of mind inside the claim
    ("the man said he would burn the store down", "said", "the clerk"),
    ("he told the officers he would shoot anyone who came near", "said", "the sergeant"),
    ("he threatened that he would hurt her family", "said", "the prosecutor"),
    ("she made it clear she would testify against him", "said", "her lawyer"),
    ("I knew something terrible would happen that night", "said", "the neighbour"),
    ("I was afraid he would come back for me", "said", "the victim"),
    ("we were aware that the other team will attack from the first minute", "said", "the coach"),
    ("we never thought this would happen on our street", "said", "the neighbour"),
    ("she never imagined her son would be shot", "said", "the pastor"),
    ("the boy would die in hospital three days later", "said", "the coroner"),
    # what could not be, or could have been
    ("his grandmother would be so proud of him", "said", "his uncle"),
    ("if the mayor were serious, the council would have acted", "said", "the activist"),
    ("the old bridge would have never carried that load", "said", "the engineer"),
    ("that would be a dereliction of duty", "said", "the senator"),
    # goals and hopes
    ("to make sure that no other family will have to bury a child", "said", "the mother"),
    ("our goal is that every neighbourhood will be safe", "said", "the chief"),
    ("she hoped the shelter would stay open", "said", "the volunteer"),
    ("we look forward to having the officers back on patrol soon", "said", "the union"),
    # deterrence and resolve
    ("there will be consequences for anyone who harms a child", "said", "the governor"),
    ("justice will be served", "said", "the district attorney"),
    ("they will answer for what they did to this family", "said", "the sheriff"),
    ("these thugs will never set foot in our city again", "said", "the mayor"),
    ("any attack on our troops would be met with force", "said", "the spokesman"),
    ("this cowardly attack will not deter us", "said", "the prime minister"),
    ("our security forces will do whatever it takes", "said", "the interior minister"),
    # a state now; grief and time
    ("the suspect could be armed and dangerous", "said", "police"),
    ("he could be anywhere by now", "said", "the detective"),
    ("nothing will bring my daughter back", "said", "the father"),
    ("it will take a long time for this town to heal", "said", "the pastor"),
    # a schedule, a possibility of someone's deed, the speaker's side told as its plural or its acronym
    ("there will be a vigil for the victims on Sunday", "said", "the pastor"),
    ("the Governor is expected to sign the bill on Friday", "said", "her spokesman"),
    ("we expect the meeting with the sheriffs to take place next week", "said", "the spokeswoman"),
    ("more arrests could be made in the case", "said", "the chief"),
    ("charges against the second driver could be filed next week", "said", "the prosecutor"),
    ("an autopsy will be performed on Monday", "said", "the coroner"),
    ("she won't rule out running for sheriff", "said", "the deputy"),
    ("they would expand the youth programme", "said", "all three candidates"),
    ("it will hand the records to the state", "said", "the FBI"),
    # an indirect question; a reply that sends the listener elsewhere; "going to" a place; a class of people
    ("why the council won't release the video", "explained", "the clerk"),
    ("you'll have to ask the district attorney", "said", "the chief"),
    ("they are going to the schools to recruit children", "said", "the principal"),
    ("programmes for the teenagers most likely to be involved in shootings", "described", "the mayor"),
    # the habitual "would" of a scheme police or prosecutors narrate
    ("the couple would lure buyers with online ads and rob them", "said", "police"),
    ("members of the ring would recruit drivers to carry the cash", "said", "prosecutors"),
    # resolve told in the passive, an idiom of the dead, a precaution's case, a permission, a condition whose "keep" is an
    # infinitive's
    ("that the province would not be intimidated by the bombers", "declared", "the premier"),
    ("we will not be deterred by threats from the cartel", "said", "the mayor"),
    ("the old founder would roll over in his grave", "say", "some members"),
    ("medics were posted near the stadium in case they would be needed", "said", "the spokesman"),
    ("towns hit by the shootings may use the grant money to hire counselors", "said", "the official"),
    ("if you go out tonight, do not count on luck to keep you safe", "said", "the health officer"),
    ("you may change your life when you read a story like that", "said", "the coach"),  # a change made, not one that comes
]

STILL_FORECASTS = [
    # a prediction beside the futures that foresee nothing stays one
    ("he told us he would come back, and the gang will retaliate", "said", "the witness"),
    ("she hoped the shelter would stay open, but the violence will get worse", "said", "the pastor"),
    # what the narrators say would befall someone, or what someone else would do, is still foreseen
    ("the wounded man would survive", "said", "police"),
    ("the gang would retaliate against the informants", "said", "police"),
    # the same words where they predict
    ("the gang is most likely to strike in the north", "said", "the analyst"),
    ("these raids will not stop the cartel", "warned", "the analyst"),  # not the speaker's resolve
    ("the truce would collapse if the leader were extradited", "said", "the analyst"),
    ("nothing will stop the cartel from taking over the port", "said", "the analyst"),  # no grief
    ("more attacks could happen this summer", "said", "the analyst"),
    ("the victims are expected to survive", "said", "the chief"),
    ("they will retaliate", "said", "Jones"),  # a name ending in -s is one person: "they" are others
    ("he wouldn't expect the truce to last the summer", "said", "the mediator"),  # a belief, no act of his
    ("lawsuits could be filed over the shooting", "predicted", "the lawyer"),  # what a cue predicts is foreseen
    ("the neighbours will file lawsuits over the shooting", "said", "the lawyer"),
    ("the gang would not be deterred by the arrests and will strike again", "said", "the analyst"),
    ("but that may change once the truce ends", "said", "the analyst"),  # a change nobody controls
    ("if the killings keep rising, the town will empty", "said", "the analyst"),
]


@pytest.mark.parametrize(("content", "cue", "speaker"), NOT_FORECASTS)
def test_forecasts_unforeseen_futures_that_foresee_nothing_are_no_forecasts(content, cue, speaker):
    assert classify(content, cue, "en", speaker)[0] != "forecast"


@pytest.mark.parametrize(("content", "cue", "speaker"), STILL_FORECASTS)
def test_forecasts_unforeseen_a_prediction_beside_them_or_in_their_words_stays_one(content, cue, speaker):
    assert classify(content, cue, "en", speaker)[0] == "forecast"

