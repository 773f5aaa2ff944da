"""Event records (events/records.py): a legal step named as part of someone's record has no place of the story's; two
happenings of one type a sentence tells apart are two events."""

import pytest

from tocsin.models import Document
from tocsin.read import read_many
from tocsin.read.events.records import _of_a_record


def _f(text: str, trigger: str, etype: str) -> dict:
    start = text.index(trigger)
    return {"type": etype, "trigger": (start, start + len(trigger)), "sentence": (0, len(text))}


@pytest.mark.parametrize(("text", "trigger", "etype"), [
    ("A Peruvian national with convictions for fraud and previous arrests for theft.", "arrests", "arrest"),
    ("A man with a recent arrest for burglary was among them.", "arrest", "arrest"),
    ("A woman whose criminal history includes charges of assault.", "charges", "charge"),
    ("He has been previously deported.", "deported", "extradition"),
])
def test_records_a_step_of_someone_s_record(text, trigger, etype):
    assert _of_a_record(text, _f(text, trigger, etype))


@pytest.mark.parametrize(("text", "trigger", "etype"), [
    ("Officers arrested him at a gas station in Tulsa.", "arrested", "arrest"),
    ("The previous owner was robbed at the store.", "robbed", "robbery"),  # not a legal step
    ("A jury convicted her on Friday.", "convicted", "conviction"),
])
def test_records_a_step_the_story_tells(text, trigger, etype):
    assert not _of_a_record(text, _f(text, trigger, etype))


@pytest.mark.model
@pytest.mark.parametrize("text, count", [
    ("Ruiz, 34, was arrested Saturday for theft after store employees detained him in the parking lot.", 2),
    ("In 2024, a gang member was arrested for drug trafficking and released, before he was finally arrested for robbery.", 2),
    ("Two officers were shot in Dallas on Monday, and another shooting took place at a school in Austin.", 2),
    ("Chilean police arrested one suspect in Arica, and Peruvian police arrested another suspect in Tacna.", 2),
    ("Police arrested and detained the two men on Friday.", 1),
    ("The gunman shot and wounded a clerk at the store on Friday.", 1),
])
def test_records_two_happenings_of_one_type_told_apart_in_a_sentence(text, count):
    """docs/annotation.md §2.3: one sentence that reports two separate happenings of one type gives two events."""
    ((_, ann),) = read_many([Document(id="x", text="Police released the report on Monday.\n\n" + text, source="x",
                                      published_at="2024-03-10", language="en")], gated=False)
    kinds = {e.type for e in ann.events if e.happened and e.type != "presence"} - {"robbery", "trafficking"}
    assert len(kinds) == 1 and len([e for e in ann.events if e.type in kinds]) == count


@pytest.mark.parametrize(("text", "language"), [
    ("Smith was arrested in 2019 and was arrested again on Monday in Denver.", "en"),
    ("Pérez fue detenido en 2019 y fue detenido de nuevo el lunes en Monterrey.", "es"),
])
def test_records_two_happenings_told_apart_each_take_the_places_of_their_own_clause(text, language):
    text = "The office released its report on Monday.\n\n" + text
    ((_, ann),) = read_many([Document(id="x", text=text, source="x", published_at="2025-03-12", language=language)], gated=False)
    arrests = sorted((e for e in ann.events if e.type == "arrest"), key=lambda e: e.trigger_start)
    assert len(arrests) == 2
    assert arrests[0].place_basis not in ("sentence", "story")  # the second's town is not the first's
    assert arrests[1].place_basis == "sentence"


def _events(text: str, published: str, language: str = "en"):
    ((_, ann),) = read_many([Document(id="x", text=text, source="x", published_at=published, language=language)], gated=False)
    return [e for e in ann.events if e.happened]


