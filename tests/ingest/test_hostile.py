"""Hostile input: every reader, given what the open web sends, yields documents or rejections with a reason,
never an exception; a batch of it ingests with the rest stored, every rejection recorded, the store whole.
Property-based (hypothesis) over arbitrary bytes and over generated near-formats, and by class (src/tocsin/testing/hostile.py)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from tocsin.testing import hostile  # noqa: E402
from tocsin.config import Config  # noqa: E402
from tocsin.ingest.dedup import document_id  # noqa: E402
from tocsin.ingest.ingest import OUTSIDE_LINK, read_path, walk  # noqa: E402
from tocsin.models import Document, Rejection, Repaired, Skipped  # noqa: E402

SUFFIXES = [".txt", ".md", ".html", ".jsonl", ".rss", ".atom", ".warc", ".warc.gz", ".arc"]
PROPERTY = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                            HealthCheck.too_slow])


def _check(path: Path, config: Config) -> list:
    out = list(read_path(path, config))
    for item in out:
        assert isinstance(item, (Document, Rejection, Skipped, Repaired)), item
        if isinstance(item, Rejection):
            assert item.reason and item.source.startswith(str(path))
        if isinstance(item, Document):
            assert item.text.strip() and "\x00" not in item.text and item.id == document_id(item.text)
    return out


@pytest.mark.parametrize("suffix", SUFFIXES)
@PROPERTY
@given(data=st.binary(max_size=4000))
def test_hostile_arbitrary_bytes_are_read_or_rejected_never_raised(tmp_path, suffix, data):
    path = tmp_path / f"input{suffix}"
    path.write_bytes(data)
    _check(path, Config(max_bytes=100_000))


_markup = st.lists(st.one_of(st.sampled_from(["<p>", "</p>", "<div>", "</div>", "<script>", "<!--", "-->", "<![CDATA[", "]]>",
                                              "<!DOCTYPE html>", "&amp;", "&#0;", "&#xD800;", "<br/>", "<meta charset='x'>",
                                              "<html>", "<title>", "</title>", "<item>", "<entry>", "<rss>", "<feed>", "<?xml?>"]),
                             st.text(max_size=80)), max_size=80).map("".join)
_json = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=40),
                     lambda children: st.lists(children, max_size=4) | st.dictionaries(st.sampled_from(
                         ["text", "html", "title", "url", "outlet", "authors", "published", "language", "x"]), children, max_size=6),
                     max_leaves=20)


@pytest.mark.parametrize("suffix", [".html", ".rss", ".atom", ".txt"])
@PROPERTY
@given(text=_markup, encoding=st.sampled_from(["utf-8", "utf-16", "latin-1", "cp1252", "utf-8-sig"]))
def test_hostile_near_markup_in_any_encoding_is_read_or_rejected(tmp_path, suffix, text, encoding):
    path = tmp_path / f"input{suffix}"
    path.write_bytes((text + " " + hostile.STORY).encode(encoding, errors="replace"))
    _check(path, Config())


@PROPERTY
@given(lines=st.lists(_json, min_size=1, max_size=12))
def test_hostile_json_lines_of_any_shape_are_rejected_line_by_line(tmp_path, lines):
    import json

    path = tmp_path / "input.jsonl"
    path.write_text("\n".join(json.dumps(v) for v in lines) + "\n")
    out = _check(path, Config())
    assert len(out) == sum(1 for v in lines if json.dumps(v).strip())  # one answer per line, whatever it holds


@pytest.mark.parametrize("name", list(hostile.CLASSES))
def test_hostile_every_class_is_read_or_rejected_with_a_reason(tmp_path, name):
    maker = hostile.CLASSES[name]
    rng = random.Random(5)
    if maker is hostile.big_article:
        tried = maker(tmp_path, rng, megabytes=3)  # the 50 MB article of the bench, at a limit lowered to 2 MB
        config = Config(max_bytes=2_000_000)
    else:
        tried, config = maker(tmp_path, rng), Config()
    assert tried >= 1
    answers = [a for p in walk([tmp_path]) for a in ([p] if isinstance(p, Rejection) else _check(p, config))]
    assert answers
    if name in ("feeds with entity tricks", "a 50 MB article", "empty and binary files", "links out of the folder, and in a loop"):
        assert all(isinstance(a, Rejection) for a in answers), answers
    if name == "invalid UTF-8, mixed encodings":  # each bad encoding is named as such, none is a reader's failure
        assert not [a for a in answers if isinstance(a, Rejection) and "failed on it" in a.reason], answers
    if name == "feeds with entity tricks":
        assert all("entities" in a.reason for a in answers)
    if name == "UTF-8 damaged in a few bytes, and Windows-1252":  # mended and named, never read whole as cp1251
        docs = {a.source.rsplit("/", 1)[-1]: a for a in answers if isinstance(a, Document)}
        assert sorted(a.source.rsplit("/", 1)[-1] for a in answers if isinstance(a, Repaired)) == [
            "damaged-0.txt", "damaged-1.txt", "damaged-2.txt"]
        assert all("Ecuador’s port —" in docs[f"damaged-{i}.txt"].text for i in range(3))
        assert docs["cp1252.txt"].title == "Extorsión en Guayaquil" and "policía" in docs["cp1252.txt"].text
    if name == "links out of the folder, and in a loop":  # nothing read through them, each named with its reason
        assert sorted((a.source.rsplit("/", 1)[-1], a.reason) for a in answers) == [
            ("loop-a.txt", "a link that leads round in a loop"), ("loop-b.txt", "a link that leads round in a loop"),
            ("parent", OUTSIDE_LINK), ("passwd.txt", OUTSIDE_LINK)]
    if name == "gzip and WARC bombs":
        reasons = " ".join(a.reason for a in answers if isinstance(a, Rejection))
        assert "over the limit" in reasons and "not a readable WARC" in reasons and "cut short" in reasons
        assert any(isinstance(a, Document) for a in answers)  # the good record before the garbage is kept
    if name == "NUL bytes":  # files holding NULs are refused; a NUL escaped inside JSON is a control character the cleaner drops
        kinds = {a.source.rsplit("/", 1)[-1]: type(a) for a in answers}
        assert kinds == {"nul.html": Rejection, "nul.txt": Rejection, "nul.jsonl:1": Document}


@pytest.mark.model
def test_hostile_a_batch_of_everything_ingests_the_good_and_records_the_rest(tmp_path):
    """All the classes in one folder with two good articles: both are stored, every bad input is recorded with its
    reason, a text over max_chars is refused before reading, and the store is whole."""
    from tocsin import query
    from tocsin.pipeline import run_ingest
    from tocsin.store import open_store

    folder = tmp_path / "in"
    folder.mkdir()
    rng = random.Random(9)
    for name, maker in hostile.CLASSES.items():
        if maker is hostile.big_article:
            maker(folder, rng, megabytes=2)
        elif maker is hostile.huge_line:
            maker(folder, rng, chars=1_200_000)
        else:
            maker(folder, rng)
    (folder / "good.txt").write_text(hostile.ARTICLE)
    (folder / "good2.txt").write_text(hostile.ARTICLE.replace("Guayaquil", "Machala"))
    path = str(tmp_path / "s.db")
    with open_store(path) as store:
        report = run_ingest([str(folder)], store, Config(store=path, max_bytes=1_500_000))
        assert query.stats(store)["documents"] >= 2
        recorded = {r["source"] for r in query.rejections(store)}
        assert store.fetch("PRAGMA integrity_check")[0]["integrity_check"] == "ok"
    assert {r.source for r in report.rejected} <= recorded and len(report.rejected) >= 40
    reasons = " ".join(r.reason for r in report.rejected)
    for expected in ("over the limit", "too long to read", "binary file", "empty file", "entities", "invalid JSON",
                     "nested too deeply", "must be a string", "not a readable WARC"):
        assert expected in reasons, expected
