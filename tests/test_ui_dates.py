"""Dates in the interface: DD/MM/YYYY shown and typed, in every language, from one factory."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QDateEdit, QLineEdit, QVBoxLayout, QWidget

from desktop.ui import i18n
from desktop.ui.dates import DATE_FORMAT, date_edit, date_text

UI = Path(__file__).resolve().parents[1] / "desktop" / "ui"
DATE_EDIT_CLASSES = {"QDateEdit", "QDateTimeEdit"}
TIME_ONLY = re.compile(r"^[Hhmsap: ]+$")  # "HH:mm": a time edit, no date in it


def _calls(path: Path) -> Iterator[ast.Call]:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call):
            yield node


def _name(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def test_date_fields_are_made_only_by_the_factory() -> None:
    made_elsewhere = [
        f"{path.relative_to(UI)}:{call.lineno}"
        for path in UI.rglob("*.py")
        if path.name != "dates.py"
        for call in _calls(path)
        if _name(call) in DATE_EDIT_CLASSES
    ]
    assert not made_elsewhere, f"use desktop.ui.dates.date_edit(): {made_elsewhere}"


def test_every_display_format_is_dd_mm_yyyy_or_a_time() -> None:
    formats = {
        f"{path.relative_to(UI)}:{call.lineno}": call.args[0].value
        for path in UI.rglob("*.py")
        for call in _calls(path)
        if _name(call) == "setDisplayFormat" and call.args and isinstance(call.args[0], ast.Constant)
    }
    wrong = {where: f for where, f in formats.items() if f != DATE_FORMAT and not TIME_ONLY.match(f)}
    assert not wrong, wrong


def test_dates_written_as_text_are_dd_mm_yyyy() -> None:
    """strftime formats and f-string date formats in desktop/ui: day, month, year in that order."""
    found: list[tuple[str, str]] = []
    for path in UI.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            spec = None
            if isinstance(node, ast.FormattedValue) and isinstance(node.format_spec, ast.JoinedStr):
                spec = "".join(v.value for v in node.format_spec.values if isinstance(v, ast.Constant))
            elif isinstance(node, ast.Call) and _name(node) == "strftime" and node.args:
                spec = node.args[0].value if isinstance(node.args[0], ast.Constant) else None
            if spec and "%Y" in spec:
                found.append((f"{path.relative_to(UI)}:{node.lineno}", spec))
    assert found, "the check found no date formats at all"
    # Suggested file names, where "/" cannot go: "Action-items-2026-11-23.pdf", "... 23-11-2026.pdf".
    file_names = {"pages/action_items_page.py", "pages/committee_printing.py"}
    wrong = [(where, spec) for where, spec in found if not spec.startswith("%d/%m/%Y")]
    assert [w for w in wrong if w[0].split(":")[0] not in file_names] == [], wrong


@pytest.fixture
def language(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    yield
    i18n.install_language(i18n.ENGLISH)


def _type_into_date_field(qtbot, typed: str) -> tuple[QWidget, QDateEdit]:  # type: ignore[no-untyped-def]
    """Tab from a line edit into a new date field (as a user does) and type ``typed``."""
    form = QWidget()
    before, edit = QLineEdit(), date_edit(date(2026, 1, 1))
    layout = QVBoxLayout(form)
    layout.addWidget(before)
    layout.addWidget(edit)
    qtbot.addWidget(form)
    form.show()
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    before.setFocus()
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    qtbot.waitUntil(edit.hasFocus)
    qtbot.keyClicks(edit, typed)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    return form, edit  # the form too: it owns the field


@pytest.mark.parametrize("code", ["en", "kn", "hi", "mr"])
def test_typed_dd_mm_yyyy_is_read_as_day_month_year(qtbot, language, code: str) -> None:  # type: ignore[no-untyped-def]
    i18n.install_language(code)
    _form, edit = _type_into_date_field(qtbot, "05/12/2026")
    assert edit.date() == QDate(2026, 12, 5)
    assert edit.text() == "05/12/2026"  # Latin digits even where the language's locale has others


@pytest.mark.parametrize(
    ("typed", "day"),
    [
        ("5/12/2026", QDate(2026, 12, 5)),  # a short day: the "/" moves on
        ("31.12.2025", QDate(2025, 12, 31)),
        ("15-08-2026", QDate(2026, 8, 15)),
        ("01022027", QDate(2027, 2, 1)),  # digits only
    ],
)
def test_other_ways_of_typing_a_date(qtbot, typed: str, day: QDate) -> None:  # type: ignore[no-untyped-def]
    _form, edit = _type_into_date_field(qtbot, typed)
    assert edit.date() == day


def test_the_interface_formats_with_english_india_whatever_the_language(qapp, language) -> None:  # type: ignore[no-untyped-def]
    i18n.install_language("mr")
    assert QLocale().toString(12345) == "12,345"  # the Marathi locale would write १२,३४५
    assert QLocale().toString(QDate(2026, 12, 5), DATE_FORMAT) == "05/12/2026"
    assert date_text(date(2026, 12, 5)) == "05/12/2026"
    assert date_text(None) == ""
