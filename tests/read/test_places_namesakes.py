"""Towns that share a name: the document's own evidence chooses among namesakes (a state or a country written beside
the name, the other places the text names, a court or a service named after the town, a spelling of the town's own
name), and a word that is no place in its context is no place (tests/read/test_places.py has the resolver's basics)."""

import pytest

pytestmark = pytest.mark.model


def _spans(text: str, ents: list[tuple[str, str]]) -> list[tuple[int, int, str]]:
    """The (start, end, label) of each entity given as (surface, label), found in order in the text."""
    spans, at = [], 0
    for surface, label in ents:
        start = text.index(surface, at)
        spans.append((start, start + len(surface), label))
        at = start + len(surface)
    return spans


def _country(text: str, ents: list[tuple[str, str]], name: str) -> tuple[str | None, str | None]:
    """The (country, first-level division code) the first toponym ``name`` of the text resolves to."""
    from tocsin.read.placedb import place_index
    from tocsin.read.places import Resolver
    from tocsin.read.toponyms import find_toponyms

    spans = _spans(text, ents)
    index = place_index()
    for pm in Resolver(index).resolve(find_toponyms(text, spans, set(), index), None, None, text):
        if pm.text == name:
            return (pm.place.country, pm.place.admin1) if pm.place else (None, None)
    raise AssertionError(f"{name} not found")


@pytest.mark.parametrize(
    ("text", "ents", "name", "country"),
    [
        # the other places of the story: its country
        ("Un hombre fue asesinado en Córdoba. La policía de Argentina y la fiscalía de Rosario investigan el crimen.",
         [("Córdoba", "LOC"), ("Argentina", "LOC"), ("Rosario", "LOC")], "Córdoba", "AR"),
        ("La Guardia Civil detuvo en Córdoba a dos hombres; otros tres fueron arrestados en Sevilla y en Málaga, en España.",
         [("Córdoba", "LOC"), ("Sevilla", "LOC"), ("Málaga", "LOC"), ("España", "LOC")], "Córdoba", "ES"),
        ("Two men were shot in San José on Friday, Costa Rica's judicial police said; a third was hurt in Alajuela.",
         [("San José", "GPE"), ("Costa Rica", "GPE"), ("Alajuela", "GPE")], "San José", "CR"),
        ("A gang member was arrested in San Jose, and two others in Oakland and Sacramento, California officials said.",
         [("San Jose", "GPE"), ("Oakland", "GPE"), ("Sacramento", "GPE"), ("California", "GPE")], "San Jose", "US"),
        ("Carabineros detuvieron en Santiago a un ciudadano venezolano; el caso lo lleva la fiscalía de Valparaíso, en Chile.",
         [("Santiago", "LOC"), ("Valparaíso", "LOC"), ("Chile", "LOC")], "Santiago", "CL"),
        ("La Policía Nacional detuvo en Santiago a tres hombres; otro fue arrestado en La Coruña y en Vigo, en Galicia.",
         [("Santiago", "LOC"), ("La Coruña", "LOC"), ("Vigo", "LOC"), ("Galicia", "LOC")], "Santiago", "ES"),
        ("La policía dominicana arrestó en Santiago a dos hombres; otro cayó en Santo Domingo y en Puerto Plata.",
         [("Santiago", "LOC"), ("Santo Domingo", "LOC"), ("Puerto Plata", "LOC")], "Santiago", "DO"),
    ],
)
def test_places_namesakes_the_country_of_the_story(text, ents, name, country):
    assert _country(text, ents, name)[0] == country


