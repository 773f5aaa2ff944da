"""Toponym resolution against the real offline place index (built once per machine)."""

import pytest

from tocsin.read.placedb import distance_km, fold, place_index
from tocsin.read.places import Resolver
from tocsin.read.toponyms import Toponym, find_dateline, rule_toponyms

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def resolver():
    return Resolver(place_index())


def _resolve(resolver, *tops):
    return [(pm.text, pm.place.name if pm.place else None, pm.place.country if pm.place else None, pm.place.kind if pm.place else None)
            for pm in resolver.resolve(list(tops))]


def test_places_fold_ignores_accents_case_and_periods():
    assert fold("Bogotá") == fold("BOGOTA") == "bogota"
    assert fold("St. Louis") == "st louis"
    assert fold("Aydın") == fold("Aydin") and fold("Łódź") == "lodz"  # letters no accent stripping reaches


def test_places_index_knows_spanish_and_english_names():
    ix = place_index()
    assert {p.country for p in ix.lookup("Estados Unidos")} == {"US"}
    assert any(p.name == "Bogotá" for p in ix.lookup("Bogota"))
    assert any(p.kind == "admin1" and p.country == "US" for p in ix.lookup("Colo.", abbreviations=True))
    assert not any(p.kind == "admin1" for p in ix.lookup("Colo."))  # abbreviations only after a comma


def test_places_state_beats_small_town_of_the_same_name(resolver):
    out = _resolve(resolver, Toponym(0, 6, "Aragua", "ner"), Toponym(20, 27, "Sinaloa", "ner"))
    assert out == [("Aragua", "Aragua", "VE", "admin1"), ("Sinaloa", "Sinaloa", "MX", "admin1")]


def test_places_hierarchy_in_text_decides(resolver):
    aurora, illinois = Toponym(0, 6, "Aurora", "ner", parent=1), Toponym(8, 16, "Illinois", "ner", container=True)
    assert _resolve(resolver, aurora, illinois)[0] == ("Aurora", "Aurora", "US", "city")
    assert resolver.resolve([aurora, illinois])[0].place.admin1 == "IL"


def test_places_context_decides_santiago(resolver):
    chile = _resolve(resolver, Toponym(0, 8, "Santiago", "ner"), Toponym(30, 35, "Chile", "ner"))
    cuba = _resolve(resolver, Toponym(0, 8, "Santiago", "ner"), Toponym(30, 34, "Cuba", "ner"), Toponym(40, 48, "Holguín", "ner"))
    assert chile[0][2] == "CL" and cuba[0][2] == "CU"


def test_places_demonym_gives_country(resolver):
    out = resolver.resolve([Toponym(0, 10, "Venezuelan", "demonym", country_hint="VE")])
    assert out[0].place.kind == "country" and out[0].place.country == "VE"


def test_places_demonyms_of_every_country_and_of_disputed_regions(resolver):
    """Nationality adjectives of the smaller countries too ("Cypriot", "Nigerien", "Slovak"), never one that names an
    ethnic group as well ("Turkmen", "Sahrawi"); a region's or a division's adjective gives that place."""
    from tocsin.read.toponyms import demonyms

    table = demonyms()
    assert (table["cypriot"], table["nigerien"], table["nigerian"], table["slovak"], table["chipriota"]) == ("CY", "NE", "NG", "SK", "CY")
    assert "turkmen" not in table and "sahrawi" not in table
    for form, name, kind in (("South Ossetian", "South Ossetia", "region"), ("Abkhaz", "Abkhazia", "admin1")):
        (out,) = resolver.resolve([Toponym(0, len(form), form, "demonym", country_hint=table[fold(form)])])
        assert (out.place.name, out.place.kind, out.place.country) == (name, kind, "GE")


@pytest.mark.parametrize("text, abbreviation", [("Wheeling, W. Va., on Sunday", "W. Va."), ("Charleston, W.Va., with", "W.Va."),
                                                ("Raleigh, N.C., said", "N.C.")])
def test_places_a_state_abbreviation_after_a_town_with_or_without_spaces(text, abbreviation):
    from tocsin.read.placedb import place_index
    from tocsin.read.toponyms import _ABBREVIATION_AFTER

    comma = text.index(",")
    match = _ABBREVIATION_AFTER.match(text[comma : comma + 12])
    assert match and match.group("abbr") == abbreviation
    assert any(p.kind == "admin1" for p in place_index().lookup(abbreviation, abbreviations=True))


def test_places_a_city_by_its_initials_is_not_the_state_they_fold_to(resolver):
    """"L.A." folds to "La.", Louisiana's abbreviation: written with its periods it is Los Angeles."""
    (out,) = resolver.resolve([Toponym(0, 4, "L.A.", "ner")])
    assert (out.place.name, out.place.admin1) == ("Los Angeles", "CA")
    (out,) = resolver.resolve([Toponym(0, 3, "La.", "abbreviation")])
    assert out.place.name == "Louisiana"


