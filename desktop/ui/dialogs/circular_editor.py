"""Writing a new circular: template, recipients, text and fields, with a live preview beside it
(the draft, the preview and issuing are in :mod:`circular_output`)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services import offices, templates
from desktop.services.circulars import CircularDraft, DraftBasis
from desktop.services.database import Database
from desktop.services.errors import ValidationError
from desktop.services.recipients import SchoolSelection
from desktop.ui.dates import date_edit
from desktop.ui.dialogs.circular_output import CircularOutputMixin, checked
from desktop.ui.dialogs.form_dialog import FormDialog
from desktop.ui.i18n import LANGUAGE_NAMES
from desktop.ui.person_picker import PersonPicker
from desktop.ui.school_picker import SchoolPicker
from desktop.ui.tasks import BackgroundTask

PREVIEW_DELAY_MS = 700
RECIPIENT_KINDS = ("school", "office", "person")  # the order of the pages in the recipients stack


def _checkable_list(items: list[tuple[str, int]]) -> QListWidget:
    widget = QListWidget()
    for text, data in items:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, data)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        widget.addItem(item)
    return widget


class CircularEditor(CircularOutputMixin, FormDialog):
    """``saved`` is the :class:`~desktop.services.dispatch.IssuedDocument` once issued."""

    preview_ready = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None, *, basis: DraftBasis | None = None,
                 supersedes: int | None = None) -> None:  # fmt: skip
        title = self.tr("New circular, superseding %s") % basis.number if basis else self.tr("New circular")
        super().__init__(title, parent)
        self.setMinimumSize(1100, 720)
        self._db = db
        self.supersedes = supersedes
        self._issue_task: BackgroundTask | None = None
        self._preview_task: BackgroundTask | None = None
        office_items = [(o.name, o.id) for o in offices.list_offices(db)]
        self.combo("office_id", self.tr("Issued by"), office_items)
        self.line("section", self.tr("Section"), None, self.tr("e.g. ACAD, ADM (in the number)"))
        self.add_field("issued_on", self.tr("Date"), date_edit(fixed_width=False))
        self.language = self.combo(
            "language", self.tr("Language"), [(n, c) for c, n in LANGUAGE_NAMES.items()], "en"
        )
        self.template = self.combo("template", self.tr("Start from"), [])
        self.line("subject", self.tr("Subject"))
        self.text_area("references", self.tr("References (one a line)"))
        self.body = self.text_area("body", self.tr("Body"))
        self.body.setFixedHeight(190)
        self.fields_box = QWidget()
        self.fields_form = QFormLayout(self.fields_box)
        self.fields_form.setContentsMargins(0, 0, 0, 0)
        self.field_edits: dict[str, QLineEdit] = {}
        self.add_field("fields", self.tr("Template fields"), self.fields_box)
        self.set_field_visible("fields", False)  # until a template brings some
        kinds = [
            (self.tr("schools"), "school"),
            (self.tr("offices"), "office"),
            (self.tr("people"), "person"),
        ]
        self.recipient_kind = self.combo("recipient_kind", self.tr("Send to"), kinds)
        # The pickers need more room than the form has: they live in a tab beside the preview,
        # and the form shows what they choose (and, under it, what is wrong with the choice).
        self.schools = SchoolPicker(db, orientation=Qt.Orientation.Vertical)
        self.offices = _checkable_list(office_items)
        self.people = PersonPicker(db)
        self.recipient_pages = QStackedWidget()
        self.recipient_pages.setContentsMargins(6, 6, 6, 6)
        for page in (self.schools, self.offices, self.people):
            self.recipient_pages.addWidget(page)
        self.recipients_summary = QLabel()
        self.recipients_summary.setWordWrap(True)
        choose = QPushButton(self.tr("Choose…"))
        summary_row = QWidget()
        row = QHBoxLayout(summary_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.recipients_summary, 1)
        row.addWidget(choose)
        self.add_field("recipients", self.tr("Recipients"), summary_row)
        self.line("signatory_name", self.tr("Signed by"))
        self.line("signatory_designation", self.tr("Designation"))
        saved_lists = [("", None)] + [(saved.name, saved.id) for saved in templates.list_copy_to_lists(db)]
        self.copy_lists = self.combo("copy_to_list", self.tr("Copy-to list"), saved_lists)
        self.copy_to = self.text_area("copy_to", self.tr("Copy to (one a line)"))
        save_list = QPushButton(self.tr("Save as a list…"))
        save_list.clicked.connect(self.save_copy_to_list)
        self.add_field("save_list", "", save_list)
        self.buttons.button(self.buttons.StandardButton.Save).setText(self.tr("Issue"))

        self.preview_label = QLabel(self.tr("The preview appears here."))
        self.preview_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        scroll = QScrollArea()
        scroll.setWidget(self.preview_label)
        scroll.setWidgetResizable(True)
        refresh = QPushButton(self.tr("Refresh preview"))
        refresh.clicked.connect(self.refresh_preview)
        self.preview_tab = QWidget()
        column = QVBoxLayout(self.preview_tab)
        column.addWidget(scroll, 1)
        column.addWidget(refresh)
        self.side = QTabWidget()
        self.side.addTab(self.preview_tab, self.tr("Preview"))
        self.side.addTab(self.recipient_pages, self.tr("Recipients"))
        self.add_side_panel(self.side, 1)

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.refresh_preview)
        for signal in (
            self.body.textChanged,
            self.widget("subject").textChanged,
            self.recipient_kind.currentIndexChanged,
            self.schools.changed,
            self.offices.itemChanged,
            self.people.changed,
        ):
            signal.connect(self._preview_timer.start)
        for signal in (self.schools.changed, self.offices.itemChanged, self.people.changed):
            signal.connect(self._show_recipients_summary)
        # The side shows what is being worked on: the pickers while choosing, the page while writing.
        choose.clicked.connect(self.show_recipients)
        self.recipient_kind.activated.connect(self.show_recipients)
        for signal in (self.body.textChanged, self.widget("subject").textEdited, self.template.activated):
            signal.connect(lambda *_args: self.side.setCurrentWidget(self.preview_tab))
        self.language.currentIndexChanged.connect(self._fill_templates)
        self.template.currentIndexChanged.connect(self._apply_template)
        self.recipient_kind.currentIndexChanged.connect(self._show_recipient_kind)
        self.copy_lists.currentIndexChanged.connect(self._apply_copy_list)
        self._fill_templates()
        self._show_recipient_kind()
        if basis is not None:
            self._start_from(basis)

    # --- template, recipients, copy-to --------------------------------------------------------

    def _fill_templates(self) -> None:
        self.template.blockSignals(True)
        self.template.clear()
        self.template.addItem(self.tr("(blank)"), None)
        for template in templates.list_templates(self._db, self.language.currentData()):
            self.template.addItem(template.name, template.id)
        self.template.blockSignals(False)

    def _apply_template(self) -> None:
        template_id = self.template.currentData()
        if template_id is None:
            self._set_fields(())
            return
        template = templates.get_template(self._db, template_id)
        self.widget("subject").setText(template.subject)
        self.body.setPlainText(template.body)
        self.widget("references").setPlainText("\n".join(template.references))
        self.set_combo(self.recipient_kind, template.recipient_kind)
        self._set_fields(template.fields)

    def _set_fields(self, names: tuple[str, ...]) -> None:
        while self.fields_form.rowCount():
            self.fields_form.removeRow(0)
        self.field_edits = {}
        for name in names:
            edit = QLineEdit()
            edit.setObjectName(f"field_{name}")
            edit.textChanged.connect(self._preview_timer.start)
            self.fields_form.addRow(name.replace("_", " "), edit)
            self.field_edits[name] = edit
        self.set_field_visible("fields", bool(names))

    def _start_from(self, basis: DraftBasis) -> None:
        self.set_combo(self.language, basis.language)
        self.widget("section").setText(basis.section)
        self.widget("subject").setText(basis.subject)
        self.body.setPlainText(basis.body)
        self.widget("references").setPlainText("\n".join(basis.references))
        self.copy_to.setPlainText("\n".join(basis.copy_to))
        self.widget("signatory_name").setText(basis.signatory.name)
        self.widget("signatory_designation").setText(basis.signatory.designation)
        self._set_fields(tuple(basis.fields))
        for name, value in basis.fields.items():
            self.field_edits[name].setText(value)

    def prefill(
        self,
        draft: CircularDraft,
        selection: SchoolSelection | None = None,
        person_ids: Sequence[int] | None = None,
    ) -> None:
        """Start from a draft prepared elsewhere (an MoU's authorisation letter, a committee's
        order, a meeting notice), to check, sign and issue; ``selection`` chooses its schools in
        the picker, ``person_ids`` its people."""
        basis = DraftBasis(
            draft.language,
            draft.section,
            draft.subject,
            draft.body,
            tuple(draft.references),
            tuple(draft.copy_to),
            draft.signatory,
            dict(draft.fields),
            "",
        )
        self.set_combo(self.widget("office_id"), draft.office_id)
        self.widget("issued_on").setDate(QDate(draft.issued_on))  # type: ignore[attr-defined]
        self._start_from(basis)
        position = self.template.findText(draft.template_name or "")
        if position >= 0:  # named in the register as the template it came from, text kept as given
            self.template.blockSignals(True)
            self.template.setCurrentIndex(position)
            self.template.blockSignals(False)
        if selection is not None:
            self.set_combo(self.recipient_kind, "school")
            self.schools.set_selection(selection)
        elif person_ids is not None:
            self.set_combo(self.recipient_kind, "person")
            self.people.set_person_ids(person_ids)

    def save_copy_to_list(self) -> None:
        """Keep the copy-to lines under a name, to choose them again on later circulars."""
        entries = [line for line in self.value("copy_to").splitlines() if line.strip()]
        name, ok = QInputDialog.getText(self, self.tr("Save copy-to list"), self.tr("Name of the list"))
        if not ok:
            return
        try:
            saved = templates.save_copy_to_list(self._db, name, entries)
        except ValidationError as exc:
            self.show_errors({"copy_to": "\n".join(exc.field_errors.values())})
            return
        if self.copy_lists.findData(saved.id) < 0:
            self.copy_lists.addItem(saved.name, saved.id)
        self.set_combo(self.copy_lists, saved.id)

    def _show_recipient_kind(self) -> None:
        self.recipient_pages.setCurrentIndex(RECIPIENT_KINDS.index(self.recipient_kind.currentData()))
        self._show_recipients_summary()

    def show_recipients(self) -> None:
        """Bring the recipients picker forward beside the form."""
        self.side.setCurrentWidget(self.recipient_pages)

    def _show_recipients_summary(self) -> None:
        kind = self.recipient_kind.currentData()
        if kind == "school":
            self.recipients_summary.setText(self.schools.summary.text())  # counted once, by the picker
            return
        chosen = len(checked(self.offices) if kind == "office" else self.people.person_ids())
        if not chosen:
            text = self.tr("Nobody chosen yet: tick them under Recipients, beside.")
        elif kind == "office":
            text = self.tr("%d offices") % chosen if chosen > 1 else self.tr("1 office")
        else:
            text = self.tr("%d people") % chosen if chosen > 1 else self.tr("1 person")
        self.recipients_summary.setText(text)

    def _apply_copy_list(self) -> None:
        list_id = self.copy_lists.currentData()
        for saved in templates.list_copy_to_lists(self._db):
            if saved.id == list_id:
                self.copy_to.setPlainText("\n".join(saved.entries))
