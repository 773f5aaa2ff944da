"""The target category of an event (docs/annotation.md §2.4), on sentences built by hand in English and Spanish:
it comes from the words of the target itself (its head noun, modifiers, title, apposition, a clause that says what
the person serves as), never from words near it (who reported it, whose relative the victim was, who wanted him)."""

import pytest

from tocsin.read.event_lexicon import VIOLENT

pytestmark = pytest.mark.model


def _category(make_doc, text: str, language: str) -> str | None:
    from tocsin.read import read_many

    ((_, ann),) = read_many([make_doc(text, language=language, published_at="2024-10-24")], gated=False)
    events = [e for e in ann.events if e.type in VIOLENT and e.type != "prison"]
    assert events, [(e.type, e.trigger) for e in ann.events]
    return events[0].target_category


@pytest.mark.parametrize("text, category", [
    # the role is in a clause or modifier on the target
    ("Hamas gunmen killed two American citizens serving in the IDF in July 2014.", "military"),
    ("Gunmen killed two Americans serving in the army near Kandahar in 2012.", "military"),
    ("Gunmen killed a man working as a bus driver in Lima on Monday.", "business"),
    ("Robbers shot a woman who worked as a cashier at a pharmacy in Fresno.", "business"),
    # role words the lexicon must know
    ("Protesters attacked law enforcement outside the courthouse in Portland on Friday.", "law enforcement"),
    ("Rioters assaulted federal law enforcement officers in Portland on Friday.", "law enforcement"),
    ("Haitian President Jovenel Moise was assassinated at his home in July 2021.", "elected or public official"),
    ("Islamic Jihad kidnapped CIA station chief William Buckley in Beirut in March 1984.", "elected or public official"),
    ("Militias attacked U.S. forces in eastern Syria on Monday.", "military"),
    ("Militants wounded two U.S. service members in a drone attack in Syria in July 2021.", "military"),
    ("Gunmen killed a soldier of the Israel Defense Forces near Jenin.", "military"),
    ("Militias attacked the Ain al-Asad airbase in Iraq in January 2020.", "military"),
    ("A man shot a state trooper during a traffic stop in Swansea last week.", "law enforcement"),
    ("Two deputies were wounded on Sunday when a suspect opened fire during a traffic stop.", "law enforcement"),
    ("Gunmen killed five policemen at a checkpoint in Dvani on Sunday.", "law enforcement"),
    ("An inmate stabbed a prison guard in Huntsville on Monday.", "law enforcement"),
    ("Two men killed a former police officer in Fresno on Monday.", "former law enforcement"),
    ("The gang kidnapped a retired army colonel in Caracas in May.", "former law enforcement"),
    ("Hitmen shot dead a local radio host in Guerrero on Tuesday.", "journalist"),
    ("Masked men abducted an opposition activist in Caracas on Friday.", "political dissident or exile"),
    ("Assailants shot a federal judge outside her home in Newark on Sunday.", "judiciary"),
    ("Gunmen killed a city councilman in Acapulco on Sunday.", "elected or public official"),
    ("Cartel gunmen killed a member of a rival gang in Juarez on Monday.", "rival group"),
    ("Thieves stole a police car in Dallas on Monday.", "law enforcement"),  # what was taken is the owner's (§2.4)
    ("Gunmen killed a municipal police director in Guerrero on Monday.", "law enforcement"),
    ("Gunmen killed an indigenous leader in Cauca on Sunday.", "political dissident or exile"),
    ("Gunmen kidnapped a company director in Monterrey on Friday.", "business"),
    ("A drone strike killed three militants in Idlib on Monday.", "rival group"),  # members of an armed group
    ("Soldiers killed two insurgents near Mosul on Friday.", "rival group"),
    # negatives: words near the target are not the target's
    ("A man wanted by police was shot dead in Memphis on Sunday.", "civilian"),
    ("A gunman shot a man outside the police station in Memphis on Friday.", "civilian"),
    ("Gunmen killed the son of a police officer in Tijuana on Monday.", "civilian"),
    ("A man was killed by a police officer in Chicago on Friday.", "civilian"),
    ("Gunmen shot a journalist's cousin in Veracruz on Monday.", "civilian"),
    ("Thieves robbed the president of a small construction company in Lima on Monday.", "business"),
    ("Gunmen killed a man who had been arrested by police in Juarez in May.", "civilian"),
    ("Gang members killed a police informant in Baltimore on Monday.", "civilian"),
    ("A man stabbed a firefighter outside the fire station in Dayton on Sunday.", "civilian"),  # no official (§2.4)
    ("A police spokesman said a man was shot dead in Memphis on Sunday.", "civilian"),
    ("A man who had long served the church in Dayton was shot dead on Friday.", "civilian"),
])
def test_events_target_category_english(make_doc, text, category):
    assert _category(make_doc, text, "en") == category


