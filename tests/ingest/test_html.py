import pytest

from tocsin.errors import NoArticleText
from tocsin.ingest.html import draft_from_html
from tocsin.ingest.sources import source_for

from ..conftest import CASES


def test_html_page_gives_text_and_metadata():
    path = CASES / "page.html"
    (draft,) = source_for(path).read(path, 10**6)
    assert draft.title == "Detienen a presuntos miembros del Tren de Aragua en Bogotá"
    assert draft.outlet == "Bogotá Brief"
    assert draft.authors == ("Andrés Mejía",)
    assert draft.published == "2023-05-02"
    assert "Patio Bonito" in draft.text
    assert "Inicio | Nacional" not in draft.text  # navigation is not the article
    assert not draft.text.startswith("Detienen")  # headline not repeated as the first line


def test_html_without_article_text_is_rejected_with_reason():
    with pytest.raises(NoArticleText) as e:
        draft_from_html("broken.html", "<html><head><title>x</title></head><body><div")
    assert e.value.source == "broken.html" and "no article text" in e.value.reason


def test_html_given_metadata_wins_over_page():
    html = (CASES / "page.html").read_text(encoding="utf-8")
    draft = draft_from_html("feed:1", html, title="Given", outlet="Feed Outlet")
    assert draft.title == "Given" and draft.outlet == "Feed Outlet"
