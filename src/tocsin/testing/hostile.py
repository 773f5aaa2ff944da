"""Hostile inputs, by class: what the open web sends a reader. Each maker writes files into a folder and
says how many; the tests check that every one is rejected with its reason or read, and that the batch
goes on; the reliability bench tries them all and counts. Everything is generated here, from nothing."""

from __future__ import annotations

import gzip
import io
import json
import os
import random
from pathlib import Path
from typing import Callable

from warcio.warcwriter import WARCWriter

from tocsin.testing.warcs import response

STORY = ("Police said two gunmen on a motorcycle shot dead a shopkeeper in Guayaquil on Sunday night after he refused"
         " to pay the weekly extortion demanded by a local gang, and the prosecutor opened an investigation. ")
ARTICLE = "title: Shopkeeper shot dead in Guayaquil\noutlet: Harbour Test Desk\npublished: 2024-11-03\n\n" + STORY * 3


def _warc(path: Path, records: list[tuple[str, bytes, tuple[tuple[str, str], ...]]]) -> None:
    """A gzipped archive of HTML responses, each with extra HTTP headers; the same bytes on every run (where a test
    damages it, the damage falls on the same bytes)."""
    with path.open("wb") as f:
        writer = WARCWriter(f, gzip=True)
        for uri, body, headers in records:
            response(writer, uri, body, "text/html", headers=headers, fixed=True)


def malformed_html(d: Path, rng: random.Random) -> int:
    tags = ["<div", "</p>", "<p>", "<script>", "</html>", "<!--", "-->", "<![CDATA[", "<table><tr><td>", "&#x110000;", "&bogus;"]
    for i in range(20):
        parts = [rng.choice(tags) if rng.random() < 0.4 else STORY[: rng.randint(0, len(STORY))] for _ in range(rng.randint(1, 60))]
        (d / f"malformed-{i}.html").write_text("".join(parts), encoding="utf-8")
    return 20


def nested_html(d: Path, rng: random.Random) -> int:
    for i, depth in enumerate((1_000, 10_000, 100_000)):
        tag = rng.choice(["div", "span", "b", "table"])
        (d / f"nested-{i}.html").write_text(f"<html><body>{f'<{tag}>' * depth}<p>{STORY}</p>{f'</{tag}>' * depth}</body></html>")
    return 3


def bad_encodings(d: Path, rng: random.Random) -> int:
    samples = [
        STORY.encode("utf-8") + b"\xff\xfe\xc3\x28\xa0\xa1 " + STORY.encode("latin-1"),  # invalid UTF-8 inside UTF-8
        "Cañón del Sumidero: ".encode("latin-1") + STORY.encode("cp1252"),
        b"\xff\xfe" + STORY.encode("utf-16-le")[:-1],  # a UTF-16 BOM and an odd byte count
        b"\xfe\xff" + bytes(rng.randrange(256) for _ in range(999)),
        "Bogotá ".encode("utf-8") + "Bogotá ".encode("latin-1") + STORY.encode("utf-16-be"),
        bytes(rng.randrange(128, 256) for _ in range(4000)),
    ]
    for i, data in enumerate(samples):
        (d / f"encoding-{i}.txt").write_bytes(data)
    return len(samples)


