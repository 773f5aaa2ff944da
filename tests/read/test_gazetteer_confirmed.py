"""A group's doubtful form names it only beside its other names or a word for a gang (read/gazetteer.py): "TDA" is
Tren de Aragua in US releases, the Texas Department of Agriculture in Texas, and attention deficit disorder in
Spanish. Sentences written for this test."""

import pytest


def _groups(make_doc, text, language):
    from tocsin.read import read_many

    ((_, ann),) = read_many([make_doc(text, language=language, published_at="2025-03-01")], gated=False)
    return {(m.text, m.key) for m in ann.mentions if m.kind == "group"}


@pytest.mark.model
@pytest.mark.parametrize(("text", "language", "groups"), [
    ("TDA operates in all 254 Texas counties, Agriculture Commissioner Sid Miller said.\n", "en", set()),
    ("Gunmen shot a TDA inspector in Houston on Monday.\n", "en", set()),
    ("The Texas Department of Agriculture (TDA) operates in all 254 counties.\n", "en", set()),
    ("El niño con TDA fue atacado en la escuela el lunes.\n", "es", set()),
    ("La TDA llegó a 20 provincias de Argentina.\n", "es", set()),
    # named otherwise in the document, or beside a word for a gang: the group
    ("Tren de Aragua is a Venezuelan gang. TDA gunmen shot a man in Houston on Monday.\n", "en",
     {("Tren de Aragua", "tren-de-aragua"), ("TDA", "tren-de-aragua")}),
    ("TDA gang members shot a man in Houston on Monday.\n", "en", {("TDA", "tren-de-aragua")}),
    ("Dos miembros de la pandilla TDA fueron detenidos en Santiago.\n", "es", {("TDA", "tren-de-aragua")}),
    # a word for the gang's people or units beside the form: the group
    ("A TDA leader was arrested in Houston on Monday.\n", "en", {("TDA", "tren-de-aragua")}),
    ("Police arrested two TDA associates in Houston on Monday.\n", "en", {("TDA", "tren-de-aragua")}),
    ("TDA gunmen shot a man in Houston on Monday, police said. The gang is Venezuelan.\n", "en", {("TDA", "tren-de-aragua")}),
    ("A TDA-linked cell was dismantled in Houston on Monday.\n", "en", {("TDA", "tren-de-aragua")}),
    ("Un cabecilla del TDA fue detenido en Santiago.\n", "es", {("TDA", "tren-de-aragua")}),
    # a word of an agency beside the form: the agency, even where the document names the group
    ("Gunmen shot a TDA inspector in Houston on Monday. The Tren de Aragua gang operates in Texas.\n", "en",
     {("Tren de Aragua", "tren-de-aragua")}),
    ("The TDA commissioner spoke in Houston on Monday. Tren de Aragua operates in Texas.\n", "en",
     {("Tren de Aragua", "tren-de-aragua")}),
])
def test_a_doubtful_form_names_the_group_only_where_confirmed(make_doc, text, language, groups):
    assert _groups(make_doc, text, language) == groups
