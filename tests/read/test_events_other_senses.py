"""Words of an act used in another sense, and tallies told with a word of an act, read on the corpus documents
outside the real-text set: a capture of a thing, a verb its particle makes another, an illness's attack, a shot that is
a chance, a fire no one set, and many happenings counted at once; a law's ban in the present ("Title VII prohibits
retaliation"), an indictment that is a judgment ("a damning indictment of the policy"), a killing or attack by the media
or critics. Each rule with the near misses it must leave alone."""

import pytest

from tocsin.models import Document
from tocsin.read import read_many

pytestmark = pytest.mark.model


def _events(text, published="2024-03-10", language="en"):
    ((_, ann),) = read_many([Document(id="x", text=text, source="x", published_at=published, language=language)], gated=False)
    return [e for e in ann.events if e.type != "presence"]


@pytest.mark.parametrize("text", [
    "The swimmer captured three gold medals at the national championships.",
    "The new scrubbers captured most of the sulfur before it left the stack.",
    "He spent his life capturing and preserving rare orchids.",
    "The teacher feared she would lose her savings after getting caught up in the payroll fiasco.",
    "The dance caught on with teenagers across the country.",
    "Garcia beat out two rivals for the council seat.",
    "The grant puts forty more deputies on the beat in rural towns.",  # a patrol's round
    "The senator vowed to beat his opponents at the polls next fall.",  # a race won
    "New drugs are helping thousands of patients beat cancer.",  # an illness overcome
    "The boy threw up after the long bus ride.",
    "A 70-year-old farmer died of an apparent heart attack on Saturday.",
    "She suffered a panic attack before the exam.",
    "Every team has a fair shot at winning the cup.",
    "Crews launched an attack on the flames from the roof.",
    "A kitchen fire killed an elderly man in Dayton on Monday.",
    "Two sisters died in a house fire in Lorain on Sunday.",
    "The nurse could not expel the coin from the boy's throat.",
    "The poodle posed for her photo after capturing the Best in Show award at the county fair.",  # a prize won
    "The housing developments and an office building were all sanctioned after 2000 by the planning board.",  # approved
    "The tax cut benefitted the wealthy and exploded the federal debt.",  # grown
    "Since 2019 the deficit has exploded, the mayor said on Monday.",
])
def test_other_senses_a_word_of_an_act_in_another_sense_is_no_event(text):
    assert not _events(text), [(e.type, e.trigger) for e in _events(text)]


@pytest.mark.parametrize("text, etype", [
    ("Deputies captured the fugitive near the lake on Monday.", "arrest"),
    ("The 17-year-old was captured in Dayton on Friday.", "arrest"),
    ("Border agents caught two smugglers near Nogales on Sunday.", "arrest"),
    ("Officers caught up with the suspect in Fresno on Monday.", "arrest"),
    ("Three men beat up a clerk in Elm Park on Tuesday.", "attack"),
    ("Two guards beat an inmate in a cell in Yuma on Sunday.", "attack"),
    # "beat" told as a noun of the act, at a game, or of a rival: a blow all the same
    ("The brutal beating of a teenager by three men in Queens on Monday left him in a coma.", "attack"),
    ("A referee was beaten at a soccer match in Lima on Sunday.", "attack"),
    ("Three gang members beat a rival with machetes in Houston on Friday.", "attack"),
    ("The boy was beaten in the parking lot of a bar on Sunday.", "attack"),
    ("A man fired a shot at a deputy on Tuesday.", "attack"),
    ("An arson fire killed two children in Dayton on Monday.", "killing"),
    ("A man set a fire that killed his neighbor on Friday.", "killing"),
    ("Gunmen attacked the store on Friday, and the owner later suffered a heart attack.", "attack"),
    ("Mexico expelled two Guatemalan nationals on Tuesday.", "extradition"),
    ("A car bomb exploded outside the police station in Mogadishu on Tuesday.", "attack"),
    ("Insurgents exploded a roadside bomb near a convoy in Helmand on Monday.", "attack"),
    ("The Treasury Department sanctioned three companies in Mexico on Thursday.", "designation"),
    ("The United States sanctioned two Venezuelan officials on Friday.", "designation"),
])
def test_other_senses_the_act_itself_stays(text, etype):
    assert etype in [e.type for e in _events(text)]


@pytest.mark.parametrize("text", [
    "Many arrests involved violent crimes.",
    "The inquiry led to dozens of federal indictments.",
    "For ten straight years the city has had the most murders of any in the state.",
    "She was one of thousands who were lynched in that era.",
    "In the decades after the war, thousands of villagers were tortured and murdered by the militia.",
    "More than 2,000 farmers were murdered between 1920 and 1935.",
])
def test_other_senses_a_tally_of_happenings_is_no_event(text):
    assert not _events(text), [(e.type, e.trigger) for e in _events(text)]


@pytest.mark.parametrize("text, etype", [
    ("Police made several arrests at the scene on Friday.", "arrest"),
    ("Police arrested hundreds of protesters in Tbilisi on Tuesday.", "arrest"),
    ("Agents seized hundreds of pounds of meth near Tucson.", "trafficking"),
    ("Four armed robberies hit the neighborhood within an hour on Sunday night.", "robbery"),
    ("Gunmen killed 12 farmers in a village near Jos in 1998.", "killing"),
    ("The militia killed hundreds of villagers in the valley last week.", "killing"),
    ("Police caught the burglar two streets away.", "arrest"),
])
def test_other_senses_a_count_of_one_occasion_stays(text, etype):
    assert etype in [e.type for e in _events(text)]


