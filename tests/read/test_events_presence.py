"""Presence claims told in shapes the first rules missed: a group referred to in the plural, a unit's places given by
"such as those in", a campaign of violence in a place, a participle's subject, a place inside the locative phrase of a
habitual verb (docs/annotation.md §5). Sentences paraphrase dev documents of bench/realtext or are invented."""

import pytest

from tocsin.read import read, read_many

pytestmark = pytest.mark.model


def _claims(make_doc, text, language="en"):
    ann = read(make_doc(text, language=language, published_at="2025-03-01"))
    names = {p.key: p.name for p in ann.places}
    return [(sorted(e.group_keys), names[e.place_key]) for e in ann.events if e.type == "presence"]


@pytest.mark.parametrize("text, language, claims", [
    # a plural pronoun or description stands for every group of the list named just before it
    ("Other organizations, such as Tren de Aragua (TdA) and MS-13, pose similar threats. Their campaigns of violence and "
     "terror in the United States are vicious.", "en", [(["ms-13", "tren-de-aragua"], "United States")]),
    ("Tren de Aragua and MS-13 were designated last year. They operate in Chile and Peru.", "en",
     [(["ms-13", "tren-de-aragua"], "Chile"), (["ms-13", "tren-de-aragua"], "Peru")]),
    ("Tren de Aragua and MS-13 were designated last year. Their members operate in Texas.", "en", [(["ms-13", "tren-de-aragua"], "Texas")]),
    ("The regime allowed the Tren de Aragua gang to flourish within Venezuela. These dangerous criminals exploited lax "
     "policies, establishing a foothold in U.S. communities.", "en",
     [(["tren-de-aragua"], "Venezuela"), (["tren-de-aragua"], "United States")]),
    ("El Tren de Aragua y el Clan del Golfo fueron designados. Estas bandas operan en Chile.", "es",
     [(["clan-del-golfo", "tren-de-aragua"], "Chile")]),
    ("Tren de Aragua was founded in Tocorón prison. Its cells in Chile recruit migrants.", "en", [(["tren-de-aragua"], "Chile")]),
    # a definite description of the one group named just before
    ("Tren de Aragua began in Tocorón prison. The Venezuelan gang now operates in Chile and Peru.", "en",
     [(["tren-de-aragua"], "Chile"), (["tren-de-aragua"], "Peru")]),
    ("El Tren de Aragua nació en Tocorón. La banda venezolana opera en Chile.", "es", [(["tren-de-aragua"], "Chile")]),
    # a unit's places told by "such as those in", even where something is done to the units
    ("The order asks whether to designate any MS-13 cliques, such as those in Honduras, Guatemala, and Mexico.", "en",
     [(["ms-13"], "Honduras"), (["ms-13"], "Guatemala"), (["ms-13"], "Mexico")]),
    ("El Tren de Aragua tiene células, como las de Chile y Perú.", "es", [(["tren-de-aragua"], "Chile"), (["tren-de-aragua"], "Peru")]),
    # a nationality before an area names where
    ("Tren de Aragua has infiltrated American communities.", "en", [(["tren-de-aragua"], "United States")]),
    ("MS-13 operates in American neighborhoods and Mexican towns.", "en", [(["ms-13"], "United States"), (["ms-13"], "Mexico")]),
    # a group that controls or dominates a place
    ("The Gulf Cartel dominates Tamaulipas.", "en", [(["gulf-cartel"], "Tamaulipas")]),
    ("Los Choneros control the port of Guayaquil.", "en", [(["los-choneros"], "Guayaquil")]),
    ("El Cártel del Golfo controla Tamaulipas.", "es", [(["gulf-cartel"], "Tamaulipas")]),
    ("The CJNG has tight control of Jalisco.", "en", [(["cjng"], "Jalisco")]),
    ("Los Choneros tienen el control de Guayaquil.", "es", [(["los-choneros"], "Guayaquil")]),
    # Colombian and Venezuelan reporting's words: "hace presencia en", "delinque en", "tiene injerencia en"
    ("El ELN hace presencia en Arauca y Norte de Santander.", "es", [(["eln"], "Arauca"), (["eln"], "Norte de Santander")]),
    ("El Tren de Aragua delinque en Bogotá.", "es", [(["tren-de-aragua"], "Bogotá")]),
    ("El Clan del Golfo tiene injerencia en Antioquia.", "es", [(["clan-del-golfo"], "Antioquia")]),
    # a group's units or people found somewhere, told in the passive
    ("Tren de Aragua cells have been detected in Chile and Peru.", "en", [(["tren-de-aragua"], "Chile"), (["tren-de-aragua"], "Peru")]),
    ("Members of Tren de Aragua have been reported in Colorado.", "en", [(["tren-de-aragua"], "Colorado")]),
    ("Células del Tren de Aragua fueron detectadas en Chile.", "es", [(["tren-de-aragua"], "Chile")]),
    # a place inside the locative phrase of a group's habitual doing
    ("The Sinaloa Cartel manufactures fentanyl in labs in Mexico.", "en", [(["sinaloa-cartel"], "Mexico")]),
    # ... and inside a clause of the group's own about the place's noun, the relative pronoun left out; the verb of a plural
    # subject in the present, which the tagger may give as a base form
    ("The Sinaloa Cartel manufactures fentanyl in labs it runs in Mexico.", "en", [(["sinaloa-cartel"], "Mexico")]),
    ("The Sinaloa and Jalisco cartels manufacture fentanyl in secret labs they oversee in Colombia.", "en",
     [(["cjng", "sinaloa-cartel"], "Colombia")]),
])
def test_presence_claims_of_groups_told_again_and_units_told_by_place(make_doc, text, language, claims):
    assert _claims(make_doc, text, language) == claims


