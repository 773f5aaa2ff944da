"""Forecasts in the document's own voice that no word of expecting marks (docs/annotation.md §4): a consequence under a
condition that opens the sentence, a negated future an "unless" or "until" holds, a happening a hedged modal foresees;
not a counterfactual, the past, a rule's or a case's condition, a quantity's capacity, a "may" of permission, a modal
of a clause of time or purpose, nor what an authority or a programme does. Written from the guideline, not from a
document of the real-text set."""

import pytest

from tocsin.read.forecasts import polarity

from .test_voice_impersonal import _read

FORECASTS = [
    ("If nothing is done, the cartels will keep expanding into new cities.", "will"),
    ("If the ceasefire collapses, killings will rise again in the northern districts.", "will"),
    ("And unless the province acts, it could happen again.", "could"),
    ("If the border town falls, the smugglers would control the whole corridor.", "would"),
    ("The extortion racket will not end until the port authority is cleaned up.", "will"),
    ("Violence could spread to the neighbouring towns if the truce breaks down.", "could"),
    ("The rival crew might retaliate against the families in the coming weeks.", "might"),
    ("The arrests might trigger a war of succession inside the cartel.", "might"),
    ("Swift action is needed to end the smuggling crisis, which will not happen unless the neighbouring government cooperates.", "will"),
]

NOT_FORECASTS = [
    "If the gang had not fled, police would have caught its leaders.",
    "The victim may have known the man who attacked him.",
    "If convicted, he could face up to 20 years in prison.",
    "If approved, the grant will fund twenty new officers.",
    "No license will be issued to an owner if there are unpaid fines on the property.",
    "Buyers pay the fee, just as they would if they bought a rifle.",
    "The road will be closed until Friday.",
    "The drugs seized at the port could kill 2 million people.",
    "Officers tackled the gunman before more people could be hurt.",
    "The smoke could be seen from the highway for miles.",
    "Should the neighbour retaliate, the President could raise the duties further.",
    "Visitors may park in the north lot after six.",
    "The rival crew may retaliate against the families.",  # "may" in the document's voice is mostly a permission: left
    "If necessary, police will close the bridge.",
    "If the truce collapses, we will send more troops.",
    "It is not clear whether the violence could spread.",
    "The festival could draw large crowds to the waterfront.",
    "The permit will not be approved unless the owner pays the fines.",
]


@pytest.mark.parametrize(("sentence", "cue"), FORECASTS)
def test_voice_conditioned_foretells(sentence, cue):
    [st] = _read(sentence)
    assert (st.speaker_basis, st.claim_type, st.cue) == ("document", "forecast", cue)
    assert sentence[st.content_start : st.content_end] == sentence


@pytest.mark.parametrize("sentence", NOT_FORECASTS)
def test_voice_conditioned_near_misses_stay(sentence):
    assert _read(sentence) == []


def test_voice_conditioned_negated_future_is_negative():
    text = "If the truce holds, the gangs will not return to the port."
    [st] = _read(text)
    assert polarity(text[st.content_start : st.content_end]) == "negative"
