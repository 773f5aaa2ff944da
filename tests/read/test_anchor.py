import pytest

from tocsin.models import Annotations, Mention, Place, Sentence, TimeExpression
from tocsin.read.anchor import court_seat, home, locate, main_place, of_a_person, office

LIMA = Place(3936456, "Lima", "city", "PE", "LMA", -12.04, -77.03, 7737002)
PERU = Place(3932488, "Peru", "country", "PE", "", -11.1, -76.3, 31989260)
ATE = Place(-1012, "Ate", "city", "PE", "LMA", -12.03, -76.92, 599196)
TEXT = "LIMA, Peru — A driver was shot in Ate on Monday. Unions called a strike. Peru has a problem in Peru."


def _ann(**kw):
    m = lambda text, place, n=0: Mention(TEXT.index(text) if n == 0 else TEXT.rindex(text), (TEXT.index(text) if n == 0 else TEXT.rindex(text)) + len(text), text, "GPE", "place", "model", place.key)  # noqa: E731
    mentions = (m("LIMA", LIMA), m("Peru", PERU), m("Ate", ATE), m("Peru", PERU, 1))
    mon = TEXT.index("on Monday")
    times = (TimeExpression(mon, mon + 9, "on Monday", "2024-10-07", "DATE", "day", "2024-10-07", "2024-10-07"),)
    sents = (Sentence(0, 48), Sentence(49, 73), Sentence(74, len(TEXT)))
    return Annotations("d", sents, mentions, (LIMA, PERU, ATE), kw.get("dateline", LIMA.key), times)


def test_anchor_place_and_date_from_the_sentence():
    shot = TEXT.index("shot")
    a = locate(_ann(), shot, shot + 4, "2024-10-10")
    assert (a.place.name, a.place_basis, a.place_precision) == ("Ate", "sentence", "city")
    assert (a.date_value, a.date_precision, a.date_basis) == ("2024-10-07", "day", "sentence")


def test_anchor_falls_back_to_dateline_and_publication():
    strike = TEXT.index("strike")
    a = locate(_ann(), strike, strike + 6, "2024-10-10")
    assert (a.place.name, a.place_basis) == ("Lima", "dateline")
    assert (a.date_value, a.date_precision, a.date_basis) == ("2024-10-10", "publication", "published")


def test_anchor_document_focus_and_unknown():
    ann = _ann(dateline=None)
    strike = TEXT.index("strike")
    assert locate(ann, strike, strike + 6, None).place_basis == "document"
    assert main_place(ann).name == "Peru"
    empty = Annotations("d", (Sentence(0, 10),))
    a = locate(empty, 0, 3, None)
    assert (a.place, a.place_basis, a.date_precision) == (None, "unknown", "unknown")


def test_anchor_the_dateline_is_not_a_place_of_its_sentence():
    text = "LIMA, Peru — Gunmen shot a driver on Monday."
    mentions = (Mention(0, 4, "LIMA", "GPE", "place", "model", LIMA.key), Mention(6, 10, "Peru", "GPE", "place", "model", PERU.key))
    ann = Annotations("d", (Sentence(0, len(text)),), mentions, (LIMA, PERU), LIMA.key, dateline_end=10)
    shot = text.index("shot")
    a = locate(ann, shot, shot + 4, "2024-10-10")
    assert (a.place.name, a.place_basis) == ("Lima", "dateline")


def test_anchor_most_specific_place_for_events():
    text = "In Peru, gunmen shot a driver in Ate."
    mentions = (Mention(3, 7, "Peru", "GPE", "place", "model", PERU.key), Mention(33, 36, "Ate", "GPE", "place", "model", ATE.key))
    ann = Annotations("d", (Sentence(0, len(text)),), mentions, (PERU, ATE))
    shot = text.index("shot")
    assert locate(ann, shot, shot + 4, None).place.name == "Peru"  # the closest
    assert locate(ann, shot, shot + 4, None, most_specific=True).place.name == "Ate"


def test_anchor_a_place_of_the_events_own_clause_comes_first():
    text = "Gunmen shot a driver in Peru, weeks after a bus was burned in Ate."
    mentions = (Mention(24, 28, "Peru", "GPE", "place", "model", PERU.key), Mention(62, 65, "Ate", "GPE", "place", "model", ATE.key))
    ann = Annotations("d", (Sentence(0, len(text)),), mentions, (PERU, ATE))
    shot = text.index("shot")
    assert locate(ann, shot, shot + 4, None, most_specific=True).place.name == "Ate"  # the most specific, whatever its clause
    own = lambda m: m.start < 30  # noqa: E731
    assert locate(ann, shot, shot + 4, None, most_specific=True, own=own).place.name == "Peru"


