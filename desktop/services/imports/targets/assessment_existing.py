"""Results a round already holds, compared with the checked rows: new, changed or unchanged."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from sqlalchemy.orm import Session

# The stored columns of a result besides round and batch, in the order they are inserted.
RESULT_COLUMNS = [
    "school_id",
    "student_key",
    "student_name",
    "grade",
    "gender",
    "subject",
    "score",
    "level",
    "assessed_on",
]
# What a re-import may change in a result; (student_key, subject) is what identifies it.
COMPARED = ["school_id", "student_name", "grade", "gender", "score", "level", "assessed_on"]


@dataclass
class ResultsPayload:
    """What the write step stores: new rows, and changed rows with what they held before."""

    round_id: int
    new: pd.DataFrame  # RESULT_COLUMNS
    changed: pd.DataFrame  # "id" + RESULT_COLUMNS: the new values
    before: pd.DataFrame  # "id", "batch_id" + RESULT_COLUMNS: the old values, in the order of changed


def result_frame(records: list[tuple], columns: list[str]) -> pd.DataFrame:
    """Rows read from student_result as a frame with the dtypes the check produces."""
    frame = pd.DataFrame.from_records(records, columns=columns)
    for column in ("score", "level"):
        if column in frame:
            frame[column] = pd.to_numeric(frame[column], errors="coerce").astype(np.float64)
    for column in ("id", "batch_id", "school_id", "grade"):
        if column in frame:
            frame[column] = frame[column].astype(np.int64)
    for column in ("student_key", "student_name", "gender", "subject", "assessed_on"):
        if column in frame:
            frame[column] = frame[column].astype(object)
    return frame


def _same(new: pd.Series, old: pd.Series) -> np.ndarray:
    new_missing, old_missing = new.isna().to_numpy(), old.isna().to_numpy()
    equal = (new.to_numpy() == old.to_numpy()) & ~new_missing & ~old_missing
    return equal | (new_missing & old_missing)


def classify(session: Session, round_id: int, checked: pd.DataFrame) -> tuple[ResultsPayload, int]:
    """Split the checked rows into new and changed ones; also return how many are unchanged.

    A round with no results yet (the usual first import) is not searched at all.
    """
    empty_changed = pd.DataFrame(columns=["id", *RESULT_COLUMNS])
    empty_before = pd.DataFrame(columns=["id", "batch_id", *RESULT_COLUMNS])
    connection = session.connection()
    held = connection.exec_driver_sql(
        "SELECT 1 FROM student_result WHERE round_id = ? LIMIT 1", (round_id,)
    ).first()
    if held is None or checked.empty:
        return ResultsPayload(round_id, checked, empty_changed, empty_before), 0
    subjects = checked["subject"].unique().tolist()
    columns = ["id", "batch_id", *RESULT_COLUMNS]
    marks = ", ".join("?" * len(subjects))
    # The DBAPI cursor's plain tuples: a million SQLAlchemy rows would cost seconds more.
    cursor = connection.connection.dbapi_connection.cursor()
    records = cursor.execute(
        f"SELECT {', '.join(columns)} FROM student_result WHERE round_id = ? AND subject IN ({marks})",
        (round_id, *subjects),
    ).fetchall()
    if not records:
        return ResultsPayload(round_id, checked, empty_changed, empty_before), 0
    existing = result_frame(records, columns)
    merged = checked.merge(existing, on=["student_key", "subject"], how="left", suffixes=("", "_old"))
    matched = merged["id"].notna().to_numpy()
    same = matched.copy()
    for column in COMPARED:
        same &= _same(merged[column], merged[f"{column}_old"])
    changed = matched & ~same
    new = checked[~matched].reset_index(drop=True)
    rows = merged[changed]
    after = rows[["id", *RESULT_COLUMNS]].reset_index(drop=True)
    after["id"] = after["id"].astype(np.int64)
    before = pd.DataFrame({"id": after["id"], "batch_id": rows["batch_id"].astype(np.int64).to_numpy()})
    for column in RESULT_COLUMNS:
        source = column if column in ("student_key", "subject") else f"{column}_old"
        before[column] = rows[source].to_numpy()
    before["school_id"] = before["school_id"].astype(np.int64)
    before["grade"] = before["grade"].astype(np.int64)
    return ResultsPayload(round_id, new, after, before), int(same.sum())
