from tocsin.ingest import ingest, to_document
from tocsin.ingest.ingest import normalize_published
from tocsin.ingest.sources import Draft
from tocsin.models import Document, Rejection

import pytest


@pytest.mark.parametrize(
    "value,expected",
    [
        ("2024-03-04T09:30:00Z", "2024-03-04"),
        ("2024-03-04", "2024-03-04"),
        ("July 11, 2024", "2024-07-11"),
        ("8 de octubre de 2024", "2024-10-08"),
        ("20 de febrero de 2025", "2025-02-20"),
        ("not a date", None),
        ("", None),
    ],
)
def test_ingest_published_dates_are_normalized(value, expected):
    assert normalize_published(value) == expected


def test_ingest_detects_language():
    es = to_document(Draft("x.txt", "El fiscal dijo que la banda secuestró al exteniente en su departamento de Independencia y que la investigación continúa con nuevos allanamientos en la capital.", "text"))
    en = to_document(Draft("y.txt", "The prosecutor said the gang kidnapped the former lieutenant from his apartment and that the investigation continues with new raids in the capital city this week.", "text"))
    assert (es.language, en.language) == ("es", "en")


def test_ingest_short_text_is_rejected():
    with pytest.raises(Exception) as e:
        to_document(Draft("x.txt", "Too short.", "text"))
    assert "too short" in str(e.value)


def test_ingest_walks_folders_and_reports_bad_files(tmp_path, config):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "story.txt").write_text("title: T\n\n" + "The police said the gang was dismantled in Lima today. " * 5)
    (tmp_path / "a" / "empty.txt").write_text("")
    (tmp_path / "a" / "blob.txt").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "a" / "notes.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / ".hidden.txt").write_text("ignored")
    items = list(ingest([tmp_path, tmp_path / "missing"], config))
    docs = [i for i in items if isinstance(i, Document)]
    reasons = {i.source.rsplit("/", 1)[-1]: i.reason for i in items if isinstance(i, Rejection)}
    assert [d.title for d in docs] == ["T"]
    assert reasons == {
        "blob.txt": "binary file (NUL bytes), not text",
        "empty.txt": "empty file",
        "notes.pdf": "no reader for .pdf files",
        "missing": "no such file or folder",
    }


def test_ingest_size_limit_is_a_rejection(tmp_path, config):
    from dataclasses import replace

    (tmp_path / "big.txt").write_text("word " * 1000)
    (item,) = ingest([tmp_path], replace(config, max_bytes=100))
    assert isinstance(item, Rejection) and "over the limit" in item.reason


def _linked_folder(tmp_path):
    """A folder of articles holding links: to a file and a folder outside it, to a file and a folder inside it,
    back up to itself, and round in a loop."""
    story = "The police said the gang was dismantled in Lima today after a year of investigation. " * 4
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "secret.txt").write_text("title: Secret\n\n" + story)
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "story.txt").write_text("title: Story\n\n" + story.replace("Lima", "Cusco"))
    (folder / "secret.txt").symlink_to(tmp_path / "outside" / "secret.txt")
    (folder / "elsewhere").symlink_to(tmp_path / "outside", target_is_directory=True)
    (folder / "same-story.txt").symlink_to(folder / "sub" / "story.txt")
    (folder / "sub" / "up").symlink_to(folder, target_is_directory=True)
    (folder / "loop-a.txt").symlink_to(folder / "loop-b.txt")
    (folder / "loop-b.txt").symlink_to(folder / "loop-a.txt")
    return folder


def test_ingest_links_out_of_the_folder_are_rejected_saying_how_to_read_them(tmp_path, config):
    from tocsin.ingest.ingest import OUTSIDE_LINK

    folder = _linked_folder(tmp_path)
    items = list(ingest([folder], config))
    reasons = {i.source: i.reason for i in items if isinstance(i, Rejection)}
    assert reasons == {str(folder / "secret.txt"): OUTSIDE_LINK, str(folder / "elsewhere"): OUTSIDE_LINK,
                       str(folder / "loop-a.txt"): "a link that leads round in a loop",
                       str(folder / "loop-b.txt"): "a link that leads round in a loop"}
    assert OUTSIDE_LINK == "a link to outside the folder; --follow-links to read it"
    assert sorted(d.source for d in items if isinstance(d, Document)) == [str(folder / "same-story.txt"), str(folder / "sub" / "story.txt")]


def test_ingest_follow_links_reads_outside_and_walks_each_folder_once(tmp_path, config):
    from dataclasses import replace

    folder = _linked_folder(tmp_path)
    items = list(ingest([folder], replace(config, follow_links=True)))
    titles = sorted(d.title for d in items if isinstance(d, Document))
    assert titles == ["Secret", "Secret", "Story", "Story"]  # through secret.txt and elsewhere/; sub/ and its link
    assert {i.reason for i in items if isinstance(i, Rejection)} == {"a link that leads round in a loop"}


def test_ingest_a_path_named_is_read_even_through_a_link(tmp_path, config):
    folder = _linked_folder(tmp_path)
    (doc,) = ingest([folder / "secret.txt"], config)
    assert doc.title == "Secret"


def test_ingest_follow_links_is_a_setting_read_as_a_bool(monkeypatch):
    from tocsin.config import load_config
    from tocsin.errors import ConfigError

    for raw, value in (("false", False), ("0", False), ("true", True), ("yes", True)):
        monkeypatch.setenv("TOCSIN_FOLLOW_LINKS", raw)
        assert load_config().follow_links is value
    monkeypatch.setenv("TOCSIN_FOLLOW_LINKS", "sometimes")
    with pytest.raises(ConfigError, match="TOCSIN_FOLLOW_LINKS"):
        load_config()
