"""A trigger tells one specific happening, or none: an activity, a class of people, a tally of enforcement over a
period; and a happening only aimed at or ruled out in general is no happening told."""

import pytest

from tocsin.models import Document
from tocsin.read import read_many

pytestmark = pytest.mark.model


def _happened(text, published="2024-03-10", lead="The office released its report on Monday.\n\n"):
    """What a sentence tells as happened, read after a lead sentence (a document's first sentence may be its headline)."""
    text = lead + text
    ((_, ann),) = read_many([Document(id="x", text=text, source="x", published_at=published, language="en")], gated=False)
    return [(e.type, e.modality) for e in ann.events if e.happened and e.type != "presence"]


@pytest.mark.parametrize("text, etype", [
    ("The new task force will focus on the smuggling of synthetic opioids across the northern border.", "trafficking"),
    ("The agreement targets the sale of counterfeit pills in border towns.", "trafficking"),
    ("The statute requires that migrants arrested or charged with burglary be held until trial.", "arrest"),
    ("Our consuls are working to bring home British nationals held hostage by militias in the Sahel.", "abduction"),
    ("Since 2020, customs officers have seized more than 14,000 pounds of methamphetamine at the crossing.", "trafficking"),
    ("Last year the agency arrested 2,350 fugitives, more than in the previous three years combined.", "arrest"),
    ("The governor decided to deport every migrant who overstayed a visa.", "extradition"),
    ("Officials say you cannot arrest your way out of an addiction crisis.", "arrest"),
    # a participle before a noun of a kind describes things or people by an earlier happening, not told here
    ("Investigators traced laundered cash and stolen passports to a broker in Miami.", "robbery"),
    ("Deputies recovered stolen jewelry from a storage unit in Abilene last week.", "robbery"),
    ("The envoy pressed for the release of all arbitrarily detained journalists.", "arrest"),
    ("The militias will no longer kill villagers with impunity, the minister said.", "killing"),
])
def test_specific_no_happening_is_told(text, etype):
    assert etype not in [t for t, _ in _happened(text)]


@pytest.mark.parametrize("text, etype", [
    ("Border agents seized 40 kilograms of cocaine from a truck in Laredo on Tuesday.", "trafficking"),
    ("Deputies said three men police arrested Friday night were released on bond.", "arrest"),
    ("A Honduran national charged with robbery and assault, apprehended in Ohio.", "arrest"),
    ("She tried to grab the wallet from the driver's pocket before running off.", "robbery"),
    ("Ruiz was the second defendant to plead guilty in the scheme.", "conviction"),
    ("Two gunmen killed a shopkeeper in Toluca on Monday.", "killing"),
    ("Officers found his stolen pickup behind a motel in Odessa.", "robbery"),  # one thing, its owner named
    ("The consul visited a wrongfully detained American in Minsk.", "arrest"),
    ("Three kidnapped farmers were freed by soldiers near Tumaco on Sunday.", "abduction"),  # counted: known people
])
def test_specific_a_happening_stays(text, etype):
    assert etype in [t for t, _ in _happened(text)]


def test_specific_a_detention_regretted_still_happened():
    assert "arrest" in [t for t, _ in _happened("Critics said the reporter should never have been detained at the airport.")]


@pytest.mark.parametrize("text, etype", [
    ("(b) the Secretary shall pursue criminal charges against smugglers who endanger migrants.", "charge"),
    ("Each agency must pursue sanctions against the brokers of the scheme.", "designation"),
])
def test_specific_the_content_of_an_order_or_a_plan_is_not_told_as_happened(text, etype):
    assert etype not in [t for t, _ in _happened(text)]


def test_specific_a_killing_told_in_its_own_clause_happened_whatever_comes_next():
    assert "killing" in [t for t, _ in _happened("The officer who was killed on Monday will be buried in Dallas.")]


