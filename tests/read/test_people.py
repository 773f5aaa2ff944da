"""The roster of a document's people: surnames, titles and transcript labels linked to one full name, within one
document and only when one person fits."""

import pytest

from tocsin.models import Mention
from tocsin.read.people import Roster, surname, without_title


def _roster(text: str, names: list[str], title: str | None = None) -> Roster:
    mentions, start = [], 0
    for name in names:
        start = text.index(name, start)
        mentions.append(Mention(start, start + len(name), name, "PERSON", "person", "model"))
        start += len(name)
    return Roster(text, mentions, title)


def test_surname_skips_suffixes_and_possessives():
    assert surname("Joseph M. Demarest, Jr.") == "demarest"
    assert surname("Taylor's") == "taylor"
    assert surname("José Pérez") == "perez"


def test_a_title_written_next_to_a_name_resolves_the_title():
    text = "Paris had been shot once, according to Anderson County Sheriff Greg Taylor. Taylor said more."
    roster = _roster(text, ["Greg Taylor", "Taylor"])
    assert roster.by_title("the sheriff").name == "Greg Taylor"
    assert roster.by_title("The\nSheriff").name == "Greg Taylor"
    assert roster.by_surname("Taylor").name == "Greg Taylor"
    assert roster.by_title("the prosecutor") is None


def test_people_an_abbreviated_title_is_the_title_written_out():
    roster = _roster("The fire was set on purpose, Capt. Rosa Ibarra said. Det. Paul Finch agreed.", ["Rosa Ibarra", "Paul Finch"])
    assert roster.by_title("the captain").name == "Rosa Ibarra"
    assert roster.by_title("the detective").name == "Paul Finch"


def test_an_apposition_gives_a_title():
    roster = _roster("Maureen Krueger, the district attorney, said the case was closed.", ["Maureen Krueger"])
    assert roster.by_title("the district attorney").name == "Maureen Krueger"
    assert roster.by_title("the attorney").name == "Maureen Krueger"


def test_two_people_who_fit_leave_the_speaker_as_written():
    text = "Sheriff Greg Taylor and Sheriff Ann Ruiz met. Sheriff Bob Ruiz too."
    roster = _roster(text, ["Greg Taylor", "Ann Ruiz", "Bob Ruiz"])
    assert roster.by_title("the sheriff") is None
    assert roster.by_surname("Ruiz") is None  # two Ruizes
    assert roster.by_surname("Taylor").name == "Greg Taylor"


def test_another_office_is_not_the_title():
    text = "Vice President Kamala Harris met former President Barack Obama and Police Chief Ann Ruiz."
    roster = _roster(text, ["Kamala Harris", "Barack Obama", "Ann Ruiz"])
    assert roster.by_title("the president") is None
    assert roster.by_title("the vice president").name == "Kamala Harris"
    assert roster.by_title("the police") is None  # not an office


def test_words_before_a_name_that_are_no_office_give_no_title():
    roster = _roster("According to the report, Nakishia Sullivan left. The report said so.", ["Nakishia Sullivan"])
    assert roster.by_title("the report") is None


def test_the_document_title_names_a_transcript_label():
    roster = _roster("THE PRESIDENT: Thank you all.", [], title="Remarks by President Trump Before Air Force One Departure")
    assert roster.by_title("THE PRESIDENT").name == "Trump"
    assert roster.by_title("THE VICE PRESIDENT") is None


def test_a_lone_surname_is_not_resolved_without_a_full_name():
    assert _roster("Smith said it was over.", ["Smith"]).by_surname("Smith") is None


@pytest.mark.parametrize("title, label, name", [
    ("Press Briefing by Press Secretary Karine Jean-Pierre and NSC Coordinator for Strategic Communications John Kirby",
     "KIRBY", "John Kirby"),
    ("Press Briefing by Secretary of Agriculture Tom Vilsack", "VILSACK", "Tom Vilsack"),
    ("Remarks by Vice President Harris at a Campaign Event", "HARRIS", None),  # an office, not a given name
    ("Background Press Call on Counternarcotics", "KIRBY", None),
])
def test_people_a_label_takes_the_full_name_the_title_gives(title, label, name):
    """The title names a transcript's speakers in full where the model never reads it; an office word before a
    surname ("Vice President Harris") is no given name."""
    person = Roster("", [], title).by_surname(label)
    assert (person.name if person else None) == name


@pytest.mark.parametrize("written, name", [
    ("County Coroner Pell Anders", "Pell Anders"),
    ("County Clerk Pell Anders", "Pell Anders"),  # local offices of a county or a town
    ("Township Treasurer Pell Anders", "Pell Anders"),
    ("Councilwoman Lina Moro", "Lina Moro"),
    ("Constable Pell Anders", "Pell Anders"),
    ("Pell Clerk", "Pell Clerk"),  # the last word is never taken for an office
    ("Mr. Anders", "Anders"),
    ("Vice President Lina Moro", "Lina Moro"),
    ("Presidenta Lina Moro", "Lina Moro"),
    ("Minister of Roads Lina Moro", "Minister of Roads Lina Moro"),
    ("Lina Moro", "Lina Moro"),
    ("Officer", "Officer"),
    ("White House spokeswoman Lina Moro", "Lina Moro"),  # an office in lower case is no part of a name
    ("analista de Uralsib Lina Moro", "analista de Uralsib Lina Moro"),  # the office goes on with "de": where the name starts is not known
])
def test_people_without_title_keeps_the_name_after_the_last_office(written, name):
    assert without_title(written) == name


