"""Forecasts and their polarity, for the shapes a review of the forecast reading found stored wrong: a negation
negated, a doubt or a chance that takes no predicted clause, a plan, a schedule or a permission told with a word of
expectation, and predictions lost to a plan or schedule rule read too widely. Written from the guideline, not from a
document of the real-text set. The stress set
(test_forecasts_stress.py) runs them. Each case: (content, cue, language, speaker, claim type wanted, polarity wanted)."""

MENDED_FORECASTS = [
    # a negation negated: the two cancel ("no dudo que", "nobody doubts", "not unlikely", "never doubted")
    ("No dudo que la banda volverá a atacar la capital", "dijo", "es", "el analista Juan Pérez", "positive"),
    ("nadie duda que la violencia va a aumentar en el puerto", "dijo", "es", "la investigadora", "positive"),
    ("Nobody doubts that the violence will spread to the capital", "said", "en", "analyst John Reed", "positive"),
    ("it is not doubtful that the truce will collapse", "said", "en", "the mediator", "positive"),
    ("the gang is not unlikely to strike again", "said", "en", "the analyst", "positive"),
    ("I never doubted the gang would return", "said", "en", "the analyst", "positive"),
    ("there's no way they will not retaliate", "said", "en", "the analyst", "positive"),
    ("no es improbable que la tregua se rompa antes de las elecciones", "dijo", "es", "el analista", "positive"),
    ("I doubt the gang will not return to the port", "said", "en", "the analyst", "positive"),
    ("I don't doubt the gang will return", "said", "en", "the analyst", "positive"),
    ("there is little doubt the violence will spread", "said", "en", "the analyst", "positive"),  # certainty
    # a doubt or a chance about something other than the predicted clause leaves the prediction standing
    ("I doubt the police's account, and the violence will get worse", "said", "en", "Maria Lopez", "positive"),
    ("There is little possibility of survivors, and more bodies will be found", "said", "en", "Coroner Ann Lee", "positive"),
    # ... and one that takes it negates it
    ("I doubt the gang will return to the capital this year", "said", "en", "the analyst", "negative"),
    ("they doubt that the truce will last", "said", "en", "the analysts", "negative"),
    ("there is slim chance that the gangs will reconcile", "said", "en", "the mediator", "negative"),
    ("No es probable que la tregua entre las bandas dure hasta las elecciones", "dijo", "es", "el analista", "negative"),
    ("no es posible que la banda se expanda más allá del puerto", "dijo", "es", "la fiscal", "negative"),
    ("dudo que la violencia vaya a disminuir pronto, y las extorsiones aumentarán", "dijo", "es", "el analista", "negative"),
    # a cue that foresees, with a happening named or a clause that predicts
    ("a rise in killings once the leader is extradited", "anticipated", "en", "the analyst", "positive"),
    ("that the gang would split after the arrest", "predicted", "en", "the researcher", "positive"),
    ("the cartel to retaliate against the police", "expects", "en", "the analyst", "positive"),
    ("que la violencia aumentará en el puerto", "previó", "es", "el analista", "positive"),
    # the speaker expects others to do what nobody on the speaker's side controls; or to come to see a harm
    ("we expect the gangs to fight over the port", "said", "en", "the analyst", "positive"),
    ("to see more attacks on the highway", "expects", "en", "the sheriff", "positive"),
    ("we expect to see more violence in the border towns", "said", "en", "the mayor", "positive"),
    ("the cartel is set to strike back at its rivals", "said", "en", "the analyst", "positive"),
    ("the gangs may take over the port before the vote", "said", "en", "the analyst", "positive"),
    ("more deaths are expected as the fighting spreads", "said", "en", "the coroner", "positive"),
    ("la banda está a punto de tomar el control del penal", "dijo", "es", "el experto", "positive"),
    ("vamos a ver más asesinatos de comerciantes este año", "dijo", "es", "el gremio", "positive"),
    ("probablemente la banda atacará de nuevo este mes", "dijo", "es", "el analista", "positive"),
    # predictions a plan, deterrence or schedule rule must not take
    ("La visita del ministro será un fracaso y la violencia aumentará", "dijo", "es", "el analista", "positive"),
    ("Los turistas nunca más volverán a esta playa por la violencia de la banda", "dijo", "es", "el hotelero Juan Pérez", "negative"),
    ("we have just learned the gang might strike again this weekend", "warned", "en", "the sheriff", "positive"),
    ("we realized the violence could spread to the capital within months", "said", "en", "the analyst", "positive"),
    ("If the cartel is going to attack, it will be through the port", "said", "en", "analyst John Reed", "positive"),
    ("if the gangs are going to expand, it will be through the prisons", "said", "en", "the analyst", "positive"),
    ("si la banda va a crecer, será por la corrupción", "dijo", "es", "el analista", "positive"),
]