@pytest.mark.parametrize("text", [
    "Police arrested two MS-13 members in Houston. They operate in Chile and Peru.",  # "they": the group is no subject
    "Police arrested Tren de Aragua and MS-13 members. Their members operate in Texas.",
    "Police arrested two MS-13 members in Houston. Their campaigns of violence in Chile are known.",
    "The Sinaloa Cartel was sanctioned. These measures operate in Mexico and Peru.",  # no group's people or kind
    "Tren de Aragua and MS-13 were designated. Its leaders operate in Texas.",  # "its": not the plural of a list
    "The company was founded in Texas. Its operations in Chile grew.",  # "its": no group named before
    "MS-13 members clashed with a rival gang. The rival gang operates in Houston.",  # another group, not the one named
    "MS-13 members clashed with Barrio 18 members. The Salvadoran gang operates in Houston.",  # two named: which one?
    "The campaign of violence in Mexico worried officials after the Sinaloa Cartel split.",  # no group's campaign
    "Officials said the cartels manufactured fentanyl in labs in Mexico last year.",  # no named group; a past tense
    "A body was found in Texas near a Tren de Aragua hideout.",  # something found, not the group
    "The army controls Culiacán after the Sinaloa Cartel split.",  # who controls is no group
    "The army has control of Culiacán.",
    "Drugs linked to the Sinaloa Cartel were found in Chicago.",
])
def test_presence_no_claim_from_a_reference_to_no_group(make_doc, text):
    assert not _claims(make_doc, text)


def test_presence_a_plural_reference_keeps_the_hedge(make_doc):
    ann = read(make_doc("Tren de Aragua and MS-13 were designated. Officials said they operate in Chile.", published_at="2025-03-01"))
    (claim,) = [e for e in ann.events if e.type == "presence"]
    assert {(t.group_key, t.strength, t.hedge) for t in claim.ties} == {("ms-13", "alleged", "said"), ("tren-de-aragua", "alleged", "said")}


@pytest.mark.parametrize("text", [
    "Iran bears responsibility for the Hamas massacres committed on October 7, 2023, and for continued Houthi attacks "
    "against the United States Navy, allied navies, and shipping in the Red Sea.",
    "Hamas gunmen attacked sailors of the U.S. Navy in the Red Sea.",
    "The Governor of Texas said MS-13 members attacked a man on Friday.",  # a title
    "The Attorney General of Texas said MS-13 members attacked a man on Friday.",
    "In 1988 Hezbollah gunmen kidnapped U.S. Marine Col. Ray Dalton while he served with a peacekeeping force in Lebanon.",
])
def test_footprint_no_country_from_an_agency_name_or_a_title(make_doc, text):
    """A place word inside an agency's name ("the United States Navy") or a title ("the Governor of Texas") is not
    where the group acted (issue 19)."""
    ((_, ann),) = read_many([make_doc(text, published_at="2025-03-01")], gated=False)
    countries = {p.key: p.country for p in ann.places}
    placed = [e for e in ann.events if e.group_keys]
    assert placed and not [e for e in placed if countries.get(e.place_key) == "US"]