@pytest.mark.model
@pytest.mark.parametrize(("text", "kind", "day"), [
    # the lede after a headline and a dateline split off as a sentence of its own tells the happening the story dates
    ("Gunman's wife worked at the bar.\n\nCARTHAGE, N.C. (AP) - Investigators are asking whether a man accused of killing "
     "four people in a bar targeted it, police said Monday.\n\nAuthorities said Ray Smith opened fire in the bar on Sunday "
     "night, killing four patrons.", "killing", "2009-03-29"),
    # an older step told first is background: the headline's plea is Monday's
    ("Taco stand killer pleads guilty.\n\nClark, who had been sentenced to probation in March 2008 for battery, shot his "
     "girlfriend at a restaurant.\n\nOn Monday, Clark pleaded guilty to murder in Kanawha Circuit Court.", "conviction", "2009-03-30"),
])
def test_records_a_happening_told_again_takes_the_date_of_the_news(text, kind, day):
    events = [e for e in _events(text, "2009-03-30") if e.type == kind]
    assert events[0].date_begin == day and events[-1].date_begin == day


@pytest.mark.model
@pytest.mark.parametrize(("text", "day"), [
    # the day a release announces a step is the step's, after the verb as before it
    ("WASHINGTON - Peter Smith pleaded guilty to filing a false tax return, the Justice Department announced today.", "2009-01-13"),
    ("WASHINGTON - The Justice Department announced today that Peter Smith pleaded guilty to filing a false tax return.", "2009-01-13"),
    # a time of the step's own stands
    ("WASHINGTON - Peter Smith pleaded guilty in May 2008 to filing a false tax return, the Justice Department announced today.",
     "2008-05-01"),
])
def test_records_the_day_a_step_is_announced_dates_it(text, day):
    plea = next(e for e in _events(text, "2009-01-13") if e.type == "conviction")
    assert plea.date_begin == day


@pytest.mark.model
def test_records_a_happening_told_again_takes_the_day_its_scene_gave_it():
    text = ("Police were called to a boulevard in Paris on Thursday night after reports of gunfire.\n\n"
            "The attack left one officer dead before police shot and killed the gunman.")
    killings = [e for e in _events(text, "2017-04-21") if e.type == "killing"]
    assert killings and all(e.date_begin == "2017-04-20" for e in killings)


@pytest.mark.model
def test_records_a_later_reference_to_one_of_several_dated_happenings_takes_none():
    text = ("Police said Jones shot and killed his neighbor on Sunday in Dayton.\n\nThe killing came weeks after a man killed "
            "two people in a store in Ohio on March 1.\n\nInvestigators believe the killing was planned.")
    last = max((e for e in _events(text, "2009-03-30") if e.type == "killing"), key=lambda e: e.evidence_start)
    assert last.date_basis == "published"


def _placed(text: str, url: str | None = None) -> list[tuple[str, str | None, str]]:
    ((_, ann),) = read_many([Document(id="x", text=text, source="x", published_at="2024-05-02", language="en", url=url)], gated=False)
    names = {p.key: p.name for p in ann.places}
    return [(e.type, names.get(e.place_key), e.place_basis) for e in ann.events]


def test_records_a_country_that_only_says_whose_someone_is_makes_no_focus():
    """A country written before a noun ("the U.S. Attorney", "U.S. Magistrate Judge") says whose an office is, not
    where the story happened: the document's focus is the town it names as a place, not the country."""
    text = ("Two guards charged in death of inmate\n\n"
            "A grand jury indictment was returned today in Tulsa against two jail guards, U.S. Attorney Ann Green said.\n\n"
            "The guards were arrested this morning. U.S. Magistrate Judge Mark Hill set bond for both, "
            "and U.S. prosecutors asked that they stay in custody.")
    arrest = next(e for e in _placed(text) if e[0] == "arrest")
    assert arrest[1:] == ("Tulsa", "document")


def test_records_a_release_s_own_dateline_makes_no_focus():
    """An official release's dateline ("WASHINGTON –") is where it was issued: it counts toward no happening's place,
    the town the release names as where things happened does."""
    text = ("WASHINGTON – Two guards were indicted today in Tulsa for beating an inmate, U.S. Attorney Ann Green of Washington "
            "said.\n\nThe guards were arrested this morning without incident.")
    arrest = next(e for e in _placed(text, url="https://www.justice.gov/opa/pr/x") if e[0] == "arrest")
    assert arrest[1:] == ("Tulsa", "document")


