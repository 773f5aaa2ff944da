"""Text filters, all built by query.contains: the same answer on SQLite and PostgreSQL, whatever is typed."""

import pytest

from tocsin import query
from tocsin.errors import BadQuery
from tocsin.share.scope import Scope

pytestmark = pytest.mark.model


def _exported(store, group):
    sql, params = Scope(group=group).documents()
    return store.fetch(sql, params)


FILTERS = {  # each text filter, and a value that finds something in the demo
    "entities by name": (lambda s, t: query.list_entities(s, name=t), "Aragua"),
    "claims by speaker": (lambda s, t: query.list_claims(s, speaker=t), "Cordero"),
    "claims about a group": (lambda s, t: query.list_claims(s, group=t), "Aragua"),
    "forecasts about a group": (lambda s, t: query.list_forecasts(s, group=t), "Aragua"),
    "events of a group": (lambda s, t: query.list_events(s, group=t), "Aragua"),
    "incidents of a group": (lambda s, t: query.list_incidents(s, group=t), "Aragua"),
    "a group's footprint": (lambda s, t: query.footprint(s, t)["country"], "Aragua"),
    "documents to export": (_exported, "Aragua"),
}


@pytest.mark.parametrize("name", FILTERS)
def test_query_a_nul_in_a_text_filter_is_refused_never_a_match_for_everything(any_demo_store, name):
    """SQLite's LIKE stops reading its pattern at a NUL: "%\\x00%" was "%" and matched every row, "aragua\\x00"
    matched every name ending in "aragua"; PostgreSQL holds no NUL at all. Both now refuse it, saying why."""
    store, _ = any_demo_store
    find, found = FILTERS[name]
    assert find(store, found)
    for typed in ("\x00", "aragua\x00", "\x00x"):
        with pytest.raises(BadQuery, match="cannot hold a NUL"):
            find(store, typed)
