"""Web archives (WARC/ARC, gzipped or not) and news feeds (RSS, Atom) as inputs: articles out, the rest counted."""

from __future__ import annotations

from pathlib import Path

import pytest

from tocsin.ingest import read_path
from tocsin.models import Document, Rejection, Skipped

warcio = pytest.importorskip("warcio")
from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402

from tocsin.testing.warcs import response  # noqa: E402

ARTICLE = (
    "<html><head><title>Police arrest four in Trujillo extortion case</title></head><body><article>"
    "<h1>Police arrest four in Trujillo extortion case</h1>"
    "<p>TRUJILLO, Peru — Police arrested four suspected members of the Los Pulpos gang on Tuesday in the El Porvenir district, "
    "the Interior Ministry said, after a bomb damaged the front of a transport company that had refused to pay.</p>"
    "<p>Investigators said the gang demanded 2,000 soles a week from the company and had threatened its manager by phone since "
    "October. A judge ordered nine months of pretrial detention for the four men.</p></article></body></html>"
)


def build_warc(path: Path, gzip: bool = True) -> None:
    with path.open("wb") as f:
        writer = WARCWriter(f, gzip=gzip)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "tocsin tests"}))
        for n in range(3):
            req = StatusAndHeaders(f"GET /news/{n} HTTP/1.1", [("Host", "news.example")], is_http_request=True)
            writer.write_record(writer.create_warc_record(f"https://news.example/news/{n}", "request", http_headers=req))
            response(writer, f"https://news.example/news/{n}", ARTICLE.replace("four", ["four", "five", "six"][n]).encode())
        response(writer, "https://news.example/logo.png", b"\x89PNG....", ctype="image/png")
        response(writer, "https://news.example/gone", b"<html>gone</html>", status="404 Not Found")


@pytest.mark.parametrize("gzip", [True, False])
def test_a_warc_yields_its_html_responses_and_counts_the_rest(tmp_path, config, gzip):
    path = tmp_path / ("crawl.warc.gz" if gzip else "crawl.warc")
    build_warc(path, gzip)
    items = list(read_path(path, config))
    docs = [i for i in items if isinstance(i, Document)]
    skipped = [i.reason for i in items if isinstance(i, Skipped)]
    assert len(docs) == 3 and all(d.url.startswith("https://news.example/news/") for d in docs)
    assert all("Los Pulpos" in d.text and d.source.startswith(str(path) + "#") for d in docs)
    assert sorted(set(skipped)) == ["HTTP 404 responses", "non-HTML responses", "request records", "warcinfo records"]
    assert not [i for i in items if isinstance(i, Rejection)]


def test_a_record_over_the_limit_is_rejected_and_the_rest_go_on(tmp_path, config):
    from dataclasses import replace

    path = tmp_path / "big.warc.gz"
    with path.open("wb") as f:
        writer = WARCWriter(f, gzip=True)
        response(writer, "https://news.example/huge", ("<html><body>" + "<p>filler words here</p>" * 20000 + "</body></html>").encode())
        response(writer, "https://news.example/ok", ARTICLE.encode())
    items = list(read_path(path, replace(config, max_bytes=100_000)))
    rejected = [i for i in items if isinstance(i, Rejection)]
    assert len(rejected) == 1 and "over the limit" in rejected[0].reason and rejected[0].source.endswith("#https://news.example/huge")
    assert len([i for i in items if isinstance(i, Document)]) == 1


def test_a_broken_archive_is_rejected_with_its_path(tmp_path, config):
    path = tmp_path / "broken.warc.gz"
    path.write_bytes(b"\x1f\x8b\x08\x00garbage that is no gzip stream at all")
    items = list(read_path(path, config))
    assert len(items) == 1 and isinstance(items[0], Rejection) and items[0].source == str(path)


def test_ingest_counts_what_an_archive_passed_over(tmp_path, config, store):
    from tocsin.pipeline import run_ingest

    build_warc(tmp_path / "crawl.warc.gz")
    report = run_ingest([str(tmp_path)], store, config)
    assert report.stored == 3 and report.skipped["request records"] == 3 and report.skipped["non-HTML responses"] == 1


RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Andes Feed Test</title><link>https://andes.example/</link><description>test</description>
<item><title>Police arrest four in Trujillo extortion case</title><link>https://andes.example/a1</link>
<pubDate>Tue, 12 Nov 2024 09:00:00 GMT</pubDate><content:encoded><![CDATA[{article}]]></content:encoded></item>
<item><title>Short note</title><link>https://andes.example/a2</link><description>Too short.</description></item>
<item><title>Plain summary</title><link>https://andes.example/a3</link><pubDate>Wed, 13 Nov 2024 10:00:00 GMT</pubDate>
<description>Gunmen on a motorcycle shot at the front of a restaurant in San Juan de Lurigancho on Sunday night, police said, in the third attack on businesses in the district this month; no one was hurt and officers are reviewing camera footage from the avenue.</description></item>
</channel></rss>"""


def test_a_feed_yields_one_article_per_entry(tmp_path, config):
    path = tmp_path / "andes.rss"
    path.write_text(RSS.format(article=ARTICLE), encoding="utf-8")
    items = list(read_path(path, config))
    docs = [i for i in items if isinstance(i, Document)]
    rejected = [i for i in items if isinstance(i, Rejection)]
    assert [d.url for d in docs] == ["https://andes.example/a1", "https://andes.example/a3"]
    assert docs[0].outlet == "Andes Feed Test" and docs[0].published_at == "2024-11-12" and "Los Pulpos" in docs[0].text
    assert docs[1].published_at == "2024-11-13" and docs[1].format == "feed"
    assert len(rejected) == 1 and rejected[0].source == f"{path}:entry 2"


def test_a_file_that_is_no_feed_is_rejected(tmp_path, config):
    path = tmp_path / "broken.atom"
    path.write_text("this is not xml at all", encoding="utf-8")
    items = list(read_path(path, config))
    assert len(items) == 1 and isinstance(items[0], Rejection) and "feed" in items[0].reason
