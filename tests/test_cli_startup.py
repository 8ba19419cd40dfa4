"""The command line builds its parser without the data layer: the window of `district-desk`
shows before SQLAlchemy and the models are imported (they are imported in the background)."""

from __future__ import annotations

import subprocess
import sys


def test_building_the_parser_imports_no_database_code() -> None:
    probe = (
        "import sys; from desktop.cli import build_parser; build_parser(); "
        "print(sorted(m for m in ('sqlalchemy', 'db.models', 'pandas', 'PySide6') if m in sys.modules))"
    )
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert loaded.stdout.strip() == "[]"
