"""Government offices (DEO, DIET, Collector's office, block offices) that issue letters and orders."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from db.models import Block, Body, District, Mou, Office, Person
from desktop.documents.errors import DocumentError
from desktop.documents.letterhead import MAX_LOGO_BYTES, Letterhead, load_logo
from desktop.services import stored_files
from desktop.services.committees.bodies import refresh_bodies
from desktop.services.committees.usage import refuse_office_in_committees
from desktop.services.database import Database
from desktop.services.errors import ConflictError, ValidationError
from desktop.services.i18n import plural, translate
from desktop.services.listing import apply_search, apply_sort, chunks, ordered_ids
from desktop.services.listing_index import ListingIndex, build_index
from desktop.services.mous.usage import refuse_if_in_mous
from desktop.services.recognition.usage import refuse_if_in_recognition
from desktop.services.records import assign, count, get_or_raise, is_taken
from desktop.services.search_text import office_search_text, refresh_people
from desktop.services.validation import FieldErrors

OFFICE_KINDS = (
    "DEO",
    "DDPI",
    "DIET",
    "Collector's office",
    "Zilla Panchayat",
    "Samagra Shiksha (DPO)",
    "BEO",
    "BRC",
    "CRC",
    "Other",
)


@dataclass(frozen=True)
class OfficeInput:
    name: str
    kind: str
    office_code: str
    name_local: str | None = None
    address: str | None = None
    address_local: str | None = None
    district_id: int | None = None
    block_id: int | None = None
    phone: str | None = None
    email: str | None = None
    # A new logo (the image file's bytes), or remove_logo; neither keeps the logo as it is.
    logo: bytes | None = None
    remove_logo: bool = False


@dataclass(frozen=True)
class OfficeRow:
    id: int
    name: str
    name_local: str | None
    kind: str
    office_code: str
    address: str | None
    address_local: str | None
    district_id: int | None
    block_id: int | None
    block_name: str | None
    phone: str | None
    email: str | None
    logo_sha256: str | None = None


SORT_KEYS: dict[str, Sequence[ColumnElement]] = {
    "name": [Office.name.collate("NOCASE")],
    "kind": [Office.kind, Office.name.collate("NOCASE")],
    "office_code": [Office.office_code],
}


def _values(session: Session, data: OfficeInput, own_id: int | None) -> dict:
    errors = FieldErrors()
    name = errors.required("name", data.name, translate("Offices", "Office name"), 200)
    code = errors.required("office_code", data.office_code, translate("Offices", "Office code"), 30).upper()
    kind = errors.required("kind", data.kind, translate("Offices", "Kind of office"), 40)
    if name and is_taken(session, Office.name, name, own_id):
        errors.add("name", translate("Offices", "An office named {name} already exists.").format(name=name))
    if code and is_taken(session, Office.office_code, code, own_id):
        errors.add(
            "office_code",
            translate("Offices", "Office code {code} is already used by another office.").format(code=code),
        )
    if data.district_id is not None and session.get(District, data.district_id) is None:
        errors.add("district_id", translate("Offices", "The chosen district no longer exists."))
    block = session.get(Block, data.block_id) if data.block_id is not None else None
    if data.block_id is not None and block is None:
        errors.add("block_id", translate("Offices", "The chosen block no longer exists."))
    values = {
        "name": name,
        "office_code": code,
        "kind": kind,
        "name_local": errors.optional("name_local", data.name_local, translate("Offices", "Local name"), 200),
        "address": errors.optional("address", data.address, translate("Offices", "Address"), 500),
        "address_local": errors.optional(
            "address_local", data.address_local, translate("Offices", "Local address"), 500
        ),
        "district_id": data.district_id
        if data.district_id is not None
        else (block.district_id if block else None),
        "block_id": data.block_id,
        "phone": errors.phone("phone", data.phone),
        "email": errors.email("email", data.email),
    }
    if data.logo is not None and (problem := _logo_problem(data.logo)):
        errors.add("logo", problem)
    errors.raise_if_any()
    return values


def _row(office: Office, block_name: str | None) -> OfficeRow:
    return OfficeRow(
        office.id,
        office.name,
        office.name_local,
        office.kind,
        office.office_code,
        office.address,
        office.address_local,
        office.district_id,
        office.block_id,
        block_name,
        office.phone,
        office.email,
        office.logo_sha256,
    )


def _logo_problem(logo: bytes) -> str | None:
    try:
        stored_files.checked_content(
            logo,
            translate("Offices", "The logo"),
            field="logo",
            allowed=stored_files.IMAGES,
            max_bytes=MAX_LOGO_BYTES,
        )
        # A file that starts like a PNG but does not decode must not reach a printed page.
        load_logo(Letterhead("", logo=logo))
    except ValidationError as exc:
        return exc.field_errors["logo"]
    except DocumentError as exc:
        return exc.message
    return None


def _apply_logo(session: Session, office: Office, data: OfficeInput) -> None:
    """Store a new logo (checked in :func:`_values`) or drop the office's logo."""
    if data.logo is not None:
        media_type = stored_files.media_type_of(data.logo) or stored_files.PNG
        office.logo_sha256 = stored_files.store(session, data.logo, media_type).sha256
    elif data.remove_logo:
        office.logo_sha256 = None


