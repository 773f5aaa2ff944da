"""Presence told in the wider ways reporting says where a group is: a footprint or inroads across places, a shop set up,
a grip on a place, control over a share or swaths of it or over what lies in it, a move or spread told with its manner
("spread rapidly into"), the streets or ports of a place infiltrated, a "with" phrase set before its clause, a place
described as a group's stronghold or home turf; and the near misses each must leave alone. Every sentence is invented,
none from the real-text set."""

import pytest

from .test_events_presence_forms import _claims, _pairs

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, language, pairs", [
    # a footprint, inroads, a shop set up, a grip
    ("The CJNG's footprint across Guatemala, Honduras and Colombia keeps growing.", "en", [("cjng", "CO"), ("cjng", "GT"), ("cjng", "HN")]),
    ("The Sinaloa Cartel's footprint across Europe and Australia is growing.", "en", [("sinaloa-cartel", ""), ("sinaloa-cartel", "AU")]),  # Europe a region
    ("Los Choneros have made inroads in Peru.", "en", [("los-choneros", "PE")]),
    ("The Camorra has set up shop in Germany.", "en", [("camorra", "DE")]),
    ("The Camorra's grip on Naples remains strong.", "en", [("camorra", "IT")]),
    ("The Sinaloa Cartel has a tight grip on Culiacán.", "en", [("sinaloa-cartel", "MX")]),
    # control over a share, swaths, or what lies in a place
    ("Al-Shabaab controls large swaths of southern Somalia.", "en", [("al-shabaab", "SO")]),
    ("The Taliban controls vast swaths of Afghanistan.", "en", [("taliban", "AF")]),
    ("Viv Ansanm controls roughly 85 percent of Port-au-Prince.", "en", [("viv-ansanm", "HT")]),
    ("La Nueva Familia Michoacana wields control over several municipalities in the State of Mexico.", "en", [("la-nueva-familia-michoacana", "MX")]),
    # a move or spread told with its manner; the streets or ports of a place infiltrated
    ("The CJNG has moved aggressively into Michoacán.", "en", [("cjng", "MX")]),
    ("Tren de Aragua has spread rapidly into Colombia.", "en", [("tren-de-aragua", "CO")]),
    ("Los Choneros have infiltrated the ports of Guayaquil.", "en", [("los-choneros", "EC")]),
    ("MS-13 has infiltrated the streets of Houston.", "en", [("ms-13", "US")]),
    # a "with" phrase set before its clause is the subject's
    ("With cells in Chile, the Sinaloa Cartel expanded its business.", "en", [("sinaloa-cartel", "CL")]),
    ("With branches in Spain and Italy, MS-13 now recruits in Europe.", "en", [("ms-13", ""), ("ms-13", "ES"), ("ms-13", "IT")]),
    # a place described as a group's stronghold, bastion or home turf
    ("Guayaquil, a Los Choneros stronghold, was paralyzed.", "en", [("los-choneros", "EC")]),
    ("Guayaquil, the Los Choneros' stronghold, was paralyzed.", "en", [("los-choneros", "EC")]),
    ("Reynosa, the Gulf Cartel's home turf, saw clashes.", "en", [("gulf-cartel", "MX")]),
    ("Sinaloa is a Sinaloa Cartel stronghold.", "en", [("sinaloa-cartel", "MX")]),
    ("The Sinaloa Cartel stronghold of Sinaloa was paralyzed.", "en", [("sinaloa-cartel", "MX")]),
    # Spanish: operations widened to a place, a base held in one
    ("El PCC ha ampliado sus operaciones a Bolivia.", "es", [("pcc", "BO")]),
    ("El Cártel del Golfo tiene su base en Matamoros.", "es", [("gulf-cartel", "MX")]),
    ("Los Choneros tienen sus bastiones en Guayaquil y Manta.", "es", [("los-choneros", "EC")]),
    ("El Tren de Aragua mantiene una fuerte presencia en el norte de Chile.", "es", [("tren-de-aragua", "CL")]),
    ("El CJNG cuenta con células en Guatemala y Honduras.", "es", [("cjng", "GT"), ("cjng", "HN")]),
])
def test_presence_reach_forms(make_doc, text, language, pairs):
    assert _pairs(make_doc, text, language) == pairs


