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
]

MENDED_NOT_FORECASTS = []

