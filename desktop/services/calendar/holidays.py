"""An office's holidays: added one by one, imported from the state's list, or copied to other offices."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import extract, select
from sqlalchemy.orm import Session

from db.models import Holiday, Office
from desktop.documents.text import indian_date
from desktop.services.database import Database
from desktop.services.errors import ValidationError
from desktop.services.i18n import translate
from desktop.services.records import get_or_raise
from desktop.services.validation import FieldErrors

NAME_MAX = 200


@dataclass(frozen=True)
class HolidayInput:
    on_date: date | None
    name: str


@dataclass(frozen=True)
class HolidayRow:
    id: int
    office_id: int
    on_date: date
    name: str


@dataclass(frozen=True)
class HolidayCopyReport:
    """``added`` holidays written; ``unchanged`` already there with the same name; ``kept`` lines
    name dates an office already had under another name (its own name is kept)."""

    added: int
    unchanged: int
    kept: list[str] = field(default_factory=list)


def same_name(first: str, second: str) -> bool:
    """Names that differ only in case or spacing are the same holiday."""
    return first.casefold() == second.casefold()


def holiday_on(
    session: Session, office_id: int, on_date: date, exclude_id: int | None = None
) -> Holiday | None:
    statement = select(Holiday).where(Holiday.office_id == office_id, Holiday.on_date == on_date)
    if exclude_id is not None:
        statement = statement.where(Holiday.id != exclude_id)
    return session.scalar(statement)


def _values(session: Session, office: Office, data: HolidayInput, own_id: int | None) -> dict:
    errors = FieldErrors()
    name = errors.required("name", data.name, translate("Calendar", "Holiday name"), NAME_MAX)
    if data.on_date is None:
        errors.add("on_date", translate("Calendar", "Date is required."))
    else:
        existing = holiday_on(session, office.id, data.on_date, exclude_id=own_id)
        if existing is not None:
            errors.add(
                "on_date",
                translate(
                    "Calendar",
                    "{day} is already a holiday of {office}: {holiday}. Edit that holiday, or choose "
                    "another date.",
                ).format(day=indian_date(data.on_date), office=office.name, holiday=existing.name),
            )
    errors.raise_if_any()
    return {"on_date": data.on_date, "name": name}


def _row(holiday: Holiday) -> HolidayRow:
    return HolidayRow(holiday.id, holiday.office_id, holiday.on_date, holiday.name)


def add_holiday(db: Database, office_id: int, data: HolidayInput) -> int:
    """Add a holiday to the office's calendar; returns its id."""
    with db.transaction() as session:
        office = get_or_raise(session, Office, office_id, translate("Offices", "Office"))
        holiday = Holiday(office_id=office_id, **_values(session, office, data, None))
        session.add(holiday)
        session.flush()
        return holiday.id


def update_holiday(db: Database, holiday_id: int, data: HolidayInput) -> HolidayRow:
    """Change a holiday's date or name."""
    with db.transaction() as session:
        holiday = get_or_raise(session, Holiday, holiday_id, translate("Calendar", "Holiday"))
        office = get_or_raise(session, Office, holiday.office_id, translate("Offices", "Office"))
        values = _values(session, office, data, holiday.id)
        holiday.on_date = values["on_date"]
        holiday.name = values["name"]
        session.flush()
        return _row(holiday)


def delete_holiday(db: Database, holiday_id: int) -> None:
    """Remove a holiday; meetings already set on that date stay where they are."""
    with db.transaction() as session:
        session.delete(get_or_raise(session, Holiday, holiday_id, translate("Calendar", "Holiday")))


def _in_year(statement, year: int | None):  # type: ignore[no-untyped-def]
    return statement if year is None else statement.where(extract("year", Holiday.on_date) == year)


def list_holidays(db: Database, office_id: int, year: int | None = None) -> list[HolidayRow]:
    """The office's holidays in date order, of one year or all."""
    with db.reading() as session:
        get_or_raise(session, Office, office_id, translate("Offices", "Office"))
        statement = select(Holiday).where(Holiday.office_id == office_id).order_by(Holiday.on_date)
        return [_row(holiday) for holiday in session.scalars(_in_year(statement, year))]


def copy_holidays(
    db: Database, from_office_id: int, to_office_ids: Sequence[int], year: int
) -> HolidayCopyReport:
    """Copy one office's holidays of ``year`` to other offices (a district list entered once goes
    to every block office); dates an office already has are left as they are."""
    with db.transaction() as session:
        source = get_or_raise(session, Office, from_office_id, translate("Offices", "Office"))
        targets = [
            get_or_raise(session, Office, office_id, translate("Offices", "Office"))
            for office_id in dict.fromkeys(to_office_ids)
            if office_id != from_office_id
        ]
        holidays = session.scalars(
            _in_year(select(Holiday).where(Holiday.office_id == source.id), year).order_by(Holiday.on_date)
        ).all()
        if not targets:
            raise ValidationError.single(
                "to_office_ids", translate("Calendar", "Choose at least one other office to copy to.")
            )
        if not holidays:
            return HolidayCopyReport(0, 0)
        already = {
            (office_id, on_date): name
            for office_id, on_date, name in session.execute(
                _in_year(
                    select(Holiday.office_id, Holiday.on_date, Holiday.name).where(
                        Holiday.office_id.in_([office.id for office in targets])
                    ),
                    year,
                )
            ).all()
        }
        added = unchanged = 0
        kept: list[str] = []
        for office in targets:
            for holiday in holidays:
                theirs = already.get((office.id, holiday.on_date))
                if theirs is None:
                    session.add(Holiday(office_id=office.id, on_date=holiday.on_date, name=holiday.name))
                    added += 1
                elif same_name(theirs, holiday.name):
                    unchanged += 1
                else:
                    kept.append(
                        translate(
                            "Calendar",
                            "{office} already has {day} as {theirs}; {holiday} was not copied there.",
                        ).format(
                            office=office.name,
                            day=indian_date(holiday.on_date),
                            theirs=theirs,
                            holiday=holiday.name,
                        )
                    )
        return HolidayCopyReport(added, unchanged, kept)
