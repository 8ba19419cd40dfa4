"""Printing for committees: the members' contact sheet, and the office order that constitutes (or
reconstitutes) a body, prepared as a circular to its members for the circular editor to issue.

Once that order is issued its dispatch number becomes the body's constituting order
(:func:`record_constituting_order`), so later documents name it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select

from db.models import Body, BodyMembership, DispatchEntry, Office, Organisation
from desktop.documents.circular import Signatory
from desktop.documents.contact_sheet import render_contact_sheet
from desktop.documents.governance_data import BodyHeading, ContactSheet, MemberLine
from desktop.documents.markup import table_cell
from desktop.documents.placeholders import literal
from desktop.documents.text import indian_date
from desktop.services.circulars import CircularDraft, letterhead_for
from desktop.services.committees.bodies import BodyDetail, active_on, get_body
from desktop.services.committees.memberships import MemberRow, composition_on
from desktop.services.database import Database
from desktop.services.disk import write_file
from desktop.services.errors import ConflictError, ValidationError
from desktop.services.i18n import translate
from desktop.services.recipients import person_recipients
from desktop.services.records import get_or_raise

ORDER_LANGUAGES = ("en",)
ORDER_COLUMNS = ("No.", "Name", "Designation", "Representing", "Role")


# --- the contact sheet ---------------------------------------------------------------------------


def _check_alive(body: BodyDetail, on: date, order: bool) -> None:
    """A contact sheet or an order (``order``) can only be made for a date in the body's life."""
    if body.data.formed_on is not None and on < body.data.formed_on:
        if order:
            message = translate(
                "Committees", "{body} was formed on {formed_on}; there is no order for {day}, before that."
            )
        else:
            message = translate(
                "Committees",
                "{body} was formed on {formed_on}; there is no contact sheet for {day}, before that.",
            )
        raise ValidationError.single(
            "on",
            message.format(
                body=body.data.name, formed_on=indian_date(body.data.formed_on), day=indian_date(on)
            ),
        )
    if body.dissolved_on is not None and on > body.dissolved_on:
        if order:
            message = translate(
                "Committees",
                "{body} was dissolved on {dissolved_on}; there is no order for {day}, after that.",
            )
        else:
            message = translate(
                "Committees",
                "{body} was dissolved on {dissolved_on}; there is no contact sheet for {day}, after that.",
            )
        raise ValidationError.single(
            "on",
            message.format(
                body=body.data.name, dissolved_on=indian_date(body.dissolved_on), day=indian_date(on)
            ),
        )


def _heading(body: BodyDetail) -> BodyHeading:
    return BodyHeading(
        name=body.data.name,
        kind=body.kind_label,
        level=body.level_label,
        unit=body.unit_name,
        name_local=body.data.name_local,
        constituting_order=body.data.constituting_order,
    )


def contact_sheet(db: Database, body_id: int, on: date) -> ContactSheet:
    """What the contact sheet of the body's members on ``on`` shows, chair first."""
    body = get_body(db, body_id, on)
    _check_alive(body, on, order=False)
    members = composition_on(db, body_id, on)
    assert body.data.office_id is not None  # required on save
    return ContactSheet(
        letterhead=letterhead_for(db, body.data.office_id),
        body=_heading(body),
        as_on=on,
        members=tuple(
            MemberLine(
                name=m.person_name,
                role=m.role_label,
                name_local=m.person_name_local,
                representing=m.representing,
                designation=m.designation,
                phone=m.phone,
                email=m.email,
            )
            for m in members
        ),
    )


def contact_sheet_pdf(db: Database, body_id: int, on: date) -> bytes:
    """The members' contact sheet on ``on`` as a PDF, on the convening office's letterhead."""
    return render_contact_sheet(contact_sheet(db, body_id, on))


def save_contact_sheet(db: Database, body_id: int, on: date, path: Path) -> Path:
    """Write the contact sheet to ``path``, whole or not at all."""
    write_file(path, contact_sheet_pdf(db, body_id, on))
    return path


# --- the order constituting the body -------------------------------------------------------------


def _text(value: str | None) -> str:
    return literal(value or "")


def _cell(value: str | None) -> str:
    return literal(table_cell(value)) or "—"


def _copy_to(db: Database, body_id: int, on: date, convening_office_id: int) -> tuple[str, ...]:
    """The heads of the offices and organisations the members represent on ``on``; the convening
    office issues the order and is left out."""
    with db.reading() as session:
        represented = session.execute(
            select(BodyMembership.office_id, BodyMembership.organisation_id).where(
                BodyMembership.body_id == body_id, active_on(on)
            )
        ).all()
        office_ids = {o for o, _ in represented if o is not None and o != convening_office_id}
        organisation_ids = {g for _, g in represented if g is not None}
        offices = session.scalars(select(Office).where(Office.id.in_(office_ids)).order_by(Office.name))
        lines = [f"The Head of Office, {office.name}" for office in offices]
        organisations = session.scalars(
            select(Organisation).where(Organisation.id.in_(organisation_ids)).order_by(Organisation.name)
        )
        lines += [
            "The Head, " + ", ".join(part for part in (org.name, org.address) if part)
            for org in organisations
        ]
    return tuple(lines)