def test_specific_a_trade_told_as_a_gerund_noun_is_an_activity():
    assert "trafficking" not in [t for t, _ in _happened("Joint patrols aim to disrupt narcotics and firearms trafficking and human smuggling.")]
    assert "trafficking" in [t for t, _ in _happened("Police said the men were trafficking cocaine from a garage in Tulsa on Friday.")]


@pytest.mark.parametrize("text, etype", [
    ("The mayor kicked off the festival with a speech on Saturday.", "attack"),
    ("- [The Daily Ledger](https://example.com/story): Gunmen kill two at a market in Toluca", "killing"),
])
def test_specific_another_verb_or_a_cited_headline_is_no_happening(text, etype):
    assert etype not in [t for t, _ in _happened(text)]


def test_specific_violence_someone_carried_out_stays():
    assert "attack" in [t for t, _ in _happened("In April, the militia launched rocket attacks against the base near Erbil.")]


def test_specific_a_headline_speaks_in_bare_plurals():
    assert "killing" in [t for t, _ in _happened("Bus drivers killed, fares raised in Lima.\n\nThe strike went on.", lead="")]


def _told(text, lead="The office released its report on Monday.\n\n"):
    """Every event a sentence gives, happened or not, with its modality."""
    ((_, ann),) = read_many([Document(id="x", text=lead + text, source="x", published_at="2024-03-10", language="en")], gated=False)
    return [(e.type, e.modality) for e in ann.events if e.type != "presence"]


@pytest.mark.parametrize("text", [
    "Two hitmen returned to kill the shopkeeper in Celaya on Saturday.",
    "The gunman came back to kill the guard an hour later, deputies said.",
])
def test_specific_a_return_to_kill_is_told_as_done(text):
    assert ("killing", "asserted") in _happened(text)


@pytest.mark.parametrize("text, etype", [
    ("The crew drove to Tijuana to kill a debtor and shot him dead in a parking lot on Monday.", "killing"),
    ("Gunmen stormed the party to kill a rival and opened fire, killing four guests.", "killing"),
    ("Marines raided the house to arrest the plaza boss, who was detained after a chase.", "arrest"),
])
def test_specific_an_aim_the_sentence_tells_as_done_is_one_happening(text, etype):
    told = [m for t, m in _told(text) if t == etype]
    assert told == ["asserted"]


@pytest.mark.parametrize("text", [
    "Cartel members arrested in the raid were flown to Mexico City for questioning.",
    "Men detained during the sweep were handed to prosecutors on Thursday.",
])
def test_specific_those_arrested_on_one_occasion_are_no_class(text):
    assert "arrest" in [t for t, _ in _happened(text)]


@pytest.mark.parametrize("text", [
    "Migrants arrested at the border were released into the interior under the old policy.",
    "Smugglers detained in the raid are usually released within days.",
])
def test_specific_those_arrested_anywhere_or_each_time_are_a_class(text):
    assert "arrest" not in [t for t, _ in _happened(text)]


@pytest.mark.parametrize("text", [
    "In 2023, agents arrested more than 400 people in a single raid on a market in Lima.",
    "Federal police arrested 2,100 suspects in one operation this year, the ministry said.",
    "The broker, who laundered thousands of dollars for the network, was arrested in 2022.",
])
def test_specific_a_count_of_one_operation_or_of_another_clause_is_no_statistic(text):
    assert "arrest" in [t for t, _ in _happened(text)]


def test_specific_a_count_over_one_year_stays_a_statistic():
    assert "arrest" not in [t for t, _ in _happened("Officers arrested more than 3,000 people in one year.")]


