import datetime as dt

import pytest

from tocsin.read.dates import find_time_expressions, find_times, normalize

DCT = dt.date(2024, 3, 2)  # a Saturday


@pytest.mark.parametrize(
    "text,value,precision",
    [
        ("February 21, 2024", "2024-02-21", "day"),
        ("el 21 de febrero", "2024-02-21", "day"),
        ("el viernes 1 de marzo", "2024-03-01", "day"),
        ("on Wednesday", "2024-02-28", "day"),
        ("el martes pasado", "2024-02-27", "day"),
        ("next Tuesday", "2024-03-05", "day"),
        ("hace una década", "2014", "year"),
        ("two years ago", "2022", "year"),
        ("one year ago today", "2023-03-02", "day"),  # an anniversary, to the day
        ("twenty-four years ago today", "2000-03-02", "day"),  # tens and units joined by a hyphen: 24, not 4
        ("Twenty-five years ago", "1999", "year"),
        ("four years ago", "2020", "year"),
        ("hoy hace un año", "2023-03-02", "day"),
        ("in June", "2023-06", "month"),
        ("marzo de 2024", "2024-03", "month"),
        ("last week", "2024-W08", "week"),
        ("la semana pasada", "2024-W08", "week"),
        ("el año pasado", "2023", "year"),
        ("ayer", "2024-03-01", "day"),
        ("the fourth quarter", "2024-Q4", "quarter"),
        ("18 months", "P18M", "duration"),
        ("a 12-year", "P12Y", "duration"),
        ("now", "PRESENT_REF", "reference"),
        ("weekly", "P1W", "set"),
        ("the 1990s", "199", "decade"),
        ("last September", "2023-09", "month"),
        ("Friday morning", "2024-03-01TMO", "part of day"),
    ],
)
def test_dates_normalize(text, value, precision):
    got = normalize(text, DCT, "es" if text.startswith(("el", "la", "hace", "hoy", "ayer", "marzo")) else "en")
    assert (got.value, got.precision) == (value, precision)


def test_dates_interval_covers_the_period():
    got = normalize("February 2024", DCT)
    assert (got.begin, got.end) == ("2024-02-01", "2024-02-29")


def test_dates_without_publication_date_only_absolute():
    assert normalize("21 February 2024", None).value == "2024-02-21"
    assert normalize("yesterday", None).precision == "unknown"


@pytest.mark.parametrize("text, found", [
    ("Protesters may march on Friday. It happened in March 2024.", ["on Friday", "March 2024"]),
    # the verb in lower case, whatever number stands near it (a name's, a count's)
    ("Barrio 18 may be one of the largest gangs in Guatemala.", []),
    ("Police said 12 may face charges; 40 march to city hall.", []),
    ("It happened on May 5, and again in March 2024.", ["on May 5", "March 2024"]),
])
def test_dates_find_skips_verbs_may_and_march(text, found):
    assert [text[s:e] for s, e in find_time_expressions(text)] == found


def test_dates_future_cue_and_ages():
    text = "Troopers will join patrols by Monday. The 54-year-old was shot on Tuesday."
    ents = [(text.index("54"), text.index("54") + 11, "DATE")]
    got = {t.text: t.value for t in find_times(text, ents, "2024-09-12", "en")}
    assert got == {"Monday": "2024-09-16", "on Tuesday": "2024-09-10"}


@pytest.mark.parametrize("text,value,precision,begin,end", [
    ("from January to June 2007", "2007-01/2007-06", "month", "2007-01-01", "2007-06-30"),
    ("March 2006 through June 2007", "2006-03/2007-06", "month", "2006-03-01", "2007-06-30"),
    ("between 2005 and 2008", "2005/2008", "year", "2005-01-01", "2008-12-31"),
    ("2005-2008", "2005/2008", "year", "2005-01-01", "2008-12-31"),
    ("May 2 to 4, 2008", "2008-05-02/2008-05-04", "day", "2008-05-02", "2008-05-04"),
    ("November to February", "2023-11/2024-02", "month", "2023-11-01", "2024-02-29"),
    ("entre enero y marzo de 2008", "2008-01/2008-03", "month", "2008-01-01", "2008-03-31"),
    ("del 3 al 5 de enero de 2010", "2010-01-03/2010-01-05", "day", "2010-01-03", "2010-01-05"),
])
def test_dates_an_interval_written_as_its_two_ends(text, value, precision, begin, end):
    """A range is one time expression, from the first day of one end to the last of the other (before, its
    parts were read alone: "January" of "from January to June 2007" became the January before publication)."""
    got = normalize(text, DCT, "es" if text.startswith(("entre", "del")) else "en")
    assert (got.value, got.precision, got.begin, got.end) == (value, precision, begin, end)


