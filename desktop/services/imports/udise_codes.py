"""UDISE codes as files carry them: with spaces, as numbers, as floats, or short of a leading zero.

Each distinct cell is read once. A code printed with spaces or stored as a number is read as the
plain code ("normalised"); a 10-digit code that becomes a known district's code with a leading
zero is *proposed* as a repair, used only when the user accepts it; anything else is a problem.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

import pandas as pd
from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import District, School, SchoolAlias
from desktop.services.i18n import QT_TRANSLATE_NOOP, translate
from desktop.services.imports.values import NATIVE_DIGITS
from desktop.services.text import clean
from desktop.services.udise import LENGTH

EXPECTED_CODE = QT_TRANSLATE_NOOP("Imports", "an 11-digit UDISE code, e.g. 29020904706")
_SCIENTIFIC = re.compile(r"[0-9](\.[0-9]+)?[eE]\+?[0-9]{1,2}")


@dataclass(frozen=True)
class CodeReading:
    """What one distinct cell holds: a code, a repair to propose, or a problem."""

    code: str | None = None
    normalised: bool = False
    repaired: str | None = None  # proposed; ``code`` stays None until it is accepted
    reason: str = ""
    expected: str = field(default_factory=lambda: translate("Imports", EXPECTED_CODE))
    empty: bool = False  # the cell is empty


def _digits(text: str) -> str:
    return text.translate(NATIVE_DIGITS).replace(" ", "").replace("-", "").replace("\u00a0", "")


def read_code(cell: str, district_codes: frozenset[str]) -> CodeReading:
    """Read one cell as a UDISE code; ``district_codes`` are the 4-digit codes known to exist."""
    shown = clean(cell)
    if not shown:
        return CodeReading(reason=translate("Imports", "is empty"), empty=True)
    text = _digits(shown)
    if _SCIENTIFIC.fullmatch(text):
        mantissa = text.lower().split("e")[0].replace(".", "")
        try:
            number = Decimal(text)
        except InvalidOperation:  # pragma: no cover - the pattern admits only valid numbers
            number = Decimal(0)
        if len(mantissa) < LENGTH or number != number.to_integral_value():
            return CodeReading(
                reason=translate(
                    "Imports",
                    "was shortened by Excel to scientific notation and has lost digits "
                    "(only {count} of {length} are left)",
                ).format(count=len(mantissa), length=LENGTH),
                expected=translate(
                    "Imports", "the full code: format the column as Text in Excel and export the file again"
                ),
            )
        text = str(int(number))
    elif text.endswith(".0") and text[:-2].isdigit():
        text = text[:-2]
    if not (text.isascii() and text.isdigit()):
        wrong = next((ch for ch in text if not (ch.isascii() and ch.isdigit())), "")
        return CodeReading(
            reason=translate("Imports", "contains '{character}'; a UDISE code has digits only").format(
                character=wrong
            )
        )
    normalised = text != shown
    if len(text) == LENGTH:
        return CodeReading(code=text, normalised=normalised)
    if len(text) == LENGTH - 1 and "0" + text[:3] in district_codes:
        return CodeReading(
            repaired="0" + text,
            reason=translate(
                "Imports", "has 10 digits; with the leading zero it lost it is a code of district 0{district}"
            ).format(district=text[:3]),
        )
    return CodeReading(
        reason=translate("Imports", "has {count} digits").format(count=len(text)),
        expected=translate("Imports", EXPECTED_CODE),
    )


@dataclass
class CodeColumn:
    """A column of codes read: ``codes`` holds the usable code per row, or None."""

    codes: pd.Series
    readings: pd.Series  # the CodeReading of each row

    @property
    def normalised(self) -> pd.Series:
        return self.readings.map(lambda reading: reading.normalised)


def read_code_column(
    column: pd.Series, district_codes: frozenset[str], *, accept_repairs: bool
) -> CodeColumn:
    """Every row's code. Prefixes of the column's own valid codes count as known districts too."""
    distinct = pd.Series(column.unique())
    digits = distinct.map(lambda cell: _digits(clean(cell)))
    own = frozenset(code[:4] for code in digits if len(code) == LENGTH and code.isdigit())
    known = district_codes | own
    readings = {cell: read_code(cell, known) for cell in distinct}
    by_row = column.map(readings)
    codes = by_row.map(
        lambda reading: reading.code or (reading.repaired if accept_repairs and reading.repaired else None)
    )
    return CodeColumn(codes, by_row)


def district_codes(session: Session) -> frozenset[str]:
    return frozenset(session.scalars(select(District.udise_code)))


def school_ids_by_code(session: Session) -> dict[str, int]:
    return {code: school_id for code, school_id in session.execute(select(School.udise_code, School.id))}


def school_ids_by_alias(session: Session, system: str) -> dict[str, int]:
    """Another system's school ids (e.g. KLP's) -> our school ids."""
    rows = session.execute(
        select(SchoolAlias.code, SchoolAlias.school_id).where(SchoolAlias.system == system)
    )
    return {code: school_id for code, school_id in rows}
