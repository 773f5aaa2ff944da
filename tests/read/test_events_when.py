"""Which of a sentence's times is an event's (events/when.py): the trigger's own, not an offence's or a description's;
a happening counted back from a day; an act the document itself performs."""

import pytest

pytestmark = pytest.mark.model


def _events(make_doc, text, published, language="en"):
    from tocsin.read import read_many

    doc = make_doc(text, language=language, published_at=published)
    ((_, ann),) = read_many([doc], gated=False)
    return ann.events


@pytest.mark.parametrize("text, kind", [
    ("Peter Zavell pleaded guilty to one count of filing a false tax return for the year 2000.", "conviction"),
    ("Two freight carriers are charged with engaging in the conspiracy from in or about February 2003.", "charge"),
])
def test_when_the_time_of_an_offence_does_not_date_the_court_step(make_doc, text, kind):
    steps = [e for e in _events(make_doc, text, "2009-01-13") if e.type == kind]
    assert steps and all(e.date_basis == "published" for e in steps)


def test_when_a_relative_clause_time_yields_to_the_events_own(make_doc):
    text = ("Christian Milton, who served as vice president of the insurer from approximately 1982 to March 2005, was "
            "convicted by a federal jury on Feb. 25, 2008.")
    assert [e.date_value for e in _events(make_doc, text, "2009-01-13") if e.type == "conviction"] == ["2008-02-25"]


def test_when_a_relative_clause_time_stands_when_there_is_no_other(make_doc):
    text = "Williams is accused of killing Doris Jackson, whose strangled body was found inside her home Feb. 26."
    assert [e.date_value for e in _events(make_doc, text, "2009-03-24") if e.type == "killing"] == ["2009-02-26"]


def test_when_a_clause_on_the_trigger_itself_dates_it(make_doc):
    text = "Iran bears responsibility for the horrific Hamas massacres committed on October 7, 2023."
    assert [e.date_value for e in _events(make_doc, text, "2025-02-04") if e.type == "killing"] == ["2023-10-07"]


def test_when_an_arrest_keeps_the_time_of_what_it_was_for(make_doc):
    text = "A Louisiana man was arrested for carrying a concealed deadly weapon Sunday following a traffic stop."
    assert [e.date_value for e in _events(make_doc, text, "2009-03-30") if e.type == "arrest"] == ["2009-03-29"]


@pytest.mark.parametrize("text, published, kind, day", [
    ("Today, three years after the murder of George Floyd, the President paid tribute to his family.", "2023-05-25", "killing",
     "2020-05-25"),
    ("Yesterday marked six years since Parkland, and Tuesday marked one year since the shooting at Michigan State University.",
     "2024-02-15", "attack", "2023-02-13"),
    ("Today marks one year since their father was murdered.", "2021-05-25", "killing", "2020-05-25"),
])
def test_when_a_happening_counted_back_from_a_day_is_dated_by_the_count(make_doc, text, published, kind, day):
    assert [(e.date_value, e.date_precision) for e in _events(make_doc, text, published) if e.type == kind] == [(day, "day")]


def test_when_a_count_with_no_day_to_count_from_dates_nothing(make_doc):
    text = "Two days after the attack, police arrested three men in Denver."
    arrests = [e for e in _events(make_doc, text, "2023-05-14") if e.type == "arrest"]
    assert arrests and all(e.date_basis == "published" for e in arrests)


@pytest.mark.parametrize("text, language, day", [
    ("On Tuesday, two days after the attack, police arrested Juan Perez in Houston.", "en", "2025-03-11"),
    ("On Monday, ten years after he fled Mexico, Joaquin Lopez was arrested in Phoenix.", "en", "2025-03-10"),
    ("El martes, dos días después del ataque, la policía detuvo a Juan Pérez en Monterrey.", "es", "2025-03-11"),
])
def test_when_a_count_beside_the_trigger_does_not_date_it(make_doc, text, language, day):
    # the count dates what its "since/after" phrase tells, not the happening the sentence's own day dates
    arrests = [e for e in _events(make_doc, text, "2025-03-12", language) if e.type == "arrest"]
    assert [e.date_value for e in arrests] == [day]


@pytest.mark.parametrize("text, language, kind, value, precision", [
    ("It has been 10 years since the massacre in Iguala.", "en", "killing", "2015", "year"),
    ("Se cumplen tres años del asesinato del periodista en Culiacán.", "es", "killing", "2022", "year"),
    ("It has been six months since the kidnapping of the two students.", "en", "abduction", "2024-09", "month"),
])
def test_when_a_count_from_the_time_of_writing_is_as_fine_as_its_unit(make_doc, text, language, kind, value, precision):
    events = [e for e in _events(make_doc, text, "2025-03-10", language) if e.type == kind]
    assert [(e.date_value, e.date_precision) for e in events] == [(value, precision)]


def test_when_a_spanish_anniversary_counts_back_from_publication(make_doc):
    text = "Hoy se cumplen tres años del asesinato del periodista en Culiacán."
    killings = [e for e in _events(make_doc, text, "2024-05-15", "es") if e.type == "killing"]
    assert [e.date_value for e in killings] == ["2021-05-15"]