def test_places_abstain_on_unsupported_hamlet(resolver):
    assert _resolve(resolver, Toponym(0, 9, "SANCTUARY", "ner"))[0][1] is None


@pytest.mark.parametrize(
    "text,place,parent",
    [
        ("SANTIAGO, Chile — Text", "SANTIAGO", "Chile"),
        ("AURORA, Colo. — Text", "AURORA", "Colo."),
        ("LIMA — Texto", "LIMA", None),
        ("CARACAS, Venezuela (AP) — Text", "CARACAS", "Venezuela"),
        ("Police: Gunman's wife worked at home. CARTHAGE, N.C. (AP) - Investigators", "CARTHAGE", "N.C."),  # after a headline
        ("Man charged in Woodbridge abduction\n\nMANASSAS -- A Woodbridge man", "MANASSAS", None),
        ("WASHINGTON—A multi-party settlement", "WASHINGTON", None),  # a dash with no space after it
        ("WASHINGTON Barack Obama pardoned his last turkey", "WASHINGTON", None),  # the dash lost in extraction
        ("WASHINGTON (RNS) Evangelical leaders are praising", "WASHINGTON", None),
    ],
)
def test_places_dateline(text, place, parent):
    (ps, pe), par = find_dateline(text)
    assert text[ps:pe] == place
    assert (text[par[0] : par[1]] if par else None) == parent


def test_places_no_dateline_in_ordinary_text():
    assert find_dateline("Police said on Monday — again — that") is None
    assert find_dateline("Police said on Monday. They said — again — that") is None
    assert find_dateline("WASHINGTON-BASED groups said") is None
    assert find_dateline("A man was arrested") is None and find_dateline("I Was there") is None


@pytest.mark.parametrize(
    ("text", "label", "name"),
    [
        ("A shot was fired during a home invasion in Newberry on Friday night.", "PERSON", "Newberry"),
        ("Gainesville man charged with stealing a white Kia.", "ORG", "Gainesville"),
    ],
)
def test_places_a_name_its_words_place_is_a_place_whatever_the_model_called_it(text, label, name):
    from tocsin.read.placedb import place_index
    from tocsin.read.toponyms import find_toponyms

    start = text.index(name)
    tops = find_toponyms(text, [(start, start + len(name), label)], set(), place_index())
    assert [(t.text, t.source, t.cued) for t in tops] == [(name, "reclassified", True)]
    assert Resolver(place_index()).resolve(tops)[0].place.country == "US"  # no other place in the text: the words decide
    plain = "Newberry said on Friday that the plan works."
    assert not find_toponyms(plain, [(0, 8, "PERSON")], set(), place_index())  # a person, uncued: a town of 10,000 stays one


def test_places_a_court_district_is_a_part_of_its_state_not_a_place_of_its_own():
    from tocsin.read.placedb import place_index
    from tocsin.read.toponyms import find_toponyms

    text = "They were convicted in the Northern District of Florida and in the District of Columbia."
    ents = [(text.index("Northern"), text.index(" of Florida"), "LOC"), (text.index("Florida"), text.index("Florida") + 7, "GPE"),
            (text.index("District of Columbia"), text.index("District of Columbia") + 20, "GPE")]
    assert [t.text for t in find_toponyms(text, ents, set(), place_index())] == ["Florida", "District of Columbia"]


def test_places_rule_toponyms_for_spanish():
    text = "Los choferes de San Juan de Lurigancho, Ate y el Callao marcharon desde Maipú hacia el Gobierno."
    found = [text[s:e] for s, e, _ in rule_toponyms(text, place_index())]
    assert found == ["San Juan de Lurigancho", "Ate", "Callao", "Maipú"]


def test_places_distance():
    assert distance_km((-33.45, -70.66), (-12.04, -77.03)) == pytest.approx(2460, rel=0.02)


def test_places_a_namesake_goes_to_the_state_the_text_names_most():
    from tocsin.read.placedb import place_index
    from tocsin.read.toponyms import find_toponyms

    text = ("Cass County deputies found the car. The driver, of Blue Springs, Mo., was held in Kansas City, Mo., "
            "and later in Independence, Mo.; a passenger was from Peoria, Ill.")
    names = ["Cass County", "Blue Springs", "Mo.", "Kansas City", "Mo.", "Independence", "Mo.", "Peoria", "Ill."]
    ents, at = [], 0
    for name in names:
        start = text.index(name, at)
        ents.append((start, start + len(name), "GPE"))
        at = start + len(name)
    resolved = Resolver(place_index()).resolve(find_toponyms(text, ents, set(), place_index()))
    assert [(m.place.admin1) for m in resolved if m.text == "Cass County"] == ["MO"]  # not Illinois, named once


