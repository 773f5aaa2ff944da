"""Wordings of happenings the vocabulary had missed (a surrender, custody taken, a home invasion, hostages taken,
strikes from the air, shots fired at someone, a term in jail), nouns that name one happening by the words around
them ("a stabbing spree", "involved in a robbery", "the shootings that took place"), and the senses of a trigger's
word that tell no act (fish caught, a camera that captured, expelled from a school, a warrant for an arrest, a
death in a crash, a trend of arrests, a plan's second verb)."""

import pytest

from tocsin.models import Document
from tocsin.read import read_many

pytestmark = pytest.mark.model


def _events(text, published="2024-03-10"):
    ((_, ann),) = read_many([Document(id="x", text=text, source="x", published_at=published, language="en")], gated=False)
    return ann.events


def _of(text, etype):
    return [e for e in _events(text) if e.type == etype]


@pytest.mark.parametrize("text, etype, target", [
    ("The driver surrendered to police in Fresno on Monday.", "arrest", "The driver"),
    ("After a two-day search, Ortiz turned himself in at the county jail.", "arrest", "Ortiz"),
    ("Deputies spent the night apprehending the two brothers near the lake.", "arrest", "the two brothers"),
    ("A home invasion in Dayton left an elderly couple hurt on Friday.", "robbery", "an elderly couple"),
    ("Police said the brothers staged a home invasion on Elm Street.", "robbery", None),
    ("Rebels stormed the village, taking 14 aid workers hostage.", "abduction", ...),
    ("The army carried out airstrikes on rebel positions near Kidal on Sunday.", "attack", ...),
    ("The patrol came under heavy gunfire outside Gao on Thursday.", "attack", "The patrol"),
    ("Kowalski was jailed for six years at Leeds Crown Court on Friday.", "conviction", "Kowalski"),
    ("A Tulsa landlord was sent to federal prison for arson on Monday.", "conviction", "A Tulsa landlord"),
])
def test_wording_a_happening_told_in_words_the_vocabulary_had_missed(text, etype, target):
    (e,) = _of(text, etype)
    assert e.modality == "asserted" and (target is ... or e.target_text == target)


@pytest.mark.parametrize("text, etype", [
    ("Last spring a stabbing spree in a Lyon suburb left three dead.", "killing"),
    ("Officers said the teenager was involved in a robbery at a pawn shop on Saturday.", "robbery"),
    ("A spate of robberies that happened near the campus last week has alarmed students.", "robbery"),
    ("Detectives are reviewing the string of burglaries that occurred in Elm Park on Tuesday.", "robbery"),
])
def test_wording_a_noun_is_one_happening_by_the_words_around_it(text, etype):
    assert _of(text, etype)


@pytest.mark.parametrize("text", [
    "The cartel is involved in extortion and kidnapping across the state.",
    "A wave of burglaries has worried the town.",
    "Police fear that shootings will rise this summer.",
])
def test_wording_an_activity_or_a_trend_is_still_no_happening(text):
    assert not [e for e in _events(text) if e.type != "presence"]


@pytest.mark.parametrize("text, etype", [
    ("The trawler's crew caught 40 tons of cod last week.", "arrest"),
    ("A doorbell camera captured the robbery, police said.", "arrest"),
    ("Wardens checked all the lobsters they caught that morning.", "arrest"),
    ("The blue van was caught on a store's security video leaving the lot.", "arrest"),
    ("The cadet was expelled from the naval academy in 2019.", "extradition"),
    ("The family has offered a reward for his arrest.", "arrest"),
    ("A rancher was killed after losing control of his truck and crashing into a canal.", "killing"),
    ("Local police say a woman was killed when her car went off the road and overturned.", "killing"),
    ("Drug arrests in the county have soared since the bridge opened.", "arrest"),
    # criticism, a layoff, custody of children or of evidence
    ("The sheriff came under fire from the White House on Monday for releasing the migrants.", "attack"),
    ("The governor came under fire from House Democrats over the prison budget.", "attack"),
    ("The company fired at least 40 workers at its plant in Monterrey last week.", "attack"),
    ("Child protective services took custody of the three children in Tulsa.", "arrest"),
    ("The FBI took custody of the evidence collected at the scene in Denver.", "arrest"),
])
def test_wording_a_sense_of_the_word_that_tells_no_act(text, etype):
    assert not [e for e in _events(text) if e.type == etype and e.modality in ("asserted", "alleged", "negated")]