@pytest.mark.parametrize("text, killed", [
    ("Navy drones eliminated two senior al-Shabaab commanders near Jilib on Sunday.", True),
    ("Special forces took out the cell's leader in a night raid outside Idlib.", True),
    ("The militia's top sniper was taken out by an Iraqi patrol in March.", True),
    ("Air strikes eliminated dozens of insurgents hiding in caves near the border.", True),
    ("The carmaker eliminated a shift at its Ohio plant last month.", False),
    ("He took out a second mortgage on the house in 2019.", False),
    ("The new rule eliminates the backlog of asylum cases.", False),
    ("Police said he had taken out a protective order against his neighbour.", False),
    ("A drone strike eliminated Abu Khalid near the border on Monday.", True),
    ("Israeli forces eliminated 20 members of Hamas in the raid.", True),
    ("Voters eliminated John Smith in the Republican primary on Tuesday.", False),
    ("He took out Maria Lopez for dinner on Friday.", False),
    ("The company eliminated 300 members of its sales staff last year.", False),
    ("Rival bosses were taken out of the prison in a convoy on Monday.", False),
])
def test_specific_a_verb_of_removal_kills_only_where_it_removes_people(text, killed):
    assert ("killing" in [t for t, _ in _happened(text)]) is killed


@pytest.mark.parametrize("text, etype", [
    ("Marco Ruiz, a Honduran national with convictions for burglary, assault and driving without a license.", "conviction"),
    ("Ana Soto, a Chilean national with a conviction for fraud and arrests for theft and robbery.", "arrest"),
    ("Jorge Vela, a Peruvian national with convictions or arrests for domestic violence and theft, was detained Friday.", "conviction"),
])
def test_specific_a_record_of_legal_steps_for_offences_is_told(text, etype):
    assert etype in [t for t, _ in _happened(text)]


@pytest.mark.parametrize("text, etype, mode", [
    ("Last spring, a murder suspect in Joliet was released without bail.", "killing", "alleged"),
    ("Officers stopped the robbery suspect near the Elm Street bridge on Friday.", "robbery", "alleged"),
    ("Deputies were checking out a report of a burglary at a storage unit on Main Street.", "robbery", "asserted"),
])
def test_specific_a_crime_a_suspect_is_named_by_happened(text, etype, mode):
    assert (etype, mode) in _happened(text)


@pytest.mark.parametrize("text, etype", [
    ("- 35 homicide suspects locked up", "killing"),
    ("Burglaries are down 32% since January.", "robbery"),
])
def test_specific_suspects_and_crimes_counted_are_no_happening(text, etype):
    assert etype not in [t for t, _ in _happened(text)]


@pytest.mark.parametrize("text, etype", [
    ("Officers found no burglary suspect at the scene.", "robbery"),
    ("Every murder suspect deserves a fair trial.", "killing"),
    ("Ningún sospechoso de homicidio fue detenido en Monterrey.", "killing"),
])
def test_specific_no_suspect_and_every_suspect_name_no_crime(text, etype):
    assert etype not in [t for t, _ in _happened(text)]


@pytest.mark.parametrize("text, etype", [
    ("A murder suspect walked free in Houston after a judge tossed the case on Monday.", "killing"),
    ("Officers stopped the robbery suspect near the Elm Street bridge in Dallas on Friday.", "robbery"),
])
def test_specific_a_crime_named_by_its_suspect_takes_no_place_or_time_of_the_suspects_clause(text, etype):
    text = "The office released its report on Monday.\n\n" + text
    ((_, ann),) = read_many([Document(id="x", text=text, source="x", published_at="2024-03-10", language="en")], gated=False)
    crimes = [e for e in ann.events if e.type == etype]
    assert crimes and all(e.place_basis != "sentence" and e.date_basis != "sentence" for e in crimes)


@pytest.mark.parametrize("text", [
    "The ministry doubled its funding for anti-trafficking programmes in the coastal provinces.",
    "The agency opened four new firearms trafficking strike forces along the interstate.",
    "The charity runs shelters for trafficking victims in the capital.",
    "Patrols now watch the known smuggling corridors east of the river.",
    "The bill created a state weapons trafficking criminal offense for the first time.",
])
def test_specific_trade_word_naming_a_kind_of_thing_is_no_happening(text):
    assert "trafficking" not in [t for t, _ in _happened(text)]


