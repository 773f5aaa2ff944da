"""The target category from what the document says elsewhere (events/context.py, events/chains.py): a membership
Spanish writes with no article ("era integrante del Cártel del Golfo", "Pérez, presunto integrante del CJNG") or an
apposition with none ("Ruiz, alleged leader of MS-13"); whom "the victim" is identified as ("The victim was identified
as Jorge Ramos, a municipal police officer"); and whose car or home was attacked ("fired on their patrol car": the
officers the sentence says were hurt)."""

import pytest

from tocsin.read.event_lexicon import VIOLENT

pytestmark = pytest.mark.model


def _categories(make_doc, text: str, language: str = "en") -> list[str | None]:
    from tocsin.read import read_many

    ((_, ann),) = read_many([make_doc(text, language=language, published_at="2024-10-24")], gated=False)
    return [e.target_category for e in ann.events if e.type in VIOLENT and e.type != "prison"]


@pytest.mark.parametrize("text, language", [
    ("Juan Pérez fue asesinado el domingo en Reynosa. Pérez era miembro del Cártel del Golfo.", "es"),
    ("Juan Pérez fue asesinado el domingo en Reynosa. Pérez era integrante del Cártel del Golfo, según la policía.", "es"),
    ("Juan Pérez, integrante del Cártel del Golfo, fue asesinado el domingo en Reynosa.", "es"),
    ("Sicarios asesinaron a Juan Pérez, presunto integrante del Cártel del Golfo, en Reynosa.", "es"),
    ("Hombres armados mataron a Luis Soto, líder del Tren de Aragua, en Maracay.", "es"),
    ("Gunmen killed Pedro Ruiz, alleged leader of MS-13, in San Salvador on Sunday.", "en"),
])
def test_membership_without_article_makes_a_rival_group(make_doc, text, language):
    assert _categories(make_doc, text, language)[0] == "rival group"


@pytest.mark.parametrize("text, language", [
    ("Juan Pérez fue asesinado el domingo en Reynosa. Pérez no era integrante del Cártel del Golfo, dijo su familia.", "es"),
    ("Juan Pérez fue asesinado el domingo. Pérez era integrante de la fuerza especial que combate al Cártel del Golfo.", "es"),
    ("Sicarios asesinaron a Juan Pérez, jefe de la unidad contra el Cártel del Golfo, en Reynosa.", "es"),
    ("Gunmen killed Pedro Ruiz, head of the unit investigating MS-13, in San Salvador on Sunday.", "en"),
])
def test_membership_denied_or_of_another_body_is_no_rival_group(make_doc, text, language):
    assert _categories(make_doc, text, language)[0] != "rival group"


@pytest.mark.parametrize("text, language, category", [
    ("A man was shot dead in Culiacán on Monday. The victim was identified as Jorge Ramos, a municipal police officer.", "en", "law enforcement"),
    ("A man was shot dead in Culiacán on Monday. Police identified the victim as Jorge Ramos, a municipal police officer.", "en", "law enforcement"),
    ("A man was shot dead in Culiacán on Monday. The victim has been identified as 34-year-old Jorge Ramos, who worked as a taxi driver.",
     "en", "business"),
    ("A man was stabbed in Tulsa on Monday. The victim was identified as a 45-year-old store owner.", "en", "business"),
    ("A man was shot dead in Tulsa on Monday. The victim was identified as Jorge Ramos. Ramos had served in the Army for ten years.",
     "en", "military"),
    ("Un hombre fue asesinado en Culiacán. La víctima fue identificada como Jorge Ramos, agente de la policía municipal.", "es", "law enforcement"),
    ("Un hombre fue asesinado en Culiacán. El occiso fue identificado como Jorge Ramos, de 34 años, quien trabajaba como taxista.",
     "es", "business"),
])
def test_whom_the_victim_is_identified_as(make_doc, text, language, category):
    assert _categories(make_doc, text, language)[0] == category


@pytest.mark.parametrize("text, language", [
    ("A man was shot dead in Tulsa on Monday. The victim was identified as Jorge Ramos, 34. The suspect was identified as a former police officer.", "en"),
    ("A man was shot dead in Tulsa on Monday. The victim has not been identified. Police said a deputy found the body.", "en"),
    ("Un hombre fue asesinado en Culiacán. La víctima fue identificada como Jorge Ramos, de 34 años.", "es"),
])
def test_an_identification_that_tells_no_role_leaves_a_civilian(make_doc, text, language):
    assert _categories(make_doc, text, language)[0] == "civilian"


@pytest.mark.parametrize("text, category", [
    ("Two police officers were wounded in Tulsa when gunmen opened fire on their patrol car.", "law enforcement"),
    ("A journalist was injured in Culiacán when gunmen fired on her car.", "journalist"),
    ("A soldier was wounded in Sinaloa after attackers ambushed his convoy.", "military"),
])
def test_an_attack_on_their_car_takes_the_hurt_owners(make_doc, text, category):
    assert category in _categories(make_doc, text)


@pytest.mark.parametrize("text", [
    "Police arrived in Tulsa after gunmen shot at their house.",  # the police came; whose house is not told
    "Two police officers were wounded in Tulsa when gunmen opened fire on his car.",  # his: not the two officers
    "Gunmen opened fire on their car in Tulsa, police said.",  # no one hurt in a main clause to own it
])
def test_an_attack_on_a_car_of_someone_else_stays_civilian(make_doc, text):
    assert _categories(make_doc, text) == ["civilian"]
