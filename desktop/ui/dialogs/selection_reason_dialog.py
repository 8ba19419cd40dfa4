"""The small forms the Ranking tab asks along a nomination's steps: the reason for a selection that
passes over a higher-ranked nominee or exceeds the cycle's places; a dated step with or without a
reason (attendance, withdrawal); and the date and section of a batch of invitations or
certificates. Service refusals show under the field they concern, and the form stays open."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.services.database import Database
from desktop.services.errors import ValidationError
from desktop.services.recognition import selection
from desktop.ui.dialogs.form_dialog import FormDialog
from desktop.ui.dialogs.mou_actions import date_of
from desktop.ui.dialogs.mou_widgets import date_edit
from desktop.ui.widgets import notice_label

MAX_NAMED = 12


def names_text(names: Sequence[str]) -> str:
    """The nominees a step applies to, one a line (the first dozen, then how many more)."""
    shown = [f"• {name}" for name in names[:MAX_NAMED]]
    if len(names) > MAX_NAMED:
        shown.append(f"… and {len(names) - MAX_NAMED} more")
    return "\n".join(shown)


def _label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class SelectionReasonDialog(FormDialog):
    """Asked when selecting passes over a higher-ranked shortlisted nominee or exceeds the places:
    the service's warnings, and the reason to keep with the selection."""

    def __init__(
        self,
        db: Database,
        nomination_ids: Sequence[int],
        on: date,
        warnings: Sequence[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Select with a reason"), parent)
        self._db, self._ids, self._on = db, list(nomination_ids), on
        # Above the form, the width of the dialog: the warnings are sentences naming nominees.
        self.warnings = notice_label("\n".join(f"• {warning}" for warning in warnings))
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, self.warnings)
        self.text_area("reason", self.tr("&Reason (kept with the selection)"))
        self.buttons.button(self.buttons.StandardButton.Save).setText(self.tr("Select"))

    def submit(self) -> str:
        reason = self.value("reason").strip()
        if not reason:
            raise ValidationError.single("reason", self.tr("Give the reason for this selection, or cancel."))
        selection.select(self._db, self._ids, self._on, reason=reason)
        return reason


class StepDialog(FormDialog):
    """A step taken on a date the user gives (and, when ``reason_label`` is given, with a reason):
    ``action(on, reason)`` calls the service."""

    def __init__(
        self,
        title: str,
        names: Sequence[str],
        on: date,
        action: Callable[[date, str], Any],
        parent: QWidget | None = None,
        *,
        button_text: str,
        reason_label: str | None = None,
    ) -> None:
        super().__init__(title, parent)
        self._action = action
        self._with_reason = reason_label is not None
        self.add_field("nominees", self.tr("Nominees"), _label(names_text(names)))
        self.on = self.add_field("on", self.tr("&Date"), date_edit(on))
        if reason_label is not None:
            self.text_area("reason", reason_label)
        self.buttons.button(self.buttons.StandardButton.Save).setText(button_text)

    def submit(self) -> date:
        on = date_of(self.on)
        self._action(on, self.value("reason") if self._with_reason else "")
        return on


@dataclass(frozen=True)
class IssueChoice:
    issued_on: date
    section: str


class IssueDialog(FormDialog):
    """The date and section of a batch to issue (invitations, certificates), for the nominees
    named. ``check(issued_on, section)``, when given, refuses what issuing would refuse, before
    any number is taken."""

    def __init__(
        self,
        title: str,
        names: Sequence[str],
        issued_on: date,
        parent: QWidget | None = None,
        *,
        button_text: str,
        check: Callable[[date, str], Any] | None = None,
    ) -> None:
        super().__init__(title, parent)
        self._check = check
        self.add_field("nominees", self.tr("For"), _label(names_text(names)))
        self.issued_on = self.add_field("issued_on", self.tr("&Dated"), date_edit(issued_on))
        self.line(
            "section", self.tr("&Section"), None, self.tr("e.g. ACAD, ADM (in the number); may be empty")
        )
        self.buttons.button(self.buttons.StandardButton.Save).setText(button_text)

    def submit(self) -> IssueChoice:
        choice = IssueChoice(date_of(self.issued_on), self.value("section").strip())
        if self._check is not None:
            self._check(choice.issued_on, choice.section)
        return choice
