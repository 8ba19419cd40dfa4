"""Files the user saves (PDFs, spreadsheets, copies of attachments): complete or not there at all."""

from __future__ import annotations

import os
from pathlib import Path


def write_file(path: Path, data: bytes) -> None:
    """Write ``data`` so that ``path`` is either absent or complete: a temporary name, then a rename."""
    partial = path.with_name(f".{path.name}.partial")
    try:
        with open(partial, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)


def write_copy(folder: Path, record_id: int, file_name: str, data: bytes) -> Path:
    """Write a stored file into ``folder`` as "<record id>-<its own name>" (for the system viewer or
    a copy); the id keeps two records' files of the same name apart."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{record_id}-{Path(file_name).name}"
    write_file(target, data)
    return target