@pytest.mark.parametrize("before, written, found", [
    ("The talks went on, said ", "President Ivo Marsh", {"president"}),
    ("The talks went on, said President ", "Ivo Marsh", {"president"}),
    ("Asked about it, Attorney General ", "Marsh", {"attorney general"}),  # one office, not "General Marsh"'s
    ("Asked about it, Mr. ", "Marsh", set()),
    ("The talks went on, said ", "Marsh", set()),
])
def test_people_offices_are_the_office_words_written_with_a_name(before, written, found):
    from tocsin.read.people import offices

    assert offices(before, written) == found


@pytest.mark.parametrize("before, written, found", [
    ("The talks went on, said ", "President Ivo Marsh", {"president"}),
    ("", "THE PRESIDENT", set()),  # a label's words are its title, read as what is written before a name
    ("THE PRESIDENT", "", {"president"}),
    ("In a speech, ", "Vice President Marsh", {"vice", "president"}),  # another office than "President Marsh"
    ("Asked about it, Deputy Chief ", "Marsh", {"deputy", "chief"}),
    ("A witness, Officer ", "Marsh", set()),  # a part many hold at once is no post of one holder
    ("The case is led by Detective ", "Garcia", set()),
    ("Outside court, defense attorney ", "Johnson", set()),
    ("The office of Attorney General ", "Garland", {"attorney", "general"}),
    ("The talks went on, said ", "Marsh", set()),
])
def test_people_rank_is_the_office_with_what_makes_it_another(before, written, found):
    from tocsin.read.people import rank

    assert rank(before, written) == found


def test_people_a_title_case_title_name_stops_at_the_name_the_text_gives():
    """ "President Biden Touts Historic Support" is "Biden": the title's name runs on into the headline's words, and a
    second person "Biden Touts Historic Support" would make "the President" fit two people."""
    text = "President Biden met tribal leaders. The President said the work goes on."
    roster = _roster(text, ["Biden"], title="FACT SHEET: President Biden Touts Historic Support for Indian Country")
    assert roster.by_title("The President").name == "Biden"
    assert [p.name for p in roster.people["biden"]] == ["Biden"]
    alone = Roster("THE PRESIDENT: Thank you.", [], title="Remarks by President Lina Moro Visits the Port")
    assert alone.by_title("THE PRESIDENT").name == "Lina Moro Visits"  # nothing to trim it by: as read


@pytest.mark.parametrize("label, name", [
    ("PRESIDENT MORO", "Lina Moro"),
    ("SECRETARY PELL", "Tom Pell"),
    ("MORO", "Lina Moro"),
    ("THE PRESIDENT", "Lina Moro"),
    ("SENIOR ADMINISTRATION OFFICIAL", None),  # words that are no office before the last: no surname
    ("PRESIDENT ORTIZ", None),  # nobody of that name
])
def test_people_a_transcript_label_of_an_office_and_a_surname_is_the_person(label, name):
    text = "PRESIDENT MORO: Thank you. SECRETARY PELL: Good morning."
    roster = _roster("President Lina Moro and Secretary Tom Pell spoke. " + text, ["Lina Moro", "Tom Pell"])
    person = roster.by_label(label)
    assert (person.name if person else None) == name


def test_people_the_title_names_in_full_a_surname_the_text_writes_alone():
    """The text says "Kirby" only, the title "… Communications Advisor John Kirby": the label "KIRBY" is John Kirby."""
    title = "On-the-Record Press Gaggle by National Security Communications Advisor John Kirby"
    roster = _roster("MR. KIRBY: Thanks. As Kirby said before, the talks go on.", ["Kirby"], title=title)
    assert roster.by_surname("KIRBY").name == "John Kirby"
    two = _roster("Kirby said so.", ["Kirby"], title="Gaggle by Advisor John Kirby and Advisor Ann Kirby")
    assert two.by_surname("Kirby") is None
    full = _roster("Ann Kirby said so. Kirby left.", ["Ann Kirby", "Kirby"], title="Gaggle by Advisor John Kirby")
    assert full.by_surname("Kirby").name == "Ann Kirby"  # the text's own full name comes first


@pytest.mark.parametrize("text, word", [
    # a full name after an office that the model did not read is not taken for a bare surname: the surname may be
    # another bearer's
    ("Deputy Ana Lopez found the body. A neighbor, Lopez, said she heard shots.", "Lopez"),
    ("Vice President Harris spoke. Harris left.", "Harris"),  # an office, not a given name
    ("Investigator Ann Lee and Officer Bob Lee came. Lee said so.", "Lee"),  # two full names
])
def test_people_no_full_name_from_an_office_the_model_did_not_read(text, word):
    assert Roster(text, []).by_surname(word) is None