@pytest.mark.parametrize(
    ("text", "ents", "name", "state"),
    [
        ("A man was stabbed in Portland on Monday; police in Bangor and Lewiston, Maine, made arrests.",
         [("Portland", "GPE"), ("Bangor", "GPE"), ("Lewiston", "GPE"), ("Maine", "GPE")], "Portland", "ME"),
        ("A man was stabbed in Portland on Monday; police in Salem and Eugene made arrests.",
         [("Portland", "GPE"), ("Salem", "GPE"), ("Eugene", "GPE")], "Portland", "OR"),
        ("Springfield police arrested two men after the Illinois State Police found the car near Decatur.",
         [("Springfield", "GPE"), ("Illinois", "GPE"), ("Decatur", "GPE")], "Springfield", "IL"),
        ("The shooting in Springfield, Mass., left one dead.", [("Springfield", "GPE")], "Springfield", "MA"),
        ("CLINTON, Conn. — A town couple was charged with selling narcotics bought in New Haven.",
         [("CLINTON", "GPE"), ("New Haven", "GPE")], "CLINTON", "CT"),
        ("Springfield police arrested a man; he was taken to the jail in Branson.",
         [("Springfield", "GPE"), ("Branson", "GPE")], "Springfield", "MO"),
        # an island the city list lacks: the project's supplement has it, not only the Bahamas' district of the name
        ("MS-13 has operated on Long Island for two decades, prosecutors said.", [("Long Island", "LOC")], "Long Island", "NY"),
        ("Two teenagers were found dead in a park on Long Island.", [("Long Island", "GPE")], "Long Island", "NY"),
    ],
)
def test_places_namesakes_the_state_of_the_story(text, ents, name, state):
    assert _country(text, ents, name) == ("US", state)


def _places(text: str, ents: list[tuple[str, str]]) -> dict[str, tuple[str | None, str | None, str | None]]:
    """Each toponym's (name, country, first-level division) of the place it resolves to, by its text."""
    from tocsin.read.placedb import place_index
    from tocsin.read.places import Resolver
    from tocsin.read.placenames import person_surnames
    from tocsin.read.toponyms import find_toponyms

    spans = _spans(text, ents)
    index = place_index()
    found = Resolver(index).resolve(find_toponyms(text, spans, person_surnames(spans, text), index), None, None, text)
    return {pm.text: (pm.place.name, pm.place.country, pm.place.admin1) if pm.place else (None, None, None) for pm in found}


@pytest.mark.parametrize(
    ("text", "ents", "seat", "country"),
    [
        ("The pair appeared at Feltham Magistrates’ Court in November.", [("Feltham Magistrates’ Court", "ORG")], "Feltham", "GB"),
        ("He was jailed at Kingston Crown Court after a trial; the pair from Hounslow and Feltham admitted it.",
         [("Kingston Crown Court", "ORG"), ("Hounslow", "GPE"), ("Feltham", "GPE")], "Kingston", "GB"),
        ("Both men appeared at Glasgow Sheriff Court on Monday.", [("Glasgow Sheriff Court", "ORG")], "Glasgow", "GB"),
        ("A 17-year-old was remanded by Leeds Youth Court.", [("Leeds Youth Court", "ORG")], "Leeds", "GB"),
    ],
)
def test_places_namesakes_a_british_court_gives_its_town(text, ents, seat, country):
    assert _places(text, ents)[seat][1] == country


@pytest.mark.parametrize(
    ("text", "court", "seat", "expected"),
    [
        # the town of a court only some countries have lies in one of them, whatever the rest of the text says
        ("He was jailed at Manchester Crown Court on Friday.", "Manchester Crown Court", "Manchester", ("GB", "ENG")),
        ("Extradition was refused at Westminster Magistrates' Court.", "Westminster Magistrates' Court", "Westminster", ("GB", "ENG")),
        ("He did not appear at Perth Sheriff Court.", "Perth Sheriff Court", "Perth", ("GB", "SCT")),
        ("Was he tried at Lincoln Crown Court?", "Lincoln Crown Court", "Lincoln", ("GB", "ENG")),
    ],
)
def test_places_namesakes_a_british_court_s_town_is_british(text, court, seat, expected):
    assert _places(text, [(court, "ORG")])[seat][1:] == expected


@pytest.mark.parametrize(
    ("text", "ents"),
    [
        ("He will appear at Crown Court next month.", [("Crown Court", "ORG")]),  # no town before it
        ("The Supreme Court heard the appeal.", [("The Supreme Court", "ORG")]),
    ],
)
def test_places_namesakes_a_court_named_after_no_town_gives_none(text, ents):
    assert all(name is None for name, _, _ in _places(text, ents).values())