@pytest.mark.parametrize(
    ("test", "text", "name", "expected"),
    [
        # where someone lives or comes from is not where a thing happened to them
        ("home", "Darrell D. Ross, 29, of Columbia, is charged with murder.", "Columbia", True),
        ("home", "Gerald R. Lueders, 65, of Woodbridge, Va., pleaded guilty.", "Woodbridge", True),
        ("home", "Christian M. Milton, 61, of Wynnewood, Pa., was convicted.", "Pa.", True),  # the state of a home town too
        ("home", "A Coral Gables man was arrested on Friday.", "Coral Gables", True),
        ("home", "A Highland Falls, N.Y., woman was arrested today.", "Highland Falls", True),
        ("home", "Ibrahim, a native of Ghana and naturalized citizen of Mexico, was sentenced.", "Mexico", True),
        ("home", "Eli Lilly, headquartered in Indianapolis, is charged.", "Indianapolis", True),
        ("home", "He was arrested after arriving on a flight from Belize.", "Belize", True),
        ("home", "Fue detenido un vecino de Maipú.", "Maipú", True),
        ("home", "An illegal alien from Mexico, deported twice, was arrested in Atlanta.", "Mexico", True),
        ("home", "Two men from Honduras were charged on Monday.", "Honduras", True),
        ("home", "Migrants from Venezuela crossed the river.", "Venezuela", True),
        ("home", "Four policemen and a woman visiting from Canada were killed in Karak.", "Canada", True),
        ("home", "A female tourist from Germany was stabbed in Hurghada.", "Germany", True),
        ("home", "Two students travelling from Lyon were among the dead.", "Lyon", True),
        ("home", "Four policemen and a woman visiting from Canada were killed in Karak.", "Karak", False),
        ("home", "Tourists fleeing the attack ran from the castle into Karak.", "Karak", False),
        ("home", "Visitors to Paris were told to stay indoors.", "Paris", False),
        ("home", "An illegal alien from Mexico, deported twice, was arrested in Atlanta.", "Atlanta", False),
        ("home", "Cocaine shipped from Colombia was seized.", "Colombia", False),
        ("home", "He was shot in Columbia on Friday.", "Columbia", False),
        ("home", "The murder of a shopkeeper in Coral Gables shocked the city.", "Coral Gables", False),
        ("home", "They abducted her from Springfield Mall.", "Springfield", False),
        ("home", "An indictment was returned in the District of Columbia.", "Columbia", False),
        ("home", "He was arrested in Miami, Florida, on Friday.", "Florida", False),
        # the state written after a home town, a comma after its short form; a student's home state
        ("home", "A Scotia, N.Y., man was charged on Tuesday.", "N.Y.", True),
        ("home", "Dana Ortiz, a Kansas nursing student, was stabbed at a party.", "Kansas", True),
        ("home", "In Ohio, women marched on Sunday.", "Ohio", False),
        ("home", "He was shot at a Georgia college on Friday.", "Georgia", False),
        ("home", "Police in Dayton, Ohio, said the man fled.", "Ohio", False),
        # where a court sits, written with its place
        ("court", "indicted by a federal grand jury in the District of Massachusetts for", "Massachusetts", True),
        ("court", "U.S. Attorney for the Northern District of Ohio announced", "Ohio", True),
        ("court", "was charged Monday in Wyandotte County District Court with battery", "Wyandotte County", True),
        ("court", "On Monday an Alexandria grand jury indicted him", "Alexandria", True),
        ("court", "pleaded guilty in federal court in Brooklyn", "Brooklyn", True),
        ("court", "compareció ante el Juzgado Tercero Penal de Cúcuta", "Cúcuta", True),
        ("court", "the victim was shot in Brooklyn", "Brooklyn", False),
        ("court", "a Springfield church burned", "Springfield", False),
    ],
)
def test_anchor_a_home_town_and_a_courts_seat(test, text, name, expected):
    start = text.index(name)
    language = "es" if "vecino" in text or "Juzgado" in text else "en"
    assert {"home": home, "court": court_seat}[test](text, start, start + len(name), language) is expected


def test_anchor_a_dateline_yields_to_the_place_the_story_is_about():
    sf = Place(5391959, "San Francisco", "city", "US", "CA", 37.77, -122.42, 864816)
    oakland = Place(5378538, "Oakland", "city", "US", "CA", 37.80, -122.27, 419267)
    text = "SAN FRANCISCO — A fourth Oakland officer died. Oakland mourned. The gunman was shot dead. Oakland police said so."
    spans = [("SAN FRANCISCO", sf, 0)] + [("Oakland", oakland, i) for i in range(3)]
    starts = {}
    mentions = []
    for surface, place, n in spans:
        start = text.index(surface, starts.get(surface, -1) + 1)
        starts[surface] = start
        mentions.append(Mention(start, start + len(surface), surface, "GPE", "place", "model", place.key))
    sents = (Sentence(0, 46), Sentence(47, 62), Sentence(63, 89), Sentence(90, len(text)))
    ann = Annotations("d", sents, tuple(mentions), (sf, oakland), sf.key, dateline_end=13)
    shot = text.index("shot")
    assert (locate(ann, shot, shot + 4, None).place.name, locate(ann, shot, shot + 4, None).place_basis) == ("Oakland", "document")
    alone = Annotations("d", sents, tuple(mentions[:2]), (sf, oakland), sf.key, dateline_end=13)
    assert locate(alone, shot, shot + 4, None).place_basis == "dateline"  # named once each: the dateline stands


