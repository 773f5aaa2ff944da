"""The reader with the real English model: gazetteer precedence is what is tested."""

import pytest

from tocsin.read import read, read_many

pytestmark = pytest.mark.model


def _ents(english, text):
    return [(e.text, e.label_, e.ent_id_) for e in english(text).ents]


def test_read_model_alone_mislabels_group_as_person():
    """The reason the gazetteer exists: the bare small model calls Tren de Aragua a person."""
    import spacy

    from tocsin.read.nlp import ENGLISH_MODEL

    bare = spacy.load(ENGLISH_MODEL)
    labels = {e.text: e.label_ for e in bare("Members of Tren de Aragua kidnapped a former officer in Santiago.").ents}
    assert labels.get("Tren de Aragua") != "CRIMINAL_GROUP"


@pytest.mark.parametrize(
    "text,surface,entry",
    [
        ("Members of Tren de Aragua kidnapped a former officer in Santiago.", "Tren de Aragua", "tren-de-aragua"),
        ("Police said the MS-13 was behind the attack.", "MS-13", "ms-13"),
        ("A TdA cell extorted drivers in Lima.", "TdA", "tren-de-aragua"),
        ("The so-called Train from Aragua spread to Chile.", "Train from Aragua", "tren-de-aragua"),
        ("Officials blamed the Sinaloa cartel for the shipment.", "Sinaloa cartel", "sinaloa-cartel"),
        ("The CJNG and the Cartel de Sinaloa fought in Zacatecas.", "Cartel de Sinaloa", "sinaloa-cartel"),
        ("The Office of Foreign Assets Control designated the group.", "Office of Foreign Assets Control", "ofac"),
    ],
)
def test_read_gazetteer_wins_over_model(english, text, surface, entry):
    found = {t: (label, eid) for t, label, eid in _ents(english, text)}
    assert surface in found
    assert found[surface][1] == entry
    assert found[surface][0] in ("CRIMINAL_GROUP", "AGENCY")


@pytest.mark.parametrize(
    "text,surface",
    [
        ("The gang's tda was unclear.", "tda"),
        ("Fishermen in the Gulf of Mexico said the weather was bad.", "Gulf"),
    ],
)
def test_read_gazetteer_does_not_match_lookalikes(english, text, surface):
    assert all(eid == "" or t != surface for t, _, eid in _ents(english, text))


def test_read_gazetteer_prefers_the_longest_match(english):
    ents = _ents(english, "The Autodefensas Gaitanistas de Colombia, or Clan del Golfo, grew.")
    assert ("Autodefensas Gaitanistas de Colombia", "CRIMINAL_GROUP", "clan-del-golfo") in ents
    assert ("Clan del Golfo", "CRIMINAL_GROUP", "clan-del-golfo") in ents


def test_read_gazetteer_exact_forms_match_only_as_written(english):
    assert _ents(english, "Analysts at Los Lobos said so.")[0][2] == "los-lobos"
    assert all(eid != "los-lobos" for _, _, eid in _ents(english, "They saw los lobos and LOS LOBOS near the river."))


def test_read_document_gives_sentences_and_offsets(make_doc):
    doc = make_doc("Tren de Aragua operates in Chile. Ronald Ojeda was kidnapped in Santiago by men posing as PDI officers.")
    ann = read(doc)
    assert len(ann.sentences) == 2
    for m in ann.mentions:
        assert doc.text[m.start : m.end] == m.text
    groups = [m for m in ann.mentions if m.kind == "group"]
    assert [(m.text, m.key, m.origin) for m in groups] == [("Tren de Aragua", "tren-de-aragua", "gazetteer")]
    assert any(m.kind == "agency" and m.key == "pdi" for m in ann.mentions)


def test_read_spanish_document_uses_gazetteer_pipeline(make_doc):
    doc = make_doc("El fiscal dijo que el Tren de Aragua secuestró al exteniente. Los lobos aullaban en el cerro.", language="es")
    ann = read(doc)
    assert [m.key for m in ann.mentions] == ["tren-de-aragua"]  # lower-case "los lobos" is not the gang
    assert len(ann.sentences) == 2


def test_read_many_keeps_order_across_languages(make_doc):
    docs = [make_doc(f"Text {i} about the ELN in Arauca.", language=lang) for i, lang in enumerate(["en", "es", "es", "en"])]
    out = list(read_many(docs, batch_size=2))
    assert [d.id for d, _ in out] == [d.id for d in docs]
    assert all(a.doc_id == d.id for d, a in out)


