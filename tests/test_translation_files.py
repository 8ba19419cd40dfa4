"""The Qt Linguist files: every string the code asks to translate is in each of them, they
compile, and the completeness checker (scripts/translations.py) tells finished from not."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from scripts.translations import (
    LANGUAGES,
    completeness_problems,
    context_counts,
    extracted_messages,
    missing_keys,
    placeholders,
    read_ts,
    run_lrelease,
    ts_path,
)

SYNTHETIC = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kn" sourcelanguage="en">
<context>
    <name>Page</name>
    <message><source>Save</source><translation>ಉಳಿಸು</translation></message>
    <message><source>Open</source><translation type="unfinished">ತೆರೆ</translation></message>
    <message><source>Close</source><translation></translation></message>
    <message><source>Saved %(count)s of %(total)s</source><translation>%(total)s ರಲ್ಲಿ %(count)s ಉಳಿಸಲಾಗಿದೆ</translation></message>
    <message><source>Saved %s</source><translation>ಉಳಿಸಲಾಗಿದೆ</translation></message>
    <message><source>{label} is required.</source><translation>{ಲೇಬಲ್} ಅಗತ್ಯ.</translation></message>
    <message><source>Old wording</source><translation type="vanished">ಹಳೆಯದು</translation></message>
    <message><source>Back</source><comment>navigation</comment><translation>ಹಿಂದೆ</translation></message>
    <message numerus="yes"><source>%n school(s)</source>
        <translation><numerusform>ಒಂದು ಶಾಲೆ</numerusform><numerusform>%n ಶಾಲೆಗಳು</numerusform></translation></message>
    <message numerus="yes"><source>%n office(s)</source>
        <translation><numerusform>%n ಕಚೇರಿ</numerusform><numerusform></numerusform></translation></message>
</context>
</TS>
"""


@pytest.fixture
def synthetic(tmp_path: Path) -> Path:
    path = tmp_path / "district_desk_kn.ts"
    path.write_text(SYNTHETIC, encoding="utf-8")
    return path


def test_the_checker_tells_finished_from_not(synthetic: Path) -> None:
    messages = read_ts(synthetic)
    expected = [
        ("Page", "Save", ""),
        ("Page", "Open", ""),
        ("Page", "Close", ""),
        ("Page", "Saved %(count)s of %(total)s", ""),
        ("Page", "Saved %s", ""),
        ("Page", "{label} is required.", ""),
        ("Page", "Old wording", ""),
        ("Page", "Back", "navigation"),
        ("Page", "Back", ""),
        ("Page", "%n school(s)", ""),
        ("Page", "%n office(s)", ""),
        ("Page", "Print", ""),
    ]
    assert completeness_problems(messages, expected) == [
        "[Page] 'Open': unfinished",
        "[Page] 'Close': finished but empty",
        "[Page] 'Saved %s': placeholders [] in 'ಉಳಿಸಲಾಗಿದೆ', expected ['%s']",
        "[Page] '{label} is required.': placeholders [] in '{ಲೇಬಲ್} ಅಗತ್ಯ.', expected ['{label}']",
        "[Page] 'Old wording': missing (run scripts/translations.py update)",  # only vanished
        "[Page] 'Back': missing (run scripts/translations.py update)",  # the one without a comment
        "[Page] '%n office(s)': finished but empty",  # a plural form left empty
        "[Page] 'Print': missing (run scripts/translations.py update)",
    ]
    assert missing_keys(messages, expected) == [
        ("Page", "Old wording", ""),
        ("Page", "Back", ""),
        ("Page", "Print", ""),
    ]


def test_a_complete_file_has_no_problems(synthetic: Path) -> None:
    messages = read_ts(synthetic)
    finished = [
        m.key for m in messages if m.status == "finished" and m.source in ("Save", "%n school(s)", "Back")
    ]
    finished.append(("Page", "Saved %(count)s of %(total)s", ""))
    assert completeness_problems(messages, finished) == []


def test_placeholders_are_counted_in_each_style() -> None:
    assert placeholders("%s and %d, %(name)s, {count} and {}, %n, %1") == {
        "%s": 1,
        "%d": 1,
        "%(name)s": 1,
        "{count}": 1,
        "{}": 1,
        "%n": 1,
        "%1": 1,
    }
    assert placeholders("100%% done, 50% off") == {}


def test_every_string_of_the_code_is_in_every_ts_file() -> None:
    """A string added to the code reaches the translators only through the .ts files: run
    ``python scripts/translations.py update`` after changing the interface's words."""
    expected = [m.key for m in extracted_messages()]
    assert len(expected) > 2000
    for language in LANGUAGES:
        missing = missing_keys(read_ts(ts_path(language)), expected)
        assert not missing, f"{language}: {len(missing)} strings missing, e.g. {missing[:5]}"


def test_each_ts_file_names_its_language() -> None:
    for language in LANGUAGES:
        root = ET.parse(ts_path(language)).getroot()
        assert (root.get("language"), root.get("sourcelanguage")) == (language, "en")


def test_the_ts_files_compile_to_files_qt_loads(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for language in LANGUAGES:
        target = tmp_path / f"district_desk_{language}.qm"
        run_lrelease(ts_path(language), target)
        assert QTranslator().load(str(target)), target


def test_strings_are_shared_out_by_context() -> None:
    counts = context_counts(extracted_messages())
    assert counts["MainWindow"] >= 14  # the navigation and the menus
    assert counts["QPlatformTheme"] >= 10  # Qt's standard buttons, translated by us
    assert counts["Schools"] >= 20  # the schools service, the worked example
