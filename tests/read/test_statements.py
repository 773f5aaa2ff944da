"""Statement extraction with the real English model, on sentences built by hand."""

import pytest

from tocsin.read import read
from tocsin.read.forecasts import horizon
from tocsin.read.statements import classify

pytestmark = pytest.mark.model


def _statements(make_doc, text, language="en"):
    doc = make_doc(text, language=language, published_at="2025-01-15")
    ann = read(doc)
    return doc, ann, [(doc.text[s.content_start : s.content_end], s.speaker_name, s.speaker_basis, s.claim_type, s.stance) for s in ann.statements]


def test_statements_direct_quote_with_descriptor(make_doc):
    text = '"The next step is targeted killings of former police officers," said Mariela Cordero, a researcher at the Andean Security Institute.'
    doc, ann, found = _statements(make_doc, text)
    (s,) = ann.statements
    assert (s.speaker_name, s.claim_type, s.direct) == ("Mariela Cordero", "forecast", True)
    assert s.descriptor == "a researcher at the Andean Security Institute"
    assert (ann.forecasts[0].event_type, ann.forecasts[0].targets) == ("targeted killing", ("former law enforcement",))


def test_statements_pronoun_takes_the_last_named_speaker(make_doc):
    text = 'Tomás Larraín said the evidence remains thin. "We know the gang kills for money," he said.'
    _, _, found = _statements(make_doc, text)
    assert [(c[1], c[2]) for c in found] == [("Tomás Larraín", "named"), ("Tomás Larraín", "pronoun")]


@pytest.mark.parametrize("text", [
    "Researchers who study Tren de Aragua say the fear is justified.",  # a group in a relative clause
    "A lawyer for John Smith said the charges would be dropped.",  # a person the phrase only mentions
])
def test_statements_who_the_speaker_phrase_only_mentions_is_not_the_speaker(make_doc, text):
    _, _, found = _statements(make_doc, text)
    assert found[0][1] is None and found[0][2] == "unnamed"


def test_statements_according_to_and_denial(make_doc):
    text = ("According to the regional police commander, Colonel Andrés Pardo, extortion complaints doubled in 2024. "
            "The government of Nicolás Maduro has denied any involvement.")
    _, _, found = _statements(make_doc, text)
    assert found[0][:2] == ("extortion complaints doubled in 2024", "Andrés Pardo")
    assert found[1][0] == "any involvement" and found[1][1] is None and found[1][4] == "denied"


def test_statements_negated_cue_is_no_claim(make_doc):
    _, _, found = _statements(make_doc, "Federal officials have not said how many members are in the country.")
    assert found == []


def test_statements_spanish_patterns(make_doc):
    text = ("El fiscal regional, Mauricio Lagos, advirtió que la banda intentará reorganizarse desde la cárcel. "
            "«Hay que cortar las comunicaciones de los internos», afirmó Lagos. "
            "Según la policía, la organización cobraba cuotas a los comerciantes.")
    _, _, found = _statements(make_doc, text, "es")
    assert [(c[1], c[3]) for c in found] == [("Mauricio Lagos", "forecast"), ("Mauricio Lagos", "recommendation"), (None, "assertion")]


@pytest.mark.parametrize("text, speaker, cue", [
    ("El fabricante de coches General Motors ha dicho que va a recortar diez mil puestos de trabajo en Europa.", "General Motors", "dicho"),
    ("La fiscal Ana Ruiz ha confirmado que la banda cobraba cuotas a los comerciantes del mercado.", "Ana Ruiz", "confirmado"),
    ("«La red opera desde la cárcel de Tocorón», ha señalado el fiscal Mauricio Lagos.", "Mauricio Lagos", "señalado"),
    ("Esta empresa afirmó que se habían descargado más de cuatro mil millones de canciones.", None, "afirmó"),
])
def test_statements_spanish_compound_tenses_and_demonstrative_speakers(make_doc, text, speaker, cue):
    """"ha dicho que", "han señalado": the participle after its auxiliary is the cue; "esta empresa" is a speaker."""
    doc, ann, found = _statements(make_doc, text, "es")
    assert [(s.speaker_name, s.cue) for s in ann.statements] == [(speaker, cue)]


@pytest.mark.parametrize(
    "content,cue,language,kind,stance",
    [
        ("the gang will expand to Peru", "said", "en", "forecast", "asserted"),
        ("governments should share intelligence", "said", "en", "recommendation", "asserted"),
        ("guards helped the inmates", "denied", "en", "assertion", "denied"),
        ("leaders ran the network", "allege", "en", "assertion", "alleged"),
        ("hay que perseguir el dinero", "dijo", "es", "recommendation", "asserted"),
        ("la banda va a intentar infiltrar las policías", "advirtió", "es", "forecast", "asserted"),
    ],
)
def test_statements_classify(content, cue, language, kind, stance):
    assert classify(content, cue, language)[:2] == (kind, stance)


def test_statements_hedges_are_recorded():
    assert classify("the group may have reached Peru", "said", "en")[2] == ("may",)


@pytest.mark.parametrize("text,value", [("within a year", "P1Y"), ("in the coming months", "P1M"), ("dentro de dos años", "P2Y"), ("soon", None)])
def test_forecasts_horizon(text, value):
    assert horizon(text) == value


@pytest.mark.parametrize("content, language, kind", [
    ("We will not tolerate those who prey on shop owners", "en", "assertion"),
    ("Those who extort drivers will be held accountable and prosecuted", "en", "assertion"),
    ("The Department will continue to pursue the cartel's money", "en", "assertion"),
    ("Without the raid, more guards would have died", "en", "assertion"),
    ("They were not to meet until August, a few days after she would have turned 20", "en", "assertion"),
    ("He will be charged locally with evading arrest", "en", "assertion"),
    ("She did not know why he would shoot people there", "en", "assertion"),
    ("He will not be forgotten, I promise you", "en", "assertion"),
    ("Homicides are on track to reach the lowest level in a century", "en", "forecast"),
    ("The gang will expand to more cities next year", "en", "forecast"),
    ("Violence is likely to rise after the arrest of its leader", "en", "forecast"),
    ("Vamos a perseguir a los responsables hasta el final", "es", "assertion"),
    ("La violencia podría extenderse al norte del país", "es", "forecast"),
])
def test_statements_plans_promises_and_deterrence_are_not_forecasts(content, language, kind):
    from tocsin.read.statements import classify

    assert classify(content, "said" if language == "en" else "dijo", language)[0] == kind


