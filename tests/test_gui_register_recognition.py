"""The Circulars page's register with recognition entries: a certificate batch cannot be
superseded by a circular (the button says why), while a circular or an invitation can; cancelling
an invitation or a certificate batch puts its nominees back a step, or is refused and says why."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox

from desktop.services import circulars, dispatch
from desktop.services.database import Database
from desktop.services.errors import ConflictError
from desktop.services.recognition import certificates, invitations
from desktop.ui.pages.circulars_page import CircularsPage
from tests.test_recognition_printing import EVENT, ISSUED_ON, World, _world, attended, set_status, statuses

CERTIFICATE_TIP = (
    "A certificate batch is replaced by cancelling it and issuing the certificates again from the "
    "Recognition page"
)


@pytest.fixture
def world(db: Database) -> World:
    return _world(db)


@pytest.fixture
def page(qtbot, isolated_settings, db: Database) -> CircularsPage:  # type: ignore[no-untyped-def]
    widget = CircularsPage(db)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _select(page: CircularsPage, entry_id: int) -> dispatch.RegisterRow:
    page.reload()
    for position in range(page.model.rowCount()):
        if page.model.row_at(position).id == entry_id:
            page.table.selectRow(position)
    row = page.selected()
    assert row is not None and row.id == entry_id
    return row


def test_register_rows_carry_their_kind(db: Database, world: World) -> None:
    invitation = invitations.issue_invitations(db, world.cycle, [world.nominations["student"]], ISSUED_ON)
    attended(db, world.nominations["teacher"])
    batch = certificates.issue_certificates(db, world.cycle, [world.nominations["teacher"]], EVENT)
    kinds = {row.id: row.kind for row in dispatch.list_register(db)}
    assert kinds == {invitation.entry_id: "invitation", batch.entry_id: "certificate"}
    assert dispatch.register_entry(db, batch.entry_id).kind == "certificate"


def test_supersede_is_disabled_for_a_certificate_batch_and_says_why(
    page: CircularsPage, db: Database, world: World
) -> None:
    attended(db, world.nominations["teacher"])
    batch = certificates.issue_certificates(db, world.cycle, [world.nominations["teacher"]], EVENT)
    invitation = invitations.issue_invitations(db, world.cycle, [world.nominations["student"]], ISSUED_ON)

    row = _select(page, batch.entry_id)
    assert row.kind == "certificate" and row.status == "issued"
    assert not page.supersede_button.isEnabled()
    assert CERTIFICATE_TIP in page.supersede_button.toolTip()
    assert page.cancel_button.isEnabled() and page.reprint_button.isEnabled()
    assert page.supersede() is None  # even if called, no editor opens for a certificate batch
    assert page.editor is None

    _select(page, invitation.entry_id)  # an invitation is a letter: it can be superseded
    assert page.supersede_button.isEnabled()
    assert CERTIFICATE_TIP not in page.supersede_button.toolTip()


def test_the_basis_of_a_certificate_batch_is_refused_by_name(db: Database, world: World) -> None:
    attended(db, world.nominations["teacher"])
    batch = certificates.issue_certificates(db, world.cycle, [world.nominations["teacher"]], EVENT)
    with pytest.raises(ConflictError, match=f"{batch.number} is a certificate entry, not a circular"):
        circulars.basis_of(db, batch.entry_id)
    assert dispatch.register_entry(db, batch.entry_id).status == "issued"


def test_cancelling_a_certificate_batch_on_the_page_makes_the_nominees_attended_again(
    page: CircularsPage, db: Database, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    attended(db, world.nominations["teacher"])
    batch = certificates.issue_certificates(db, world.cycle, [world.nominations["teacher"]], EVENT)
    _select(page, batch.entry_id)
    asked: list[str] = []

    def answer(_parent, _title, label, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(label)
        return "Printed with the wrong date", True

    monkeypatch.setattr(QInputDialog, "getText", answer)
    changed: list[bool] = []
    page.changed.connect(lambda: changed.append(True))
    page.cancel_circular()

    assert "go back to attended" in asked[0]
    assert statuses(db, world)["teacher"][0] == "attended"
    assert page.model.row_at(0).status == "cancelled" and changed == [True]


def test_a_refused_cancel_is_explained_on_the_page_and_changes_nothing(
    page: CircularsPage, db: Database, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    invitation = invitations.issue_invitations(db, world.cycle, [world.nominations["teacher"]], ISSUED_ON)
    set_status(db, world.nominations["teacher"], "attended", attended_on=EVENT)
    before = statuses(db, world)
    _select(page, invitation.entry_id)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Wrong venue", True))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: warnings.append(text))
    page.cancel_circular()

    assert len(warnings) == 1 and "Lakshmi Hosamani" in warnings[0] and invitation.number in warnings[0]
    assert statuses(db, world) == before
    assert dispatch.register_entry(db, invitation.entry_id).status == "issued"
