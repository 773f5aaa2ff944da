"""The category words match whole words only (read.events.words._category_of): every alternative of a category's
pattern that is a short word ending longer ones starts a word, so "bus" in a town's name or "firms" in "confirms" says
nothing; a prefixed or compound word still counts ("exgobernador", "steelworkers", "schoolchildren")."""

import pytest

from tocsin.read.events.words import _categories, _category_of


@pytest.mark.parametrize("words, language, category", [
    ("a 40-year-old Columbus man", "en", None),
    ("a bus driver", "en", "business"),
    ("the crew of two submarines", "en", None),
    ("a homeowner on Pine Street", "en", None),
    ("the owner of a bakery", "en", "business"),
    ("two narcoterrorists", "en", "rival group"),
    ("a retired sheriff's deputy", "en", "former law enforcement"),
    ("un expolicía de Culiacán", "es", "former law enforcement"),
    ("un comerciante de Tijuana", "es", "business"),
    ("el exgobernador Jorge Treviño", "es", "elected or public official"),
    ("un exfiscal regional", "es", "judiciary"),
    ("un exdiputado local", "es", "elected or public official"),
    ("un microempresario", "es", "business"),
    ("el vicegobernador del estado", "es", "elected or public official"),
    ("two steelworkers", "en", "business"),
    ("a farmworker", "en", "business"),
    ("the civil rights leader Medgar Evers", "en", "political dissident or exile"),
    ("three civil rights workers", "en", "political dissident or exile"),
    ("Supreme Leader Ali Khamenei", "en", "elected or public official"),
    ("the team leader", "en", None),
    ("a civil engineer", "en", None),
    ("an explosion of marine life", "en", None),  # the sea's life, no Marine
    ("the marine biologist", "en", None),
    ("a Marine stationed at the base", "en", "military"),
    ("the NAACP leader Medgar Evers", "en", "political dissident or exile"),  # a civil rights body's leader
    ("the local NAACP chapter president", "en", "political dissident or exile"),
    ("an NAACP spokesman", "en", None),
    ("two marines", "en", "military"),
])
def test_category_words_match_whole_words(words, language, category):
    assert _category_of(words, language) == category


@pytest.mark.parametrize("words", ["three schoolchildren", "a schoolteacher", "his grandmother", "her stepdaughter", "two fishermen"])
def test_civilian_words_inside_compounds(words):
    civilian = next(p for name, p in _categories("en") if name == "civilian")
    assert civilian.search(words)


@pytest.mark.parametrize("words, language", [
    # a category word inside a longer word or a name says nothing
    ("Courtney Ruiz", "en"), ("Dale Marshall", "en"), ("Ana Bishop", "en"), ("the board chairman", "en"),
    ("a county medical examiner", "en"), ("the creditors", "en"), ("a tax consultant", "en"),
    ("the unofficial tally", "en"), ("Greg Armytage", "en"), ("a storyteller", "en"),
])
def test_category_words_inside_longer_words(words, language):
    assert _category_of(words, language) is None


@pytest.mark.parametrize("words, language, category", [
    ("una defensora pública", "es", "judiciary"),
    ("un servidor público", "es", "elected or public official"),
    ("two autoworkers", "en", "business"),
    ("a sheriff's deputy", "en", "law enforcement"),
])
def test_category_words_whole_and_compound(words, language, category):
    assert _category_of(words, language) == category


@pytest.mark.parametrize("words, language, category", [
    ("the army's soldiers", "en", "military"),
    ("outside the courts", "en", "judiciary"),
    ("three U.S. diplomatic personnel", "en", "elected or public official"),
    ("a policewoman", "en", "law enforcement"),
    ("dos elementos policiales", "es", "law enforcement"),
])
def test_category_words_possessive_plural_and_kin(words, language, category):
    assert _category_of(words, language) == category


@pytest.mark.parametrize("words, language, category", [
    # the jury
    ("two jurors", "en", "judiciary"),
    # craft and units of war
    ("a navy warship", "en", "military"),
    ("the assault force", "en", "military"),
    ("un buque de guerra", "es", "military"),
    # the fighters and ranks of armed and criminal groups, before any police rank
    ("a cartel lieutenant", "en", "rival group"),
    ("the gang's enforcer", "en", "rival group"),
    ("a mob boss", "en", "rival group"),
    ("three enemy fighters", "en", "rival group"),
    ("two rebels", "en", "rival group"),
    ("un jefe del cartel", "es", "rival group"),
    ("dos combatientes", "es", "rival group"),
])
def test_category_words_whole_classes(words, language, category):
    assert _category_of(words, language) == category


@pytest.mark.parametrize("words, language, category", [
    ("the U.S. embassy", "en", None),  # who a bombing of one kills is whoever was there: the building says nothing
    ("a reputed drug kingpin", "en", None),  # a trafficker is no member of an armed group for that
    ("enemy soldiers", "en", "military"),  # soldiers of the other side are soldiers
    ("a police lieutenant", "en", "law enforcement"),
    ("two firefighters", "en", None),
    ("a lynch mob", "en", None),
    ("a gang of teenagers", "en", None),
    ("a man treated for injuries", "en", None),  # "juries" inside "injuries" is no jury
    ("a witness charged with perjury", "en", None),
    ("twelve non-combatants", "en", None),
    ("doce no combatientes", "es", None),
    ("the firearms trafficking strike forces", "en", None),  # a strike force is police as often as soldiers
    ("the cartel leadership", "en", None),
])
def test_category_words_near_misses_of_the_classes(words, language, category):
    assert _category_of(words, language) == category


@pytest.mark.parametrize("words, category", [
    # a seat of government: the people who sit there are officials
    ("this very Capitol", "elected or public official"),
    ("the state Capitol", "elected or public official"),
    ("the parliament building", "elected or public official"),
    ("the state legislature", "elected or public official"),
    # a legislator by the abbreviation of the seat
    ("MLA Sandra Jansen", "elected or public official"),
    ("two MPs", "elected or public official"),
    # a regime struck as a power
    ("the regime and its nuclear infrastructure", "military"),
    ("the Iranian regime", "military"),
    # near misses: a place named after a seat, the seat's police, the regime's victims or critics
    ("a man on Capitol Hill", None),
    ("a Capitol Police officer", "law enforcement"),
    ("a shop on Parliament Street", "business"),
    ("a Congressional intern", None),
    ("the regime's victims", None),
    ("two of the regime's critics", "political dissident or exile"),
    ("a stolen MP3 player", None),
    # a party's Congress, an army's military police, a theatre named after the seat
    ("the US Congress", "elected or public official"),
    ("a Congress worker", "business"),
    ("two African National Congress members", None),
    ("a party congress", None),
    ("two Army MPs", "military"),
    ("the Capitol Theatre", None),
    # the regime's opponents and victims, however far from the word
    ("anti-regime protesters", None),
    ("victims of the Assad regime", None),
    ("dissidents persecuted by the Maduro regime", "political dissident or exile"),
    ("people persecuted by the Maduro regime", None),
    ("regime supporters", None),
])
def test_category_words_seats_legislators_and_regimes(words, category):
    assert _category_of(words, "en") == category