def test_statements_a_claim_needs_a_speaker_the_text_gives(make_doc):
    from tocsin.read import read

    doc = make_doc('"They will come back for the rest of us," he said. Police chief Ana Ruiz said the gang extorts drivers.',
                   published_at="2024-10-24")
    statements = read(doc).statements
    assert [s.speaker_text for s in statements] == ["Police chief Ana Ruiz"]  # "he", whom nothing resolves, says nothing


def test_statements_a_pronoun_with_no_speaker_before_is_the_one_person_its_paragraph_names(make_doc):
    """A statement's "he" with no speaker before it: the one person named before it in its paragraph as the subject
    of a clause; with two named there, or one named only as an object, nobody's."""
    one = ("President Ivo Marsh has signed the strongest gun law in decades. But he has said that the progress made "
           "so far is not nearly enough.")
    _, _, found = _statements(make_doc, one)
    assert [(c[1], c[2]) for c in found] == [("Ivo Marsh", "pronoun")]
    two = ("President Ivo Marsh met Governor Tom Hale in Denver. But he has said that the progress made so far is not "
           "nearly enough.")
    assert _statements(make_doc, two)[2] == []
    object_only = "Protesters greeted Ivo Marsh in Denver. He said that the progress made so far is not nearly enough."
    assert _statements(make_doc, object_only)[2] == []  # named only as an object: "he" may be anyone


def test_statements_speakers_after_the_claim_with_an_acronym_in_brackets(make_doc):
    """A run of speakers closing the sentence, one of them with his agency's acronym in brackets (a DOJ release)."""
    text = ("WASHINGTON – A man was sentenced today for smuggling aliens into the United States, Acting Assistant Attorney "
            "General of the Criminal Division Lena M. Corvo and Acting Assistant Secretary of Immigration and Customs "
            "Enforcement (ICE) Tom Hale announced.")
    _, _, found = _statements(make_doc, text)
    assert [(c[1], c[2]) for c in found] == [("Lena M. Corvo", "named")]


def test_statements_the_title_and_the_surname_name_the_person_named_before(make_doc):
    text = ("Melton Paris was found shot to death, according to Anderson County Sheriff Greg Taylor. "
            "There have been few leads in the case, the sheriff admitted. The reward was raised, Taylor said.")
    _, _, found = _statements(make_doc, text)
    assert [(c[1], c[2]) for c in found] == [("Greg Taylor", "named"), ("Greg Taylor", "role"), ("Greg Taylor", "named")]


def test_statements_a_person_in_apposition_is_the_speaker(make_doc):
    text = ('"Off-label marketing created risks for patients," said acting U.S. Attorney for the Eastern District '
            "of Pennsylvania, Laurie Magid.")
    _, _, found = _statements(make_doc, text)
    assert found[0][1] == "Laurie Magid"


def test_statements_a_transcript_label_takes_the_name_the_title_gives(make_doc):
    text = ("THE PRESIDENT:  Good afternoon.  I think the cartel will move its routes to the coast this summer.\n\n"
            "Q    Will it hold?\n\nTHE PRESIDENT:  Yes.\n")
    doc = make_doc(text, published_at="2025-02-18", title="Remarks by President Trump After Signing Executive Orders")
    (st,) = read(doc).statements
    assert (st.speaker_name, st.speaker_basis, st.speaker_text) == ("Trump", "turn", "THE PRESIDENT")
    untitled = read(make_doc(text, published_at="2025-02-18")).statements
    assert untitled[0].speaker_name == "The President"  # no title, no name: the label as written


def test_statements_a_speech_under_one_label_is_its_speakers_turn(make_doc):
    """A speech whose body opens with "THE PRESIDENT:" and has no other label: the whole text is the turn of the
    president the title names."""
    text = ("East Room\n\n2:14 P.M. EDT\n\nTHE PRESIDENT:  Thank you all.\n\n"
            "The cartels are moving fentanyl across our border and killing our people.\n")
    doc = make_doc(text, published_at="2024-09-24", title="Remarks by President Biden on Synthetic Drug Threats")
    (st,) = read(doc).statements
    assert (st.speaker_name, st.speaker_basis, st.speaker_text) == ("Biden", "turn", "THE PRESIDENT")


def test_statements_a_question_is_no_claim_and_what_came_before_it_stays(make_doc):
    text = ('"We have seen this before in Chile. Who will stop them now?" said Mariela Cordero, a researcher. '
            '"Guess what?" Ruiz said. Did the gang kill him? Nobody knows.')
    doc, ann, found = _statements(make_doc, text)
    assert [(c[0], c[1], c[3]) for c in found] == [('"We have seen this before in Chile.', "Mariela Cordero", "assertion")]
    assert not any("Did the gang" in doc.text[e.evidence_start:e.evidence_end] for e in ann.events)


@pytest.mark.parametrize("content", [
    "county officials will use the additional funds to increase pediatric care",
    "Alstom will design, construct and operate the pilot plant",
    "Visitors caught drinking beer will be kicked out of the park",
    "We hope that kids will utilize the center at every opportunity",
    "Residents will be able to pick up a burning permit at either fire station",
])
def test_statements_plans_rules_and_wishes_are_not_forecasts(content):
    assert classify(content, "said", "en")[0] != "forecast"


