"""Which font each piece of text is set in, and loading the bundled fonts.

Kannada and Devanagari fonts have no Latin letters and the Latin font has no Indic ones, so
:func:`script_runs` must cut mixed lines into runs one font can draw, keeping the punctuation and
digits of a word in that word's font (ReportLab shapes a word with the font it starts in).
"""

from __future__ import annotations

import io
import itertools
import shutil
from collections.abc import Iterator
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from desktop.documents.circular import styles
from desktop.documents.fonts import (
    DEVANAGARI,
    KANNADA,
    LATIN,
    MONO,
    SCRIPTS,
    FontMissingError,
    Run,
    font_name,
    fonts_dir,
    has_glyphs,
    has_script,
    letter_script,
    register_fonts,
    script_runs,
)
from desktop.documents.markup import Span
from desktop.documents.text import draw_text, paragraph_markup
from desktop.resources import FONT_FILES
from desktop.services.errors import DomainError

ZWNJ, ZWJ = "\u200c", "\u200d"


def runs(text: str) -> list[tuple[str, str]]:
    return [(run.text, run.script) for run in script_runs(text)]


def coverage(script: str) -> set[int]:
    register_fonts()
    return set(pdfmetrics.getFont(font_name(script)).face.charToGlyph)


# --- script_runs -----------------------------------------------------------------------------


def test_plain_texts_are_one_run() -> None:
    assert runs("Hello world, 2026.") == [("Hello world, 2026.", LATIN)]
    assert runs("ಬಾಗಲಕೋಟೆ ಜಿಲ್ಲೆ") == [("ಬಾಗಲಕೋಟೆ ಜಿಲ್ಲೆ", KANNADA)]
    assert runs("बागलकोट जिला") == [("बागलकोट जिला", DEVANAGARI)]
    assert runs("") == []


def test_text_without_letters_is_latin() -> None:
    assert runs("15/12/2026") == [("15/12/2026", LATIN)]
    assert runs("  ") == [("  ", LATIN)]


def test_latin_word_in_brackets_inside_kannada_is_one_latin_run() -> None:
    assert runs("ಕ್ಷೇತ್ರ ಶಿಕ್ಷಣಾಧಿಕಾರಿಗಳು (BEO) ಬಾಗಲಕೋಟೆ") == [
        ("ಕ್ಷೇತ್ರ ಶಿಕ್ಷಣಾಧಿಕಾರಿಗಳು ", KANNADA),
        ("(BEO) ", LATIN),
        ("ಬಾಗಲಕೋಟೆ", KANNADA),
    ]


def test_kannada_word_in_brackets_inside_english_is_one_kannada_run() -> None:
    assert runs("Office (ಕಚೇರಿ) copy") == [("Office ", LATIN), ("(ಕಚೇರಿ) ", KANNADA), ("copy", LATIN)]


def test_dispatch_number_after_a_kannada_word_is_one_latin_run() -> None:
    assert runs("ಸುತ್ತೋಲೆ No. DDPI/BGK/2026-27/0042") == [
        ("ಸುತ್ತೋಲೆ ", KANNADA),
        ("No. DDPI/BGK/2026-27/0042", LATIN),
    ]


def test_dispatch_number_after_a_hindi_word_is_one_latin_run() -> None:
    assert runs("क्रमांक: DDPI/BGK/2026-27/0042") == [
        ("क्रमांक: ", DEVANAGARI),
        ("DDPI/BGK/2026-27/0042", LATIN),
    ]


def test_date_between_kannada_words_stays_in_the_kannada_run() -> None:
    assert runs("ದಿನಾಂಕ 15/12/2026 ರಂದು ಸಭೆ") == [("ದಿನಾಂಕ 15/12/2026 ರಂದು ಸಭೆ", KANNADA)]


def test_date_between_hindi_words_stays_in_the_devanagari_run() -> None:
    assert runs("दिनांक 15/12/2026 को बैठक") == [("दिनांक 15/12/2026 को बैठक", DEVANAGARI)]


def test_number_at_the_start_goes_with_the_following_run() -> None:
    assert runs("2026 ಶಾಲೆಗಳು") == [("2026 ಶಾಲೆಗಳು", KANNADA)]


def test_punctuation_attached_to_a_word_goes_with_its_letters() -> None:
    assert runs("ಶಾಲೆ-BEO") == [("ಶಾಲೆ-", KANNADA), ("BEO", LATIN)]
    assert runs("DDPI/ಶಾಲೆ") == [("DDPI/", LATIN), ("ಶಾಲೆ", KANNADA)]
    assert runs("ಶಾಲೆ, ಕಚೇರಿ.") == [("ಶಾಲೆ, ಕಚೇರಿ.", KANNADA)]


@pytest.mark.parametrize("danda", ["।", "॥"])
def test_danda_is_neutral(danda: str) -> None:
    assert letter_script(danda) is None
    assert runs(f"सभी विद्यालय{danda}") == [(f"सभी विद्यालय{danda}", DEVANAGARI)]
    assert runs(f"ಶಾಲೆ{danda} ಕಚೇರಿ") == [(f"ಶಾಲೆ{danda} ಕಚೇರಿ", KANNADA)]


