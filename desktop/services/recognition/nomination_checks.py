"""The checks of a nomination's form: its justification, category, nominator, date and nominee
(an existing record of an eligible kind, or a new person not already on record)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Office, Organisation, Person, RecognitionCycle, RecognitionProgramme
from desktop.documents.text import indian_date
from desktop.services import people
from desktop.services.errors import ValidationError
from desktop.services.i18n import translate
from desktop.services.recognition.nominees import NOMINEE_CHOICES, Nominee, find_nominee
from desktop.services.recognition.vocabulary import NOMINATOR_KINDS, NOMINEE_KINDS, kind_of_designation
from desktop.services.search_text import affiliation_name
from desktop.services.text import clean, clean_optional
from desktop.services.validation import FieldErrors

if TYPE_CHECKING:
    from desktop.services.recognition.nominations import NominatorChoice, NomineeChoice

MIN_JUSTIFICATION = 20
MAX_JUSTIFICATION = 5000


def checked_justification(errors: FieldErrors, text: str) -> str:
    justification = clean(text)
    if not justification:
        errors.add(
            "justification",
            translate("Recognition", "Justification is required: say what the nominee did and what changed."),
        )
    elif len(justification) < MIN_JUSTIFICATION:
        errors.add(
            "justification",
            translate(
                "Recognition",
                "The justification is {count} characters long; write at least {least}: "
                "what the nominee did and what changed because of it.",
            ).format(count=len(justification), least=MIN_JUSTIFICATION),
        )
    elif len(justification) > MAX_JUSTIFICATION:
        errors.add(
            "justification",
            translate(
                "Recognition",
                "The justification is {count} characters long; at most {limit} fit.",
            ).format(count=len(justification), limit=MAX_JUSTIFICATION),
        )
    return justification


def checked_category(errors: FieldErrors, programme: RecognitionProgramme, value: str | None) -> str | None:
    category = clean_optional(value)
    if not programme.categories:
        if category:
            errors.add(
                "category",
                translate("Recognition", "{programme} has no categories; leave the category empty.").format(
                    programme=programme.name
                ),
            )
        return None
    if category is None:
        errors.add(
            "category",
            translate("Recognition", "Choose the category: {categories}.").format(
                categories=", ".join(programme.categories)
            ),
        )
        return None
    match = next((c for c in programme.categories if c.casefold() == category.casefold()), None)
    if match is None:
        errors.add(
            "category",
            translate(
                "Recognition", "'{category}' is not a category of {programme}; choose one of: {categories}."
            ).format(category=category, programme=programme.name, categories=", ".join(programme.categories)),
        )
    return match


def checked_nominator_columns(
    session: Session, errors: FieldErrors, choice: NominatorChoice
) -> dict[str, int]:
    models = {"person": Person, "office": Office, "organisation": Organisation}
    if choice.kind not in NOMINATOR_KINDS:
        errors.add(
            "nominator",
            translate("Recognition", "Choose who nominates: a person, an office or an organisation."),
        )
        return {}
    if choice.id is None or session.get(models[choice.kind], choice.id) is None:
        errors.add(
            "nominator",
            translate("Recognition", "The chosen nominating {kind} no longer exists; choose again.").format(
                kind=translate("Recognition", NOMINATOR_KINDS[choice.kind]).lower()
            ),
        )
        return {}
    return {f"{choice.kind}_id": choice.id}


def check_window(errors: FieldErrors, cycle: RecognitionCycle, label: str, on: date | None) -> None:
    if on is None:
        errors.add("nominated_on", translate("Recognition", "The date of the nomination is required."))
    elif not cycle.nomination_opens <= on <= cycle.nomination_closes:
        errors.add(
            "nominated_on",
            translate(
                "Recognition",
                "Nominations for {cycle} are open from {opens} to {closes}; this one is dated {day}.",
            ).format(
                cycle=label,
                opens=indian_date(cycle.nomination_opens),
                closes=indian_date(cycle.nomination_closes),
                day=indian_date(on),
            ),
        )


def _equals(column: Any, value: int | None) -> Any:
    return column.is_(None) if value is None else column == value


def new_person_values(session: Session, errors: FieldErrors, data: people.PersonInput) -> dict | None:
    """The new person's columns, checked as the People form checks them, or None (errors noted)."""
    try:
        values = people._values(session, data)
    except ValidationError as problems:
        for field, message in problems.field_errors.items():
            errors.add(f"new_person.{field}", message)
        return None
    same = session.scalars(
        select(Person).where(
            Person.name.collate("NOCASE") == values["name"],
            *(
                _equals(getattr(Person, key), values[key])
                for key in ("office_id", "organisation_id", "school_id")
            ),
        )
    ).first()
    if same is not None:
        where = affiliation_name(session, same)
        errors.add(
            "new_person.name",
            translate(
                "Recognition",
                "{person} ({designation}) is already in the records; "
                "choose that person as the nominee instead of adding them again.",
            ).format(
                person=same.name, designation=f"{same.designation}, {where}" if where else same.designation
            ),
        )
        return None
    return values


def checked_nominee(
    session: Session, errors: FieldErrors, choice: NomineeChoice
) -> tuple[Nominee | None, dict | None]:
    """The nominee (for the eligibility check) and, for a new person, the columns to create."""
    if choice.kind not in NOMINEE_CHOICES:
        errors.add(
            "nominee", translate("Recognition", "Choose the nominee: a person, a school or a cluster.")
        )
        return None, None
    if choice.new_person is not None:
        if choice.kind != "person" or choice.id is not None:
            errors.add(
                "nominee",
                translate("Recognition", "Choose an existing nominee or add a new person, not both."),
            )
            return None, None
        values = new_person_values(session, errors, choice.new_person)
        if values is None:
            return None, None
        nominee = Nominee(
            kind_of_designation(values["designation"]),
            values["name"],
            values["name_local"],
            "",
            None,
            None,
            values["designation"],
        )
        return nominee, values
    if choice.id is None:
        errors.add(
            "nominee",
            translate("Recognition", "Choose the {kind} nominated.").format(kind=kind_word(choice.kind)),
        )
        return None, None
    nominee = find_nominee(session, choice.kind, choice.id)
    if nominee is None:
        errors.add(
            "nominee",
            translate("Recognition", "The chosen {kind} no longer exists; choose again.").format(
                kind=kind_word(choice.kind)
            ),
        )
    return nominee, None


def kind_word(kind: str) -> str:
    """A kind of nominee record inside a sentence ("the school nominated")."""
    if kind == "person":
        return translate("Recognition", "person")
    return translate("Recognition", NOMINEE_KINDS[kind]).lower()