@pytest.mark.parametrize(("content", "cue", "language"), [
    ("it will increase truck production at its Indiana assembly plant", "announced", "en"),  # the announcer's plan
    ("the ministry will deploy 500 more officers to the border", "promised", "en"),
    ("desplegará 500 agentes más en la frontera y va a reforzar los controles", "anunció", "es"),
    ("clinic employees manipulated blood samples so that they would appear to need treatment", "acknowledged", "en"),  # a purpose
    ("the architecture which will help us continue the coordination", "think", "en"),  # a description
    ("medicine that will help to remove the president", "said", "en"),
    ("I would phrase it less as unfinished business", "think", "en"),  # the speaker's manner of speaking
    ("it would be useful to give some context on the call", "thought", "en"),  # a judgement in the conditional
    ("the two leaders will also exchange views on other global issues", "expect", "en"),  # a schedule
    ("the meeting will take place next week", "expect", "en"),
    ("this ministerial in Guatemala is going to be a critical meeting for our goals", "believe", "en"),
    ("you'll see yet another airlift of aid going into Egypt", "think", "en"),  # what the speaker's side previews
    ("my colleague will have more of an update on the process", "expect", "en"),
    ("to stop ICE from what they are doing as soon as possible", "asked", "en"),  # a request
    ("police to find the gunmen who will strike again", "urged", "en"),
    ("it's too soon to know what these events could mean for the ceasefire", "think", "en"),  # a refusal to judge
    ("few details could be released due to the ongoing investigation", "said", "en"),  # what can be made known
    ("Mark Rutte will make an excellent Secretary General", "believes", "en"),  # praise of a person's fitness
    ("que la policía actúe antes de que la banda vuelva a atacar", "pidió", "es"),
    ("We're still hoping someday, someone will call us and say what happened", "said", "en"),  # a wish
    ("Specifics will follow Thursday's hearing", "told", "en"),  # what will be told, a schedule
    ("If a hyena was running around the neighborhood, everyone would call animal control", "told", "en"),  # contrary to fact
    ("If we could solve the case through sheer resources, that would be done", "said", "en"),
])
def test_statements_announcements_purposes_descriptions_and_judgements_are_not_forecasts(content, cue, language):
    assert classify(content, cue, language)[0] != "forecast"


@pytest.mark.parametrize("content", [
    "Republicans are going to start winning this state",
    "the reopening of the crossings would only help Hamas tighten its grip on Gaza",
    "the gang will expand to Peru within a year",
    "the fighting in the Donbas will continue for weeks",
    "we expect that that will happen in the coming weeks",
    "the killings that began in Maracay will spread to the capital",
])
def test_statements_predictions_of_happenings_stay_forecasts(content):
    assert classify(content, "said", "en")[0] == "forecast"


@pytest.mark.parametrize("holder", ["If anybody in this room thinks", "How many people think", "Nobody thought", "You think",
                                    "Most people believe", "Some say"])
def test_statements_a_hypothetical_or_generic_holder_is_nobodys_claim(make_doc, holder):
    doc = make_doc(f"{holder} the cartel will stop at the border. Police chief Ana Ruiz said the gang will expand to Peru.",
                   published_at="2024-10-24")
    statements = read(doc).statements
    assert [s.speaker_text for s in statements] == ["Police chief Ana Ruiz"]  # the argument's figure says nothing
    assert len(read(doc).forecasts) == 1


def test_statements_speakers_named_together_after_the_content_are_led_by_the_first(make_doc):
    text = ("WASHINGTON – Brian Carranza, 21, pleaded guilty today before U.S. District Court Judge Carol B. Amon in Brooklyn, "
            "N.Y., to conspiring to assault residents in Staten Island, N.Y., Acting Assistant Attorney General Loretta King "
            "for the Civil Rights Division and U.S. Attorney for the Eastern District of New York Benton J. Campbell announced.")
    _, ann, found = _statements(make_doc, text)
    (s,) = ann.statements
    assert s.speaker_name == "Loretta King" and s.speaker_text.startswith("Acting Assistant Attorney General Loretta King")
    assert found[0][0].startswith("Brian Carranza") and found[0][0].endswith("Staten Island, N.Y")  # the speakers are not content


def test_statements_an_inverted_cue_takes_the_name_after_it(make_doc):
    text = ("WASHINGTON – A federal grand jury indictment was unsealed today in Oklahoma City charging two corrections officers "
            "with a civil rights violation, announced Acting Assistant Attorney General Loretta King of the Civil Rights Division.")
    _, ann, _ = _statements(make_doc, text)
    assert [s.speaker_name for s in ann.statements] == ["Loretta King"]


@pytest.mark.parametrize("text, speaker, content", [
    # the parse took "mourners" for the complement: the clause is what was told
    ("Canon Liam Stevenson, the parish priest, told mourners the killing of Mr Carroll was designed to destabilise the peace process.",
     "Canon Liam Stevenson", "the killing of Mr Carroll was designed to destabilise the peace process"),
    # the parse hung the "that" clause on "release": it is still what was said
    ("Prosecutor Colleen Williams said in a news release that Charles S. Williams, 39, is being held in the jail.",
     "Colleen Williams", "that Charles S. Williams, 39, is being held in the jail"),
])
def test_statements_the_said_clause_wherever_the_parse_hangs_it(make_doc, text, speaker, content):
    _, _, found = _statements(make_doc, text)
    assert [(c[1], c[0]) for c in found] == [(speaker, content)]


@pytest.mark.parametrize(("content", "cue", "speaker"), [
    ("he would focus on the city's economic survival", "said", "Becker"),  # the speaker's own intention
    ("it would freeze the pay of the president and 18 members of his team", "said", "Ohio State University"),
    ("they would be a good fit for the job", "said", "Both men"),
    ("the defendants would recruit drivers and would then collect the payments", "alleges", "the complaint"),  # a scheme
    ("a purchaser would earn substantial profits from the kiosks", "According to", "the indictment"),
    ("We would have really liked to see that", "said", "coach Ripley"),  # a counterfactual
    ("you'll hear more from the President on this tomorrow", "think", "MR. KIRBY"),  # an announcement
    ("the Israeli government will be sending a delegation here in coming days", "note", "MR. KIRBY"),  # a schedule
    ("the increase might be due to heightened awareness of the parasite", "said", "an epidemiologist"),  # an explanation
    ("soon after the officers arrived it was determined that the public was not in danger", "said", "Authorities"),  # a past "soon"
    ("the two remaining bridges are expected to be completed within the next month", "said", "the engineer"),  # a work schedule
    ("once the beams arrive, that's when the timetable will mean something", "said", "the engineer"),  # a state, no happening
    ("the pair told the priest they would be killed if they were sent home", "says", "An FBI affidavit"),  # a narrated lie
    ("at that point it will be decided whether he is going to be released", "said", "the sheriff"),  # an indirect question
    ("He would call, then he would hang up again before we could answer", "said", "the negotiator"),  # the habitual past
    ("It would be \"deeply unfair\" to hold the hearing before the new testimony is heard", "argues", "the motion"),  # a judgement
    ("will prove his innocence at trial", "vowed", "he"),  # the speaker's own doing, its subject left out
    ("Teenagers are more likely to be hurt or arrested in a conflict", "said", "the envoy"),  # a comparison of risk
])
def test_statements_intentions_schemes_and_announcements_are_not_forecasts(content, cue, speaker):
    assert classify(content, cue, "en", speaker)[0] != "forecast"


