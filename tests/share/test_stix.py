"""STIX 2.1 from the demo store: valid (stix2-validator, no errors), re-importable with stix2, and matching the store."""

from __future__ import annotations

import io
import json

import pytest

stix2 = pytest.importorskip("stix2")
validator = pytest.importorskip("stix2validator")

from tocsin.share import Scope  # noqa: E402
from tocsin.share.stix import EXTENSION, TLP, sid, write_bundle  # noqa: E402
from tocsin.store import open_store  # noqa: E402


def bundle_text(path, scope=Scope(), tlp="clear", publish=False) -> str:
    out = io.StringIO()
    with open_store(str(path), readonly=True) as store:
        write_bundle(store, out, scope, tlp, publish)
    return out.getvalue()


def validate(text: str):
    result = validator.validate_string(text, validator.ValidationOptions(version="2.1"))
    assert result.is_valid, [str(e) for e in result.errors][:10]
    assert not result.errors
    return result


@pytest.fixture(scope="module")
def full(desk_store):
    text = bundle_text(desk_store)
    return text, stix2.parse(text, allow_custom=True)


def of_type(bundle, kind):
    return [o for o in bundle.objects if o.type == kind]


def articles(bundle):
    """The object of each article: a grouping, or a report where the export was asked to publish."""
    return [o for o in bundle.objects if o.type in ("grouping", "report")]


def test_the_whole_bundle_is_valid_stix(full):
    result = validate(full[0])
    kinds = {str(w).split("{", 1)[1][:3] for w in result.warnings}
    # UUIDv5 ids (deterministic on purpose); article URLs without a hash of the page;
    # x_opencti_location_type at the top level, where OpenCTI's importer reads it (an extension would be ignored)
    assert kinds <= {"103", "202", "302", "401"}


def test_counts_and_relationships_match_the_store(full, desk_store):
    _, bundle = full
    with open_store(str(desk_store), readonly=True) as s:
        count = lambda sql: s.fetch(sql)[0]["n"]  # noqa: E731
        assert len(of_type(bundle, "grouping")) == count("SELECT COUNT(*) AS n FROM documents") and not of_type(bundle, "report")
        assert len(of_type(bundle, "incident")) == count("SELECT COUNT(*) AS n FROM incidents")
        assert len(of_type(bundle, "note")) == count("SELECT COUNT(*) AS n FROM statements")
        groups = count("SELECT COUNT(DISTINCT m.entity_id) AS n FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE e.kind = 'group'")
        assert len(of_type(bundle, "threat-actor")) == groups
        attributions = {(r["incident_id"], r["group_entity"]) for r in s.fetch(
            "SELECT DISTINCT ie.incident_id, eg.group_entity FROM incident_events ie JOIN event_groups eg ON eg.event_id = ie.event_id"
            " WHERE eg.role = 'actor' OR eg.role IS NULL")}  # a group whose members were hit or arrested, or only named, is no attribution
        located = count("SELECT COUNT(*) AS n FROM incidents i JOIN places p ON p.entity_id = i.place_entity WHERE p.lat IS NOT NULL")
        forecasts = count("SELECT COUNT(*) AS n FROM forecasts")
        docs = {r["id"]: r for r in s.fetch("SELECT id, url, outlet FROM documents")}
    rels = of_type(bundle, "relationship")
    assert {(r.source_ref, r.target_ref) for r in rels if r.relationship_type == "attributed-to"} == {
        (sid("incident", i), sid("threat-actor", g)) for i, g in attributions}
    places = [r for r in rels if r.relationship_type == "targets" and r.target_ref.startswith("location--")]
    assert len(places) == located and not any(r.relationship_type == "located-at" for r in rels)  # OpenCTI refuses it
    ids = {o.id for o in bundle.objects}
    for r in rels:  # every relationship joins objects of the bundle
        assert r.source_ref in ids and r.target_ref in ids
    for report in articles(bundle):
        assert set(report.object_refs) <= ids and report.created_by_ref in ids
        doc = docs[report.extensions[EXTENSION]["document"]]
        assert report.external_references[0].source_name == (doc["outlet"] or "unknown outlet")
    assert len([n for n in of_type(bundle, "note") if "likelihood" in n.extensions[EXTENSION]]) == forecasts