def create_office(db: Database, data: OfficeInput) -> OfficeRow:
    with db.transaction() as session:
        office = Office(**_values(session, data, None))
        _apply_logo(session, office, data)
        block = session.get(Block, office.block_id) if office.block_id is not None else None
        office.search_text = office_search_text(office, block)
        session.add(office)
        session.flush()
        return _row(office, block.name if block else None)


def update_office(db: Database, office_id: int, data: OfficeInput) -> OfficeRow:
    with db.transaction() as session:
        office = get_or_raise(session, Office, office_id, translate("Offices", "Office"))
        assign(office, _values(session, data, office_id))
        _apply_logo(session, office, data)
        block = session.get(Block, office.block_id) if office.block_id is not None else None
        office.search_text = office_search_text(office, block)
        session.flush()
        refresh_people(session, Person.office_id == office_id)
        refresh_bodies(session, Body.office_id == office_id)
        return _row(office, block.name if block else None)


def delete_office(db: Database, office_id: int) -> None:
    with db.transaction() as session:
        office = get_or_raise(session, Office, office_id, translate("Offices", "Office"))
        refuse_if_in_mous(session, office.name, Mou.office_id, office_id, "signs")
        refuse_office_in_committees(session, office.name, office_id)
        refuse_if_in_recognition(session, office.name, "office", office_id)
        people = count(session, Person.office_id, office_id)
        if people:
            message = plural(
                people,
                translate("Offices", "{office} still has one person; move or remove them first."),
                translate("Offices", "{office} still has {count} people; move or remove them first."),
            )
            raise ConflictError(message.format(office=office.name, count=people))
        session.delete(office)


def office_logo(db: Database, office_id: int) -> bytes | None:
    """The office's logo image, checked against its hash; None if it has none."""
    with db.reading() as session:
        office = get_or_raise(session, Office, office_id, translate("Offices", "Office"))
        return stored_files.load(session, office.logo_sha256) if office.logo_sha256 else None


def get_office(db: Database, office_id: int) -> OfficeRow:
    with db.reading() as session:
        office = get_or_raise(session, Office, office_id, translate("Offices", "Office"))
        return _row(office, office.block.name if office.block else None)


def list_offices(db: Database) -> list[OfficeRow]:
    return list(office_rows(db, search_office_ids(db)).values())


def search_office_ids(
    db: Database, query: str = "", *, sort: str = "name", descending: bool = False
) -> list[int]:
    statement = apply_sort(
        apply_search(select(Office.id), Office.search_text, query), SORT_KEYS, sort, descending, Office.id
    )
    with db.reading() as session:
        return ordered_ids(session, statement)


def office_rows(db: Database, ids: Sequence[int]) -> dict[int, OfficeRow]:
    rows: dict[int, OfficeRow] = {}
    with db.reading() as session:
        for part in chunks(ids):
            statement = (
                select(Office, Block.name)
                .outerjoin(Block, Office.block_id == Block.id)
                .where(Office.id.in_(part))
            )
            for office, block_name in session.execute(statement):
                rows[office.id] = _row(office, block_name)
    return {record_id: rows[record_id] for record_id in ids if record_id in rows}


INDEX_SORTS = {"name": ["name"], "kind": ["kind", "name"], "office_code": ["office_code"]}
INDEX_EXACT = ["kind", "office_code"]  # sorted without NOCASE in SORT_KEYS


def office_listing(db: Database) -> ListingIndex:
    statement = select(Office.id, Office.search_text, Office.name, Office.kind, Office.office_code).order_by(
        Office.id
    )
    with db.reading() as session:
        rows = session.execute(statement).all()
    return build_index(rows, ["name", "kind", "office_code"], INDEX_SORTS, exact=INDEX_EXACT)
