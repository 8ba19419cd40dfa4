"""Small forms for an MoU's lifecycle steps: terminate, renew, amend, and the overlap reason."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QCheckBox, QDateEdit, QLabel, QWidget

from desktop.services.database import Database
from desktop.services.errors import ValidationError
from desktop.services.mous import lifecycle
from desktop.services.mous.lifecycle import AmendmentInput
from desktop.services.mous.register import MouDetail
from desktop.ui.dates import date_edit
from desktop.ui.dialogs.form_dialog import FormDialog


def date_of(edit: QDateEdit) -> date:
    return edit.date().toPython()  # type: ignore[return-value]


class TerminateDialog(FormDialog):
    def __init__(self, db: Database, mou: MouDetail, today: date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Terminate MoU %s") % mou.data.reference, parent)
        self._db, self._mou, self._today = db, mou, today
        self.on = self.add_field("terminated_on", self.tr("Terminated on"), date_edit(today))
        self.text_area("reason", self.tr("Reason (kept in the register)"))
        self.buttons.button(self.buttons.StandardButton.Save).setText(self.tr("Terminate"))

    def submit(self) -> MouDetail:
        return lifecycle.terminate(
            self._db, self._mou.id, date_of(self.on), self.value("reason"), today=self._today
        )


class RenewDialog(FormDialog):
    """A new draft continuing the MoU: its reference and dates; the rest is copied."""

    def __init__(self, db: Database, mou: MouDetail, today: date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Renew MoU %s") % mou.data.reference, parent)
        self._db, self._mou, self._today = db, mou, today
        start, end = lifecycle.next_start(mou)
        self.line("reference", self.tr("Reference of the renewed MoU"))
        self.start = self.add_field("start_date", self.tr("Starts on"), date_edit(start))
        self.end = self.add_field("end_date", self.tr("Ends on"), date_edit(end))
        self.buttons.button(self.buttons.StandardButton.Save).setText(self.tr("Renew"))

    def submit(self) -> MouDetail:
        return lifecycle.renew(
            self._db,
            self._mou.id,
            self.value("reference"),
            date_of(self.start),
            date_of(self.end),
            today=self._today,
        )


class AmendDialog(FormDialog):
    """The next version of a signed or active MoU; it may move the end date."""

    def __init__(self, db: Database, mou: MouDetail, today: date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Amend MoU %s") % mou.data.reference, parent)
        self._db, self._mou, self._today = db, mou, today
        self.effective = self.add_field("effective_from", self.tr("Takes effect on"), date_edit(today))
        self.line("summary", self.tr("What it changes"))
        self.text_area("text", self.tr("Text of the amendment"))
        self.signed = QCheckBox(self.tr("Signed on"))
        self.signed_on = date_edit(today)
        self.add_field("signed", "", self.signed)
        self.add_field("signed_on", "", self.signed_on)
        self.extend = QCheckBox(self.tr("Changes the end date to"))
        self.new_end = date_edit(mou.data.end_date)
        self.add_field("extend", "", self.extend)
        self.add_field("new_end_date", "", self.new_end)

    def submit(self) -> MouDetail:
        data = AmendmentInput(
            effective_from=date_of(self.effective),
            summary=self.value("summary"),
            text=self.value("text"),
            signed_on=date_of(self.signed_on) if self.signed.isChecked() else None,
            new_end_date=date_of(self.new_end) if self.extend.isChecked() else None,
        )
        return lifecycle.amend(self._db, self._mou.id, data, today=self._today)


class OverlapReasonDialog(FormDialog):
    """Asked when activation finds another active MoU with the partner over the same schools."""

    def __init__(
        self, db: Database, mou: MouDetail, message: str, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Activate MoU %s") % mou.data.reference, parent)
        self._db, self._mou, self._today = db, mou, today
        explanation = QLabel(message)
        explanation.setWordWrap(True)
        self.add_field("message", "", explanation)
        self.text_area("overlap_reason", self.tr("Why both are needed (kept with the MoU)"))
        self.buttons.button(self.buttons.StandardButton.Save).setText(self.tr("Activate anyway"))

    def submit(self) -> MouDetail:
        reason = self.value("overlap_reason").strip()
        if not reason:
            raise ValidationError.single("overlap_reason", self.tr("Give the reason, or cancel."))
        return lifecycle.activate(self._db, self._mou.id, today=self._today, overlap_reason=reason)
