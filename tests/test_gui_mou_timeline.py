"""The MoU dialog's Timeline tab shows the history in words: what happened, and the details by
their labels, with dates DD/MM/YYYY and names instead of codes and ids."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from desktop.services.database import Database
from desktop.services.mous import attachments, lifecycle, register
from desktop.ui.dialogs.mou_dialog import MouDialog
from tests.mou_fixtures import TODAY, mou_input

WHAT, DETAILS = 2, 3  # the Timeline table's columns


@pytest.fixture
def timeline_db(isolated_settings, demo_db: Database, tmp_path: Path) -> tuple[Database, int]:  # type: ignore[no-untyped-def]
    """An MoU whose end date was moved, a signatory signed and removed, sent for review and a
    scan attached."""
    db = demo_db
    mou = register.create_mou(db, mou_input(db), today=TODAY)
    first, _second = mou.data.signatories
    register.update_mou(
        db,
        mou.id,
        replace(
            mou.data, end_date=date(2027, 6, 30), signatories=(replace(first, signed_on=date(2026, 5, 20)),)
        ),
        today=TODAY,
    )
    lifecycle.submit_for_review(db, mou.id, today=TODAY + timedelta(days=1))
    scan = tmp_path / "signed copy.pdf"
    scan.write_bytes(b"%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n")
    attachments.add_attachment(db, mou.id, scan, "signed_copy", "Signed copy, 4 pages")
    return db, mou.id


def test_the_timeline_tab_shows_the_changes_in_words(qtbot, timeline_db: tuple[Database, int]) -> None:  # type: ignore[no-untyped-def]
    db, mou_id = timeline_db
    dialog = MouDialog(db, mou_id, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.resize(1100, 560)
    dialog.show()
    tab = dialog.timeline
    assert tab is not None
    dialog.tabs.setCurrentWidget(tab)
    model = tab.model
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    rows = [
        (model.data(model.index(row, WHAT)), model.data(model.index(row, DETAILS)))
        for row in range(model.rowCount())
    ]
    assert rows[0] == ("MoU created", "DDPI/KVD/MOU/2026/01")
    assert rows[-5:] == [
        ("MoU changed", "Ends on: 31/05/2027 → 30/06/2027"),
        ("Signatory changed", "Date signed: — → 20/05/2026"),
        ("Signatory removed", "Ramesh Gowda (Executive Director)"),
        ("MoU changed", "Status: Draft → Under review; Status changed on: 23/11/2026 → 24/11/2026"),
        ("Scanned copy attached", "Signed copy, 4 pages (signed copy.pdf)"),
    ]
    last = model.index(model.rowCount() - 1, DETAILS)
    assert model.data(last, Qt.ItemDataRole.ToolTipRole) == "Signed copy, 4 pages (signed copy.pdf)"
