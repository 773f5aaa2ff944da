"""Statements read off a verb's frame rather than a clause of saying: what a speaker calls something ("described the
attack as cowardly"), a speaker named after a quotation the parse took a subject from, and a speaker introduced at the
end of a paragraph whose words open the next one."""

import pytest

from tocsin.read import read

pytestmark = pytest.mark.model


def _found(make_doc, text):
    doc = make_doc(text, language="en", published_at="2025-03-04")
    return [(doc.text[s.content_start : s.content_end], s.speaker_text, s.cue, s.direct) for s in read(doc).statements]


@pytest.mark.parametrize("text, content, cue", [
    ("The sheriff described the suspect as armed and dangerous.", "the suspect as armed and dangerous", "described"),
    ("The mayor likened the vandals to common thieves on Tuesday.", "the vandals to common thieves", "likened"),
    ("Governor Ana Ruiz called the shooting a senseless act of hate.", "the shooting a senseless act of hate", "called"),
    ("Judge Tom Bell jailed the driver for ten years, describing the crash as reckless.", "the crash as reckless", "describing"),
    ("Sen. Mark Warner equated ICE officers to a brutal dictator.", "ICE officers to a brutal dictator", "equated"),
    ("The senator branded the attack as an act of cowardly terrorism.", "the attack as an act of cowardly terrorism", "branded"),
])
def test_what_a_speaker_calls_something_is_a_claim(make_doc, text, content, cue):
    found = _found(make_doc, text)
    assert [(c, k, d) for c, _, k, d in found] == [(content, cue, False)]


@pytest.mark.parametrize("text", [
    "The report compared the two districts over five years.",
    "Officers described the scene to the jury.",
    "The man was described as a loner by nobody in particular.",
    "The vandals smeared paint on the walls of the station.",
    "Ranchers branded the cattle before the auction.",
    "Police arrested the man and called his family.",
    "The sheriff thanked the deputies and called the suspect's mother.",
])
def test_a_frame_verb_without_a_predicate_claims_nothing(make_doc, text):
    assert _found(make_doc, text) == []


def test_a_subject_inside_the_quotation_is_not_the_speaker_named_after_it(make_doc):
    found = _found(make_doc, "“Maria Lopez and her husband were kind neighbours,” said Olsen.")
    assert [(who, d) for _, who, _, d in found] == [("Olsen", True)]


@pytest.mark.parametrize("lead", [
    "The victim's brother, Carl Dunne, spoke outside the court.",
    "Fire Chief Carl Dunne told reporters:",
])
def test_a_speaker_closing_a_paragraph_speaks_the_quotation_that_opens_the_next(make_doc, lead):
    text = f"The trial ended on Monday.\n\n{lead}\n\n“We waited two years for this verdict and we are relieved.\n\n“Nothing brings him back.”"
    found = _found(make_doc, text)
    assert [c for c, _, _, d in found if d] == ["“We waited two years for this verdict and we are relieved.", "“Nothing brings him back.”"]
    assert all("Dunne" in who for _, who, _, _ in found)


def test_a_said_sentence_with_its_own_claim_leads_into_nothing(make_doc):
    """The lead-in frame does not fire on a cue that says its own claim; the quotation paragraph straight after it goes
    on with the same speaker as a continuation (docs/annotation.md §3, find.continuations), not as a lead-in."""
    text = "Chief Carl Dunne said the road would reopen.\n\n“It was a long night for everyone in this town.”"
    found = _found(make_doc, text)
    assert [c for c, _, _, _ in found] == ["the road would reopen", "“It was a long night for everyone in this town.”"]
    assert all("Dunne" in who for _, who, _, _ in found)


@pytest.mark.parametrize("text, pronoun, source", [
    ("Hospital sources said the blast hurt two guards. They said the gunmen escaped in a van.", "They", "Hospital sources"),
    ("The statement said two officers came under fire at dawn. It said one officer was wounded.", "It", "The statement"),
    ("Sources close to the investigation said the convoy was ambushed. They said eight soldiers were wounded.", "They",
     "Sources close to the investigation"),
    ("Mayor Luis Paz said the city would hire 200 more officers.\n\nPolice sources said the victim was shot twice. They said he "
     "had no criminal record.", "They", "Police sources"),
])
def test_they_or_it_continues_the_source_just_before_that_no_name_resolves(make_doc, text, pronoun, source):
    doc = make_doc(text, language="en", published_at="2025-03-04")
    found = [(s.speaker_text, s.speaker_name, s.speaker_basis, s.descriptor) for s in read(doc).statements]
    assert found[-1] == (pronoun, None, "pronoun", source)


