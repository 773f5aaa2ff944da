"""Presence claims across the ways a reader of crime reporting meets them, EN and ES: the group as subject or head noun,
a presence verb or noun, the places in its complement or a list; and what is no presence (an event's place, a fight's,
an origin, a designation). Every sentence is invented, none from the real-text set."""

import pytest

from .test_events_presence_forms import _claims, _pairs

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, language, pairs", [
    ("MS-13 has a foothold in Long Island and Houston.", "en", [("ms-13", "US")]),
    ("Tren de Aragua has spread to Chile.", "en", [("tren-de-aragua", "CL")]),
    ("The CJNG has expanded its operations into Colombia and Peru.", "en", [("cjng", "CO"), ("cjng", "PE")]),
    ("Hezbollah maintains a presence in Paraguay.", "en", [("hezbollah", "PY")]),
    ("The Gulf Cartel controls the drug trade in Tamaulipas.", "en", [("gulf-cartel", "MX")]),
    ("Tren de Aragua, a gang with cells in Peru and Brazil, recruits migrants.", "en", [("tren-de-aragua", "BR"), ("tren-de-aragua", "PE")]),
    ("MS-13 now has chapters in Spain and Italy.", "en", [("ms-13", "ES"), ("ms-13", "IT")]),
    ("The Sinaloa Cartel has extended its reach to Australia.", "en", [("sinaloa-cartel", "AU")]),
    ("Authorities say Tren de Aragua is now entrenched in Colombia.", "en", [("tren-de-aragua", "CO")]),
    ("The Clan del Golfo has moved into Panama.", "en", [("clan-del-golfo", "PA")]),
    ("The CJNG, whose reach now extends to Canada, was designated.", "en", [("cjng", "CA")]),
    ("There are thousands of MS-13 members in the United States.", "en", [("ms-13", "US")]),
    ("MS-13 continues to operate in Maryland.", "en", [("ms-13", "US")]),
    # the one found doing it is there; one of the gangs doing it is the subject; a place's part; "inside"
    ("Tren de Aragua has been found operating in Texas.", "en", [("tren-de-aragua", "US")]),
    ("MS-13 is one of the most violent gangs operating in the United States.", "en", [("ms-13", "US")]),
    ("MS-13 is among the gangs operating in Guatemala.", "en", [("ms-13", "GT")]),
    # a clause of "where" is about the place it hangs from
    ("In Chile, where Tren de Aragua recruits migrants, police made arrests.", "en", [("tren-de-aragua", "CL")]),
    ("Police patrol Houston, where MS-13 recruits students.", "en", [("ms-13", "US")]),
    ("Hezbollah, the Lebanese militant group that controls southern Lebanon, fired rockets.", "en", [("hezbollah", "LB")]),
    ("The Sinaloa Cartel dominates northern Mexico.", "en", [("sinaloa-cartel", "MX")]),
    ("Tren de Aragua is operating inside the United States.", "en", [("tren-de-aragua", "US")]),
    ("MS-13 has cells inside Mexico.", "en", [("ms-13", "MX")]),
    ("The Sinaloa Cartel has penetrated Ecuador.", "en", [("sinaloa-cartel", "EC")]),
    ("El Tren de Aragua ha extendido sus operaciones a Chile y Perú.", "es", [("tren-de-aragua", "CL"), ("tren-de-aragua", "PE")]),
    ("El CJNG tiene presencia en Guatemala.", "es", [("cjng", "GT")]),
    ("El Tren de Aragua, con células en Colombia y Ecuador, fue designado.", "es", [("tren-de-aragua", "CO"), ("tren-de-aragua", "EC")]),
    ("Los Choneros mantienen presencia en Guayaquil.", "es", [("los-choneros", "EC")]),
    ("El CJNG se ha expandido hacia Colombia.", "es", [("cjng", "CO")]),
    ("El Tren de Aragua sigue operando en Chile.", "es", [("tren-de-aragua", "CL")]),
    ("El Cártel de Sinaloa domina el norte de Sinaloa.", "es", [("sinaloa-cartel", "MX")]),
    ("El CJNG controla el sur de Jalisco.", "es", [("cjng", "MX")]),
    ("La MS-13 ha echado raíces en España.", "es", [("ms-13", "ES")]),
    ("El Tren de Aragua ha penetrado en Perú.", "es", [("tren-de-aragua", "PE")]),
    ("Tren de Aragua took control of apartment buildings in Aurora, Colorado.", "en", [("tren-de-aragua", "US")]),
    ("Hamas, which governs Gaza, fired rockets.", "en", [("hamas", "PS")]),
    ("Tren de Aragua is operating on U.S. soil.", "en", [("tren-de-aragua", "US")]),
    ("El Tren de Aragua se ha fortalecido en Chile.", "es", [("tren-de-aragua", "CL")]),
    ("El Tren de Aragua ha crecido en Chile.", "es", [("tren-de-aragua", "CL")]),
])
def test_presence_general_forms(make_doc, text, language, pairs):
    assert _pairs(make_doc, text, language) == pairs


