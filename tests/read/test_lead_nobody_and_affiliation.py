"""Two ways a record said more than its source, found by probing (sentences written for this test):

- a subject that is nobody ("Neither MS-13 nor Barrio 18 operates in Vermont", "None of the suspects was arrested",
  "Nadie fue detenido") denies the happening; it was stored asserted (read/events/mood.py);
- a group inside a speaker's phrase is the speaker's affiliation only where the phrase makes the speaker its member or
  voice, now ("an MS-13 member", "a Hamas spokesman"): not a group the speaker works on ("an MS-13 task force
  detective", "a researcher who studies Tren de Aragua") nor one the speaker has left ("a former MS-13 leader")
  (read/membership.py)."""

import pytest

from tocsin.read import read

pytestmark = pytest.mark.model


def _events(make_doc, text, language="en"):
    ann = read(make_doc(text, language=language, published_at="2025-03-01"))
    return [(e.type, sorted(e.group_keys), e.modality) for e in ann.events]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Neither MS-13 nor Barrio 18 operates in Vermont.", "en", [("presence", ["ms-13"], "negated")]),
    ("None of the suspects was arrested in Houston on Monday.", "en", [("arrest", [], "negated")]),
    ("Nobody was killed in the shooting in Dallas on Monday.", "en", [("killing", [], "negated")]),
    ("Ni el CJNG ni el Cártel de Sinaloa operan en Yucatán.", "es", [("presence", ["cjng", "sinaloa-cartel"], "negated")]),
    ("Nadie fue detenido en Monterrey el lunes.", "es", [("arrest", [], "negated")]),
    # unchanged: a subject that is somebody, and a denial elsewhere in the sentence
    ("MS-13 operates in Vermont.", "en", [("presence", ["ms-13"], "asserted")]),
    ("Two suspects were arrested in Houston on Monday.", "en", [("arrest", [], "asserted")]),
    ("El CJNG opera en Yucatán.", "es", [("presence", ["cjng"], "asserted")]),
])
def test_a_subject_that_is_nobody_denies_the_happening(make_doc, text, language, expected):
    found = _events(make_doc, text, language)
    assert [f for f in found if f[0] == expected[0][0]][:1] == expected


def _affiliation(make_doc, text, language="en"):
    d = make_doc(text, language=language, published_at="2025-03-01")
    ann = read(d)
    s = ann.statements[0]
    return d.text[s.affiliation[0] : s.affiliation[1]] if s.affiliation else None


@pytest.mark.parametrize(("text", "language", "affiliation"), [
    ("An MS-13 member said the victim was shot in Houston on Monday.", "en", "MS-13"),
    ("A Hamas spokesman said the rocket was fired from Gaza on Monday.", "en", "Hamas"),
    ("Juan Ruiz, a leader of the Sinaloa Cartel, said the cartel operates in Chicago.", "en", "Sinaloa Cartel"),
    ("Juan Ruiz, cabecilla del Tren de Aragua, dijo que la banda opera en Chile.", "es", "Tren de Aragua"),
    # the group is what the speaker works on, or a membership left
    ("An MS-13 task force detective said the victim was shot in Houston on Monday.", "en", None),
    ("A researcher who studies Tren de Aragua said the gang operates in Chile.", "en", None),
    ("A member of the Tren de Aragua task force said two men were arrested in Aurora.", "en", None),
    ("A former MS-13 leader, Juan Ruiz, said the gang recruits in schools.", "en", None),
    ("A former member of MS-13 said the gang recruits in schools.", "en", None),
    ("Un exintegrante del Tren de Aragua, Juan Ruiz, dijo que la banda opera en Chile.", "es", None),
])
def test_a_speakers_group_is_theirs_only_as_its_member_or_voice(make_doc, text, language, affiliation):
    assert _affiliation(make_doc, text, language) == affiliation


@pytest.mark.parametrize(("text", "language", "expected"), [
    # a content clause of a noun its verb denies: "No hay pruebas de que …" (the Spanish parse makes it a relative clause)
    ("No hay pruebas de que el Tren de Aragua opere en Arica.", "es", [("presence", ["tren-de-aragua"], "negated")]),
    ("No existen indicios de que el CJNG tenga células en Yucatán.", "es", [("presence", ["cjng"], "negated")]),
    ("Hay pruebas de que el Tren de Aragua opera en Arica.", "es", [("presence", ["tren-de-aragua"], "asserted")]),
    # "no doubt that" makes it certain, not denied
    ("Police have no doubt that MS-13 killed the man in Houston on Monday.", "en", [("killing", ["ms-13"], "asserted")]),
    ("No hay duda de que el CJNG asesinó al comerciante en Colima el lunes.", "es", [("killing", ["cjng"], "asserted")]),
])
def test_a_noun_denied_denies_its_content_but_no_doubt_affirms_it(make_doc, text, language, expected):
    found = _events(make_doc, text, language)
    assert [f for f in found if f[0] == expected[0][0]][:1] == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    # a report the sentence calls false or exaggerated: claimed and disputed, never a fact (the footprint leaves it out)
    ("Reports that Tren de Aragua had taken over apartment complexes in Aurora were exaggerated, police said.", "en",
     [("presence", ["tren-de-aragua"], "hypothetical")]),
    ("Los informes de que el Tren de Aragua opera en Arica son falsos, dijo el fiscal.", "es",
     [("presence", ["tren-de-aragua"], "hypothetical")]),
    ("Reports that gunmen killed two men in Aurora on Monday were false, police said.", "en", [("killing", [], "hypothetical")]),
    # confirmed, it stands
    ("Reports that Tren de Aragua had taken over apartment complexes in Aurora were confirmed by police.", "en",
     [("presence", ["tren-de-aragua"], "asserted")]),
])
def test_a_report_called_false_is_disputed(make_doc, text, language, expected):
    found = _events(make_doc, text, language)
    assert [f for f in found if f[0] == expected[0][0]][:1] == expected
