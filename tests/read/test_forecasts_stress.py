"""A stress set for forecasts (docs/annotation.md §4), written from the guideline's definition and not from any
document of the real-text set: a prediction of a happening the speaker does not control is a forecast, whatever
words carry it; a plan, a promise, a deterrence line, a schedule, a counterfactual, a rhetorical condition or a
statement about the present is not; and a negated prediction is kept negative, never stored as its opposite.

Each case: (content, cue, language, speaker, claim type wanted, polarity wanted for a forecast)."""

import pytest

from tocsin.read.forecasts import polarity
from tocsin.read.statements import classify

from .forecast_mends import MENDED_FORECASTS, MENDED_NOT_FORECASTS

FORECASTS = [
    # predictions, hedged or not, of what others will do or of what will happen
    ("violence will likely spike in the border towns after the extradition", "said", "en", "the analyst", "positive"),
    ("we expect the cartel to retaliate against rival cells in the coming weeks", "said", "en", "a security consultant", "positive"),
    ("the gang is poised to take over the drug trade in the port", "said", "en", "the researcher", "positive"),
    ("extortion could soon reach the capital", "warned", "en", "the mayor", "positive"),
    ("the group would strike again before the election", "warned", "en", "the former prosecutor", "positive"),
    ("homicides are on pace to fall below 200 this year", "said", "en", "the criminologist", "positive"),
    ("more deaths are expected as rescuers reach the village", "said", "en", "the coroner", "positive"),
    ("the number of victims is likely to increase", "said", "en", "the spokesman", "positive"),
    ("the truce between the factions may collapse before the vote", "said", "en", "the analyst", "positive"),
    ("officers will be targeted by the gang once the leader is extradited", "said", "en", "the union president", "positive"),
    ("if the truce collapses, killings will rise across the state", "said", "en", "the analyst", "positive"),
    ("the split will trigger a war of succession", "fear", "en", "analysts", "positive"),
    ("it's coming, and it will reach every neighborhood in this city", "said", "en", "the pastor", "positive"),
    ("the cartel is expected to push its routes further north", "said", "en", "the report", "positive"),
    ("them surrendering at the station later in the afternoon", "anticipated", "en", "the sheriff", "positive"),  # the cue foresees
    ("our expectation is that we'll start to see the same happen in the port", "said", "en", "the official", "positive"),
    # negated predictions: kept, and negative
    ("we do not expect the violence to reach the capital", "said", "en", "the minister", "negative"),
    ("the cartel is unlikely to give up the route", "said", "en", "the analyst", "negative"),
    ("the gang will never reach Lima", "said", "en", "the analyst", "negative"),
    ("no further charges are expected in the case", "said", "en", "the district attorney's spokeswoman", "negative"),
    ("I doubt the gang will return to the capital this year", "said", "en", "the analyst", "negative"),
    ("there is no doubt that the gang will return to the capital", "said", "en", "the analyst", "positive"),  # certainty
    ("there is little chance the truce will hold through the summer", "said", "en", "the mediator", "negative"),
    ("there is no way the cartel will give up the port", "said", "en", "the former agent", "negative"),
    # Spanish
    ("la violencia podría extenderse al norte del país", "advirtió", "es", "el analista", "positive"),
    ("se espera que la banda intente recuperar el control del penal", "dijo", "es", "el experto", "positive"),
    ("los homicidios van a aumentar si no se controla la frontera", "advirtió", "es", "la investigadora", "positive"),
    ("el Tren de Aragua probablemente llegará a Lima este año", "dijo", "es", "el criminólogo", "positive"),
    ("la banda no va a llegar a la capital", "dijo", "es", "el analista", "negative"),
    ("es probable que la violencia se extienda a Lima antes del verano", "dijo", "es", "la analista", "positive"),
    ("la banda está a punto de tomar el control del puerto", "advirtió", "es", "el experto", "positive"),
    ("vamos a ver más ataques contra los comerciantes este año", "advirtió", "es", "el gremio", "positive"),  # undergone
    ("es poco probable que la tregua dure hasta las elecciones", "dijo", "es", "el analista", "negative"),
]