@pytest.mark.parametrize("text, language", [
    ("Tren de Aragua members have been arrested in Chile, Peru and Colombia.", "en"),
    ("The United States designated the Sinaloa Cartel a terrorist organization.", "en"),
    ("The president vowed to fight the cartels in Mexico.", "en"),
    ("A Mexican cartel shipped fentanyl to the port.", "en"),
    ("The DEA opened an office in Colombia to fight the Sinaloa Cartel.", "en"),
    ("The meeting on MS-13 took place in Washington.", "en"),
    ("Officials in Mexico designated the CJNG a terrorist group.", "en"),
    ("Tren de Aragua was born in the Tocorón prison in Venezuela.", "en"),
    ("The investigation stretches from Chile to Peru.", "en"),
    ("A man was found operating an illegal lab in Texas.", "en"),
    ("Officials were among the people operating in Texas.", "en"),
    ("Police are among the agencies operating in Texas.", "en"),
    ("In Houston, where police arrested MS-13 members, residents are calm.", "en"),
    ("In Chile, where Tren de Aragua was founded in 2014, police made arrests.", "en"),
    ("Police in Chile, where the Tren de Aragua trial began, are on alert.", "en"),
    ("He is one of the men operating in Texas.", "en"),
    ("The cartel hid drugs inside trucks in Texas.", "en"),
    ("La policía detuvo a miembros del Tren de Aragua en Chile, Perú y Colombia.", "es"),
    ("El gobierno combate a los cárteles en México.", "es"),
    ("Un cártel mexicano envió droga al puerto.", "es"),
    ("La fiscalía de Chile acusó al Tren de Aragua.", "es"),
    ("El Tren de Aragua surgió en una cárcel de Venezuela.", "es"),
    ("La policía controla el norte de Jalisco.", "es"),
    ("Soldiers took control of the prison in Tocorón.", "en"),
    ("The court ruled Monday that MS-13 members must stay in jail.", "en"),
    ("The government rules Venezuela.", "en"),
    ("El desempleo ha crecido en Chile.", "es"),
    # review of r12: a denial on the copula, a hedge on the verb of finding, a court's ruling, a supply chain's far end,
    # and what a group is or has in a "where" clause, none of them a presence the sentence asserts
    ("MS-13 is not among the gangs operating in Guatemala.", "en"),
    ("MS-13 is not one of the gangs operating in Guatemala.", "en"),
    ("Tren de Aragua was reportedly found operating in Texas.", "en"),
    ("Tren de Aragua was allegedly seen operating in Texas.", "en"),
    ("Tren de Aragua leaders challenged the ruling Thursday in Texas.", "en"),
    ("The Sinaloa Cartel appealed the ruling Friday in Mexico City.", "en"),
    ("The Sinaloa Cartel's fentanyl supply chain stretches from China to the United States.", "en"),
    ("In Texas, where Tren de Aragua has no presence, officials relaxed.", "en"),
    ("The reporter traveled to Chile, where Tren de Aragua is a frequent topic.", "en"),
    ("Texas, where Tren de Aragua has many victims, is on alert.", "en"),
])
def test_presence_general_not_claimed(make_doc, text, language):
    assert _pairs(make_doc, text, language) == []


# a denial is stored denied, a spread only possible is not asserted
@pytest.mark.parametrize("text, language, modality", [
    ("Tren de Aragua has no presence in Peru.", "en", "negated"),
    ("There is no evidence that MS-13 has cells in Boston.", "en", "negated"),
    ("El Tren de Aragua no tiene presencia en Bolivia.", "es", "negated"),
    ("Tren de Aragua could spread to Chile next year.", "en", "hypothetical"),
])
def test_presence_general_mood(make_doc, text, language, modality):
    claims = _claims(make_doc, text, language)
    assert claims and {e.modality for e in claims} == {modality}