@pytest.mark.parametrize("text, language", [
    ("Hamas fighters retreated to a stronghold in Gaza.", "en"),  # a stronghold no one's
    ("The army captured a Taliban stronghold.", "en"),  # no place named
    ("Guayaquil, a city the mayor calls a stronghold of democracy, voted.", "en"),
    ("The turf war in Chicago between the Latin Kings and rivals killed five.", "en"),
    ("The government tightened its grip on Caracas.", "en"),  # no group
    ("A bakery set up shop in Houston.", "en"),
    ("Spies infiltrated the streets of Caracas.", "en"),
    ("The governor has control over the police in Texas.", "en"),
    ("The Gulf Cartel lost control of Reynosa in 2020.", "en"),  # a hold given up
    ("Authorities regained control of the prison from Los Choneros.", "en"),
    ("With help from police in Chile, prosecutors charged Tren de Aragua members.", "en"),  # the "with" is the prosecutors'
    ("The task force, which operates in Houston, targets MS-13.", "en"),
    ("FBI agents operating in Mexico tracked the Sinaloa Cartel.", "en"),
    ("Police operations in Sinaloa have intensified this year.", "en"),
    ("Walmart operates in Mexico and Chile.", "en"),
    ("Tren de Aragua originated in Venezuela.", "en"),
    ("Does the Sinaloa Cartel operate in Canada?", "en"),
    ("La Cruz Roja opera en Colombia.", "es"),
    ("El ejército realizó operaciones en Sinaloa.", "es"),
    ("El cártel perdió el control de Reynosa.", "es"),
    ("¿Opera el Tren de Aragua en Argentina?", "es"),
])
def test_presence_reach_near_misses(make_doc, text, language):
    assert _claims(make_doc, text, language) == []


@pytest.mark.parametrize("text, language, modalities", [
    ("Reynosa, a city near the border, is not a Gulf Cartel stronghold.", "en", {"negated"}),
    ("Officials denied that MS-13 operates in Vermont.", "en", {"negated"}),
    # a place freed from a group: the group is gone from it, a presence denied (docs/annotation.md §5)
    ("Officials vowed to stabilize areas liberated from ISIS in Iraq and Syria.", "en", {"negated"}),
    ("Villages recaptured from al-Shabaab in Somalia held elections.", "en", {"negated", "none"}),
    ("Towns freed from Boko Haram in Nigeria are rebuilding.", "en", {"negated", "none"}),
    ("Las zonas liberadas del Estado Islámico en Irak reciben ayuda.", "es", {"negated"}),
    ("The Bloods no longer have a presence in Boston.", "en", {"negated"}),
    ("Analysts warn that the CJNG will expand into Spain.", "en", {"future", "hypothetical"}),
    ("If the Sinaloa Cartel gains a foothold in Canada, violence could rise.", "en", {"future", "hypothetical"}),
    ("La fiscalía negó que el Tren de Aragua tenga células en Bolivia.", "es", {"negated"}),
    ("Las autoridades temen que el CJNG se expanda a Chile.", "es", {"future", "hypothetical", "none"}),  # or no claim
])
def test_presence_reach_mood_kept(make_doc, text, language, modalities):
    found = {e.modality for e in _claims(make_doc, text, language)}
    assert found <= modalities and (found or "none" in modalities)


@pytest.mark.parametrize("text, pairs", [
    ("The rise of ISIS in Iraq shocked the world.", [("isis", "IQ")]),  # not freed: there
    ("Funds from ISIS in Syria reached Europe.", [("isis", "SY")]),
])
def test_presence_reach_from_a_group_not_freed(make_doc, text, pairs):
    assert _pairs(make_doc, text, "en") == pairs


def test_presence_reach_only_the_claimed_place(make_doc):
    """A place naming who says so is not where the group is: "Officials in Peru said … operates in Ecuador"."""
    assert _pairs(make_doc, "Officials in Peru said Tren de Aragua operates in Ecuador.", "en") == [("tren-de-aragua", "EC")]


@pytest.mark.parametrize("text, language, modality", [
    # a presence noun held by a denied verb of having or making is denied, not asserted
    ("Tren de Aragua has not made inroads in Argentina.", "en", "negated"),
    ("The Camorra does not have a grip on Milan.", "en", "negated"),
    ("Los Lobos have not gained a foothold in Chile.", "en", "negated"),
    ("The Bloods do not have a presence in Vermont.", "en", "negated"),
    ("The Camorra never had a grip on Turin.", "en", "negated"),
    # a denied verb that acts on a presence that is there leaves it there
    ("Police did not break the Camorra's grip on Naples.", "en", "asserted"),
    # the conditional of report hedges whatever the group has in the place
    ("El Cártel del Golfo tendría su base en Matamoros.", "es", "alleged"),
    ("El Cártel del Golfo tendría células en Reynosa.", "es", "alleged"),
])
def test_presence_reach_held_mood(make_doc, text, language, modality):
    assert [e.modality for e in _claims(make_doc, text, language)] == [modality]


@pytest.mark.parametrize("text, language", [
    ("Troops freed the town from ISIS in Iraq.", "en"),  # the place the "from" hangs from, not the name
    ("Las zonas liberadas del Estado Islámico en Irak votaron.", "es"),  # the parse hangs "del" on the noun
])
def test_presence_reach_freed_place_no_longer_the_groups(make_doc, text, language):
    assert {e.modality for e in _claims(make_doc, text, language)} <= {"negated"}  # gone from it, never there