@pytest.mark.parametrize("text, country", [
    ("Officials said Hamas perpetrated attacks against U.S. partners and equities in the Middle East.", None),
    ("ISIS fighters killed two U.S. soldiers in Syria on Monday.", "SY"),
    ("MS-13 members attacked a Houston store on Monday.", "US"),  # a place's shop is there
])
def test_footprint_no_country_from_whose_people_or_holdings(make_doc, text, country):
    """"U.S. partners", "U.S. soldiers": the place says whose they are, not where the group acted."""
    ((_, ann),) = read_many([make_doc(text, published_at="2025-03-01")], gated=False)
    countries = {p.key: p.country for p in ann.places}
    (placed,) = [e for e in ann.events if e.group_keys]
    assert (countries.get(placed.place_key) or None) == country  # a region ("the Middle East") is in no country


@pytest.mark.parametrize("text, language, places", [
    ("MS-13 operates in Houston but never in Dallas.", "en", ["Houston"]),
    ("Los Choneros operates in Guayaquil, far from Quito.", "en", ["Guayaquil"]),
    ("Los Choneros operates in Guayaquil, away from Quito.", "en", ["Guayaquil"]),
    ("MS-13 operates in every state except Alaska.", "en", []),
    ("Los Choneros operates not only in Guayaquil but also in Quito.", "en", ["Guayaquil", "Quito"]),  # "not only": both
    ("Los Choneros opera en Guayaquil pero nunca en Quito.", "es", ["Guayaquil"]),
    ("Los Choneros opera en Guayaquil, lejos de Quito.", "es", ["Guayaquil"]),
])
def test_presence_no_place_the_claim_puts_the_group_away_from(make_doc, text, language, places):
    assert [place for _, place in _claims(make_doc, text, language)] == places


@pytest.mark.parametrize("text, language", [
    ("ICE arrested 20 Tren de Aragua members and deported them to El Salvador.", "en"),
    ("Agents arrested MS-13 leader Juan Perez, who was later removed to Honduras.", "en"),
    ("La policía detuvo a 20 miembros del Tren de Aragua, que fueron deportados a El Salvador.", "es"),
])
def test_footprint_no_country_from_a_deportation_destination(make_doc, text, language):
    """Where someone was deported to places the removal, not the arrest of its sentence nor the group (issue 19)."""
    ((_, ann),) = read_many([make_doc(text, language=language, published_at="2025-03-01")], gated=False)
    countries = {p.key: p.country for p in ann.places}
    placed = [e for e in ann.events if e.group_keys and e.type != "extradition"]
    assert placed and not [e for e in placed if countries.get(e.place_key) in ("SV", "HN")]


@pytest.mark.parametrize("text, language, extent, country", [
    ("Tren de Aragua operates in at least eight countries, the report said.", "en", "at least eight countries", None),
    ("Officials said Tren de Aragua is present in 30 major U.S. cities.", "en", "30 major U.S. cities", "gn-6252001"),
    ("MS-13 has cells in more than 20 states, according to the FBI.", "en", "more than 20 states", None),
    ("El Tren de Aragua ya opera en al menos ocho países de la región, según la fiscalía.", "es", "al menos ocho países", None),
])
def test_presence_a_count_of_places_is_the_claim_s_extent(make_doc, text, language, extent, country):
    """Issue 19: 'in 30 U.S. cities', 'en al menos ocho países' are presence claims, the count kept as written."""
    doc = make_doc(text, language=language, published_at="2025-03-01")
    (e,) = [e for e in read(doc).events if e.type == "presence"]
    assert doc.text[e.extent_span[0] : e.extent_span[1]] == extent and e.place_key == country


def test_presence_a_count_of_something_else_is_no_extent(make_doc):
    claims = [e for e in read(make_doc("Tren de Aragua operates in Chile, where it has killed 12 people.")).events
              if e.type == "presence"]
    assert claims and all(e.extent_span is None for e in claims)


def _claims_at(make_doc, text, url):
    ann = read(make_doc(text, published_at="2025-03-01", url=url))
    names = {p.key: p.name for p in ann.places}
    return [(sorted(e.group_keys), names[e.place_key], e.modality) for e in ann.events if e.type == "presence"]


