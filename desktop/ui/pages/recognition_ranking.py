"""The Ranking and selection tab of the Recognition page: the cycle's nominations ranked by their
weighted totals, how each reviewer scored them and how far apart they were, and the steps after
the review (shortlist, select with a reason where the order is overridden, deselect, attendance,
withdrawal). Its printing buttons (invitations, certificates, a certificate's preview and the
publicity summary) are in recognition_ranking_printing; its table's model and proxy in
recognition_ranking_model."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.database import Database
from desktop.services.errors import DomainError
from desktop.services.recognition import cycles, selection
from desktop.services.recognition.nomination_listing import list_nominations
from desktop.services.recognition.ranking import Ranking, ranking
from desktop.services.recognition.selection import ReasonRequiredError
from desktop.services.recognition.vocabulary import HOLDS_PLACE, NEXT_STATUSES, STATUSES
from desktop.ui.dialogs.selection_reason_dialog import SelectionReasonDialog, StepDialog
from desktop.ui.pages import recognition_ranking_printing
from desktop.ui.pages.recognition_ranking_model import (
    KIND_SHORT,
    SPREAD_COLOUR,
    RankingLine,
    RankingModel,
    RankingProxy,
    large_spread,
    percent_text,
    rank_text,
)
from desktop.ui.table_model import Column
from desktop.ui.tasks import BackgroundTask
from desktop.ui.widgets import open_dialog


class RankingTab(QWidget):
    changed = Signal()

    def __init__(
        self, db: Database, parent: QWidget | None = None, *, today: Callable[[], date] = date.today
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.today = today
        self.cycle_id: int | None = None
        self.cycle: cycles.CycleRow | None = None
        self.ranking: Ranking | None = None
        self.lines: list[RankingLine] = []
        self.dialog: Any = None
        self.task: BackgroundTask | None = None

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status, label in STATUSES.items():
            if status != "withdrawn":  # withdrawn nominations are not ranked
                self.status_filter.addItem(QCoreApplication.translate("Recognition", label), status)
        self.status_filter.setAccessibleName(self.tr("Show status"))
        filter_label = QLabel(self.tr("S&how:"))
        filter_label.setBuddy(self.status_filter)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(filter_label)
        top.addWidget(self.status_filter)

        self.model = RankingModel(self)
        self.proxy = RankingProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setAccessibleName(self.tr("Ranking"))

        def button(text: str, tip: str, slot: Callable[[], Any]) -> QPushButton:
            made = QPushButton(text)
            made.setToolTip(tip)
            made.clicked.connect(lambda _checked=False: slot())
            return made

        self.actions = {
            "shortlist": button(self.tr("Short&list"), self.tr("Put the chosen nominations on the shortlist"), self.shortlist),
            "nominated": button(self.tr("&Back to nominated"), self.tr("Take the chosen nominations off the shortlist"), self.back_to_nominated),
            "select": button(self.tr("S&elect…"), self.tr("Select the chosen shortlisted nominees; a reason is asked when the ranking is overridden or the places exceeded"), self.select),
            "deselect": button(self.tr("&Deselect"), self.tr("Undo the selection of the chosen nominees"), self.deselect),
            "attended": button(self.tr("Mark &attended…"), self.tr("Record that the chosen invited nominees attended the event"), self.mark_attended),
            "withdraw": button(self.tr("&Withdraw…"), self.tr("Withdraw the chosen nomination, with the reason"), self.withdraw),
            "invitations": button(self.tr("Issue &invitations…"), self.tr("One numbered invitation letter to the selected nominees (those chosen, or all of them)"), lambda: recognition_ranking_printing.issue_invitations(self)),
            "certificates": button(self.tr("Issue ce&rtificates…"), self.tr("Numbered certificates for the nominees who attended (those chosen, or all of them)"), lambda: recognition_ranking_printing.issue_certificates(self)),
            "preview": button(self.tr("Pre&view certificate"), self.tr("The chosen nominee's certificate as it would print, marked DRAFT"), lambda: recognition_ranking_printing.preview_certificate(self)),
            "publicity": button(self.tr("Save &publicity summary…"), self.tr("A press note of who was selected or recognised, and why"), lambda: recognition_ranking_printing.save_publicity_summary(self)),
        }  # fmt: skip
        steps, printing = QHBoxLayout(), QHBoxLayout()
        for key in ("shortlist", "nominated", "select", "deselect", "attended", "withdraw"):
            steps.addWidget(self.actions[key])
        steps.addStretch(1)
        for key in ("invitations", "certificates", "preview", "publicity"):
            printing.addWidget(self.actions[key])
        printing.addStretch(1)
        self.status_line = QLabel()
        self.status_line.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(steps)
        layout.addLayout(printing)
        layout.addWidget(self.status_line)

        self.status_filter.currentIndexChanged.connect(lambda _i: self._filter())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.set_database(db)

    # --- the page's interface -------------------------------------------------------------------

    def set_database(self, db: Database) -> None:
        self.db = db
        self.cycle_id = None
        self.reload()

    def set_cycle(self, cycle_id: int | None) -> None:
        self.cycle_id = cycle_id
        self.reload()

    def reload(self) -> None:
        """Read the ranking again, keeping the rows chosen."""
        chosen = {line.id for line in self.selected_lines()}
        self.cycle = self.ranking = None
        self.lines = []
        if self.cycle_id is not None:
            try:
                self.cycle = cycles.get_cycle(self.db, self.cycle_id)
                self.ranking = ranking(self.db, self.cycle_id)
                dates = {row.id: row.status_date for row in list_nominations(self.db, self.cycle_id)}
            except DomainError as exc:  # the cycle was deleted meanwhile
                self.show_status(exc.message)
            else:
                self.lines = [RankingLine(row, dates.get(row.nomination_id)) for row in self.ranking.rows]
        self.model.set_ranking(self._columns(), self.lines, self._spread_column())
        self.select_ids(chosen)
        self._show_summary()
        self._update_buttons()

    def _reviewer_names(self) -> tuple[str, ...]:
        return self.ranking.reviewers if self.ranking is not None else ()

    def _columns(self) -> list[Column]:
        def reviewer_total(name: str) -> Callable[[RankingLine], float | None]:
            return lambda line: dict(line.row.reviewer_totals).get(name)

        columns = [
            Column(self.tr("Rank"), lambda line: rank_text(line.row), order_by=lambda line: (line.row.rank is None, line.row.rank or 0)),
            Column(self.tr("Nominee"), lambda line: line.row.nominee_name),
            Column(self.tr("Regional name"), lambda line: line.row.nominee_name_local or ""),
            Column(self.tr("Kind"), lambda line: self.tr(KIND_SHORT[line.row.nominee_kind])),
            Column(self.tr("Category"), lambda line: line.row.category or ""),
            Column(self.tr("Total %"), lambda line: percent_text(line.row.total), align_right=True, order_by=lambda line: line.row.total),
        ]  # fmt: skip
        for name in self._reviewer_names():
            read = reviewer_total(name)
            columns.append(
                Column(
                    name, lambda line, read=read: percent_text(read(line)), align_right=True, order_by=read
                )
            )
        columns += [
            Column(
                self.tr("Spread"), lambda line: percent_text(line.row.spread), align_right=True,
                order_by=lambda line: line.row.spread, foreground=lambda line: SPREAD_COLOUR if large_spread(line.row) else None,
            ),
            Column(
                self.tr("Reviews"), lambda line: self.tr("%(complete)s of %(expected)s") % {
                    "complete": line.row.complete_reviews, "expected": line.row.expected_reviews},
                order_by=lambda line: (line.row.complete_reviews - line.row.expected_reviews, line.row.complete_reviews),
            ),
            Column(self.tr("Status"), self._status_text, order_by=lambda line: (list(STATUSES).index(line.status), line.status_date)),
        ]  # fmt: skip
        return columns

    def _spread_column(self) -> int:
        return 6 + len(self._reviewer_names())  # after rank, names, kind, category, total

    def _status_text(self, line: RankingLine) -> str:
        label = QCoreApplication.translate("Recognition", STATUSES[line.status])
        return f"{label} {line.status_date:%d/%m/%Y}" if line.status_date else label

    def _show_summary(self) -> None:
        if self.cycle is None or self.ranking is None:
            self.summary.setText(self.tr("Choose a cycle above."))
            return
        counts = {status: sum(line.status == status for line in self.lines) for status in STATUSES}
        places = self.tr("%(places)d places · %(selected)d selected · %(shortlisted)d shortlisted") % {
            "places": self.cycle.places,
            "selected": self.ranking.selected,
            "shortlisted": counts["shortlisted"],
        }
        if cycles.scores_locked(self.cycle, self.today()):
            locked = cycles.locked_on(self.cycle)
            review = self.tr("scores locked on %s: the shortlist can be drawn.") % f"{locked:%d/%m/%Y}"
        else:
            review = (
                self.tr(
                    "scores not locked yet: the review closes on %s (or close it early on Programmes and cycles); "
                    "shortlist after that."
                )
                % f"{self.cycle.review_closes:%d/%m/%Y}"
            )
        over = self.ranking.selected > self.cycle.places
        text = f"<b>{places}</b>; {review}"
        if over:
            text += " " + self.tr("<span style='color:%s'>More selected than places.</span>") % SPREAD_COLOUR
        self.summary.setText(text)

    # --- choosing rows ----------------------------------------------------------------------------

    def selected_lines(self) -> list[RankingLine]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.row_at(self.proxy.mapToSource(self.proxy.index(row, 0)).row()) for row in rows]

    def select_ids(self, ids: set[int] | Sequence[int]) -> None:
        """Choose the rows of these nominations (those the filter shows)."""
        wanted = set(ids)
        self.table.clearSelection()
        model = self.table.selectionModel()
        for row in range(self.proxy.rowCount()):
            source = self.proxy.mapToSource(self.proxy.index(row, 0))
            if self.model.row_at(source.row()).id in wanted:
                model.select(
                    self.proxy.index(row, 0),
                    model.SelectionFlag.Select | model.SelectionFlag.Rows,
                )

    def _filter(self) -> None:
        self.proxy.set_status(self.status_filter.currentData())
        self._update_buttons()

    def chosen_or_all(self, status: str) -> list[RankingLine]:
        """The chosen rows at ``status``; when none of them is, every row at ``status``."""
        chosen = [line for line in self.selected_lines() if line.status == status]
        return chosen or [line for line in self.lines if line.status == status]

    def _update_buttons(self) -> None:
        chosen = self.selected_lines()

        def can(target: str) -> bool:
            return bool(chosen) and all(target in NEXT_STATUSES[line.status] for line in chosen)

        self.actions["shortlist"].setEnabled(
            can("shortlisted") and all(line.status == "nominated" for line in chosen)
        )
        self.actions["nominated"].setEnabled(can("nominated"))
        self.actions["select"].setEnabled(can("selected"))
        self.actions["deselect"].setEnabled(
            can("shortlisted") and all(line.status == "selected" for line in chosen)
        )
        self.actions["attended"].setEnabled(can("attended"))
        self.actions["withdraw"].setEnabled(len(chosen) == 1 and can("withdrawn"))
        self.actions["invitations"].setEnabled(any(line.status == "selected" for line in self.lines))
        self.actions["certificates"].setEnabled(any(line.status == "attended" for line in self.lines))
        self.actions["preview"].setEnabled(len(chosen) == 1)
        self.actions["publicity"].setEnabled(any(line.status in HOLDS_PLACE for line in self.lines))

    def show_status(self, text: str) -> None:
        self.status_line.setText(text)

    # --- steps ------------------------------------------------------------------------------------

    def nominee_names(self, lines: Sequence[RankingLine]) -> list[str]:
        """The nominees of ``lines``, as dialogs and status messages list them."""
        return [line.row.nominee_name for line in lines]

    def after_change(self, ids: Sequence[int], text: str) -> None:
        """After a step or a batch: read the ranking again, choose ``ids`` and say ``text``."""
        self.reload()
        self.select_ids(ids)
        self.show_status(text)
        self.changed.emit()

    def _step(self, action: Callable[[Database, list[int], date], Any], done: str) -> bool:
        lines = self.selected_lines()
        if not lines:
            return False
        ids = [line.id for line in lines]
        try:
            action(self.db, ids, self.today())
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Ranking and selection"), exc.message)
            return False
        self.after_change(ids, done % ", ".join(self.nominee_names(lines)))
        return True

    def shortlist(self) -> bool:
        return self._step(selection.shortlist, self.tr("Shortlisted: %s."))

    def back_to_nominated(self) -> bool:
        return self._step(selection.return_to_nominated, self.tr("Taken off the shortlist: %s."))

    def deselect(self) -> bool:
        return self._step(selection.deselect, self.tr("Selection undone: %s."))

    def select(self) -> SelectionReasonDialog | bool:
        """Select the chosen nominees; when the service wants a reason, ask for it and try again."""
        lines = self.selected_lines()
        if not lines:
            return False
        ids, on = [line.id for line in lines], self.today()
        try:
            selection.select(self.db, ids, on)
        except ReasonRequiredError as exc:
            dialog = SelectionReasonDialog(self.db, ids, on, exc.warnings, self)
            done = self.tr("Selected with a reason: %s.") % ", ".join(self.nominee_names(lines))
            self.dialog = open_dialog(dialog, lambda _dialog: self.after_change(ids, done))
            return dialog
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Select"), exc.message)
            return False
        self.after_change(ids, self.tr("Selected: %s.") % ", ".join(self.nominee_names(lines)))
        return True

    def mark_attended(self) -> StepDialog | None:
        lines = self.selected_lines()
        if not lines:
            return None
        ids = [line.id for line in lines]
        on = self.cycle.event_date if self.cycle is not None and self.cycle.event_date else self.today()
        dialog = StepDialog(
            self.tr("Mark attended"), self.nominee_names(lines), on,
            lambda day, _reason: selection.mark_attended(self.db, ids, day, today=self.today()), self,
            button_text=self.tr("Mark attended"),
        )  # fmt: skip
        done = self.tr("Attended: %s.") % ", ".join(self.nominee_names(lines))
        self.dialog = open_dialog(dialog, lambda _dialog: self.after_change(ids, done))
        return dialog

    def withdraw(self) -> StepDialog | None:
        lines = self.selected_lines()
        if len(lines) != 1:
            return None
        nomination_id = lines[0].id
        dialog = StepDialog(
            self.tr("Withdraw the nomination"), self.nominee_names(lines), self.today(),
            lambda day, reason: selection.withdraw(self.db, nomination_id, day, reason), self,
            button_text=self.tr("Withdraw"), reason_label=self.tr("&Reason (kept on record)"),
        )  # fmt: skip
        done = (
            self.tr("Withdrawn: %s. It can be reinstated on the Nominations tab.") % lines[0].row.nominee_name
        )
        self.dialog = open_dialog(dialog, lambda _dialog: self.after_change([], done))
        return dialog