NOT_FORECASTS = [
    # plans, promises and commitments of the speaker or the speaker's own government
    ("we will hold them accountable", "said", "en", "the attorney general"),
    ("those who commit fraud will be prosecuted", "said", "en", "the U.S. attorney"),
    ("our administration is going to deploy 500 more agents to the border", "said", "en", "the secretary"),
    ("we are going to find them and bring them to justice", "said", "en", "the sheriff"),
    ("I will not rest until the killers are caught", "said", "en", "the mayor"),
    ("the governor will sign the bill on Monday", "said", "en", "a spokesman for the governor"),
    ("the President is going to be briefed regularly and he's going to be monitoring the situation", "said", "en", "the press secretary"),
    ("the grants will go to 300 police departments and pay for 2,000 new officers", "said", "en", "the President"),
    ("the new task force will dismantle the network", "said", "en", "the police chief"),
    ("to announce new sanctions against the network next week", "expects", "en", "the Treasury"),  # its own plan
    ("we expect the two ministers to discuss border security and sign the agreement", "said", "en", "the spokeswoman"),  # an agenda
    ("the two ministers to discuss border security and sign the agreement", "expect", "en", "we"),  # the same, the cue apart
    ("the detective was expecting the suspect to spend a night in jail", "said", "en", "her lawyer"),  # a past state of mind
    ("the trial is set to take place in March", "said", "en", "the clerk"),
    # deterrence, the effect of the speaker's side's own action
    ("these thugs will never harm our children again", "said", "en", "the governor"),
    ("they will be found and removed", "said", "en", "the director"),
    # schedules
    ("sentencing is set for May", "said", "en", "the prosecutor"),
    ("the family will hold a vigil on Saturday evening", "said", "en", "the pastor"),
    ("the suspects will be extradited to the United States", "said", "en", "the minister"),
    # counterfactuals, rhetoric and quoted conditions
    ("without the wall, thousands more would have died", "said", "en", "the senator"),
    ("if this town is going to survive, it will be because its people stand together", "said", "en", "the mayor"),
    ("who would have thought this could happen here?", "said", "en", "a neighbor"),
    ("if anyone thinks the cartel will back off, they are mistaken", "said", "en", "the commander"),
    ("the smugglers knew they could move the cocaine through the port unseen", "said", "en", "the prosecutor"),  # a capacity then
    # statements about the present
    ("the gang is recruiting children in the schools", "said", "en", "the teacher"),
    # Spanish plans, promises and deterrence
    ("vamos a reforzar la seguridad en las fronteras", "dijo", "es", "el ministro"),
    ("los responsables serán castigados con todo el peso de la ley", "dijo", "es", "el fiscal"),
    ("el Gobierno desplegará 2.000 soldados en la zona", "anunció", "es", "el ministro"),
    ("no vamos a permitir que el crimen se apodere de nuestras calles", "dijo", "es", "la alcaldesa"),
    ("si alguien cree que vamos a retroceder, se equivoca", "dijo", "es", "el presidente"),
    ("nunca más volverán a extorsionar a nuestros comerciantes", "dijo", "es", "el ministro"),
    ("la audiencia se realizará el próximo lunes en el penal", "informó", "es", "el fiscal"),
    ("si esta ciudad va a salir adelante, será gracias a su gente", "dijo", "es", "el alcalde"),
]


@pytest.mark.parametrize(("content", "cue", "language", "speaker", "sign"), FORECASTS + MENDED_FORECASTS)
def test_forecasts_stress_predictions_are_forecasts_with_their_polarity(content, cue, language, speaker, sign):
    kind, stance, _, _ = classify(content, cue, language, speaker)
    assert (kind, polarity(content, stance, language)) == ("forecast", sign)


@pytest.mark.parametrize(("content", "cue", "language", "speaker"), NOT_FORECASTS + MENDED_NOT_FORECASTS)
def test_forecasts_stress_plans_promises_schedules_and_rhetoric_are_not_forecasts(content, cue, language, speaker):
    assert classify(content, cue, language, speaker)[0] != "forecast"


def test_forecasts_stress_a_turn_predicts_in_one_sentence_whatever_the_others_promise():
    """A transcript turn is one statement; a commitment in one of its sentences ("I'll take the first question") does
    not make the prediction of another ("we expect the attacks to spread") the speaker's plan."""
    from tocsin.read.statements.turns import _expects

    assert _expects("Our expectation is that the attacks will spread to the coast.", "en", "MR. ADAMS")
    assert not _expects("I'll take the first question and then turn it over to you.", "en", "MR. ADAMS")
    assert not _expects("We will hold them accountable.", "en", "MR. ADAMS")
    assert not _expects("We can't predict exactly what will happen in the port.", "en", "MR. ADAMS")  # a refusal to foresee


@pytest.mark.parametrize(("content", "event_type"), [
    ("the cartel will retaliate against the police", "attack"),
    ("the gang could strike again before the vote", "attack"),
    ("la banda tomará represalias contra los comerciantes", "attack"),
    ("the gang would return to the capital", "expansion"),
    ("la banda va a volver al puerto", "expansion"),
])
def test_forecasts_stress_the_event_of_a_forecast_is_typed_by_its_verb(content, event_type):
    from tocsin.read.forecasts import EVENT_TYPES, _first

    assert _first(EVENT_TYPES, content) == event_type
