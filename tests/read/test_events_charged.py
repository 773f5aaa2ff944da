"""Whom a legal noun befalls when its "of" phrase names the offence (read.events.charged): the offence is never the
target ("charges of arson"); the target is the one the charges are filed against, the possessor ("her conviction"),
or the one a relative clause with the charges describes."""

import pytest

pytestmark = pytest.mark.model


def _targets(make_doc, text: str, etype: str) -> list[str | None]:
    from tocsin.read import read_many

    ((_, ann),) = read_many([make_doc(text, published_at="2024-10-24")], gated=False)
    return [e.target_text for e in ann.events if e.type == etype]


@pytest.mark.parametrize("text, etype, target", [
    ("Further charges of arson were filed against Mills on Friday.", "charge", "Mills"),
    ("Mary Lang was fined $200 for her conviction of careless driving.", "conviction", "her"),
    ("- A 41-year-old Peruvian national who was convicted of robbery and has pending charges of assault.", "charge",
     "A 41-year-old Peruvian national"),
    ("Police announced the arrest of two suspects in the Hill Street shooting.", "arrest", "two suspects"),
    ("Prosecutors welcomed the conviction of Dale Ortiz in the case.", "conviction", "Dale Ortiz"),
    # a record listed: the later legal nouns are the same person's, also where the parse hangs them on the offence
    ("Pedro Luis Vargas, a Chilean national with convictions for fraud and previous arrests for burglary and theft.",
     "arrest", "Pedro Luis Vargas"),
    ("Pedro Luis Vargas, a Chilean national with a conviction for fraud and a recent arrest for burglary.", "arrest",
     "Pedro Luis Vargas"),
    # someone, a people noun: no offence
    ("Police confirmed the arrest of someone in connection with the shooting in Tulsa.", "arrest", "someone"),
    ("Police have not announced the arrest of anyone in the shooting in Tulsa.", "arrest", "anyone"),
    ("Police confirmed the arrest of suspect in the Tulsa shooting.", "arrest", "suspect"),
    # after an "of", only "against" names whom
    ("Officials announced the arrest of staff at the Tulsa jail.", "arrest", "staff"),
    ("Charges of murder were brought against two MS-13 members in Houston.", "charge", "two MS-13 members"),
    ("Ramon Diaz faces charges of extortion in Houston.", "charge", "Ramon Diaz"),
    # a bare person noun is someone, whether or not a word list knows it; a relative clause marks a person
    ("The DEA announced the arrest of drug trafficker in Phoenix on Monday.", "arrest", "drug trafficker"),
    ("Police announced the arrest of gunman who killed two officers in Tulsa.", "arrest", "gunman"),
    # an "against" hung on the offence names whom
    ("Prosecutors filed charges of fraud against two customs officers in Laredo.", "charge", "two customs officers"),
])
def test_charged_offence_is_no_target(make_doc, text, etype, target):
    assert target in _targets(make_doc, text, etype)


def test_charged_offence_named(english):
    from tocsin.read.events.charged import offence_named

    doc = english("The charges of arson surprised no one, nor did the arrest of a man.")
    arson, man = (next(t for t in doc if t.text == w) for w in ("arson", "man"))
    assert offence_named(arson) and not offence_named(man)


def test_charged_no_place_for_target(make_doc):
    assert not {"the Veracruz customs office", "the Veracruz customs"} & set(
        _targets(make_doc, "Prosecutors filed charges of fraud at the Veracruz customs office.", "charge"))


@pytest.mark.parametrize("text, etype, target", [
    ("El juez confirmó la condena de homicidio del exalcalde en Oaxaca.", "conviction", "exalcalde"),
    ("Un juez anuló la condena de homicidio del exalcalde de Iguala.", "conviction", "exalcalde"),
    ("La fiscalía presentó cargos de homicidio contra dos integrantes de la MS-13 en Oaxaca.", "charge", "dos integrantes de la MS-13"),
])
def test_charged_spanish(make_doc, text, etype, target):
    from tocsin.read import read_many

    ((_, ann),) = read_many([make_doc(text, language="es", published_at="2024-10-24")], gated=False)
    assert any(target in (e.target_text or "") for e in ann.events if e.type == etype)