def test_records_a_town_s_own_force_still_counts_toward_the_focus():
    """Only a country before a noun is left out of the focus: a town before its force ("Tulsa police") still tells where
    the story is."""
    text = "Tulsa police said a man was arrested on Friday.\n\nThe man was arrested at his home, Tulsa police said."
    assert all(place == "Tulsa" for etype, place, _ in _placed(text) if etype == "arrest")


@pytest.mark.parametrize(("text", "etype", "place"), [
    # a country written before a noun says whose the weapon or the office is, not where the act was
    ("A U.S. drone strike killed two militants in Yemen on Monday.", "killing", "Yemen"),
    ("Canadian-born Tom Reed, a U.S. Navy contractor, was arrested in Manila on Friday.", "arrest", "Manila"),
    # but the country's own ground is where
    ("The fugitive was arrested on U.S. soil on Friday.", "arrest", "United States"),
])
def test_records_a_country_before_a_noun_in_the_sentence_says_whose_not_where(text, etype, place):
    assert next(p for t, p, _ in _placed(text) if t == etype) == place


@pytest.mark.parametrize(("text", "etype", "place"), [
    # a country before the event's own trigger or a place noun is where it happened, not whose
    ("A Haiti gang attack killed 20 people on Sunday.\n\nThe attack was condemned by officials in Washington on Monday.",
     "killing", "Haiti"),
    ("Twelve inmates were killed in a Honduras prison fire on Sunday.\n\nRelatives gathered outside a morgue in Miami on "
     "Monday.", "killing", "Honduras"),
    ("An Ecuador prison riot killed 31 inmates on Sunday.\n\nThe prison's director was later arrested in Lima, Peru.",
     "killing", "Ecuador"),
    ("A Mexico cartel attack killed six police officers on Sunday.\n\nThe officers had trained in Texas last year.",
     "killing", "Mexico"),
])
def test_records_a_country_before_its_happening_is_where(text, etype, place):
    assert next(p for t, p, _ in _placed(text) if t == etype) == place


@pytest.mark.parametrize(("text", "etype", "place"), [
    ("Two militants were killed in an U.S. drone strike in Yemen on Monday.", "killing", "Yemen"),
    ("A soldier was killed in a U.S. military base in Syria on Monday.", "killing", "Syria"),
    ("Un ataque con drones de Estados Unidos mató a tres milicianos en Siria.", "killing", "Syria"),
    ("Troops killed the group's leader in Syria, allowing the U.S. combat mission to end.", "killing", "Syria"),
])
def test_records_a_state_s_instrument_says_whose(text, etype, place):
    language = "es" if text.startswith("Un ") else "en"
    ((_, ann),) = read_many([Document(id="x", text=text, source="x", published_at="2024-05-02", language=language)], gated=False)
    names = {p.key: p.name for p in ann.places}
    placed = [names.get(e.place_key) for e in ann.events if e.type == etype]
    assert placed and placed[0] in (place, "Siria")


@pytest.mark.parametrize(("text", "place"), [
    # a country before a state's undertakings says whose they are: the killing is not placed in the United States
    ("The Navy increased U.S. counterterrorism activities and killed dozens of fighters, including a senior commander "
     "in Somalia.", "Somalia"),
    ("The Army stepped up U.S. security efforts and killed three militants, including a bomb maker in Yemen.", "Yemen"),
])
def test_records_a_country_before_its_undertakings_says_whose(text, place):
    placed = [p for t, p, _ in _placed(text) if t == "killing"]
    assert placed and placed[0] == place


@pytest.mark.parametrize(("text", "place"), [
    # near misses: a city's activities are where, and a country before a happening stays where it happened
    ("Two officers were killed on Monday during the Chicago activities of a federal task force.", "Chicago"),
    ("A Honduras prison riot killed twelve inmates on Monday, including a gang leader from Guatemala.", "Honduras"),
])
def test_records_a_city_s_activities_or_a_country_s_happening_is_where(text, place):
    placed = [p for t, p, _ in _placed(text) if t == "killing"]
    assert placed and placed[0] == place


