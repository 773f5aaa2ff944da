"""The time a story's narrative is in (events/timeline.py): past steps of a scene take the day it was set on."""

import pytest

pytestmark = pytest.mark.model


def _ann(make_doc, text, published):
    from tocsin.read import read_many

    doc = make_doc(text, published_at=published)
    ((_, ann),) = read_many([doc], gated=False)
    return ann


@pytest.mark.parametrize("text, published, kind, day", [
    ("Deputies were called to a gas station on Elm Street about 9 p.m. Thursday after a clerk reported a fight.\n\n"
     "The man ran into a field behind the station, and officers arrested him a few minutes later.", "2024-10-22", "arrest", "2024-10-17"),
    # an attempt told in the simple past is a step too
    ("A woman was walking to her car in a store parking lot on Sunday afternoon, police said.\n\n"
     "The man got out of a van and tried to grab the purse off her shoulder.", "2009-03-23", "robbery", "2009-03-22"),
    # "before" that opens a clause orders two steps of one scene; it does not set the second apart as earlier
    ("A gunman opened fire on guards outside the embassy on Thursday night.\n\n"
     "He wounded two of them before soldiers shot and killed him.", "2017-04-21", "killing", "2017-04-20"),
    ("Officers were sent to a bar on Pine Street on Saturday.\n\n"
     "Two men stabbed a bouncer before police arrested them in the parking lot.", "2024-10-22", "arrest", "2024-10-19"),
    # a clause of "where" tells a step at the place the scene reached
    ("The defendants met at a bar in Staten Island on Nov. 4, 2008.\n\n"
     "Nicoletti then drove to the Port Richmond section, where the defendants assaulted an unidentified man.", "2009-02-02",
     "attack", "2008-11-04"),
    ("The defendants met at a bar in Staten Island on Nov. 4, 2008.\n\n"
     "Nicoletti then drove to the Port Richmond section of Staten Island, where the defendants assaulted a man.", "2009-02-02",
     "attack", "2008-11-04"),
    # a happening's noun where someone came to harm, in a step of the scene
    ("A drug dealer was arrested after a police raid on a farm outside the town early Friday.\n\n"
     "A policeman was also wounded in the shootout.", "2009-03-20", "attack", "2009-03-20"),
    ("Officers were sent to a house on Pine Street on Saturday night.\n\n"
     "Two deputies were wounded in a shootout at the back door.", "2024-10-22", "attack", "2024-10-19"),
    ("Police were called to a nightclub on Main Street on Sunday.\n\n"
     "A man was stabbed during the brawl outside the door.", "2024-10-22", "attack", "2024-10-20"),
    # a sentence that drops its auxiliary, as speeches and lists do
    ("Gunmen stormed the village on Tuesday.\n\nDozens taken hostage, including children.", "2024-10-24", "abduction", "2024-10-22"),
    ("Hamas crossed the border on October 7th in 2023.\n\n"
     "Over 1,200 innocent people — babies, parents, grandparents — slaughtered in their kibbutz, massacred at a musical festival.",
     "2024-05-07", "killing", "2023-10-07"),
    # a day with its year set apart by a comma is one date
    ("The gang attacked the convoy on March 3, 2022.\n\nTwo soldiers were shot and killed.", "2024-01-10", "killing", "2022-03-03"),
])
def test_timeline_a_past_step_of_the_scene_takes_its_day(make_doc, text, published, kind, day):
    ann = _ann(make_doc, text, published)
    step = next(e for e in ann.events if e.type == kind)
    assert (step.date_begin, step.date_basis) == (day, "story")


@pytest.mark.parametrize("second", [
    "He is charged with assault and remains in the county jail.",  # a present state, and a legal step
    "He had previously been arrested for shoplifting.",  # a step the text sets apart as earlier
])
def test_timeline_no_day_for_what_is_no_step_of_the_scene(make_doc, second):
    text = ("Deputies were called to a gas station on Elm Street about 9 p.m. Thursday after a clerk reported a fight.\n\n"
            + second)
    ann = _ann(make_doc, text, "2024-10-22")
    assert all(e.date_basis == "published" for e in ann.events if e.evidence_start > 60)


def test_timeline_the_day_something_was_said_sets_no_scene(make_doc):
    text = ("The county sheriff said Monday that the investigation was going on.\n\n"
            "Officers arrested two men at a house on Oak Lane.")
    ann = _ann(make_doc, text, "2024-10-22")
    arrest = next(e for e in ann.events if e.type == "arrest")
    assert arrest.date_basis == "published"


@pytest.mark.parametrize("text", [
    "The raid took place at a warehouse on Saturday.\n\nRuiz was arrested a week later in Laredo.",
    "Officers were called to a bar on Pine Street on Sunday.\n\nThe next day, deputies arrested a man at his home.",
    "On Jan. 5, Dallas police arrested Juan Ruiz at a motel.\n\nIn a separate case, Houston officers arrested Ana Soto.",
])
def test_timeline_a_later_day_or_another_case_moves_off_the_scene(make_doc, text):
    ann = _ann(make_doc, text, "2024-10-22")
    last = max((e for e in ann.events if e.type == "arrest"), key=lambda e: e.evidence_start)
    assert last.date_basis != "story"


