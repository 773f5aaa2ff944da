import pytest

from tocsin.ingest.text import draft_from_text, markdown_to_text, split_header
from tocsin.ingest.sources import source_for

from ..conftest import CASES


def test_text_header_is_split_from_body():
    meta, body = split_header("title: T\nOutlet: O\npublished: 2024-01-02\n\nBody line.")
    assert meta == {"title": "T", "outlet": "O", "published": "2024-01-02"}
    assert body == "Body line."


def test_text_without_header_keeps_all_lines():
    text = "LIMA — No header here.\nSecond line."
    assert split_header(text) == ({}, text)


def test_text_header_fenced_like_front_matter():
    meta, body = split_header("---\ntitle: T\nurl: https://x.example\n---\nBody")
    assert meta == {"title": "T", "url": "https://x.example"} and body == "Body"


def test_text_body_line_that_looks_like_a_key_is_not_a_header():
    meta, body = split_header("Lima police said: the gang is gone.")
    assert meta == {}


def test_markdown_file_gives_title_authors_and_plain_text():
    path = CASES / "article.md"
    (draft,) = source_for(path).read(path, 10**6)
    assert draft.title == "A Markdown article"
    assert draft.authors == ("Ana Ruiz", "Tom Bell")
    assert draft.format == "markdown"
    assert "[linked story]" not in draft.text and "linked story" in draft.text
    assert "**" not in draft.text and "A Markdown article" not in draft.text
    assert "A subheading" in draft.text


def test_markdown_first_heading_is_title_when_no_header():
    text, title = markdown_to_text("# Headline\n\nBody")
    assert title == "Headline" and text.strip() == "Body"


@pytest.mark.parametrize("authors,expected", [("A B; C D", ("A B", "C D")), ("A B and C D", ("A B", "C D")), ("", ())])
def test_text_authors_are_split(authors, expected):
    draft = draft_from_text("x.txt", f"title: T\nauthor: {authors}\n\nBody", "text")
    assert draft.authors == expected


def test_text_latin1_file_is_decoded():
    path = CASES / "latin1.txt"
    (draft,) = source_for(path).read(path, 10**6)
    assert "extorsión" in draft.text
