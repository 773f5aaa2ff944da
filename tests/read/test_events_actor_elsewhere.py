"""The actor of an event told by a noun is the possessor when the noun names whom it befell by its own "of", "on" or
"against" ("Mexico's arrest of X"), and the one it befell when it stands alone ("Maria's killing"); the document's
first plea or sentence, its sentence naming no court, was given before the one judge the document names later
(docs/annotation.md §2.4: for legal events the authority)."""

import pytest

pytestmark = pytest.mark.model


def _found(make_doc, text):
    """Every event the rules find (the gate off): what the rules are answerable for."""
    from tocsin.read import read_many

    return [e for _, ann in read_many([make_doc(text, published_at="2025-03-04")], gated=False) for e in ann.events]


@pytest.mark.parametrize(
    "text, etype, actor, target",
    [
        ("The ministers noted recent successes, including Peru's arrest of Rafael Duque, a key trafficker.", "arrest", "Peru", "Rafael Duque"),
        ("The plan followed the Governor's designation of two gangs as terrorist groups.", "designation", "the Governor", "two gangs"),
        ("Ortega's killing of his neighbor in April angered the village.", "killing", "Ortega", "his neighbor"),
        # alone, the possessor is the one it befell
        ("The family mourned Maria's killing at a bar in Houston.", "killing", None, "Maria"),
        ("Vidal's arrest in Lima followed the raid.", "arrest", None, "Vidal"),
        # "on" a charge names no one it befell: the possessor was arrested
        ("Duque's arrest on drug charges followed the raid.", "arrest", None, "Duque"),
    ],
)
def test_events_a_possessor_with_an_object_is_the_doer(make_doc, text, etype, actor, target):
    found = [e for e in _found(make_doc, text) if e.type == etype]
    assert found, text
    assert (found[0].actor_text, found[0].target_text) == (actor, target)


def test_events_the_first_plea_is_before_the_judge_named_later(make_doc):
    text = ("WASHINGTON – Nora Vidal, 38, of Tulsa pleaded guilty today to bank fraud, the Justice Department said.\n"
            "Vidal admitted she forged loan papers. Sentencing is set for June 9 before U.S. District Judge Owen P. Marsh.\n"
            "In 2021, her brother pleaded guilty to a related charge.")
    pleas = sorted((e for e in _found(make_doc, text) if e.type == "conviction"), key=lambda e: e.trigger_start)
    assert [e.actor_text for e in pleas] == ["U.S. District Judge Owen P. Marsh", None]  # the older plea's judge is not said
    assert pleas[0].actor_basis == "document"


@pytest.mark.parametrize(
    "text, actor",
    [
        # two judges: before which the plea was given is not said
        ("WASHINGTON – Nora Vidal pleaded guilty today to bank fraud.\n"
         "Sentencing is set before U.S. District Judge Owen Marsh. Her brother appeared before U.S. Magistrate Judge Lena Cole.", None),
        # a former judge is a party, and a judge an event befalls is no court of the case
        ("Former Judge Owen Marsh pleaded guilty today to bribery, the Justice Department said.\n"
         "Marsh admitted taking cash from a contractor.", None),
        ("WASHINGTON – Nora Vidal pleaded guilty today to bank fraud.\n"
         "Judge Owen Marsh was threatened by her associates last year, prosecutors said.", None),
        # a plea told of someone in a relative clause is his history
        ("Luis Soto, 45, was arrested last week for lying to agents about Nora Vidal, who pleaded guilty to bank fraud.\n"
         "Soto appeared before U.S. Magistrate Judge Owen Marsh.", None),
        # the court the plea's own sentence names stays
        ("Nora Vidal pleaded guilty in Osage County District Court to theft.\nJudge Owen Marsh will sentence her in June.",
         "Osage County District Court"),
    ],
)
def test_events_the_judge_named_below_only_where_the_plea_is_his(make_doc, text, actor):
    pleas = sorted((e for e in _found(make_doc, text) if e.type == "conviction"), key=lambda e: e.trigger_start)
    assert pleas and pleas[0].actor_text == actor


def test_events_the_headlines_arrest_is_made_by_whom_the_story_says(make_doc):
    text = ("Teen arrested in Elm Street stabbing.\n"
            "Harlow police arrested a 17-year-old boy on Monday in the stabbing of a man outside a bar, officers said.")
    arrests = sorted((e for e in _found(make_doc, text) if e.type == "arrest"), key=lambda e: e.trigger_start)
    assert [(e.actor_text, e.actor_basis) for e in arrests] == [("Harlow police", "story"), ("Harlow police", "syntax")]


@pytest.mark.parametrize("text", [
    # two doers below: whose the headline's arrests were is not one of them
    "Three arrested in drug raids.\nHarlow police arrested two men on Monday. Separately, federal agents arrested a woman in Tulsa.",
    # a doer only alleged below is not stated as the headline's
    "Teen arrested in Elm Street stabbing.\nProsecutors allege that Harlow police arrested the wrong teen on Monday.",
])
def test_events_the_headline_takes_no_doer_the_story_does_not_give_it_plainly(make_doc, text):
    arrests = sorted((e for e in _found(make_doc, text) if e.type == "arrest"), key=lambda e: e.trigger_start)
    assert arrests and arrests[0].actor_basis != "story"


def test_events_a_happening_set_apart_keeps_the_headline_without_a_doer(make_doc):
    text = ("Teen arrested in Elm Street stabbing.\n"
            "The boy was taken into custody on Monday.\n"
            "In a separate case last year, Harlow police arrested another teen in a robbery.")
    arrests = sorted((e for e in _found(make_doc, text) if e.type == "arrest"), key=lambda e: e.trigger_start)
    assert arrests and arrests[0].actor_text is None