def damaged_utf8(d: Path, rng: random.Random) -> int:
    """UTF-8 articles with a few bytes damaged (a stray byte, a sequence cut short), which must be mended and named,
    not read whole in a one-byte encoding; and a Spanish article in Windows-1252, which must still read right."""
    text = ARTICLE.replace("Guayaquil", "Guayaquil — Ecuador’s port —").encode()
    for i in range(3):
        at = rng.randrange(len(text) // 2, len(text))
        (d / f"damaged-{i}.txt").write_bytes(text[:at] + [b"\xff", b"\xe2\x80", b"\xc3("][i] + text[at:])
    spanish = "La policía detuvo en Guayaquil a cinco personas por la extorsión de comerciantes del mercado. ¿Quién cobra? "
    (d / "cp1252.txt").write_bytes(("title: Extorsión en Guayaquil\n\n" + spanish * 4).encode("cp1252"))
    return 4


def nul_bytes(d: Path, rng: random.Random) -> int:
    (d / "nul.txt").write_bytes(STORY.encode() + b"\x00" * 10 + STORY.encode())
    (d / "nul.html").write_bytes(b"<html><body><p>" + STORY.encode() + b"\x00</p></body></html>")
    (d / "nul.jsonl").write_bytes(json.dumps({"text": STORY + "\u0000" + STORY}).encode() + b"\n")
    return 3


def huge_line(d: Path, rng: random.Random, chars: int = 3_000_000) -> int:
    (d / "one-line.txt").write_text("word " * (chars // 5) + STORY)
    (d / "one-token.txt").write_text("x" * chars + " " + STORY)
    return 2


def big_article(d: Path, rng: random.Random, megabytes: int = 50) -> int:
    with (d / "big.txt").open("w") as f:
        for _ in range(megabytes * 2**20 // len(STORY) + 1):
            f.write(STORY)
    return 1


def empty_and_binary(d: Path, rng: random.Random) -> int:
    (d / "empty.txt").write_bytes(b"")
    (d / "blank.html").write_bytes(b" \n\t \n")
    (d / "random.html").write_bytes(os.urandom(5000))
    (d / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(2000))
    (d / "zeros.jsonl").write_bytes(b"\x00" * 4096)
    (d / "random.warc.gz").write_bytes(os.urandom(3000))
    (d / "random.rss").write_bytes(os.urandom(3000))
    return 7


def archive_bombs(d: Path, rng: random.Random) -> int:
    """Records that decompress to far more than they take: a gzipped HTTP body of 200 MB of zeros (compressed,
    0.2 MB), a record claiming 100 GB, an archive whose second gzip member is garbage and one cut short."""
    bomb = io.BytesIO()
    with gzip.GzipFile(fileobj=bomb, mode="wb") as z:
        chunk = b"\0" * 2**20
        for _ in range(200):
            z.write(chunk)
    plain = ()  # no extra HTTP headers
    _warc(d / "gzip-bomb.warc.gz", [("https://bomb.example/a", bomb.getvalue(), (("Content-Encoding", "gzip"),))])
    page = f"<html><body><p>{STORY * 3}</p></body></html>".encode()
    _warc(d / "good-then-garbage.warc.gz", [("https://news.example/a", page, plain), ("https://news.example/b", page, plain)])
    data = bytearray((d / "good-then-garbage.warc.gz").read_bytes())
    second = data.index(b"\x1f\x8b", 10)  # where the second record's gzip member begins
    data[second + 30: second + 90] = bytes(rng.randrange(256) for _ in range(60))
    (d / "good-then-garbage.warc.gz").write_bytes(bytes(data))
    _warc(d / "cut-short.warc.gz", [("https://news.example/c", page, plain), ("https://news.example/d", page, plain)])
    data = (d / "cut-short.warc.gz").read_bytes()
    (d / "cut-short.warc.gz").write_bytes(data[: len(data) - 200])
    claim = (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example/huge\r\nContent-Type: application/http;"
             b" msgtype=response\r\nContent-Length: 100000000000\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html>")
    (d / "claims-100gb.warc").write_bytes(claim + b"x" * 10000)
    return 4


def entity_feeds(d: Path, rng: random.Random) -> int:
    lol = "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))
    item = f"<item><title>&lol9;</title><description>{STORY}</description></item>"
    (d / "laughs.rss").write_text(f'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY lol0 "lol">{lol}]><rss version="2.0"><channel>'
                                  f"<title>t</title>{item}</channel></rss>")
    (d / "xxe.rss").write_text('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss version="2.0">'
                               f"<channel><title>t</title><item><title>&xxe;</title><description>{STORY}</description></item></channel></rss>")
    (d / "param.atom").write_text('<?xml version="1.0"?><!DOCTYPE f [<!ENTITY % p SYSTEM "http://127.0.0.1:9/x.dtd"> %p;]>'
                                  f'<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><entry><title>x</title><content>{STORY}</content></entry></feed>')
    (d / "late.rss").write_text(f'<?xml version="1.0"?><!-- {"x" * 70_000} --><!DOCTYPE r [<!ENTITY lol0 "lol">{lol}]>'
                                f'<rss version="2.0"><channel><title>t</title>{item}</channel></rss>')  # past where a look would stop
    return 4


def wrong_jsonl(d: Path, rng: random.Random) -> int:
    values = [5, 1.5, True, None, [], ["a"], {}, {"a": 1}, "", "x" * 3]
    lines = []
    for field in ("text", "title", "url", "outlet", "published", "language", "authors", "html"):
        for v in values:
            lines.append(json.dumps({"text": STORY, field: v} if field != "text" else {"text": v}))
    lines += ["[1, 2]", '"a string"', "42", "null", "{", '{"text": "unterminated', "{" * 50_000 + "}" * 50_000,
              '{"text": ' + "[" * 100_000 + "]" * 100_000 + "}"]
    (d / "wrong-types.jsonl").write_text("\n".join(lines) + "\n")
    return len(lines)


MARKUP = "[/] [bold red]x[/] \x1b[31m"  # console markup that closes nothing, markup that restyles, an ANSI escape
MARKUP_SHOWN = "[/] [bold red]x[/] \u241b[31m"  # what a terminal must show of it: the text, ESC as a visible ␛
MARKUP_TEXT = (
    f"SANTIAGO, Chile — Gunmen from Tren de Aragua shot dead a former police officer {MARKUP} in the Independencia district"
    " of Santiago on Monday, February 3, 2025, police said.\n\n"
    f'"The next step is targeted killings of former police officers {MARKUP} and dissidents who left Venezuela, and it will'
    ' not stop in Chile," said Mariela Cordero, a researcher at the Andean Security Institute.\n\n'
    f'"This was not a robbery {MARKUP}. This was an execution," said Héctor Barros, the prosecutor for organized crime.'
    " A CSI \x9b31m and a right-to-left override \u202e were left in the text.\n"
)


def markup_and_escapes(d: Path, rng: random.Random) -> int:
    """An article whose title, outlet and sentences hold console markup and escape sequences (a terminal must show
    them as text), and an empty file whose name holds them (its rejection names it)."""
    header = f"title: Gang {MARKUP} shooting in Santiago\noutlet: Desk {MARKUP}\npublished: 2025-02-04\n\n"
    (d / "markup.txt").write_text(header + MARKUP_TEXT, encoding="utf-8")
    (d / f"empty {MARKUP.replace('/', '')}.txt").write_bytes(b"")  # a name holds no slash: "[]" instead of "[/]"
    return 2


def links_out(d: Path, rng: random.Random) -> int:
    """Links that lead out of the folder (to /etc/passwd, to the folder's parent), one back up to the folder
    itself and two round in a loop: what the walk refuses (the links out and the loop) or walks once (the link up)."""
    (d / "passwd.txt").symlink_to("/etc/passwd")
    (d / "parent").symlink_to(d.resolve().parent, target_is_directory=True)
    (d / "up").symlink_to(".", target_is_directory=True)
    (d / "loop-a.txt").symlink_to("loop-b.txt")
    (d / "loop-b.txt").symlink_to("loop-a.txt")
    return 4


CLASSES: dict[str, Callable[[Path, random.Random], int]] = {
    "malformed HTML": malformed_html,
    "deeply nested HTML": nested_html,
    "invalid UTF-8, mixed encodings": bad_encodings,
    "UTF-8 damaged in a few bytes, and Windows-1252": damaged_utf8,
    "NUL bytes": nul_bytes,
    "enormous single lines": huge_line,
    "a 50 MB article": big_article,
    "empty and binary files": empty_and_binary,
    "gzip and WARC bombs": archive_bombs,
    "feeds with entity tricks": entity_feeds,
    "JSON Lines with wrong types": wrong_jsonl,
    "console markup and escape sequences in titles, text and file names": markup_and_escapes,
    "links out of the folder, and in a loop": links_out,
}
