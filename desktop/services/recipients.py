"""Who a circular goes to, and the placeholder values each recipient fills.

Recipients are schools (chosen by block, cluster, category or one by one), offices or people.
Each carries the lines of its address and the values of the placeholders it can fill; a
placeholder a recipient cannot fill (a school without a headmaster on record, say) is reported by
:func:`desktop.documents.placeholders.fill` with the recipient's name.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.orm import aliased

from db.models import Block, Cluster, Office, Organisation, Person, School
from desktop.services.database import Database
from desktop.services.listing import apply_search
from desktop.services.udise import LENGTH, normalise_udise

SCHOOL_FIELDS = (
    "school_name",
    "school_name_local",
    "udise_code",
    "block",
    "block_local",
    "cluster",
    "cluster_local",
    "village",
    "pincode",
    "headmaster",
    "headmaster_local",
)
OFFICE_FIELDS = ("office_name", "office_name_local", "office_code", "block")
PERSON_FIELDS = ("person_name", "person_name_local", "designation", "works_at")
# Filled by the circular itself, the same for every recipient.
CIRCULAR_FIELDS = ("date", "number")
HEADMASTER = "Headmaster"


@dataclass(frozen=True)
class Recipient:
    kind: str  # "school", "office" or "person"
    id: int
    label: str  # how the register and messages name it
    address: tuple[str, ...]
    values: dict[str, str | None] = field(default_factory=dict)


@dataclass(frozen=True)
class SchoolSelection:
    """Schools in any of the blocks or clusters, of any of the categories, or chosen one by one.
    Empty criteria do not narrow the choice; an empty selection chooses nothing."""

    block_ids: tuple[int, ...] = ()
    cluster_ids: tuple[int, ...] = ()
    categories: tuple[str, ...] = ()
    school_ids: tuple[int, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not (self.block_ids or self.cluster_ids or self.school_ids)


def placeholder_names(kind: str) -> frozenset[str]:
    """The placeholders a template for this kind of recipient may use."""
    fields = {"school": SCHOOL_FIELDS, "office": OFFICE_FIELDS, "person": PERSON_FIELDS}[kind]
    return frozenset(fields + CIRCULAR_FIELDS)


def school_recipients(db: Database, selection: SchoolSelection) -> list[Recipient]:
    """The chosen schools in UDISE-code order, with their headmaster where one is recorded."""
    if selection.is_empty:
        return []
    with db.reading() as session:
        rows = list(session.execute(_school_query(selection)))
        # The first headmaster recorded at a school is the one addressed (later ones overwrite
        # earlier in this descending walk). All of them: there are far fewer than schools.
        headmasters: dict[int, tuple[str, str | None]] = {}
        for school_id, *names in session.execute(
            select(Person.school_id, Person.name, Person.name_local)
            .where(Person.school_id.is_not(None), Person.designation == HEADMASTER)
            .order_by(Person.id.desc())
        ):
            headmasters[school_id] = (names[0], names[1])
    recipients = []
    for school, block, cluster in rows:
        headmaster, headmaster_local = headmasters.get(school.id, (None, None))
        recipients.append(
            Recipient(
                "school",
                school.id,
                f"{school.name} ({school.udise_code})",
                ("The Headmaster", school.name, f"{block.name} block"),
                {
                    "school_name": school.name,
                    "school_name_local": school.name_local,
                    "udise_code": school.udise_code,
                    "block": block.name,
                    "block_local": block.name_local,
                    "cluster": cluster.name if cluster else None,
                    "cluster_local": cluster.name_local if cluster else None,
                    "village": school.village,
                    "pincode": school.pincode,
                    "headmaster": headmaster,
                    "headmaster_local": headmaster_local,
                },
            )
        )
    return recipients


def count_school_recipients(db: Database, selection: SchoolSelection) -> int:
    """How many schools the selection chooses, each counted once, without reading them."""
    if selection.is_empty:
        return 0
    statement = select(func.count()).select_from(School).where(_chosen(selection))
    with db.reading() as session:
        return int(session.scalar(statement) or 0)


def find_school_ids(db: Database, query: str, limit: int) -> list[int]:
    """Up to ``limit`` schools to choose one by one: the school with this UDISE code when an
    11-digit code is typed, else those matching every typed word, by name. Pickers ask for a
    screenful, so this reads ``limit`` ids, not every match, even at 100,000 schools."""
    code = normalise_udise(query)
    if len(code) == LENGTH and code.isdigit():
        statement = select(School.id).where(School.udise_code == code)
    else:
        statement = apply_search(select(School.id), School.search_text, query)
        statement = statement.order_by(School.name.collate("NOCASE"), School.id).limit(limit)
    with db.reading() as session:
        return list(session.scalars(statement))


def _chosen(selection: SchoolSelection) -> ColumnElement[bool]:
    area = []
    if selection.block_ids:
        area.append(School.block_id.in_(selection.block_ids))
    if selection.cluster_ids:
        area.append(School.cluster_id.in_(selection.cluster_ids))
    chosen = []
    if area:
        by_area = or_(*area)
        if selection.categories:
            by_area = and_(by_area, School.category.in_(selection.categories))
        chosen.append(by_area)
    if selection.school_ids:
        chosen.append(School.id.in_(selection.school_ids))
    return or_(*chosen)


def _school_query(selection: SchoolSelection) -> Select:
    cluster = aliased(Cluster)
    return (
        select(School, Block, cluster)
        .join(Block, School.block_id == Block.id)
        .outerjoin(cluster, School.cluster_id == cluster.id)
        .where(_chosen(selection))
        .order_by(School.udise_code)
    )


def office_recipients(db: Database, office_ids: Sequence[int]) -> list[Recipient]:
    with db.reading() as session:
        rows = session.execute(
            select(Office, Block.name)
            .outerjoin(Block, Office.block_id == Block.id)
            .where(Office.id.in_(office_ids))
            .order_by(Office.name)
        ).all()
    return [
        Recipient(
            "office",
            office.id,
            office.name,
            tuple(line for line in (office.name, office.address) if line),
            {
                "office_name": office.name,
                "office_name_local": office.name_local,
                "office_code": office.office_code,
                "block": block_name,
            },
        )
        for office, block_name in rows
    ]


def person_recipients(db: Database, person_ids: Sequence[int]) -> list[Recipient]:
    with db.reading() as session:
        rows = session.execute(
            select(Person, Office.name, Organisation.name, School.name)
            .outerjoin(Office, Person.office_id == Office.id)
            .outerjoin(Organisation, Person.organisation_id == Organisation.id)
            .outerjoin(School, Person.school_id == School.id)
            .where(Person.id.in_(person_ids))
            .order_by(Person.name)
        ).all()
    recipients = []
    for person, office, organisation, school in rows:
        works_at = office or organisation or school
        recipients.append(
            Recipient(
                "person",
                person.id,
                f"{person.name}, {person.designation}",
                tuple(line for line in (person.name, person.designation, works_at) if line),
                {
                    "person_name": person.name,
                    "person_name_local": person.name_local,
                    "designation": person.designation,
                    "works_at": works_at,
                },
            )
        )
    return recipients


HEADMASTER_TITLE = {"en": "The Headmaster", "kn": "ಮುಖ್ಯ ಶಿಕ್ಷಕರು", "hi": "प्रधानाध्यापक", "mr": "मुख्याध्यापक"}
BLOCK_WORD = {"en": "block", "kn": "ತಾಲ್ಲೂಕು", "hi": "विकासखंड", "mr": "तालुका"}
_LOCALISED = ("school_name", "block", "cluster", "headmaster", "person_name", "office_name")
_SCRIPT_OF_LANGUAGE = {"kn": "kannada", "hi": "devanagari", "mr": "devanagari"}


def localise(recipient: Recipient, language: str) -> Recipient:
    """The recipient as a circular in ``language`` addresses it: names in their regional form where
    one is recorded in that language's script, and the address in that language."""
    script = _SCRIPT_OF_LANGUAGE.get(language)
    if script is None:
        return recipient
    from desktop.documents.fonts import has_script

    values = dict(recipient.values)
    for key in _LOCALISED:
        local = values.get(f"{key}_local")
        if key in values and local and has_script(local, script):
            values[key] = local
    address = recipient.address
    if recipient.kind == "school":
        address = (
            HEADMASTER_TITLE[language],
            values["school_name"] or "",
            f"{values['block']} {BLOCK_WORD[language]}",
        )
    return Recipient(recipient.kind, recipient.id, recipient.label, address, values)