def test_places_namesakes_a_town_spelled_boro_is_hillsborough():
    # "-boro" is how Hillsborough, New Hampshire, spells itself; beside Concord and Henniker it is that town
    text = "Hillsboro police arrested two men for burglaries in Concord and Henniker, N.H., last week."
    out = _places(text, [("Hillsboro", "GPE"), ("Concord", "GPE"), ("Henniker", "GPE")])
    assert out["Hillsboro"][1:] == ("US", "NH")
    # alone, the great namesake that bears the name as written
    assert _places("Hillsboro police arrested two men.", [("Hillsboro", "GPE")])["Hillsboro"][1:] == ("US", "OR")
    # "-burgh" and "-burg" are two names: Pittsburgh stays Pennsylvania's
    assert _places("A man was shot in Pittsburgh on Sunday.", [("Pittsburgh", "GPE")])["Pittsburgh"][1:] == ("US", "PA")


@pytest.mark.parametrize(
    ("text", "ents", "name", "expected"),
    [
        # "Karak": the town whose own name it is, give or take "City", not a town the index also files under it
        ("Gunmen fired on a Jordanian police patrol in Karak on Sunday.", [("Jordanian", "NORP"), ("Karak", "GPE")], "Karak", ("JO", "09")),
        ("Hombres armados atacaron una patrulla en Karak, en el sur de Jordania.", [("Karak", "LOC"), ("Jordania", "LOC")], "Karak", ("JO", "09")),
        # near misses: a country or a state by its name stays one
        ("Cartel members crossed from Mexico into Texas.", [("Mexico", "GPE"), ("Texas", "GPE")], "Mexico", ("MX", "")),
        ("Police in New York and New Jersey made arrests.", [("New York", "GPE"), ("New Jersey", "GPE")], "New York", ("US", "NY")),
    ],
)
def test_places_namesakes_a_town_by_its_own_name_give_or_take_an_article(text, ents, name, expected):
    assert _country(text, ents, name) == (expected[0], expected[1] or None) or _country(text, ents, name) == expected


@pytest.mark.parametrize(
    ("text", "ents", "name"),
    [
        # a relative's given name, then the name alone: the person, not Bretagne
        ("Elizabeth Fairfield is accused of killing her daughter, Brittany, in 2007. She gave Brittany a lethal dose.",
         [("Elizabeth Fairfield", "PERSON"), ("Brittany", "GPE"), ("Brittany", "PERSON")], "Brittany"),  # the model's person
        ("La mujer mató a su hija, Brittany, en 2007. Dio a Brittany una dosis letal.", [("Brittany", "LOC"), ("Brittany", "PER")], "Brittany"),
    ],
)
def test_places_namesakes_a_name_the_text_gives_a_person_is_no_place(text, ents, name):
    assert _places(text, ents).get(name, (None,))[0] is None


@pytest.mark.parametrize(
    ("text", "ents", "name", "state"),
    [
        # the town named after the person's surname, cued by a preposition and no noun after it, stays a town
        ("Elizabeth Fairfield, 40, was arrested in Fairfield on Friday, Connecticut state police said.",
         [("Elizabeth Fairfield", "PERSON"), ("Fairfield", "GPE"), ("Connecticut", "GPE")], "Fairfield", "CT"),
        ("Jack Lebanon was charged. A Lebanon man, 30, was arrested by Lebanon police in Warren County, Ohio.",
         [("Jack Lebanon", "PERSON"), ("Lebanon", "GPE"), ("Lebanon", "GPE"), ("Warren County", "GPE"), ("Ohio", "GPE")], "Lebanon", "OH"),
    ],
)
def test_places_namesakes_a_surname_cued_as_a_town_stays_a_town(text, ents, name, state):
    assert _places(text, ents)[name][1:] == ("US", state)


def test_places_namesakes_a_surname_after_in_and_before_a_function_word_stays_a_town():
    # the model makes "Erie" part of a person's name once; "in Erie if …" is still the town
    text = "Erie GM Sherry Bassin spoke. It would be no different in Erie if the Knights played well."
    out = _places(text, [("Erie GM Sherry Bassin", "PERSON"), ("Erie", "GPE")])
    assert out["Erie"][1:] == ("US", "PA")


