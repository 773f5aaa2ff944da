"""People told again by a definite description that names no group (events/same_people.py): sentences written for
these tests.

- "the men", "the suspects", "these heinous monsters", "los dos hombres" after a party tied to a group in the same
  paragraph, from the sentence before, carry that tie with its own strength ("suspected" stays suspected);
- as the doer of an act told in someone's words or as an accusation, the tie is at most alleged;
- never when the nearest party before names no group (the victims), when the number disagrees, when the description
  is a doer's word and the party before is a victim, across a paragraph, or with "other" people told between.
"""

import pytest

from .test_ties_doers_and_denials import _ties


@pytest.mark.model
@pytest.mark.parametrize(("text", "language", "etype", "tied"), [
    ("Police arrested three MS-13 members in Houston. The men were charged with murder.\n", "en", "charge",
     {("target", "ms-13", "named")}),
    ("Police arrested three suspected MS-13 members in Houston. The three men were charged with murder.\n", "en", "charge",
     {("target", "ms-13", "suspected")}),
    ("Two members of the Sinaloa Cartel were arrested on Monday. The suspects were later extradited to the United States.\n",
     "en", "extradition", {("target", "sinaloa-cartel", "named")}),
    (("This weekend, agents arrested nearly 300 Tren de Aragua terrorists. Thanks to the work of the Department of State, "
     "these heinous monsters were removed to El Salvador.\n"), "en", "extradition", {("target", "tren-de-aragua", "named")}),
    ("Police arrested a reputed Latin Kings member on Tuesday. The man was charged with attempted murder.\n", "en", "charge",
     {("target", "latin-kings", "suspected")}),
    ("Police arrested three MS-13 members on Monday. Prosecutors said the men shot a teenager last week.\n", "en", "attack",
     {("actor", "ms-13", "alleged")}),
    (("Dos integrantes del Cártel de Sinaloa fueron capturados en Culiacán. Los dos hombres fueron extraditados a Estados "
     "Unidos.\n"), "es", "extradition", {("target", "sinaloa-cartel", "named")}),
    # near misses: the victims stand nearer; the number disagrees; a doer's word for a victim; another paragraph; other men
    ("Three MS-13 members shot two men in Houston on Monday. Police later arrested the men.\n", "en", "arrest", set()),
    ("Police arrested three MS-13 members in Houston. The two men were charged with murder.\n", "en", "charge", set()),
    ("Police arrested an MS-13 member in Houston. The men were charged with murder.\n", "en", "charge", set()),
    ("A Latin Kings member was shot Monday. Police arrested the suspect.\n", "en", "arrest", set()),
    ("Police arrested three MS-13 members in Houston.\n\nThe men were charged with murder.\n", "en", "charge", set()),
    ("Police arrested three MS-13 members. Officers also arrested two other men. The men were charged with robbery.\n", "en",
     "charge", set()),
])
def test_same_people_told_again(make_doc, text, language, etype, tied):
    assert _ties(make_doc, text, language, etype) == tied