@pytest.mark.parametrize("text, category", [
    ("Sicarios asesinaron a dos policías municipales en Celaya el lunes.", "law enforcement"),
    ("Hombres armados mataron a un patrullero en Cali el domingo.", "law enforcement"),
    ("Sicarios mataron a dos agentes de tránsito en León el martes.", "law enforcement"),
    ("Atacaron a miembros de las fuerzas del orden en Bogotá el viernes.", "law enforcement"),
    ("Un soldado fue asesinado en Culiacán el lunes.", "military"),
    ("Dos policías resultaron heridos cuando un hombre abrió fuego en Celaya.", "law enforcement"),
    ("Hamás mató a dos estadounidenses que servían en el ejército israelí en 2014.", "military"),
    ("Sicarios asesinaron al alcalde de Tacámbaro el domingo.", "elected or public official"),
    ("Sicarios mataron a un concejal en Cúcuta el sábado.", "elected or public official"),
    ("Un comando asesinó al presidente de Haití, Jovenel Moïse, en su casa.", "elected or public official"),
    ("Sicarios asesinaron a un periodista en Veracruz el lunes.", "journalist"),
    ("Secuestraron a un exiliado venezolano en Santiago el miércoles.", "political dissident or exile"),
    ("Sicarios asesinaron a un opositor en Managua el jueves.", "political dissident or exile"),
    ("Hombres armados atacaron a balazos a una jueza en Culiacán.", "judiciary"),
    ("Sicarios mataron a un fiscal en Tijuana el viernes.", "judiciary"),
    ("Sicarios asesinaron a un expolicía en Guayaquil el lunes.", "former law enforcement"),
    ("Hombres armados mataron a un militar retirado en Caracas.", "former law enforcement"),
    ("Sicarios mataron a un hombre que trabajaba como taxista en Lima.", "business"),
    ("Sicarios asesinaron a un exalcalde de Tacámbaro el domingo.", "elected or public official"),
    ("Hombres armados asesinaron a un exjuez en Culiacán el sábado.", "judiciary"),
    ("Emboscaron y mataron a un elemento de la Marina en Sinaloa.", "military"),
    ("Sicarios asesinaron al director de seguridad pública de Celaya.", "law enforcement"),
    ("Hombres armados asesinaron a un líder indígena en el Cauca.", "political dissident or exile"),
    ("Un dron mató a tres terroristas en Siria el lunes.", "rival group"),
    # negatives
    ("Sicarios mataron a un informante de la policía en Celaya el lunes.", "civilian"),
    ("Sicarios asesinaron al hijo de un policía en Celaya el lunes.", "civilian"),
    ("Un hombre buscado por la policía fue asesinado en Celaya el lunes.", "civilian"),
    ("Sicarios asesinaron al presidente de una empresa constructora en Lima.", "business"),
])
def test_events_target_category_spanish(make_doc, text, category):
    assert _category(make_doc, text, "es") == category


@pytest.mark.parametrize("text, language, categories", [
    # a pronoun is the speaker only when the speaker is one person: "Police said he" is not the police
    ("Gunmen killed John Miller, a reporter, on Sunday. Police said he had received threats.", "en", ["journalist", "journalist"]),
    ("Maria Gonzalez was the mayor of Acapulco. She was shot dead outside city hall on Sunday.", "en", ["elected or public official"]),
    ("Sicarios mataron al periodista Juan Pérez el domingo. La policía dijo que él había recibido amenazas.", "es", ["journalist", "journalist"]),
    # Spanish drops a subject the sentence before gave: the person it named is the one the passive tells of
    ("Juan Pérez era policía municipal en Celaya. Fue asesinado el domingo a las puertas de su casa.", "es", ["law enforcement"]),
    ("La periodista María López cubría temas de seguridad. Fue secuestrada el lunes en Toluca.", "es", ["journalist"]),
    ("El comerciante habló con Juan Pérez. Fue asesinado el domingo.", "es", ["civilian"]),
    # a named possessor's title is that person's: Emmett Till is no official for being "President Biden's" monument
    ("The Emmett Till Monument is President Biden's fourth new monument. Two men murdered Emmett Till in 1955.", "en", ["civilian"]),
    ("Juan Soto was Mayor Ruiz's driver. Gunmen killed Juan Soto on Sunday.", "en", ["civilian"]),
    ("Juan Soto was a Harris County Sheriff's deputy. Gunmen killed Juan Soto on Sunday.", "en", ["law enforcement"]),
])
def test_events_target_category_follows_the_person(make_doc, text, language, categories):
    from tocsin.read import read_many

    ((_, ann),) = read_many([make_doc(text, language=language, published_at="2024-10-24")], gated=False)
    assert [e.target_category for e in ann.events if e.type in VIOLENT and e.type != "prison"] == categories


def test_events_what_was_fired_is_no_target(make_doc):
    """"Opened fire" names no target by its own noun: the fire is what was fired, not whom at."""
    from tocsin.read import read_many

    ((_, ann),) = read_many([make_doc("The deputy opened fire when the car came toward him on Main Street.")], gated=False)
    assert [(e.type, e.target_text) for e in ann.events] == [("attack", None)]


@pytest.mark.parametrize("text, category", [
    # an object pronoun in a clause of time stands for the main clause's subject, of its number, that the act befell
    ("A police officer was wounded when a man stabbed him outside a bar.", "law enforcement"),
    ("Two soldiers were hurt after gunmen ambushed them near the border.", "military"),
    ("Two riot police were injured when protesters attacked them with stones.", "law enforcement"),
    ("Two officers were walking to their car when gunmen shot them.", "law enforcement"),
    # or the object of the verb's preposition ("shot at them", "opened fire on them")
    ("Three officers were injured after protesters shot at them.", "law enforcement"),
    ("Two soldiers were wounded when gunmen opened fire on them.", "military"),
    ("A journalist was hurt after a mob threw stones at him.", "journalist"),
    # the main clause's subject acted, or differs in number: the pronoun is someone else
    ("Police arrived after gunmen shot them.", "civilian"),
    ("Police arrived after gunmen shot at them.", "civilian"),
    ("Two officers were wounded when a man stabbed him.", "civilian"),
])
def test_target_category_a_pronoun_in_a_clause_of_time_is_the_main_subject(make_doc, text, category):
    assert _category(make_doc, text, "en") == category


def test_target_category_a_clitic_in_a_clause_of_time_is_the_main_subject_in_spanish(make_doc):
    assert _category(make_doc, "Dos policías fueron heridos cuando unos sicarios los atacaron a balazos.", "es") == "law enforcement"