def test_places_namesakes_a_town_s_people_are_no_country_s():
    # "a Lebanon woman" is from a town called Lebanon; the country's people are "Lebanese"
    out = _places("A Lebanon woman was charged with murder, Indiana police said.", [("Lebanon", "GPE"), ("Indiana", "GPE")])
    assert out["Lebanon"][1:] == ("US", "IN")
    out = _places("A Lebanese woman was killed in Beirut.", [("Lebanese", "NORP"), ("Beirut", "GPE")])
    assert out["Lebanese"][:2] == ("Lebanon", "LB") and out["Beirut"][1] == "LB"
    assert _places("The army entered Lebanon on Monday.", [("Lebanon", "GPE")])["Lebanon"][:2] == ("Lebanon", "LB")



@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # a country's police, with no town of the name in a country the text names, is the country's, not a namesake town's
        ("Jordan police arrested three men suspected of planning an attack.", "Jordan", "Jordan"),
        ("Guatemala police captured a gang leader on Monday.", "Guatemala", "Guatemala"),  # nor its capital, "Guatemala City"
        ("Kuwait police arrested a man accused of spying.", "Kuwait", "Kuwait"),
        # a town of the name in the country the text names, but in no state it names: the country still
        ("A Mexico man was charged with smuggling migrants near Laredo, Texas.", "Mexico", "Mexico"),
    ],
)
def test_places_namesakes_a_country_s_police_alone_stay_the_country_s(text, name, country):
    ents = [(name, "GPE")] + [(w, "GPE") for w in ("Laredo", "Texas") if w in text]
    assert _places(text, ents)[name][:2] == (country, {"Mexico": "MX", "Jordan": "JO", "Guatemala": "GT", "Kuwait": "KW"}[name])


def test_places_namesakes_a_surname_after_in_stays_a_town_before_any_word():
    # only "in Jackson" places it; what follows ("yesterday", "federal court") does not make it the officer's
    text = "Officer John Jackson was shot in Jackson yesterday, police said."
    assert _places(text, [("John Jackson", "PERSON"), ("Jackson", "GPE")])["Jackson"][1] == "US"
    text = "George Houston was charged in Houston federal court with fraud."
    assert _places(text, [("George Houston", "PERSON"), ("Houston", "GPE")])["Houston"][1:] == ("US", "TX")


_DC = ("In Washington, D.C., crime fell; officers from Maryland, Virginia, Baltimore and Arlington helped. A man was stabbed on "
       "a Metro train near Alexandria.")


