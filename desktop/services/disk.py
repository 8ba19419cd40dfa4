"""Files the user saves (PDFs, spreadsheets, copies of attachments): complete or not there at all."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def write_file(path: Path, data: bytes, *, replace: bool = True) -> None:
    """Write ``data`` so that ``path`` is either absent or complete: a temporary name, then a rename.

    With ``replace=False`` a file that appeared at ``path`` meanwhile is left as it is
    (FileExistsError) and nothing is written."""
    partial = path.with_name(f".{path.name}.partial")
    try:
        with open(partial, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if not replace and path.exists():
            raise FileExistsError(f"{path} appeared while it was being written")
        os.replace(partial, path)
    finally:
        with contextlib.suppress(OSError):  # a drive pulled out: nothing more can be removed
            partial.unlink(missing_ok=True)
    sync_folder(path.parent)


def sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable across a power cut, where the OS allows syncing a
    folder (not on Windows)."""
    if os.name == "posix":
        with contextlib.suppress(OSError):
            descriptor = os.open(folder, os.O_RDONLY)
            try:
                os.fsync(descriptor)
            finally:
                os.close(descriptor)


def write_copy(folder: Path, record_id: int, file_name: str, data: bytes) -> Path:
    """Write a stored file into ``folder`` as "<record id>-<its own name>" (for the system viewer or
    a copy); the id keeps two records' files of the same name apart."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{record_id}-{Path(file_name).name}"
    write_file(target, data)
    return target