def test_anchor_a_country_before_court_names_a_court_system_not_a_seat():
    text = "sentenced in United States District Court to ten years"
    start = text.index("United States")
    assert court_seat(text, start, start + 13) and not court_seat(text, start, start + 13, country=True)


@pytest.mark.model
def test_anchor_a_record_someone_holds_is_placed_neither_by_the_dateline_nor_by_the_story():
    from tocsin.read import read_many
    from tocsin.models import Document

    text = "WASHINGTON - ICE arrested a man in Boston on May 2, 2025. He has convictions for robbery and assault."
    [(_, ann)] = list(read_many([Document(id="rec1", text=text, source="t", language="en", published_at="2025-05-10")]))
    conviction = next(e for e in ann.events if e.type == "conviction")
    assert conviction.place_key is None and conviction.target_text == "He"
    arrest = next(e for e in ann.events if e.type == "arrest")
    assert arrest.place_key is not None  # the arrest, told with its place, keeps it


def test_anchor_the_focus_is_the_town_inside_the_state_the_story_keeps_naming():
    # "Alexandria police found the body … an Alexandria grand jury …" in a story that names Virginia more often
    va = Place(6254928, "Virginia", "admin1", "US", "VA", 37.5, -78.9, 8_000_000)
    alexandria = Place(4744091, "Alexandria", "city", "US", "VA", 38.8, -77.0, 150_000)
    richmond_ky = Place(4305974, "Richmond", "city", "US", "KY", 37.7, -84.3, 30_000)
    text = "Virginia. Virginia. Virginia. Alexandria. Alexandria. Richmond. Richmond. Richmond."
    def ann(*names):
        places = {"Virginia": va, "Alexandria": alexandria, "Richmond": richmond_ky}
        mentions, at = [], 0
        for name in names:
            at = text.index(name, at)
            mentions.append(Mention(at, at + len(name), name, "GPE", "place", "model", places[name].key))
            at += len(name)
        return Annotations("d", (Sentence(0, len(text)),), tuple(mentions), tuple(places.values()))
    assert main_place(ann("Virginia", "Virginia", "Virginia", "Alexandria", "Alexandria")).name == "Alexandria"
    assert main_place(ann("Virginia", "Virginia", "Virginia", "Alexandria")).name == "Virginia"  # named once: not the story's
    assert main_place(ann("Virginia", "Virginia", "Virginia", "Richmond", "Richmond")).name == "Virginia"  # not inside it


def test_anchor_a_state_in_the_sentence_gives_way_to_the_dateline_town_inside_it():
    # "CARTHAGE, N.C. — A gunman killed eight people in a North Carolina nursing home."
    nc = Place(4482348, "North Carolina", "admin1", "US", "NC", 35.5, -79.0, 9_000_000)
    carthage = Place(4459343, "Carthage", "city", "US", "NC", 35.3, -79.4, 2_000)
    va = Place(6254928, "Virginia", "admin1", "US", "VA", 37.5, -78.9, 8_000_000)
    text = "CARTHAGE, N.C. — A gunman killed eight people in a North Carolina nursing home."
    def ann(state):
        at = text.index("North Carolina")
        mentions = (Mention(0, 8, "CARTHAGE", "GPE", "place", "places", carthage.key),
                    Mention(at, at + 14, "North Carolina", "GPE", "place", "model", state.key))
        return Annotations("d", (Sentence(0, len(text)),), mentions, (carthage, state), carthage.key, dateline_end=14)
    killed = text.index("killed")
    a = locate(ann(nc), killed, killed + 6, None, most_specific=True)
    assert (a.place.name, a.place_basis) == ("Carthage", "dateline")
    a = locate(ann(va), killed, killed + 6, None, most_specific=True)  # another state: the sentence's stands
    assert (a.place.name, a.place_basis) == ("Virginia", "sentence")