@pytest.mark.parametrize("text", [
    "Police sources said the victim was shot twice in the head. His parents arrived at the morgue on Saturday. They said he "
    "had no criminal record.",
    "Witnesses said two armed men entered the shop on Friday. They told the owner they worked for the Gulf Cartel.",
    "A statement from the governor's office said the attack was under investigation. A banner was left next to the bodies. "
    "It said the victims had worked for a rival cell.",
    "A spokesman for the Mexican Armed Forces said the convoy was ambushed. They said eight soldiers were wounded.",
    "Hospital sources said two guards were hurt in the blast. They said the gunmen escaped in a van.",
])
def test_they_or_it_with_a_closer_referent_or_another_number_stays_nobodys(make_doc, text):
    doc = make_doc(text, language="en", published_at="2025-03-04")
    assert [s.speaker_text for s in read(doc).statements if s.speaker_text in ("They", "It")] == []


def test_they_after_a_singular_source_stays_nobodys(make_doc):
    doc = make_doc("The report said two guards were hurt. They said the gunmen escaped in a van.", language="en", published_at="2025-03-04")
    assert [s.speaker_text for s in read(doc).statements] == ["The report"]



def test_it_after_a_named_body_still_resolves_to_it(make_doc):
    doc = make_doc("The Sinaloa Cartel said the attack was a mistake. It said the victims were not its targets.", language="en",
                   published_at="2025-03-04")
    assert [(s.speaker_text, s.speaker_name) for s in read(doc).statements][-1] == ("It", "Sinaloa Cartel")


@pytest.mark.parametrize("lead, quote, speaker", [
    ("Police Chief Ana Ruiz spoke at the funeral on Sunday.", "“He was a good man and a brave officer,” said the victim's mother, "
     "Carmen Vega.", "the victim's mother, Carmen Vega"),
    ("Ruiz told reporters on Tuesday.", "“The government is lying about the numbers,” said another activist, Luis Paz.",
     "another activist, Luis Paz"),
    ("The two gangs talked about a truce in 2022.", "“There is no truce and there never was,” said a police commander in Culiacán.",
     "a police commander in Culiacán"),
    ("Investigators spoke with more than 40 witnesses.", "“We have not identified the shooter yet,” Lt. Ana Ruiz said.", "Lt. Ana Ruiz"),
    ("Neither man spoke during the hearing.", "“The evidence against them is overwhelming,” prosecutor Tom Bell told the jury.",
     "prosecutor Tom Bell"),
])
@pytest.mark.parametrize("brk", ["\n\n", "\n"])
def test_a_quotation_with_a_speaker_of_its_own_keeps_it(make_doc, lead, quote, speaker, brk):
    found = _found(make_doc, lead + brk + quote)
    assert [who for c, who, _, _ in found if c.startswith("“")] == [speaker]


@pytest.mark.parametrize("lead", [
    "After the mayor spoke, the crowd chanted:",
    "As police spoke to witnesses, a neighbor told the Associated Press:",
    "The two gangs talked about a truce in 2022.",
    "Investigators spoke with more than 40 witnesses.",
    "Neither man spoke during the hearing.",
])
def test_a_verb_under_another_a_talk_with_or_about_and_nobody_lead_into_nothing(make_doc, lead):
    found = _found(make_doc, f"{lead}\n\n“We heard at least twenty shots in the street that night.”")
    assert [who for c, who, _, _ in found if c.startswith("“")] in ([], ["a neighbor"])


@pytest.mark.parametrize("text, speaker", [
    ("Chief Tom Hale told reporters:\n\n“We found the car abandoned near the river.”", "Chief Tom Hale"),
    ("Ruiz spoke to reporters.\n\n“We will find those responsible,” he said.", "Ruiz"),
    ("Carl Dunne, the victim's brother, spoke outside the court.\n\n“We are grateful to the jury for this verdict.”",
     "Carl Dunne, the victim's brother"),
])
def test_a_lead_in_speaks_a_quotation_nobody_else_speaks(make_doc, text, speaker):
    assert [who for c, who, _, _ in _found(make_doc, text) if c.startswith("“")] == [speaker]


