"""Screens name the units of bodies and meetings in the interface's language: the Meetings page's
body filter and Unit column, the Action items page's body filter and the unit chooser of the
meeting form, with a made-up Kannada installed for the service messages."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from sqlalchemy import select

from db.models import Block, Body, District
from desktop.services.database import Database
from desktop.ui.dialogs.meeting_dialog import MeetingDialog
from desktop.ui.pages.action_items_page import ActionItemsPage
from desktop.ui.pages.meetings_page import MeetingsPage
from tests.fake_translator import translating
from tests.test_unit_names_i18n import KANNADA

TODAY = date(2026, 11, 23)


@pytest.fixture
def kannada() -> Iterator[None]:
    with translating(KANNADA):
        yield


def texts(combo: QComboBox) -> list[str]:
    return [combo.itemText(index) for index in range(combo.count())]


def block_bodies(db: Database) -> list[tuple[str, str]]:
    """(body name, block name) of every block-level body."""
    with db.reading() as session:
        return list(session.execute(select(Body.name, Block.name).join(Block, Block.id == Body.block_id)))


def test_the_meetings_page_names_units_in_the_interface_language(
    qtbot,  # type: ignore[no-untyped-def]
    isolated_settings,
    governance_db: Database,
    kannada: None,
) -> None:
    page = MeetingsPage(governance_db, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1300, 850)
    page.show()
    found = block_bodies(governance_db)
    assert found
    shown = texts(page.body)
    for body, block in found:
        assert f"{body} — {block} ಬ್ಲಾಕ್" in shown
    assert not any(text.endswith(" block") for text in shown)
    horizontal = Qt.Orientation.Horizontal
    unit_column = next(
        c for c in range(page.model.columnCount()) if page.model.headerData(c, horizontal) == "Unit"
    )
    units = {page.model.data(page.model.index(row, unit_column)) for row in range(page.model.rowCount())}
    assert {f"{block} ಬ್ಲಾಕ್" for _body, block in found} <= units
    page.grab().save("/tmp/unit_names_meetings_page.png")


def test_the_action_items_filter_and_the_meeting_form_name_units_in_the_interface_language(
    qtbot,  # type: ignore[no-untyped-def]
    isolated_settings,
    governance_db: Database,
    kannada: None,
) -> None:
    page = ActionItemsPage(governance_db, today=lambda: TODAY)
    qtbot.addWidget(page)
    for body, block in block_bodies(governance_db):
        assert f"{body} — {block} ಬ್ಲಾಕ್" in texts(page.body)
    form = MeetingDialog(governance_db, today=TODAY)
    qtbot.addWidget(form)
    chooser = form.details.unit
    with governance_db.reading() as session:
        district = session.scalars(select(District.name)).one()
        blocks = sorted(session.scalars(select(Block.name)))
    # "Kaveri Demo District" says "district" already, in any language; blocks take the translation.
    assert texts(chooser.lists["district"])[1:] == [
        district if district.endswith(" District") else f"{district} ಜಿಲ್ಲೆ"
    ]
    assert sorted(texts(chooser.lists["block"])[1:]) == [f"{name} ಬ್ಲಾಕ್" for name in blocks]
    assert all(" ಕ್ಲಸ್ಟರ್ (" in text for text in texts(chooser.lists["cluster"])[1:])
    form.details.level.setCurrentIndex(form.details.level.findData("block"))
    assert chooser.current_widget() is chooser.lists["block"]
    chooser.lists["block"].setCurrentIndex(1)
    form.show()
    form.grab().save("/tmp/unit_names_meeting_form.png")
