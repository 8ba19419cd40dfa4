"""The return template: a workbook the office makes for a partner without the app, and reading it back.

The office exports it for an MoU and a round; the partner fills it offline and gives it back, or
(with the app) turns it into a signed return package (``return_package``). Its sheets hold the
tables partners send back (``catalogue.INBOUND_CATEGORIES``) with exactly the catalogue's
headings, pre-filled with the schools the MoU covers and, where the MoU's terms allow pseudonymised
student results, the students of the office's latest round under their pseudonyms for this MoU.

The About sheet carries the template's marks in two hidden columns (a key in column D, its value
in column E): reading back finds them wherever rows were moved, and refuses a workbook without
them, with a renamed or missing sheet, or with a heading renamed, missing or added, naming the
file, the sheet and the column.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from openpyxl import Workbook
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import (
    AssessmentRound,
    Block,
    Cluster,
    Mou,
    MouDataShare,
    MouPartner,
    Office,
    Organisation,
    ResultSummary,
    School,
    StudentResult,
)
from desktop.documents.spreadsheet_cells import workbook_bytes
from desktop.services.database import Database
from desktop.services.errors import ConflictError, ValidationError
from desktop.services.exchange.catalogue import CATEGORIES, INBOUND_CATEGORIES
from desktop.services.exchange.pseudonyms import mou_secret, pseudonym_map
from desktop.services.exchange.return_template_marks import (
    DATA_SHEETS,
    INDICATORS,
    RESULTS,
    ROUND_NAME_LENGTH,
    SCHOOLS_SHEET,
    TEMPLATE_FORMAT,
    TEMPLATE_VERSION,
)
from desktop.services.exchange.return_template_sheets import (
    about_sheet,
    data_sheet,
    schools_sheet,
    validations,
)
from desktop.services.exchange.scope import among, check_in_force
from desktop.services.i18n import translate
from desktop.services.mous.coverage import covered_school_ids
from desktop.services.records import get_or_raise
from desktop.services.text import clean


@dataclass(frozen=True)
class TemplateScope:
    """An MoU in force as a return template sees it."""

    mou_id: int
    reference: str
    title: str
    office_name: str
    partner_names: tuple[str, ...]
    organisation_ids: tuple[int, ...]
    school_ids: frozenset[int]
    allows_student_results: bool


@dataclass(frozen=True)
class BuiltTemplate:
    """A return template's workbook and what it carries out of the office, for the exchange log."""

    data: bytes  # the .xlsx file
    template_id: str
    mou_id: int
    reference: str
    round_name: str
    partner_names: tuple[str, ...]
    organisation_ids: tuple[int, ...]
    school_codes: tuple[str, ...]  # the schools sheet (and the indicator rows), sorted
    student_keys: frozenset[str]  # the office's ids of the students pre-filled under pseudonyms
    student_rows: int  # pre-filled result rows (one per student per subject)


# --- the office's side: making the template ------------------------------------------------------


def template_scope(session: Session, mou_id: int, today: date) -> TemplateScope:
    """The MoU as a template sees it. The same rule as an export decides whether the MoU is in force
    (and says why not); unlike an export, a template needs no data-sharing terms: it asks for data
    to come back, and sends only pseudonyms the terms allow."""
    mou = get_or_raise(session, Mou, mou_id, translate("MoUs", "MoU"))
    check_in_force(mou, today)
    school_ids = frozenset(covered_school_ids(session, mou))
    if not school_ids:
        raise ConflictError(
            translate(
                "Exchange",
                "MoU {reference} covers no schools today: a return template would have no school to "
                "return data about.",
            ).format(reference=mou.reference)
        )
    partners = session.execute(
        select(Organisation.id, Organisation.name)
        .join(MouPartner, MouPartner.organisation_id == Organisation.id)
        .where(MouPartner.mou_id == mou.id)
        .order_by(MouPartner.id)
    ).all()
    office = session.get(Office, mou.office_id)
    allows = session.scalar(
        select(func.count()).where(MouDataShare.mou_id == mou.id, MouDataShare.category == RESULTS)
    )
    return TemplateScope(
        mou_id=mou.id,
        reference=mou.reference,
        title=mou.title,
        office_name=office.name if office else "",
        partner_names=tuple(name for _id, name in partners),
        organisation_ids=tuple(organisation_id for organisation_id, _name in partners),
        school_ids=school_ids,
        allows_student_results=bool(allows),
    )