def test_groups_places_and_claims_carry_what_analysts_need(full):
    _, bundle = full
    tda = next(t for t in of_type(bundle, "threat-actor") if t.name == "Tren de Aragua")
    assert tda.threat_actor_types == ["crime-syndicate"] and tda.first_seen <= tda.last_seen
    santiago = [loc for loc in of_type(bundle, "location") if loc.name == "Santiago" and loc.country == "CL"]
    assert santiago and -34 < santiago[0].latitude < -33 and santiago[0].city == "Santiago"
    continents = [loc for loc in of_type(bundle, "location") if loc.extensions[EXTENSION]["place_precision"] == "continent"]
    assert continents and all("country" not in c and c.region and c.precision >= 1_000_000 for c in continents)  # "South America" is not "SA"
    note = next(n for n in of_type(bundle, "note") if "likelihood" not in n.extensions[EXTENSION])
    provenance = note.extensions[EXTENSION]
    assert note.authors and "“" in note.content and provenance["char_end"] > provenance["char_start"]
    forecast = next(n for n in of_type(bundle, "note") if "likelihood" in n.extensions[EXTENSION])
    assert 0 <= forecast.extensions[EXTENSION]["likelihood"] <= 100 and forecast.extensions[EXTENSION]["status"]
    incident = next(i for i in of_type(bundle, "incident") if i.extensions[EXTENSION]["outlets"] >= 2)
    assert len(incident.external_references) >= 2 and 0 <= incident.confidence <= 100
    classes = of_type(bundle, "identity")
    assert all(c.identity_class != "individual" for c in classes)  # targets are categories, never people
    assert all(TLP["clear"] in o.object_marking_refs for o in bundle.objects if o.type != "marking-definition")


def test_exporting_again_gives_the_same_bundle(desk_store, full):
    assert bundle_text(desk_store) == full[0]


def test_a_scoped_and_marked_bundle(desk_store, full):
    text = bundle_text(desk_store, Scope(group="Tren de Aragua"), tlp="amber")
    validate(text)
    bundle = stix2.parse(text, allow_custom=True)
    assert 0 < len(articles(bundle)) < len(articles(full[1]))
    assert all(TLP["amber"] in o.object_marking_refs for o in bundle.objects if o.type != "marking-definition")
    assert of_type(bundle, "marking-definition")[0].name == "TLP:AMBER"
    ids = {o.id for o in full[1].objects}
    assert {o.id for o in of_type(bundle, "incident")} <= ids  # the same ids: a partner's copy updates, not duplicates


def test_each_article_is_an_unpublished_grouping_unless_the_export_publishes_reports(desk_store, full):
    """A grouping (a shared context, not a finished product) by default; ``publish`` makes each article a report
    published on the article's date, with the same content and the same references."""
    text = bundle_text(desk_store, publish=True)
    validate(text)
    published = stix2.parse(text, allow_custom=True)
    groupings, reports = of_type(full[1], "grouping"), of_type(published, "report")
    assert groupings and not of_type(full[1], "report") and not of_type(published, "grouping")
    assert all(g.context == "unspecified" for g in groupings)
    assert [r.name for r in reports] == [g.name for g in groupings]
    assert all(r.published.date().isoformat() in r.description for r in reports if ", published " in r.description)
    by_doc = {g.extensions[EXTENSION]["document"]: g for g in groupings}
    for r in reports:  # the notes refer to their own article's object, whichever kind it is
        g = by_doc[r.extensions[EXTENSION]["document"]]
        assert [x.split("--")[1] for x in r.object_refs] == [x.split("--")[1] for x in g.object_refs]
    notes = {n.id: n for n in of_type(published, "note")}
    assert all(r.id in notes[x].object_refs for r in reports for x in r.object_refs if x in notes)


def test_an_incremental_bundle_holds_only_what_changed(desk_store):
    bundle = stix2.parse(bundle_text(desk_store, Scope(changed_since="2999-01-01")), allow_custom=True)
    assert {o.type for o in bundle.objects} == {"marking-definition", "identity", "extension-definition"}


def test_bad_scopes_are_refused():
    from tocsin.errors import BadQuery

    for bad in ({"country": "Chile"}, {"since": "last year"}, {"event_type": "picnic"}):
        with pytest.raises(BadQuery):
            Scope(**bad)


def test_the_cli_writes_a_bundle(desk_store, tmp_path):
    from click.testing import CliRunner

    from tocsin.cli import cli

    out = tmp_path / "b.json"
    r = CliRunner().invoke(cli, ["--store", str(desk_store), "export", "--format", "stix", "--tlp", "green", "--out", str(out)])
    assert r.exit_code == 0, r.output
    assert json.loads(out.read_text())["type"] == "bundle"
    kinds = lambda: {o["type"] for o in json.loads(out.read_text())["objects"]}  # noqa: E731
    assert "grouping" in kinds() and "report" not in kinds()
    r = CliRunner().invoke(cli, ["--store", str(desk_store), "export", "--format", "stix", "--publish", "--out", str(out)])
    assert r.exit_code == 0 and "report" in kinds() and "grouping" not in kinds()
    r = CliRunner().invoke(cli, ["--store", str(desk_store), "export", "--format", "stix", "--since", "soon"])
    assert r.exit_code == 1 and "ISO date" in r.output


