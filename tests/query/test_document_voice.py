"""A forecast in the document's own voice (read.statements.voice) is shown as the outlet's, never with a blank speaker:
in the claims and the forecast ledger, a document's records and the export tables ("Andes Ledger (own voice)",
which reads as a speaker where one is put in a sentence: "forecast by Andes Ledger (own voice)")."""

import pytest

from tocsin import query
from tocsin.query.exports import statements_with_forecasts
from tocsin.query.tables import TABLES

pytestmark = pytest.mark.model

TEXT = ("title: Cartel moves north\noutlet: Andes Ledger\npublished: 2025-02-03\n\n"
        "The cartel lost two of its leaders in January, when soldiers raided a ranch outside the port city and seized"
        " weapons, cash and several trucks that the group had used to move cocaine across the border for years.\n\n"
        "Its rivals are expected to fight over the vacated smuggling routes.\n")


def _stored(tmp_path, text=TEXT):
    from tocsin.config import Config
    from tocsin.pipeline import run_ingest
    from tocsin.store import open_store

    (tmp_path / "story.txt").write_text(text, encoding="utf-8")
    location = str(tmp_path / "store.db")
    store = open_store(location)
    run_ingest([str(tmp_path / "story.txt")], store, Config(store=location))
    return store


def test_document_voice_forecast_is_the_outlets(tmp_path):
    with _stored(tmp_path) as store:
        claims = query.list_claims(store, claim_type="forecast")
        assert [(c["speaker"], c["speaker_basis"]) for c in claims] == [("Andes Ledger (own voice)", "document")]
        assert [f["speaker"] for f in query.list_forecasts(store)] == ["Andes Ledger (own voice)"]
        doc_id = claims[0]["doc_id"]
        assert [s["speaker"] for s in statements_with_forecasts(store, doc_id)] == ["Andes Ledger (own voice)"]
        rows = store.fetch(TABLES["statements"].query.format(docs="?"), (doc_id,))
        assert [r["speaker"] for r in rows] == ["Andes Ledger (own voice)"]
        # the outlet's own voice is found by its name, as a speaker is (r12 review)
        assert [c["speaker"] for c in query.list_claims(store, speaker="andes ledger")] == ["Andes Ledger (own voice)"]
        assert query.list_claims(store, speaker="reuters") == []


def test_document_voice_without_an_outlet_is_the_documents(tmp_path):
    with _stored(tmp_path, TEXT.replace("outlet: Andes Ledger\n", "")) as store:
        assert [c["speaker"] for c in query.list_claims(store)] == ["the document (own voice)"]