@pytest.mark.parametrize(("content", "cue", "speaker"), [
    ("he would be killed if he were deported", "said", "Smith"),  # happens to the speaker: a prediction
    ("they will never get over the shooting of their pastor", "told", "He"),
    ("the violence would spread to the capital", "According to", "police"),
    ("it could be a minimum of 90 days after he is transferred until he stands trial", "estimated", "Sengel"),
    ("airlines could lose more than $2.5 billion in 2009", "said", "the association"),
    ("will be killed if he is deported", "fears", "he"),  # no subject, but it happens to him
    ("the gang is likely to strike again before the election", "said", "the prosecutor"),
    ("the cartel will soon move its routes to the coast", "warned", "the analyst"),
])
def test_statements_predictions_in_reported_speech_stay_forecasts(content, cue, speaker):
    assert classify(content, cue, "en", speaker)[0] == "forecast"


def test_statements_a_dateline_the_parser_took_for_a_subject_leaves_the_speaker(make_doc):
    """"SANTIAGO, Chile — The prosecutor … said": the parse gives "said" two subjects; the dateline is not the speaker."""
    text = ("SANTIAGO, Chile — The Chilean prosecutor leading the investigation into the killing of Ronald Ojeda said on "
            "Tuesday that the former Venezuelan army lieutenant was murdered for political reasons.")
    (st,) = read(make_doc(text)).statements
    assert st.speaker_text.startswith("The Chilean prosecutor") and text[st.content_start : st.content_end].startswith("that the former")


ROUNDUP = """**The results are clear across the country:**

- [**Metro Daily**](https://metrodaily.example/crime/drop)**:**
  City homicides fall to the lowest level in forty years
- [**Channel 9
  News**](https://ch9.example/story): Police report fewer shootings in every district this spring
- **Attorney General Ana Ruiz**: “Our task force took the cartel's leaders off the streets.”

**What the plan funds:**

- **Support for Farmers**: The program works with 1,200 farms in the region.
- **Tuesday**: a convening of mayors from across the state to discuss violence.
- [**Reuters**](https://reuters.example/x): Too short
"""


def test_statements_a_roundup_attributes_each_item_to_its_source(make_doc):
    """"- [**Outlet**](url): headline" and "- **Name**: “quote”" are statements of that source; a topic, a day or a
    line of three words is none."""
    found = [(st.speaker_name, ROUNDUP[st.content_start : st.content_end].split()[0], st.direct)
             for st in read(make_doc(ROUNDUP)).statements if st.cue == ":"]
    assert found == [("Metro Daily", "City", False), ("Channel 9 News", "Police", False), ("Attorney General Ana Ruiz", "Our", True)]  # the quoted words, without their marks


@pytest.mark.parametrize(("content", "cue", "speaker"), [
    ("If you keep selling fentanyl on our streets, you will pay a heavy price", "said", "the sheriff"),  # deterrence to "you"
    ("anyone who smuggles rifles across this border will face the full weight of the law", "said", "the commissioner"),
    ("This task force is going to go wherever the traffickers hide", "said", "the director"),  # the speaker's own unit
    ("the neighbouring country would not take the deportees back", "said", "the minister"),  # a refusal told of the past
    ("He would usually wait outside the pharmacy until closing time", "said", "the clerk"),  # the habitual past
    ("the speedboat could reach speeds of 60 knots", "said", "the coast guard"),  # a capacity
    ("that is one of the things that will", "think", "the mayor"),  # a future cut off with its verb
    ("the suspect is held in the county jail and will be returned to Ohio to face the charge", "said", "the prosecutor"),  # a case's step
    ("the market was crowded, yet fewer people came forward than you would think there would be", "said", "the detective"),  # a measure
    ("My grandmother always said, ‘The storm will pass and the river will go down.’", "said", "the pastor"),  # a cited quotation
    ("My grandmother always said, ‘The storm won’t last, it’ll pass.’", "said", "the pastor"),  # one with contractions
    ("It's shameful that the council would side with the smugglers", "said", "the senator"),  # a feeling about a doing
])
def test_statements_deterrence_refusals_habits_and_capacities_are_not_forecasts(content, cue, speaker):
    assert classify(content, cue, "en", speaker)[0] != "forecast"


@pytest.mark.parametrize(("content", "cue", "speaker", "lead"), [
    ("“would need far more officers”", "said", "the chief", " she anticipates the operation "),  # the lead expects it
    ("“within the next few weeks.”", "said", "a spokesman for the port", " it expects the shipment to arrive "),
    ("residents to avoid the market because of a possible attack by the gang", "warned", "the police", ""),  # a warning of it
    ("Leaders must act now, because the cartel will move into the port", "said", "the analyst", ""),  # forecast over advice
    ("the gang will not return to the capital this year", "said", "the analyst", ""),  # a negated prediction stays one
])
def test_statements_expected_warned_and_negated_predictions_are_forecasts(content, cue, speaker, lead):
    assert classify(content, cue, "en", speaker, lead)[0] == "forecast"


def test_statements_a_negated_lead_does_not_make_a_quotation_a_forecast():
    """"said she does not expect the operation “to need more officers”": the ledger reads polarity in the content, so a
    lead's negation must not yield a forecast it would store as positive."""
    assert classify("“to need far more officers”", "said", "en", "the chief", " she does not expect the operation ")[0] != "forecast"


