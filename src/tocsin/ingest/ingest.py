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
from ..models import Document, Rejection, Repaired, Skipped
from .clean import clean
from .dated import stated_date
from .dedup import document_id
from .language import detect_language
from .sources import Draft, source_for

MIN_WORDS = 25


OUTSIDE_LINK = "a link to outside the folder; --follow-links to read it"


def walk(paths: Iterable[str | os.PathLike], follow_links: bool = False) -> Iterator[Path | Rejection]:
    """Files under the paths, in a stable order; hidden files and folders skipped. A path named is read as
    named; under a folder, a link (to a file or a folder) that leads outside it is a Rejection unless
    ``follow_links``: a folder of articles holding a link to /etc/passwd must not store it."""
    for raw in paths:
        path = Path(raw)
        if path.is_file():
            yield path
        elif path.is_dir():
            yield from _walk_folder(path, follow_links)
        else:
            yield Rejection(str(path), "no such file or folder")


def _walk_folder(folder: Path, follow_links: bool) -> Iterator[Path | Rejection]:
    """The files under one folder, following the links that stay inside it (all of them if ``follow_links``).
    A folder reached a second time, through a link back up or a loop, is not walked again."""
    root, walked = folder.resolve(), set()
    for here, dirs, files in os.walk(folder, followlinks=True):
        real = Path(here).resolve()
        if real in walked:
            dirs[:] = []
            continue
        walked.add(real)
        kept = []
        for name in sorted(d for d in dirs if not d.startswith(".")):
            refused = _refused_link(Path(here) / name, root, follow_links)
            if refused is None:
                kept.append(name)
            else:
                yield refused
        dirs[:] = kept
        for name in sorted(f for f in files if not f.startswith(".")):
            yield _refused_link(Path(here) / name, root, follow_links) or Path(here) / name


def _refused_link(path: Path, root: Path, follow_links: bool) -> Rejection | None:
    """A Rejection for a link under ``root`` that leads outside it (unless links are followed) or nowhere."""
    if not path.is_symlink():
        return None
    try:
        target = path.resolve()
    except (OSError, RuntimeError):  # RuntimeError: Python before 3.13 on a loop of links
        return Rejection(str(path), "a link that leads round in a loop")
    if follow_links or target == root or root in target.parents:
        return None
    return Rejection(str(path), OUTSIDE_LINK)


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


def read_path(path: Path, config: Config) -> Iterator[Document | Rejection | Skipped | Repaired]:
    """Documents from one file, Rejections saying why a file or part failed, Skipped for parts that are no articles,
    Repaired for a file or part read after mending it."""
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


def documents_from(drafts: Iterable) -> Iterator[Document | Rejection | Skipped | Repaired]:
    """Documents from a source's drafts; its InputErrors, yielded or raised, become Rejections; its notes
    (Skipped, Repaired) pass on to the report."""
    try:
        for item in drafts:
            if isinstance(item, InputError):
                yield Rejection(item.source, item.reason)
            elif isinstance(item, (Skipped, Repaired)):
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
    for item in walk(paths, config.follow_links):
        if isinstance(item, Rejection):
            yield item
        else:
            yield from read_path(item, config)
