"""The interface's fonts: the bundled Noto fonts the documents print with, for the screens too.

A Windows PC often lacks Kannada and Devanagari fonts, and a bare Linux has none at all (boxes for
every letter, Latin included). The app loads its own Noto fonts into Qt at start-up and asks for
them first: Latin from Noto Sans, Kannada and Devanagari from their Noto fonts, which Qt picks
character by character from the family list (``QFont.setFamilies``). The platform's point size is
kept, so the interface is as large as the user's other programs.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from desktop.resources import FONT_FILES, resources_dir

log = logging.getLogger(__name__)

INTERFACE_FAMILIES = ("Noto Sans", "Noto Sans Kannada", "Noto Sans Devanagari")
MONO_FAMILY = "Noto Sans Mono"  # fingerprints and passphrases, compared character by character

_loaded: list[str] = []


def load_interface_fonts() -> list[str]:
    """Add the bundled fonts to Qt's font database (once); returns the families they brought.
    A missing or unreadable file is logged and skipped: Qt then uses what the system has."""
    if _loaded:
        return list(_loaded)
    folder = resources_dir() / "fonts"
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(folder / name))
        if font_id < 0:
            log.warning("Could not load the font %s; the system's fonts are used instead.", folder / name)
            continue
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in _loaded:
                _loaded.append(family)
    return list(_loaded)


def interface_font(base: QFont) -> QFont:
    """``base`` (the platform's font, for its size) with our families first."""
    font = QFont(base)
    font.setFamilies([*INTERFACE_FAMILIES, *(f for f in base.families() if f not in INTERFACE_FAMILIES)])
    return font


def mono_font() -> QFont:
    """The system's fixed-width font (for its size) in Noto Sans Mono first: fingerprints, keys
    and passphrases, compared character by character."""
    font = QFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    font.setFamilies([MONO_FAMILY, *(f for f in font.families() if f != MONO_FAMILY)])
    font.setStyleHint(QFont.StyleHint.Monospace)
    return font


def apply_interface_fonts(app: QApplication) -> None:
    """Load the bundled fonts and make them the application's font."""
    load_interface_fonts()
    app.setFont(interface_font(app.font()))
