"""A happening the reader made one of in each place a list gives stays one incident per place once linked."""


def test_incidents_a_happening_in_each_listed_place_read_whole_is_one_incident_each(linked_story):
    """"Bombed embassies in Kenya and Tanzania", read and linked as a user would: two incidents, not one."""
    rows = linked_story(
        "embassies",
        "title: Embassies\noutlet: Valley Courier\npublished: 2024-08-07\n\nAl-Qaeda bombed U.S. embassies in Kenya and"
        " Tanzania in 1998, killing 224 people.\n\nThe county has seen few such cases in recent years, and residents who"
        " spoke at a meeting on Tuesday asked for more patrols on the roads near the river.\n",
        "SELECT ev.place_entity, ie.incident_id FROM events ev JOIN incident_events ie ON ie.event_id = ev.id"
        " WHERE ev.type = 'killing'")
    assert len({r["place_entity"] for r in rows}) == 2 and len({r["incident_id"] for r in rows}) == 2
