"""Every relationship tocsin's bundle holds, checked against OpenCTI's table of allowed relationships.

The table is OpenCTI's own ``stixCoreRelationshipsMapping`` (OpenCTI-Platform/opencti,
opencti-platform/opencti-graphql/src/database/stix.ts, read at commit 014e9c0661c4c3a23330ac36a16ba6aa9c882ed7,
region INCIDENT and the threat-actor regions), restricted to the object types tocsin emits, as OpenCTI
types them on import: a location by its ``x_opencti_location_type``, an identity of ``identity_class`` "class"
as a Sector, a threat-actor as a Threat-Actor. Relationships OpenCTI's table does not list are refused on import.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
import stix2

from tocsin.share import Scope

from .test_stix import bundle_text

RELATED = {"related-to", "revoked-by"}  # allowed between any two types
ALLOWED = {
    ("Incident", "City"): {"originates-from", "targets"},
    ("Incident", "Country"): {"originates-from", "targets"},
    ("Incident", "Position"): {"originates-from", "targets"},
    ("Incident", "Region"): {"originates-from", "targets"},
    ("Incident", "Administrative-Area"): {"originates-from", "targets"},
    ("Incident", "Threat-Actor"): {"attributed-to"},
    ("Incident", "Individual"): {"targets"},
    ("Incident", "Organization"): {"targets"},
    ("Incident", "Sector"): {"targets"},
    ("Threat-Actor", "City"): {"located-at", "targets"},
    ("Threat-Actor", "Country"): {"located-at", "targets"},
    ("Threat-Actor", "Region"): {"located-at", "targets"},
}
DIVISION = "Administrative-Area"
IDENTITY_TYPES = {"class": "Sector", "organization": "Organization", "individual": "Individual", "system": "System"}


def opencti_type(obj) -> str:
    if obj.type == "location":
        return obj.x_opencti_location_type
    if obj.type == "identity":
        return IDENTITY_TYPES[obj.identity_class]
    return {"incident": "Incident", "threat-actor": "Threat-Actor"}.get(obj.type, obj.type)


def test_opencti_every_relationship_is_one_opencti_allows(desk_store):
    bundle = stix2.parse(bundle_text(desk_store), allow_custom=True)
    objects = {o.id: o for o in bundle.objects}
    refused, pairs = [], set()
    for r in (o for o in bundle.objects if o.type == "relationship"):
        pair = (opencti_type(objects[r.source_ref]), opencti_type(objects[r.target_ref]))
        pairs.add(pair)
        if r.relationship_type not in RELATED and r.relationship_type not in ALLOWED.get(pair, set()):
            refused.append((pair, r.relationship_type))
    assert not refused, refused[:5]
    assert ("Incident", DIVISION) in pairs and ("Incident", "City") in pairs  # the demo places incidents in both


def test_opencti_every_location_says_its_type_and_every_report_its_edges(desk_store):
    bundle = stix2.parse(bundle_text(desk_store), allow_custom=True)
    kinds = {o.x_opencti_location_type for o in bundle.objects if o.type == "location"}
    assert kinds <= {"City", "Country", "Region", "Position", DIVISION}
    relationships = {o.id for o in bundle.objects if o.type == "relationship"}
    referred = {ref for o in bundle.objects if o.type == "grouping" for ref in o.object_refs}
    assert relationships <= referred  # no relationship outside every article's graph


OPENCTI_PYTHON = Path(__file__).resolve().parents[2] / ".venv-opencti" / "bin" / "python"
# Run in the venv of OpenCTI's own client: split the bundle as the platform's importer does, with the inconsistent
# references cleaned up, and say what it would refuse and how many objects it would import.
SPLIT = """
import json, sys
from pycti.utils.opencti_stix2_splitter import OpenCTIStix2Splitter
text = open(sys.argv[1], encoding="utf-8").read()
expected, incompatible, bundles = OpenCTIStix2Splitter().split_bundle_with_expectations(text, use_json=True, cleanup_inconsistent_bundle=True)
kept = [json.loads(b)["objects"][0]["id"] for b in bundles]
print(json.dumps({"expected": expected, "incompatible": [i["id"] for i in incompatible], "kept": kept}))
"""


@pytest.mark.skipif(not OPENCTI_PYTHON.exists(), reason="OpenCTI's client is not installed: `make test` installs it into .venv-opencti")
@pytest.mark.parametrize("scope", ["all", "group"])
def test_opencti_splitter_refuses_nothing_in_any_export(desk_store, tmp_path, scope):
    """pycti's bundle splitter (what OpenCTI's importer runs first) over the full export and a one-group export:
    nothing refused but the provenance extension's definition (OpenCTI stores no extension-definition objects; the
    objects that use the extension are kept with it), none dropped for a reference the bundle does not hold."""
    text = bundle_text(desk_store, Scope(group="Tren de Aragua")) if scope == "group" else bundle_text(desk_store)
    path = tmp_path / "bundle.json"
    path.write_text(text, encoding="utf-8")
    done = subprocess.run([str(OPENCTI_PYTHON), "-c", SPLIT, str(path)], capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    objects = {o["id"] for o in json.loads(text)["objects"] if o["type"] != "extension-definition"}
    assert {i.split("--")[0] for i in result["incompatible"]} <= {"extension-definition"}
    assert objects - set(result["kept"]) == set(), sorted(objects - set(result["kept"]))[:5]
    assert result["expected"] == len(result["kept"])