def _order_body(body: BodyDetail, members: list[MemberRow], *, on: date, reconstituting: bool) -> str:
    name, unit = _text(body.data.name), _text(body.unit_name)
    if reconstituting:
        opening = (
            f"The *{name}* of {unit}, constituted by the order cited above, is reconstituted "
            f"with effect from {on:%d/%m/%Y} with the members listed below."
        )
    else:
        formed = body.data.formed_on or on
        opening = (
            f"The *{name}* is hereby constituted for {unit} with effect from {formed:%d/%m/%Y}, "
            "with the members listed below."
        )
    lines = [opening]
    if body.data.purpose:
        lines.append(f"*Purpose:* {_text(body.data.purpose)}")
    if body.kind_label.casefold() != body.data.name.casefold():
        lines.append(f"*Kind of body:* {_text(body.kind_label)}")
    lines += [
        f"*Level:* {body.level_label} — {unit}",
        f"*Convened by:* {_text(body.office_name)}",
        f"*Meetings:* {_text(body.frequency_label)}",
        f"The members of the {name} as on {on:%d/%m/%Y}:",
        "| " + " | ".join(ORDER_COLUMNS) + " |",
        "|" + "---|" * len(ORDER_COLUMNS),
    ]
    for number, member in enumerate(members, start=1):
        cells = (str(number), member.person_name, member.designation, member.representing, member.role_label)
        lines.append("| " + " | ".join(_cell(cell) for cell in cells) + " |")
    closing = "The members are requested to attend its meetings and to carry out the work it assigns to them."
    if any(member.role == "member_secretary" for member in members):
        closing += " The member secretary will send the notices of its meetings and keep their minutes."
    else:
        closing += (
            f" The {_text(body.office_name)} will send the notices of its meetings and keep their minutes."
        )
    lines.append(closing)
    return "\n".join(lines)


def _earlier_order(db: Database, body_id: int) -> str | None:
    """The body's constituting order as cited in a reconstitution: "Order No. X dated DD/MM/YYYY"."""
    with db.reading() as session:
        body = get_or_raise(session, Body, body_id, translate("Committees", "Body"))
        if not body.constituting_order:
            return None
        entry = session.get(DispatchEntry, body.constituting_entry_id) if body.constituting_entry_id else None
        dated = f" dated {entry.issued_on:%d/%m/%Y}" if entry is not None else ""
        return f"Order No. {body.constituting_order}{dated}"


def constitution_order_draft(
    db: Database,
    body_id: int,
    *,
    on: date,
    language: str = "en",
    signatory: Signatory,
    issued_on: date,
    section: str = "",
) -> tuple[CircularDraft, tuple[int, ...]]:
    """The office order constituting the body (reconstituting it when it already has an order),
    with its purpose, level and unit, meeting frequency and a table of its members on ``on``, sent
    to each member with copies to the heads of the offices and organisations they represent.
    Returns the draft and the members' person ids, in the table's order, for the circular editor;
    issue it with :func:`desktop.services.circulars.issue_circular`."""
    if language not in ORDER_LANGUAGES:
        raise ValidationError.single(
            "language", translate("Committees", "The order constituting a body is written in English only.")
        )
    body = get_body(db, body_id, on)
    if body.dissolved_on is not None:
        raise ConflictError(
            translate(
                "Committees",
                "{body} was dissolved on {dissolved_on}; no order constituting it can be issued now.",
            ).format(body=body.data.name, dissolved_on=indian_date(body.dissolved_on))
        )
    _check_alive(body, on, order=True)
    members = composition_on(db, body_id, on)
    if not members:
        raise ConflictError(
            translate(
                "Committees", "{body} has no members on {day}; add its members before preparing the order."
            ).format(body=body.data.name, day=indian_date(on))
        )
    earlier = _earlier_order(db, body_id)
    assert body.data.office_id is not None  # required on save
    person_ids = tuple(member.person_id for member in members)
    draft = CircularDraft(
        office_id=body.data.office_id,
        issued_on=issued_on,
        language=language,
        subject=_text(f"{'Reconstitution' if earlier else 'Constitution'} of the {body.data.name}"),
        body=_order_body(body, members, on=on, reconstituting=earlier is not None),
        recipients=tuple(person_recipients(db, person_ids)),
        signatory=signatory,
        section=section,
        references=(earlier,) if earlier else (),  # printed as given, not filled
        copy_to=_copy_to(db, body_id, on, body.data.office_id),
    )
    return draft, person_ids


def record_constituting_order(db: Database, body_id: int, dispatch_entry_id: int) -> None:
    """Name the issued order (its number and register entry) as the one constituting the body."""
    with db.transaction() as session:
        body = get_or_raise(session, Body, body_id, translate("Committees", "Body"))
        entry = get_or_raise(
            session, DispatchEntry, dispatch_entry_id, translate("Circulars", "Issued circular")
        )
        if entry.status == "cancelled":
            raise ConflictError(
                translate(
                    "Committees",
                    "Order No. {number} was cancelled; it cannot be recorded as constituting {body}.",
                ).format(number=entry.number, body=body.name)
            )
        body.constituting_order = entry.number
        body.constituting_entry_id = entry.id
