"""The form for an assessment round: name, kind, dates, tool, MoU, level scheme, maximum score."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.services import rounds
from desktop.services.database import Database
from desktop.services.mous import listing
from desktop.services.rounds import ROUND_KIND_LABELS, RoundInput, RoundRow
from desktop.services.validation import FieldErrors
from desktop.ui.dialogs.form_dialog import FormDialog, optional_id

DATE_HINT = "DD/MM/YYYY"


def read_date(errors: FieldErrors, name: str, text: str, label: str) -> date | None:
    """A typed DD/MM/YYYY date, None when empty; a wrong one is noted under its field."""
    text = text.strip()
    if not text:
        return None
    for pattern in ("%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    errors.add(name, f"{label}: write the date as DD/MM/YYYY (for example 15/06/2026); '{text}' is not one.")
    return None


def read_number(errors: FieldErrors, name: str, text: str, label: str) -> float | None:
    text = text.strip().replace(",", "")
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        errors.add(name, f"{label}: write a number such as 20 or 100; '{text}' is not one.")
        return None


def _date_text(value: date | None) -> str:
    return f"{value:%d/%m/%Y}" if value else ""


class RoundDialog(FormDialog):
    """Add a round (``row`` None) or edit one; ``saved`` is the RoundRow after Save."""

    def __init__(self, db: Database, row: RoundRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New assessment round") if row is None else self.tr("Edit round"), parent)
        self.db = db
        self.row = row
        if row is None and not db.read_only:
            rounds.ensure_standard_schemes(db)  # so the FLN and NAS schemes can be chosen at once
        self.line("name", self.tr("Name"), row.name if row else "", self.tr("e.g. Baseline 2026-27"))
        self.combo(
            "kind",
            self.tr("Kind"),
            [
                (QCoreApplication.translate("Baseline", label), key)
                for key, label in ROUND_KIND_LABELS.items()
            ],
            row.kind if row else "baseline",
        )
        self.line("start_date", self.tr("Starts"), _date_text(row.start_date) if row else "", DATE_HINT)
        self.line("end_date", self.tr("Ends"), _date_text(row.end_date) if row else "", DATE_HINT)
        self.line(
            "tool", self.tr("Assessment tool"), row.tool if row else "", self.tr("e.g. FLN oral assessment")
        )
        mous = [(self.tr("(none)"), None)] + [
            (f"{mou.reference} — {mou.title}", mou.id) for mou in listing.list_mous(db)
        ]
        self.combo("mou_id", self.tr("Under MoU"), mous, row.mou_id if row else None)
        schemes = [(self.tr("(no levels)"), None)] + [
            (scheme.name, scheme.id) for scheme in rounds.list_schemes(db)
        ]
        self.combo("level_scheme_id", self.tr("Level scheme"), schemes, row.level_scheme_id if row else None)
        max_score = f"{row.max_score:g}" if row and row.max_score is not None else ""
        self.line("max_score", self.tr("Maximum score"), max_score, self.tr("empty if results have no score"))
        self.text_area("notes", self.tr("Notes"), row.notes if row else None)

    def input(self) -> RoundInput:
        """The form's values; dates and the score that cannot be read are refused under their field."""
        errors = FieldErrors()
        start = read_date(errors, "start_date", self.value("start_date"), self.tr("Starts"))
        end = read_date(errors, "end_date", self.value("end_date"), self.tr("Ends"))
        max_score = read_number(errors, "max_score", self.value("max_score"), self.tr("Maximum score"))
        errors.raise_if_any()
        return RoundInput(
            name=self.value("name"),
            kind=self.value("kind"),
            start_date=start,
            end_date=end,
            tool=self.value("tool"),
            mou_id=optional_id(self.value("mou_id")),
            level_scheme_id=optional_id(self.value("level_scheme_id")),
            max_score=max_score,
            notes=self.value("notes"),
        )

    def submit(self) -> Any:
        data = self.input()
        if self.row is None:
            return rounds.create_round(self.db, data)
        return rounds.update_round(self.db, self.row.id, data)
