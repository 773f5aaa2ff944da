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
from pathlib import Path
from typing import Iterator

from ..errors import InputError
from ..models import Skipped
from .html import draft_from_html
from .sources import Draft, decode

SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")


class WarcSource:
    name = "warc"

    def can_read(self, path: Path) -> bool:
        return path.name.lower().endswith(SUFFIXES)

    def read(self, path: Path, max_bytes: int) -> Iterator[Draft | InputError | Skipped]:
        from warcio.archiveiterator import ArchiveIterator
        from warcio.bufferedreaders import DecompressingBufferedReader
        from warcio.exceptions import ArchiveLoadFailed

        try:
            with path.open("rb") as f:
                head = DecompressingBufferedReader(f).read(16)
                if not head.startswith((b"WARC/", b"filedesc://")):
                    raise InputError(str(path), "not a WARC or ARC file: it starts with neither WARC/ nor filedesc://")
                f.seek(0)
                for record in ArchiveIterator(f, arc2warc=True):
                    yield from self._record(path, record, max_bytes)
        except (ArchiveLoadFailed, EOFError, ValueError, zlib.error) as e:
            raise InputError(str(path), f"not a readable WARC or ARC file: {e}") from None
        except OSError as e:
            raise InputError(str(path), f"cannot read the archive: {e}") from None

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
        data = record.content_stream().read(max_bytes + 1)
        if len(data) > max_bytes:
            yield InputError(source, f"record is over the limit of {max_bytes:,} bytes (decompressed)")
            return
        try:
            yield draft_from_html(source, decode(data, source), url=uri)
        except InputError as e:
            yield e


SOURCE = WarcSource()
