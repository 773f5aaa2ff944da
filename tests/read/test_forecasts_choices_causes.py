"""Modals that foresee nothing, found reading tocsin's forecasts on White House and TR-News documents outside the
real-text set (sentences written for this test, docs/annotation.md §4): a choice open to a party ("they could end it
today by laying down their arms"), what someone could do if they chose, a person described by what they could do, the
worst that could happen in general, a guess at a past cause ("a gas leak could be the cause"), the effect of the
speaker's own side's doing told with its time ("when we open the clinics, waiting lists will shrink"), and what a rule
holds for whoever breaks it ("will be subjected to removal"). Near misses: the same modals where they predict stay
forecasts. Each case: (content, speaker)."""

import pytest

from tocsin.read.forecasts import polarity
from tocsin.read.statements import classify

NOT_FORECASTS = [
    ("the militia could end this war tomorrow by handing over its weapons", "the envoy"),
    ("they can stop the fighting at any time by pulling their troops back", "the minister"),
    ("the cartel could end the bloodshed right now if it wanted to", "the governor"),
    ("she is someone who could lead the agency through a hard year", "the senator"),
    ("parents always imagine the worst things that could happen", "the counsellor"),
    ("a faulty heater could be the cause of the fire", "the fire chief"),
    ("a dispute over money may have been the motive", "the detective"),
    ("once we hire the new officers, response times will drop", "the mayor"),
    ("when we open the clinics, waiting lists will shrink", "the health minister"),
    ("anyone who crosses between the ports will be subjected to removal", "the spokeswoman"),
    ("vendors who sell to minors will be subject to fines", "the council"),
]

STILL_FORECASTS = [
    ("the war could end this year", "the analyst"),
    ("the fighting could spread to the capital if the talks fail", "the envoy"),
    ("the gang could strike again if the judge releases him", "the prosecutor"),
    ("the fire could spread to the houses on the hill", "the fire chief"),
    ("a dispute over money may lead to more killings", "the detective"),
    ("if we do nothing, the violence will spread to the port", "the mayor"),
    ("when the rains come, the camps will flood", "the aid worker"),  # no doing of the speaker's side
    ("the villagers will be subjected to more attacks by the militia", "the aid worker"),  # a harm, not a rule
]

# Found in review: the same rules reached predictions. A conditional's "if" is no choice of the subject's own ("if
# police did nothing", "if the army decided to leave", "if parliament ratifies it"); "by spring" is no "by …ing"; a
# person "who could strike again" or "could be released" is a happening foreseen; "things could go wrong" and
# "something could happen" are clauses of their own; a cause of what is to come ("the trigger for a new war"); a "when
# we" clause that tells a time past or one the speaker's side lives through; "subjected to" said of people named, not
# of whoever breaks a rule. Each stays a forecast.
REVIEW_STILL_FORECASTS = [
    ("the gang would retaliate if police did nothing", "the prosecutor"),
    ("the violence could spread if the government did not act", "the bishop"),
    ("the gang might return if the army decided to leave", "the farmer"),
    ("the deal could end the fighting if parliament ratifies it", "the analyst"),
    ("a ceasefire could end the war by spring", "the analyst"),
    ("police are hunting a man who could strike again", "the sheriff"),
    ("something could happen to the witnesses before trial", "the lawyer"),
    ("the killing could be the trigger for a new gang war", "the mayor"),
    ("the feud could be the cause of more bloodshed", "the priest"),
    ("when we least expect it, they will strike again", "the commander"),
    ("when we met last week, he warned that the gangs will expand", "the senator"),
    ("once we finally leave, the militia will take over", "the officer"),
    ("the villagers will be subjected to the same brutal attacks again", "the aid worker"),
    ("the detainees will be subjected to detention in overcrowded camps", "the lawyer"),
    ("journalists will be subjected to arrest and torture if the junta wins", "the editor"),
    ("her sons would be subjected to the same treatment if they were sent home", "the lawyer"),
    ("those living near the border will be subjected to more raids", "the aid worker"),
    ("when we are gone, the gangs will return to the valley", "the soldier"),
]

# ... and what the narrowed rules must still leave out
REVIEW_NOT_FORECASTS = [
    ("the cartel could take over the town if it wanted to", "the governor"),
    ("they could release the hostages tomorrow if they chose to", "the envoy"),
    ("he could end the standoff immediately by surrendering", "the negotiator"),
    ("she is a leader who can unite the factions", "the senator"),
    ("we talked about everything that could go wrong", "the counsellor"),
    ("revenge could be the motive behind the shooting", "the detective"),
    ("an electrical fault might have been the cause of the blaze", "the fire chief"),
    ("as soon as we deploy the new units, arrests will rise", "the police chief"),
    ("those who overstay their visas will be subject to deportation", "the spokeswoman"),
    ("violators will be subject to fines of up to $500", "the council"),
    ("those trying to enter without papers will be subject to expulsion", "the spokeswoman"),
    ("if they don't leave by Friday, they will be subjected to removal", "the spokeswoman"),
    ("the rebels can end the siege today if they choose to do so", "the envoy"),
    ("if and when we succeed, the streets will be safer", "the mayor"),
]


@pytest.mark.parametrize(("content", "speaker"), NOT_FORECASTS + REVIEW_NOT_FORECASTS)
def test_forecasts_choices_causes_and_own_effects_are_no_forecasts(content, speaker):
    assert classify(content, "said", "en", speaker)[0] != "forecast"


@pytest.mark.parametrize(("content", "speaker"), STILL_FORECASTS + REVIEW_STILL_FORECASTS)
def test_forecasts_choices_causes_near_misses_stay_forecasts(content, speaker):
    assert classify(content, "said", "en", speaker)[0] == "forecast"


@pytest.mark.parametrize(("content", "expected"), [
    ("it's highly unlikely that the gang will return to the port", "negative"),
    ("it's unlikely that they will pay that money", "negative"),
    ("it's likely that the gang will return to the port", "positive"),
    ("the idea is it's highly\nunlikely that people will pay that money", "negative"),  # a hard-wrapped line
])
def test_forecasts_its_unlikely_that_is_a_denial(content, expected):
    assert polarity(content) == expected
