"""A budget for zipped office files (.docx, .xlsx) before any parser opens them.

A 300 KB .docx can inflate to hundreds of megabytes; python-docx and openpyxl would read it
all into memory. The sizes the archive declares are checked first (cheap), then the bytes
it really inflates to, streamed with a running total, so a lying header is caught too.
"""

from __future__ import annotations

import io
import zipfile

MAX_UNPACKED = 20 * 1024 * 1024
MAX_MEMBERS = 2_000
_CHUNK = 64 * 1024


class TooLarge(ValueError):
    """The archive inflates beyond the budget; refused before parsing."""


def check_zip(data: bytes, limit: int = MAX_UNPACKED) -> None:
    """Raise :class:`TooLarge` when ``data`` unpacks to more than ``limit`` bytes, and
    ``ValueError`` when it is a broken archive. Bytes that are no zip at all pass: the
    parser that follows says what they are not."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        return
    with archive:
        members = archive.infolist()
        if len(members) > MAX_MEMBERS or sum(m.file_size for m in members) > limit:
            raise TooLarge(f"declares more than {limit} bytes")
        total = 0
        try:
            for member in members:
                with archive.open(member) as stream:
                    while chunk := stream.read(_CHUNK):
                        total += len(chunk)
                        if total > limit:
                            raise TooLarge(f"inflates to more than {limit} bytes")
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError) as exc:
            raise ValueError(f"broken archive: {exc}") from None
        except NotImplementedError as exc:  # an unsupported compression method
            raise ValueError(f"unsupported archive: {exc}") from None