MENDED_NOT_FORECASTS = [
    # a cue that foresees, with no prediction in what follows: a thing, a finding, a decision, what a law provides
    ("a large crowd at the funeral", "anticipated", "en", "the police"),
    ("that the killings were linked to the gang", "anticipated", "en", "the detective"),
    ("the arrests of the remaining suspects", "anticipates", "en", "the police chief"),
    ("la audiencia de los detenidos se realice el lunes", "previó", "es", "El ministro del Interior, Juan Pérez"),
    ("penas de 20 años para los extorsionadores", "previó", "es", "la ley"),
    ("the two ministers to discuss security, including the war in the north", "expect", "en", "we"),  # an agenda
    # "to" a preposition; a step of a case, whoever expects it
    ("We expect an answer to our request from the police", "said", "en", "Maria Lopez"),
    ("I expect a response to my letter by Friday", "said", "en", "the mayor"),
    ("We expect the suspects to be extradited to the United States next month", "said", "en", "Interior Minister Carlos Vega"),
    ("we expect the suspects to appear in court on Monday", "said", "en", "the spokesman"),
    ("the defendants to be sentenced in May", "expects", "en", "the prosecutor"),
    ("his client to be acquitted of all charges", "expects", "en", "the lawyer"),
    # what the speaker expects of others as their duty: a demand
    ("we expect them to comply with the law", "said", "en", "the minister"),
    ("I fully expect the mayor to cooperate with the inquiry", "said", "en", "the governor"),
    ("The defendants are set to face trial in March", "said", "en", "prosecutor Ann Lee"),
    # the speaker's own side's operations and intentions
    ("Our troops are set to strike the gang's camps", "said", "en", "General Luis Mora"),
    ("we are about to hit them hard", "said", "en", "the commander"),
    ("the army is about to attack the gang's stronghold", "said", "en", "the commander"),
    ("to make more arrests in the case", "expects", "en", "the police chief"),
    ("We expect to arrest the leaders in the coming days", "said", "en", "the police chief"),
    ("probablemente detendremos a los demás sospechosos esta semana", "dijo", "es", "el jefe de policía"),
    ("La policía está a punto de capturar al líder de la banda", "dijo", "es", "el ministro del Interior"),
    ("Vamos a ver más patrullajes en las calles de Lima", "dijo", "es", "el ministro del Interior"),
    # a schedule, a permission, a rule's penalty
    ("The curfew is set to end on Monday", "said", "en", "Mayor Jane Park"),
    ("the bill is about to become law", "said", "en", "the senator"),
    ("Residents may return to their homes on Friday", "said", "en", "Fire Chief Tom Hale"),
    ("students may take the exam again", "said", "en", "the principal"),
    ("applicants who lie may lose their benefits", "said", "en", "the official"),
    ("those convicted may lose their licenses", "said", "en", "the judge"),
    ("sentencing is expected in May", "said", "en", "the clerk"),
    ("more arrests are expected", "said", "en", "the sheriff"),
    ("es posible que el juicio se realice en marzo", "dijo", "es", "el fiscal"),
    ("están a punto de cumplirse dos años del crimen", "dijo", "es", "el fiscal"),
    ("el juicio será el próximo lunes en Lima", "dijo", "es", "el fiscal"),
    # deterrence: the offenders kept away by the speaker's side
    ("los extorsionadores nunca más volverán a pisar esta ciudad", "dijo", "es", "el alcalde"),
]

