"""The persistence and service layers must never depend on Qt.

They are used by the command line, by background jobs and by tests that run without a display; a
Qt import there would also drag the GUI libraries into every one of them.
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# Directories (relative to the project root) and the package name each one is imported as.
GUARDED = {"db": "db", "desktop/services": "desktop.services", "desktop/documents": "desktop.documents"}
FORBIDDEN = frozenset({"PySide6", "PySide2", "PyQt5", "PyQt6", "shiboken6", "shiboken2", "sip", "qtpy", "Qt"})


def _guarded_dirs() -> list[Path]:
    return [ROOT / rel for rel in GUARDED if (ROOT / rel).is_dir()]


def _guarded_packages() -> list[str]:
    return [package for rel, package in GUARDED.items() if (ROOT / rel).is_dir()]


def _is_forbidden(module: str | None) -> bool:
    return bool(module) and module.split(".")[0] in FORBIDDEN  # type: ignore[union-attr]


def qt_imports(source: str, filename: str = "<source>") -> list[str]:
    """The Qt modules ``source`` imports: import statements (also nested in functions or
    ``if TYPE_CHECKING`` blocks) and literal ``importlib.import_module`` / ``__import__`` calls."""
    found: list[str] = []
    for node in ast.walk(ast.parse(source, filename)):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names if _is_forbidden(alias.name)]
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0 and _is_forbidden(node.module):
                found.append(node.module or "")
        elif isinstance(node, ast.Call) and node.args:
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
            first = node.args[0]
            if (
                name in ("import_module", "__import__")
                and isinstance(first, ast.Constant)
                and isinstance(first.value, str)
                and _is_forbidden(first.value)
            ):
                found.append(first.value)
    return found


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("import PySide6", ["PySide6"]),
        ("from PySide6.QtCore import QObject", ["PySide6.QtCore"]),
        ("import os, PyQt6.QtWidgets as w", ["PyQt6.QtWidgets"]),
        ("import shiboken6", ["shiboken6"]),
        ("def f():\n    from PySide6 import QtGui\n", ["PySide6"]),
        (
            "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from PySide6.QtCore import Signal\n",
            ["PySide6.QtCore"],
        ),
        ("import importlib\nimportlib.import_module('PySide6.QtWidgets')", ["PySide6.QtWidgets"]),
        ("__import__('PyQt5')", ["PyQt5"]),
        ("import sqlalchemy\nfrom . import PySide6_helpers\nfrom .qt import x\nPySide6 = 1", []),
        ("import PySide6_like_name", []),
    ],
)
def test_the_static_check_recognises_qt_imports(source: str, expected: list[str]) -> None:
    assert qt_imports(source) == expected


def test_guarded_packages_exist() -> None:
    # Guards against a moved folder silently turning both checks below into no-ops.
    assert {"db", "desktop.services"} <= set(_guarded_packages())
    assert len(list((ROOT / "desktop" / "services").glob("*.py"))) > 10


def test_no_module_of_the_lower_layers_imports_qt_statically() -> None:
    offenders: dict[str, list[str]] = {}
    files = [path for directory in _guarded_dirs() for path in sorted(directory.rglob("*.py"))]
    assert files
    for path in files:
        if ".venv" in path.parts:
            continue
        found = qt_imports(path.read_text(encoding="utf-8"), str(path))
        if found:
            offenders[str(path.relative_to(ROOT))] = found
    assert offenders == {}, f"Qt imported below the UI layer: {offenders}"


# Run in a fresh interpreter: argv[1] is the JSON list of forbidden names, the rest are packages.
IMPORT_EVERYTHING = textwrap.dedent(
    """
    import importlib, json, pkgutil, sys

    def fail(failed_name):
        raise ImportError(f"cannot import {failed_name}")

    forbidden = set(json.loads(sys.argv[1]))
    imported = []
    for name in sys.argv[2:]:
        package = importlib.import_module(name)
        imported.append(name)
        for info in pkgutil.walk_packages(package.__path__, name + ".", onerror=fail):
            importlib.import_module(info.name)
            imported.append(info.name)
    loaded = sorted(m for m in sys.modules if m.split(".")[0] in forbidden)
    print(json.dumps({"imported": imported, "qt": loaded}))
    """
)


def _run(prelude: str, packages: list[str]) -> dict[str, list[str]]:
    result = subprocess.run(
        [sys.executable, "-c", prelude + IMPORT_EVERYTHING, json.dumps(sorted(FORBIDDEN)), *packages],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_importing_every_module_of_the_lower_layers_loads_no_qt() -> None:
    report = _run("", _guarded_packages())
    assert "desktop.services.schools" in report["imported"]
    assert "db.models.geography" in report["imported"]
    assert "PySide6" not in report["qt"]
    assert report["qt"] == [], f"Qt loaded by importing {_guarded_packages()}: {report['qt']}"


def test_the_dynamic_check_would_notice_qt() -> None:
    """The subprocess check really sees a Qt import (so its empty answer above means something)."""
    assert "PySide6" in _run("import PySide6.QtCore\n", ["db"])["qt"]
