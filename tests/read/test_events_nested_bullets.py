"""A nested bullet takes the place of the bullet it hangs from, as an item takes its list's lead-in
(events/scope.py ``_parent_item``); a bullet of the same level does not."""

import pytest

from tocsin.read import read_many


@pytest.mark.model
@pytest.mark.parametrize("items, expected", [
    # a sub-bullet takes the place its parent bullet names
    ("-   The local Chicago government has lost control of public safety.\n    -   In May, two officers were murdered.\n",
     "Chicago"),
    # near miss: a bullet of the same level tells a case of its own
    ("-   The local Chicago government has lost control of public safety.\n-   In May, two officers were murdered.\n", None),
])
def test_nested_bullet_takes_its_parent_bullets_place(make_doc, items, expected):
    text = "The crime emergency is real:\n\n" + items
    ((_, ann),) = read_many([make_doc(text, published_at="2025-08-25", title="Fact Sheet: Restoring Safety")], gated=False)
    places = {p.key: p.name for p in ann.places}
    (killing,) = [e for e in ann.events if e.type == "killing"]
    assert places.get(killing.place_key) == expected