@pytest.mark.parametrize(("content", "language", "expected"), [
    ("the gang will not reach Lima, and police will keep watch", "en", "negative"),
    ("the gang will spread, and police won't stop it", "en", "positive"),  # the first prediction is the claim's
    ("no further arrests are expected", "en", "negative"),
    ("we do not expect the violence to reach the capital", "en", "negative"),
    ("Extortion is likely to rise after the arrest", "en", "positive"),
    ("the next step is attacks on former officers, and it will not stop in Peru", "en", "positive"),  # a continuation
    ("the extortion will not go away", "en", "positive"),
    ("la banda no va a llegar a la capital", "es", "negative"),
    ("la violencia podría extenderse al norte", "es", "positive"),
    # Spanish negatives stack and reinforce; only a negated doubt or improbability cancels
    ("los sicarios nunca jamás volverán a Culiacán", "es", "negative"),
    ("nadie nunca va a volver a extorsionar en este mercado", "es", "negative"),
    ("no jamás volverán a pisar el puerto", "es", "negative"),
    ("ni nunca va a regresar la banda a la capital", "es", "negative"),
    ("nadie duda que la banda va a volver", "es", "positive"),
    ("no es poco probable que la tregua se rompa", "es", "positive"),
    ("the cartel will never, ever return to Sinaloa", "en", "negative"),
])
def test_forecasts_polarity_is_kept_never_inverted(content, language, expected):
    from tocsin.read.forecasts import polarity

    assert polarity(content, "asserted", language) == expected


def test_forecasts_a_negated_prediction_is_stored_negative(make_doc):
    doc = make_doc("Police chief Ana Ruiz said Tren de Aragua will not expand to Peru this year.", published_at="2024-10-24")
    (f,) = read(doc).forecasts
    assert (f.event_type, f.polarity) == ("expansion", "negative")


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    ("The two victims were taken to a hospital, Sgt. Ana Lima said, adding that both men are expected to survive.",
     "Sgt. Ana Lima", "adding", "that both men are expected to survive"),
    ("Officer Tom Reyes was reluctant to write the ticket, fearing that the fine would likely be wasted by the city.",
     "Officer Tom Reyes", "fearing", "that the fine would likely be wasted by the city"),
])
def test_statements_a_participle_cue_speaks_for_the_subject_of_its_clause(make_doc, text, speaker, cue, content):
    """"…, she said, adding that …", "he was reluctant …, fearing that …": the participle has the clause's subject."""
    found = [(s.speaker_text, s.cue, text[s.content_start : s.content_end], s.claim_type) for s in read(make_doc(text)).statements]
    assert (speaker, cue, content, "forecast") in found


def test_statements_a_scare_quote_does_not_pair_with_the_next_quotation(make_doc):
    """A one-word quote ("wasted") is paired and dropped; its closing mark never opens a quotation that runs into
    the next one."""
    text = ('Mayor Ana Lima called the fine "wasted" money. Later that day, Lima said "a bomb on the roof" might get '
            'attention, and police said the gang will expand to Peru.')
    contents = [text[s.content_start : s.content_end] for s in read(make_doc(text)).statements]
    assert not any("money. Later" in c for c in contents)


@pytest.mark.parametrize(("content", "speaker"), [
    ("police will increase patrols around the market", "the mayor"),  # an authority acting: a plan
    ("the new unit will investigate every gang killing", "the sheriff"),
    ("the border barrier will stop the flow of drugs", "the president"),  # the effect of the speaker's side's policy
    ("the grant money will go toward victim services", "the mayor"),
    ("the search for the missing boy will continue through the night", "police"),
    ("the three men could face life in prison", "prosecutors"),  # what a court may impose
    ("the gang's leaders will spend the rest of their lives behind bars", "the prosecutor"),
    ("the suspect is expected to appear in court on Monday", "police"),  # a case's schedule
    ("the new rule will take effect on Friday", "the official"),
    ("the victims' names will not be released until their families are told", "police"),
    ("the market will remain closed until further notice", "police"),
    ("if anyone thinks the smugglers will give up, they are mistaken", "the governor"),  # rhetorical
    ("our investigators will not rest until the killers are caught", "the director"),  # a pledge
    ("these traffickers will never again harm a child in this state", "the attorney general"),
    ("It will be interesting to see how the cartel answers", "the spokesman"),  # a judgement
    ("they would love to have the port back", "the president"),  # a wish
    ("the port city will be designated a high-intensity drug area", "the official"),  # a decision announced
    ("my client will plead not guilty to every count", "the lawyer"),  # a party's decision
    ("I'll tell you, we will find every one of them", "the sheriff"),  # still the speaker's side's promise
    ("the pharmacy will reopen next week", "the owner"),  # an owner's decision
    ("the city will install cameras on the corner", "the mayor"),
    ("he will be deeply missed by everyone who knew him", "his brother"),  # grief
])
def test_statements_authorities_acting_and_policies_taking_effect_are_not_forecasts(content, speaker):
    assert classify(content, "said", "en", speaker)[0] != "forecast"


@pytest.mark.parametrize("content", [
    "the arrest of the cartel's leader will trigger a war of succession",  # what an action sets off
    "police will struggle to contain the violence in the port",  # what befalls an authority
    "officers will be targeted by the gang in the coming weeks",
    "the truce between the two gangs will not hold",  # "hold" without an object: a happening
    "the victim is expected to recover",
    "I will say this plainly: the gang will be back in the port within a year",  # the speaker's manner of speaking
])
def test_statements_what_actions_set_off_and_what_befalls_authorities_stay_forecasts(content):
    assert classify(content, "said", "en", "the analyst")[0] == "forecast"


@pytest.mark.parametrize("content", [
    "we would disagree with that reading, as would anyone who has read the bill",  # the speaker's view; an elliptic "as would"
    "we respect the court's independence and won't comment on the case",  # the speaker's own side, coordinated
    "officers are 40 percent more likely to be injured on night shifts",  # a rate compared
    "there will be an in-person meeting here in a week or so",  # a schedule
    "the mayor said himself there will be an investigation",
    "the talks we have been having and will — and are continuing to have have been useful",  # a broken-off future
    "you can all expect to hear more\nfrom the governor in the coming months",  # what will be said, across a line break
    "I was going to fly to Lima to meet the minister, because he would be",  # a past intention; a future cut off
    "the last thing we'd want to do is tell the gang what they're likely to face next month",  # withheld, not foreseen
])
def test_statements_what_the_speaker_s_side_does_schedules_and_rates_are_not_forecasts(content):
    assert classify(content, "said", "en", "MS. RUIZ")[0] != "forecast"