def _round_name(text: str) -> str:
    name = clean(text)
    if not name:
        raise ValidationError.single(
            "round_name", translate("Exchange", "Give the name of the round the partner returns data for.")
        )
    if len(name) > ROUND_NAME_LENGTH:
        raise ValidationError.single(
            "round_name",
            translate("Exchange", "The round's name is {count} characters long; at most {limit} fit.").format(
                count=len(name), limit=ROUND_NAME_LENGTH
            ),
        )
    return name


def latest_results_round(session: Session, school_ids: frozenset[int]) -> int | None:
    """The last round, in the export's round order, with student results of these schools."""
    with_results = select(ResultSummary.round_id).where(among(ResultSummary.school_id, school_ids)).distinct()
    statement = (
        select(AssessmentRound.id)
        .where(AssessmentRound.id.in_(with_results))
        .order_by(AssessmentRound.start_date.desc().nulls_first(), AssessmentRound.id.desc())
    )
    return session.scalars(statement.limit(1)).first()


def _student_rows(
    session: Session, mou_id: int, template: TemplateScope, round_name: str
) -> tuple[list[list[str]], frozenset[str]]:
    """Pseudonym, school, round, grade, gender and subject of every result of the latest round,
    ordered by school, grade and pseudonym (never by the office's ids); and the office's ids of
    those students, for the exchange log."""
    round_id = latest_results_round(session, template.school_ids)
    if round_id is None:
        return [], frozenset()
    results = session.execute(
        select(
            StudentResult.student_key,
            School.udise_code,
            StudentResult.grade,
            StudentResult.gender,
            StudentResult.subject,
        )
        .join(School, School.id == StudentResult.school_id)
        .where(StudentResult.round_id == round_id, among(StudentResult.school_id, template.school_ids))
    ).all()
    aliases = pseudonym_map(mou_secret(session, mou_id), (row[0] for row in results))
    rows = [
        [aliases[key], code, round_name, str(grade), gender or "", subject, "", "", ""]
        for key, code, grade, gender, subject in results
    ]
    rows.sort(key=lambda row: (row[1], int(row[3]), row[0], row[5]))
    return rows, frozenset(aliases)


def _schools(session: Session, school_ids: frozenset[int]) -> list[tuple[str, str, str, str]]:
    statement = (
        select(School.udise_code, School.name, Block.name, Cluster.name)
        .join(Block, Block.id == School.block_id)
        .outerjoin(Cluster, Cluster.id == School.cluster_id)
        .where(among(School.id, school_ids))
        .order_by(School.udise_code)
    )
    return [(code, name, block, cluster or "") for code, name, block, cluster in session.execute(statement)]


def _round_terms(session: Session, round_name: str) -> tuple[tuple[str, ...], float | None]:
    """The level names and top score of the round, if the office already has it."""
    round_ = session.scalar(
        select(AssessmentRound).where(func.lower(AssessmentRound.name) == round_name.lower())
    )
    if round_ is None:
        return (), None
    levels = tuple(round_.level_scheme.levels) if round_.level_scheme is not None else ()
    return levels, round_.max_score


def _allowed(round_name: str, levels: Sequence[str], max_score: float | None) -> dict[str, str]:
    """What each column may hold, in plain words, for the About sheet."""
    top = f" from 0 to {max_score:g}" if max_score is not None else " (0 or more)"
    level = (
        f"one of: {', '.join(levels)}"
        if levels
        else "leave it empty unless the office has told you the names of the round's levels"
    )
    return {
        "student_pseudonym": "as filled in by the office; do not change it",
        "udise_code": "the 11-digit code, as on the schools sheet",
        "round": f"{round_name} (may be left empty)",
        "grade": "a whole number from 1 to 12",
        "gender": "F, M or O",
        "subject": "as filled in by the office",
        "score": f"a number{top}, e.g. 14 or 14.5",
        "level": level,
        "assessed_on": "a date, DD/MM/YYYY (e.g. 15/01/2027)",
        "enrolment": "a whole number",
        "enrolment_boys": "a whole number",
        "enrolment_girls": "a whole number",
        "attendance_percent": "a number from 0 to 100",
        "teachers": "a whole number",
    }