def test_places_town_names_that_share_a_state_go_there_together(resolver):
    springfield = Toponym(0, 11, "Springfield", "ner")
    assert resolver.resolve([springfield])[0].place.admin1 == "MO"  # alone: the most populous Springfield
    # with Peoria, whose namesakes include one in Illinois: both in Illinois (alone, Peoria is Arizona's)
    assert [m.place.admin1 for m in resolver.resolve([springfield, Toponym(30, 36, "Peoria", "ner")])] == ["IL", "IL"]
    # a state's name is no town name: "Florida" beside "Aurora" and "Times Square" (both with a namesake in New
    # York) stays the state, not the village of Florida, New York
    names = [Toponym(0, 6, "Aurora", "ner"), Toponym(20, 32, "Times Square", "ner"), Toponym(40, 47, "Florida", "ner")]
    assert resolver.resolve(names)[2].place.kind == "admin1"


@pytest.mark.parametrize(
    ("text", "name", "kept"),
    [
        ("La deuda de 27.000 millones de US$ de GM preocupa.", "US", False),  # a currency
        ("Apple sustituye a Wal-Mart como primer vendedor.", "Wal", False),  # a firm
        ("He was booked in the Athens-Clarke County jail.", "Athens", True),  # a city's name before a hyphen
    ],
)
def test_places_a_name_that_goes_on_past_its_span_is_not_that_place(text, name, kept):
    from tocsin.read.placedb import place_index
    from tocsin.read.toponyms import find_toponyms

    start = text.index(name)
    tops = find_toponyms(text, [(start, start + len(name), "GPE")], set(), place_index())
    assert bool(tops) is kept


@pytest.mark.model
def test_places_no_organisation_title_label_or_surname_among_the_places_of_real_releases():
    """Over the 100 DOJ releases and 60 White House documents of ../shared/data/corpora (each cut at 6,000
    characters): no resolved place is an organisation or seat of government, a title, a transcript label, a
    generic word ("on Earth", "the South"), or a word of a person's name the document gives ("Jesus Alberto Golding
    Escalona" is no Escalona, Spain); a region the news names is that region, not a town named after it."""
    import re

    from tocsin.ingest.dedup import document_id
    from tocsin.models import Document
    from tocsin.read import read_many

    from ..corpora import doj_texts, wh_records

    texts = [t[:6000] for t in doj_texts()] + [r["text_markdown"][:6000] for r in wh_records()[::6][:60]]
    docs = [Document(id=document_id(t), text=t, source=f"corpus:{i}", language="en") for i, t in enumerate(texts)]
    datelines = 0
    never = {"white house", "kremlin", "pentagon", "hamas", "hezbollah", "taliban", "mr", "ms", "mrs", "q", "rev", "dr", "eu", "un",
             "interpol", "xi", "earth", "south", "north", "federal", "capital", "b.a", "u.n"}
    regions = {"middle east", "latin america", "central america", "caribbean", "western hemisphere", "atlantic", "pacific"}
    wrong = []
    for doc, ann in read_many(docs):
        places = {p.key: p for p in ann.places}
        name_words = {w for m in ann.mentions if m.kind == "person" and len(m.text.split()) >= 2 for w in m.text.split()}
        for m in ann.mentions:
            if m.kind != "place" or m.key not in places or m.label == "NORP":
                continue
            place, line_start = places[m.key], doc.text.rfind("\n", 0, m.start) + 1
            label = m.text.isupper() and re.match(r"\s*:", doc.text[m.end : m.end + 3]) and not doc.text[line_start : m.start].strip()
            surname = m.text in name_words and place.kind not in ("country", "admin1", "continent") \
                and not re.match(r",\s*[A-Z]", doc.text[m.end : m.end + 3]) and not re.search(r"\b(?:in|near|of|from)\s+$", doc.text[max(0, m.start - 6) : m.start])
            region = m.text.lower() in regions and place.kind != "region"  # "the Middle East" is no Baltimore neighbourhood
            capital = m.text == "WASHINGTON" and m.start < 30 and place.admin1 != "DC"  # a federal dateline: D.C., not the state
            if m.text.lower().strip(".") in never or label or surname or region or capital:
                wrong.append((doc.source, m.text, place.name))
            datelines += m.text == "WASHINGTON" and m.start < 30
    assert not wrong, wrong[:20]
    assert datelines >= 10  # the DOJ releases datelined "WASHINGTON –" were read, and each is the capital


def test_places_a_continent_is_in_no_country():
    index = place_index()
    [south_america] = [p for p in index.lookup("South America") if p.kind == "continent"]
    assert south_america.country == ""  # its code "SA" is Saudi Arabia's


def _found(text: str, ents: list[tuple[str, str]]) -> list[tuple[str, str | None, str | None]]:
    """Each toponym find_toponyms keeps from (surface, label) entities, with the place it resolves to."""
    from tocsin.read.toponyms import find_toponyms

    spans, at = [], 0
    for surface, label in ents:
        start = text.index(surface, at)
        spans.append((start, start + len(surface), label))
        at = start + len(surface)
    index = place_index()
    return [(pm.text, pm.place.name if pm.place else None, pm.place.kind if pm.place else None)
            for pm in Resolver(index).resolve(find_toponyms(text, spans, set(), index), None, None, text)]


