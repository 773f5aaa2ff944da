"""Plans, deterrence and questions that are no forecasts (docs/annotation.md §4), and the predictions beside them that
stay forecasts: a speaker's plan coordinated after a verb of intention, the passive of what justice or force does to
offenders and its fixed lines, what "the President" would do, the nation's resolve in the conditional, a step told to
"you", and a Spanish question bounded by its marks. Written from the guideline, not from a document of the real-text
set. Each case: (content, cue, language, speaker)."""

import pytest

from tocsin.read.forecasts import polarity
from tocsin.read.statements import classify

NOT_FORECASTS = [
    ("she intends to appeal the verdict and will ask for a new trial", "said", "en", "defence lawyer Ana Ruiz"),
    ("he plans to call two witnesses and will then try to show the officer lied", "said", "en", "attorney Paul Dean"),
    ("the gang leaders will be hunted down", "said", "en", "the governor"),
    ("those traffickers are going to be removed from our country", "said", "en", "the president"),
    ("the network will be dismantled and its bosses locked up", "said", "en", "the attorney general"),
    ("no one will be above the law", "said", "en", "the attorney general"),
    ("they will feel the full force of the law", "said", "en", "the sheriff"),
    ("smugglers will find no safe haven in this state", "said", "en", "the governor"),
    ("the President would veto any bill that defunds the border patrol", "said", "en", "the press secretary"),
    ("the United States would respond forcefully to any attack on its troops", "said", "en", "the spokesman"),
    ("America would never abandon the hostages", "said", "en", "the spokesman"),
    ("you are going to leave behind toxic fumes in the house", "said", "en", "the chemist"),
    ("you will report to the front desk at nine", "said", "en", "the clerk"),
    ("Whatever the method, “you are going to leave behind toxic fumes,”", "said", "en", "the chemist"),
    ("the militants will be crushed", "said", "en", "the general"),
    ("the gunmen will not escape justice", "said", "en", "the president"),
    ("this crime won't go unpunished", "said", "en", "the interior minister"),
    ("those responsible would be brought to book", "said", "en", "the president"),
    ("Russia would respond to any provocation on its border", "said", "en", "President Putin"),
    ("my client will fight these charges", "said", "en", "attorney John Ames"),
    ("the Act would raise the penalties for trafficking", "said", "en", "the senator"),
    ("her proposal would put 500 more officers on patrol", "said", "en", "the candidate"),
    ("doing so would cut off the smugglers' money", "said", "en", "the official"),
    ("this would be the largest seizure in the county's history", "said", "en", "the sheriff"),
    ("the fair will feature a car show and a parade", "said", "en", "the organiser"),
    ("¿Alguien cree que la violencia va a desaparecer sola?", "dijo", "es", "el alcalde"),
    ("Alguien cree que los carteles van a parar?", "dijo", "es", "el alcalde"),
]

FORECASTS = [
    # a plan's opener with another subject's future after it: a prediction of the other's doing
    ("she intends to appeal, but the gang will retaliate against the witnesses", "said", "en", "defence lawyer Ana Ruiz"),
    ("he plans to retire, and he thinks the violence will spread", "said", "en", "the sheriff"),
    # what befalls others, not what justice does to offenders
    ("officers will be targeted by the cartel", "said", "en", "the analyst"),
    ("more homes will be destroyed if the fighting goes on", "said", "en", "the aid worker"),
    # a named foreign president, a rival's response
    ("Russia would respond by striking the grid", "said", "en", "the analyst"),
    # a response to a happening named, not to "any" (a threat answered in advance), foreseen by another
    ("the cartel would retaliate for the arrest of its leader", "said", "en", "the analyst"),
    ("the client base will shrink as the gang loses the port", "said", "en", "the analyst"),
    ("the gunmen will escape across the border", "said", "en", "the sheriff"),
    # an instrument's failure, or what "this" would set off
    ("the reform would collapse within months and the gangs would return", "said", "en", "the analyst"),
    ("this would spark a war between the factions", "said", "en", "the analyst"),
    # a programme's plan beside a happening foreseen
    ("the fair will feature a parade, and the gangs will try to disrupt it", "said", "en", "the analyst"),
    # what "you" will undergo
    ("you'll get hurt out there if the gangs keep fighting", "said", "en", "the officer"),
    ("you are going to be shot if you stay on that corner", "said", "en", "the officer"),
    # review: deterrence words in a third party's mouth foresee (the rules read them only when an authority speaks)
    ("the militants will be crushed by the army within weeks", "said", "en", "the analysts"),
    ("opposition leaders would be arrested before the vote", "warned", "en", "human rights groups"),
    ("he would be deported and killed by the gang", "said", "en", "the journalist's family"),
    ("Iran would retaliate against any strike on its proxies", "said", "en", "the analyst"),
    ("the cartel will respond to any crackdown with more violence", "warned", "en", "the experts"),
    ("the United States would respond militarily if China invades Taiwan", "said", "en", "the analyst"),
    ("the president would be assassinated if he returned to the capital", "said", "en", "the analyst"),
    ("the president would unleash the army on the protesters", "said", "en", "the opposition leader"),
    # review: what befalls a lawyer's client is no decision of the defence
    ("my client will be killed if he is sent back", "said", "en", "attorney John Ames"),
    ("her client would be tortured if extradited", "said", "en", "attorney Rosa Diaz"),
    # review: an act of violence is no Act; a package may be a bomb; the first of many foresees more
    ("another act of violence will happen before the election", "said", "en", "the analyst"),
    ("the package would explode if anyone opened it", "said", "en", "the bomb technician"),
    ("this would be the first of many attacks", "said", "en", "the analyst"),
    # review: what "you" will do after a condition is foreseen
    ("if the truce ends, you will bury more kids", "said", "en", "the pastor"),
    # a Spanish prediction beside a question
    ("La banda volverá, ¿y quién protegerá a los testigos?", "dijo", "es", "el fiscal"),
    ("la violencia va a aumentar en el norte. ¿Qué hará el gobierno?", "dijo", "es", "el analista"),
]


@pytest.mark.parametrize("content,cue,language,speaker", NOT_FORECASTS)
def test_forecasts_plans_deterrence_questions_are_no_forecasts(content, cue, language, speaker):
    assert classify(content, cue, language, speaker)[0] != "forecast"


@pytest.mark.parametrize("content,cue,language,speaker", FORECASTS)
def test_forecasts_plans_deterrence_keep_the_predictions_beside_them(content, cue, language, speaker):
    assert classify(content, cue, language, speaker)[0] == "forecast"


def test_forecasts_spanish_question_is_read_for_no_polarity():
    assert polarity("¿Quién dice que la banda no va a volver? Va a volver.", language="es") == "positive"
    assert polarity("¿Quién dice que la banda va a volver? No va a volver.", language="es") == "negative"
