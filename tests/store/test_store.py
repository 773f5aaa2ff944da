import sqlite3

import pytest

from tocsin import query
from tocsin.errors import NotFound, StoreError
from tocsin.models import (
    Annotations,
    Entity,
    Event,
    Mention,
    Rejection,
    Resolved,
    Sentence,
)
from tocsin.store import open_store
from tocsin.store.sqlite import fts_query

TEXT = "LIMA — Tren de Aragua extorted drivers in Lima. Police in Bogotá said the MS-13 was not involved."


def _resolved(doc, extra_alias="TdA"):
    start = doc.text.index("Tren de Aragua")
    mention = Mention(start, start + 14, "Tren de Aragua", "CRIMINAL_GROUP", "group", "gazetteer", "tren-de-aragua",
                      entity="group:tren-de-aragua")
    entity = Entity("group:tren-de-aragua", "group", "Tren de Aragua", (extra_alias,))
    return Resolved(Annotations(doc.id, (Sentence(0, 48), Sentence(49, len(doc.text))), (mention,)), (entity,))


def test_store_round_trip(store, make_doc):
    doc = make_doc(TEXT, title="Lima story", outlet="Andes Ledger", authors=("A B",), published_at="2024-10-09")
    assert store.save(doc, _resolved(doc), b"\x00" * 8)
    got = query.get_document(store, doc.id[:6])
    assert (got["title"], got["outlet"], got["authors"], got["published_at"]) == ("Lima story", "Andes Ledger", ["A B"], "2024-10-09")
    assert got["text"] == TEXT
    assert got["sentences"] == [{"start": 0, "end": 48}, {"start": 49, "end": len(TEXT)}]
    (m,) = got["mentions"]
    assert TEXT[m["start"] : m["end"]] == "Tren de Aragua" and m["entity"] == "Tren de Aragua"
    assert list(store.signatures()) == [(doc.id, b"\x00" * 8)]


def test_store_save_is_idempotent(store, make_doc):
    doc = make_doc(TEXT)
    assert store.save(doc, _resolved(doc)) is True
    assert store.save(doc, _resolved(doc)) is False
    assert query.stats(store)["documents"] == 1 and query.stats(store)["mentions"] == 1


def test_store_entity_aliases_merge_across_documents(store, make_doc):
    a, b = make_doc(TEXT), make_doc(TEXT + " Another sentence here.")
    store.save(a, _resolved(a, "TdA"))
    store.save(b, _resolved(b, "Train from Aragua"))
    (row,) = query.list_entities(store, kind="group")
    assert row["aliases"] == ["TdA", "Train from Aragua"] and row["documents"] == 2 and row["mentions"] == 2


def test_store_failed_transaction_leaves_nothing(store, make_doc):
    doc = make_doc(TEXT)
    bad = _resolved(doc)
    bad = Resolved(bad.annotations, ())  # mention points to an entity never written
    with pytest.raises(StoreError, match="test.txt: (FOREIGN KEY constraint failed|.*violates foreign key constraint)"):
        store.save(doc, bad)  # the error names the document and the reason
    assert query.stats(store)["documents"] == 0 and not store.has_document(doc.id)


def test_store_rejection_is_kept_until_the_source_succeeds(store, make_doc):
    store.record_rejection(Rejection("a.txt", "empty file"))
    store.record_rejection(Rejection("a.txt", "binary file"))
    assert query.rejections(store)[0]["reason"] == "binary file"
    doc = make_doc(TEXT, source="a.txt")
    store.save(doc, _resolved(doc))
    assert query.rejections(store) == []


@pytest.mark.parametrize(
    "typed,expected",
    [
        ("Tren de Aragua", '"Tren" "de" "Aragua"'),
        ('"Tren de Aragua" OR MS-13', '"Tren de Aragua" OR "MS-13"'),
        ('bad "quote', '"bad" "quote"'),
        ("OR", ""),
        ("NOT x", '"x"'),
    ],
)
def test_store_fts_query_is_always_valid_syntax(typed, expected):
    assert fts_query(typed) == expected


def test_store_search_ignores_accents_and_odd_syntax(store, make_doc):
    doc = make_doc(TEXT, title="Lima story")
    store.save(doc, _resolved(doc))
    assert [r["id"] for r in query.search(store, "Bogota")] == [doc.id]
    assert [r["id"] for r in query.search(store, "MS-13")] == [doc.id]
    assert "[" in query.search(store, "extorted")[0]["snippet"]
    assert query.search(store, 'x" OR (') == []
    assert query.search(store, "Quito") == []


def test_store_unknown_document_id_is_not_found(store):
    with pytest.raises(NotFound):
        query.get_document(store, "ffff")
    with pytest.raises(NotFound):
        query.get_document(store, "")


