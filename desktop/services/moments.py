"""Moments kept in UTC, read as the office's day."""

from __future__ import annotations

from datetime import UTC, date, datetime, tzinfo


def local_day(moment: datetime, zone: tzinfo | None = None) -> date:
    """The office's day at ``moment``, in ``zone`` (the computer's own when None).

    The database keeps moments in UTC, and SQLite gives them back without their zone, so a moment
    without one is read as UTC. Until 05:30 in India the UTC date is still the day before.
    """
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(zone).date()
