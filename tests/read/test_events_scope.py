"""Where and when the text around an event puts it (events/scope.py): a list's lead-in, a headline's lede."""

import pytest

pytestmark = pytest.mark.model


def _events(make_doc, text, published):
    from tocsin.read import read_many

    doc = make_doc(text, published_at=published)
    ((_, ann),) = read_many([doc], gated=False)
    return ann


def test_scope_a_lead_in_dates_and_places_the_items_that_tell_its_kind_of_happening(make_doc):
    text = ("Deputies made these arrests in Tulsa over the past weekend:\n\n"
            "-   **Ana Ruiz**, 31, was arrested for burglary.\n"
            "-   **Tom Hale**, 45, was arrested for car theft. He has a previous conviction for fraud.\n")
    ann = _events(make_doc, text, "2024-10-22")
    places = {p.key: p.name for p in ann.places}
    arrests = [e for e in ann.events if e.trigger == "arrested"]  # the items'; the lead-in's own is its sentence's
    assert len(arrests) == 2
    assert all((e.date_begin, e.date_end, e.date_basis) == ("2024-10-19", "2024-10-20", "story") for e in arrests)
    assert all(places.get(e.place_key) == "Tulsa" for e in arrests)
    assert all(e.date_basis == "published" for e in ann.events if e.type == "conviction")  # a record, not this weekend's


def test_scope_a_lead_in_that_tells_another_thing_dates_nothing(make_doc):
    text = ("On Friday the mayor read out these names:\n\n"
            "-   **Ana Ruiz**, 31, was arrested for burglary.\n"
            "-   **Tom Hale**, 45, was arrested for car theft.\n")
    ann = _events(make_doc, text, "2024-10-22")
    assert [e.date_basis for e in ann.events if e.type == "arrest"] == ["published", "published"]


def test_scope_a_headline_takes_the_recent_time_its_lede_gives(make_doc):
    text = ("Man arrested after bar stabbing.\n\n"
            "A 30-year-old man faces assault charges after a fight outside a bar early Sunday, police said.")
    ann = _events(make_doc, text, "2024-10-22")
    arrest = next(e for e in ann.events if e.type == "arrest")
    assert (arrest.date_value, arrest.date_basis) == ("2024-10-20", "story")


def test_scope_a_headline_takes_no_old_date_from_its_lede(make_doc):
    text = ("Man arrested in bank robbery.\n\n"
            "The robbery of a bank on Main Street happened on March 3, 2019, police said.")
    ann = _events(make_doc, text, "2024-10-22")
    assert [e.date_basis for e in ann.events if e.type == "arrest"] == ["published"]


def test_scope_the_paragraph_before_a_list_places_the_items_that_name_no_place(make_doc):
    text = ("Deputies have taken these suspects off the streets of Tulsa this month.\n\n"
            "-   **Ana Ruiz**, 31, was arrested for burglary.\n"
            "-   **Tom Hale**, 45, was arrested in Dallas for car theft.\n")
    ann = _events(make_doc, text, "2024-10-22")
    places = {p.key: p.name for p in ann.places}
    arrests = {e.evidence_start: places.get(e.place_key) for e in ann.events if e.trigger == "arrested"}
    assert sorted(arrests.values()) == ["Dallas", "Tulsa"]  # an item's own place stays
    assert all(e.date_basis == "published" for e in ann.events if e.trigger == "arrested")  # no colon: no time given


def test_scope_a_lead_in_dates_the_paragraphs_led_by_a_bold_name_below_it(make_doc):
    # the reader blanks emphasis before the model reads: the bold names are read off the text as written; taking
    # people off the streets tells arrests
    text = ("**Here are a few of the criminals taken off our streets in recent days:**\n\n"
            "<figure>\n<img src=\"a.jpg\" />\n</figure>\n\n"
            "**Ana Ruiz**, a 31-year-old Mexican national, was arrested by ICE Seattle.\n\n"
            "**Tom Hale**, a 45-year-old Honduran national, was arrested by ICE Boston.\n")
    ann = _events(make_doc, text, "2025-06-20")
    arrests = [e for e in ann.events if e.trigger == "arrested"]
    assert len(arrests) == 2
    assert all((e.date_begin, e.date_end, e.date_basis) == ("2025-06-13", "2025-06-20", "story") for e in arrests)
    text = text.replace("taken off our streets", "we honour")  # a lead-in that tells no arrest dates none
    ann = _events(make_doc, text, "2025-06-20")
    assert all(e.date_basis == "published" for e in ann.events if e.trigger == "arrested")


