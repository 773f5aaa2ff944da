"""Web archives the tests and benchmarks build themselves with warcio (no public news WARC sample has a
clean license): articles rendered as the HTML pages a news site serves, amid the records a crawler also
keeps (warcinfo, requests, images, redirects)."""

from __future__ import annotations

import html
import io
import uuid
from pathlib import Path
from typing import Iterable

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from tocsin.models import Document


def page(doc: Document) -> bytes:
    """An article page: title, byline, date and site name in the head, its paragraphs in <article>."""
    e = html.escape
    paragraphs = "".join(f"<p>{e(p)}</p>\n" for p in doc.text.split("\n\n") if p.strip())
    meta = [f'<meta property="og:site_name" content="{e(doc.outlet or "")}">']
    meta += [f'<meta name="author" content="{e(a)}">' for a in doc.authors]
    if doc.published_at:
        meta.append(f'<meta property="article:published_time" content="{e(doc.published_at)}">')
    return (f"<!doctype html><html lang=\"{doc.language}\"><head><meta charset=\"utf-8\"><title>{e(doc.title or '')}</title>"
            f"{''.join(meta)}</head><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>"
            f"<article><h1>{e(doc.title or '')}</h1>\n{paragraphs}</article>"
            "<footer>© News site. All rights reserved.</footer></body></html>").encode()


def response(writer: WARCWriter, uri: str, body: bytes, ctype: str = "text/html; charset=utf-8", status: str = "200 OK",
             headers: tuple[tuple[str, str], ...] = (), fixed: bool = False) -> None:
    """One HTTP response record: the writer every archive of the tests and benches is made with. ``fixed``: the
    record's id and date come from its address, not the clock, so the archive's bytes are the same on every run."""
    http = StatusAndHeaders(status, [("Content-Type", ctype), *headers], protocol="HTTP/1.1")
    warc = {"WARC-Record-ID": f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, uri)}>", "WARC-Date": "2026-01-01T00:00:00Z"} if fixed else {}
    writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=http, warc_headers_dict=warc))


def write_warc(path: Path, docs: Iterable[Document], extras: bool = True, binary: bytes = b"") -> int:
    """A gzipped WARC of the documents' pages; with ``extras`` each page comes with its request, an image
    and every tenth a redirect, as a crawl has them; ``binary`` is the payload of each image. Returns pages written."""
    n = 0
    with path.open("wb") as f:
        writer = WARCWriter(f, gzip=True)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "tocsin tests"}))
        for n, doc in enumerate(docs, 1):
            uri = doc.url or f"https://news.example/{doc.language}/{doc.id}"
            if extras:
                request = StatusAndHeaders(f"GET /{doc.id} HTTP/1.1", [("Host", "news.example")], is_http_request=True)
                writer.write_record(writer.create_warc_record(uri, "request", http_headers=request))
            response(writer, uri, page(doc), "text/html; charset=utf-8")
            if extras:
                response(writer, f"{uri}/lead.jpg", binary or b"\xff\xd8\xff\xe0 jpeg", "image/jpeg")
                if n % 10 == 0:
                    response(writer, f"{uri}?amp", b"", "text/html", status="301 Moved Permanently")
    return n


def demo_documents() -> list[Document]:
    """The demo corpus's articles as tocsin reads them."""
    from tocsin.config import Config
    from tocsin.ingest import ingest

    root = Path(__file__).resolve().parents[3] / "corpus" / "demo"  # the checkout's demo corpus
    return [d for d in ingest([root], Config()) if isinstance(d, Document)]
