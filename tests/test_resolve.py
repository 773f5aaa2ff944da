from dataclasses import replace

import pytest

from tocsin.models import Annotations, Mention, Statement
from tocsin.resolve import resolve, slug


def _m(text, kind, start=0, key=None, label="PERSON"):
    return Mention(start, start + len(text), text, label, kind, "gazetteer" if key else "model", key)


def test_resolve_gazetteer_mentions_share_one_entity():
    ann = Annotations("d", mentions=(_m("Tren de Aragua", "group", 0, "tren-de-aragua", "CRIMINAL_GROUP"), _m("TdA", "group", 40, "tren-de-aragua", "CRIMINAL_GROUP")))
    out = resolve(ann)
    assert {m.entity for m in out.annotations.mentions} == {"group:tren-de-aragua"}
    (entity,) = out.entities
    assert entity.name == "Tren de Aragua" and "TdA" in entity.aliases


def test_resolve_surname_joins_the_full_name_in_the_same_document():
    ann = Annotations("d", mentions=(_m("Ronald Ojeda", "person", 0), _m("Ojeda", "person", 50)))
    out = resolve(ann)
    assert [m.entity for m in out.annotations.mentions] == ["person:ronald-ojeda", "person:ronald-ojeda"]


def test_resolve_ambiguous_surname_stays_apart():
    ann = Annotations("d", mentions=(_m("Joaquín Guzmán", "person", 0), _m("Ovidio Guzmán", "person", 30), _m("Guzmán", "person", 60)))
    keys = [m.entity for m in resolve(ann).annotations.mentions]
    assert keys[2] == "person:guzman@d" and len(set(keys)) == 3  # the document's own Guzmán: no evidence of which


def test_resolve_prefers_a_name_not_in_capitals():
    ann = Annotations("d", mentions=(_m("LIMA", "place", 0, label="GPE"), _m("Lima", "place", 30, label="GPE")))
    (entity,) = resolve(ann).entities
    assert entity.id == "place:lima" and entity.name == "Lima"


def test_resolve_slug_folds_accents_case_and_titles():
    assert slug("Héctor  Barros") == "hector-barros"
    out = resolve(Annotations("d", mentions=(_m("Gen. Jorge Angulo", "person"),)))
    assert out.entities[0].name == "Jorge Angulo"


def test_resolve_a_transcript_label_named_in_the_title_is_that_person():
    """"MS. JEAN-PIERRE:" under "Press Briefing by Press Secretary Karine Jean-Pierre" speaks as Karine Jean-Pierre, an
    entity of its own even though the model never reads the title; a label no one in the document is named by
    ("SENIOR ADMINISTRATION OFFICIAL:") stays a label, not a person."""
    from tocsin.models import Document
    from tocsin.read import read_many

    text = ("MS. JEAN-PIERRE: Good afternoon, everybody. The President will travel to Detroit tomorrow to speak about jobs.\n\n"
            "Q Thank you. Will he meet the governor?\n\n"
            "MS. JEAN-PIERRE: I think the task force has already made a difference against gang violence in Detroit.\n\n"
            "SENIOR ADMINISTRATION OFFICIAL: I think the governor will welcome him at the plant in the morning.\n")
    doc = Document(id="brief", text=text, source="brief", language="en",
                   title="Press Briefing by Press Secretary Karine Jean-Pierre and a Senior Administration Official")
    ((_, ann),) = read_many([doc], gated=False)
    resolved = resolve(ann)
    speakers = {s.speaker_text: s.speaker_entity for s in resolved.annotations.statements}
    assert speakers["MS. JEAN-PIERRE"] == "person:karine-jean-pierre"
    assert speakers.get("SENIOR ADMINISTRATION OFFICIAL") is None
    assert any(e.id == "person:karine-jean-pierre" and e.name == "Karine Jean-Pierre" for e in resolved.entities)


