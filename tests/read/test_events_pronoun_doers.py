"""Acts whose doers are a pronoun told after a group's people did something (events/pronoun_doers.py): sentences
written for these tests.

- "they", "he", "ellos" as the doers of an act (who did a violent act, whom a legal step took) in the sentence after
  doers tied to a group, in the same paragraph, carry that tie with its own strength and hedge ("suspected" stays
  suspected, "presuntos" alleged, an accusation stays an accusation);
- a group named as the doer itself ("Hamas stormed …") is what a later "they" stands for;
- never where other people stand between (the victims, police officers), across a paragraph, in someone else's words
  (a witness quoted), or where a person is named between.
"""

import pytest

from .test_ties_doers_and_denials import _ties


@pytest.mark.model
@pytest.mark.parametrize(("text", "language", "etype", "tied"), [
    ("MS-13 members stormed a bar in Houston on Friday. They killed two men.\n", "en", "killing",
     {("actor", "ms-13", "named")}),
    ("MS-13 members robbed a store in Houston on Friday. They killed a cook on Saturday.\n", "en", "killing",
     {("actor", "ms-13", "named")}),
    ("A suspected MS-13 member was arrested in Houston on Friday. He was charged with murder on Monday.\n", "en", "charge",
     {("target", "ms-13", "suspected")}),
    ("Hamas stormed a music festival in southern Israel on Saturday. They killed 260 people.\n", "en", "killing",
     {("actor", "hamas", "named")}),
    ("Prosecutors allege that Tren de Aragua members kidnapped a shop owner in Denver. They then killed him, prosecutors allege.\n",
     "en", "killing", {("actor", "tren-de-aragua", "alleged")}),
    ("Integrantes del CJNG atacaron un bar en Guadalajara el viernes. Ellos asesinaron a dos meseros.\n", "es", "killing",
     {("actor", "cjng", "named")}),
    ("Presuntos integrantes del Cártel de Sinaloa atacaron una fiesta en Culiacán. Ellos asesinaron a tres jóvenes.\n", "es",
     "killing", {("actor", "sinaloa-cartel", "alleged")}),
    # near misses: the victims or the police stand between; another paragraph; a witness's words; a person named between
    ("MS-13 members attacked two men in Houston on Friday. They were later arrested.\n", "en", "arrest", set()),
    ("A suspected MS-13 member shot a man in Houston on Friday. He was later arrested.\n", "en", "arrest", set()),
    ("MS-13 members stormed a bar in Houston on Friday.\n\nThey killed two men.\n", "en", "killing", set()),
    ("MS-13 members stormed a bar in Houston on Friday. Police officers arrived minutes later. They killed two men.\n", "en",
     "killing", set()),
    ("Police said MS-13 members stormed a bar in Houston. \"They killed my brother,\" a witness said.\n", "en", "killing", set()),
    ("Police arrested MS-13 members in Houston on Friday. They had killed a cook.\n", "en", "killing", set()),
    ("Tren de Aragua members robbed a store in Denver. Juan Perez said they shot him.\n", "en", "attack", set()),
    ("Integrantes del CJNG atacaron un bar en Guadalajara.\n\nEllos asesinaron a dos meseros.\n", "es", "killing", set()),
])
def test_pronoun_doers_take_the_tie(make_doc, text, language, etype, tied):
    assert _ties(make_doc, text, language, etype) == tied
