"""tocsin's STIX bundle through MISP's own converter (misp-stix, ``stix_2_to_misp``'s parser): what MISP keeps."""

from __future__ import annotations

import collections

import misp_stix_converter as misp_stix  # the test extra: MISP's own converter
import pytest
import stix2

from .test_stix import bundle_text


@pytest.fixture(scope="module")
def converted(desk_store):
    bundle = stix2.parse(bundle_text(desk_store), allow_custom=True)
    parser = misp_stix.ExternalSTIX2toMISPParser()
    parser.load_stix_bundle(bundle)
    parser.parse_stix_bundle()
    return bundle, parser


def test_misp_the_only_errors_are_the_incident_type_misp_does_not_load(converted):
    _, parser = converted
    errors = collections.Counter(str(e) for found in parser.errors.values() for e in found)
    assert all("STIX object type: incident" in e for e in errors), errors.most_common(3)  # docs/stix.md lists it


def test_misp_one_event_per_article_with_its_outlet_and_every_place_named(converted):
    bundle, parser = converted
    reports = {r.name: r for r in bundle.objects if r.type == "report"}
    assert sorted(e.info for e in parser.misp_events) == sorted(reports)
    places = [o for e in parser.misp_events for o in e.objects if o.name == "geolocation"]
    assert places
    for place in places:  # the converter drops name and division; the description keeps them, with the GeoNames id
        text = [a.value for a in place.attributes if a.object_relation == "text"]
        assert text and "tocsin place:" in text[0], [a.object_relation for a in place.attributes]


def test_misp_no_place_is_copied_into_an_event_that_does_not_name_it(converted):
    """misp-stix copies objects no report refers to into every event: each place must be referred to."""
    bundle, parser = converted
    reports = {r.name: r for r in bundle.objects if r.type == "report"}
    for event in parser.misp_events:
        referred = {ref.split("--", 1)[1] for ref in reports[event.info].object_refs}
        assert all(str(o.uuid) in referred for o in event.objects if o.name == "geolocation"), event.info
