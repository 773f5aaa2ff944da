"""The plain text of each document of the real-text evaluation set.

The texts are never copied into the project: they are rebuilt, deterministically,
from the corpora in ``../shared/data`` (found relative to this file).

    keys()          keys of the manifest, in manifest order
    text(key)       the exact text annotators annotate and tocsin reads
                    (honours the manifest's "limit")
    meta(key)       title, date, url, outlet, genre, section, source, language
    locate(t, s)    (start, end) of span s in text t, or None, with the
                    matching rules of docs/annotation.md (whitespace runs and
                    curly/straight quotes are equivalent; Markdown markup
                    is ignored)

Keys: ``wh:<path>``, ``doj:<id>``, ``doj:tda-chile-2025``, ``lgl:<docid>``,
``meantime-es:<n>`` (n = 1..120, order of the file), ``trn:<docid>`` (TR-News).

CLI:
    python bench/realtext/texts.py dump OUTDIR        write OUTDIR/<safe key>.txt for the manifest
    python bench/realtext/texts.py check FILE_OR_DIR... check annotation files: every verbatim
                                                      span found in the text, labels known
    python bench/realtext/texts.py show KEY           print one text

Stdlib only.
"""

from __future__ import annotations

import csv
import datetime as _dt
import functools
import gzip
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from htmltext import html_to_text, one_line as _one_line

HERE = Path(__file__).resolve().parent
DATA = Path(__file__).resolve().parents[3] / "shared" / "data"
MANIFEST = HERE / "manifest.json"

WH_FILE = DATA / "corpora" / "us-whitehouse-crime-2021-2026" / "wh_crime_2021_2026.jsonl.gz"
DOJ_CSV = DATA / "corpora" / "us-doj-press-sample" / "doj_press_sample_100.csv"
DOJ_TDA = DATA / "corpora" / "us-doj-press-sample" / "justice.gov_opa_pr_tda-chile-extradition_2025-11-14.html"
LGL_FILE = DATA / "geoparse" / "lgl" / "lgl.xml"
TRN_FILE = DATA / "geoparse" / "tr-news" / "TR-News.xml"
MEANTIME_ES = DATA / "corpora" / "meantime-timex-es-en" / "es" / "meantime_es_timex.tsv"

TDA_KEY = "doj:tda-chile-2025"
TDA_URL = ("https://www.justice.gov/opa/pr/united-states-extradites-three-alleged-members-"
           "tren-de-aragua-chile-face-prosecution-murder")


def safe_key(key: str) -> str:
    """File-name form of a key: ':' and '/' become '_'."""
    return key.replace(":", "_").replace("/", "_")


# ------------------------------------------------------------------ corpora