@pytest.mark.parametrize("content", [
    "we expect that the gang will move north in the coming weeks",
    "the cartel will\nexpand to the coast by next year",  # a line break inside the prediction
    "the cartel is most likely to retaliate against the police",  # a hedge, not a rate compared
])
def test_statements_a_prediction_with_we_beside_it_stays_a_forecast(content):
    assert classify(content, "said", "en", "MS. RUIZ")[0] == "forecast"


@pytest.mark.parametrize(("content", "kind"), [
    ("los homicidios aumentarán este año", "forecast"),  # the synthetic future predicts as "va a" does
    ("la banda se extenderá a los países vecinos", "forecast"),
    ("la policía será atacada por la banda", "forecast"),  # it befalls the authority
    ("la policía va a reforzar los patrullajes en la zona", "assertion"),  # an authority acting: a plan
    ("el Gobierno desplegará 3.000 soldados en la frontera", "assertion"),
    ("los detenidos serán trasladados a la capital", "assertion"),  # a step taken with those held
    ("el acusado podría enfrentar hasta 20 años de cárcel", "assertion"),  # what a court may impose
    ("si alguien cree que la banda va a desaparecer, se equivoca", "assertion"),  # rhetorical
    ("cooperará con sus vecinos, pero no aceptará tropas extranjeras", "assertion"),  # the speaker's side decides, unsaid
    ("atacará de nuevo en la frontera", "forecast"),  # no decision of the speaker's: a prediction
])
def test_statements_spanish_futures_plans_and_predictions(content, kind):
    assert classify(content, "dijo", "es", "el ministro")[0] == kind


def test_statements_a_listed_outlet_with_its_home_in_brackets_is_the_source(make_doc):
    text = ("**What the press reports:**\n\n- [**KXYZ (Tulsa,\n  OK)**](https://kxyz.example/story)**:**\n"
            "  Killings in Tulsa could fall to a twenty-year low this year\n- [**Metro Daily**](https://metro.example/a)**:**"
            " Police report fewer shootings in every district\n")
    found = [(st.speaker_name, st.claim_type) for st in read(make_doc(text)).statements if st.cue == ":"]
    assert found == [("KXYZ", "forecast"), ("Metro Daily", "assertion")]


def test_statements_a_listed_outlet_in_italics_or_plain_is_the_source_of_all_its_item_says(make_doc):
    """An outlet's link in italics or plain text leads its item too, and the item's words are the outlet's, a "report
    says" in its headline included (not a statement of "report" reaching back over the label)."""
    text = ("What the press reports:\n\n- [*Metro\n  Daily*](https://metro.example/a): Shootings fall in every district,\n"
            "  report says\n- [Valley Courier](https://courier.example/b): Police patrols double downtown this summer\n"
            "- Tuesday: a briefing on the new patrol routes for the district\n")
    found = [(st.speaker_name, " ".join(text[st.content_start : st.content_end].split())) for st in read(make_doc(text)).statements]
    assert found == [("Metro Daily", "Shootings fall in every district, report says"),
                     ("Valley Courier", "Police patrols double downtown this summer")]


@pytest.mark.parametrize(("text", "speaker", "content"), [
    # the attribution after the claim, the claim before its comma
    ("The two boys quarrelled outside the gym before the match, school officials said Monday.",
     "school officials", "The two boys quarrelled outside the gym before the match"),
    # the cue before its speaker
    ("The fire started in a storage room behind the bakery around 4 a.m., said a captain of the county fire department.",
     "a captain of the county fire department", "The fire started in a storage room behind the bakery around 4 a.m"),
    # the attribution splits the claim, and before it stands only the subject
    ("The forged invoices, the auditor said, hid losses of $40 million from the board.",
     "the auditor", "hid losses of $40 million from the board"),
    # the attribution splits the claim: the part after it is the claim's adjunct
    ("The cyclist was crossing the bridge, Inspector Carla Moss said, when a van struck her from behind.",
     "Inspector Carla Moss", "The cyclist was crossing the bridge"),
    # speakers named together, with their titles, after the claim
    ("A Tulsa dentist was charged today with billing for fake patients, Acting Deputy Director Ana Ruiz of the Fraud "
     "Section and Colonel Tom Hale, Chief of the State Police, announced.",
     "Acting Deputy Director Ana Ruiz of the Fraud Section and Colonel Tom Hale, Chief of the State Police",
     "A Tulsa dentist was charged today with billing for fake patients"),
    # an "and" after the verb joins no speakers: a town and its state stay in the claim
    ("The man was arrested in Tulsa, Oklahoma, police said, and more arrests were expected later.",
     "police", "The man was arrested in Tulsa, Oklahoma"),
])
def test_statements_an_attribution_set_off_by_commas(make_doc, text, speaker, content):
    found = [(s.speaker_text, text[s.content_start : s.content_end]) for s in read(make_doc(text)).statements]
    assert (speaker, content) in found


@pytest.mark.parametrize("text", [
    "When asked about the shooting, the mayor said nothing.",  # an adverbial clause is no claim
    "Last week, the department said little.",  # no claim before the comma
    "The sale of the counterfeit pills, mostly made in hidden labs, threatens our towns and fuels crime.",  # an object
    "The crash happened on the highway, and the driver said little.",  # a clause of its own, opened by "and"
])
def test_statements_a_comma_before_a_cue_is_not_always_an_attribution(make_doc, text):
    found = [(s.speaker_text, text[s.content_start : s.content_end]) for s in read(make_doc(text)).statements]
    assert found == []


@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("The autopsy showed that the clerk had been struck twice with a pipe.", "The autopsy", "that the clerk had been struck twice with a pipe"),
    ("Fire investigators determined that the blaze at the warehouse was set with petrol.",
     "Fire investigators", "that the blaze at the warehouse was set with petrol"),
    ("The county released a report showing that burglaries fell by a third last year.",
     "a report", "that burglaries fell by a third last year"),
])
def test_statements_evidence_and_investigators_hold_findings(make_doc, text, speaker, content):
    found = [(s.speaker_text, text[s.content_start : s.content_end]) for s in read(make_doc(text)).statements]
    assert (speaker, content) in found


