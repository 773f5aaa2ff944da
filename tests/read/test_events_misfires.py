"""Rules that reached past what their examples meant, each held to its place (a review of the stop's rules read them
on sentences of other shapes): a count told with a dateline, bodies found, a foreign army, a wire bureau's dateline,
a non-fatal shooting, an execution in an operation, a car bomb, a planned attack foreseen, two people of one town, a
killing before new measures, a rights group, a diaspora's communities, a year before a place's name."""

import pytest

from tocsin.models import Document
from tocsin.read import read, read_many
from tocsin.read.statements import classify

pytestmark = pytest.mark.model


def _events(text, published="2024-03-10", gated=False):
    ((_, ann),) = read_many([Document(id="x", text=text, source="x", published_at=published, language="en")], gated=gated)
    return ann.events


def test_misfires_a_count_claim_takes_no_place_from_the_dateline():
    (claim,) = [e for e in _events("SANTIAGO, Chile — Tren de Aragua operates in at least eight countries, according to "
                                   "prosecutors.") if e.type == "presence"]
    assert claim.extent_span is not None and claim.place_key is None


def test_misfires_bodies_found_somewhere_are_no_presence_of_their_gang():
    assert not [e for e in _events("The bodies of three Tren de Aragua members were found in Denver.") if e.type == "presence"]


@pytest.mark.parametrize("text, not_there", [
    ("KYIV, Ukraine (AP) — Russian forces killed five civilians in a village on Monday.", "gn-2017370"),  # Russia
    ("Prosecutors said the Venezuelan government ordered the murder of Ronald Ojeda.", "gn-3625428"),  # Venezuela
    ("MEXICO CITY (AP) — Gunmen killed 12 people at a bar in western Mexico on Saturday.", "gn-3530597"),  # Mexico City
])
def test_misfires_a_foreign_force_or_a_wire_bureau_is_not_where_it_happened(text, not_there):
    assert all(e.place_key != not_there for e in _events(text) if e.type == "killing")


@pytest.mark.parametrize("text, etype", [
    ("A man was injured in a non-fatal shooting on Main Street on Friday.", "attack"),
    ("Three men were executed during an operation by soldiers in Tlatlaya.", "killing"),
    ("He was killed by a car bomb in Kabul on Monday.", "killing"),
    ("A gunman killed his wife and accidentally wounded his son on Friday.", "killing"),
])
def test_misfires_the_type_follows_what_happened(text, etype):
    assert etype in [e.type for e in _events(text)]


def test_misfires_an_attack_on_someone_of_the_same_town_is_no_killing():
    found = _events("A Houston man was killed on Friday. Separately, gunmen shot a Houston woman in Katy; she survived.")
    assert "attack" in [e.type for e in found]


def test_misfires_a_killing_before_new_measures_happened():
    (killing,) = [e for e in _events("New security measures after the killing of the mayor were announced on Monday.")
                  if e.type == "killing"]
    assert killing.happened


def test_misfires_a_planned_attack_foreseen_is_a_forecast():
    assert classify("The gang will carry out the planned attacks on police chiefs next month", "said", "en")[0] == "forecast"


@pytest.mark.parametrize("text, not_there", [
    ("Tren de Aragua was named in the report, Human Rights Watch said. The human rights group operates in Colombia and "
     "Peru.", "gn-3686110"),  # Colombia: the rights group's, not the gang's
    ("Tren de Aragua has infiltrated Venezuelan communities in Chile.", "gn-3625428"),  # Venezuela: whose communities
])
def test_misfires_presence_is_the_gang_s_where_the_text_puts_it(text, not_there):
    assert all(e.place_key != not_there for e in _events(text) if e.type == "presence")


def test_misfires_a_year_before_a_place_s_name_dates_the_happening(make_doc):
    doc = make_doc("Police charged him on Monday in the 2019 El Paso shooting.", published_at="2024-03-10")
    assert any(t.value == "2019" for t in read(doc).times)


def test_misfires_a_lead_in_s_place_is_left_out_only_where_people_were_removed_to():
    """'arrested by a Houston task force' is no removal (the Spanish 'a' had read as one); 'deported to El Salvador' is."""
    text = ("Gang members arrested by a Houston task force this week:\n\n- Juan Perez, 32, charged with murder.\n\n"
            "- Luis Soto, 28, charged with robbery.")
    charges = [e for e in _events(text) if e.type == "charge"]
    assert charges and all(e.place_key == "gn-4699066" for e in charges)  # Houston


def test_misfires_two_towns_named_as_often_leave_the_story_s_focus_as_it_is():
    """A Mexico story naming Sinaloa three times and Jalisco three times keeps to neither: the focus stands."""
    from collections import Counter

    from tocsin.models import Place
    from tocsin.read.anchor import _finer

    mexico, sinaloa, jalisco = (Place(id=i, name=n, kind=k, country="MX", admin1=a, lat=0.0, lon=0.0, population=1)
                                for i, n, k, a in ((1, "Mexico", "country", ""), (2, "Sinaloa", "admin1", "25"), (3, "Jalisco", "admin1", "14")))
    places = {p.key: p for p in (mexico, sinaloa, jalisco)}
    assert _finer(mexico, Counter({sinaloa.key: 3, jalisco.key: 3}), places) is None
    assert _finer(mexico, Counter({sinaloa.key: 3, jalisco.key: 2}), places) is sinaloa


def test_misfires_a_spanish_exception_takes_its_place_out_of_the_claim():
    """'excepto en Ecuador': the Spanish parse hangs 'excepto' on Ecuador itself, not on the way to the predicate."""
    text = "El Tren de Aragua opera en Perú y en Colombia, excepto en Ecuador."
    ((_, ann),) = read_many([Document(id="x", text=text, source="x", published_at="2024-03-10", language="es")], gated=False)
    places = {e.place_key for e in ann.events if e.type == "presence"}
    assert "gn-3658394" not in places and {"gn-3932488", "gn-3686110"} <= places  # not Ecuador; Peru and Colombia


def test_misfires_a_country_s_embassies_are_whose_not_where():
    found = _events("August 1998: Al-Qaeda suicide bombers simultaneously bombed U.S. embassies in Kenya and Tanzania, "
                    "killing 224 people.", published="2026-03-02")
    # Kenya and Tanzania, one bombing in each (each_place.py), not the United States
    assert [e.place_key for e in found if e.type == "killing"] == ["gn-192950", "gn-149590"]