def _about_rows(
    template: TemplateScope, round_name: str, today: date, template_id: str, allowed: dict[str, str]
) -> list[tuple[str, Any]]:
    results, indicators = DATA_SHEETS[RESULTS], DATA_SHEETS[INDICATORS]
    facts: list[tuple[str, Any]] = [
        ("Return template", f"for returning data to {template.office_name} under an MoU"),
        ("MoU", f"{template.reference}: {template.title}"),
        ("Office", template.office_name),
        ("Partner", ", ".join(template.partner_names)),
        ("Round", round_name),
        ("Made on", today),
        ("Template id", template_id),
        (
            "How to fill it in",
            f"On the {results} sheet, one row per student per subject; on the {indicators} sheet, "
            "one row per school. The rows already there name the students and schools of this MoU: "
            "fill in the empty cells. Leave a row empty if the student was not assessed. Do not add "
            "students who are not listed: the office can match only the pseudonyms it made.",
        ),
        (
            "Do not change",
            "Do not rename the sheets or the column headings, and do not add columns: the office's "
            "app reads the workbook by them. Keep this About sheet as it is.",
        ),
        ("Schools", f"The {SCHOOLS_SHEET} sheet lists the schools of this MoU, for reference."),
    ]
    for code in INBOUND_CATEGORIES:
        category = CATEGORIES[code]
        facts += [(f"{category.table}: {f.key}", f"{f.label}: {allowed[f.key]}") for f in category.fields]
    return facts


def build_return_template(session: Session, mou_id: int, *, today: date, round_name: str) -> BuiltTemplate:
    """The return template of MoU ``mou_id`` for ``round_name``, built in the caller's session.

    Refused, saying why, when the MoU is not in force today or covers no schools. Where its terms
    allow pseudonymised student results, the students of the office's latest round are pre-filled
    (the MoU's pseudonym secret is made if it has none yet: the one change this writes, in the
    caller's transaction)."""
    name = _round_name(round_name)
    template = template_scope(session, mou_id, today)
    students, student_keys = (
        _student_rows(session, mou_id, template, name)
        if template.allows_student_results
        else ([], frozenset())
    )
    schools = _schools(session, template.school_ids)
    levels, max_score = _round_terms(session, name)
    template_id = str(uuid.uuid4())
    allowed = _allowed(name, levels, max_score)
    marks = {
        "template_format": TEMPLATE_FORMAT,
        "template_version": str(TEMPLATE_VERSION),
        "template_id": template_id,
        "mou_reference": template.reference,
        "round": name,
        "office": template.office_name,
    }
    width = len(CATEGORIES[INDICATORS].columns)
    indicator_rows = [[code, name] + [""] * (width - 2) for code, *_rest in schools]
    book = Workbook(write_only=True)
    about_sheet(book, _about_rows(template, name, today, template_id, allowed), marks)
    checks = validations(allowed, levels, max_score)
    data_sheet(book, RESULTS, students, checks)
    data_sheet(book, INDICATORS, indicator_rows, checks)
    schools_sheet(book, schools)
    return BuiltTemplate(
        data=workbook_bytes(book, f"Return template {template.reference}, {name}"),
        template_id=template_id,
        mou_id=template.mou_id,
        reference=template.reference,
        round_name=name,
        partner_names=template.partner_names,
        organisation_ids=template.organisation_ids,
        school_codes=tuple(code for code, *_rest in schools),
        student_keys=student_keys,
        student_rows=len(students),
    )


def return_template_bytes(db: Database, mou_id: int, *, today: date, round_name: str) -> bytes:
    """The return template's bytes alone, in a transaction of its own (tests and scripts).

    Nothing records that it was made: what gives a template to a partner is
    ``return_template_export.export_return_template``, which logs it in the same transaction."""
    with db.transaction() as session:
        return build_return_template(session, mou_id, today=today, round_name=round_name).data
