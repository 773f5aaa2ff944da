"""A government's step told among the day's actions (events/todays.py): its sentence gives no time, and the "today"
that announces the actions dates it."""

import pytest

from .test_events_timeline import _ann

pytestmark = pytest.mark.model

_DAY = "2024-07-11"


@pytest.mark.parametrize("text, kind", [
    # the actions announced "today", then told one by one
    ("Today, the Administration took new actions to halt the spread of Tren de Aragua. "
     "First, the Department of the Treasury designated Tren de Aragua as a significant transnational criminal organization.",
     "designation"),
    # a step's noun the agency's verb takes, "today" told a few sentences before past a period of background
    ("Finally, the U.S. Department of Treasury today sanctioned 17 targets that are linked to the Beltran Leyva Organization. "
     "It has been one of the largest suppliers of cocaine to the U.S. market over the last two decades. "
     "Concurrently, the Justice Department unsealed indictments against 60 defendants on drug trafficking offenses.", "charge"),
    # "today's actions" told after it
    ("The Department of Justice also unsealed charges against five individuals, including the head of the gang. "
     "And today's actions were based on a joint investigation by Homeland Security Investigations.", "charge"),
    # the step's noun listed inside what the agency's verb takes, a line break inside it
    ("Separately, the Department of Justice also unsealed a combination of human smuggling, money laundering, and drug "
     "trafficking charges against\nfive individuals. And today's actions were based on a joint investigation.", "charge"),
])
def test_todays_a_governments_step_among_the_days_actions_is_dated_today(make_doc, text, kind):
    event = [e for e in _ann(make_doc, text, _DAY).events if e.type == kind][-1]
    assert (event.date_begin, event.date_precision, event.date_basis) == (_DAY, "day", "story")


@pytest.mark.parametrize("text, kind", [
    # a person's step in the passive: a release announcing today's sentence tells the indictment as earlier
    ("Today, U.S. Attorney Ana Ruiz announced that John Smith was sentenced to 20 years in prison. "
     "Smith was indicted by a federal grand jury in Miami on drug trafficking charges.", "charge"),
    # the subject is no agency
    ("Today, U.S. Attorney Ana Ruiz announced that John Smith was sentenced to 20 years in prison. "
     "A federal grand jury indicted Smith on drug trafficking charges.", "charge"),
    # a time of another day between "today" and the step
    ("Today, the Administration took new actions against the cartel. "
     "The cartel moved its leaders to Mexico in March. The Treasury designated the cartel as a terrorist organization.",
     "designation"),
    # no "today" at all
    ("The Department of Justice unsealed charges against five members of the gang.", "charge"),
    # a plain "today" after the step tells the present, not the day's actions
    ("The Department of Justice unsealed charges against five members of the gang in a federal court. "
     "Today, one of them remains at large.", "charge"),
])
def test_todays_no_day_where_the_step_is_not_among_todays(make_doc, text, kind):
    event = [e for e in _ann(make_doc, text, _DAY).events if e.type == kind][-1]
    assert event.date_basis != "story"