def test_store_refuses_a_newer_schema(tmp_path):
    path = str(tmp_path / "s.db")
    open_store(path).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="schema version 999"):
        open_store(path)


def test_store_not_a_database_is_a_clear_error(tmp_path):
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="cannot open the store"):
        open_store(str(path))


def test_store_postgres_server_not_there_is_a_clear_error():
    with pytest.raises(StoreError, match=r"cannot connect to the PostgreSQL store at postgresql://127.0.0.1:9/test: "):
        open_store("postgresql://someone:secret@127.0.0.1:9/test")  # the password is never repeated


def test_store_postgres_schema_name_is_checked():
    with pytest.raises(StoreError, match="schema name"):
        open_store("postgresql://127.0.0.1:9/test?schema=x;drop")


def _event(etype: str, modality: str, start: int, **kw) -> Event:
    return Event(type=etype, subtype=None, trigger="killed", trigger_start=start, trigger_end=start + 6, evidence_start=0,
                 evidence_end=60, modality=modality, **kw)


def test_store_keeps_happened_events_with_stable_ids_and_groups(tmp_path, make_doc):
    doc = make_doc("Gunmen killed a driver in Lima. The gang will kill more drivers, police fear.")
    events = (
        _event("killing", "asserted", 7, actor_text="Gunmen", target_category="business", fatalities=1,
               group_keys=("tren-de-aragua",), group_entities=("group:tren-de-aragua",), date_value="2024-10-19", date_begin="2024-10-19", date_end="2024-10-19",
               date_precision="day", confidence=0.9),
        _event("killing", "future", 41),
    )
    entities = (Entity("group:tren-de-aragua", "group", "Tren de Aragua"),)
    resolved = Resolved(Annotations(doc.id, (Sentence(0, 32),), events=events), entities)
    ids = []
    for name in ("a.db", "b.db"):
        with open_store(str(tmp_path / name)) as store:
            store.save(doc, resolved)
            rows = query.list_events(store)
            ids.append([r["id"] for r in rows])
    assert len(ids[0]) == 1 and ids[0] == ids[1]  # the forecast is not an event; the id is the same in any store
    (row,) = rows
    assert (row["type"], row["modality"], row["fatalities"], row["groups"]) == ("killing", "asserted", 1, ["Tren de Aragua"])
    assert row["codebook"] == "tocsin-events/1" and row["evidence"].startswith("Gunmen killed")
    with open_store(str(tmp_path / "a.db")) as store:
        assert query.list_events(store, group="aragua") and not query.list_events(store, group="choneros")
        assert query.list_events(store, since="2024-10-20") == []


def test_store_one_trigger_one_happening_per_person_keeps_each_with_its_own_id(store, make_doc):
    """"The murders of A and B" is two events on one trigger: neither is dropped as a repeat of the other."""
    doc = make_doc("The murders of Ann Cole and Bea Diaz shocked the town.")
    events = tuple(_event("killing", "asserted", 4, target_text=name, target_span=span) for name, span in (("Ann Cole", (15, 23)), ("Bea Diaz", (28, 36))))
    store.save(doc, Resolved(Annotations(doc.id, (Sentence(0, 54),), events=events + events[:1])))  # the first told twice
    rows = query.list_events(store)
    assert sorted(r["target_text"] for r in rows) == ["Ann Cole", "Bea Diaz"] and len({r["id"] for r in rows}) == 2


def test_store_a_postgres_location_is_shown_without_its_password():
    from tocsin.store import describe

    assert describe("postgresql://desk:s3cret@db.internal:5433/tocsin?schema=andes&sslmode=require") == (
        "postgresql://db.internal:5433/tocsin?schema=andes")
    assert describe("desk.db") == "desk.db"


def _open_at(path: str, start: float) -> str:
    import time

    from tocsin.store import open_store

    time.sleep(max(0.0, start - time.time()))
    try:
        with open_store(path) as store:
            return str(store.schema_version())
    except Exception as e:  # the error is the answer
        return f"{type(e).__name__}: {e}"


def test_store_processes_opening_one_new_store_at_once_all_open_it(tmp_path):
    """Several processes creating one new store at the same moment (two `tocsin ingest` runs, worker
    processes) wait for each other's migration instead of failing with "database is locked"."""
    import multiprocessing
    import time

    from tocsin.store.schema import SCHEMA_VERSION

    context = multiprocessing.get_context("spawn")
    for round_ in range(3):
        path = str(tmp_path / f"new-{round_}.db")
        with context.Pool(4) as pool:
            start = time.time() + 2.0
            answers = pool.starmap(_open_at, [(path, start)] * 4)
        assert answers == [str(SCHEMA_VERSION)] * 4, answers