@pytest.mark.parametrize("scene, second", [
    ("Police were called to a bar on Pine Street on Saturday.", "The bar stands in Kensington, where a journalist was murdered."),
    ("Police were called to a bar on Pine Street on Saturday.",
     "The victim's mother recalled the day when gang members killed her other son."),
    ("Smith met the victim at a bar on Saturday.", "Smith is from Honduras, where MS-13 killed his brother."),
    ("Smith met the victim at a bar on Saturday.", "Smith grew up in Kensington, where gang members shot his father."),
    ("Smith met the victim at a bar on Saturday.", "The victim worked at a store where robbers shot a clerk."),
    ("Smith met the victim at a bar on Saturday.", "He was deported to Honduras, where gang members shot him."),
])
def test_timeline_a_where_clause_that_describes_a_place_is_no_step(make_doc, scene, second):
    ann = _ann(make_doc, scene + "\n\n" + second, "2016-11-23")
    assert all(e.date_basis == "published" for e in ann.events if e.evidence_start > len(scene))



@pytest.mark.parametrize("text, kind, day", [
    # a gerund ordered within a past step ("before", "after", "by", "upon") is a step of the same scene
    ("Officers chased a man from a pawn shop on Maple Avenue on Friday night.\n\n"
     "He climbed a fence and crossed a rail yard before turning on a deputy and striking him in the face.", "attack", "2024-10-18"),
    ("Officers chased a man from a pawn shop on Maple Avenue on Friday night.\n\n"
     "He climbed a fence before attacking a deputy with a pipe.", "attack", "2024-10-18"),
    ("Two clerks were working at a liquor store on Grand Street on Sunday evening.\n\n"
     "A customer stopped the robber by shooting him in the leg.", "attack", "2024-10-20"),
    ("Deputies were called to a farm outside Bolton on Thursday.\n\n"
     "The man fled across a field after robbing the farmer of his wallet.", "robbery", "2024-10-17"),
    ("Guards patrolled the yard of the county jail on Wednesday.\n\n"
     "Two inmates rushed the gate upon seeing a guard and kidnapping him at knifepoint.", "abduction", "2024-10-16"),
    ("Guards patrolled the yard of the county jail on Wednesday.\n\n"
     "Two inmates broke a window before taking a guard hostage.", "abduction", "2024-10-16"),
])
def test_timeline_a_gerund_ordered_within_a_step_takes_the_scene_day(make_doc, text, kind, day):
    ann = _ann(make_doc, text, "2024-10-22")
    step = next(e for e in ann.events if e.type == kind)
    assert (step.date_begin, step.date_basis) == (day, "story")


@pytest.mark.parametrize("second", [
    "He is accused of robbing the farmer of his wallet.",  # what someone is accused of: no step ordered in a scene
    "He had fled before robbing the farmer of his wallet.",  # a pluperfect: set before the scene
    "He will face trial after robbing the farmer of his wallet.",  # a clause ahead, not a past step
    "He is known for robbing farmers of their wallets.",  # a present state
])
def test_timeline_a_gerund_outside_a_past_step_takes_no_scene_day(make_doc, second):
    text = "Deputies were called to a farm outside Bolton on Thursday.\n\n" + second
    ann = _ann(make_doc, text, "2024-10-22")
    robbery = next(e for e in ann.events if e.type == "robbery")
    assert robbery.date_basis == "published"


@pytest.mark.parametrize("second, kind", [
    ("A murdered Black family draped over the fence of their home.", "killing"),  # a participle describing its noun
    ("Two men were wounded in a shootout last year.", "attack"),  # a time of its own: last year
    ("His brother, murdered in 2015, was buried in Ohio.", "killing"),  # a participle with a time of its own
])
def test_timeline_no_day_for_nouns_and_fragments_off_the_scene(make_doc, second, kind):
    text = "Deputies were called to a gas station on Elm Street about 9 p.m. Thursday after a clerk reported a fight.\n\n" + second
    ann = _ann(make_doc, text, "2024-10-22")
    told = [e for e in ann.events if e.type == kind and e.evidence_start > 60]
    assert told and all(e.date_begin != "2024-10-17" for e in told)


@pytest.mark.parametrize("sentence, noun, verb", [
    ("A policeman was also wounded in the shootout.", "shootout", "wounded"),
    ("Two deputies were hurt during the robbery.", "robbery", "hurt"),
    ("He was arrested in the shooting.", "shooting", None),  # a legal step names a crime that may be older than it
    ("He was charged in the robbery.", "robbery", None),
    ("He was killed after the shooting.", "shooting", None),  # another happening, ordered after it
    ("He described the shooting in detail.", "shooting", None),  # no scene of harm
])
def test_timeline_a_noun_is_where_the_step_happened(english, sentence, noun, verb):
    from tocsin.read.events.timeline import _undergone_in

    tok = next(t for t in english(sentence) if t.text == noun)
    found = _undergone_in(tok)
    assert (found.text if found is not None else None) == verb


@pytest.mark.parametrize("text, published, end", [
    ("Four homes were burglarized in Hopkinton this week.", "2009-03-28", "2009-03-28"),
    ("Police arrested two men this week for receiving stolen property.", "2009-03-25", "2009-03-25"),
    ("Gunmen killed a shopkeeper in Valencia this month.", "2024-05-08", "2024-05-08"),
    ("Gunmen killed a shopkeeper in Valencia last week.", "2024-05-08", "2024-05-05"),  # a period over before publication
])
def test_timeline_a_past_happening_ends_by_publication(make_doc, text, published, end):
    ann = _ann(make_doc, text, published)
    assert ann.events and all(e.date_end == end for e in ann.events)


def test_timeline_a_happening_ahead_keeps_its_period(make_doc):
    ann = _ann(make_doc, "He will be sentenced this week in federal court for robbing a bank.", "2009-03-25")
    ahead = [e for e in ann.events if not e.happened and e.date_end]
    assert all(e.date_end > "2009-03-25" for e in ahead)