def test_danda_after_a_latin_word_is_set_in_a_font_that_has_it() -> None:
    """The Latin font has no danda: "UDISE।" at the end of a Hindi sentence must not print a box."""
    assert ord("।") not in coverage(LATIN)
    assert runs("जानकारी UDISE।") == [("जानकारी ", DEVANAGARI), ("UDISE", LATIN), ("।", DEVANAGARI)]


@pytest.mark.parametrize("joiner", [ZWNJ, ZWJ])
def test_joiners_stay_inside_their_indic_run(joiner: str) -> None:
    assert runs(f"ಕನ್{joiner}ನಡ") == [(f"ಕನ್{joiner}ನಡ", KANNADA)]
    assert runs(f"क्{joiner}ष") == [(f"क्{joiner}ष", DEVANAGARI)]
    assert runs(f"Office ಕನ್{joiner}ನಡ") == [("Office ", LATIN), (f"ಕನ್{joiner}ನಡ", KANNADA)]


@pytest.mark.parametrize("char", ["$", "&", "@"])
def test_characters_the_indic_font_lacks_go_to_latin(char: str) -> None:
    assert ord(char) not in coverage(KANNADA)
    assert ord(char) not in coverage(DEVANAGARI)
    assert runs(f"ಶಾಲೆ{char}") == [("ಶಾಲೆ", KANNADA), (char, LATIN)]
    assert runs(f"ಶಾಲೆ {char} ಕಚೇರಿ") == [("ಶಾಲೆ ", KANNADA), (char, LATIN), (" ಕಚೇರಿ", KANNADA)]
    assert runs(f"शाला {char} कार्यालय") == [("शाला ", DEVANAGARI), (char, LATIN), (" कार्यालय", DEVANAGARI)]


def test_run_font_is_the_font_of_its_script() -> None:
    kannada = Run("ಶಾಲೆ", KANNADA)
    assert kannada.font() == font_name(KANNADA)
    assert kannada.font(bold=True) == font_name(KANNADA, bold=True)
    assert kannada.font(italic=True) == font_name(KANNADA)
    assert Run("x", LATIN).font(True, True) == font_name(LATIN, True, True)


# Characters from every class script_runs treats differently.
_ALPHABET = [
    *"abcXYZ ಕಶಲಾೆ್ಂ कशलािे्ं 0159 ೧ ९ .,;:-/()'\"?!#%*+=$&@~|ॣ",
    *("।", "॥", ZWNJ, ZWJ, "\u00a0", "\t", "\ua8e0", "\u1cd0", "é", "\u0301", "ω"),
]


@settings(derandomize=True, database=None, max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(_ALPHABET), max_size=40))
def test_runs_cover_the_text_in_fonts_that_can_draw_it(text: str) -> None:
    result = script_runs(text)
    assert "".join(run.text for run in result) == text
    assert all(run.text for run in result)
    assert all(a.script != b.script for a, b in itertools.pairwise(result))
    fonts = {script: coverage(script) for script in SCRIPTS}
    for run in result:
        assert run.script in SCRIPTS
        for char in run.text:
            if any(ord(char) in fonts[script] for script in SCRIPTS):
                assert ord(char) in fonts[run.script], (char, run)
            script = letter_script(char)
            if script is not None and ord(char) in fonts[script]:
                assert run.script == script, (char, run)


# --- letter_script, has_script and font_name ----------------------------------------------------


@pytest.mark.parametrize(
    ("char", "script"),
    [
        ("a", LATIN),
        ("Z", LATIN),
        ("é", LATIN),
        ("ω", LATIN),
        ("ಕ", KANNADA),
        ("ಾ", KANNADA),  # vowel sign
        ("್", KANNADA),  # virama
        ("೧", KANNADA),  # Kannada digit one
        ("क", DEVANAGARI),
        ("्", DEVANAGARI),
        ("९", DEVANAGARI),
        ("\ua8e0", DEVANAGARI),  # Devanagari Extended
        ("\u1cd0", DEVANAGARI),  # Vedic Extensions
        ("1", None),
        (" ", None),
        ("-", None),
        ("/", None),
        ("(", None),
        ("।", None),
        ("॥", None),
        (ZWNJ, None),
        (ZWJ, None),
    ],
)
def test_letter_script(char: str, script: str | None) -> None:
    assert letter_script(char) == script


def test_has_script() -> None:
    assert has_script("No. 42 ಶಾಲೆ", KANNADA)
    assert not has_script("No. 42 ಶಾಲೆ", DEVANAGARI)
    assert has_script("No. 42", LATIN)
    assert not has_script("42 / 2026 ।", LATIN)


def test_font_names() -> None:
    assert font_name(LATIN) == "Desk-latin"
    assert font_name(LATIN, bold=True) == "Desk-latin-bold"
    assert font_name(LATIN, italic=True) == "Desk-latin-italic"
    assert font_name(LATIN, bold=True, italic=True) == "Desk-latin-bold-italic"
    assert len({font_name(LATIN, bold, italic) for bold in (False, True) for italic in (False, True)}) == 4


