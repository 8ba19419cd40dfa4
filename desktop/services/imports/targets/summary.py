"""``result_summary`` kept in step with ``student_result``: contributions added and taken away.

An SQL GROUP BY over a million results takes seconds, so imports add up the rows they store in
pandas (a tenth of a second) and add the totals to the summary with one upsert. Undo and tests use
:func:`rebuild_summary`, which recomputes a round's summary from its results.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from sqlalchemy.orm import Session

SUMMARY_KEYS = ["school_id", "grade", "subject", "gender", "level"]
NO_GENDER, NO_LEVEL = "", -1

_UPSERT = (
    "INSERT INTO result_summary (round_id, school_id, grade, subject, gender, level, students, scored, "
    "score_sum) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (round_id, school_id, grade, subject, gender, level) DO UPDATE SET "
    "students = students + excluded.students, scored = scored + excluded.scored, "
    "score_sum = score_sum + excluded.score_sum"
)


def contributions(results: pd.DataFrame) -> pd.DataFrame:
    """Results added up per summary key: ``students``, ``scored`` and ``score_sum``.

    ``results`` has the columns of SUMMARY_KEYS and ``score``; gender and level may be None/NaN.
    """
    frame = pd.DataFrame(
        {
            "school_id": results["school_id"].to_numpy(dtype=np.int64),
            "grade": results["grade"].to_numpy(dtype=np.int64),
            "subject": results["subject"].to_numpy(dtype=object),
            "gender": results["gender"].fillna(NO_GENDER).to_numpy(dtype=object),
            "level": results["level"].fillna(NO_LEVEL).to_numpy(dtype=np.int64),
            "score": results["score"].to_numpy(dtype=np.float64),
        }
    )
    frame["scored"] = ~np.isnan(frame["score"].to_numpy())
    # Sorted: the upsert then walks the summary's primary key in order.
    grouped = frame.groupby(SUMMARY_KEYS, sort=True).agg(
        students=("score", "size"), scored=("scored", "sum"), score_sum=("score", "sum")
    )
    return grouped.reset_index()


def net_contributions(added: pd.DataFrame | None, removed: pd.DataFrame | None) -> pd.DataFrame:
    """The totals of ``added`` results less those of ``removed`` ones, as one table to upsert."""
    parts = []
    if added is not None and len(added):
        parts.append(contributions(added))
    if removed is not None and len(removed):
        taken = contributions(removed)
        for column in ("students", "scored", "score_sum"):
            taken[column] = -taken[column]
        parts.append(taken)
    if not parts:
        return pd.DataFrame(columns=[*SUMMARY_KEYS, "students", "scored", "score_sum"])
    if len(parts) == 1:
        return parts[0]
    both = pd.concat(parts, ignore_index=True)
    return both.groupby(SUMMARY_KEYS, sort=True, as_index=False)[["students", "scored", "score_sum"]].sum()


def apply_net(session: Session, round_id: int, net: pd.DataFrame) -> None:
    """Add signed totals (from :func:`net_contributions`) to the round's summary."""
    if net.empty:
        return
    rows = list(
        zip(
            [round_id] * len(net),
            net["school_id"].astype(np.int64).tolist(),
            net["grade"].astype(np.int64).tolist(),
            net["subject"].tolist(),
            net["gender"].tolist(),
            net["level"].astype(np.int64).tolist(),
            net["students"].astype(np.int64).tolist(),
            net["scored"].astype(np.int64).tolist(),
            net["score_sum"].astype(np.float64).tolist(),
            strict=True,
        )
    )
    connection = session.connection()
    connection.exec_driver_sql(_UPSERT, rows)
    if (net["students"] < 0).any():
        # A group whose last student went away is not kept as a row of zeros.
        connection.exec_driver_sql(
            "DELETE FROM result_summary WHERE round_id = ? AND students <= 0", (round_id,)
        )


def rebuild_summary(session: Session, round_id: int) -> None:
    """Recompute the round's summary from its student results (one GROUP BY over the round)."""
    connection = session.connection()
    connection.exec_driver_sql("DELETE FROM result_summary WHERE round_id = ?", (round_id,))
    connection.exec_driver_sql(
        "INSERT INTO result_summary (round_id, school_id, grade, subject, gender, level, students, "
        "scored, score_sum) "
        "SELECT round_id, school_id, grade, subject, coalesce(gender, ''), coalesce(level, -1), "
        "count(*), count(score), coalesce(sum(score), 0.0) "
        "FROM student_result WHERE round_id = ? "
        "GROUP BY round_id, school_id, grade, subject, coalesce(gender, ''), coalesce(level, -1)",
        (round_id,),
    )


def summary_rows(session: Session, round_id: int) -> list[tuple]:
    """The round's summary rows in key order (for comparing with a rebuilt one)."""
    result = session.connection().exec_driver_sql(
        "SELECT school_id, grade, subject, gender, level, students, scored, round(score_sum, 6) "
        "FROM result_summary WHERE round_id = ? ORDER BY school_id, grade, subject, gender, level",
        (round_id,),
    )
    return [tuple(row) for row in result]
