"""Templates and copy-to lists: built-ins kept read-only, placeholders and markup checked on save."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.documents.circular import Circular, Letterhead, Signatory, render_circular
from desktop.documents.placeholders import fill
from desktop.services import templates
from desktop.services.database import Database
from desktop.services.errors import ConflictError, ValidationError
from desktop.services.recipients import SchoolSelection, person_recipients, school_recipients
from desktop.services.templates import TemplateInput


def _input(**changes: object) -> TemplateInput:
    values: dict = {
        "name": "Library week notice",
        "language": "en",
        "recipient_kind": "school",
        "subject": "Library week at {school_name}",
        "body": "The library week will be held from {start_date}.\n- Display new books.",
        "fields": ("start_date",),
    }
    values.update(changes)
    return TemplateInput(**values)


def test_builtins_are_added_once_in_three_languages(db: Database) -> None:
    assert templates.ensure_builtin_templates(db) == 12
    assert templates.ensure_builtin_templates(db) == 0
    shipped = templates.list_templates(db)
    assert {t.language for t in shipped} == {"en", "kn", "hi"}
    assert all(t.builtin for t in shipped)
    assert len(templates.list_templates(db, "kn")) == 4


def test_every_builtin_passes_the_checks_a_saved_template_must_pass(db: Database) -> None:
    templates.ensure_builtin_templates(db)
    for builtin in templates.list_templates(db):
        copy = templates.copy_template(db, builtin.id, f"{builtin.name} (our copy)")
        assert not copy.builtin and copy.body == builtin.body and copy.fields == builtin.fields


def test_builtins_cannot_be_changed_but_copies_can(db: Database) -> None:
    templates.ensure_builtin_templates(db)
    builtin = templates.list_templates(db, "en")[0]
    with pytest.raises(ConflictError, match="make a copy"):
        templates.update_template(db, builtin.id, _input())
    with pytest.raises(ConflictError, match="make a copy"):
        templates.delete_template(db, builtin.id)
    copy = templates.copy_template(db, builtin.id, "Our notice")
    changed = templates.update_template(
        db,
        copy.id,
        _input(
            name="Our notice",
            recipient_kind=copy.recipient_kind,
            subject="Changed",
            body="Changed body",
            fields=(),
        ),
    )
    assert (changed.subject, changed.body) == ("Changed", "Changed body")
    templates.delete_template(db, copy.id)
    assert copy.id not in {t.id for t in templates.list_templates(db)}


def test_a_misspelt_placeholder_is_reported_where_it_is(db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        templates.create_template(
            db, _input(subject="Library week at {scool_name}", body="From {start_dat}.")
        )
    errors = caught.value.field_errors
    assert (
        errors["subject"]
        == "Subject, line 1, column 17: unknown placeholder {scool_name}; did you mean {school_name}?"
    )
    assert (
        errors["body"]
        == "Body, line 1, column 6: unknown placeholder {start_dat}; did you mean {start_date}?"
    )
    assert templates.list_templates(db) == []


def test_other_bad_templates_are_refused_with_the_field_named(db: Database) -> None:
    cases = {
        "body": _input(body="| a | b |\n| c |"),
        "fields": _input(fields=("Start Date",)),
        "language": _input(language="ta"),
        "recipient_kind": _input(recipient_kind="cluster"),
        "name": _input(name=" "),
    }
    for field, data in cases.items():
        with pytest.raises(ValidationError) as caught:
            templates.create_template(db, data)
        assert field in caught.value.field_errors, field
    templates.create_template(db, _input())
    with pytest.raises(ValidationError, match="already exists"):
        templates.create_template(db, _input())
    templates.create_template(db, _input(language="kn"))  # the same name in another language is fine


def test_copy_to_lists_are_saved_replaced_and_removed(db: Database) -> None:
    first = templates.save_copy_to_list(db, "Block offices", ["BEO Badami", " BEO Hungund ", ""])
    assert first.entries == ("BEO Badami", "BEO Hungund")
    again = templates.save_copy_to_list(db, "Block offices", ["BEO Bilagi"])
    assert again.id == first.id and again.entries == ("BEO Bilagi",)
    with pytest.raises(ValidationError, match="at least one entry"):
        templates.save_copy_to_list(db, "Empty", [" "])
    assert [saved.name for saved in templates.list_copy_to_lists(db)] == ["Block offices"]
    templates.delete_copy_to_list(db, first.id)
    assert templates.list_copy_to_lists(db) == []


@pytest.mark.parametrize("language", ["en", "kn", "hi"])
def test_builtins_fill_and_print_for_real_recipients(demo_db: Database, language: str) -> None:
    import io

    from pypdf import PdfReader

    templates.ensure_builtin_templates(demo_db)
    from desktop.services import people

    headmaster = people.get_person(demo_db, people.search_person_ids(demo_db, "headmaster")[0])
    school = school_recipients(demo_db, SchoolSelection(school_ids=(headmaster.school_id,)))[0]
    member = person_recipients(demo_db, [headmaster.id])[0]
    own_values = {
        "event_date": "15/12/2026",
        "report_due_date": "20/12/2026",
        "data_description": "enrolment figures for 2026-27",
        "due_date": "05/12/2026",
        "send_to": "the BEO",
        "committee": "District Task Force",
        "meeting_date": "08/12/2026",
        "meeting_time": "11:00",
        "venue": "DIET hall",
        "agenda": "review of FLN progress",
        "mou_reference": "DDPI/KVD/MOU/2026/01",
        "partner": "Akshara Pathways Foundation",
        "focus": "Foundational literacy and numeracy (FLN)",
        "start_date": "01/06/2026",
        "end_date": "31/05/2027",
        "data_allowed": "School directory (names, UDISE codes, location, management)",
        "date": "23/11/2026",
        "number": "DDPI/BGK/2026-27/0001",
    }
    for template in templates.list_templates(demo_db, language):
        recipient = school if template.recipient_kind == "school" else member
        values = {**recipient.values, **own_values}
        circular = Circular(
            Letterhead("Office of the DDPI, Kaveri Demo District", "ಉಪನಿರ್ದೇಶಕರ ಕಛೇರಿ"),
            date(2026, 11, 23),
            fill(template.subject, values, recipient.label),
            fill(template.body, values, recipient.label),
            Signatory("Savitha Patil", "DDPI"),
            language,
            "DDPI/KVD/2026-27/0001",
            recipient.address,
        )
        reader = PdfReader(io.BytesIO(render_circular(circular)))
        assert len(reader.pages) == 1
        assert "DDPI/KVD/2026-27/0001" in reader.pages[0].extract_text()