@pytest.mark.parametrize(
    ("text", "ents", "name", "kept"),
    [
        # a story set in one country: a town of a far-off one the text never names is not taken
        (_DC, [("Washington", "GPE"), ("D.C.", "GPE"), ("Maryland", "GPE"), ("Virginia", "GPE"), ("Baltimore", "GPE"), ("Arlington", "GPE"),
               ("Metro", "ORG"), ("Alexandria", "GPE")], "Metro", False),
        ("Un hombre fue apuñalado en el Metro; la policía de Madrid, Barcelona, Valencia, Sevilla y Bilbao, en España, investiga.",
         [("Metro", "LOC"), ("Madrid", "LOC"), ("Barcelona", "LOC"), ("Valencia", "LOC"), ("Sevilla", "LOC"), ("Bilbao", "LOC"),
          ("España", "LOC")], "Metro", False),
        # near misses: one name said often is no story ("Dublin" eight times, maybe the wrong Dublin, is one guess); a town
        # of a neighbouring country, a capital, a big city stay
        ("Dublin council met. Dublin, Dublin, Dublin and Dublin officials said Boulder had tried it.",
         [("Dublin", "GPE"), ("Dublin", "GPE"), ("Dublin", "GPE"), ("Dublin", "GPE"), ("Dublin", "GPE"), ("Boulder", "GPE")], "Boulder", True),
        ("Agents in Texas, Arizona, California, Houston and El Paso seized drugs sent from Apatzingán.",
         [("Texas", "GPE"), ("Arizona", "GPE"), ("California", "GPE"), ("Houston", "GPE"), ("El Paso", "GPE"), ("Apatzingán", "GPE")],
         "Apatzingán", True),
        ("Police in London, Manchester, Leeds, Birmingham and Bristol arrested men who had flown from Kingston.",
         [("London", "GPE"), ("Manchester", "GPE"), ("Leeds", "GPE"), ("Birmingham", "GPE"), ("Bristol", "GPE"), ("Kingston", "GPE")],
         "Kingston", True),
        # a town of 50,000 the model called a place stays, foreign or not
        ("Agents in Miami, Orlando, Tampa and Jacksonville, Florida, arrested a ring that laundered money for traffickers in Tumaco.",
         [("Miami", "GPE"), ("Orlando", "GPE"), ("Tampa", "GPE"), ("Jacksonville", "GPE"), ("Florida", "GPE"), ("Tumaco", "GPE")], "Tumaco", True),
        ("Detectives in Texas, Ohio, Iowa, Utah and Oregon traced the money to Lagos.",
         [("Texas", "GPE"), ("Ohio", "GPE"), ("Iowa", "GPE"), ("Utah", "GPE"), ("Oregon", "GPE"), ("Lagos", "GPE")], "Lagos", True),
    ],
)
def test_places_namesakes_a_far_off_town_the_story_never_supports(text, ents, name, kept):
    assert (_places(text, ents)[name][0] is not None) == kept


def test_places_namesakes_a_county_the_index_lacks_in_its_state_is_the_state():
    out = _places("He has a conviction for sexual abuse in Washington County, Washington.", [("Washington County", "GPE"), ("Washington", "GPE")])
    assert out["Washington County"] == ("Washington", "US", "WA")
    out = _places("He was jailed in Cass County, Missouri.", [("Cass County", "GPE"), ("Missouri", "GPE")])
    assert out["Cass County"][1:] == ("US", "MO")
    out = _places("John W. Dean of Scotland, Md. was charged.", [("Scotland", "GPE")])  # a town, not a county: none
    assert out["Scotland"][0] is None


@pytest.mark.parametrize(
    ("text", "ents", "name", "state"),
    [
        # a headline's "Newark" and a dateline's "NEWARK" are one name: neither is evidence for the other, the story's
        # other places decide
        ("Newark man shot. NEWARK — A man was shot in Newark on Tuesday; he was taken to a hospital in Columbus.",
         [("Newark", "GPE"), ("NEWARK", "GPE"), ("Newark", "GPE"), ("Columbus", "GPE")], "Newark", "OH"),
        ("Newark man shot. NEWARK — A man was shot in Newark on Tuesday; he was taken to a hospital in Jersey City.",
         [("Newark", "GPE"), ("NEWARK", "GPE"), ("Newark", "GPE"), ("Jersey City", "GPE")], "Newark", "NJ"),
        ("Paris man held. PARIS — A Paris man was arrested in Tyler; Lamar County deputies said he fled from Dallas.",
         [("Paris", "GPE"), ("PARIS", "GPE"), ("Paris", "GPE"), ("Tyler", "GPE"), ("Lamar County", "GPE"), ("Dallas", "GPE")],
         "Paris", "TX"),
        ("Springfield man held. SPRINGFIELD — A Springfield man was arrested in Chicopee after a chase from Holyoke.",
         [("Springfield", "GPE"), ("SPRINGFIELD", "GPE"), ("Springfield", "GPE"), ("Chicopee", "GPE"), ("Holyoke", "GPE")],
         "Springfield", "MA"),
    ],
)
def test_places_namesakes_a_name_is_no_evidence_for_itself_however_cased(text, ents, name, state):
    assert _country(text, ents, name) == ("US", state)


def test_places_namesakes_a_capitals_dateline_stays_the_capital():
    text = "PARIS — Two men were arrested in Paris after a robbery in Lyon, French police said."
    assert _country(text, [("PARIS", "GPE"), ("Paris", "GPE"), ("Lyon", "GPE")], "Paris")[0] == "FR"
