"""Templates for circulars and letters, and saved "Copy to" lists.

Built-in templates (meeting notice, Community School Day notice, data request; in English, Kannada
and Hindi) ship with the app in ``resources/templates/circulars.json`` and are kept current on
every :func:`ensure_builtin_templates`. They are not edited: an office copies one and edits its
copy. A template is checked when saved: its body must be printable markup and every placeholder
must be one its recipients or its own fields can fill.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import CopyToList, DocumentTemplate
from desktop.documents.markup import MarkupError, parse_body
from desktop.documents.placeholders import TemplateError, check
from desktop.resources import resource_path
from desktop.services.database import Database
from desktop.services.errors import ConflictError, ValidationError
from desktop.services.i18n import translate
from desktop.services.recipients import placeholder_names
from desktop.services.records import assign, get_or_raise
from desktop.services.text import clean
from desktop.services.validation import FieldErrors

LANGUAGES = ("en", "kn", "hi", "mr")
RECIPIENT_KINDS = ("school", "office", "person")
_FIELD_NAME = re.compile(r"^[a-z][a-z0-9_]{0,39}$")


@dataclass(frozen=True)
class TemplateInput:
    name: str
    language: str
    recipient_kind: str
    subject: str
    body: str
    fields: Sequence[str] = ()
    references: Sequence[str] = ()


@dataclass(frozen=True)
class TemplateRow:
    id: int
    name: str
    language: str
    recipient_kind: str
    subject: str
    body: str
    fields: tuple[str, ...]
    references: tuple[str, ...]
    builtin: bool

    def placeholders(self) -> frozenset[str]:
        """Every placeholder the template may use."""
        return placeholder_names(self.recipient_kind) | set(self.fields)


@dataclass(frozen=True)
class CopyToListRow:
    id: int
    name: str
    entries: tuple[str, ...]


def _row(template: DocumentTemplate) -> TemplateRow:
    return TemplateRow(
        template.id,
        template.name,
        template.language,
        template.recipient_kind,
        template.subject,
        template.body,
        tuple(template.fields or ()),
        tuple(template.references or ()),
        template.builtin_key is not None,
    )


def _values(session: Session, data: TemplateInput, own_id: int | None) -> dict:
    errors = FieldErrors()
    name = errors.required("name", data.name, translate("Templates", "Template name"), 200)
    subject = errors.required("subject", data.subject, translate("Templates", "Subject"), 500)
    if data.language not in LANGUAGES:
        errors.add(
            "language",
            translate("Templates", "Language must be one of {values}.").format(values=", ".join(LANGUAGES)),
        )
    if data.recipient_kind not in RECIPIENT_KINDS:
        errors.add(
            "recipient_kind",
            translate("Templates", "Recipients must be {values}.").format(values=", ".join(RECIPIENT_KINDS)),
        )
    fields = [clean(field) for field in data.fields if clean(field)]
    for field in fields:
        if not _FIELD_NAME.match(field):
            errors.add(
                "fields",
                translate(
                    "Templates",
                    "Field '{field}' must be lower-case letters, digits and _ (e.g. meeting_date).",
                ).format(field=field),
            )
    body = data.body.replace("\r\n", "\n").strip()
    if not body:
        errors.add("body", translate("Templates", "The body is empty."))
    if name:
        clash = select(DocumentTemplate.id).where(
            DocumentTemplate.name == name, DocumentTemplate.language == data.language
        )
        if session.scalar(clash.where(DocumentTemplate.id != (own_id or -1))):
            errors.add(
                "name",
                translate("Templates", "A {language} template named {name} already exists.").format(
                    language=data.language, name=name
                ),
            )
    errors.raise_if_any()
    try:
        parse_body(body)
    except MarkupError as exc:
        raise ValidationError.single("body", exc.message) from exc
    kind_fields = placeholder_names(data.recipient_kind)
    try:
        check({"Subject": subject, "Body": body}, kind_fields | set(fields))
    except TemplateError as exc:
        by_part: dict[str, str] = {}
        for problem in exc.problems:
            by_part.setdefault(problem.part.lower(), str(problem))
        raise ValidationError(by_part) from exc
    references = [clean(reference) for reference in data.references if clean(reference)]
    return {
        "name": name,
        "language": data.language,
        "recipient_kind": data.recipient_kind,
        "subject": subject,
        "body": body,
        "fields": fields,
        "references": references,
    }


def ensure_builtin_templates(db: Database) -> int:
    """Add the built-in templates that are missing and refresh the text of the others; returns how
    many were added."""
    shipped = json.loads(resource_path("templates", "circulars.json").read_text(encoding="utf-8"))
    added = 0
    with db.transaction() as session:
        existing = {
            t.builtin_key: t
            for t in session.scalars(
                select(DocumentTemplate).where(DocumentTemplate.builtin_key.is_not(None))
            )
        }
        for template in shipped:
            for language, text in template["texts"].items():
                key = f"{template['key']}.{language}"
                values = {
                    "name": text["name"],
                    "language": language,
                    "recipient_kind": template["recipient_kind"],
                    "subject": text["subject"],
                    "body": text["body"],
                    "fields": list(template["fields"]),
                    "references": [],
                }
                if key in existing:
                    assign(existing[key], values)
                else:
                    session.add(DocumentTemplate(builtin_key=key, **values))
                    added += 1
    return added


def list_templates(db: Database, language: str | None = None) -> list[TemplateRow]:
    statement = select(DocumentTemplate).order_by(DocumentTemplate.language, DocumentTemplate.name)
    if language is not None:
        statement = statement.where(DocumentTemplate.language == language)
    with db.reading() as session:
        return [_row(template) for template in session.scalars(statement)]


def get_template(db: Database, template_id: int) -> TemplateRow:
    with db.reading() as session:
        return _row(get_or_raise(session, DocumentTemplate, template_id, translate("Templates", "Template")))


def create_template(db: Database, data: TemplateInput) -> TemplateRow:
    with db.transaction() as session:
        template = DocumentTemplate(**_values(session, data, None))
        session.add(template)
        session.flush()
        return _row(template)


def _editable(session: Session, template_id: int) -> DocumentTemplate:
    template = get_or_raise(session, DocumentTemplate, template_id, translate("Templates", "Template"))
    if template.builtin_key is not None:
        raise ConflictError(
            translate(
                "Templates", "{template} is a built-in template; make a copy of it and change the copy."
            ).format(template=template.name)
        )
    return template


def update_template(db: Database, template_id: int, data: TemplateInput) -> TemplateRow:
    with db.transaction() as session:
        template = _editable(session, template_id)
        assign(template, _values(session, data, template_id))
        return _row(template)


def copy_template(db: Database, template_id: int, name: str) -> TemplateRow:
    """A copy of any template (built-in ones included) under a new name, for the office to edit."""
    original = get_template(db, template_id)
    data = TemplateInput(
        name,
        original.language,
        original.recipient_kind,
        original.subject,
        original.body,
        original.fields,
        original.references,
    )
    return create_template(db, data)


def delete_template(db: Database, template_id: int) -> None:
    with db.transaction() as session:
        session.delete(_editable(session, template_id))


def save_copy_to_list(db: Database, name: str, entries: Sequence[str]) -> CopyToListRow:
    """Create the list ``name``, or replace its entries if it exists."""
    errors = FieldErrors()
    name = errors.required("name", name, translate("Templates", "List name"), 200)
    cleaned = [clean(entry) for entry in entries if clean(entry)]
    if not cleaned:
        errors.add("entries", translate("Templates", "A copy-to list needs at least one entry."))
    errors.raise_if_any()
    with db.transaction() as session:
        saved = session.scalar(select(CopyToList).where(CopyToList.name == name))
        if saved is None:
            saved = CopyToList(name=name, entries=cleaned)
            session.add(saved)
        else:
            saved.entries = cleaned
        session.flush()
        return CopyToListRow(saved.id, saved.name, tuple(saved.entries))


def list_copy_to_lists(db: Database) -> list[CopyToListRow]:
    with db.reading() as session:
        return [
            CopyToListRow(saved.id, saved.name, tuple(saved.entries))
            for saved in session.scalars(select(CopyToList).order_by(CopyToList.name))
        ]


def delete_copy_to_list(db: Database, list_id: int) -> None:
    with db.transaction() as session:
        session.delete(get_or_raise(session, CopyToList, list_id, translate("Templates", "Copy-to list")))