def test_scope_a_lead_in_s_destination_places_no_item_but_a_removal(make_doc):
    # "the criminals deported to El Salvador:" says where they were sent, not where each item's crime was
    text = ("Here is a sample of the criminals deported to El\nSalvador:\n\n"
            "-   **Jorge Ruiz**, a Venezuelan national, was convicted of murder.\n")
    ann = _events(make_doc, text, "2025-04-14")
    salvador = {p.key for p in ann.places if p.name == "El Salvador"}
    assert salvador  # a name a line break parts, then a colon: the entity is trimmed to the name
    assert all(e.place_key not in salvador for e in ann.events if e.type == "conviction")
    assert any(e.place_key in salvador for e in ann.events if e.type == "extradition")


@pytest.mark.parametrize("lead", [
    "In Aurora, Colorado, these suspects were set free again and again.",
    "In Washington, D.C., most people arrested are released back onto the streets.",
])
def test_scope_a_lead_in_that_names_a_town_with_its_state_places_the_items_in_the_town(make_doc, lead):
    text = (f"{lead}\n\n"
            "-   In 2023, a man was arrested for robbing a pharmacy.\n"
            "-   In 2024, a woman was charged with assaulting a bus driver.\n")
    ann = _events(make_doc, text, "2025-08-25")
    places = {p.key: p for p in ann.places}
    placed = [places.get(e.place_key) for e in ann.events if e.type in ("arrest", "charge") and e.evidence_start > len(lead)]
    assert placed and all(p is not None and p.kind == "city" for p in placed)  # the town, not its state: one place written twice


def test_scope_a_lead_in_that_names_a_town_and_its_state_apart_names_two_places(make_doc):
    text = ("Officers in Boston and across Massachusetts made these arrests this week.\n\n"
            "-   In 2023, a man was arrested for robbing a pharmacy.\n")
    ann = _events(make_doc, text, "2025-08-25")
    assert [e.place_key for e in ann.events if e.type == "arrest" and e.evidence_start > 60] == [None]


def test_scope_a_round_up_that_numbers_its_week_dates_the_happenings_its_items_tell(make_doc):
    text = ("It was another successful week for the administration.\n\n"
            "**Here is a list of wins in week 11:**\n\n"
            "-   ICE arrested more than 40 gang members in a Texas operation.\n"
            "-   The President secured the release of a wrongfully detained American.\n")
    ann = _events(make_doc, text, "2025-04-04")
    arrests = [e for e in ann.events if e.type == "arrest"]
    told = [e for e in arrests if e.trigger == "arrested"]
    assert [(e.date_begin, e.date_end, e.date_basis) for e in told] == [("2025-03-29", "2025-04-04", "story")]
    assert all(e.date_basis == "published" for e in arrests if e.trigger != "arrested")  # a description's, not the item's


def test_scope_a_round_up_dates_a_happening_its_item_s_main_verb_tells_as_a_noun(make_doc):
    """"announced the takedown of a ring, resulting in the arrests of twelve members": the arrests are the item's news,
    and the week's; a suspect's crime ("a suspect in a shooting") and a record ("a conviction for robbery") are not."""
    text = ("It was another busy week for the administration.\n\n"
            "**Here is a list of wins in week 11:**\n\n"
            "-   The Justice Department announced the takedown of a fentanyl ring in Ohio, resulting in the arrests of "
            "twelve members.\n"
            "-   Agents detained a suspect in a shooting at a gas station.\n"
            "-   Agents detained a man who has a conviction for robbery.\n")
    ann = _events(make_doc, text, "2025-04-04")
    arrests = [e for e in ann.events if e.type == "arrest" and e.trigger == "arrests"]
    assert [(e.date_begin, e.date_end, e.date_basis) for e in arrests] == [("2025-03-29", "2025-04-04", "story")]
    others = [e for e in ann.events if e.type in ("attack", "killing", "conviction")]
    assert others and all(e.date_basis == "published" for e in others)


