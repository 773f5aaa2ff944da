"""Two groups' presence in one sentence, each in its own place (read/events/records.py, read/events/presence.py):
"MS-13 operates in Houston, and Barrio 18 in Dallas" had put both groups in both cities, a presence the source does
not give. A clause whose verb is left out takes the verb's mood ("does not operate in Houston, and Barrio 18 in
Dallas" denies both). Groups listed together stay together. Sentences written for this test."""

import pytest

from tocsin.read import read

pytestmark = pytest.mark.model


def _claims(make_doc, text, language="en"):
    ann = read(make_doc(text, language=language, published_at="2025-03-01"))
    names = {p.key: p.name for p in ann.places}
    return sorted((tuple(sorted(e.group_keys)), names.get(e.place_key), e.modality) for e in ann.events if e.type == "presence")


@pytest.mark.parametrize(("text", "language", "claims"), [
    ("MS-13 operates in Houston, and Barrio 18 operates in Dallas.", "en",
     [(("barrio-18",), "Dallas", "asserted"), (("ms-13",), "Houston", "asserted")]),
    ("MS-13 operates in Houston, and Barrio 18 in Dallas.", "en",
     [(("barrio-18",), "Dallas", "asserted"), (("ms-13",), "Houston", "asserted")]),
    ("The Sinaloa Cartel has cells in Chicago and the CJNG in Atlanta.", "en",
     [(("cjng",), "Atlanta", "asserted"), (("sinaloa-cartel",), "Chicago", "asserted")]),
    ("El CJNG opera en Jalisco y el Cártel de Sinaloa en Sonora.", "es",
     [(("cjng",), "Jalisco", "asserted"), (("sinaloa-cartel",), "Sonora", "asserted")]),
    # the left-out verb's mood carries to its clause
    ("MS-13 does not operate in Houston, and Barrio 18 in Dallas.", "en",
     [(("barrio-18",), "Dallas", "negated"), (("ms-13",), "Houston", "negated")]),
    ("MS-13 reportedly operates in Houston, and Barrio 18 in Dallas.", "en",
     [(("barrio-18",), "Dallas", "alleged"), (("ms-13",), "Houston", "alleged")]),
    # groups listed together share the places listed together
    ("MS-13 and Barrio 18 operate in Houston and Dallas.", "en",
     [(("barrio-18", "ms-13"), "Dallas", "asserted"), (("barrio-18", "ms-13"), "Houston", "asserted")]),
    ("El CJNG y el Cártel de Sinaloa operan en Jalisco y Sonora.", "es",
     [(("cjng", "sinaloa-cartel"), "Jalisco", "asserted"), (("cjng", "sinaloa-cartel"), "Sonora", "asserted")]),
    ("MS-13 operates in Houston and in Dallas.", "en",
     [(("ms-13",), "Dallas", "asserted"), (("ms-13",), "Houston", "asserted")]),
])
def test_each_group_in_its_own_clauses_place(make_doc, text, language, claims):
    assert _claims(make_doc, text, language) == claims