def test_dates_a_statute_section_is_no_year():
    text = "He was designated under 21 U.S.C. 1901 and Section 1189 in 2017."
    ents = [(text.index("1901"), text.index("1901") + 4, "DATE"), (text.index("1189"), text.index("1189") + 4, "DATE")]
    assert [t.value for t in find_times(text, ents, "2025-03-15", "en")] == ["2017"]


def test_dates_a_date_cut_at_the_period_of_a_months_short_form_keeps_its_day():
    from tocsin.read.dates import find_times

    text = "a suspect in the Dec. 5 bank robbery; the Nov. 30, 2008 raid; in Dec. he left; in Jan. 2009 he returned"
    found = {t.text: (t.value, t.precision) for t in find_times(text, [], "2009-03-16", "en")}
    assert found["the Dec. 5"] == ("2008-12-05", "day") and found["the Nov. 30, 2008"] == ("2008-11-30", "day")
    assert found["Jan"] == ("2009-01", "month")  # a year after the period is no day


@pytest.mark.parametrize("text,value,begin,end", [
    ("in recent days", "2024-02-24/2024-03-02", "2024-02-24", "2024-03-02"),
    ("over the past weekend", "2024-W08-WE", "2024-02-24", "2024-02-25"),  # published on a Saturday: the weekend before
    ("in just the past week", "2024-02-24/2024-03-02", "2024-02-24", "2024-03-02"),
    ("within the last three days", "2024-02-28/2024-03-02", "2024-02-28", "2024-03-02"),
    ("in the last 48 hours", "2024-02-29/2024-03-02", "2024-02-29", "2024-03-02"),  # two days up to publication
    ("over the past 24 hours", "2024-03-01/2024-03-02", "2024-03-01", "2024-03-02"),
    ("en las últimas 24 horas", "2024-03-01/2024-03-02", "2024-03-01", "2024-03-02"),
    ("en los últimos días", "2024-02-24/2024-03-02", "2024-02-24", "2024-03-02"),
    ("el fin de semana pasado", "2024-W08-WE", "2024-02-24", "2024-02-25"),
    ("this weekend", "2024-W09-WE", "2024-03-02", "2024-03-03"),  # the day's own
])
def test_dates_a_period_that_ends_at_publication(text, value, begin, end):
    """"In recent days", "over the past weekend": the days up to publication (before, no date, or a duration)."""
    got = normalize(text, DCT, "es" if text.startswith(("en", "el")) else "en")
    assert (got.value, got.begin, got.end) == (value, begin, end)


def test_dates_a_period_is_found_with_its_preposition_and_for_keeps_a_duration():
    text = "Deputies seized rifles in recent days. He was held for the past two weeks. In the last days of the war, more."
    found = {t.text: t.value for t in find_times(text, [], "2024-03-02", "en")}
    assert found == {"in recent days": "2024-02-24/2024-03-02"}
    assert normalize("for the past two weeks", DCT).value == "P2W"
    assert normalize("for the past 48 hours", DCT).value == "PT48H"  # held that long: a duration


@pytest.mark.parametrize("text, kept", [
    ("Police recovered her stolen 1989 Mercury Marquis in Athens.", []),  # a car's model year
    ("Two men from the March 23 Movement were sanctioned.", []),  # a movement's name
    ("A 2005 Honda Civic was stolen on Tuesday.", ["on Tuesday"]),
    ("He was arrested on March 23 and charged.", ["on March 23"]),
    ("In 2023 Congress acted.", ["2023"]),  # no determiner: a year
])
def test_dates_a_date_inside_a_name_is_no_time(text, kept):
    assert [t.text for t in find_times(text, [], "2009-03-30", "en")] == kept


def test_dates_an_anniversary_to_the_day_is_found_whole():
    text = "The op-ed honors those killed in Buffalo one year ago today, and in Uvalde."
    assert [text[s:e] for s, e in find_time_expressions(text)] == ["one year ago today"]


