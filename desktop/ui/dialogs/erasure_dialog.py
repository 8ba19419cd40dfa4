"""Recording a partner's written confirmation that the data of a package sent to them was deleted."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QLabel, QWidget

from desktop.services.database import Database
from desktop.services.exchange import log
from desktop.services.exchange.log import LogEntry
from desktop.ui.dialogs.form_dialog import FormDialog
from desktop.ui.dialogs.mou_actions import date_edit, date_of


class ErasureDialog(FormDialog):
    """When the partner confirmed, who signed for them, and a note; saved as one log record that
    can never be changed afterwards."""

    def __init__(self, db: Database, entry: LogEntry, today: date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Record deletion of %s") % entry.package_name, parent)
        self._db, self._entry, self._today = db, entry, today
        sent = entry.occurred_on
        if entry.event == "template":
            what = self.tr(
                "%(package)s (a return template) was given to %(partners)s on %(date)s under MoU %(mou)s."
            )
        else:
            what = self.tr("Package %(package)s, sent to %(partners)s on %(date)s under MoU %(mou)s.")
        about = QLabel(
            what
            % {
                "package": entry.package_name,
                "partners": ", ".join(entry.partner_names),
                "date": f"{sent:%d/%m/%Y}",
                "mou": entry.mou_reference,
            }
            + " "
            + self.tr(
                "Record the partner's written confirmation that they deleted its data; it cannot be "
                "changed afterwards."
            )
        )
        about.setWordWrap(True)
        self.add_field("about", "", about)
        self.confirmed_on = date_edit(today)
        # The confirmation falls between the day the package left and today.
        self.confirmed_on.setDateRange(QDate(min(sent, today)), QDate(today))
        self.add_field("confirmed_on", self.tr("Confirmed &on"), self.confirmed_on)
        self.line(
            "confirmed_by",
            self.tr("Confirmed &by"),
            placeholder=self.tr("Name and designation of who signed for the partner"),
        )
        self.text_area("note", self.tr("&Note (e.g. letter number)"))
        self.buttons.button(self.buttons.StandardButton.Save).setText(self.tr("Record deletion"))
        for name in ("confirmed_on", "confirmed_by", "note"):
            self._holders[name].setFocusProxy(self.widget(name))  # a label's mnemonic reaches the field
        self.widget("confirmed_by").setFocus()

    def submit(self) -> LogEntry:
        return log.confirm_erasure(
            self._db,
            self._entry.id,
            confirmed_on=date_of(self.confirmed_on),
            confirmed_by=self.value("confirmed_by"),
            note=self.value("note"),
            today=self._today,
        )