@pytest.mark.parametrize(
    ("text", "ents"),
    [
        ("Secretary of Defense Austin also spoke with them.", [("Austin", "GPE")]),  # a title before a name
        ("MS. PSAKI: Go ahead, Nancy. Q Thanks.", [("Nancy", "GPE")]),  # spoken to
        ("Thank you, Kamala — Madam Vice President.", [("Kamala", "GPE")]),
        ("Maryland State Del. Nicole Williams said it.", [("Maryland", "GPE"), ("Del", "GPE"), ("Nicole Williams", "PERSON")]),
        ("the greatest military on Earth delivered", [("Earth", "LOC")]),  # a generic word
        ("people moved out of the South in those years", [("South", "LOC")]),
        ("value chains such as cacao, coffee", [("cacao", "GPE")]),  # no capital letter
        ("a review of case files in a Federal cold case", [("Federal", "GPE")]),
        ("President Xi said so", [("Xi", "GPE")]),  # no region number
        ("he moved to B.A. last year", [("B.A.", "GPE")]),  # a dotted short form is no town's
    ],
)
def test_places_titles_names_spoken_to_and_generic_words_are_no_places(text, ents):
    assert all(name is None for surface, name, _ in _found(text, ents) if surface != "Maryland"), _found(text, ents)


def test_places_a_list_of_countries_is_no_hierarchy():
    out = _found("Canada, Mexico, and the United States discussed it.", [("Canada", "GPE"), ("Mexico", "GPE"), ("United States", "GPE")])
    assert [(name, kind) for _, name, kind in out] == [("Canada", "country"), ("Mexico", "country"), ("United States", "country")]
    cities = _found("Vancouver, Calgary and Winnipeg each earn an A.", [("Vancouver", "GPE"), ("Calgary", "GPE"), ("Winnipeg", "GPE")])
    assert [name for _, name, _ in cities] == ["Vancouver", "Calgary", "Winnipeg"]


def test_places_a_town_the_index_lacks_under_its_state_is_left_unresolved():
    out = _found("John W. Dean of Scotland, Md. was charged.", [("Scotland", "GPE")])
    assert ("Scotland", None, None) in out and ("Md.", "Maryland", "admin1") in out


def test_places_washington_is_the_capital_unless_the_text_says_the_state():
    assert _found("Officials in Washington said the talks went well.", [("Washington", "GPE")])[0][1:] == ("Washington", "city")
    state = _found("In Washington, the governor said Seattle and Spokane will get help.", [("Washington", "GPE"), ("Seattle", "GPE"), ("Spokane", "GPE")])
    assert state[0][1:] == ("Washington", "admin1")
    assert _found("a law of the state of Washington", [("Washington", "GPE")])[0][2] == "admin1"


def test_places_regions_seas_and_the_border_are_places():
    index = place_index()
    for name in ("Middle East", "Latin America", "Central America", "the Caribbean", "Western Hemisphere", "Gulf of America", "Sahel",
                 "southern border", "Oriente Medio", "Centroamérica"):
        assert any(p.kind == "region" for p in index.lookup(name)), name
    out = _found("a practice common in the Middle East and in the Atlantic coastal fishery", [("Middle East", "LOC"), ("Atlantic", "LOC")])
    assert [(name, kind) for _, name, kind in out] == [("Middle East", "region"), ("Atlantic Ocean", "region")]
    assert not any(p.country for p in index.lookup("Middle East") if p.kind == "region")  # several countries: none


def test_places_hyphenated_and_of_names_are_read_whole():
    assert _found("Miami-Dade police's unit", [("Miami", "GPE")])[0][:2] == ("Miami-Dade", "Miami-Dade County")
    assert [p[1:] for p in _found("an Athens-Clarke police officer", [("Athens", "GPE"), ("Clarke", "GPE")])] == [("Athens", "city")]
    out = _found("President of the United States of America, by virtue", [("United States", "GPE"), ("America", "GPE")])
    assert out == [("United States of America", "United States", "country")]


def test_places_a_two_place_dateline_gives_both():
    out = _found("WASHINGTON AND PENSACOLA, Fla. – Seven defendants were convicted.", [])
    assert [(s, n) for s, n, _ in out] == [("WASHINGTON", "Washington"), ("PENSACOLA", "Pensacola"), ("Fla.", "Florida")]


def test_places_a_town_named_like_a_country_yields_unless_given_its_state():
    story = "The President wants Greenland. Officials in Texas, Ohio and Arkansas agreed."
    out = _found(story, [("Greenland", "GPE"), ("Texas", "GPE"), ("Ohio", "GPE"), ("Arkansas", "GPE")])
    assert out[0][1:] == ("Greenland", "country")
    town = _found("He lives in Greenland, Ark., now.", [("Greenland", "GPE")])
    assert town[0][1:] == ("Greenland", "city")


