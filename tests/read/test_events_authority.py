"""A designation takes place in the designating country (events/authority.py; docs/annotation.md §2.4)."""

import pytest

from tocsin.read.events.authority import _site_country


@pytest.mark.parametrize(("url", "country"), [
    ("https://www.state.gov/releases/2025/02/designation", "US"),
    ("https://www.sre.gob.mx/comunicados/123", "MX"),
    ("https://www.gov.uk/government/news/sanctions", "GB"),
    ("https://www.example.com/news", None),
    (None, None),
])
def test_authority_a_government_site_is_its_countrys(url, country):
    found = _site_country(url)
    assert (found.country if found else None) == country


def _designations(make_doc, text, url):
    from tocsin.read import read_many

    doc = make_doc(text, url=url, published_at="2025-03-10")
    ((_, ann),) = read_many([doc], gated=False)
    places = {p.key: p for p in ann.places}
    return [(places[e.place_key].name if e.place_key in places else None, e.place_basis) for e in ann.events if e.type == "designation"]


@pytest.mark.model
def test_authority_a_designation_a_government_site_reports_is_that_governments(make_doc):
    text = "The Department designated the Gulf Clan, which operates in Colombia and Panama, as a terrorist organization."
    assert _designations(make_doc, text, "https://www.state.gov/releases/x") == [("United States", "authority")]
    assert _designations(make_doc, text, "https://news.example.com/x") != [("United States", "authority")]


@pytest.mark.model
def test_authority_a_country_that_designates_is_where_it_designates(make_doc):
    text = "Ecuador designated Los Lobos, a gang that also runs illegal mines near Trujillo, Peru, as a terrorist group."
    # the designation's own clause names it (its subject) and the authority's rule places it there: the rule's basis
    assert _designations(make_doc, text, "https://news.example.com/x") == [("Ecuador", "authority")]


def _placed(make_doc, text, language="en"):
    from tocsin.read import read_many

    ((_, ann),) = read_many([make_doc(text, language=language, published_at="2025-04-28")], gated=False)
    places = {p.key: p for p in ann.places}
    return {e.type: (places[e.place_key].name if e.place_key in places else None, e.place_basis) for e in ann.events}


@pytest.mark.model
@pytest.mark.parametrize(("text", "language", "country"), [
    ("Recent wins:\n\n-   The Department of Justice charged 27 members of Tren de Aragua with racketeering.\n", "en", "United States"),
    ("Logros:\n\n-   Juan Pérez fue acusado formalmente por la Fiscalía General de la República por extorsión.\n", "es", "Mexico"),
])
def test_authority_a_charge_a_countrys_agency_brings_is_in_that_country(make_doc, text, language, country):
    assert _placed(make_doc, text, language)["charge"] == (country, "authority")


@pytest.mark.model
def test_authority_an_arrest_by_a_countrys_agency_is_not_placed_at_home(make_doc):
    """Agents arrest abroad too ("The FBI captured a senior leader of MS-13", in Mexico): the text must say where."""
    text = "Recent wins:\n\n-   The FBI arrested a senior leader of MS-13 on its Ten Most Wanted list.\n"
    assert _placed(make_doc, text)["arrest"] == (None, "unknown")


@pytest.mark.model
def test_authority_the_agency_of_another_happening_places_no_charge(make_doc):
    text = "Julian Lema, an Ecuadorian national with a conviction for rape, was arrested by ICE in New York.\n"
    assert _placed(make_doc, text)["conviction"] == (None, "unknown")


@pytest.mark.model
@pytest.mark.parametrize(("text", "language"), [
    ("Jose Ramirez, who the FBI had sought for years, was convicted in absentia of kidnapping.\n", "en"),
    ("Jose Ramirez, a fugitive sought by the FBI, was convicted of kidnapping.\n", "en"),
    ("José Ramírez, a quien el FBI buscaba desde hace años, fue condenado por secuestro.\n", "es"),
])
def test_authority_an_agency_that_only_describes_someone_places_no_conviction(make_doc, text, language):
    assert _placed(make_doc, text, language)["conviction"] == (None, "unknown")
