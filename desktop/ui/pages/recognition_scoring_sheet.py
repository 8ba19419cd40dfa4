"""Working through the Scoring tab's sheet one nomination at a time: showing the nominee and why
they were nominated, giving levels with the weighted total kept up to date, saving, reverting and
moving between nominations without dropping unsaved levels silently.

Mixed into :class:`~desktop.ui.pages.recognition_scoring.ScoringTab`, whose translation context its
words keep and which builds the widgets used here (``table``, ``rows``, ``name``, ``about``, ``why``,
``conflict``, ``note_edit``, ``total``, ``save_button``, ``revert_button``, ``scroll``, ``message``,
``reviewer_combo``) and reads the sheet (``sheet``, ``_load``)."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import QMessageBox

from desktop.services.errors import DomainError
from desktop.services.recognition import scoring
from desktop.services.recognition.ranking import weighted_percent
from desktop.services.recognition.scoring import SheetEntry
from desktop.services.recognition.vocabulary import STATUSES
from desktop.ui.dialogs.form_dialog import ERROR_STYLE
from desktop.ui.pages.recognition_rubric_row import GREY


class ScoringSheetMixin:
    """One nomination of the reviewer's sheet on screen, its levels given, saved and left."""

    # --- showing one nomination -------------------------------------------------------------------

    def _index_of(self, nomination_id: int | None) -> int | None:
        if self.sheet is None or nomination_id is None:
            return None
        ids = [entry.nomination_id for entry in self.sheet.entries]
        return ids.index(nomination_id) if nomination_id in ids else None

    def current_index(self) -> int | None:
        return self._index_of(self.entry.nomination_id if self.entry is not None else None)

    def _next_unscored(self, after: int) -> int | None:
        """The next nomination after position ``after`` (round the end) still to be scored."""
        entries = self.sheet.entries if self.sheet is not None else ()
        for step in range(1, len(entries) + 1):
            position = (after + step) % len(entries)
            if position != after and entries[position].scorable and not entries[position].complete:
                return position
        return None

    def _show_entry(self, index: int | None, edits: tuple[dict[int, int | None], str] | None = None) -> None:
        entry = self.sheet.entries[index] if self.sheet is not None and index is not None else None
        self.entry = entry
        self._syncing = True
        if index is None:
            self.table.clearSelection()
        else:
            self.table.selectRow(index)
        self._syncing = False
        self.given = dict(edits[0]) if edits else dict(entry.levels) if entry else {}
        self.note_edit.setText(edits[1] if edits else (entry.note or "") if entry else "")
        for row in self.rows:
            row.set_level(self.given.get(row.criterion.id))
            row.setVisible(entry is not None)
        editable = self._editable()
        for row in self.rows:
            row.set_editable(editable)
        self.note_edit.setReadOnly(not editable)
        self.note_edit.setVisible(entry is not None)
        self.save_button.setEnabled(editable)
        self.revert_button.setEnabled(editable)
        self._show_nominee(entry)
        unscored = [row.position for row in self.rows if row.level is None]
        self.current_criterion = -1
        self.go_to_criterion(unscored[0] if unscored else 0, focus=False)
        self._update_total()

    def _show_nominee(self, entry: SheetEntry | None) -> None:
        if entry is None:
            empty = (
                QCoreApplication.translate("ScoringTab", "No nominations in this cycle yet.")
                if self.sheet is not None
                else ""
            )
            self.name.setText(empty)
            for label in (self.about, self.why):
                label.setText("")
            self.conflict.hide()
            return
        local = (
            f"<br><span style='font-size:14pt'>{html.escape(entry.nominee_name_local)}</span>"
            if entry.nominee_name_local
            else ""
        )
        self.name.setText(
            f"<span style='font-size:16pt; font-weight:600'>{html.escape(entry.nominee_name)}</span>{local}"
        )
        # "Teacher, GHPS Kerur" says the kind already; "Cluster in Badami block" does not.
        said = entry.nominee_detail.casefold().startswith(entry.nominee_kind_label.casefold())
        parts = [entry.nominee_detail] if said else [entry.nominee_kind_label, entry.nominee_detail]
        if entry.category:
            parts.append(QCoreApplication.translate("ScoringTab", "Category: %s") % entry.category)
        parts.append(
            QCoreApplication.translate("ScoringTab", "Status: %s")
            % QCoreApplication.translate("Recognition", STATUSES[entry.status])
        )
        self.about.setText(" · ".join(parts))
        lines = []
        for nominator, justification in zip(entry.nominated_by, entry.justifications, strict=False):
            lines.append(
                "<b>{}:</b> {}".format(
                    html.escape(QCoreApplication.translate("ScoringTab", "Nominated by %s") % nominator),
                    html.escape(justification),
                )
            )
        if entry.evidence_note:
            lines.append(
                "<b>{}:</b> {}".format(
                    html.escape(QCoreApplication.translate("ScoringTab", "From the data")),
                    html.escape(entry.evidence_note),
                )
            )
        evidence = (
            QCoreApplication.translate(
                "ScoringTab", "%d evidence file(s) attached: open them on the Nominations tab."
            )
            % entry.evidence_count
            if entry.evidence_count
            else QCoreApplication.translate("ScoringTab", "No evidence files attached.")
        )
        lines.append(f"<span style='color:{GREY}'>{html.escape(evidence)}</span>")
        self.why.setText(
            "<p style='margin:0 0 4px 0'>" + "</p><p style='margin:0 0 4px 0'>".join(lines) + "</p>"
        )
        self.conflict.setText(
            QCoreApplication.translate("ScoringTab", "You cannot score this nomination: %s.")
            % QCoreApplication.translate("Recognition", entry.conflict or "")
        )
        self.conflict.setVisible(entry.conflict is not None)

    def _editable(self) -> bool:
        return (
            self.sheet is not None
            and not self.sheet.locked
            and self.entry is not None
            and self.entry.scorable
        )

    def _grey_if_conflict(self, entry: SheetEntry) -> str | None:
        return GREY if entry.conflict is not None else None

    # --- giving levels ----------------------------------------------------------------------------

    def go_to_criterion(self, position: int, *, focus: bool = True) -> None:
        if not self.rows:
            return
        position = max(0, min(position, len(self.rows) - 1))
        if position != self.current_criterion:
            self.current_criterion = position
            for row in self.rows:
                row.set_current(row.position == position)
        if focus and self.entry is not None:
            self.rows[position].setFocus(Qt.FocusReason.OtherFocusReason)
            self.scroll.ensureWidgetVisible(self.rows[position])

    def give_level(self, level: int | None, *, advance: bool = True) -> bool:
        """Give the current criterion ``level`` (None clears it) and, with ``advance``, move to the
        next criterion. A level outside the rubric's scale, or a sheet that cannot be scored,
        changes nothing."""
        sheet = self.sheet
        if sheet is None or not self._editable() or not self.rows:
            return False
        if level is not None and not sheet.scale_min <= level <= sheet.scale_max:
            return False
        row = self.rows[self.current_criterion]
        self.given[row.criterion.id] = level
        row.set_level(level)
        if advance and level is not None:
            self.go_to_criterion(self.current_criterion + 1)
        self._update_total()
        return True

    def _level_clicked(self, position: int, level: int) -> None:
        self.go_to_criterion(position)
        self.give_level(level, advance=False)

    def _step_level(self, step: int) -> None:
        if self.sheet is None or not self.rows:
            return
        level = self.rows[self.current_criterion].level
        start = (
            (self.sheet.scale_min - 1 if step > 0 else self.sheet.scale_max + 1) if level is None else level
        )
        wanted = max(self.sheet.scale_min, min(start + step, self.sheet.scale_max))
        self.give_level(wanted, advance=False)

    def _update_total(self) -> None:
        sheet, given = self.sheet, {key: level for key, level in self.given.items() if level is not None}
        if sheet is None or self.entry is None:
            self.total.setText("")
            return
        unsaved = (
            " <i style='color:#b26a00'>{}</i>".format(
                html.escape(QCoreApplication.translate("ScoringTab", "(not saved yet)"))
            )
            if self.dirty()
            else ""
        )
        if not given:
            self.total.setText(
                QCoreApplication.translate("ScoringTab", "Weighted total: — (no level given yet)") + unsaved
            )
            return
        weights = {criterion.id: criterion.weight for criterion in sheet.criteria}
        percent = weighted_percent(given, weights, sheet.scale_min, sheet.scale_max)
        if len(given) == len(sheet.criteria):
            text = QCoreApplication.translate("ScoringTab", "Weighted total: <b>%s%%</b>") % f"{percent:.1f}"
        else:
            text = QCoreApplication.translate(
                "ScoringTab",
                "Weighted total so far: <b>%(percent)s%%</b> on %(scored)d of %(criteria)d criteria",
            ) % {"percent": f"{percent:.1f}", "scored": len(given), "criteria": len(sheet.criteria)}
        self.total.setText(text + unsaved)

    def dirty(self) -> bool:
        """True when the levels or note on screen differ from those saved."""
        if self.entry is None or not self._editable():
            return False
        saved = {key: level for key, level in self.entry.levels.items()}
        shown = {key: level for key, level in self.given.items() if level is not None}
        return shown != saved or self.note_edit.text().strip() != (self.entry.note or "")

    # --- saving and moving ------------------------------------------------------------------------

    def save(self) -> bool:
        """Save the levels and note on screen; a refusal is shown and nothing else changes."""
        entry, sheet = self.entry, self.sheet
        if entry is None or sheet is None or not self.dirty():
            return True
        changed = {
            row.criterion.id: self.given.get(row.criterion.id)
            for row in self.rows
            if self.given.get(row.criterion.id) != entry.levels.get(row.criterion.id)
        }
        note = self.note_edit.text()
        try:
            scoring.save_scores(
                self.db, entry.nomination_id, sheet.reviewer_person_id, changed, today=self.today(),
                note=note if note.strip() != (entry.note or "") else None,
            )  # fmt: skip
        except DomainError as exc:
            self._say(exc.message, error=True)
            return False
        self._say(QCoreApplication.translate("ScoringTab", "Saved the scores for %s.") % entry.nominee_name)
        self._load(keep_edits=False)
        self.changed.emit()
        return True

    def save_and_next(self) -> None:
        """Save (Ctrl+Enter) and open the next nomination not yet scored; like its button, does
        nothing where nothing can be scored (a locked review, a conflict of interest)."""
        if self.entry is None or not self._editable() or not self.save():
            return
        following = self._next_unscored(self.current_index() or 0)
        if following is None:
            if self.entry.complete and self.sheet is not None:
                done = (
                    QCoreApplication.translate("ScoringTab", "Every nomination %s can score is scored.")
                    % self.sheet.reviewer_name
                )
                self._say(f"{self.message.text()} {done}".strip())
            return
        self._show_entry(following)
        self.go_to_criterion(self.current_criterion)

    def revert(self) -> None:
        index = self.current_index()
        if index is not None:
            self._show_entry(index)
            self._say("")

    def move(self, step: int) -> None:
        """The previous or next nomination (PgUp / PgDn), after asking about unsaved levels."""
        index = self.current_index()
        if self.sheet is None or index is None:
            return
        target = index + step
        if not 0 <= target < len(self.sheet.entries):
            return
        wanted = self.sheet.entries[target].nomination_id
        if self._confirm_leave():
            found = self._index_of(wanted)
            if found is not None:
                self._show_entry(found)

    def _confirm_leave(self, *, cancellable: bool = True) -> bool:
        """Before leaving a nomination with levels not saved: save them, discard them, or (when
        ``cancellable``) stay. False means stay."""
        if not self.dirty() or self.entry is None:
            return True
        buttons = QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
        if cancellable:
            buttons |= QMessageBox.StandardButton.Cancel
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("ScoringTab", "Scores not saved"),
            QCoreApplication.translate("ScoringTab", "The levels you gave %s are not saved yet. Save them?")
            % self.entry.nominee_name,
            buttons,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save() or not cancellable
        if answer == QMessageBox.StandardButton.Discard:
            self.given = dict(self.entry.levels)
            self.note_edit.setText(self.entry.note or "")
            return True
        return False

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing or not current.isValid() or self.sheet is None:
            return
        if current.row() == self.current_index():
            return
        wanted = self.sheet.entries[current.row()].nomination_id
        if not self._confirm_leave():
            self._show_entry(self.current_index(), (dict(self.given), self.note_edit.text()))
            return
        found = self._index_of(wanted)
        if found is not None:
            self._show_entry(found)

    def _reviewer_chosen(self) -> None:
        shown = self.sheet.reviewer_person_id if self.sheet is not None else None
        if shown is not None and not self._confirm_leave():
            self.reviewer_combo.blockSignals(True)
            self.reviewer_combo.setCurrentIndex(self.reviewer_combo.findData(shown))
            self.reviewer_combo.blockSignals(False)
            return
        self.entry = None
        self._say("")
        self._load(keep_edits=False)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if error else "")