@pytest.mark.parametrize("lead, published", [
    ("Here are 50 wins for the American people in President Trump's first 50 days:", "2025-03-10"),
    ("Arrests made in President Trump's first 100 days:", "2025-09-01"),  # the span ended months before
    ("Deputies made these arrests during the first two weeks of the operation:", "2025-03-10"),
])
def test_scope_a_round_up_of_a_count_of_days_from_an_unwritten_start_dates_nothing(make_doc, lead, published):
    text = f"**{lead}**\n\n1.  ICE arrested more than 40 gang members in a Texas operation.\n"
    ann = _events(make_doc, text, published)
    assert [e.date_basis for e in ann.events if e.type == "arrest" and e.evidence_start > len(lead) + 4] == ["published"]


def test_scope_a_round_up_s_week_is_a_week(make_doc):
    text = "**Here is a list of wins in week 11:**\n\n-   ICE arrested more than 40 gang members in a Texas operation.\n"
    ann = _events(make_doc, text, "2025-04-04")
    assert [e.date_precision for e in ann.events if e.type == "arrest" and e.date_basis == "story"] == ["week"]


def test_scope_a_lead_in_that_counts_no_span_dates_nothing(make_doc):
    text = ("**Here is a list of our wins:**\n\n"
            "-   ICE arrested more than 40 gang members in a Texas operation.\n")
    ann = _events(make_doc, text, "2025-04-04")
    assert [e.date_basis for e in ann.events if e.type == "arrest"] == ["published"]


def test_scope_a_spanish_round_up_that_numbers_its_week_dates_its_items(make_doc):
    from tocsin.read import read_many

    doc = make_doc("**Estos son los logros de la semana 12:**\n\n-   La policía detuvo a 40 pandilleros en Monterrey.\n",
                   language="es", published_at="2025-04-11")
    ((_, ann),) = read_many([doc], gated=False)
    assert [(e.date_begin, e.date_end) for e in ann.events if e.type == "arrest"] == [("2025-04-05", "2025-04-11")]


@pytest.mark.parametrize("lede, dated", [
    ("An Albany man police labeled a suspected serial rapist has been taken into custody.", True),
    ("A convicted killer has asked the court to delay his execution.", False),  # a description, not the news
])
def test_scope_a_lede_after_a_headline_takes_the_recent_time_the_next_sentences_give(make_doc, lede, dated):
    text = ("Suspect in custody.\n\n" + lede + " Police arrested the 41-year-old man at his home Wednesday night.\n\n"
            "He is being held without bail.")
    ann = _events(make_doc, text, "2009-03-19")
    first = [e for e in ann.events if e.evidence_start < text.index(" Police")]
    want = ("2009-03-18", "story") if dated else (None, "published")
    assert first and all((e.date_begin if dated else None, e.date_basis) == want for e in first)


@pytest.mark.parametrize("text, kind, day", [
    # the lede tells its happening as a circumstance of its main verb
    ("Knife held to throat of taxi driver.\n\nA knife was held to a taxi driver's throat during an attempted robbery near "
     "a police station. The taxi was called to an address in Cleveland Drive at about 11.30pm last night.", "robbery", "2009-03-30"),
    ("Bar fight in Dayton.\n\nTwo men were hurt in a shooting outside a bar on Main Street. Officers were called to the bar "
     "at about 1 a.m. Sunday.", "attack", "2009-03-29"),
])
def test_scope_a_lede_happening_told_as_a_circumstance_takes_the_recent_time(make_doc, text, kind, day):
    ann = _events(make_doc, text, "2009-03-31")
    lede = ann.sentences[1]
    events = [e for e in ann.events if e.type == kind and lede.start <= e.evidence_start < lede.end]
    assert events and all((e.date_begin, e.date_basis) == (day, "story") for e in events)


@pytest.mark.parametrize("opening", [
    "Man bites neighbor over fence. SALEM, Ore. -- ",  # a dateline split off as a sentence, its state not all capitals
    "Man bites neighbor over fence. Follow our reporter as she covers the courts. ",  # a site's invitation, then the lede
])
def test_scope_a_lede_after_a_dateline_or_an_invitation_takes_the_recent_time(make_doc, opening):
    text = (opening + "Police say a man angry about a fence attacked his neighbor and then bit him on the arm. Police say "
            "the neighbor was trimming a hedge in his yard Sunday afternoon. He was treated at a hospital.")
    ann = _events(make_doc, text, "2009-03-31")
    lede = text.index("Police say a man")
    events = [e for e in ann.events if e.type == "attack" and e.evidence_start == lede]
    assert events and all((e.date_begin, e.date_basis) == ("2009-03-29", "story") for e in events)