def test_the_documentation_names_the_extension_and_namespace():
    from pathlib import Path

    from tocsin.share.stix import NAMESPACE

    doc = (Path(__file__).resolve().parents[2] / "docs" / "stix.md").read_text(encoding="utf-8")
    assert EXTENSION in doc and str(NAMESPACE) in doc


def test_a_hedged_attribution_stays_hedged(full):
    _, full = full
    """An incident the reports tie to a group only by a hedge is attributed with the hedge's words and at most 50 of
    confidence; each report's tie is in the extension."""
    rels = [r for r in of_type(full, "relationship") if r.relationship_type == "attributed-to"]
    ties = [(r, t) for r in rels for t in r.extensions[EXTENSION]["ties"]]
    assert ties and all(t["strength"] in ("named", "alleged", "suspected", "linked to", "described as", None) for _, t in ties)
    hedged = [r for r in rels if any(t["strength"] not in ("named", None) for t in r.extensions[EXTENSION]["ties"])]
    assert hedged and all(r.confidence <= 50 for r in hedged)
    assert all(any(f"“{t['hedge']}”" in r.description for t in r.extensions[EXTENSION]["ties"] if t.get("hedge")) for r in hedged
               if any(t.get("hedge") for t in r.extensions[EXTENSION]["ties"]))


def test_places_carry_their_division_by_name_and_iso_code_and_their_opencti_type(full):
    _, bundle = full
    places = {o.name: o for o in of_type(bundle, "location")}
    extension = lambda o: next(iter(o.extensions.values()))  # noqa: E731
    guayaquil, aragua, colorado = places["Guayaquil"], places["Aragua"], places["Colorado"]
    assert (guayaquil.administrative_area, extension(guayaquil)["iso_3166_2"]) == ("Guayas", "EC-G")  # not GeoNames' "10"
    assert (aragua.administrative_area, extension(aragua)["iso_3166_2"]) == ("Aragua", "VE-D")
    assert extension(places["Aurora"])["iso_3166_2"] == extension(colorado)["iso_3166_2"] == "US-CO"
    second = [o for o in places.values() if extension(o)["place_precision"] == "admin2"]
    assert second and all(o.precision >= places["Aragua"].precision and "first-level division's centre" in o.description for o in second)
    assert [places[n].x_opencti_location_type for n in ("Guayaquil", "Aragua", "Colorado", "Venezuela", "South America", "Tocorón")] == [
        "City", "Administrative-Area", "Administrative-Area", "Country", "Region", "Position"]
    assert "administrative_area" not in places["Venezuela"] and "country" not in places["South America"]
    assert all(not (o.get("administrative_area") or "x").isdigit() for o in places.values())


def test_a_report_refers_to_its_incidents_edges_so_platforms_draw_them(full):
    """OpenCTI and MISP draw a report's graph from its object_refs: each incident comes with the relationships that
    start from it and the target classes they point to, and nothing the bundle does not hold."""
    _, bundle = full
    ids = {o.id for o in bundle.objects}
    edges: dict[str, set[str]] = {}
    for r in of_type(bundle, "relationship"):
        edges.setdefault(r.source_ref, set()).update({r.id} | ({r.target_ref} if r.target_ref.startswith("identity--") else set()))
    with_incidents = [r for r in articles(bundle) if any(x.startswith("incident--") for x in r.object_refs)]
    assert with_incidents
    for report in with_incidents:
        refs = set(report.object_refs)
        assert refs <= ids
        for incident in (x for x in refs if x.startswith("incident--")):
            assert edges.get(incident, set()) <= refs


def test_a_filtered_bundle_refers_only_to_what_it_holds(desk_store):
    text = bundle_text(desk_store, Scope(event_type="killing"))
    bundle = stix2.parse(text, allow_custom=True)
    ids = {o.id for o in bundle.objects}
    assert all(set(r.object_refs) <= ids for r in articles(bundle))


def test_a_group_is_the_same_object_in_a_full_and_a_filtered_export(full, desk_store):
    """A partner keeps whichever copy of an id and version arrived last: the copies must not differ."""
    _, bundle = full
    scoped = stix2.parse(bundle_text(desk_store, Scope(group="Tren de Aragua")), allow_custom=True)
    everything = {o.id: o for o in of_type(bundle, "threat-actor")}
    for actor in of_type(scoped, "threat-actor"):
        assert actor.serialize(sort_keys=True) == everything[actor.id].serialize(sort_keys=True)