def test_resolve_a_lone_surname_read_as_an_organization_is_the_person_named_in_full():
    """The small model tags "Mayorkas said" as an organization; with "Alejandro Mayorkas" in the document it is him.
    A one-word organization no person of the document is named by ("Pemex") stays an organization."""
    ann = Annotations("d", mentions=(_m("Alejandro Mayorkas", "person", 0), _m("Mayorkas", "organization", 60, label="ORG"),
                                     _m("Pemex", "organization", 90, label="ORG")))
    keys = [m.entity for m in resolve(ann).annotations.mentions]
    assert keys == ["person:alejandro-mayorkas", "person:alejandro-mayorkas", "organization:pemex"]


def _without_ids(value):
    """A record as plain data without the fields resolve fills (``entity``, ``*_entity``, ``*_entities``)."""
    if isinstance(value, dict):
        return {k: _without_ids(v) for k, v in value.items() if k != "entity" and not k.endswith(("_entity", "_entities"))}
    if isinstance(value, (list, tuple)):
        return [_without_ids(v) for v in value]
    return value


def test_resolve_fills_entity_ids_beside_the_keys_and_changes_no_field_read_wrote():
    """A field means the same before and after resolve: keys stay keys, ids go to fields of their own."""
    from dataclasses import asdict

    from tocsin.models import Event, Forecast, GroupTie, Statement

    tie = GroupTie(group_key="tren-de-aragua", role="actor", strength="named")
    event = Event(type="killing", subtype=None, trigger="killed", trigger_start=15, trigger_end=21, evidence_start=0,
                  evidence_end=40, modality="asserted", group_keys=("tren-de-aragua",), ties=(tie,), place_key="gn-3936456")
    statement = Statement(None, None, None, None, None, "none", None, None, "said", 0, 4, 5, 40, False, "forecast", "asserted",
                          place_key="gn-3936456")
    forecast = Forecast(0, "attack", ("tren-de-aragua",), (), "gn-3936456", None, None)
    ann = Annotations("d", mentions=(_m("Tren de Aragua", "group", 0, "tren-de-aragua", "CRIMINAL_GROUP"),),
                      dateline_key="gn-3936456", statements=(statement,), forecasts=(forecast,), events=(event,))
    out = resolve(ann)
    assert _without_ids(asdict(out.annotations)) == _without_ids(asdict(ann))
    (e,), (st,), (f,), (m,) = out.annotations.events, out.annotations.statements, out.annotations.forecasts, out.annotations.mentions
    assert (e.place_key, e.place_entity, e.group_keys, e.group_entities) == (
        "gn-3936456", "place:gn-3936456", ("tren-de-aragua",), ("group:tren-de-aragua",))
    assert (e.ties[0].group_key, e.ties[0].group_entity) == ("tren-de-aragua", "group:tren-de-aragua")
    assert (st.place_key, st.place_entity) == ("gn-3936456", "place:gn-3936456")
    assert (f.group_keys, f.group_entities, f.place_entity) == (("tren-de-aragua",), ("group:tren-de-aragua",), "place:gn-3936456")
    assert (m.key, m.entity) == ("tren-de-aragua", "group:tren-de-aragua")
    assert (out.annotations.dateline_key, out.dateline_entity) == ("gn-3936456", "place:gn-3936456")


def test_resolve_a_place_no_mention_names_is_an_entity():
    """A designation placed in the designating country its text does not name (read.events.authority) points at
    an entity the store knows."""
    from tocsin.models import Event, Place

    usa = Place(6252001, "United States", "country", "US", "", 39.8, -98.5, 327167434)
    event = Event(type="designation", subtype=None, trigger="designated", trigger_start=4, trigger_end=14, evidence_start=0,
                  evidence_end=40, modality="asserted", place_key=usa.key, place_basis="authority")
    out = resolve(Annotations("d", places=(usa,), events=(event,)))
    assert [(x.id, x.kind, x.name) for x in out.entities] == [("place:gn-6252001", "place", "United States")]
    assert out.annotations.events[0].place_entity == "place:gn-6252001"


@pytest.mark.parametrize("written, key", [
    ("Harbor Police Chief Dana Whitlock", "person:dana-whitlock"),
    ("State Deputy Press Secretary Omar Velde", "person:omar-velde"),
    ("Det. Lorna Quist", "person:lorna-quist"),
    ("— Dana Whitlock", "person:dana-whitlock"),
    ("Secretary of Ports Ivo Marsh", "person:secretary-of-ports-ivo-marsh"),  # where the name starts is not known
    ("Gloria Justice", "person:gloria-justice"),  # a last word is never an office
])
def test_resolve_a_title_written_into_a_name_is_no_part_of_the_key(written, key):
    assert resolve(Annotations("d", mentions=(_m(written, "person"),))).annotations.mentions[0].entity == key


