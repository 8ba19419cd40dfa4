"""Storing checked student results, and taking a batch of them back.

A million rows go in through the DBAPI cursor's ``executemany`` in chunks, with plain Python
values (no numpy scalars, None for blanks). Rows a batch changed keep their old values in
``import_batch_change``; rows it created are found by their ``batch_id``. The summary is kept in
step with one upsert of totals added up in pandas.
"""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
from sqlalchemy.orm import Session

from db.models import ImportBatch
from desktop.services.i18n import translate
from desktop.services.imports.targets.assessment_existing import RESULT_COLUMNS, ResultsPayload, result_frame
from desktop.services.imports.targets.summary import apply_net, net_contributions
from desktop.services.progress import Progress

CHUNK = 100_000
ENTITY = "student_result"
_INSERT = (
    "INSERT INTO student_result (round_id, batch_id, school_id, student_key, student_name, grade, gender, "
    "subject, score, level, assessed_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_UPDATE = (
    "UPDATE student_result SET batch_id = ?, school_id = ?, student_name = ?, grade = ?, gender = ?, "
    "score = ?, level = ?, assessed_on = ? WHERE id = ?"
)
_RECORD = "INSERT INTO import_batch_change (batch_id, entity, entity_id, before) VALUES (?, ?, ?, ?)"
# What ``before`` holds for a changed result: enough to put it back as it was.
RESTORED = ["batch_id", "school_id", "student_name", "grade", "gender", "score", "level", "assessed_on"]


def _nullable_floats(values: np.ndarray) -> list:
    out = values.astype(object)
    out[np.isnan(values)] = None
    return out.tolist()


def _nullable_ints(values: np.ndarray) -> list:
    blank = np.isnan(values)
    out = np.full(len(values), None, dtype=object)
    out[~blank] = values[~blank].astype(np.int64).tolist()
    return out.tolist()


def _columns(frame: pd.DataFrame) -> dict[str, list]:
    """Each stored column as a list of Python values (None where blank)."""
    return {
        "school_id": frame["school_id"].to_numpy(dtype=np.int64).tolist(),
        "student_key": frame["student_key"].tolist(),
        "student_name": frame["student_name"].tolist(),
        "grade": frame["grade"].to_numpy(dtype=np.int64).tolist(),
        "gender": frame["gender"].tolist(),
        "subject": frame["subject"].tolist(),
        "score": _nullable_floats(frame["score"].to_numpy(dtype=np.float64)),
        "level": _nullable_ints(frame["level"].to_numpy(dtype=np.float64)),
        "assessed_on": frame["assessed_on"].tolist(),
    }


def _in_index_order(frame: pd.DataFrame) -> pd.DataFrame:
    """The rows sorted by student key, as the unique index holds them.

    Rows arriving in index order append to the index; in random order each lands on another page
    and the insert takes twice as long, far more than the sort costs. Files already in order (the
    usual export) are not sorted again.
    """
    keys = frame["student_key"]
    if keys.is_monotonic_increasing:
        return frame
    return frame.iloc[np.argsort(keys.to_numpy(dtype=object), kind="stable")]


def _cursor(session: Session):  # type: ignore[no-untyped-def]
    return session.connection().connection.dbapi_connection.cursor()


def write_results(session: Session, payload: ResultsPayload, batch: ImportBatch, progress: Progress) -> None:
    """Insert the new results, update the changed ones (recording their old values), and the summary."""
    cursor = _cursor(session)
    total = len(payload.new) + len(payload.changed)
    new = _columns(_in_index_order(payload.new))
    count = len(payload.new)
    # The check admitted only genders F/M/O and grades 1-12, so SQLite's CHECK constraints can
    # only repeat it; evaluating them costs a third of the insert. The pragma expires prepared
    # statements when it changes, so nothing compiled without the checks outlives this block.
    cursor.execute("PRAGMA ignore_check_constraints = ON")
    try:
        for start in range(0, count, CHUNK):
            progress.report(start, total, translate("Imports", "Storing results"))
            stop = min(start + CHUNK, count)
            fixed = [payload.round_id] * (stop - start), [batch.id] * (stop - start)
            cursor.executemany(
                _INSERT, zip(*fixed, *(new[column][start:stop] for column in RESULT_COLUMNS), strict=True)
            )
        if len(payload.changed):
            progress.report(count, total, translate("Imports", "Updating changed results"))
            _update_changed(cursor, payload, batch)
    finally:
        cursor.execute("PRAGMA ignore_check_constraints = OFF")
    progress.report(total, total, translate("Imports", "Adding up the results"))
    added = (
        pd.concat([payload.new, payload.changed[RESULT_COLUMNS]], ignore_index=True)
        if len(payload.changed)
        else payload.new
    )
    apply_net(session, payload.round_id, net_contributions(added, payload.before))


def _update_changed(cursor, payload: ResultsPayload, batch: ImportBatch) -> None:  # type: ignore[no-untyped-def]
    after = _columns(payload.changed)
    ids = payload.changed["id"].astype(np.int64).tolist()
    batch_ids = [batch.id] * len(ids)
    changed = (after[column] for column in RESULT_COLUMNS if column in RESTORED)
    cursor.executemany(_UPDATE, zip(batch_ids, *changed, ids, strict=True))
    records = zip(batch_ids, [ENTITY] * len(ids), ids, _before_json(payload.before), strict=True)
    cursor.executemany(_RECORD, records)


def _before_json(before: pd.DataFrame) -> list[str]:
    columns = _columns(before)
    columns["batch_id"] = before["batch_id"].astype(np.int64).tolist()
    return [
        json.dumps(dict(zip(RESTORED, values, strict=True)), ensure_ascii=False)
        for values in zip(*(columns[column] for column in RESTORED), strict=True)
    ]


def undo_results(session: Session, batch: ImportBatch) -> None:
    """Put back what ``batch`` changed, delete what it created, and take it out of the summary.

    A result a later batch changed again is left as that batch made it.
    """
    connection = session.connection()
    cursor = _cursor(session)
    summary_columns = ["school_id", "grade", "subject", "gender", "level", "score"]
    current = result_frame(
        cursor.execute(
            f"SELECT id, {', '.join(summary_columns)} FROM student_result WHERE batch_id = ?", (batch.id,)
        ).fetchall(),
        ["id", *summary_columns],
    )
    changes = connection.exec_driver_sql(
        "SELECT entity_id, before FROM import_batch_change WHERE batch_id = ? AND entity = ?",
        (batch.id, ENTITY),
    ).fetchall()
    still_ours = set(current["id"].tolist())
    restored = []
    for entity_id, before in changes:
        if entity_id in still_ours:
            values = json.loads(before) if isinstance(before, str) else before
            restored.append({"id": entity_id, **values})
    if restored:
        cursor.executemany(
            _UPDATE,
            [(*(row[column] for column in RESTORED), row["id"]) for row in restored],
        )
    connection.exec_driver_sql("DELETE FROM student_result WHERE batch_id = ?", (batch.id,))
    put_back = pd.DataFrame(restored, columns=["id", *RESTORED]) if restored else None
    if put_back is not None:
        put_back["score"] = pd.to_numeric(put_back["score"]).astype(np.float64)
        put_back["level"] = pd.to_numeric(put_back["level"]).astype(np.float64)
        # The key of a result never changes, so its subject is the one it has now.
        put_back = put_back.merge(current[["id", "subject"]], on="id")
    apply_net(session, batch.round_id, net_contributions(put_back, current))