@pytest.mark.parametrize("text, place", [
    # a city or state before an operation, a mission or a presence is where; only a country's are its own
    ("Two soldiers were killed during the army's Guanajuato operations on Monday.", "Guanajuato"),
    ("Gunmen killed two officers during a Chicago police operation on Monday.", "Chicago"),
    ("Gunmen killed two officers in an ambush on the Chicago mission on Monday.", "Chicago"),
])
def test_records_a_city_before_an_operation_is_where(text, place):
    placed = [p for t, p, _ in _placed(text + "\n\nThe officers had trained in Texas last year.") if t == "killing"]
    assert placed and placed[0] == place


@pytest.mark.parametrize(("text", "etype", "place"), [
    ("HOUSTON – A 34-year-old man was sentenced today to 20 years in prison for a gun crime, U.S. Attorney Ann Green "
     "announced.\n\nEvidence at trial showed the man had driven to Dallas with the gun.", "conviction", "Houston"),
    ("MIAMI – Two MS-13 members were indicted today on racketeering charges, U.S. Attorney Ann Green announced.\n\n"
     "The men had recruited teenagers in Orlando, prosecutors said.", "charge", "Miami"),
])
def test_records_a_local_release_s_dateline_holds_its_court_events(text, etype, place):
    found = [p for t, p, _ in _placed(text, url="https://www.justice.gov/usao-sdtx/pr/x") if t == etype]
    assert found and found[0] in (place, "United States")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Tom Reyes of Scranton was arrested on Friday at a store in Allentown.",
    "Police said Ana Cruz of Scranton was arrested on Friday at a mall in Allentown.",
])
def test_records_a_person_s_home_after_of_is_not_where_they_were_arrested(text):
    """"Tom Reyes of Scranton" lives there: the arrest is placed where the sentence says it took place."""
    placed = [p for t, p, _ in _placed(text) if t == "arrest"]
    assert placed == ["Allentown"]


@pytest.mark.model
@pytest.mark.parametrize(("text", "etype"), [
    ("Police arrested a convicted sex offender in Dayton on Friday.", "conviction"),
    ("Deputies in Dayton arrested two convicted felons on Friday.", "conviction"),
    # a theft that describes the thing taken: the sentence tells where the thing is now
    ("Local police recovered her stolen car in Athens on Friday.", "robbery"),
    ("Officers in Lewisburg pulled over an SUV after learning it had been reported stolen.", "robbery"),
])
def test_records_a_step_that_describes_someone_or_something_takes_no_place_of_the_sentence(text, etype):
    """A "convicted sex offender" arrested in Dayton was not convicted there, nor a "stolen car" recovered in Athens
    stolen there: the arrest is placed, the conviction is not."""
    placed = _placed(text)
    assert [p for t, p, _ in placed if t == etype] and all(p is None for t, p, _ in placed if t == etype)
    assert all(p == "Dayton" for t, p, _ in placed if t == "arrest")


@pytest.mark.model
@pytest.mark.parametrize(("text", "etype", "place"), [
    ("Ruiz was convicted in Dayton on Friday of two counts of robbery.", "conviction", "Dayton"),
    ("Two men stole a car in Athens on Friday.", "robbery", "Athens"),
])
def test_records_a_step_told_as_a_happening_keeps_its_place(text, etype, place):
    assert dict((t, p) for t, p, _ in _placed(text)).get(etype) == place


@pytest.mark.model
@pytest.mark.parametrize(("text", "place"), [
    # a state's instrument named in another relative clause does not place the event
    ("The men, who will soon stand trial on Mexican soil, include a boss who killed a reporter in 1999.", None),
    # in the event's own clause, or one coordinated with it, it does
    ("Reed was held hostage by the Russian government and sentenced to 14 years in a Russian prison.", "Russia"),
])
def test_records_a_demonym_s_instrument_places_only_an_event_of_its_clause(text, place):
    placed = [p for t, p, _ in _placed(text) if t in ("killing", "abduction")]
    assert placed and placed[0] == place