@pytest.mark.parametrize("text, url, claims", [
    # "the Homeland", "our homeland": the country of the document's publisher, as its address says
    ("The United States will defend itself. MS-13 has cells in the Homeland.", "https://www.example.gov/a",
     [(["ms-13"], "United States", "asserted")]),
    ("Peru and Chile met in Lima. Tren de Aragua operates in our homeland.", "https://www.example.pe/a",
     [(["tren-de-aragua"], "Peru", "asserted")]),
    ("The United States will defend itself. MS-13 has cells in the Homeland.", "https://www.example.com/a", []),  # no country
    ("The United States will defend itself. MS-13 has cells in their homeland.", "https://www.example.gov/a", []),  # not ours
    # who is told to hold the units holds them ("directed its proxies to embed cells")
    ("The United States is alert. Iran directed its proxy groups, including Hezbollah, to embed sleeper cells in the Homeland to be activated later.",
     "https://www.example.gov/a", [(["hezbollah"], "United States", "asserted")]),
    # "their" for the groups its sentence lists as the object of someone who cannot be "they"; the presence an aim
    # fights is there
    ("The United States acted. I designated Tren de Aragua and MS-13 as terrorist organizations to end their campaign "
     "of violence on our homeland.", "https://www.example.gov/a", [(["ms-13", "tren-de-aragua"], "United States", "asserted")]),
])
def test_presence_homeland_holders_and_fought_presence(make_doc, text, url, claims):
    assert _claims_at(make_doc, text, url) == claims


@pytest.mark.parametrize("text, url, claims", [
    # a homeland a word makes someone else's is not the publisher's country
    ("The United States supports peace. Hamas has cells in the Palestinian homeland.", "https://www.example.gov/a", []),
    ("The United States backs Israel. Hezbollah operates in the homeland of the Lebanese people.", "https://www.example.gov/a", []),
    # "our homeland" in the words of a speaker of another country, or of one left unnamed, is not the publisher's
    ("Mexico and the United States met. The CJNG has cells in our homeland, the Mexican minister said.", "https://www.example.gov/a", []),
    ("The United States is alert. MS-13 has cells in our homeland, a source said.", "https://www.example.gov/a", []),
    # a speaker whose words tie them to the publisher's country speaks for it; one whose words name no country does
    # not, named or not (a foreign leader quoted on a U.S. page)
    ("The United States is alert. U.S. officials said MS-13 has cells in our homeland.", "https://www.example.gov/a",
     [(["ms-13"], "United States", "asserted")]),
    ("The United States is alert. Secretary Jane Doe said MS-13 has cells in our homeland.", "https://www.example.gov/a", []),
    ("The United States is alert. Sheinbaum said the CJNG has cells in our homeland.", "https://www.example.gov/a", []),
])
def test_presence_homeland_is_the_publishers_only_in_its_voice(make_doc, text, url, claims):
    assert [c[:2] for c in _claims_at(make_doc, text, url)] == [c[:2] for c in claims]


@pytest.mark.parametrize("text, modality", [
    # an aim that fights a presence told as there (a definite determiner or a possessor) takes it as there
    ("The task force was created to dismantle the expansion of the Sinaloa Cartel into Texas.", "asserted"),
    # a presence the aim only fears keeps its mood
    ("The task force was created to counter a possible expansion of the Sinaloa Cartel into Texas.", "hypothetical"),
    ("The task force was created to counter a potential expansion of the Sinaloa Cartel into Texas.", "hypothetical"),
])
def test_presence_fought_only_when_told_as_there(make_doc, text, modality):
    assert [c[2] for c in _claims_at(make_doc, text, None)] == [modality]


def test_presence_an_agent_hired_holds_units_for_who_hired_it(make_doc):
    """"hired local gangs to set up networks": the networks are the hirer's, not the hired gangs'."""
    text = "The Sinaloa Cartel hired local gangs to set up networks in Arizona."
    assert [c[:2] for c in _claims_at(make_doc, text, None)] == [(["sinaloa-cartel"], "Arizona")]


def test_presence_their_stays_with_a_plural_subject(make_doc):
    """"Police arrested MS-13 members to end their campaign": "their" may be the police's; no claim is read."""
    text = "Police arrested Tren de Aragua and MS-13 members to end their campaign of violence in Texas."
    assert _claims_at(make_doc, text, None) == []