@pytest.mark.parametrize("text", [
    "Investigators compared the bullet casings to those recovered after a shooting in Culiacán last year.",
    "Detectives compared the suspect's fingerprints with records in the national database.",
    "Researchers compared 500 homicide cases from 2019 with cases from 2024.",
    "The report compared the two districts with the capital.",
    "Officials have compared notes with their Colombian counterparts.",
    "Officers labeled the seized bags as evidence before sending them to the lab.",
    "The group calls itself the New Generation of the Pacific.",
    "Neighbors call him El Flaco.",
    "The officer described the shooting in detail as a witness for the prosecution.",
    "Some critics might call the deal a surrender to the gangs.",
    "If convicted, prosecutors could describe him as the leader of the cell.",
    "The governor did not describe the attack as terrorism.",
    "Police refused to call the killings a massacre.",
])
def test_a_method_a_name_a_role_or_a_modal_is_no_verdict(make_doc, text):
    assert _found(make_doc, text) == []


def test_a_claim_nested_in_the_object_stays_its_speakers(make_doc):
    found = _found(make_doc, "A judge described the suspect, who police say is a member of Tren de Aragua, as a danger to the community.")
    assert [(c, who) for c, who, _, _ in found] == [("who police say is a member of Tren de Aragua", "police")]


def test_a_ring_compared_to_a_gang_keeps_the_gangs_killing_as_told(make_doc):
    doc = make_doc("Prosecutors compared the extortion ring to the Tren de Aragua cells that killed two merchants in Santiago.",
                   language="en", published_at="2025-03-04")
    assert read(doc).statements == ()


@pytest.mark.parametrize("text, hedges", [
    ("Police called the attack a possible act of revenge by the Gulf Cartel.", ("possible",)),
    ("The prosecutor described the men as suspected members of MS-13.", ("suspected",)),
    ("The sheriff portrayed the suspect as armed and dangerous.", ()),
])
def test_every_picture_is_an_opinion_with_its_hedges(make_doc, text, hedges):
    doc = make_doc(text, language="en", published_at="2025-03-04")
    assert [(s.claim_type, s.hedges) for s in read(doc).statements] == [("opinion", hedges)]


@pytest.mark.parametrize("text, kind", [
    ("Police described the suspect as a man in his 30s wearing a black hooded sweatshirt.", "assertion"),
    ("The mayor described the attack as cowardly.", "opinion"),
    ("The governor called the killings terrorism.", "opinion"),
])
def test_a_picture_is_an_opinion_only_as_a_verdict(make_doc, text, kind):
    doc = make_doc(text, language="en", published_at="2025-03-04")
    assert [s.claim_type for s in read(doc).statements] == [kind]


@pytest.mark.parametrize("text, hedges", [
    ("Police said the fire was a possible act of arson.", ("possible",)),
    ("The prosecutor said the apparent target was a local merchant.", ("apparent",)),
    ("The mayor said police would reopen the road as soon as possible.", ()),
    ("The judge said there was probable cause to arrest the two men.", ()),
])
def test_a_possible_or_apparent_thing_is_a_hedge_in_every_claim(make_doc, text, hedges):
    doc = make_doc(text, language="en", published_at="2025-03-04")
    assert [s.hedges for s in read(doc).statements] == [hedges]


@pytest.mark.parametrize("text, content, cue", [
    ("Sen. John Hickenlooper smeared ICE as “a reign of terror.”", "“a reign of terror.”", "smeared"),
    ("The mayor visited the scene and called the gunmen “cowards who hide behind masks.”", "“cowards who hide behind masks.”", "called"),
    ("The governor praised the officers and called the attack “a senseless act of violence.”", "“a senseless act of violence.”", "called"),
])
def test_a_verb_joined_to_another_speaks_what_it_calls_or_quotes(make_doc, text, content, cue):
    """A second verb sharing the subject speaks when it frames a verdict or quotes (docs/annotation.md §3), not when
    its object is a thing done ("…and called his family")."""
    found = _found(make_doc, text)
    assert [(c, k) for c, _, k, _ in found] == [(content, cue)]