def test_when_an_act_the_document_performs_happens_on_its_day(make_doc):
    text = "Accordingly, I hereby designate the Cartel del Noreste as a Foreign Terrorist Organization."
    designations = [e for e in _events(make_doc, text, "2025-12-15") if e.type == "designation"]
    assert [(e.date_value, e.date_precision, e.date_basis) for e in designations] == [("2025-12-15", "day", "sentence")]


@pytest.mark.parametrize("text, kind", [
    ("Smith was arrested Tuesday after he was accused of stabbing a neighbor.", "attack"),
    ("A clerk was arrested Monday after she was accused of slicing two people and trafficking prescription drugs.", "trafficking"),
])
def test_when_the_time_of_an_accusation_or_a_step_does_not_date_the_offence_it_names(make_doc, text, kind):
    events = _events(make_doc, text, "2009-03-26")
    assert [e.date_basis for e in events if e.type == kind] == ["published"]
    assert [e.date_basis for e in events if e.type == "arrest"] == ["sentence"]


def test_when_an_offence_keeps_the_time_told_inside_it(make_doc):
    text = "Smith was arrested after he was accused of stabbing a neighbor on Sunday."
    assert [e.date_value for e in _events(make_doc, text, "2009-03-26") if e.type == "attack"] == ["2009-03-22"]


@pytest.mark.parametrize("text, kind, day", [
    ("Patricia Moore, 62, was arrested at her home Wednesday afternoon, March, 25, and charged with criminal trespass.",
     "charge", "2009-03-25"),  # a day and its month written apart are one date, the finer
    ("Ruiz was sentenced in March, prosecutors said Tuesday.", "conviction", "2009-03"),  # the day it was said is not the step's
])
def test_when_a_finer_time_inside_the_chosen_one_refines_it(make_doc, text, kind, day):
    assert [e.date_value for e in _events(make_doc, text, "2009-03-27") if e.type == kind] == [day]


@pytest.mark.parametrize("text, kind, published, date", [
    ("Munir Abdulkader had pleaded guilty on March 24 to attempted murder of a government employee.", "conviction",
     "2016-11-23", "2016-03-24"),
    ("Seven men attacked the pair on 25 February last year.", "attack", "2016-12-07", "2015-02-25"),
])
def test_when_a_past_happening_is_dated_before_the_story(make_doc, text, kind, published, date):
    assert [e.date_begin for e in _events(make_doc, text, published) if e.type == kind] == [date]


def test_when_a_clause_on_the_crime_a_court_step_names_dates_the_crime(make_doc):
    text = "Seven men were convicted over the brawl that took place on a deserted street on 25 February last year."
    steps = [e for e in _events(make_doc, text, "2016-12-07") if e.type == "conviction"]
    assert steps and all(e.date_basis == "published" for e in steps)


def test_when_a_place_of_the_events_own_clause_comes_before_another_clauses():
    from tocsin.read.events.clauses import in_own_clause
    from tocsin.read.nlp import pipeline

    parsed = pipeline("en")("Gunmen shot a driver in Lima after soldiers had raided a house in Ate.")
    shot = next(t for t in parsed if t.text == "shot")
    own = in_own_clause({"tok": shot})

    class M:
        def __init__(self, word):
            self.start = parsed.text.index(word)
            self.end = self.start + len(word)

    assert own(M("Lima")) and not own(M("Ate"))


@pytest.mark.parametrize("text, kind, published, date", [
    # a noun, a present or a step still to come keeps the court's calendar ahead
    ("Smith remains in custody pending sentencing on March 24.", "conviction", "2016-11-23", "2017-03-24"),
    ("Smith faces sentencing on Jan. 10.", "conviction", "2016-12-28", "2017-01-10"),
    ("Smith is extradited to the United States tomorrow.", "extradition", "2016-11-23", "2016-11-24"),
    # a day told as one to come ("el próximo 3 de marzo") writes where its year lies
    ("Hombres armados mataron a un policía en Tijuana el próximo 3 de marzo.", "killing", "2016-01-23", "2016-03-03"),
    # a day inside a quotation is what someone says will happen
    ('"On March 24 we will arrest every one of them," the sheriff said after gunmen killed a deputy.', "killing", "2016-11-23",
     "2017-03-24"),
])
def test_when_no_year_back_for_what_is_not_told_as_past(make_doc, text, kind, published, date):
    language = "es" if "mataron" in text else "en"
    assert {e.date_begin for e in _events(make_doc, text, published, language) if e.type == kind} <= {date, published}