def test_places_a_name_a_line_break_parts_is_read_whole():
    out = _found("criminal aliens in Guantanamo\n    Bay and El Salvador's prisons", [("Guantanamo", "GPE"), ("El Salvador", "GPE")])
    assert out[0][0].split() == ["Guantanamo", "Bay"] and out[0][1] is not None
    assert _found("sent to Chicago\n  Police officers", [("Chicago", "GPE")])[0][:2] == ("Chicago", "Chicago")  # no "Chicago Police" place


def test_places_an_outlets_country_code_domain_is_its_home_unless_sold_as_a_generic_name(resolver):
    assert resolver.home_country("https://www.moscowtimes.ru/news/1").country == "RU"
    assert resolver.home_country("http://news.bbc.co.uk/2/hi").country == "GB"
    assert resolver.home_country("https://www.eltiempo.com.co/x").country == "CO"
    assert resolver.home_country("https://site.io/a") is None and resolver.home_country("https://example.com/a") is None
    perth = [Toponym(0, 5, "Perth", "ner")]
    assert resolver.resolve(perth)[0].place.country == "AU"
    assert resolver.resolve(perth, "https://www.thecourier.co.uk/a")[0].place.country == "GB"  # Perth, Scotland


def test_places_a_world_city_beats_its_small_namesakes_unless_the_text_names_their_state(resolver):
    assert _resolve(resolver, Toponym(0, 6, "Moscow", "ner"), Toponym(30, 40, "Washington", "ner"))[0][2] == "RU"
    assert _resolve(resolver, Toponym(0, 6, "Moscow", "ner"), Toponym(30, 35, "Idaho", "ner"))[0][2] == "US"
    idaho = resolver.resolve([Toponym(0, 6, "Moscow", "ner", parent=1), Toponym(8, 13, "Idaho", "ner", container=True)])
    assert idaho[0].place.admin1 == "ID"


def test_places_a_great_city_beats_a_small_namesake_of_its_own_country_unless_the_text_names_its_state(resolver):
    def boston(*more):
        (first, *_) = resolver.resolve([Toponym(0, 6, "Boston", "ner"), *more])
        return first.place.admin1
    assert boston(Toponym(30, 43, "New York City", "ner"), Toponym(50, 56, "Newark", "ner")) == "MA"  # not Boston, New York
    assert boston(Toponym(30, 42, "Erie County", "ner"), Toponym(50, 58, "New York", "ner")) == "NY"  # its county is named


def test_places_subdivisions_named_with_their_type_or_inverted_are_found_by_their_name():
    index = place_index()
    assert any(p.kind == "admin1" and p.country == "RU" for p in index.lookup("Dagestan"))  # GeoNames: "Dagestan, Respublika"
    assert any(p.kind == "admin1" and p.country == "RU" for p in index.lookup("Tatarstan"))
    assert not any(p.kind == "admin1" for p in index.lookup("Respublika"))


def test_places_named_regions_of_one_country_vote_for_it_and_those_of_several_do_not():
    index = place_index()
    for name, country in (("Siberia", "RU"), ("the Donbas", "UA"), ("Sinai Peninsula", "EG"), ("Darfur", "SD"), ("South Ossetia", "GE"),
                          ("Pacific Northwest", "US"), ("Rio Grande Valley", "US"), ("Caucasus", ""), ("Patagonia", ""),
                          ("Eastern Europe", ""), ("Sub-Saharan Africa", "")):
        assert any(p.kind == "region" and p.country == country for p in index.lookup(name)), name
    out = _found("Troops moved through Siberia and the North Caucasus.", [("Siberia", "LOC"), ("North Caucasus", "LOC")])
    assert [(name, kind) for _, name, kind in out] == [("Siberia", "region"), ("North Caucasus", "region")]


def test_places_a_demonym_in_the_plural_gives_its_country_as_the_singular_does():
    from tocsin.read.toponyms import demonyms

    table = demonyms()
    for singular, plural in (("Latvian", "Latvians"), ("Serb", "Serbs"), ("Filipino", "Filipinos"), ("colombiano", "colombianos"),
                             ("francés", "franceses")):
        assert table[fold(plural)] == table[fold(singular)], plural
    assert "frenchs" not in table and "chineses" not in table