def test_scope_a_noun_of_a_description_in_the_lede_takes_no_time(make_doc):
    text = ("Suspect in court.\n\nA suspect in the robbery of a gas station has asked the court to delay his trial. His "
            "lawyer filed the motion at about 9 a.m. Wednesday.")
    ann = _events(make_doc, text, "2009-03-19")
    lede = ann.sentences[1]
    robberies = [e for e in ann.events if e.type == "robbery" and lede.start <= e.evidence_start < lede.end]
    assert robberies and all(e.date_basis != "story" or e.date_begin != "2009-03-18" for e in robberies)


@pytest.mark.parametrize("text, kind, at", [
    ("Tacoma man charged.\n\nA Tacoma man was charged with murder. The killing happened Saturday night, police said.", "charge", 1),
    ("Cartel violence.\n\nTwo men were arrested in Juarez. The men had killed a police officer on Friday near the bridge.", "arrest", 1),
    ("Gang violence in Chicago.\n\nA man was shot dead outside a store. Police said Thursday they had no suspects.", "killing", 1),
    ("Tacoma man charged. A Tacoma man was charged with murder. The killing happened Saturday night, police said.", "charge", 1),
    ("Officers from three agencies had worked on the case for months before a Tacoma man was finally charged with murder in "
     "it. The men were arrested Saturday, police said.", "charge", 0),  # a story's long first sentence is no headline
])
def test_scope_a_lede_time_of_another_happening_or_of_saying_dates_no_headline_event(make_doc, text, kind, at):
    ann = _events(make_doc, text, "2024-10-22")
    sentence = ann.sentences[at]
    events = [e for e in ann.events if e.type == kind and sentence.start <= e.evidence_start < sentence.end]
    assert events and all(e.date_basis == "published" for e in events)


def test_scope_a_run_in_headline_takes_the_time_its_lede_gives_its_kind(make_doc):
    text = ("Man arrested after bar stabbing. DAYTON -- A 30-year-old man faces assault charges after a fight outside a bar "
            "early Sunday, police said.")
    ann = _events(make_doc, text, "2024-10-22")
    arrests = [e for e in ann.events if e.type == "arrest" and e.evidence_start < ann.sentences[0].end]
    assert [(e.date_value, e.date_basis) for e in arrests] == [("2024-10-20", "story")]


def test_scope_a_spanish_headline_takes_the_recent_time_its_lede_gives(make_doc):
    from tocsin.read import read_many

    doc = make_doc("Hombre fue detenido por homicidio en Monterrey.\n\nLa policía lo detuvo el domingo por la noche, informó "
                   "la fiscalía.", language="es", published_at="2024-10-22")
    ((_, ann),) = read_many([doc], gated=False)
    arrest = next(e for e in ann.events if e.type == "arrest" and e.evidence_start < ann.sentences[0].end)
    assert (arrest.date_begin, arrest.date_basis) == ("2024-10-20", "story")
    doc = make_doc("Hombre fue detenido por homicidio en Monterrey.\n\nLa policía buscaba al hombre. El asesinato ocurrió el "
                   "domingo por la noche, informó la fiscalía.", language="es", published_at="2024-10-22")
    ((_, ann),) = read_many([doc], gated=False)  # the killing's night is not the arrest's
    assert [e.date_basis for e in ann.events if e.type == "arrest" and e.evidence_start < ann.sentences[0].end] == ["published"]


_ITEMS = "-   **Ana Ruiz**, 31, was arrested for burglary.\n-   **Tom Hale**, 45, was arrested for car theft.\n"