def test_resolve_a_surname_after_a_suffix_joins_the_full_name():
    ann = Annotations("d", mentions=(_m("Arthur P. Wendle, Jr.", "person", 0), _m("Wendle", "person", 60)))
    assert [m.entity for m in resolve(ann).annotations.mentions] == ["person:arthur-p-wendle-jr"] * 2


@pytest.mark.parametrize("doc", ["a1b2c3d4e5f6", "f6e5d4c3b2a1"])
def test_resolve_a_lone_surname_is_its_documents_own(doc):
    """Two stories' "Smith" with no full name are two entities until linking finds evidence (issue 19)."""
    ann = Annotations(doc, mentions=(_m("Smith", "person", 0), _m("Smith", "person", 40)))
    assert {m.entity for m in resolve(ann).annotations.mentions} == {f"person:smith@{doc[:10]}"}


def test_resolve_a_turn_speaker_named_by_the_title_alone_is_a_person():
    """"THE PRESIDENT:" of "Remarks by President Biden" with no other Biden in the text: a speaker entity of its own."""
    st = Statement(speaker_start=0, speaker_end=13, speaker_text="THE PRESIDENT", speaker_mention=None, speaker_name="Biden",
                   speaker_basis="turn", descriptor=None, affiliation=None, cue="", cue_start=0, cue_end=0, content_start=20,
                   content_end=60, direct=True, claim_type="assertion", stance="asserted")
    out = resolve(Annotations("9f8e7d6c5b4a", statements=(st,)))
    assert out.annotations.statements[0].speaker_entity == "person:biden@9f8e7d6c5b"
    label = replace(st, speaker_basis="label", speaker_name="Senior Administration Official")
    assert resolve(Annotations("9f8e7d6c5b4a", statements=(label,))).annotations.statements[0].speaker_entity is None


def test_resolve_a_given_name_alone_joins_the_one_full_name_it_begins():
    ann = Annotations("d", mentions=(_m("Marisol Okafor", "person", 0), _m("Marisol", "person", 40), _m("Teodor Brand", "person", 80)))
    assert [m.entity for m in resolve(ann).annotations.mentions][:2] == ["person:marisol-okafor"] * 2


@pytest.mark.parametrize("names, key", [
    (("Marisol Okafor", "Marisol Brand"), "person:marisol@d"),  # two Marisols: this document's own
    (("Marisol Okafor", "Teodor Marisol"), "person:teodor-marisol"),  # a family name first, as before
])
def test_resolve_a_given_name_that_fits_two_people_is_not_the_first_one(names, key):
    mentions = tuple(_m(n, "person", 40 * i) for i, n in enumerate(names)) + (_m("Marisol", "person", 200),)
    assert resolve(Annotations("d", mentions=mentions)).annotations.mentions[-1].entity == key


def test_resolve_a_shorter_form_of_a_full_name_is_the_fullest_one():
    ann = Annotations("d", mentions=(_m("Desmond Clark", "person", 0), _m("Desmond Okoro Clark", "person", 40), _m("Clark", "person", 90)))
    assert {m.entity for m in resolve(ann).annotations.mentions} == {"person:desmond-okoro-clark"}


def test_resolve_two_forms_that_differ_are_two_people():
    ann = Annotations("d", mentions=(_m("Lena A. Voss", "person", 0), _m("Lena B. Voss", "person", 40), _m("Voss", "person", 90)))
    assert [m.entity for m in resolve(ann).annotations.mentions] == ["person:lena-a-voss", "person:lena-b-voss", "person:voss@d"]


def test_resolve_an_initial_stands_for_the_word_of_the_fuller_form():
    ann = Annotations("d", mentions=(_m("Lena Adair Voss", "person", 0), _m("Lena A. Voss", "person", 40), _m("Voss", "person", 90)))
    assert {m.entity for m in resolve(ann).annotations.mentions} == {"person:lena-adair-voss"}


