"""Saving the nomination form: the nomination read from the form, a first save that keeps the form
open for evidence (offering a merge when the nominee is already nominated), a correction that
closes it, and each refusal shown beside its field. Mixed into
:class:`~desktop.ui.dialogs.nomination_dialog.NominationDialog`, whose translation context its
words keep and which builds the fields used here (``chooser``, ``nominator``, ``category``,
``justification``, ``nominated_on``, ``rows``, ``general_error``, ``close_button``) and shows a
saved nomination (``_load``, ``_notify``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from desktop.documents.text import indian_date
from desktop.services.errors import DomainError, ValidationError
from desktop.services.recognition import nominations
from desktop.services.recognition.nominations import (
    DuplicateNominationError,
    NominationInput,
    NominationRow,
)

# The fields of the form's right-hand column, where their refusals are shown.
FORM_FIELDS = ("category", "nominator", "justification", "nominated_on")


class NominationSavingMixin:
    """Reading, saving and showing the refusals of the nomination form."""

    def nomination_input(self) -> NominationInput:
        """The nomination as the form stands; what only the form can know (nothing chosen, a
        name typed that is not in the list) is refused here, every such field at once."""
        problems: dict[str, str] = {}
        nominee = nominator = None
        try:
            nominee = self.chooser.choice()
        except ValidationError as exc:
            problems.update(exc.field_errors)
        try:
            nominator = self.nominator.choice()
        except ValidationError as exc:
            problems.update(exc.field_errors)
        if problems:
            raise ValidationError(problems)
        assert nominee is not None and nominator is not None
        return NominationInput(
            cycle_id=self.cycle.id,
            nominee=nominee,
            nominator=nominator,
            justification=self.justification.toPlainText(),
            nominated_on=self.nominated_on.date().toPython(),  # type: ignore[arg-type]
            category=self.category.currentData(),
            source="data" if self.from_data else "manual",
            evidence_note=self.from_data.evidence_note if self.from_data else None,
        )

    def save(self) -> None:
        """Nominate (and stay open for evidence), or correct a saved nomination and close."""
        self._clear_errors()
        try:
            if self.nomination_id is None:
                self._nominate(self.nomination_input())
                return
            nominations.update_nomination(
                self.db,
                self.nomination_id,
                self.category.currentData(),
                self.justification.toPlainText(),
                self.nominator.choice(),
            )
        except ValidationError as exc:
            self.show_errors(exc.field_errors)
            return
        except DomainError as exc:  # a rule about other records: shown above the buttons
            self._general(exc.message)
            return
        self.changed.emit()
        self.accept()

    def _nominate(self, data: NominationInput) -> None:
        try:
            row = nominations.nominate(self.db, data)
        except DuplicateNominationError as exc:
            existing = nominations.get_nomination(self.db, exc.existing_id)
            if existing.row.status == "withdrawn":  # reinstate first; a merge would be refused
                self._general(exc.message)
                return
            answer = QMessageBox.question(
                self,
                QCoreApplication.translate("NominationDialog", "Already nominated"),
                exc.message
                + "\n\n"
                + QCoreApplication.translate("NominationDialog", "Merge into the existing nomination?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                self._general(exc.message)
                return
            row = nominations.nominate(self.db, data, on_duplicate="merge")
            self._after_first_save(
                row,
                QCoreApplication.translate(
                    "NominationDialog",
                    "Merged into the nomination of %(nominee)s made on %(date)s: this nominator and justification "
                    "are added to it. Add evidence, or Close.",
                )
                % {"nominee": row.nominee_name, "date": indian_date(row.nominated_on)},
            )
            return
        self._after_first_save(
            row,
            QCoreApplication.translate(
                "NominationDialog", "Saved: %s is nominated. Add photos or PDFs as evidence below, or Close."
            )
            % row.nominee_name,
        )

    def _after_first_save(self, row: NominationRow, message: str) -> None:
        self._load(row.id)
        self._notify(message)
        self.close_button.setDefault(True)  # Enter now closes; Save stays for corrections
        self.changed.emit()

    def show_errors(self, field_errors: dict[str, str]) -> None:
        chooser_errors = {
            k: v for k, v in field_errors.items() if k == "nominee" or k.startswith("new_person.")
        }
        first = self.chooser.show_errors(chooser_errors) if self.nomination_id is None else None
        placed = {k: v for k, v in field_errors.items() if k in FORM_FIELDS}
        in_form = self.rows.show_errors(placed)
        first = first or in_form
        others = [v for k, v in field_errors.items() if k not in placed and k not in chooser_errors]
        if self.nomination_id is not None:
            others += list(chooser_errors.values())
        if others:
            self._general("\n".join(others))
        if first is not None:
            first.setFocus()

    def error_text(self, name: str) -> str:
        """The message shown for a field ("nominee" and the new person's fields included)."""
        if name == "nominee":
            return self.chooser.error.text() if not self.chooser.error.isHidden() else ""
        if name.startswith("new_person."):
            rows = self.chooser.new_person.rows
            return rows.error_text(name.removeprefix("new_person.").replace("school_id", "school_udise"))
        return self.rows.error_text(name)

    def _general(self, message: str) -> None:
        self.general_error.setText(message)
        self.general_error.show()

    def _clear_errors(self) -> None:
        for name in self.rows.errors:
            self.rows.clear_error(name)
        self.chooser.clear_errors()
        self.general_error.hide()
