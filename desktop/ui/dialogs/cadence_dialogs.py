"""The 2-4-6-8 cadence: generating a month's review meetings for an office (previewed first, then
written in the background), and forming review groups for every unit of a level."""

from __future__ import annotations

from datetime import date, time
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.services.calendar.cadence import (
    CadenceReport,
    PlannedReview,
    generate_month,
    plan_month,
)
from desktop.services.calendar.review_groups import create_review_groups
from desktop.services.committees.vocabulary import LEVEL_ORDER, LEVELS
from desktop.services.database import Database
from desktop.services.errors import DomainError, ValidationError
from desktop.services.meetings.vocabulary import CADENCE_WORKING_DAY
from desktop.services.offices import list_offices
from desktop.services.recipients import school_recipients
from desktop.ui.dialogs.form_dialog import ERROR_STYLE, FormDialog
from desktop.ui.dialogs.mou_widgets import compact, date_edit, hint_label
from desktop.ui.i18n import month_year, ordinal
from desktop.ui.pages.month_calendar import MonthChooser
from desktop.ui.school_picker import SchoolPicker
from desktop.ui.table_model import Column, ListTableModel
from desktop.ui.tasks import BackgroundTask, run_with_progress
from desktop.ui.widgets import notice_label, record_table, show_lines

DEFAULT_START = time(10, 30)
MAX_SKIPPED_SHOWN = 15


def office_combo(db: Database, office_id: int | None) -> QComboBox:
    """The offices by name, ``office_id`` chosen (else the first)."""
    box = compact(QComboBox())
    box.setMinimumContentsLength(36)
    for office in list_offices(db):
        box.addItem(office.name, office.id)
    box.setCurrentIndex(max(box.findData(office_id), 0))
    return box


def cadence_hint(parent: QWidget) -> str:
    days = ", ".join(
        QCoreApplication.translate("CadenceDialogs", "%(level)s on the %(day)s")
        % {
            "level": QCoreApplication.translate("Committees", LEVELS[level]).lower(),
            "day": ordinal(CADENCE_WORKING_DAY[level]),
        }
        for level in LEVEL_ORDER
    )
    return (
        QCoreApplication.translate(
            "CadenceDialogs",
            "Each review group meets on its working day of the month (%s), counted in the calendar of the "
            "office that convenes it.",
        )
        % days
    )


class GenerateReviewsDialog(QDialog):
    """Shows the month's plan for an office's review groups, then schedules the meetings.
    ``generated`` carries the :class:`CadenceReport` once the meetings are written."""

    generated = Signal(object)

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        *,
        office_id: int | None = None,
        year: int,
        month: int,
        today: date,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Generate 2-4-6-8 reviews"))
        self.resize(980, 600)
        self.db = db
        self.today = today
        self.plans: list[PlannedReview] = []
        self.report: CadenceReport | None = None
        self.task: BackgroundTask | None = None
        self.office = office_combo(db, office_id)
        self.chooser = MonthChooser(year, month)
        self.start_time = QTimeEdit(QTime(DEFAULT_START.hour, DEFAULT_START.minute))
        self.start_time.setDisplayFormat("HH:mm")
        self.start_time.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.venue = QLineEdit()
        self.venue.setPlaceholderText(self.tr("Left empty: the venue is filled in later, meeting by meeting"))
        self.venue_error = QLabel()
        self.venue_error.setStyleSheet(ERROR_STYLE)
        self.venue_error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Office"), self.office)
        form.addRow(self.tr("Month"), self.chooser)
        form.addRow(self.tr("Start time"), self.start_time)
        form.addRow(self.tr("Venue"), self.venue)
        form.addRow("", self.venue_error)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = ListTableModel(
            [
                Column(self.tr("Body"), lambda p: p.body_name),
                Column(
                    self.tr("Level"),
                    lambda p: QCoreApplication.translate("Committees", LEVELS[p.level]),
                    order_by=LEVEL_ORDER.index,
                ),
                Column(self.tr("Unit"), lambda p: p.unit_name),
                Column(
                    self.tr("Date"),
                    lambda p: f"{p.meeting_date:%d/%m/%Y}" if p.meeting_date else "—",
                    order_by=lambda p: p.meeting_date,
                ),
                Column(self.tr("Meeting"), lambda p: self._what(p)),
                Column(self.tr("Note"), lambda p: p.note),
            ],
            self,
        )
        self.table = record_table(self.model, stretch=QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.outcome = notice_label()
        self.outcome.hide()
        self.generate_button = QPushButton(self.tr("Generate"))
        self.generate_button.setDefault(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.generate_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint_label(cadence_hint(self)))
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.outcome)
        layout.addWidget(buttons)
        self.office.currentIndexChanged.connect(lambda _i: self.preview())
        self.chooser.changed.connect(lambda _y, _m: self.preview())
        self.venue.textEdited.connect(lambda _t: self.venue_error.hide())
        self.generate_button.clicked.connect(self.generate)
        self.preview()

    def _what(self, plan: PlannedReview) -> str:
        if plan.existing_meeting_id is not None:
            return self.tr("already scheduled")
        return self.tr("to be scheduled") if plan.meeting_date else self.tr("none this month")

    def to_create(self) -> list[PlannedReview]:
        return [p for p in self.plans if p.existing_meeting_id is None and p.meeting_date is not None]

    def preview(self) -> None:
        """Show what generating the month would do; nothing is written."""
        self.outcome.hide()
        office_id = self.office.currentData()
        try:
            self.plans = [] if office_id is None else plan_month(self.db, office_id, *self._month())
        except DomainError as exc:
            self.plans = []
            self.summary.setText(exc.message)
        else:
            self.summary.setText(self._summary())
        self.model.set_rows(self.plans)
        # Generating again when every meeting exists is allowed: it reports that nothing was added.
        self.generate_button.setEnabled(bool(self.plans) and not self.db.read_only)

    def _month(self) -> tuple[int, int]:
        return self.chooser.year(), self.chooser.month()

    def _summary(self) -> str:
        label = month_year(*self._month())
        if not self.plans:
            return (
                self.tr(
                    "No review group of this office is on the 2-4-6-8 cadence in %s. Form review groups "
                    "first (Review groups… on the Meetings page), or choose the office that convenes them."
                )
                % label
            )
        existing = sum(p.existing_meeting_id is not None for p in self.plans)
        none = sum(p.meeting_date is None for p in self.plans)
        return self.tr(
            "%(month)s: %(groups)s review groups; %(to_schedule)s meetings to schedule, %(scheduled)s already scheduled, %(without_review)s without a review."
        ) % {
            "month": label,
            "groups": len(self.plans),
            "to_schedule": len(self.to_create()),
            "scheduled": existing,
            "without_review": none,
        }

    def generate(self) -> BackgroundTask | None:
        """Schedule the month's meetings in the background (thousands of schools take seconds)."""
        office_id = self.office.currentData()
        if office_id is None or not self.plans:
            return None
        year, month = self._month()
        start: time = self.start_time.time().toPython()  # type: ignore[assignment]
        db, venue = self.db, self.venue.text()
        self.generate_button.setEnabled(False)
        self.task = run_with_progress(
            self,
            self.tr("Scheduling the reviews of %s") % month_year(year, month),
            lambda progress: generate_month(db, office_id, year, month, start, venue, progress=progress),
        )
        self.task.succeeded.connect(self._generated)
        self.task.failed.connect(self._failed)
        self.task.cancelled.connect(self._cancelled)
        return self.task

    def _generated(self, report: CadenceReport) -> None:
        self.report = report
        self.preview()
        lines = [
            self.tr(
                "Meetings scheduled: %(created)s. Already scheduled, left as they were: %(existing)s. Without a review: %(skipped)s."
            )
            % {"created": report.created, "existing": report.existing, "skipped": len(report.skipped)}
        ]
        lines += report.skipped[:MAX_SKIPPED_SHOWN]
        if len(report.skipped) > MAX_SKIPPED_SHOWN:
            lines.append(
                self.tr("… and %s more (see the Note column).") % (len(report.skipped) - MAX_SKIPPED_SHOWN)
            )
        show_lines(self.outcome, lines)
        self.generated.emit(report)

    def _cancelled(self) -> None:
        self.generate_button.setEnabled(bool(self.plans))
        show_lines(self.outcome, [self.tr("Cancelled; no meeting was scheduled.")])

    def _failed(self, error: Any) -> None:
        self.generate_button.setEnabled(bool(self.plans))
        if isinstance(error, ValidationError) and "venue" in error.field_errors:
            self.venue_error.setText(error.field_errors["venue"])
            self.venue_error.show()
            return
        QMessageBox.warning(self, self.windowTitle(), getattr(error, "message", str(error)))


