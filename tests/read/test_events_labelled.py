"""A timeline's entry labelled with a time dates the happenings it tells (events/labelled.py)."""

import pytest

pytestmark = pytest.mark.model


def _events(make_doc, text, published, language="en"):
    from tocsin.read import read_many

    doc = make_doc(text, published_at=published, language=language)
    ((_, ann),) = read_many([doc], gated=False)
    return ann.events


def test_labelled_an_entry_dates_the_happenings_it_tells_by_its_label(make_doc):
    text = ("Here is a partial record:\n"
            "-   **April 1983:** The Islamic Jihad, an Iran-backed terrorist group, carried out a suicide car bombing at "
            "the U.S. Embassy in Beirut, killing 17 Americans.\n"
            "-   **October 1983:** Hezbollah terrorists killed 241 U.S. military personnel in a truck bombing at a Marine "
            "compound in Beirut.\n")
    killings = [e for e in _events(make_doc, text, "2026-01-15") if e.type == "killing"]
    assert sorted(e.date_value for e in killings) == ["1983-04", "1983-10"]


def test_labelled_a_happening_the_entry_moves_off_its_label_stays_undated(make_doc):
    text = "Key dates:\n- **2019:** The cartel began operating in the state. Gunmen later killed a mayor.\n"
    killings = [e for e in _events(make_doc, text, "2026-01-15") if e.type == "killing"]
    assert [e.date_basis for e in killings] == ["published"]


def test_labelled_an_entry_that_opens_with_no_time_dates_nothing(make_doc):
    text = "Recent cases:\n- **Tulsa:** Gunmen killed a shopkeeper.\n- **Dallas:** Robbers shot a clerk.\n"
    events = [e for e in _events(make_doc, text, "2026-01-15") if e.type in ("killing", "attack")]
    assert events and all(e.date_basis == "published" for e in events)


def test_labelled_a_spanish_entry_dates_its_happenings(make_doc):
    text = ("Cronología:\n"
            "- **Marzo de 2019:** Sicarios del cartel asesinaron a tres policías en Culiacán.\n"
            "- **Junio de 2020:** Un comando atacó al secretario de Seguridad en la Ciudad de México.\n")
    events = [e for e in _events(make_doc, text, "2026-01-15", "es") if e.type in ("killing", "attack")]
    assert sorted(e.date_value for e in events) == ["2019-03", "2020-06"]