@pytest.mark.parametrize("text", [
    "Police said the two brothers were trafficking heroin through the port of Mobile on Sunday.",
    "The couple was smuggling six migrants across the river when deputies stopped their boat on Friday.",
])
def test_specific_trade_word_with_its_goods_still_tells_a_happening(text):
    assert "trafficking" in [t for t, _ in _happened(text)]


def test_specific_one_smuggling_organization_run_is_still_read():
    text = "According to his plea, Ortiz ran a migrant-smuggling organization in Tijuana that moved families across the border."
    assert "trafficking" in [t for t, _ in _happened(text)]


@pytest.mark.parametrize("text, etype", [
    ("Border officials have seized more fentanyl at ports of entry in the last two years than the past five years combined.", "trafficking"),
    ("The Drug Enforcement Administration seized over 57.5 million fake pills and 13,740 pounds of fentanyl in calendar year 2022.", "trafficking"),
    ("The notice led to a drastic reduction in seizures of fentanyl shipments from China.", "trafficking"),
    ("ICE agents were facing an 830% increase in assaults.", "attack"),
    ("The city saw a spike in the number of arrests.", "arrest"),
    # trends in happenings with their arguments, which nothing else reads as a statistic
    ("The agency reported a spike in assaults on officers.", "attack"),
    ("The city saw an increase in the number of attacks on police officers.", "attack"),
    ("The report found a surge in kidnappings of migrants.", "abduction"),
    ("Officials noted a sharp rise in arrests of gang members.", "arrest"),
])
def test_specific_a_comparison_of_periods_or_a_trend_is_a_statistic(text, etype):
    assert etype not in [t for t, _ in _happened(text)]


@pytest.mark.parametrize("text, etype", [
    ("Agents seized 40 pounds of fentanyl from a truck in Nogales on Tuesday.", "trafficking"),
    ("Following the murder of George Floyd in Minneapolis, the city saw a spike in homicides.", "killing"),
    # a count of the dead that rises is no trend: the verb is not a noun of one
    ("Death toll rises to 12 in Saturday's attack on a bar in Irapuato.", "killing"),
    # a superlative "of fiscal year 2024" is no period the seizure is counted over
    ("Agents at the Otay Mesa port seized 2,000 pounds of methamphetamine from a truck on Tuesday, the largest single seizure of "
     "fiscal year 2024.", "trafficking"),
    # a prison term "combined" is no comparison of periods
    ("A federal judge in Tulsa on Tuesday sentenced Smith and Jones to 60 years combined for the armed robbery of a bank.", "conviction"),
    ("A Salvadoran man was deported on Monday after serving 12 years and 8 months combined for two robberies.", "extradition"),
])
def test_specific_a_seizure_or_the_cause_of_a_trend_stays(text, etype):
    assert etype in [t for t, _ in _happened(text)]


@pytest.mark.parametrize("text", [
    "We remain committed to bringing home Americans held hostage and wrongfully detained.",
    "On the unjustly detained, we raised the specific prisoners in every meeting.",
    # a length of time is the state's, not a day the detaining was done
    "We must not forget these are people who have been unjustly detained for months, some of them for years.",
])
def test_specific_a_detention_called_wrongful_is_a_status(text):
    assert "arrest" not in [t for t, _ in _happened(text)]


@pytest.mark.parametrize("text", [
    "Russian police detained the reporter in Yekaterinburg on Wednesday.",
    # called wrongful, but told with its doer or its day: the detaining itself
    "Venezuelan intelligence agents arbitrarily detained the journalist in Caracas on Tuesday.",
    "Russian authorities wrongfully detained Evan Gershkovich in Yekaterinburg in March 2023.",
    "Gershkovich was wrongfully detained by Russian police in Yekaterinburg on Wednesday.",
])
def test_specific_a_detention_told_with_its_doer_or_day_stays_an_arrest(text):
    assert "arrest" in [t for t, _ in _happened(text)]
