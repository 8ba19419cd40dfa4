"""Add / edit an office's own circular template (built-in ones are copied, never edited here)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from desktop.services import templates
from desktop.services.database import Database
from desktop.services.recipients import placeholder_names
from desktop.services.templates import TemplateInput, TemplateRow
from desktop.ui.dialogs.form_dialog import FormDialog
from desktop.ui.i18n import LANGUAGE_NAMES

QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's own limit; PySide6 does not export the constant
HINT_STYLE = "color: #5f6368;"


def recipient_kind_names(dialog: QWidget) -> dict[str, str]:
    """What each recipient kind is called on screen."""
    return {
        "school": QCoreApplication.translate("TemplateDialog", "Schools"),
        "office": QCoreApplication.translate("TemplateDialog", "Offices"),
        "person": QCoreApplication.translate("TemplateDialog", "People"),
    }


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


class TemplateDialog(FormDialog):
    """``saved`` is the :class:`~desktop.services.templates.TemplateRow` once saved."""

    def __init__(
        self,
        db: Database,
        template: TemplateRow | None = None,
        parent: QWidget | None = None,
        *,
        language: str | None = None,
    ) -> None:
        """``language`` is the one a new template starts in (English if None)."""
        super().__init__(self.tr("Edit template") if template else self.tr("New template"), parent)
        self.setMinimumWidth(720)
        self._db = db
        self._template = template
        t = template
        self.line("name", self.tr("Name"), t and t.name)
        languages = [(name, code) for code, name in LANGUAGE_NAMES.items()]
        self.language = self.combo(
            "language", self.tr("Language"), languages, t.language if t else language or "en"
        )
        kinds = [(name, kind) for kind, name in recipient_kind_names(self).items()]
        self.recipient_kind = self.combo(
            "recipient_kind", self.tr("Sent to"), kinds, t.recipient_kind if t else "school"
        )
        self.line("subject", self.tr("Subject"), t and t.subject)
        self.text_area("references", self.tr("References (one a line)"), t and "\n".join(t.references))
        self.body = self.text_area("body", self.tr("Body"), t and t.body)
        self.body.setMinimumHeight(220)
        self.body.setMaximumHeight(QWIDGETSIZE_MAX)  # the body takes what room the window has
        self.body.setToolTip(
            self.tr(
                "One line per paragraph; “- ” starts a bullet, “1. ” a numbered point, “|” a table "
                "row; *bold*, _italic_. Placeholders such as {school_name} are filled per recipient."
            )
        )
        self.body.textChanged.connect(lambda: self.clear_error("body"))
        self.fields = self.text_area("fields", self.tr("Own fields (one a line)"), t and "\n".join(t.fields))
        self.fields.setPlaceholderText(self.tr("e.g. meeting_date — filled in once per circular"))
        self.fields.textChanged.connect(lambda: self.clear_error("fields"))
        # The names the recipients fill, so staff need not guess them (and misspell them).
        self.available = QLabel()
        self.available.setWordWrap(True)
        self.available.setStyleSheet(HINT_STYLE)
        self.add_field("available", self.tr("Filled in for you"), self.available)
        self.recipient_kind.currentIndexChanged.connect(self._show_available)
        self._show_available()

    def _show_available(self) -> None:
        names = sorted(placeholder_names(self.recipient_kind.currentData()))
        self.available.setText(" ".join(f"{{{name}}}" for name in names))

    def show_errors(self, field_errors: dict[str, str]) -> None:
        super().show_errors(field_errors)
        # A placeholder message can wrap over several lines (it lists the known names), more than
        # the window's minimum height allows for: grow the window so it does not cover the body.
        layout = self.layout()
        layout.activate()
        width = self.width()
        needed = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else self.sizeHint().height()
        if needed > self.height():
            self.resize(width, needed)

    def submit(self) -> TemplateRow:
        data = TemplateInput(
            name=self.value("name"),
            language=self.value("language"),
            recipient_kind=self.value("recipient_kind"),
            subject=self.value("subject"),
            body=self.value("body"),
            fields=_lines(self.value("fields")),
            references=_lines(self.value("references")),
        )
        if self._template is None:
            return templates.create_template(self._db, data)
        return templates.update_template(self._db, self._template.id, data)