class ReviewGroupsDialog(FormDialog):
    """Form a review group on the cadence for every unit of a level in the office's district that
    has none (schools: the ones chosen). ``saved`` is how many were formed."""

    def __init__(
        self, db: Database, parent: QWidget | None = None, *, office_id: int | None = None, today: date
    ) -> None:
        super().__init__(self.tr("Review groups"), parent)
        self.db = db
        self.add_field("office_id", self.tr("Convening office"), office_combo(db, office_id))
        self.level = self.combo(
            "level",
            self.tr("Level"),
            [
                (QCoreApplication.translate("Committees", LEVELS[level]), level)
                for level in reversed(LEVEL_ORDER)
            ],
            "cluster",
        )
        self.formed_on = self.add_field("formed_on", self.tr("Formed on"), date_edit(today))
        self.explain = hint_label("")
        self.add_field("explain", "", self.explain)
        self.schools = SchoolPicker(db, with_categories=True, orientation=Qt.Orientation.Vertical)
        self.add_field("unit_ids", self.tr("Schools"), self.schools)
        self.schools.changed.connect(lambda: self.clear_error("unit_ids"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Form review groups"))
        self.level.currentIndexChanged.connect(lambda _i: self._level_changed())
        self._level_changed()

    def _level_changed(self) -> None:
        level = self.level.currentData()
        self.set_field_visible("unit_ids", level == "school")
        kind = QCoreApplication.translate("Committees", LEVELS[level]).lower()
        if level == "school":
            text = self.tr(
                "A school committee on the 2-4-6-8 cadence is formed for each school chosen below "
                "that has none; it reviews on the 2nd working day of every month."
            )
        elif level == "district":
            text = self.tr(
                "A district review group is formed if the district has none; it reviews on the 8th working day."
            )
        else:
            text = self.tr(
                "A %(level)s review group is formed for every %(level)s of the office's district that has "
                "none; those that have one keep it. They review on the %(day)s working day."
            ) % {"level": kind, "day": ordinal(CADENCE_WORKING_DAY[level])}
        self.explain.setText(text)
        if level == "school":
            self.resize(max(self.width(), 720), max(self.height(), 640))
        else:
            self.adjustSize()

    def submit(self) -> int:
        level = self.level.currentData()
        unit_ids = None
        if level == "school":
            unit_ids = [school.id for school in school_recipients(self.db, self.schools.selection())]
        return create_review_groups(
            self.db,
            self.value("office_id"),
            level,
            self.formed_on.date().toPython(),  # type: ignore[attr-defined]
            unit_ids,
        )
