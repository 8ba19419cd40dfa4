"""The bundled Noto fonts, and which of them each piece of text is set in.

Kannada and Devanagari need their own fonts, and those fonts have no Latin letters; a line such as
"ಸುತ್ತೋಲೆ No. DDPI/BGK/2026-27/0042" must switch fonts part-way. :func:`script_runs` splits text
into runs that one font can set: letters decide the script, and digits, spaces and punctuation
stay with the run they are in when its font has them.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop.resources import resources_dir
from desktop.services.errors import DomainError
from desktop.services.i18n import translate

LATIN, KANNADA, DEVANAGARI = "latin", "kannada", "devanagari"
SCRIPTS = (LATIN, KANNADA, DEVANAGARI)
# Not a script: the fixed-pitch face for what is compared character by character (hashes, keys,
# commands), Latin only. It is never chosen by script_runs.
MONO = "mono"
# (regular, bold, italic, bold italic); Kannada and Devanagari have no italics and print upright.
_FILES = {
    LATIN: ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf", "NotoSans-BoldItalic.ttf"),
    KANNADA: ("NotoSansKannada-Regular.ttf", "NotoSansKannada-Bold.ttf", None, None),
    DEVANAGARI: ("NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf", None, None),
    MONO: ("NotoSansMono-Regular.ttf", "NotoSansMono-Bold.ttf", None, None),
}
# Where a character the run's own font lacks is set: Latin first, then Devanagari (the danda's block).
_FALLBACK = (LATIN, DEVANAGARI, KANNADA)
_BLOCKS = {
    KANNADA: ((0x0C80, 0x0CFF),),
    DEVANAGARI: ((0x0900, 0x097F), (0xA8E0, 0xA8FF), (0x1CD0, 0x1CFF)),
}


class FontMissingError(DomainError):
    def __init__(self, path: Path) -> None:
        message = translate(
            "Documents",
            "The font file {file} is missing from {folder}, so documents cannot be printed. Reinstall "
            "District Collective Desk to restore it.",
        )
        super().__init__(message.format(file=path.name, folder=path.parent))
        self.path = path


@dataclass(frozen=True)
class Run:
    text: str
    script: str

    def font(self, bold: bool = False, italic: bool = False) -> str:
        return font_name(self.script, bold, italic)


def font_name(script: str, bold: bool = False, italic: bool = False) -> str:
    """The registered ReportLab name of the font for ``script`` (or :data:`MONO`) in that style."""
    italic = italic and _FILES[script][2] is not None
    return f"Desk-{script}{'-bold' if bold else ''}{'-italic' if italic else ''}"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


@cache
def register_fonts(folder: Path | None = None) -> None:
    """Register the bundled fonts with ReportLab (once); raises :class:`FontMissingError` naming
    the first missing file."""
    from desktop.documents import shaping

    shaping.install()
    folder = folder or fonts_dir()
    styles = ((False, False), (True, False), (False, True), (True, True))
    for script, files in _FILES.items():
        for file_name, (bold, italic) in zip(files, styles, strict=True):
            if file_name is None:
                continue
            path = folder / file_name
            if not path.is_file():
                register_fonts.cache_clear()
                raise FontMissingError(path)
            pdfmetrics.registerFont(TTFont(font_name(script, bold, italic), str(path)))
        pdfmetrics.registerFontFamily(
            font_name(script),
            normal=font_name(script),
            bold=font_name(script, True),
            italic=font_name(script, False, True),
            boldItalic=font_name(script, True, True),
        )


@cache
def _coverage(script: str) -> frozenset[int]:
    register_fonts()
    return frozenset(pdfmetrics.getFont(font_name(script)).face.charToGlyph)


def letter_script(char: str) -> str | None:
    """The script a character belongs to, or None for digits, spaces and punctuation."""
    code = ord(char)
    for script, blocks in _BLOCKS.items():
        if any(low <= code <= high for low, high in blocks):
            # Danda and double danda are shared punctuation, not letters of one script.
            return None if code in (0x0964, 0x0965) else script
    return LATIN if unicodedata.category(char)[0] in "LM" else None


def _word_script(text: str, scripts: list[str | None], position: int) -> str | None:
    """The script of the nearest letter in the same word, looking left first."""
    for step in (-1, 1):
        other = position + step
        while 0 <= other < len(text) and not text[other].isspace():
            if scripts[other] is not None:
                return scripts[other]
            other += step
    return None


def script_runs(text: str) -> list[Run]:
    """Split ``text`` into runs each set in one font.

    Letters decide their run. Punctuation and digits go with the letters of their own word: ReportLab
    shapes a word with the font it starts in, so "(BEO)" must not start in a Kannada font. Spaces, and
    words without letters (dates, numbers), go with the run before them. A character the chosen font
    cannot draw is set in the first font that has it, Latin first.
    """
    letters = [letter_script(char) for char in text]
    scripts = [
        letters[i] or (None if char.isspace() else _word_script(text, letters, i))
        for i, char in enumerate(text)
    ]
    previous: str | None = None
    for position, script in enumerate(scripts):
        scripts[position] = previous = script or previous
    following: str | None = None
    for position in range(len(scripts) - 1, -1, -1):
        scripts[position] = following = scripts[position] or following
    runs: list[Run] = []
    for char, script in zip(text, scripts, strict=True):
        script = script or LATIN
        if ord(char) not in _coverage(script):
            # "$" in a Kannada word goes to Latin; a danda after a Latin word to an Indic font.
            script = next((other for other in _FALLBACK if ord(char) in _coverage(other)), LATIN)
        if runs and runs[-1].script == script:
            runs[-1] = Run(runs[-1].text + char, script)
        else:
            runs.append(Run(char, script))
    return runs


def has_glyphs(text: str, script: str) -> bool:
    """Whether the font for ``script`` (or :data:`MONO`) can draw every character of ``text``."""
    return all(ord(char) in _coverage(script) for char in text)


def has_script(text: str, script: str) -> bool:
    return any(letter_script(char) == script for char in text)
