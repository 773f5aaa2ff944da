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
    assert _designations(make_doc, text, "https://news.example.com/x") == [("Ecuador", "authority")]