def test_resolve_a_given_name_goes_to_the_name_the_longer_ones_extend():
    ann = Annotations("d", mentions=(_m("Rosa Vell", "person", 0), _m("Rosa Vell Bridge", "person", 40), _m("Rosa", "person", 90)))
    assert resolve(ann).annotations.mentions[-1].entity == "person:rosa-vell"


def test_resolve_an_initial_stands_for_a_middle_name_never_the_surname():
    from tocsin.resolve import _within

    assert _within("bobbie-c-ryan", "bobbie-cyana-ryan") and not _within("ana-r-ruiz", "ana-beatriz-ruiz")


def test_resolve_a_speaker_named_in_full_where_the_model_read_no_person_is_a_person():
    """"Sealock" after "Columbus Investigator Gregory Sealock", which the model read as an organization: the speaker's
    span holds no mention of its own, and the name the roster gave is the entity."""
    st = Statement(speaker_start=60, speaker_end=67, speaker_text="Sealock", speaker_mention=(20, 35), speaker_name="Gregory Sealock",
                   speaker_basis="named", descriptor=None, affiliation=None, cue="stated", cue_start=68, cue_end=74,
                   content_start=0, content_end=50, direct=False, claim_type="assertion", stance="asserted")
    org = _m("Columbus Investigator Gregory Sealock", "organization", 0, label="ORG")
    out = resolve(Annotations("9f8e7d6c5b4a", mentions=(org,), statements=(st,)))
    assert out.annotations.statements[0].speaker_entity == "person:gregory-sealock"
    lone = replace(st, speaker_name="Sealock")
    assert resolve(Annotations("9f8e7d6c5b4a", mentions=(org,), statements=(lone,))).annotations.statements[0].speaker_entity is None


def _turn(name: str | None, basis: str = "turn"):
    from tocsin.models import Statement

    return Statement(0, 10, "MS. X", None, name, basis, None, None, "", 0, 0, 12, 40, True, "assertion", "asserted")


@pytest.mark.parametrize("speaker, written, key", [
    ("Karine Jean-Pierre", "Karine", "person:karine-jean-pierre"),  # "Q Thanks, Karine."
    ("Karine Jean-Pierre", "Jean-Pierre", "person:karine-jean-pierre"),  # "As Ms. Jean-Pierre said"
    ("Jen Psaki", "Jen", "person:jen-psaki"),
    ("John Kirby", "Kirby", "person:john-kirby"),
    ("Ana Belén Ruiz", "Ana Belén", "person:ana-belen"),  # no given name of one word: as written
    ("Jen Psaki", "Darlene", "person:darlene@d"),  # a reporter the title does not name: the document's own
    ("Jen Psaki", "Jennifer", "person:jennifer@d"),  # another given name, however like
])
def test_resolve_a_one_word_name_is_the_turn_speaker_the_title_names(speaker, written, key):
    """A briefing's title names its speaker ("Press Briefing by Press Secretary Karine Jean-Pierre") and its text only
    "MS. JEAN-PIERRE:" and "Thanks, Karine": the given name and the surname are hers, as a full name in the text would
    make them."""
    ann = Annotations("d", mentions=(_m(written, "person", 60),), statements=(_turn(speaker),))
    assert resolve(ann).annotations.mentions[0].entity == key


@pytest.mark.parametrize("speaker, basis, others", [
    ("Karine Jean-Pierre", "turn", ("Karine Okafor",)),  # two Karines in the document: no telling which
    ("Karine Jean-Pierre", "label", ()),  # a label no title names: no full name read
    ("KARINE JEAN-PIERRE", "turn", ()),  # a label in capitals is no name the text gives
    (None, "turn", ()),
])
def test_resolve_a_turn_speaker_leaves_a_given_name_alone_without_one_full_name(speaker, basis, others):
    mentions = tuple(_m(n, "person", 100 + 20 * i) for i, n in enumerate(others)) + (_m("Karine", "person", 60),)
    ann = Annotations("d", mentions=mentions, statements=(_turn(speaker, basis),))
    assert resolve(ann).annotations.mentions[-1].entity == "person:karine@d"