@pytest.mark.parametrize("script", [KANNADA, DEVANAGARI])
def test_indic_italic_falls_back_to_upright(script: str) -> None:
    assert font_name(script, italic=True) == font_name(script)
    assert font_name(script, bold=True, italic=True) == font_name(script, bold=True)
    assert font_name(script, bold=True) != font_name(script)


@pytest.mark.parametrize(
    ("script", "bold", "italic", "face"),
    [
        (LATIN, False, False, b"NotoSans-Regular"),
        (LATIN, True, False, b"NotoSans-Bold"),
        (LATIN, False, True, b"NotoSans-Italic"),
        (LATIN, True, True, b"NotoSans-BoldItalic"),
        (KANNADA, False, False, b"NotoSansKannada-Regular"),
        (KANNADA, True, True, b"NotoSansKannada-Bold"),
        (DEVANAGARI, False, True, b"NotoSansDevanagari-Regular"),
        (DEVANAGARI, True, False, b"NotoSansDevanagari-Bold"),
        (MONO, False, False, b"NotoSansMono-Regular"),
        (MONO, True, False, b"NotoSansMono-Bold"),
    ],
)
def test_every_name_is_registered_with_its_noto_face(
    script: str, bold: bool, italic: bool, face: bytes
) -> None:
    register_fonts()
    assert pdfmetrics.getFont(font_name(script, bold, italic)).face.name == face


def test_the_fixed_pitch_face_draws_ascii_at_one_width_and_nothing_indic() -> None:
    register_fonts()
    printable = "".join(chr(code) for code in range(0x20, 0x7F))
    assert has_glyphs(printable, MONO)
    widths = {
        pdfmetrics.stringWidth(char, font_name(MONO, bold), 10)
        for char in printable
        for bold in (False, True)
    }
    assert len(widths) == 1
    assert not has_glyphs("ಬಾಗಲಕೋಟೆ", MONO) and has_glyphs("ಬಾಗಲಕೋಟೆ", KANNADA)
    assert MONO not in {run.script for run in script_runs("0123 ABCD abcd --out <folder>")}


# --- register_fonts ------------------------------------------------------------------------------


@pytest.fixture
def restore_fonts() -> Iterator[None]:
    """Registering from a copied folder replaces ReportLab's fonts; register the bundled ones again."""
    yield
    register_fonts.cache_clear()
    register_fonts()
    assert pdfmetrics.getFont(font_name(LATIN)).face.name == b"NotoSans-Regular"


def test_the_bundled_folder_has_every_font() -> None:
    for name in FONT_FILES:
        assert (fonts_dir() / name).is_file(), name
    register_fonts(fonts_dir())


@pytest.mark.parametrize("missing", FONT_FILES)
def test_a_missing_font_file_is_named(missing: str, tmp_path: Path, restore_fonts: None) -> None:
    for name in FONT_FILES:
        if name != missing:
            shutil.copyfile(fonts_dir() / name, tmp_path / name)
    with pytest.raises(FontMissingError) as caught:
        register_fonts(tmp_path)
    assert caught.value.path == tmp_path / missing
    assert missing in str(caught.value)
    assert str(tmp_path) in str(caught.value)
    assert isinstance(caught.value, DomainError)
    # A failure is not remembered: once the file is back the same folder registers.
    shutil.copyfile(fonts_dir() / missing, tmp_path / missing)
    register_fonts(tmp_path)


def test_an_empty_folder_names_the_first_font(tmp_path: Path, restore_fonts: None) -> None:
    with pytest.raises(FontMissingError, match=r"NotoSans-Regular\.ttf"):
        register_fonts(tmp_path)


# --- mixed-font words on the page ---------------------------------------------------------------

MIXED_WORDS = [
    ("जानकारी UDISE।", "UDISE।"),
    ("ಶಾಲೆ-BEO", "BEO"),
    ("ಶಾಲೆ $5", "$5"),
    ("ಶಾಲೆ$", "$"),
    ("SSLC-ಪರೀಕ್ಷೆ", "ಪ"),
]


def _page_text(pdf: bytes) -> str:
    return pdfium.PdfDocument(pdf)[0].get_textpage().get_text_range().strip()


def _on_canvas(text: str) -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out)
    draw_text(canvas, 50, 700, text, 12)
    canvas.save()
    return out.getvalue()


def _in_paragraph(text: str) -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out)
    paragraph = Paragraph(paragraph_markup([Span(text)]), styles().plain)
    paragraph.wrap(400, 100)
    paragraph.drawOn(canvas, 50, 700)
    canvas.save()
    return out.getvalue()


@pytest.mark.parametrize(("text", "expected"), MIXED_WORDS)
def test_canvas_text_sets_each_run_in_its_own_font(text: str, expected: str) -> None:
    assert expected in _page_text(_on_canvas(text))


@pytest.mark.parametrize(("text", "expected"), MIXED_WORDS)
def test_paragraph_text_sets_each_run_in_its_own_font(text: str, expected: str) -> None:
    assert expected in _page_text(_in_paragraph(text))
