"""Reading a school directory's cells: codes, names, rural / urban, PIN codes and coordinates.

Each messy cell is parsed once per distinct value; a Python loop runs only over the rows that
fail, to build their problems.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from desktop.services.i18n import QT_TRANSLATE_NOOP, translate
from desktop.services.imports.problems import ImportProblem, ProposedRepair
from desktop.services.imports.target import CheckResult, ImportOptions, MappedRows
from desktop.services.imports.udise_codes import EXPECTED_CODE, read_code_column
from desktop.services.imports.values import is_missing, numbers, parse_distinct
from desktop.services.text import clean
from desktop.services.validation import LATITUDE_RANGE, LONGITUDE_RANGE, FieldErrors

# School columns an import sets straight from a cell; blank cells leave the stored value alone.
TEXT_FIELDS = ("name", "name_local", "village", "management", "category", "area", "pincode")
NUMBER_FIELDS = ("latitude", "longitude")
MAX_LENGTH = {
    "name": 200,
    "name_local": 200,
    "village": 120,
    "management": 80,
    "category": 80,
    "state": 120,
    "district": 120,
    "block": 120,
    "cluster": 120,
    "other_id": 40,
}
AREAS = {
    "1": "rural",
    "2": "urban",
    "r": "rural",
    "u": "urban",
    "rural": "rural",
    "urban": "urban",
    "ಗ್ರಾಮೀಣ": "rural",
    "ನಗರ": "urban",
    "ಪಟ್ಟಣ": "urban",
    "ग्रामीण": "rural",
    "शहरी": "urban",
}
EXPECTED_AREA = QT_TRANSLATE_NOOP("Imports", "1 or Rural, 2 or Urban")
EXPECTED_PINCODE = QT_TRANSLATE_NOOP("Imports", "6 digits, not starting with 0 (or the cell left blank)")


class Findings:
    """The problems found so far and which rows have at least one."""

    def __init__(self, rows: MappedRows) -> None:
        self.rows = rows
        self.problems: list[ImportProblem] = []
        self.bad = np.zeros(len(rows.frame), dtype=bool)

    def add(self, position: int, key: str, value: str | None, reason: str, expected: str | None = None):
        self.bad[position] = True
        self.problems.append(self.rows.problem(position, key, value or None, reason, expected))

    def add_where(self, mask, key: str, values: pd.Series, reason, expected: str | None = None) -> None:
        """A problem on every row of ``mask``; ``reason`` may be a function of the row position."""
        for position in np.flatnonzero(np.asarray(mask, dtype=bool)):
            text = reason(position) if callable(reason) else reason
            self.add(int(position), key, str(values.iat[position]), text, expected)

    def add_to_file(self, key: str, reason: str, expected: str | None = None) -> None:
        """A problem of the whole file (a column missing): no row can be stored."""
        self.bad[:] = True
        rows = self.rows
        name = str(rows.file_names[0]) if len(rows.file_names) else ""
        self.problems.append(
            ImportProblem(name, None, rows.column_of.get(key), None, reason, expected, rows.sheet)
        )


def text_column(frame: pd.DataFrame, key: str) -> pd.Series:
    """The cleaned text of a mapped column; "" for cells left blank or marked missing ("NA", "-")."""
    if key not in frame:
        return pd.Series("", index=frame.index, dtype=object)
    return parse_distinct(
        frame[key].fillna("").astype(str), lambda cell: "" if is_missing(cell) else clean(cell)
    )


def _pincode(text: str) -> str | None:
    errors = FieldErrors()
    value = errors.pincode("pincode", text)
    return None if errors.errors else value


def read_codes(
    rows: MappedRows, known: frozenset[str], options: ImportOptions, found: Findings, result: CheckResult
) -> pd.Series:
    """Each row's usable UDISE code (None where it is not); repairs, normalised codes and
    duplicates recorded in ``result`` and ``found``."""
    column = rows.frame["udise"].fillna("").astype(str)
    read = read_code_column(column, known, accept_repairs=options.accept_repairs)
    repaired = read.readings.map(lambda reading: reading.repaired is not None).to_numpy(dtype=bool)
    for position in np.flatnonzero(repaired):
        reading = read.readings.iat[position]
        result.repairs.append(
            ProposedRepair(
                str(rows.file_names[position]),
                int(rows.row_numbers[position]),
                rows.column_of.get("udise", "udise"),
                clean(column.iat[position]),
                reading.repaired,
                reading.reason,
                rows.sheet,
            )
        )
    codes = read.codes
    for position in np.flatnonzero(codes.isna().to_numpy()):
        reading = read.readings.iat[position]
        if reading.repaired:
            reason = translate(
                "Imports", "{reason}; accept the proposed repairs to read it as {code}"
            ).format(reason=reading.reason, code=reading.repaired)
            found.add(int(position), "udise", column.iat[position], reason)
        elif reading.empty:
            found.add(
                int(position),
                "udise",
                None,
                translate("Imports", "the UDISE code is empty"),
                translate("Imports", EXPECTED_CODE),
            )
        else:
            found.add(int(position), "udise", column.iat[position], reading.reason, reading.expected)
    usable = codes.notna().to_numpy()
    result.counts.normalised = int((usable & read.normalised.to_numpy(dtype=bool)).sum())
    result.counts.repaired = int((usable & repaired).sum()) if options.accept_repairs else 0
    # Duplicates: the later row is in error, naming the first.
    first = pd.Series(np.arange(len(codes))).groupby(codes.to_numpy()).transform("first")
    duplicate = codes.notna() & codes.duplicated(keep="first")
    found.add_where(
        duplicate,
        "udise",
        codes,
        lambda p: translate("Imports", "is also on {row}").format(row=row_of(rows, int(first.iat[p]), p)),
        translate("Imports", "each school once in the file"),
    )
    return codes


def row_of(rows: MappedRows, position: int, here: int) -> str:
    """ "row 14", or "row 14 of other.csv" when the first row is in another of the files."""
    row = int(rows.row_numbers[position])
    if rows.file_names[position] != rows.file_names[here]:
        return translate("Imports", "row {row} of {file}").format(row=row, file=rows.file_names[position])
    return translate("Imports", "row {row}").format(row=row)


def read_coordinates(frame: pd.DataFrame, found: Findings) -> tuple[pd.Series, pd.Series, pd.Series]:
    """(latitude, longitude, placeholder): whole-degree points such as 77, 12 are left empty."""
    read: dict[str, pd.Series] = {}
    for key in NUMBER_FIELDS:
        if key not in frame:
            read[key] = pd.Series(np.nan, index=frame.index)
            continue
        raw = frame[key].fillna("").astype(str)
        values, _missing, wrong = numbers(raw)
        found.add_where(
            wrong,
            key,
            raw,
            translate("Imports", "is not a number"),
            translate("Imports", "decimal degrees such as 16.18"),
        )
        read[key] = values.where(~wrong)
    latitude, longitude = read["latitude"], read["longitude"]
    placeholder = (latitude % 1 == 0) | (longitude % 1 == 0)  # NaN % 1 is NaN, never 0
    latitude, longitude = latitude.where(~placeholder), longitude.where(~placeholder)
    swapped = latitude.between(*LONGITUDE_RANGE) & longitude.between(*LATITUDE_RANGE)
    for key, values, (low, high) in (
        ("latitude", latitude, LATITUDE_RANGE),
        ("longitude", longitude, LONGITUDE_RANGE),
    ):
        outside = values.notna() & ~values.between(low, high)
        found.add_where(
            outside,
            key,
            frame.get(key, values),
            lambda p: (
                translate("Imports", "is outside India; latitude and longitude look swapped")
                if swapped.iat[p]
                else translate("Imports", "is outside India")
            ),
            (
                translate("Imports", "a latitude from {low} to {high} in decimal degrees")
                if key == "latitude"
                else translate("Imports", "a longitude from {low} to {high} in decimal degrees")
            ).format(low=f"{low:g}", high=f"{high:g}"),
        )
    return latitude, longitude, placeholder


def read_values(frame: pd.DataFrame, found: Findings, text: dict[str, pd.Series]) -> None:
    """Lengths, rural / urban and PIN codes, checked per distinct cell; stored forms into ``text``."""
    for key, limit in MAX_LENGTH.items():
        long = text[key].str.len() > limit
        found.add_where(
            long,
            key,
            text[key],
            lambda p, k=key: translate("Imports", "is {count} characters long").format(
                count=len(text[k].iat[p])
            ),
            translate("Imports", "at most {limit} characters").format(limit=limit),
        )
    area = parse_distinct(text["area"], lambda cell: AREAS.get(cell.casefold()) if cell else "")
    found.add_where(
        area.isna(),
        "area",
        text["area"],
        translate("Imports", "is not rural or urban"),
        translate("Imports", EXPECTED_AREA),
    )
    text["area"] = area.fillna("")
    pincode = parse_distinct(text["pincode"], lambda cell: _pincode(cell) if cell else "")
    found.add_where(
        pincode.isna(),
        "pincode",
        text["pincode"],
        translate("Imports", "is not a PIN code"),
        translate("Imports", EXPECTED_PINCODE),
    )
    text["pincode"] = pincode.fillna("")