@pytest.mark.parametrize("text, ents, found", [
    # the model takes the part of a day with its hour, which does not normalize: the part of the day is found alone
    ("The taxi was called at about 11.30pm last night.", ["about 11.30pm last night"], [("last night", "2009-03-30")]),
    ("Two men were stabbed early this morning in Cowley.", [], [("early this morning", "2009-03-31")]),
    ("Police said the shop was robbed yesterday afternoon.", [], [("yesterday afternoon", "2009-03-30TAF")]),
    ("Dos hombres fueron detenidos esta mañana en Cúcuta.", [], [("esta mañana", "2009-03-31TMO")]),
    ("He was seen at the last nightclub on the street.", [], []),
])
def test_dates_a_part_of_a_day_is_found_without_its_hour(text, ents, found):
    spans = [(text.index(x), text.index(x) + len(x), "TIME") for x in ents]
    language = "es" if "mañana" in text else "en"
    assert [(t.text, t.value) for t in find_times(text, spans, "2009-03-31", language)] == found


@pytest.mark.parametrize("text, found", [
    # a part of a day a determiner takes into a noun phrase is no time of the story
    ("He was stabbed on the last night of the county fair in July.", [("July", "2008-07")]),
    ("The ship sailed its last night voyage.", []),
    ("A man was killed during an overnight shift in 2019.", [("2019", "2019")]),
    ("Dos hombres fueron detenidos durante un operativo nocturno.", []),
    # nor one the days after it say ("overnight Saturday into Sunday"); alone, the night that ends the day of publication
    ("Gunmen attacked a bar overnight Saturday into Sunday.", [("Saturday", "2009-03-28"), ("Sunday", "2009-03-29")]),
    ("Gunmen attacked a bar overnight in Juarez.", [("overnight", "2009-03-30TNI")]),
    # "her" after a verb is its object, not a determiner; "overnight" before a happening is its time
    ("Police said a man shot her last night in Houston.", [("last night", "2009-03-30")]),
    ("Gunmen kidnapped her early this morning in Celaya.", [("early this morning", "2009-03-31")]),
    ("She was stabbed on her last night in Houston.", []),
    ("The overnight attack on a police station in Celaya killed two officers.", [("overnight", "2009-03-30TNI")]),
    ("An overnight raid in Celaya left three dead.", [("overnight", "2009-03-30TNI")]),
    ("He took an overnight flight to Bogota.", []),
    # every part of a day the pattern finds is dated
    ("He was shot last evening.", [("last evening", "2009-03-30")]),
    ("He was shot late this evening.", [("late this evening", "2009-03-31")]),
    ("He was shot early last evening.", [("early last evening", "2009-03-30")]),
    ("He was shot last night.", [("last night", "2009-03-30")]),
])
def test_dates_a_part_of_a_day_is_the_story_s_only_when_told_as_a_time(text, found):
    language = "es" if "hombres" in text else "en"
    assert [(t.text, t.value) for t in find_times(text, [], "2009-03-31", language)] == found


@pytest.mark.parametrize("text, ents, found", [
    # the model's span holds the determiner, or stops after it: no time either way
    ("He was stabbed on the last night of the county fair in July.", ["the last night", "July"], [("July", "2008-07")]),
    ("A man was killed during an overnight shift in 2019.", ["overnight", "2019"], [("2019", "2019")]),
    ("The taxi was called late last night.", ["late last night"], [("late last night", "2009-03-30")]),
])
def test_dates_a_part_of_a_day_the_model_finds_in_a_noun_phrase_is_no_time(text, ents, found):
    spans = [(text.index(x), text.index(x) + len(x), "TIME") for x in ents]
    assert [(t.text, t.value) for t in find_times(text, spans, "2009-03-31", "en")] == found


@pytest.mark.parametrize("text, value", [
    ("25 February last year", "2015-02-25"),
    ("on Dec. 5 last year", "2015-12-05"),
    ("in March last year", "2015-03"),
    ("5 May this year", "2016-05-05"),
    ("el 25 de febrero del año pasado", "2015-02-25"),
    ("marzo del año pasado", "2015-03"),
])
def test_dates_a_year_told_against_publication(text, value):
    import datetime as dt

    from tocsin.read.dates import normalize

    assert normalize(text, dt.date(2016, 12, 7), "es" if "año" in text else "en").value == value


def test_dates_a_day_and_last_year_are_found_as_one_time():
    from tocsin.read.dates import find_times

    text = "The brawl took place on 25 February last year. He pleaded guilty on Dec. 5 last year."
    assert [t.value for t in find_times(text, [], "2016-12-07", "en")] == ["2015-02-25", "2015-12-05"]