# Found in review: each of these was lost by the first form of the rules
@pytest.mark.parametrize("text, etype", [
    ("Marines captured the cartel boss near Culiacan on Friday.", "arrest"),  # an arresting force: no list of person words
    ("Police caught the culprit in Dayton on Monday.", "arrest"),
    ("Nicaragua expelled the papal nuncio on Tuesday.", "extradition"),
    ("The last shot hit a bystander outside the bar in Dayton on Monday.", "attack"),  # an ordinal shot is gunfire
    ("Gang members burned the bus in Monterrey, and the fire killed 11 passengers on Friday.", "killing"),  # a fire set
    ("A man who killed his wife in Dayton on Monday died in a house fire the next day.", "killing"),  # another killing
    ("He was one of hundreds who were arrested during the protest in Tbilisi last week.", "arrest"),  # one occasion
    ("The cartel, which has operated for decades, killed 1,200 migrants in San Fernando in 2010.", "killing"),  # a span of its own clause
])
def test_other_senses_a_near_miss_of_review_stays(text, etype):
    assert etype in [e.type for e in _events(text)]


@pytest.mark.parametrize("text", [
    "La policía capturó al cabecilla de la banda en Lima el lunes.",
    "El ejército capturó a tres sicarios en Culiacán el viernes.",
])
def test_other_senses_a_spanish_capture_stays(text):
    assert "arrest" in [e.type for e in _events(text, language="es")]


def test_other_senses_a_share_of_told_happenings_is_a_mention_of_them():
    text = ("Gunmen killed six police officers in ambushes in Antioquia and Sucre on Saturday. Most of the killings took place"
            " on rural roads in Antioquia, police said.")
    assert "killings" in [e.trigger for e in _events(text)]


_JUDGED = [
    "Title IX prohibits retaliation against a student who files a complaint.",
    "The new law criminalizes the kidnapping of migrants for ransom.",
    "The statute outlaws extortion of small business owners.",
    "Federal law forbids the smuggling of people across the border.",
    "The report is a damning indictment of the city's housing policy.",
    "Her memoir was a scathing indictment of the prison system.",
    "Critics called the ruling a sad indictment of our politics.",
    "I got killed by the media for saying that.",
    "The senator was attacked by critics after the vote.",
]
_STAYS = [
    ("A federal grand jury returned a sweeping indictment charging 20 gang members with racketeering on Tuesday.", "charge"),
    ("The indictment was unsealed in Houston on Monday.", "charge"),
    ("Police arrested two men after they attacked a journalist from the local press on Friday.", "attack"),
    ("Gunmen killed a newspaper editor in Culiacan on Monday.", "killing"),
    ("The supervisor retaliated against the officer by firing her in May.", "attack"),
    ("Criminal networks attacked two police stations in Guerrero on Sunday.", "attack"),
]


def _happened(text):
    return {(e.type, e.trigger) for e in _events(text) if e.modality in ("asserted", "alleged", "negated")}


def test_other_senses_a_ban_or_a_judgment_in_a_word_of_an_act_is_no_event():
    assert {text: found for text in _JUDGED if (found := _happened(text))} == {}


def test_other_senses_the_act_beside_a_ban_or_a_judgment_stays():
    assert [text for text, etype in _STAYS if etype not in {t for t, _ in _happened(text)}] == []


# A threat of no harm, a civil suit's "charges", an animal captured: no act of the type
@pytest.mark.parametrize("text, etype", [
    ("Party officials accused him of violating election law and threatened to throw him out of the party.", "threat"),
    ("The neighbors threatened to sue the city over the new fence on Monday.", "threat"),
    ("Two council members threatened to resign over the budget vote.", "threat"),
    ("The suit charges the television station with defamation, negligence and invasion of privacy.", "charge"),
    ("A lawsuit filed Monday charges the sheriff with negligence in the inmate's death.", "charge"),
    ("Frank Buck concentrated on capturing and preserving the world's wildlife, said Kleven.", "arrest"),
    ("Rangers captured the wildlife that had strayed into the town.", "arrest"),
    ("Nutrient-rich waters rise toward the surface and, in a good year, cause an explosion of marine life.", "attack"),
    ("The city has seen an explosion of demand for housing since 2019.", "attack"),
    ("He expanded the inquiry to include foreign extortion of American firms.", "extortion"),
])
def test_other_senses_no_harm_threatened_no_crime_charged_no_one_captured(text, etype):
    assert etype not in [e.type for e in _events(text)]


@pytest.mark.parametrize("text, etype", [
    ("The gunmen threatened to kill him if he did not pay.", "threat"),
    ("The men threatened to throw acid on her face in Lahore on Monday.", "threat"),
    ("The gang threatened the shop owner in Tegucigalpa on Friday.", "threat"),
    ("Prosecutors charged the man with murder and negligence on Tuesday.", "charge"),
    ("Prosecutors charged Lopez with assault on Tuesday.", "charge"),
    ("Police charged two men with criminal trespass and breach of the peace on Sunday.", "charge"),
    ("The complaint charges Lopez with assault and harassment.", "charge"),
    ("Deputies captured the escaped inmate near the river on Thursday.", "arrest"),
    ("The fugitive was captured in Dayton on Friday.", "arrest"),
    ("The explosion of a car bomb killed three people in Culiacan on Monday.", "killing"),
    ("The explosion of the device injured two officers in Mogadishu on Tuesday.", "attack"),
    ("The gang's extortion of bus drivers in Tegucigalpa forced three routes to close on Monday.", "extortion"),
    ("Police said the violent extortion of shop owners by the gang continued in San Pedro Sula on Monday.", "extortion"),
])
def test_other_senses_harm_threatened_crime_charged_person_captured_stays(text, etype):
    assert etype in [e.type for e in _events(text)]