@pytest.mark.parametrize("text", [
    "The jury found him guilty of both robberies.",  # a verdict, no clause of its own
    "The video shows him running from the store.",  # no tense of its own
    "The council determined that the park will close at dusk.",  # a decision, not a finding of evidence
])
def test_statements_a_finding_verb_without_evidence_or_a_clause_is_no_claim(make_doc, text):
    assert read(make_doc(text)).statements == ()


def test_statements_a_cue_joined_to_the_verb_before_shares_its_subject(make_doc):
    text = "The coast guard confirmed the boarding but said that no crew member was armed."
    found = [(s.speaker_text, text[s.content_start : s.content_end]) for s in read(make_doc(text)).statements]
    assert ("The coast guard", "that no crew member was armed") in found


@pytest.mark.parametrize("text", [
    "The trooper asked if he was the owner of the truck.",  # a question
    "The board met on Monday and rejected the proposal from the union.",  # a shared subject's object is no claim
])
def test_statements_questions_and_shared_objects_are_no_claims(make_doc, text):
    assert read(make_doc(text)).statements == ()


@pytest.mark.parametrize("text", [
    "\"We searched every house on the street,'' said Lt. Mara Quinn. \"Nobody saw the van leave.\"",
    "“We searched every house on the street,’’ Lt. Mara Quinn said. “Nobody saw the van leave.”",
    "“We searched every house on the street,’’ said Quinn recalling the night of the fire. “Nobody saw the van leave.”",
])
def test_statements_two_apostrophes_close_a_quotation(make_doc, text):
    """Wire copy closes a quotation with two apostrophes: the quotation ends there, and the next one opens anew."""
    found = [(text[s.content_start : s.content_end], s.speaker_text) for s in read(make_doc(text)).statements]
    assert [c for c, _ in found if "searched every house" in c] and all("Nobody" not in c for c, _ in found if "searched" in c)
    assert all(who and "Quinn" in who for _, who in found)


def test_statements_a_list_of_quotations_after_a_statement_is_its_speakers(make_doc):
    text = ("Governor Lena Park said on Monday that the state would hire two hundred new troopers.\n\n"
            "-   “We are not going to wait for the next shooting to act.”\n"
            "-   “Every county will get a share of the money this year.”\n")
    found = [(text[s.content_start : s.content_end], s.speaker_name) for s in read(make_doc(text)).statements]
    assert [n for c, n in found if "next shooting" in c or "Every county" in c] == ["Lena Park", "Lena Park"]


def test_statements_a_quotation_opening_a_sentence_after_reported_speech_goes_on(make_doc):
    text = 'Sheriff Dan Ortiz said he understands the anger. "I would be angry too. Nobody has been charged yet."'
    found = [(text[s.content_start : s.content_end], s.speaker_name) for s in read(make_doc(text)).statements]
    assert any("I would be angry too" in c and n == "Dan Ortiz" for c, n in found)


def test_statements_a_quoted_fragment_inside_narration_is_no_further_statement(make_doc):
    text = 'Sheriff Dan Ortiz said the man broke the lock. The man then "forced his way into the flat" before dawn.'
    found = [text[s.content_start : s.content_end] for s in read(make_doc(text)).statements]
    assert found == ["the man broke the lock"]


@pytest.mark.parametrize("cue", ["underscored", "reiterated", "lamented", "recalled"])
def test_statements_more_verbs_of_saying(make_doc, cue):
    text = f"The mayor {cue} that the bridge had been closed twice after threats."
    (st,) = read(make_doc(text)).statements
    assert (st.cue, text[st.content_start : st.content_end]) == (cue, "that the bridge had been closed twice after threats")


@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("**Sheriff Ana Ruiz:** “We found the people who did this and they will answer for it in court.”\n",
     "Sheriff Ana Ruiz", "We found the people who did this and they will answer for it in court."),
    ("The county released its figures.\n\n-   Mayor Tom Hale: “Our streets are safer than they were a year ago.”\n",
     "Mayor Tom Hale", "Our streets are safer than they were a year ago."),
    ("*“Nobody in this county should live in fear of a cartel.”* — County spokeswoman Lia Moss\n",
     "County spokeswoman Lia Moss", "Nobody in this county should live in fear of a cartel."),
    # a round-up's links: an outlet in capitals, a name broken over two lines, a reporter's job before the name
    ("-   [KXTV](https://example.org/news/123?x=a:b): “Crossings at the port fell for the third month”\n",
     "KXTV", "Crossings at the port fell for the third month"),
    ("-   [League of Rural\n    Towns](https://example.org/a): “Our members have waited a decade for this bridge.”\n",
     "League of Rural Towns", "Our members have waited a decade for this bridge."),
    ("-   Channel 9 border reporter [Ana\n    Ruiz](https://example.org/b): “We drove the whole fence line and saw nobody.”\n",
     "Channel 9 border reporter Ana Ruiz", "We drove the whole fence line and saw nobody."),
])
def test_statements_a_label_or_a_dash_names_the_speaker_of_a_quotation(make_doc, text, speaker, content):
    found = [(s.speaker_text, text[s.content_start : s.content_end], s.direct) for s in read(make_doc(text)).statements]
    assert (speaker, content, True) in found


@pytest.mark.parametrize("text", [
    "**Tuesday:** “A briefing on the new patrol routes for the district”\n",  # a schedule
    "**MAKING STREETS SAFE AGAIN:** “A briefing on the new patrol routes for the district”\n",  # a heading in capitals
    "In Houston: “A briefing on the new patrol routes for the district”\n",  # a place
    "MS. RUIZ: “A briefing on the new patrol routes for the district”\n",  # a turn's label in capitals, not linked
    "Statement on the Shooting\nMayor Tom Hale: “A briefing on the new patrol routes for the district”\n",  # a line above
])
def test_statements_a_label_that_is_no_name_is_no_speaker(make_doc, text):
    assert read(make_doc(text)).statements == ()


