"""Bundled files are found from the source tree (and, frozen, from the bundle)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from desktop.resources import resource_path, resources_dir


def test_icon_is_found_in_the_source_tree() -> None:
    icon = resource_path("icons", "app.svg")
    assert icon.is_file() and icon.read_text(encoding="utf-8").startswith("<svg")


def test_frozen_app_looks_inside_its_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "resources" / "icons").mkdir(parents=True)
    (tmp_path / "resources" / "icons" / "app.svg").write_text("<svg/>", encoding="utf-8")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources_dir() == tmp_path / "resources"
    assert resource_path("icons", "app.svg") == tmp_path / "resources" / "icons" / "app.svg"


def test_a_missing_file_is_named_in_the_error() -> None:
    with pytest.raises(FileNotFoundError, match=r"nothing-here\.txt"):
        resource_path("nothing-here.txt")


def test_window_icon_is_set(qapp, isolated_settings) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.app import make_application

    app = make_application()
    assert not app.windowIcon().isNull()