@pytest.mark.parametrize("text, found", [
    # a sentence's end between the month and "Last year"
    ("He was arrested in March. Last year he had been convicted of robbery.", ["2015"]),
    ("He was arrested in Sept. Last year he had been convicted of robbery.", ["2016-09", "2015"]),
    # "may" and "march" as verbs
    ("Officials said the cartel may last year have killed 40 people.", ["2015"]),
    ("Thousands will march this year in Mexico City.", ["2016"]),
    # "last year's" is no year of the day before it
    ("He was convicted in March, last year's worst month.", ["2015"]),
    # an interval whose second end tells the year: both ends that year
    ("Between March 3 and March 5 last year, gunmen killed 4.", ["2015-03-03/2015-03-05"]),
])
def test_dates_a_year_told_against_publication_is_read_only_beside_its_day(text, found):
    from tocsin.read.dates import find_times

    assert [t.value for t in find_times(text, [], "2016-12-07", "en")] == found


@pytest.mark.parametrize("text, language, guessed", [
    ("Gunmen killed a deputy on March 24.", "en", True),
    ("Gunmen killed a deputy on March 24, 2017.", "en", False),
    ("Gunmen killed a deputy on 25 February last year.", "en", False),
    ("Hombres armados mataron a un policía el próximo 3 de marzo.", "es", False),
])
def test_dates_mark_a_year_taken_as_the_closest_to_publication(text, language, guessed):
    from tocsin.read.dates import find_times

    assert [t.guessed for t in find_times(text, [], "2016-11-23", language)] == [guessed]


@pytest.mark.parametrize("text, month, kept", [
    ("On Saturday the nation observed the anniversary of the March on Washington.", "March", False),  # a walk, not a month
    ("They joined the March for Our Lives in the capital.", "March", False),
    ("The March 5 attack left two dead.", "March 5", True),  # a day, written with its number
    ("In March the mayor opened a park.", "March", True),  # a month
    ("He was released in March on bail.", "March", True),  # "on" and no name after it
])
def test_dates_a_march_to_a_place_is_no_month(text, month, kept):
    at = text.index(month)
    found = find_times(text, [(at, at + len(month), "DATE")], "2024-05-01", "en")
    assert any(text[t.start : t.end] == month or month in text[t.start : t.end] for t in found) == kept


def test_dates_an_anniversary_in_words_is_counted_whole():
    text = "Twenty-four years ago today at Columbine High School, 12 students and a teacher were gunned down."
    assert [text[s:e] for s, e in find_time_expressions(text)] == ["Twenty-four years ago today"]


@pytest.mark.parametrize("text, value", [
    ("the October 7th attack", "2023-10-07"),  # an ordinal day is a day, not its month
    ("on the 7th of October, 2023", "2023-10-07"),
    ("on February 21st", "2024-02-21"),
])
def test_dates_an_ordinal_day_is_a_day(text, value):
    times = find_times(text, [], DCT.isoformat(), "en")
    assert [t.value for t in times] == [value]


@pytest.mark.parametrize("text, begin, end", [
    ("Just days ago", "2024-02-25", "2024-02-29"),  # two to six of the unit before publication
    ("a few weeks ago", "2024-01-20", "2024-02-17"),
    ("months ago", "2023-09-02", "2024-01-02"),
    ("hace unas semanas", "2024-01-20", "2024-02-17"),
])
def test_dates_an_uncounted_stretch_back_is_an_interval(text, begin, end):
    t = normalize(text, DCT, "es" if text.startswith("hace") else "en")
    assert (t.begin, t.end) == (begin, end)


def test_dates_a_counted_stretch_back_keeps_its_unit():
    assert normalize("three weeks ago", DCT).value == "2024-W06"  # near miss: a count is one week, not a stretch


def test_dates_counted_hours_ago_are_no_uncounted_stretch():
    # "48 hours ago" is counted: the uncounted "hours ago" (the last hour) must not take its last words
    times = find_times("Police arrived 48 hours ago at the scene.", [], DCT.isoformat(), "en")
    assert not any(t.text == "hours ago" for t in times)


def test_dates_a_weekday_before_an_ordinal_of_a_month_is_one_day():
    # "on Sunday, the 4th of May": one day, not this week's Sunday beside the 4th of May
    times = find_times("He was killed on Sunday, the 4th of May, in Cali.", [], "2025-06-01", "en")
    assert [(t.text, t.value) for t in times] == [("on Sunday, the 4th of May", "2025-05-04")]
