"""Dates on screen: DD/MM/YYYY, as district offices write them, shown and typed.

Every date field of the interface is made here (a test checks no other module constructs a
QDateEdit), so all of them show and accept "05/12/2026" for 5 December 2026 whatever the language
or the computer's regional settings. Dates shown as text go through :func:`date_text`.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QDateEdit, QSizePolicy, QWidget

from desktop.ui.i18n import FORMATTING_LOCALE

DATE_FORMAT = "dd/MM/yyyy"  # Qt's format; the same as Python's "%d/%m/%Y"
PYTHON_DATE_FORMAT = "%d/%m/%Y"
SEPARATORS = "/.-"


class DateEdit(QDateEdit):
    """A QDateEdit that takes a date typed whole, "05/12/2026".

    Qt moves on to the month by itself once "05" is typed, and then takes the "/" typed after it
    as "move on again": the month is skipped and 2026 lands in the wrong place. Here a separator
    typed right after such a move is swallowed, so typing the date as it is written works; a
    separator after a short day ("5/12/2026") still moves on as usual."""

    def __init__(self, value: QDate, parent: QWidget | None = None) -> None:
        super().__init__(value, parent)
        self._moved_on = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text and text in SEPARATORS and self._moved_on:
            self._moved_on = False
            event.accept()
            return
        section = self.currentSectionIndex()
        super().keyPressEvent(event)
        self._moved_on = text.isdigit() and self.currentSectionIndex() != section

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._moved_on = False
        super().focusInEvent(event)


def date_edit(value: date | None = None, *, fixed_width: bool = True) -> QDateEdit:
    """A date typed or picked from a calendar, written DD/MM/YYYY (today when ``value`` is None)."""
    edit = DateEdit(QDate(value) if value else QDate.currentDate())
    # The locale decides the digits: English (India) keeps them Latin in every interface language
    # (a Marathi locale would show and expect Devanagari digits).
    edit.setLocale(FORMATTING_LOCALE)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setCalendarPopup(True)
    if fixed_width:
        edit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)  # a date is short
        edit.setMinimumWidth(120)
    return edit


def date_text(value: date | datetime | None) -> str:
    """``value`` as DD/MM/YYYY ("" for None)."""
    return value.strftime(PYTHON_DATE_FORMAT) if value is not None else ""