def test_what_opencti_reads_rides_beside_the_extension(full):
    """OpenCTI's importer reads an incident's dates and type and a note's type and likelihood from top-level
    properties, not from tocsin's extension; the descriptions carry where each thing was read."""
    _, bundle = full
    incidents = of_type(bundle, "incident")
    extension = lambda o: next(iter(o.extensions.values()))  # noqa: E731
    assert all(i.incident_type == (extension(i).get("subtype") or extension(i)["event_type"]) for i in incidents)
    dated = [i for i in incidents if "first_seen" in i]
    assert len(dated) == len(incidents) and all(i.first_seen <= i.last_seen for i in dated)
    assert all("document " in i.description and "characters " in i.description for i in incidents)
    notes = of_type(bundle, "note")
    forecasts = [n for n in notes if "forecast" in next(iter(n.extensions.values()))]
    assert forecasts and all(n.note_types == ["assessment"] and 0 < n.likelihood < 100 for n in forecasts)
    assert all(n.note_types == ["external"] for n in notes if n not in forecasts)
    assert all("document " in n.content and "characters " in n.content for n in notes)
    assert all("document " in r.description for r in articles(bundle))


def test_a_report_changes_when_its_incidents_do(full):
    _, bundle = full
    incidents = {i.id: i for i in of_type(bundle, "incident")}
    for report in articles(bundle):
        for ref in (x for x in report.object_refs if x in incidents):
            assert report.modified >= incidents[ref].modified


def test_a_note_quotes_the_words_once(full):
    """The statement's own quotation marks (and the comma before "he said") are not quoted a second time."""
    _, bundle = full
    notes = of_type(bundle, "note")
    assert not [n.content for n in notes if any(m in n.content for m in ('“"', '"”', '““', '””', ',”'))]
    assert sum("“" in n.content for n in notes) == len(notes)
    assert not [a for n in notes for a in n.authors if a.lower() in ("they", "he", "she", "we", "it")]  # a pronoun names nobody


@pytest.mark.model
def test_exporting_again_after_new_reports_updates_objects_and_never_duplicates_them(desk_store, tmp_path):
    """A partner who pulls twice gets the same ids, each object at the same or a later version: an incident joined
    by a new report, and the reports that list it, move to a later ``modified``; nothing appears twice."""
    import sqlite3

    from tocsin.config import Config
    from tocsin.link import link
    from tocsin.pipeline import run_ingest

    from .test_misp import LATER

    path = tmp_path / "copy.db"
    with sqlite3.connect(desk_store) as src, sqlite3.connect(path) as dst:
        src.backup(dst)
    before = {o.id: o for o in stix2.parse(bundle_text(path), allow_custom=True).objects}
    with open_store(str(path)) as store:
        (tmp_path / "in").mkdir()
        (tmp_path / "in" / "later.txt").write_text(LATER, encoding="utf-8")
        run_ingest([str(tmp_path / "in")], store, Config(store=str(path)))
        link(store)
    objects = stix2.parse(bundle_text(path), allow_custom=True).objects
    after = {o.id: o for o in objects}
    assert len(after) == len(objects)  # no id twice
    assert set(before) <= set(after) and len(after) > len(before)
    for key, old in before.items():
        new = after[key]
        if "modified" in old:
            assert new.modified >= old.modified
            if new.modified == old.modified:  # same version, same content: what a partner keeps stays true
                assert new.serialize(sort_keys=True) == old.serialize(sort_keys=True), key


@pytest.mark.model
def test_a_movement_is_exported_neither_as_a_crime_syndicate_nor_as_terrorists(tmp_path):
    """The Muslim Brotherhood, some of whose national chapters governments designate, is a movement to STIX: threat
    actor type "unknown", never "terrorist" for the whole movement nor "crime-syndicate"; a gang stays a crime syndicate
    and an armed group a terrorist one. A text written for this test."""
    from tocsin.config import Config
    from tocsin.link import link
    from tocsin.pipeline import run_ingest

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "story.txt").write_text(
        "Brotherhood chapters under review\n\nWASHINGTON, March 3, 2025 — The Muslim Brotherhood has branches in Egypt and "
        "Jordan, officials said. Hamas gunmen killed two guards in Gaza on Monday. The Bloods operate in Newark, police said.\n",
        encoding="utf-8")
    path = tmp_path / "movement.db"
    with open_store(str(path)) as s:
        run_ingest([str(corpus)], s, Config(store=str(path)))
        link(s)
    text = bundle_text(path)
    validate(text)
    actors = {t.name: t for t in of_type(stix2.parse(text, allow_custom=True), "threat-actor")}
    assert actors["Muslim Brotherhood"].threat_actor_types == ["unknown"]
    assert actors["Muslim Brotherhood"].description.startswith("A movement")
    assert actors["Hamas"].threat_actor_types == ["terrorist"] and actors["Bloods"].threat_actor_types == ["crime-syndicate"]