def test_wording_a_warrant_for_an_arrest_is_a_charge_not_an_arrest():
    events = _events("Court records show a judge signed a warrant for her arrest on Monday.")
    assert [e.type for e in events if e.type in ("arrest", "charge")] == ["charge"]


@pytest.mark.parametrize("text, etype", [
    ("Police caught the burglar two streets away on Friday.", "arrest"),
    ("Soldiers captured the rebel commander near the river.", "arrest"),
    ("A man was killed when gunmen opened fire on his car.", "killing"),
    ("The government expelled three diplomats from the country on Monday.", "extradition"),
])
def test_wording_the_act_itself_is_still_read(text, etype):
    assert [e for e in _events(text) if e.type == etype and e.modality == "asserted"]


def test_wording_a_verb_joined_to_an_aimed_infinitive_is_aimed_too():
    events = _events("He admitted that he had planned to rob the depot and then attack the guards, the court heard.")
    assert [e.modality for e in events if e.type == "attack"] == ["future"]  # planned: not a happening told
    done = _events("The two men were hired to abduct and kill the witness.")
    assert {e.type: e.modality for e in done if e.type in ("abduction", "killing")} == {"abduction": "asserted", "killing": "asserted"}


@pytest.mark.parametrize("text, etype, modality", [
    ("Under the order he is barred from selling heroin to anyone.", "trafficking", "hypothetical"),
    ("Anyone convicted at trial faces a minimum sentence of five years.", "conviction", "future"),
    ("Two fans were jailed for affray after the match in Leeds.", "conviction", "asserted"),
])
def test_wording_the_mood_a_noun_or_a_penalty_gives(text, etype, modality):
    assert [e.modality for e in _events(text) if e.type == etype] == [modality]


def test_wording_a_bare_verb_the_parse_hangs_on_a_finite_one_shares_the_infinitive_before_it():
    """"…who admitted to having plotted to bomb a depot and then attack a station": the parse may join "attack" to
    "admitted" (a past tense) rather than to "bomb"; a bare verb with no subject or auxiliary of its own still
    shares the "to" of the infinitive before it. Built by hand: the model's parse of one sentence varies."""
    import spacy
    from spacy.tokens import Doc

    from tocsin.read.events.specific import aimed

    words = ["He", "admitted", "to", "having", "plotted", "to", "bomb", "a", "depot", "and", "then", "attack", "a", "station", "."]
    heads = [1, 1, 1, 4, 2, 6, 4, 8, 6, 1, 11, 1, 13, 11, 1]
    deps = ["nsubj", "ROOT", "prep", "aux", "pcomp", "aux", "xcomp", "det", "dobj", "cc", "advmod", "conj", "det", "dobj", "punct"]
    tags = ["PRP", "VBD", "IN", "VBG", "VBN", "TO", "VB", "DT", "NN", "CC", "RB", "VB", "DT", "NN", "."]
    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=words, heads=heads, deps=deps, tags=tags)
    assert aimed(doc[11], "attack", "asserted") == "hypothetical"
    deps[11], tags[11], heads[11] = "conj", "VBD", 1  # "He admitted … and then attacked a station": a deed of its own
    words[11] = "attacked"
    done = Doc(vocab, words=words, heads=heads, deps=deps, tags=tags)
    assert aimed(done[11], "attack", "asserted") == "asserted"


@pytest.mark.parametrize("text, actor, target", [
    ("After a two-day search, Ortiz turned himself in to sheriff's deputies.", "sheriff's deputies", "Ortiz"),
    ("The driver surrendered to police in Fresno on Monday.", "police", "The driver"),
])
def test_wording_one_who_gives_himself_up_is_taken_by_the_authority_he_names(text, actor, target):
    (e,) = _of(text, "arrest")
    assert (e.actor_text, e.target_text) == (actor, target)