def test_when_a_year_back_moves_both_ends_of_an_interval():
    from types import SimpleNamespace

    from tocsin.models import TimeExpression
    from tocsin.read.events.when import year_before

    text = "Gunmen killed a deputy between March 3 and March 5."
    t = TimeExpression(24, 50, text[24:50], "2016-03-03/2016-03-05", "DATE", "day", "2016-03-03", "2016-03-05", guessed=True)
    killed = SimpleNamespace(pos_="VERB", tag_="VBD", dep_="ROOT", children=(), morph=SimpleNamespace(get=lambda k: []))
    killed.head, killed.i = killed, 1
    chosen = (t.value, t.begin, t.end_date)
    assert year_before([t], (0, len(text)), chosen, "2016-01-23", killed, text) == ("2015-03-03/2015-03-05", "2015-03-03", "2015-03-05")
    written = TimeExpression(24, 50, text[24:50], t.value, "DATE", "day", t.begin, t.end_date)  # a year the text writes
    assert year_before([written], (0, len(text)), chosen, "2016-01-23", killed, text) is None


def test_when_a_date_moved_back_a_year_dates_no_other_report():
    from types import SimpleNamespace

    from tocsin.models import TimeExpression
    from tocsin.read.events.when import moved_back

    day = TimeExpression(40, 48, "March 24", "2017-03-24", "DATE", "day", "2017-03-24", "2017-03-24", guessed=True)
    e = SimpleNamespace(date_begin="2016-03-24", evidence_start=0, evidence_end=60)
    assert moved_back(e, [day]) and not moved_back(SimpleNamespace(date_begin="2017-03-24", evidence_start=0, evidence_end=60), [day])


@pytest.mark.parametrize("text, kind", [
    ("Smith was arrested in the apartment where police found him on Friday.", "arrest"),
    ("Smith was charged in the complaint that prosecutors filed on Friday.", "charge"),
])
def test_when_a_clause_on_another_noun_than_a_crime_still_dates_the_step(make_doc, text, kind):
    assert [e.date_begin for e in _events(make_doc, text, "2016-11-23") if e.type == kind] == ["2016-11-18"]


def test_when_a_possessor_place_is_not_where_a_noun_trigger_happened(make_doc):
    from tocsin.read import read_many

    text = ("The investigation resulted in the arrest of Maria Luca Zavoczki, one of Hungary's most sought after criminals, "
            "in Miami Tuesday afternoon.")
    ((_, ann),) = read_many([make_doc(text, published_at="2014-05-22")], gated=False)
    places = {p.key: p.name for p in ann.places}
    assert [places.get(e.place_key) for e in ann.events if e.type == "arrest"] == ["Miami"]


@pytest.mark.parametrize("text, kind", [
    ("Luis Ortega, 31, pleaded guilty to manslaughter for his cousin's death in August 2021.", "conviction"),
    ("A Dayton man was charged with assault for the clerk's stabbing on Friday, the sheriff's office said.", "charge"),
    ("Marta Gil was arrested for her neighbour's killing in March 2019, prosecutors said.", "arrest"),
])
def test_when_a_time_right_after_a_happening_s_noun_does_not_date_the_court_step(make_doc, text, kind):
    """docs/annotation.md §2.4: "his cousin's death in August 2021" is when the death happened, not when the plea was made."""
    steps = [e for e in _events(make_doc, text, "2022-06-14") if e.type == kind]
    assert steps and all(e.date_basis == "published" for e in steps)


@pytest.mark.parametrize("text, kind, day", [
    ("Ortega was sentenced to death on Friday for the murders of two guards.", "conviction", "2022-06-10"),
    ("The cousin was charged on Friday with murder in the death of Ana Ruiz.", "charge", "2022-06-10"),
])
def test_when_a_court_step_keeps_its_own_time_beside_a_death(make_doc, text, kind, day):
    assert [e.date_value for e in _events(make_doc, text, "2022-06-14") if e.type == kind] == [day]


@pytest.mark.parametrize("text, value", [
    ("Deputies arrested her for the shooting last week, and she was charged Thursday with assault.", "2022-W23"),
    ("Reyes was first arrested for the beating in 2016, but the case was dismissed two years later.", "2016"),
    ("Troopers arrested the trucker at the site of the crash on Sunday night.", "2022-06-12"),
    ('"We arrested her at the fire Monday," the sheriff said.', "2022-06-13"),
])
def test_when_a_time_after_a_bare_happening_s_noun_still_dates_the_arrest(make_doc, text, value):
    """Without a possessive the time after "the shooting", "the crash", "the fire" may be the arrest's own."""
    dates = [e.date_value for e in _events(make_doc, text, "2022-06-14") if e.type == "arrest"]
    assert dates and dates[0].startswith(value)


def test_back_from_keeps_the_count_at_the_precision_asked():
    import datetime as dt

    from tocsin.read.events.when import back_from

    anchor = dt.date(2026, 2, 22)
    assert back_from(anchor, 2, "Y", "D") == ("2024-02-22", "2024-02-22", "2024-02-22", "day")
    assert back_from(anchor, 2, "Y", "M")[0] == "2024-02"
    assert back_from(anchor, 3, "M", "M")[0] == "2025-11"
    assert back_from(dt.date(2024, 2, 29), 1, "Y", "D")[0] == "2023-02-28"
