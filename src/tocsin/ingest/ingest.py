"""The ingest stage: paths in, Documents and Rejections out.

``ingest(paths, config)`` walks files and folders, hands each file to the
source that reads its format, cleans the text, detects the language and
gives each document its id. Bad inputs become Rejections with a reason; the
walk goes on. Knowing what is already stored (exact and near-duplicates) is
the runner's job, which holds the store.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Iterable, Iterator
from urllib.parse import urlsplit

from ..config import Config
from ..errors import InputError
from ..models import Document, Rejection, Skipped
from .clean import clean
from .dated import stated_date
from .dedup import document_id
from .language import detect_language
from .sources import Draft, source_for

MIN_WORDS = 25


def walk(paths: Iterable[str | os.PathLike]) -> Iterator[Path | Rejection]:
    """Files under the paths, in a stable order; hidden files and folders skipped."""
    for raw in paths:
        path = Path(raw)
        if path.is_file():
            yield path
        elif path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith("."):
                        yield Path(root) / name
        else:
            yield Rejection(str(path), "no such file or folder")


def normalize_published(value: str | None) -> str | None:
    """An ISO date (YYYY-MM-DD) from what the source gave, or None."""
    if not value or not value.strip():
        return None
    value = value.strip()
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    import dateparser  # slow to import; only for dates not in ISO form

    parsed = dateparser.parse(value, languages=["en", "es"], settings={"PREFER_DAY_OF_MONTH": "first"})
    return parsed.date().isoformat() if parsed else None


def _guess_title(text: str) -> str | None:
    first = text.split("\n", 1)[0].strip()
    if first and len(first.split()) <= 20 and not first.endswith((".", ":", ",")):
        return first
    return None


def to_document(draft: Draft) -> Document:
    """Clean a draft into a Document, or raise InputError saying why not."""
    text, dropped = clean(draft.text)
    words = len(text.split())
    if words < MIN_WORDS:
        raise InputError(draft.source, f"too short to be an article ({words} words after cleaning)")
    hint = (draft.language or "").lower()
    outlet = draft.outlet or (urlsplit(draft.url).hostname if draft.url else None)
    return Document(
        id=document_id(text),
        text=text,
        source=draft.source,
        title=draft.title or _guess_title(text),
        url=draft.url,
        outlet=outlet,
        authors=draft.authors,
        published_at=normalize_published(draft.published) or stated_date(text),
        language=hint if len(hint) == 2 else detect_language(text),
        format=draft.format,
        boilerplate_removed=dropped,
    )


def read_path(path: Path, config: Config) -> Iterator[Document | Rejection | Skipped]:
    """Documents from one file, Rejections saying why a file or part failed, Skipped for parts that are no articles."""
    source = source_for(path)
    if source is None:
        yield Rejection(str(path), f"no reader for {path.suffix or 'extension-less'} files")
        return
    yield from guarded(str(path), source.name, documents_from(source.read(path, config.max_bytes)))


def guarded(source: str, reader: str, items: Iterable) -> Iterator[Document | Rejection | Skipped]:
    """The items read from one input (a file, a URL), and a Rejection naming it if reading ends in an error:
    whatever a reader fails with on one hostile input is that input's rejection, not the batch's end."""
    try:
        yield from items
    except OSError as e:
        yield Rejection(source, f"cannot read it: {e.strerror or e}")
    except (RecursionError, MemoryError) as e:
        yield Rejection(source, f"too deeply nested or too large to parse ({type(e).__name__})")
    except Exception as e:  # noqa: BLE001 - a parser's bug on one hostile input is that input's rejection
        yield Rejection(source, f"the {reader} reader failed on it: {type(e).__name__}: {str(e)[:200]}")


def documents_from(drafts: Iterable) -> Iterator[Document | Rejection | Skipped]:
    """Documents from a source's drafts; its InputErrors, yielded or raised, become Rejections."""
    try:
        for item in drafts:
            if isinstance(item, InputError):
                yield Rejection(item.source, item.reason)
            elif isinstance(item, Skipped):
                yield item
            else:
                try:
                    yield to_document(item)
                except InputError as e:
                    yield Rejection(e.source, e.reason)
    except InputError as e:
        yield Rejection(e.source, e.reason)


def ingest(paths: Iterable[str | os.PathLike], config: Config) -> Iterator[Document | Rejection]:
    """Documents from every readable article under ``paths``; a Rejection for the rest."""
    for item in walk(paths):
        if isinstance(item, Rejection):
            yield item
        else:
            yield from read_path(item, config)