def test_statements_a_label_s_lower_case_words_are_titles_only(make_doc):
    """"White House spokeswoman Ana Ruiz:" is a name with its title; "Ana Ruiz wrote on Truth Social:" is a sentence."""
    text = "Ana Ruiz wrote on Truth Social: “The patrols will not stop until the gang is gone from the district.”\n"
    assert not [s for s in read(make_doc(text)).statements if "wrote" in s.speaker_text]


@pytest.mark.parametrize(("text", "name"), [
    ("According to a report by Patrolman Ana Ruiz, the driver fled on foot toward the river.", "Ana Ruiz"),
    ("An order from U.S. District Judge Tom Hale says the company must repay the investors.", "Tom Hale"),
])
def test_statements_a_paper_speaks_for_the_person_who_wrote_it(make_doc, text, name):
    (st,) = read(make_doc(text)).statements
    assert name in (st.speaker_name or "")


def test_statements_the_abbreviated_title_names_the_speaker_later(make_doc):
    text = "Capt. Rosa Ibarra said the fire was set on purpose. The captain said the arson unit would take over."
    assert [s.speaker_name for s in read(make_doc(text)).statements] == ["Rosa Ibarra", "Rosa Ibarra"]


@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("District Attorney Ana Ruiz announced the indictment of two clinic owners for billing fraud.",
     "District Attorney Ana Ruiz", "the indictment of two clinic owners for billing fraud"),
    ("The sentence was announced by Tom Hale, the U.S. Attorney for the district.",
     "Tom Hale, the U.S. Attorney for the district", "The sentence"),
])
def test_statements_what_is_announced_is_the_claim(make_doc, text, speaker, content):
    found = [(s.speaker_text, text[s.content_start : s.content_end]) for s in read(make_doc(text)).statements]
    assert (speaker, content) in found


@pytest.mark.parametrize("text", [
    "**Here are key moments from President Trump’s remarks:**\n\n- “Charles Kirk was murdered by a cold-blooded monster.”",
    "Vice President Harris announces the following:\n\n- A new task force on violent crime.",
])
def test_statements_a_lead_in_to_a_list_is_no_content(make_doc, text):
    """'Here are key moments from X's remarks:' announces the quotations that follow; it says nothing itself."""
    _, _, found = _statements(make_doc, text)
    assert not [f for f in found if f[0].strip(" :*\n") in ("Here are", "the following")], found


@pytest.mark.parametrize("content, cue", [
    ("many of us would agree that parents should not have to pay extra to sit next to their child", "think"),
    ("both sides thought it would be useful to try to do another conversation at the director level", "think"),
    ("Ron will always be part of the family", "say"),
    ("the aircraft carrier and her strike group will be departing on a prescheduled deployment to the region", "note"),
])
def test_statements_courtesy_regard_and_schedules_are_no_forecasts(content, cue):
    """'would agree', 'would be useful', 'will always be', 'will be departing on a scheduled …' foresee no happening."""
    assert classify(content, cue, "en")[0] != "forecast"


def test_statements_a_prediction_beside_them_stays_a_forecast():
    assert classify("I would agree with the chief: the violence will spread to other towns", "said", "en")[0] == "forecast"


@pytest.mark.parametrize("text, speaker, cue", [
    ("Sheriff Dana Moss recognized that the gang had moved its stash houses to the county.", "Dana Moss", "recognized"),
    ("The ministry informed the court that the two suspects had left the country in March.", None, "informed"),
    ("Dr. Lena Ortiz disputed that the fire was set by the cartel.", "Lena Ortiz", "disputed"),
    ("Chief Omar Reyes reaffirmed that the task force would stay in the port.", "Omar Reyes", "reaffirmed"),
])
def test_statements_verbs_that_take_a_claim_as_their_clause(make_doc, text, speaker, cue):
    doc, ann, found = _statements(make_doc, text)
    assert [s.cue for s in ann.statements] == [cue], found
    assert speaker is None or ann.statements[0].speaker_name == speaker, found
    assert doc.text[ann.statements[0].content_start :].startswith("that"), found


@pytest.mark.parametrize("text", [
    "Dr. Lena Ortiz disputed that the fire was set by the cartel.",
    "The mayor contested that the gang controlled the market.",
    "Defense lawyers refuted that their client had met the smugglers.",
])
def test_statements_disputing_a_claim_is_a_denial(make_doc, text):
    _, _, found = _statements(make_doc, text)
    assert [f[4] for f in found] == ["denied"], found


@pytest.mark.parametrize("text, content, kind", [
    ("The officer advised residents to stay indoors.", "residents to stay indoors", "recommendation"),
    ("The embassy advised travelers not to drive at night near the border.", "travelers not to drive at night near the border",
     "recommendation"),
    ("Deputies advised that the suspect was armed.", "that the suspect was armed", "assertion"),  # advised: told
    ("The agency advised Congress that it intends to designate the cartel.", "that it intends to designate the cartel",
     "assertion"),  # an infinitive after the "that" is no request
])
def test_statements_advice_to_do_something_is_a_request(make_doc, text, content, kind):
    _, _, found = _statements(make_doc, text)
    assert [(f[0], f[3]) for f in found] == [(content, kind)], found


def test_statements_agreed_to_is_an_undertaking_not_a_claim(make_doc):
    _, _, found = _statements(make_doc, "The company agreed to pay a $5 million fine and to cooperate with investigators.")
    assert found == []


def test_statements_a_lead_in_names_the_speaker_of_the_quotations_listed_below(make_doc):
    """The one person a list's lead-in names speaks its quotations (docs/annotation.md §3), even where the parse gave
    the lead-in no speaker of its own ("… remarks" read as a verb)."""
    text = ("**Here are key moments from President Trump’s remarks:**\n\n- “Charles Kirk was murdered by a cold-blooded monster.”\n"
            "- “The radicals tried to silence Charlie because he was winning, and winning big.”")
    found = [(s.speaker_name, s.direct) for s in read(make_doc(text)).statements]
    assert found == [("Trump", True), ("Trump", True)]


def test_statements_a_lead_in_naming_two_people_gives_its_quotations_no_speaker(make_doc):
    text = ("**Here are key moments from the remarks of President Trump and Vice President Vance:**\n\n"
            "- “Charles Kirk was murdered by a cold-blooded monster.”")
    assert [s.speaker_name for s in read(make_doc(text)).statements if s.speaker_name] == []