def test_places_an_outlets_home_division_settles_towns_its_story_gives_no_state(resolver):
    from tocsin.read.home import Home

    story = [Toponym(0, 10, "Huntsville", "ner")]
    assert resolver.resolve(story)[0].place.admin1 == "AL"
    assert resolver.resolve(story, home=Home("US", "TX", 5, 8))[0].place.admin1 == "TX"
    county = [Toponym(0, 10, "Huntsville", "ner"), Toponym(30, 43, "Walker County", "ner")]  # the county settles it without a home
    assert [pm.place.admin1 for pm in resolver.resolve(county)] == ["TX", "TX"]
    elsewhere = [Toponym(0, 10, "Huntsville", "ner", parent=1), Toponym(12, 19, "Alabama", "ner", container=True)]
    assert resolver.resolve(elsewhere, home=Home("US", "TX", 5, 8))[0].place.admin1 == "AL"  # the story's own words first


def test_places_a_big_place_by_its_own_name_is_a_place_whatever_label_the_model_gave_it():
    assert _found("residents of eastern Aleppo fled", [("Aleppo", "NORP")]) == [("Aleppo", "Aleppo", "city")]
    assert _found("a man is in a Winnipeg jail", [("Winnipeg", "PRODUCT")]) == [("Winnipeg", "Winnipeg", "city")]
    assert _found("the last Northern policeman shot", [("Northern", "NORP")]) == []  # a generic word
    assert _found("charged in March with fraud", [("March", "DATE")]) == []  # a month, and a town of 22,000
    assert _found("Hispanic voters turned out", [("Hispanic", "NORP")]) == []


@pytest.mark.parametrize(
    "text, org, place",
    [
        ("When Alexandria police found the body, they had few leads.", "Alexandria police", "Alexandria"),
        ("Last week an Alexandria grand jury indicted him.", "Alexandria grand jury", "Alexandria"),
        ("A discussion began among the Dublin City Council members.", "the Dublin City Council", "Dublin"),
        ("The Madison County Sheriff's Office said he fled.", "Madison County Sheriff's Office", "Madison County"),
        ("Kentucky State Police said the driver died.", "Kentucky State Police", "Kentucky"),  # a state's agency
        ("the Government of Alberta completed missions", "the Government of Alberta", "Alberta"),
        ("a report by the Conference Board of Canada says", "the Conference Board of Canada", "Canada"),
        ("he told the Winnipeg Free Press on Monday", "the Winnipeg Free Press", "Winnipeg"),
        ("according to INTERPOL Washington, the man", "INTERPOL Washington", None),  # an office, not a place it names
        ("members of the Sinaloa Cartel were held", "the Sinaloa Cartel", None),  # a group: no claim of where
        ("held in the Madison County Detention Center", "the Madison County Detention Center", None),  # not Madison's
        ("of the 1000 block of Brooklyn Boulevard", "Brooklyn Boulevard", None),  # a street
        ("BY THE PRESIDENT OF THE UNITED STATES OF AMERICA", "THE UNITED STATES OF AMERICA", None),  # a heading's title
    ],
)
def test_places_a_place_named_in_an_organizations_name_is_a_place(text, org, place):
    out = _found(text, [(org, "ORG")])
    assert [found for found, _, _ in out] == ([place] if place else [])


def test_places_a_name_listed_with_peoples_names_is_a_person():
    text = "Senators Grassley, Coons, Blackburn, Whitehouse, and Kennedy."
    assert _found(text, [("Grassley", "PERSON"), ("Blackburn", "PERSON"), ("Kennedy", "PERSON")]) == []


def test_places_a_continents_or_regions_adjective_gives_it_but_not_an_adjective_of_ethnicity():
    from tocsin.read.toponyms import demonyms

    table = demonyms()
    assert (table["european"], table["europeos"], table["centroamericanos"], table["middle eastern"]) == (
        "Europe", "Europe", "Central America", "Middle East")
    assert "asian" not in table and "african" not in table
    out = _found("European officials met in Brussels.", [("European", "NORP"), ("Brussels", "GPE")])
    assert out[0] == ("European", "Europe", "continent")
    assert _found("Central American migrants crossed.", [("Central American", "NORP")]) == [("Central American", "Central America", "region")]