@pytest.mark.parametrize("lead, begin", [
    ("Arrests made on Saturday", "2024-10-12"),
    ("## Arrests in Tulsa on Tuesday", "2024-10-15"),
    ("**Deputies arrested these suspects on Monday**", "2024-10-14"),
    ("On Tuesday, officers made these arrests:", "2024-10-15"),
    ("Arrests in the past several days", "2024-10-10"),  # a span that ends at publication
    ("Officers made these arrests over the past few days:", "2024-10-10"),
    ("Arrests made in the last 48 hours", "2024-10-15"),
])
def test_scope_a_list_s_heading_dates_the_items_that_give_no_time(make_doc, lead, begin):
    ann = _events(make_doc, f"{lead}\n\n{_ITEMS}", "2024-10-17")
    items = [e for e in ann.events if e.type == "arrest" and e.evidence_start > len(lead)]
    assert len(items) == 2 and all((e.date_begin, e.date_basis) == (begin, "story") for e in items)


@pytest.mark.parametrize("lead", [
    "Arrests planned for next week:",  # a future time
    "Our record",  # a heading with no time
    "On Friday the mayor spoke about crime in the city at length and then took questions from reporters.",  # no lead-in
    "Tuesday's hearings",  # another kind of happening
    "Two arrested after Saturday's shooting at mall",  # a time the arrests came after
    "Two arrested after Saturday's shooting at mall:",
    "Arrests made since Saturday",  # a bound, not a day
    "No arrests were made Saturday",  # a denial
    "Arrests could come as soon as Saturday",  # what may come
    "Arrests made Monday through Wednesday:",  # a span's end is no day of it
])
def test_scope_a_list_s_heading_without_a_past_time_of_the_kind_dates_nothing(make_doc, lead):
    ann = _events(make_doc, f"{lead}\n\n{_ITEMS}", "2024-10-17")
    items = [e for e in ann.events if e.type == "arrest" and e.evidence_start > len(lead)]
    assert len(items) == 2 and all(e.date_basis == "published" for e in items)


@pytest.mark.parametrize("item", [
    "The Justice Department announced the takedown of a cartel cell in Ohio, resulting in a record seizure and the arrests of nine members.",
    "ICE announced the seizure of 30 rifles and the arrests of two smugglers in Arizona.",
])
def test_scope_a_round_up_dates_a_noun_coordinated_with_the_one_its_main_verb_tells(make_doc, item):
    text = f"**Here is a list of wins in week 11:**\n\n-   {item}\n"
    ann = _events(make_doc, text, "2025-04-04")
    assert [(e.date_begin, e.date_basis) for e in ann.events if e.trigger == "arrests"] == [("2025-03-29", "story")]


def test_scope_a_round_up_dates_no_noun_coordinated_with_a_description_s(make_doc):
    text = "**Here is a list of wins in week 11:**\n\n-   Agents detained a suspect in a shooting and a robbery at a gas station.\n"
    ann = _events(make_doc, text, "2025-04-04")
    assert all(e.date_basis == "published" for e in ann.events if e.type in ("attack", "robbery"))


_WINS = "-   ICE arrested 40 gang members in Texas.\n-   The State Department designated two cartels as terrorist organizations.\n"


@pytest.mark.parametrize("opening, week", [
    ("This week, President Trump delivered more wins for the American people.", True),
    ("Over the past week, the administration kept its promises to the American people.", True),
    ("Last month, President Trump delivered more wins for the American people.", False),  # not a week up to publication
    ("The mayor, who took office this week, thanked the American people.", False),  # not the paragraph's opening
    ("Next week, the President will travel to Texas to meet the American people.", False),  # after publication
    ("In the past several days, the administration kept its promises to the American people.", True),
    ("Over the past two weeks, the administration kept its promises to the American people.", True),
    ("This week marks one year since the cartel massacre in Juarez.", False),  # a week told of, not one framing
])
def test_scope_a_round_up_s_lead_in_takes_the_week_the_paragraph_before_it_opens_with(make_doc, opening, week):
    text = f"{opening}\n\nHere are some of the highlights:\n\n{_WINS}"
    ann = _events(make_doc, text, "2025-06-13")
    listed = [e for e in ann.events if e.type in ("arrest", "designation") and e.evidence_start > len(opening) + 30]
    assert len(listed) == 2
    assert all((e.date_basis == "story" and e.date_end <= "2025-06-15") if week else e.date_basis == "published" for e in listed)