@pytest.mark.parametrize("text, place, is_office", [
    ("Five U.S. soldiers were wounded.", "U.S.", True),  # the nation's service members
    ("A Texas Marine was honored.", "Texas", True),
    # a place a preposition of location opens is where the service members acted
    ("In Culiacán soldiers arrested a cartel leader.", "Culiacán", False),
    ("In northern Gaza troops killed two fighters.", "Gaza", False),
    ("Across Mexico troops have seized cocaine.", "Mexico", False),
    ("In Texas Department of Public Safety troopers arrested him.", "Texas", True),  # an agency's name stays one
])
def test_anchor_service_members_after_a_place_of_action(text, place, is_office):
    start = text.index(place)
    assert office(text, start, start + len(place)) is is_office


@pytest.mark.parametrize("before", ["killed in the ", "killed in a ", "killed in an ", "in northern "])
def test_anchor_locative_before_takes_any_article(before):
    from tocsin.read.anchor import _LOCATIVE_BEFORE

    assert _LOCATIVE_BEFORE.search(before)


@pytest.mark.parametrize(("text", "name", "person", "expected"), [
    # a place after a person's name and "of" is where the person lives or serves
    ("Charged were Tom Reyes of Dunmore, Pa., and Ana Cruz of Scranton.", "Dunmore", "Tom Reyes", True),
    ("Charged were Tom Reyes of Dunmore, Pa., and Ana Cruz of Scranton.", "Scranton", "Ana Cruz", True),
    ("Prosecutor Lee Park of the Northern District of Texas said so.", "Northern District of Texas", "Lee Park", True),
    # not after another name, nor after a person's name that "of" does not follow
    ("The Bank of Scranton was robbed on Friday.", "Scranton", None, False),
    ("The mayor of Scranton said the man was shot.", "Scranton", None, False),
    ("Tom Reyes was shot in Scranton.", "Scranton", "Tom Reyes", False),
])
def test_anchor_a_place_after_a_person_s_name_and_of_is_theirs(text, name, person, expected):
    ends = frozenset({text.index(person) + len(person)} if person else ())
    assert of_a_person(text, text.index(name), ends) is expected


def test_anchor_a_focus_named_fewer_times_than_asked_lends_nothing():
    ann = _ann(dateline=None)  # Peru named twice, Lima and Ate once
    strike = TEXT.index("strike")
    assert locate(ann, strike, strike + 6, None, focus_named=2).place.name == "Peru"
    a = locate(ann, strike, strike + 6, None, focus_named=3)
    assert (a.place, a.place_basis) == (None, "unknown")


_MANITOBA = Place(6065171, "Manitoba", "admin1", "CA", "03", 55.0, -97.0, 1278365)
_VIRDEN = Place(6174457, "Virden", "city", "CA", "03", 49.85, -100.93, 3114)
_BRANDON = Place(5907896, "Brandon", "city", "CA", "03", 49.85, -99.95, 48859)


@pytest.mark.parametrize("text, inner, expected", [
    ("RCMP in Manitoba detained him when his car went off the road near the town of Virden.", ["Virden"], "Virden"),
    ("RCMP in Manitoba detained the Virden man when his car went off the road.", ["Virden"], "Manitoba"),  # no place of an act
    ("RCMP in Manitoba detained him when he drove in Virden and in Brandon.", ["Virden", "Brandon"], "Manitoba"),  # which?
])
def test_anchor_a_state_yields_to_the_town_inside_it_another_clause_places_the_act_in(text, inner, expected):
    spans = [("Manitoba", _MANITOBA)] + [(n, {"Virden": _VIRDEN, "Brandon": _BRANDON}[n]) for n in inner]
    mentions = [Mention(text.index(s), text.index(s) + len(s), s, "GPE", "place", "model", p.key) for s, p in spans]
    ann = Annotations("d", (Sentence(0, len(text)),), tuple(mentions), tuple(p for _s, p in spans))
    start = text.index("detained")
    own = lambda m: m.start < start  # noqa: E731  (the parse's own clause: "RCMP in Manitoba detained")
    where = locate(ann, start, start + 8, None, most_specific=True, own=own, text=text)
    assert where.place.name == expected
    assert locate(ann, start, start + 8, None, most_specific=True, own=own).place.name == "Manitoba"  # without the text


def test_anchor_a_town_in_a_clause_on_a_person_does_not_place_the_act():
    text = "RCMP in Manitoba arrested a man who was born in Virden."
    spans = [("Manitoba", _MANITOBA), ("Virden", _VIRDEN)]
    mentions = [Mention(text.index(s), text.index(s) + len(s), s, "GPE", "place", "model", p.key) for s, p in spans]
    ann = Annotations("d", (Sentence(0, len(text)),), tuple(mentions), tuple(p for _s, p in spans))
    start = text.index("arrested")
    own = lambda m: m.start < start  # noqa: E731
    beside = lambda m: False  # noqa: E731  (the parse: Virden stands in a relative clause on the man, no clause of the act)
    assert locate(ann, start, start + 8, None, most_specific=True, own=own, text=text, beside=beside).place.name == "Manitoba"
