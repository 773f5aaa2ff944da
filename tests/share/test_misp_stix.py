"""tocsin's STIX bundle through MISP's own converter (misp-stix, ``stix_2_to_misp``'s parser): what MISP keeps."""

from __future__ import annotations

import collections

import misp_stix_converter as misp_stix  # the test extra: MISP's own converter
import pytest
import stix2

from .test_stix import bundle_text


def convert(text: str):
    bundle = stix2.parse(text, allow_custom=True)
    parser = misp_stix.ExternalSTIX2toMISPParser()
    parser.load_stix_bundle(bundle)
    parser.parse_stix_bundle()
    return bundle, parser


@pytest.fixture(scope="module")
def converted(desk_store):
    return convert(bundle_text(desk_store))


def test_misp_the_only_errors_are_the_incident_type_misp_does_not_load(converted):
    _, parser = converted
    errors = collections.Counter(str(e) for found in parser.errors.values() for e in found)
    assert all("STIX object type: incident" in e for e in errors), errors.most_common(3)  # docs/stix.md lists it


def test_misp_one_event_per_article_with_its_outlet_and_every_place_named(converted):
    bundle, parser = converted
    reports = {r.name: r for r in bundle.objects if r.type == "grouping"}
    assert sorted(e.info for e in parser.misp_events) == sorted(reports)
    places = [o for e in parser.misp_events for o in e.objects if o.name == "geolocation"]
    assert places
    for place in places:  # the converter drops name and division; the description keeps them, with the GeoNames id
        text = [a.value for a in place.attributes if a.object_relation == "text"]
        assert text and "tocsin place:" in text[0], [a.object_relation for a in place.attributes]


def test_misp_no_place_is_copied_into_an_event_that_does_not_name_it(converted):
    """misp-stix copies objects no report refers to into every event: each place must be referred to."""
    bundle, parser = converted
    reports = {r.name: r for r in bundle.objects if r.type == "grouping"}
    for event in parser.misp_events:
        referred = {ref.split("--", 1)[1] for ref in reports[event.info].object_refs}
        assert all(str(o.uuid) in referred for o in event.objects if o.name == "geolocation"), event.info


def test_misp_no_event_is_published_unless_the_export_asks(converted, desk_store):
    """A published MISP event syncs to the instance's partners: what a machine read arrives unpublished, for an
    analyst to review; ``publish=True`` (``tocsin export --publish``) writes published reports, which MISP publishes
    with the article's date."""
    _, parser = converted
    assert parser.misp_events and not any(e.published for e in parser.misp_events)
    bundle, published = convert(bundle_text(desk_store, publish=True))
    assert len(published.misp_events) == len(parser.misp_events) and all(e.published for e in published.misp_events)
    dates = {r.name: int(r.published.timestamp()) for r in bundle.objects if r.type == "report"}
    assert all(int(e.publish_timestamp) == dates[e.info] for e in published.misp_events)
