"""A file read for import: its cells as text under one header row, each row knowing its place."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from desktop.services.i18n import translate

FORMATS = ("csv", "xlsx", "xls", "ods", "geojson")


@dataclass(frozen=True)
class SourceOptions:
    """What the user chose over what was detected; None means "as detected"."""

    encoding: str | None = None  # "utf-8", "utf-8-sig", "utf-16", "cp1252"
    delimiter: str | None = None  # ",", ";", "\t", "|"
    sheet: str | None = None
    header_row: int | None = None  # as a spreadsheet shows it, from 1


@dataclass(frozen=True)
class SourceInfo:
    """What was detected about the file(s), shown in the wizard so the user can override it."""

    paths: tuple[Path, ...]
    format: str  # one of FORMATS
    sha256: str  # of all files' bytes in the order given
    size: int  # bytes, all files together
    encoding: str | None = None  # text files
    delimiter: str | None = None  # text files
    sheets: tuple[str, ...] = ()  # workbooks: every sheet's name
    sheet: str | None = None  # the sheet read
    header_row: int = 1  # as a spreadsheet shows it
    headers: tuple[str, ...] = ()  # the header cells, cleaned and made unique

    @property
    def file_name(self) -> str:
        names = [path.name for path in self.paths]
        return (
            names[0]
            if len(names) == 1
            else translate("Imports", "{file} and {count} more").format(file=names[0], count=len(names) - 1)
        )


@dataclass
class SourceTable:
    """Every data row below the header: ``frame`` has one text column per header ("" when empty).

    ``row_numbers[i]`` is the row a spreadsheet shows for ``frame`` row i (for GeoJSON, the
    feature's number in its page) and ``file_index[i]`` its file in ``info.paths``. Rows that are
    empty in every cell are already left out.
    """

    info: SourceInfo
    frame: pd.DataFrame
    row_numbers: np.ndarray
    file_index: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int32))

    def file_name_of(self, position: int) -> str:
        if len(self.info.paths) == 1 or not len(self.file_index):
            return self.info.paths[0].name
        return self.info.paths[int(self.file_index[position])].name
