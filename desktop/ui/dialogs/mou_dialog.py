"""The MoU form: details, coverage, signatories, obligations and data sharing, and for a saved MoU
its attachments and history.

One Save writes the whole MoU in one transaction (``create_mou`` / ``update_mou``). Once signed, an
MoU's terms change only through an amendment (on the MoU page), so the form then shows them
read-only and Save updates the obligations alone. The lifecycle buttons live on the MoU page too.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services import offices, organisations, people
from desktop.services.database import Database
from desktop.services.errors import DomainError, ValidationError
from desktop.services.mous import register
from desktop.services.mous.register import MouDetail, MouInput
from desktop.services.mous.vocabulary import FOCUS_AREAS
from desktop.ui.dialogs.form_dialog import INVALID_STYLE, FormDialog, optional_id
from desktop.ui.dialogs.mou_records import AttachmentsTab, TimelineTab
from desktop.ui.dialogs.mou_tables import ObligationsTab, SignatoriesTab
from desktop.ui.dialogs.mou_tabs import CoverageTab, DataSharingTab
from desktop.ui.dialogs.mou_widgets import (
    FundingField,
    PartnerList,
    PersonCombo,
    compact,
    date_edit,
    freeze_field,
    standard_text_source,
    year_later,
)
from desktop.ui.i18n import LANGUAGE_NAMES
from desktop.ui.widgets import notice_label

CLOSED_STATUSES = frozenset({"expired", "terminated"})
# A red border on the part of a composite field that holds the value, not on every child of it.
COMPOSITE_INVALID = {
    "partner_ids": f"QListWidget {{ {INVALID_STYLE} }}",
    "funding_amount": f"QLineEdit {{ {INVALID_STYLE} }}",
}
ERROR_COLOUR = QColor("#b00020")  # as FormDialog's ERROR_STYLE


class MouDialog(FormDialog):
    """Add or edit an MoU; ``saved`` is the :class:`MouDetail` once saved."""

    def __init__(
        self,
        db: Database,
        mou_id: int | None = None,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        self._db = db
        self._today = today or date.today()
        self.detail = register.get_mou(db, mou_id) if mou_id is not None else None
        translate = QCoreApplication.translate
        if self.detail is None:
            title = translate("MouDialog", "New MoU")
        else:
            title = translate("MouDialog", "MoU %(reference)s — %(status)s") % {
                "reference": self.detail.data.reference,
                "status": translate("MoUs", self.detail.status_label),
            }
        super().__init__(title, parent)
        self.setMinimumSize(960, 620)
        self.resize(1180, 700)  # fits the 1366 × 768 screens of many office PCs
        self.notice = notice_label()
        self.notice.hide()
        self.tabs = QTabWidget()
        self.details = self._details_tab()
        self.coverage = CoverageTab(db)
        self.signatories = SignatoriesTab(self._today)
        self.obligations = ObligationsTab(self._today)
        self.data_sharing = DataSharingTab()
        self.tabs.addTab(self.details, self.tr("Details"))
        self.tabs.addTab(self.coverage, self.tr("Coverage"))
        self.tabs.addTab(self.signatories, self.tr("Signatories"))
        self.tabs.addTab(self.obligations, self.tr("Obligations"))
        self.tabs.addTab(self.data_sharing, self.tr("Data sharing"))
        self.attachments: AttachmentsTab | None = None
        self.timeline: TimelineTab | None = None
        if self.detail is not None:  # files and history belong to an MoU that exists
            self.attachments = AttachmentsTab(db, self.detail.id)
            self.timeline = TimelineTab(db, self.detail.id)
            self.tabs.addTab(self.attachments, self.tr("Attachments"))
            self.tabs.addTab(self.timeline, self.tr("Timeline"))
            self.attachments.changed.connect(self.timeline.refresh)
        # Messages about a whole list sit at the top of its tab.
        self._list_tabs = {
            "coverage": self.coverage,
            "signatories": self.signatories,
            "obligations": self.obligations,
            "data_shares": self.data_sharing,
        }
        self.add_side_panel(self.tabs, 1)
        self._columns.setStretch(0, 0)  # the base form stays empty: every field is in a tab
        self.layout().insertWidget(0, self.notice)
        self.partners.changed.connect(lambda: self.signatories.set_partners(self.partners.names()))
        self._load(self.detail.data if self.detail else None)
        self._apply_state()

    # --- building -----------------------------------------------------------------------------

    def _details_tab(self) -> QWidget:
        page = QWidget()
        left, objectives, text = QFormLayout(), QFormLayout(), QFormLayout()
        for form in (left, objectives, text):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        objectives.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # label above the box
        # A wrapped row never grows taller, so the text has its label apart and a row that can.
        text.setContentsMargins(0, 0, 0, 0)
        text.setHorizontalSpacing(0)
        right = QVBoxLayout()
        right.addLayout(objectives)
        right.addWidget(QLabel(self.tr("Text of the MoU")))
        right.addLayout(text, 1)
        columns = QHBoxLayout(page)
        columns.addLayout(left, 3)
        columns.addSpacing(12)
        columns.addLayout(right, 2)
        db = self._db
        with self.fields_in(left):
            self.line("reference", self.tr("Reference number"), None, self.tr("e.g. DDPI/KVD/MOU/2026/01"))
            self.line("title", self.tr("Title"))
            office_items = [(o.name, o.id) for o in offices.list_offices(db)]
            compact(self.combo("office_id", self.tr("District office"), [("", None), *office_items]))
            ids = people.search_person_ids(db)
            rows = people.person_rows(db, ids)
            self.nodal = PersonCombo([rows[i] for i in ids if i in rows])
            self.add_field("nodal_officer_id", self.tr("Nodal officer"), self.nodal)
            self.partners = PartnerList(organisations.list_organisations(db))
            self.add_field("partner_ids", self.tr("Partner organisations"), self.partners)
            focus_items = [
                (QCoreApplication.translate("MoUs", label), key) for key, label in FOCUS_AREAS.items()
            ]
            self.focus = self.combo("focus", self.tr("Focus"), focus_items)
            self.line("focus_other", self.tr("Describe the focus"))
            self.start = self.add_field("start_date", self.tr("Starts on"), date_edit(self._today))
            self.end = self.add_field("end_date", self.tr("Ends on"), date_edit(year_later(self._today)))
            self.funding = FundingField()
            self.add_field("funding_amount", self.tr("Funding"), self.funding)
            languages = [(name, code) for code, name in LANGUAGE_NAMES.items()]
            self.language = self.combo("language", self.tr("Language of the MoU"), languages, "en")
        with self.fields_in(objectives):
            self.objectives = self.text_area("objectives", self.tr("Objectives"))
            self.objectives.setFixedHeight(96)
        with self.fields_in(text):
            self.text = QPlainTextEdit()
            self.text.setTabChangesFocus(True)
            self.text.setPlaceholderText(
                self.tr(
                    "The clauses as they are to be printed. A line each; '- ' for bullets, '1. ' for "
                    "numbered clauses, *bold* and _italic_."
                )
            )
            self.add_field("text", "", self.text)
            self.standard_text_button: QPushButton | None = None
            if standard_text_source() is not None:
                self.standard_text_button = QPushButton(self.tr("Use the standard text"))
                self.standard_text_button.setToolTip(
                    self.tr("The district's standard clauses in the language chosen, to adapt")
                )
                self.standard_text_button.clicked.connect(self.use_standard_text)
                row = QHBoxLayout()
                row.addStretch(1)
                row.addWidget(self.standard_text_button)
                text.addRow(row)
        self.focus.currentIndexChanged.connect(self._show_focus_other)
        # The fields FormDialog did not make itself clear their message when changed.
        self.nodal.editTextChanged.connect(lambda _t: self.clear_error("nodal_officer_id"))
        self.partners.changed.connect(lambda: self.clear_error("partner_ids"))
        self.start.dateChanged.connect(lambda _d: self.clear_error("start_date"))
        self.end.dateChanged.connect(lambda _d: self.clear_error("end_date"))
        self.funding.amount.textEdited.connect(lambda _t: self.clear_error("funding_amount"))
        self.funding.funded.toggled.connect(lambda _on: self.clear_error("funding_amount"))
        self.objectives.textChanged.connect(lambda: self.clear_error("objectives"))
        return page

    def use_standard_text(self) -> None:
        """Put the standard clauses in the language chosen in place of the text (asks first)."""
        source = standard_text_source()
        if source is None:
            return
        if self.text.toPlainText().strip():
            answer = QMessageBox.question(
                self,
                self.tr("Use the standard text"),
                self.tr("Replace the text written so far with the standard clauses?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.clear_error("text")
        try:
            self.text.setPlainText(source(self.language.currentData()))
        except DomainError as exc:
            self.show_errors({"text": exc.message})

    def _show_focus_other(self) -> None:
        self.set_field_visible("focus_other", self.focus.currentData() == "custom")

    # --- loading and reading ------------------------------------------------------------------

    def _load(self, data: MouInput | None) -> None:
        if data is not None:
            self.widget("reference").setText(data.reference)
            self.widget("title").setText(data.title)
            self.set_combo(self.widget("office_id"), data.office_id)
            self.nodal.set_person_id(data.nodal_officer_id)
            self.partners.set_ids(data.partner_ids)
            self.set_combo(self.focus, data.focus)
            self.widget("focus_other").setText(data.focus_other or "")
            if data.start_date:
                self.start.setDate(QDate(data.start_date))
            if data.end_date:
                self.end.setDate(QDate(data.end_date))
            self.funding.set_value(data.funded, data.funding_amount)
            self.set_combo(self.language, data.language)
            self.objectives.setPlainText(data.objectives or "")
            self.text.setPlainText(data.text)
            self.coverage.set_coverage(data.coverage)
            self.signatories.set_values(data.signatories)  # after the partners: they name them
            self.obligations.set_values(data.obligations)
            self.data_sharing.set_values(data.data_shares)
        self._show_focus_other()

    def mou_input(self) -> MouInput:
        """The whole MoU as the form stands; raises ValidationError for what cannot even be read."""
        problems = {}
        if self.nodal.names_nobody():
            problems["nodal_officer_id"] = (
                self.tr("“%s” is not in the list of people: choose from the list, or leave it empty.")
                % self.nodal.currentText().strip()
            )
        if self.funding.amount_unreadable():
            problems["funding_amount"] = self.tr("Write the amount in whole rupees, e.g. 12,50,000.")
        if problems:
            raise ValidationError(problems)
        return MouInput(
            reference=self.value("reference"),
            title=self.value("title"),
            office_id=optional_id(self.value("office_id")),
            partner_ids=self.partners.ids(),
            focus=self.focus.currentData(),
            focus_other=self.value("focus_other"),
            start_date=self.start.date().toPython(),  # type: ignore[attr-defined]
            end_date=self.end.date().toPython(),  # type: ignore[attr-defined]
            objectives=self.objectives.toPlainText(),
            nodal_officer_id=self.nodal.person_id(),
            funded=self.funding.is_funded(),
            funding_amount=self.funding.amount_value(),
            coverage=self.coverage.coverage(),
            signatories=self.signatories.values(),
            obligations=self.obligations.values(),
            data_shares=self.data_sharing.values(),
            language=self.language.currentData(),
            text=self.text.toPlainText(),
        )

    # --- state ----------------------------------------------------------------------------------

    @property
    def editable(self) -> bool:
        """Whether the MoU's terms can be changed here (a new MoU, a draft, one under review)."""
        return not self._db.read_only and (self.detail is None or self.detail.editable)

    def _apply_state(self) -> None:
        if self.editable:
            return
        # Nothing at all changes in a closed MoU, nor in a database another window is writing.
        closed = self._db.read_only or (self.detail is not None and self.detail.status in CLOSED_STATUSES)
        if self._db.read_only:
            self.notice.setText(
                self._db.read_only_reason or self.tr("This database is open read-only: nothing can be saved.")
            )
        elif closed:
            assert self.detail is not None
            self.notice.setText(
                self.tr("This MoU is %s: it is kept on record as it was, and nothing in it changes.")
                % QCoreApplication.translate("MoUs", self.detail.status_label).lower()
            )
        else:
            self.notice.setText(
                self.tr(
                    "Signed MoUs change only through an amendment (on the MoU page). Here you can "
                    "update the obligations and attach scanned copies."
                )
            )
        self.notice.show()
        for widget in self._widgets.values():
            freeze_field(widget)
        for tab in (self.coverage, self.signatories, self.data_sharing):
            tab.set_read_only()
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        if self.standard_text_button is not None:
            self.standard_text_button.hide()
        if self.attachments is not None and self._db.read_only:
            self.attachments.set_read_only()
        if closed:
            self.obligations.set_read_only()
            save.hide()
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        else:
            save.setText(self.tr("Save obligations"))
            self.tabs.setCurrentWidget(self.obligations)

    # --- saving and errors ----------------------------------------------------------------------

    def submit(self) -> MouDetail:
        if self.detail is None:
            return register.create_mou(self._db, self.mou_input(), today=self._today)
        if self.detail.editable:
            return register.update_mou(self._db, self.detail.id, self.mou_input(), today=self._today)
        return register.update_obligations(self._db, self.detail.id, self.obligations.values())

    def _save(self) -> None:
        for tab in self._list_tabs.values():
            tab.error.hide()
        for index in range(self.tabs.count()):
            self.tabs.tabBar().setTabTextColor(index, QColor())  # invalid: the normal colour
        super()._save()

    def show_errors(self, field_errors: dict[str, str]) -> None:
        """Each message under its field, or at the top of its tab; the first such tab is shown and
        every tab with a message has its title in red."""
        in_fields = dict(field_errors)
        for name, tab in self._list_tabs.items():
            message = in_fields.pop(name, None)
            if message:
                tab.error.setText(message)
                tab.error.show()
        super().show_errors(in_fields)
        for name, style in COMPOSITE_INVALID.items():
            if name in in_fields:
                self.widget(name).setStyleSheet(style)
        tabs = sorted({self.tabs.indexOf(self._tab_of(name)) for name in field_errors} - {-1})
        for index in tabs:
            self.tabs.tabBar().setTabTextColor(index, ERROR_COLOUR)
        if tabs:
            self.tabs.setCurrentIndex(tabs[0])

    def _tab_of(self, name: str) -> QWidget | None:
        """The tab showing the message for ``name`` (None: shown above the buttons)."""
        if name in self._list_tabs:
            return self._list_tabs[name]
        return self.details if name in self._widgets else None

    def error_text(self, name: str) -> str:
        if name in self._list_tabs:
            label = self._list_tabs[name].error
            return label.text() if not label.isHidden() else ""
        return super().error_text(name)