@pytest.mark.parametrize("heading, day", [("**June 3, 2025**", "2025-06-03"), ("Tuesday, June 10:", "2025-06-10")])
def test_scope_a_heading_that_is_a_time_alone_dates_every_item_below(make_doc, heading, day):
    ann = _events(make_doc, f"{heading}\n\n{_WINS}", "2025-06-13")
    listed = [e for e in ann.events if e.type in ("arrest", "designation")]
    assert len(listed) == 2 and all((e.date_begin, e.date_basis) == (day, "story") for e in listed)


@pytest.mark.parametrize("heading", ["**June 20, 2025**", "**Hearings held on June 3**"])
def test_scope_a_heading_of_a_later_time_or_of_another_happening_dates_nothing(make_doc, heading):
    ann = _events(make_doc, f"{heading}\n\n{_WINS}", "2025-06-13")
    listed = [e for e in ann.events if e.type in ("arrest", "designation")]
    assert len(listed) == 2 and all(e.date_basis == "published" for e in listed)


def test_scope_a_spanish_heading_of_a_span_ending_at_publication_dates_its_items(make_doc):
    text = ("Detenidos en las últimas 48 horas\n\n-   **Ana Ruiz**, de 31 años, fue detenida por robo.\n"
            "-   **Tomás Gil**, de 45 años, fue detenido por hurto.\n")
    from tocsin.read import read_many

    ((_, ann),) = read_many([make_doc(text, language="es", published_at="2024-10-17")], gated=False)
    items = [e for e in ann.events if e.type == "arrest" and e.evidence_start > 30]
    assert len(items) == 2 and all((e.date_begin, e.date_end, e.date_basis) == ("2024-10-15", "2024-10-17", "story") for e in items)


@pytest.mark.parametrize("sentence, word, told", [
    ("ICE announced the takedown of a ring, resulting in the arrests of six members.", "arrests", True),
    ("ICE announced the takedown of a ring, leading to the arrests of six members.", "arrests", True),
    ("ICE arrested a man leading the kidnappings of migrants in Texas.", "kidnappings", False),  # what he led, not what came of it
    ("Police arrested a woman leading a robbery of a bank.", "robbery", False),
])
def test_scope_a_noun_is_told_as_what_came_of_the_main_verb_s_not_as_what_someone_leads(english, sentence, word, told):
    from tocsin.read.events.scope import _a_told_noun

    doc = english(sentence)
    assert _a_told_noun(next(t for t in doc if t.text == word)) is told


# An item of a list tells one case: a happening its sentence places nowhere takes the one place the item's other
# sentences name (events/scope.py ``_placed_by``), before the lead-in's.
def test_scope_an_item_s_other_sentence_places_the_case_it_tells_again(make_doc):
    text = ("Among the criminals the agency arrested this spring:\n\n"
            "-   **Mario Vega**, a foreign national, is charged with the rape of a teenager in Ohio. "
            "He broke into the family's home at night and raped the girl while her brother slept.\n"
            "-   **Luis Ortiz**, a foreign national, is charged with murder in Nevada. "
            "He shot his neighbor twice in the back.\n")
    ann = _events(make_doc, text, "2025-06-02")
    places = {p.key: p.name for p in ann.places}
    second = text.index("He broke"), text.index("-   **Luis")
    told_again = [e for e in ann.events if second[0] <= e.trigger_start < second[1]]
    assert told_again and all(places.get(e.place_key) == "Ohio" for e in told_again)
    shot = [e for e in ann.events if e.trigger_start > text.index("He shot")]
    assert shot and all(places.get(e.place_key) == "Nevada" for e in shot)


def test_scope_an_item_s_own_sentence_lends_no_place_to_a_record_it_holds(make_doc):
    # must not fire: the arrest's town stands in the conviction's own sentence, which the sentence rules leave
    # unplaced; a record told in the item's other sentence is no case of the item's, and a removal takes no place
    # from the item but where the person was sent
    text = ("These criminals were arrested last week:\n\n"
            "-   A foreign national convicted of child sexual abuse was arrested in Houston.\n"
            "-   A foreign national was arrested in Denver. "
            "He has a conviction for fraud and was removed from the country in 2009.\n"
            "-   **Jose Ruiz**, a foreign national, was arrested in Tulsa. He was previously convicted of assault.\n")
    ann = _events(make_doc, text, "2025-06-02")
    records = [e for e in ann.events if e.type in ("conviction", "extradition")]
    assert len(records) >= 3 and all(e.place_key is None for e in records)