def _at(resolver, text: str, *surfaces: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """The places of the given written forms, each at its first occurrence after the one before, read as the
    pipeline reads its toponyms (toponyms_at)."""
    from tocsin.read.toponyms import toponyms_at

    spans, at = [], 0
    for surface in surfaces:
        start = text.index(surface, at)
        spans.append((start, start + len(surface)))
        at = start + len(surface)
    found = resolver.resolve(toponyms_at(text, spans, place_index()))
    by_span = {(pm.start, pm.end): pm for pm in found}
    return [(by_span[s].text, *((by_span[s].place.name, by_span[s].place.country, by_span[s].place.kind) if by_span[s].place else (None,) * 3))
            for s in spans]


def test_places_a_city_inside_a_division_of_its_name_is_the_city(resolver):
    assert _at(resolver, "a ceremony due to be held on January 9 in Zurich.", "Zurich")[0][3] == "city"
    assert _at(resolver, "the western province of Aydin was searched", "Aydin")[0][3] == "admin1"  # cued: the province
    assert _at(resolver, "from mid-Ohio to the western borders of Montana and Wyoming", "Ohio", "Montana", "Wyoming")[2][3] == "admin1"


def test_places_a_name_in_a_list_is_of_the_kind_of_the_name_before_it(resolver):
    text = "Alberta trade. Alberta, Alberta. New South Wales, Western Australia and Queensland all do it."
    assert _at(resolver, text, "Alberta", "Alberta", "Alberta", "New South Wales", "Western Australia", "Queensland")[-1][1:] == \
        ("Queensland", "AU", "admin1")


def test_places_one_name_is_one_place_where_the_text_placed_it(resolver):
    text = "HOLLIDAY, Mo. — A 25-year-old Paris, Missouri, man was arrested. His passenger, 31, of Paris, was hurt."
    assert [p[2] for p in _at(resolver, text, "Paris", "Missouri", "Paris")] == ["US", "US", "US"]
    assert _at(resolver, text, "Paris", "Missouri", "Paris")[2][1:] == _at(resolver, text, "Paris", "Missouri", "Paris")[0][1:]
    singapore = "a Singapore, Singapore tag. Singapore said"
    assert _at(resolver, singapore, "Singapore", "Singapore", "Singapore")[2][3] == "country"  # a city-state


def test_places_a_division_word_after_a_name_finds_the_division(resolver):
    text = "attacks in central Jordan. A house fire in the Karak district, said Jordan's police."
    assert _at(resolver, text, "Jordan", "Karak district", "Jordan")[1][1:] == ("Al Karak", "JO", "admin1")


@pytest.mark.parametrize(
    "text, surface",
    [
        ("The Columbia State Lyceum Committee met.", "Columbia"),  # a college, not a state's cue
        ("released by the Police Department of Oakland on Monday", "Oakland"),  # an agency of the city
        ("one of the biggest parks in the Charlotte region", "Charlotte"),  # a metropolitan area
    ],
)
def test_places_no_division_cue_in_a_colleges_or_an_agencys_name(text, surface):
    from tocsin.read.toponyms import toponyms_at

    start = text.index(surface)
    assert not toponyms_at(text, [(start, start + len(surface))], place_index())[0].admin
    cued = "a ceremony in the state of Aragua, then in New York State"
    assert all(t.admin for t in toponyms_at(cued, [(cued.index("Aragua"), cued.index("Aragua") + 6), (cued.index("New York"), cued.index("New York") + 8)], place_index()))


def test_places_a_states_residents_and_a_countys_short_form_name_the_division(resolver):
    text = "Two Texans and an Ohioan were held in Platte Co. on Friday."
    found = _at(resolver, text, "Texans", "Ohioan", "Platte Co.")
    assert [f[1:] for f in found[:2]] == [("Texas", "US", "admin1"), ("Ohio", "US", "admin1")]
    assert found[2][3] == "admin2" and found[2][1] == "Platte County"


def test_places_a_city_bearing_its_divisions_name_keeps_the_divisions_claim(resolver):
    text = "She is traveling to Gaza. Israel and Egypt keep the borders into Gaza closed."
    assert _at(resolver, text, "Gaza", "Israel", "Egypt", "Gaza")[0][1:] == ("Gaza", "PS", "city")  # not Mozambique's province


@pytest.mark.parametrize(
    "text, surface, label",
    [
        ("We need to get it done.  Go ahead, Michael.  Q Thank you.", "Michael", "GPE"),  # spoken to
        ("questions later.\n\nShelby.\n\nQ    Thank you, Jen.", "Shelby", "GPE"),  # called on in a briefing
        ("A year ago today, Kamala and I stood next to the family.", "Kamala", "GPE"),  # beside the speaker
        ("time out of your busy lives.  AUDIENCE:  Kamala!  Kamala!", "Kamala", "GPE"),  # chanted
        ("And with her husband, Paul, they stood up to extremism.", "Paul", "GPE"),  # in apposition to a relative
        ("a report by the GAO found that", "GAO", "ORG"),  # an acronym, not Mali's Gao
        ("the President is looking forward to it, a critical time for the Alliance.", "Alliance", "GPE"),  # "the" + a town's name
        ("said David Dillion, EPA's Special Agent in Charge in Philadelphia.", "Charge", "GPE"),  # a title
        ("Alphabet announced — that's Google's parent company.", "Google", "ORG"),  # a company, whatever town was once so named
    ],
)
def test_places_names_of_people_titles_and_companies_are_no_places(text, surface, label):
    assert [found for found in _found(text, [(surface, label)]) if found[1] is not None] == []


def test_places_a_town_a_line_wrap_leaves_alone_is_still_a_place():
    text = "-   An MS-13 gang member convicted of assault, apprehended in\n    Houston.\n-   A national charged"
    assert _found(text, [("Houston", "GPE")])[0][1] == "Houston"


def test_places_the_bronx_and_the_yukon_stay_places():
    assert _found("a fire in the Yukon last week", [("Yukon", "GPE")])[0][2] == "admin1"


def test_places_news_conventions_for_korea_and_a_state_named_like_a_town(resolver):
    assert _at(resolver, "the port of Busan, Korea on June 3", "Busan", "Korea")[1][1:] == ("South Korea", "KR", "country")
    text = "He spoke in Ohio on Monday. The investigation is being conducted by the U.S. Attorney in Delaware."
    assert _at(resolver, text, "Ohio", "Delaware")[1][1:] == ("Delaware", "US", "admin1")  # not Delaware, Ohio


def test_places_names_listed_before_counties_are_counties(resolver):
    text = "as many as 850 volunteers from Camden and Charlton counties in Georgia and Nassau and Baker counties in Florida"
    found = _at(resolver, text, "Camden", "Charlton", "Georgia", "Nassau", "Baker", "Florida")
    assert [(f[1], f[3]) for f in found[:2]] == [("Camden County", "admin2"), ("Charlton County", "admin2")]
    assert [f[3] for f in found[3:5]] == ["admin2", "admin2"] and found[4][1] == "Baker County"


def test_places_a_state_listed_with_a_state_is_the_state_even_named_like_the_capital(resolver):
    assert _at(resolver, "a supporter of Oregon and Washington laws", "Oregon", "Washington")[1][1:] == ("Washington", "US", "admin1")


def test_places_a_name_with_a_middle_initial_is_a_person_whatever_the_model_called_it():
    # "Tyrise M. Bell" tagged an organization, then "Bell" alone: the man, not Bell, California
    from tocsin.read.placenames import person_surnames
    from tocsin.read.toponyms import find_toponyms

    text = "The shooting of Tyrise M. Bell was justified. The officer shot Bell as the two struggled."
    first, second = text.index("Tyrise M. Bell"), text.rindex("Bell")
    ents = [(first, first + len("Tyrise M. Bell"), "ORG"), (second, second + 4, "ORG")]
    persons = person_surnames(ents, text)
    assert "bell" in persons
    assert find_toponyms(text, ents, persons, place_index()) == []
    assert person_surnames([(0, 12, "ORG")], "Kansas City. ") == set()  # no initial: not read as a name


def test_places_a_foreign_division_named_like_a_capital_yields_to_the_capital(resolver):
    assert _at(resolver, "A suicide bomber blew up a bus in Jerusalem, killing five people.", "Jerusalem")[0][1:] == \
        ("Jerusalem", "IL", "city")
    assert _at(resolver, "Officials in the Jerusalem Governorate said the road was closed.", "Jerusalem Governorate")[0][3] == "admin1"


def test_placesbearers_of_are_the_candidates_with_the_name_as_their_own():
    from tocsin.models import Place
    from tocsin.read.namesakes import bearers_of

    paris = Place(2988507, "Paris", "city", "FR", "11", 48.85, 2.35, 2_138_551)
    tennessee = Place(4647963, "Paris", "city", "US", "TN", 36.30, -88.33, 10_156)
    swainsboro = Place(4226552, "Swainsboro", "city", "US", "GA", 32.60, -82.33, 7_603)  # once called Paris
    assert bearers_of(Toponym(0, 5, "PARIS", "ner"), [paris, swainsboro, tennessee]) == [paris, tennessee]
    assert bearers_of(Toponym(0, 5, "Pàris.", "ner"), [swainsboro]) == []


def test_places_score_reads_the_same_with_thebearers_of_given_or_found(resolver):
    top = Toponym(0, 6, "Boston", "ner")
    found = resolver.candidates(top)
    ctx = resolver._local_context([top], "")
    from tocsin.read.namesakes import bearers_of

    given = [resolver.score(top, p, ctx, found, bearers=bearers_of(top, found)) for p in found]
    assert given == [resolver.score(top, p, ctx, found) for p in found] and len(found) > 1


@pytest.mark.parametrize("text, name, is_place", [
    # a surname the text gives in full, before a word for the person's court case: the person's, even after "in"
    ("New twist develops in Fairfield hearing. Elizabeth Fairfield was charged.", "Fairfield", False),
    ("Jury selected in Bristol trial. Mark Bristol denies the charges.", "Bristol", False),
    ("Delay in Fairfield sentencing. Elizabeth Fairfield was convicted.", "Fairfield", False),
    # the same name where it places something stays a place
    ("A man was shot in Fairfield on Friday. Elizabeth Fairfield was charged.", "Fairfield", True),
    ("Fairfield man charged. Elizabeth Fairfield was not involved.", "Fairfield", True),
])
def test_places_a_surname_before_a_word_for_a_court_case_is_no_place(text, name, is_place):
    from tocsin.read.toponyms import find_toponyms
    start = text.index(name)
    ents = [(start, start + len(name), "GPE")]
    assert bool(find_toponyms(text, ents, {name.lower()}, place_index())) == is_place