@pytest.mark.parametrize("text, etype, target", [
    ("Barnes was cited for failure to yield right of way, Birch said.", "charge", "Barnes"),
    ("The juvenile was issued a citation for offenses involving underage persons and was released.", "charge", "The juvenile"),
    ("Two men who jumped and bit two officers were released on Friday.", "attack", "two officers"),
    ("Two men who jumped and bit two NYPD officers in Queens were released on Monday.", "attack", "two NYPD officers"),
    ("A man bit an Austin police officer outside the bar, officials said.", "attack", "an Austin police officer"),
    ("A passer-by was caught in the crossfire of a gunfight on Elm Street on Monday.", "attack", ...),
    ("A militia fired a rocket at coalition forces in Erbil on Monday.", "attack", "coalition forces"),
    ("A sniper wounded two soldiers near the base on Monday.", "attack", "two soldiers"),
    ("Government forces spent the past week bombarding the port city.", "attack", "the port city"),
    ("Fort Hood, Texas, 2009 — 13 dead and more than 30 injured.", "killing", ...),
    ("Here are some of the criminals taken off the streets of Los Angeles in recent days.", "arrest", "the criminals"),
    ("Last June the Treasury issued sanctions in response to the attacks.", "designation", ...),
])
def test_wording_a_citation_a_wound_a_toll_and_people_taken_off_the_streets_are_happenings(text, etype, target):
    (e,) = _of(text, etype)
    assert e.modality in ("asserted", "negated") and (target is ... or e.target_text == target)


@pytest.mark.parametrize("text, etype", [
    ("She was cited for her bravery by the mayor.", "charge"),
    ("The reporter was bombarded with questions about the budget.", "attack"),
    ("The program helps take guns off the streets of Chicago.", "arrest"),
    ("Scores of violent criminals have been swiftly taken off our streets.", "arrest"),
    ("He was shelling out thousands for rent every month.", "attack"),
    ("A bus overturned on Monday near Houston, leaving 4 dead and 12 injured.", "killing"),  # the toll of a mishap
    ("The victim's mother bit her lip as the judge read the sentence.", "attack"),
    ("The police chief talked a bit with the officers about the case.", "attack"),
    ("The mayor bit into a Texas barbecue sandwich at the fair.", "attack"),
    ("Two officers were wounded the same night in Houston.", "attack"),
    ("The report was cited on Monday by lawmakers.", "charge"),
    ("The officer was cited for outstanding service.", "charge"),
    ("The dog bit local deputies on the hand, the report said.", "attack"),  # a lower-case word is no name before "deputies"
    ("The sheriff's office was bombarded by calls from residents.", "attack"),
    ("The program takes at-risk kids off the streets of Chicago and into after-school classes.", "arrest"),
])
def test_wording_an_award_a_flood_of_questions_guns_and_money_spent_are_no_happenings(text, etype):
    assert not _of(text, etype)


@pytest.mark.parametrize("text", [
    "The attack, which reportedly wounded two soldiers, took place near the border.",
    "The blast wounded two soldiers near the border on Monday.",
])
def test_wording_a_hurt_a_happening_did_is_no_happening_of_its_own(text):
    # the noun tells the happening; "wounded" only whom it hurt (not "a sniper wounded two soldiers"), and a hurt
    # told as hearsay ("reportedly") names no target
    events = _events(text)
    assert [e.type for e in events] == ["attack"] and not events[0].trigger.lower().startswith("wound")
    assert events[0].target_text is None


def test_wording_a_failure_to_arrest_anyone_is_no_arrest_told():
    # "anyone" is no kind of people the failure leaves open: no one was arrested (negated), not a possible arrest
    assert [e.modality for e in _of("The sheriff's failure to arrest anyone in Dallas angered residents.", "arrest")] in ([], ["negated"])