def test_read_nothing_is_read_inside_a_link(make_doc):
    """A date or a place in a URL is no date or place of the text ("nypost.com/2026/01/27/us-news/…")."""
    text = ("- A Mexican national [charged](https://www.dhs.gov/news/2026/01/27/texas-houston-man-charged) with the murder "
            "of his wife, police said.")
    ann = read(make_doc(text, published_at="2026-04-10"))
    assert not any(t.start > text.index("https") and t.start < text.index(") with") for t in ann.times)
    assert not any(text.index("https") <= m.start < text.index(") with") for m in ann.mentions)


def test_read_an_official_release_dateline_is_where_it_was_issued_not_where_it_happened(make_doc):
    text = "WASHINGTON – A former corrections officer was sentenced today to 30 months in prison for beating an inmate."
    official = read(make_doc(text, published_at="2009-01-30", url="https://www.justice.gov/opa/pr/officer-sentenced"))
    news = read(make_doc(text, published_at="2009-01-30", url="https://www.example-news.com/story"))
    assert official.dateline_issued and not news.dateline_issued
    assert [e.place_basis for e in news.events] == ["dateline"]
    assert official.events and all(e.place_basis != "dateline" for e in official.events)


@pytest.mark.model
def test_read_no_event_is_read_inside_a_link(make_doc):
    text = "Police charged a man with murder [on Tuesday](https://news.example.com/three-men-arrested-in-shooting-of-coworker.html)."
    from tocsin.read import read_many

    link = (text.index("(https"), text.index(".html)") + 5)
    (_, ann), = read_many([make_doc(text, published_at="2025-09-12")], gated=False)
    assert ann.events and not [e for e in ann.events if link[0] <= e.trigger_start < link[1]]


def test_read_markup_is_blanked_and_offsets_kept():
    from tocsin.read.read import readable

    text = ("-   A national\n    [convicted](https://news.example.com/ice-agents-arrest-3-men)\n    of assault, "
            "apprehended in **Minnesota** (see www.example.com/more).")
    plain = readable(text)
    assert len(plain) == len(text) and plain.count("\n") == text.count("\n")
    assert "convicted" in plain and "arrest" not in plain and "*" not in plain and "www" not in plain
    assert plain.index("Minnesota") == text.index("Minnesota")


def test_read_a_link_address_with_brackets_is_blanked_whole(make_doc):
    from tocsin.read import read
    from tocsin.read.read import readable

    text = ("-   Council Member Deni Ruiz\n    [said](https://www.example.com/story#:~:text=said%20Ruiz%20(D%2DDistrict%202)%2C%20who%20sponsored)\n"
            "    “there is an incredible amount of fear” about immigration enforcement.\n")
    plain = readable(text)
    assert "sponsored" not in plain and "District" not in plain and len(plain) == len(text)
    doc = make_doc(text, published_at="2025-04-15")
    found = [(doc.text[s.content_start : s.content_end], s.speaker_name) for s in read(doc).statements]
    assert len(found) == 1 and "there is an incredible amount of fear" in found[0][0] and "Ruiz" in found[0][1]


def test_read_a_sentence_wrapped_in_links_keeps_its_events(make_doc):
    from tocsin.read import read_many

    text = ("Here is a sample of the criminals arrested:\n\n"
            "-   A Honduran national\n    [convicted](https://www.fox9.com/news/st-paul-ice-agents-arrest-3-child-predators)\n"
            "    of criminal sexual conduct with a minor, apprehended in Minnesota.\n")
    (_, ann), = read_many([make_doc(text, published_at="2025-02-26")], gated=False)
    bullet = text.index("-   A Honduran")
    assert {e.type for e in ann.events if e.trigger_start > bullet} >= {"conviction", "arrest"}


def test_read_a_short_title_is_one_token_and_no_sentence_end():
    from tocsin.read.nlp import pipeline

    doc = pipeline("en")("Police Sgt. Luis Perez was stabbed. Lt. Col. Ana Ruiz said so.")
    assert [s.text for s in doc.sents] == ["Police Sgt. Luis Perez was stabbed.", "Lt. Col. Ana Ruiz said so."]
    es = pipeline("es")("El Cnel. Luis Pérez fue asesinado en Caracas.")
    assert len(list(es.sents)) == 1 and "Cnel." in [t.text for t in es]


@pytest.mark.parametrize("text, label, found", [
    # the model ran the office into the name: the person is split off at the given name before a middle initial
    ("Criminal Division Rita M. Glavin", "ORG", [(0, 17, "ORG", ""), (18, 32, "PERSON", "")]),
    ("Robert F. Kennedy Human Rights", "ORG", []),  # a name inside an organization's, not closing it
    ("Rita M. Glavin", "ORG", []),  # nothing before the name: no organization to split off
    ("Criminal Division Rita M. Glavin", "PERSON", []),
])
def test_read_a_person_run_into_an_organization_is_split_off(text, label, found):
    from tocsin.read.read import _person_after_office

    assert _person_after_office(text, 0, len(text), label) == found
