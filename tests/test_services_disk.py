"""Saving a file: complete or not there at all, and never over a file that must stay."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.services.disk import write_file


def test_a_file_is_written_whole_and_no_partial_is_left(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    write_file(target, b"%PDF-1.4 first")
    write_file(target, b"%PDF-1.4 second")  # replacing is the default
    assert target.read_bytes() == b"%PDF-1.4 second"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]


def test_without_replace_a_file_already_there_stays_as_it_was(tmp_path: Path) -> None:
    target = tmp_path / "Return template.xlsx"
    target.write_bytes(b"given to the partner last month")
    with pytest.raises(FileExistsError):
        write_file(target, b"a new template", replace=False)
    assert target.read_bytes() == b"given to the partner last month"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Return template.xlsx"]
    write_file(tmp_path / "new.xlsx", b"a new template", replace=False)
    assert (tmp_path / "new.xlsx").read_bytes() == b"a new template"


def test_a_failed_write_leaves_nothing(tmp_path: Path) -> None:
    missing = tmp_path / "drive pulled out" / "report.pdf"
    with pytest.raises(OSError):
        write_file(missing, b"data")
    assert not missing.parent.exists()
    assert list(tmp_path.iterdir()) == []