@functools.lru_cache(maxsize=1)
def _wh() -> dict:
    out = {}
    with gzip.open(WH_FILE, "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            out["wh:" + r["path"]] = r
    return out


@functools.lru_cache(maxsize=1)
def _doj() -> dict:
    csv.field_size_limit(1 << 30)
    out = {}
    with open(DOJ_CSV, newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            out["doj:" + r["id"].strip()] = r
    return out


@functools.lru_cache(maxsize=1)
def _tda() -> dict:
    raw = DOJ_TDA.read_text(encoding="utf-8")
    m = re.search(r'<div class="[^"]*\bfield_body\b[^"]*">(.*?)</div>\s*</div>\s*</div>', raw, re.S)
    body = m.group(1) if m else raw
    t = re.search(r'<h1 class="page-title">(.*?)</h1>', raw, re.S)
    title = _one_line(re.sub(r"<[^>]+>", "", t.group(1))) if t else ""
    d = re.search(r'<time datetime="(\d{4}-\d\d-\d\d)', raw)
    num = re.search(r"Press Release Number:</span>\s*([\w-]+)", raw)
    return {"body": body, "title": title, "date": d.group(1) if d else None,
            "number": num.group(1) if num else None}


@functools.lru_cache(maxsize=1)
def _lgl() -> dict:
    out = {}
    for a in ET.parse(LGL_FILE).getroot().iter("article"):
        out["lgl:" + a.get("docid")] = {
            "title": a.findtext("title") or "",
            "domain": a.findtext("domain") or "",
            "url": a.findtext("url") or "",
            "dltime": a.findtext("dltime") or "",
            "text": a.findtext("text") or "",
        }
    return out


@functools.lru_cache(maxsize=1)
def _trn() -> dict:
    """TR-News: international news of 2016-2017 (CBC, BBC, CNN, Reuters …), text as stored, its edges stripped."""
    out = {}
    for a in ET.parse(TRN_FILE).getroot().iter("article"):
        out["trn:" + a.get("docid")] = {key: (a.findtext(key) or "").strip() for key in ("title", "domain", "url", "dltime", "text")}
    return out


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _trn_day(written: str) -> str | None:
    """The day of a TR-News dltime, which is written as each page wrote it ("2017-04-21", "Dec 17, 2016 7:38 AM ET",
    "7:58 AM ET, Sat January 3, 2015", "7 December 2016 GMT"); None when it gives no day."""
    iso = re.search(r"\b(\d{4})-(\d\d)-(\d\d)\b", written)
    if iso:
        return _real_day(iso.group(0))
    us = re.search(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b", written)  # "11/28/2016": month first, as the U.S. pages write it
    if us:
        return _real_day(f"{us.group(3)}-{int(us.group(1)):02d}-{int(us.group(2)):02d}")
    forms = ((r"\b([A-Za-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})\b", 1, 2, 3), (r"\b(\d{1,2}) ([A-Za-z]{3,9}),? (\d{4})\b", 2, 1, 3),
             (r"\b(\d{4}) ([A-Za-z]{3,9})\.? (\d{1,2})\b", 2, 3, 1))
    for pattern, month, day, year in forms:
        m = re.search(pattern, written)
        if m and m.group(month)[:3].lower() in _MONTHS:
            return _real_day(f"{m.group(year)}-{_MONTHS.index(m.group(month)[:3].lower()) + 1:02d}-{int(m.group(day)):02d}")
    return None


def _real_day(iso: str) -> str | None:
    """The day, when the calendar has it ("2016-02-30" has none)."""
    try:
        return _dt.date.fromisoformat(iso).isoformat()
    except ValueError:
        return None


_NO_SPACE_BEFORE = {",", ".", ";", ":", ")", "]", "%", "?", "!", "»", "...", "'s", "”"}
_NO_SPACE_AFTER = {"(", "[", "¿", "¡", "«", "“"}
_TERMINAL = {".", "!", "?", "...", '"', "”", "»", ")"}


def _detok(sents: list[list[str]]) -> str:
    """Spanish sentences of tokens back to text: no space before closing
    punctuation, none after opening; straight double and single quotes
    alternate open/close across the document (a quotation may run over
    several sentences); `` opens a double quote (written "), ` a single one
    (written '). Sentences are joined by a space, except that the first
    sentence (the title) and any sentence without final punctuation (the
    dateline) end a paragraph."""
    out = ""
    dq_open = sq_open = False
    for n, tokens in enumerate(sents):
        glue_next = True        # no space before a sentence's first token
        for tok in tokens:
            t = tok
            if t == "``":
                t, kind = '"', "open"
                dq_open = True
            elif t == "`":
                t, kind = "'", "open"
                sq_open = True
            elif t == '"':
                kind = "close" if dq_open else "open"
                dq_open = not dq_open
            elif t == "'":
                kind = "close" if sq_open else "open"
                sq_open = not sq_open
            elif t in _NO_SPACE_BEFORE:
                kind = "close"
            elif t in _NO_SPACE_AFTER:
                kind = "open"
            else:
                kind = "word"
            if not (glue_next or kind == "close"):
                out += " "
            out += t
            glue_next = kind == "open"
        if n + 1 < len(sents):
            if n > 0 and tokens and tokens[-1] in _TERMINAL:
                out += " "
            else:
                out += "\n\n"
                dq_open = sq_open = False
    return out


@functools.lru_cache(maxsize=1)
def _meantime() -> dict:
    docs: list[dict] = []
    sent: list[str] = []

    def end_sentence():
        nonlocal sent
        if sent and docs:
            docs[-1]["sents"].append(sent)
        sent = []

    with open(MEANTIME_ES, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip():
                end_sentence()
                continue
            tok = line.split("\t")[0]
            m = re.match(r'\*!-DCTVALUE="([^"]+)"-!\*', tok)
            if m:
                end_sentence()
                docs.append({"dct": m.group(1), "sents": []})
                continue
            sent.append(tok)
    end_sentence()
    out = {}
    for n, d in enumerate(docs, 1):
        out[f"meantime-es:{n}"] = {"dct": d["dct"], "text": _detok(d["sents"]),
                                   "title": _detok(d["sents"][:1])}
    return out


# ---------------------------------------------------------------- public API

def source_keys(source: str) -> list[str]:
    """Every key a source offers (not only the manifest's)."""
    if source == "wh":
        return sorted(_wh())
    if source == "doj":
        return sorted(_doj(), key=lambda k: int(k.split(":")[1])) + [TDA_KEY]
    if source == "lgl":
        return list(_lgl())
    if source == "meantime-es":
        return list(_meantime())
    if source == "trn":
        return list(_trn())
    raise KeyError(source)


def full_text(key: str) -> str:
    """The whole text of a document, before any manifest limit."""
    src = key.split(":", 1)[0]
    if key == TDA_KEY:
        return html_to_text(_tda()["body"])
    if src == "wh":
        return _wh()[key]["text_markdown"]
    if src == "doj":
        return html_to_text(_doj()[key]["body"])
    if src == "lgl":
        return _lgl()[key]["text"]
    if src == "meantime-es":
        return _meantime()[key]["text"]
    if src == "trn":
        return _trn()[key]["text"]
    raise KeyError(key)


_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")     # a line holding only (no-break) spaces


def cut(t: str, limit: int | None) -> str:
    """The first `limit` characters, cut back to the last paragraph break (a
    blank line, spaces allowed on it) at or before the limit, or to the last
    line break if the paragraph break would lose more than half; trailing
    whitespace dropped."""
    if not limit or len(t) <= limit:
        return t
    head = t[:limit]
    blanks = [m.start() for m in _BLANK_LINE.finditer(head)]
    if blanks and blanks[-1] >= limit // 2:
        return head[:blanks[-1]].rstrip()
    i = head.rfind("\n")
    if i >= limit // 2:
        return head[:i].rstrip()
    return head.rstrip()


@functools.lru_cache(maxsize=1)
def manifest() -> dict:
    if not MANIFEST.exists():
        return {"documents": []}
    return json.loads(MANIFEST.read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=1)
def _entries() -> dict:
    return {e["key"]: e for e in manifest()["documents"]}


def _entry(key: str) -> dict:
    return _entries().get(key, {})


def keys() -> list[str]:
    """The manifest's keys, in manifest order."""
    return [e["key"] for e in manifest()["documents"]]


def text(key: str) -> str:
    """The text annotators annotate: full_text cut at the manifest's limit."""
    return cut(full_text(key), _entry(key).get("limit"))


def meta(key: str) -> dict:
    src = key.split(":", 1)[0]
    m: dict = {"key": key, "source": src}
    if key == TDA_KEY:
        r = _tda()
        m.update(title=r["title"], date=r["date"], url=TDA_URL, outlet="U.S. Department of Justice",
                 genre="press release", section="opa", language="en",
                 press_release_number=r["number"])
    elif src == "wh":
        r = _wh()[key]
        m.update(title=_one_line(r["title"]), date=r["date"], published_time=r.get("published_time"),
                 url=r["source_url"], outlet="The White House", genre=wh_genre(r),
                 section=r["section"], language="en")
    elif src == "doj":
        r = _doj()[key]
        day = _dt.datetime.fromtimestamp(int(r["date"]), _dt.timezone.utc).date().isoformat()
        comp = r["url"].split("justice.gov/")[-1].split("/")[0]
        m.update(title=_one_line(r["title"]), date=day, url=r["url"], outlet="U.S. Department of Justice",
                 genre="press release", section=comp, language="en")
    elif src == "lgl":
        r = _lgl()[key]
        m.update(title=_one_line(r["title"]), date=r["dltime"][:10], date_basis="crawl time (LGL dltime)",
                 url=r["url"], outlet=r["domain"], genre="local news", section=None, language="en")
    elif src == "meantime-es":
        r = _meantime()[key]
        m.update(title=r["title"], date=r["dct"], date_basis="document creation time (MEANTIME DCT)",
                 url=None, outlet="Wikinews (Spanish translation, MEANTIME corpus)", genre="news",
                 section=None, language="es")
    elif src == "trn":
        r = _trn()[key]
        m.update(title=_one_line(r["title"]), date=_trn_day(r["dltime"]), date_basis="publication time as the page gave it (TR-News dltime)",
                 url=r["url"], outlet=r["domain"], genre="news", section=None, language="en")
    else:
        raise KeyError(key)
    e = _entry(key)
    if e:
        m["split"] = e.get("split")
        m["limit"] = e.get("limit")
    return m


def wh_genre(r: dict) -> str:
    """Genre of a White House record, from its section and title."""
    title = r["title"].strip().lower()
    sec = r["section"]
    if title.startswith("fact sheet") or sec == "fact-sheets":
        return "fact sheet"
    if re.match(r"(press briefing|press gaggle|background press|on-the-record press|background press gaggle)", title):
        return "press briefing"
    if sec in ("press-briefings",):
        return "press briefing"
    if sec in ("speeches-remarks", "remarks") or title.startswith("remarks"):
        return "remarks"
    if sec == "articles":
        return "article"
    if sec == "presidential-actions":
        return "presidential action"
    return "statement"          # statements-releases, releases, briefings-statements, legislation


# ------------------------------------------------------------------ matching

_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "`": "'"})
# Markdown that annotators may leave out of a span: a link's "](url)",
# square brackets, emphasis asterisks, backslash escapes, soft hyphens.
_MARKUP = re.compile(r"\]\([^)\s]*\)|[][]|\*+|\\(?=[][*_()#.!>+-])|\xad")


def _norm_with_map(t: str) -> tuple[str, list[int]]:
    """t without Markdown markup, with every whitespace run as one space and
    curly quotes straight, plus the index in t of each character kept."""
    out, idx = [], []
    pos = 0
    pieces = []
    for m in _MARKUP.finditer(t):
        pieces.append((pos, m.start()))
        pos = m.end()
    pieces.append((pos, len(t)))
    prev_space = False
    for a, b in pieces:
        for i in range(a, b):
            ch = t[i]
            if ch.isspace() or ch == "\u200b":
                if not prev_space:
                    out.append(" ")
                    idx.append(i)
                prev_space = True
                continue
            prev_space = False
            out.append(ch.translate(_QUOTES))
            idx.append(i)
    return "".join(out), idx


def locate(t: str, span: str, start: int = 0) -> tuple[int, int] | None:
    """(start, end) in t of the first occurrence of span at or after start;
    whitespace runs are equivalent, curly and straight quotes too, and
    Markdown markup is ignored on both sides; None if absent."""
    if not span or not span.strip():
        return None
    nt, idx = _norm_with_map(t)
    ns, _ = _norm_with_map(span.strip())
    # position in nt corresponding to start
    j0 = next((k for k, i in enumerate(idx) if i >= start), len(idx))
    j = nt.find(ns, j0)
    if j < 0:
        return None
    return idx[j], idx[j + len(ns) - 1] + 1


# ----------------------------------------------------------------------- CLI

def write_files(keys: list[str], target: Path) -> dict[str, str]:
    """Each document as a text file with the metadata header tocsin's ingest reads (title, outlet, date, URL),
    as a user would hand it over; file name -> key."""
    names = {}
    for key in keys:
        info = meta(key)
        header = "".join(f"{field}: {value}\n" for field, value in (("title", info.get("title") or key), ("outlet", info.get("outlet")),
                                                                    ("published", info.get("date")), ("url", info.get("url"))) if value)
        name = safe_key(key) + ".txt"
        (target / name).write_text(header + "\n" + text(key), encoding="utf-8")
        names[name] = key
    return names


def dump(outdir: str) -> int:
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    index = []
    for k in keys():
        (out / (safe_key(k) + ".txt")).write_text(text(k), encoding="utf-8")
        index.append(meta(k))
    (out / "_index.json").write_text(json.dumps(index, ensure_ascii=False, indent=1), encoding="utf-8")
    return len(index)


def main(argv: list[str]) -> int:
    if len(argv) >= 2 and argv[0] == "dump":
        n = dump(argv[1])
        print(f"{n} texts written to {argv[1]}")
        return 0
    if len(argv) >= 2 and argv[0] == "check":
        files = []
        for f in argv[1:]:
            files.extend(sorted(Path(f).rglob("*.json")) if Path(f).is_dir() else [Path(f)])
        from checkann import check

        bad = [p for f in files for p in check(str(f))]
        print("\n".join(bad) if bad else f"{len(files)} file(s): every span found, every label known")
        return 1 if bad else 0
    if len(argv) == 2 and argv[0] == "show":
        sys.stdout.write(text(argv[1]) + "\n")
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
