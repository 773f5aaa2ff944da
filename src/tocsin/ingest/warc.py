"""Web archives: WARC and ARC files, gzipped or not (warcio).

Each HTTP response with status 200 and an HTML content type becomes one
article (its text through trafilatura, its URL from ``WARC-Target-URI``);
every other record — requests, metadata, warcinfo, redirects, images,
scripts — is passed over and counted (``Skipped``). Records are streamed
and each is read up to the size limit, decompressed, so a large archive
keeps memory flat and a compressed bomb stops at the limit.
"""

from __future__ import annotations

import zlib
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from ..errors import InputError
from ..models import Skipped
from .html import draft_from_html
from .sources import Draft, decode

SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
HEADER_SLACK = 65_536  # a record's HTTP headers and chunk framing, beyond its body


class WarcSource:
    name = "warc"

    def can_read(self, path: Path) -> bool:
        return path.name.lower().endswith(SUFFIXES)

    def read(self, path: Path, max_bytes: int) -> Iterator[Draft | InputError | Skipped]:
        yield from self.read_range(path, max_bytes)

    def read_range(self, path: Path, max_bytes: int, start: int = 0, end: int | None = None) -> Iterator[Draft | InputError | Skipped]:
        """The records that begin at or after byte ``start`` and before ``end``: one slice of a big archive,
        for a distributed reader (``record_offsets`` says where records begin)."""
        from warcio.archiveiterator import ArchiveIterator

        with self._open(path) as f:
            f.seek(start)
            records = ArchiveIterator(f, arc2warc=True)
            for record in self._guarded(path, records):
                if end is not None and records.offset >= end:  # where this record begins (asking warcio's
                    break  # get_record_offset() would read the record to its end first)
                yield from self._record(path, record, max_bytes)
            else:
                left = path.stat().st_size - records.offset
                if left > 0:  # warcio ends quietly at a gzip member cut short: say so
                    yield InputError(str(path), f"the archive ends with {left:,} bytes that are not a whole record (cut short?);"
                                                " the records before them were read")

    def record_offsets(self, path: Path) -> list[int]:
        """Where each record of the archive begins (a gzipped archive's records are gzip members, so any
        of these is a place to start reading)."""
        from warcio.archiveiterator import ArchiveIterator

        with self._open(path) as f:
            records = ArchiveIterator(f, arc2warc=True)
            return [records.get_record_offset() for _ in self._guarded(path, records)]

    @staticmethod
    @contextmanager
    def _open(path: Path):
        from warcio.bufferedreaders import DecompressingBufferedReader

        try:
            with path.open("rb") as f:
                head = DecompressingBufferedReader(f).read(16)
                if not head.startswith((b"WARC/", b"filedesc://")):
                    raise InputError(str(path), "not a WARC or ARC file: it starts with neither WARC/ nor filedesc://")
                f.seek(0)
                yield f
        except OSError as e:
            raise InputError(str(path), f"cannot read the archive: {e}") from None

    @staticmethod
    def _guarded(path: Path, records) -> Iterator:
        from warcio.exceptions import ArchiveLoadFailed

        try:
            yield from records
        except (ArchiveLoadFailed, EOFError, ValueError, zlib.error) as e:
            raise InputError(str(path), f"not a readable WARC or ARC file: {e}") from None

    @staticmethod
    def _record(path: Path, record, max_bytes: int) -> Iterator[Draft | InputError | Skipped]:
        if record.rec_type != "response":
            yield Skipped(str(path), f"{record.rec_type} records")
            return
        headers = record.http_headers
        if headers is None:
            yield Skipped(str(path), "responses without HTTP headers")
            return
        status = headers.get_statuscode()
        if status != "200":
            yield Skipped(str(path), f"HTTP {status} responses")
            return
        if "html" not in (headers.get_header("Content-Type") or "").lower():
            yield Skipped(str(path), "non-HTML responses")
            return
        uri = record.rec_headers.get_header("WARC-Target-URI")
        source = f"{path}#{uri}"
        if (record.length or 0) > max_bytes + HEADER_SLACK:  # too big as stored: rejected without reading it into memory
            yield InputError(source, f"record is over the limit of {max_bytes:,} bytes ({record.length:,} bytes in the archive)")
            return
        data = record.content_stream().read(max_bytes + 1)
        if len(data) > max_bytes:
            yield InputError(source, f"record is over the limit of {max_bytes:,} bytes (decompressed)")
            return
        try:
            html, repaired = decode(data, source)
            if repaired:
                yield repaired
            yield draft_from_html(source, html, url=uri)
        except InputError as e:
            yield e


SOURCE = WarcSource()
