"""How the MoU timeline words an audit entry: what happened, and each value as office staff read it.

The audit log keeps column names and stored values in English, as a record (decision 47); they
are put into words here, when shown, in the interface's language: a field by the label its form
uses, a code by its label, a date as DD/MM/YYYY, a linked record by its name.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy import Boolean, Column, Date, DateTime

from db.models import (
    Block,
    Cluster,
    Mou,
    MouAmendment,
    MouAttachment,
    MouCoverage,
    MouDataShare,
    MouObligation,
    MouPartner,
    MouSignatory,
    Office,
    Organisation,
    Person,
    School,
)
from desktop.documents.mou_labels import rupees
from desktop.documents.text import indian_date
from desktop.services.i18n import LANGUAGE_NAMES, QT_TRANSLATE_NOOP, plural, translate
from desktop.services.mous.vocabulary import (
    ATTACHMENT_KINDS,
    DATA_CATEGORIES,
    FOCUS_AREAS,
    FREQUENCY_LABELS,
    OBLIGATION_KINDS,
    OBLIGATION_STATUSES,
    PARTIES,
    STATUSES,
)

# The audit log's table names of an MoU and its parts.
MODELS: dict[str, type] = {
    "mou": Mou,
    "mou_partner": MouPartner,
    "mou_coverage": MouCoverage,
    "mou_signatory": MouSignatory,
    "mou_obligation": MouObligation,
    "mou_data_share": MouDataShare,
    "mou_amendment": MouAmendment,
    "mou_attachment": MouAttachment,
}

# One whole message per part and action, so each language words it its own way.
WHAT: dict[tuple[str, str], str] = {
    ("mou", "create"): QT_TRANSLATE_NOOP("MoUs", "MoU created"),
    ("mou", "update"): QT_TRANSLATE_NOOP("MoUs", "MoU changed"),
    ("mou", "delete"): QT_TRANSLATE_NOOP("MoUs", "MoU deleted"),
    ("mou_partner", "create"): QT_TRANSLATE_NOOP("MoUs", "Partner added"),
    ("mou_partner", "update"): QT_TRANSLATE_NOOP("MoUs", "Partner changed"),
    ("mou_partner", "delete"): QT_TRANSLATE_NOOP("MoUs", "Partner removed"),
    ("mou_coverage", "create"): QT_TRANSLATE_NOOP("MoUs", "Added to the coverage"),
    ("mou_coverage", "update"): QT_TRANSLATE_NOOP("MoUs", "Coverage changed"),
    ("mou_coverage", "delete"): QT_TRANSLATE_NOOP("MoUs", "Removed from the coverage"),
    ("mou_signatory", "create"): QT_TRANSLATE_NOOP("MoUs", "Signatory added"),
    ("mou_signatory", "update"): QT_TRANSLATE_NOOP("MoUs", "Signatory changed"),
    ("mou_signatory", "delete"): QT_TRANSLATE_NOOP("MoUs", "Signatory removed"),
    ("mou_obligation", "create"): QT_TRANSLATE_NOOP("MoUs", "Obligation added"),
    ("mou_obligation", "update"): QT_TRANSLATE_NOOP("MoUs", "Obligation changed"),
    ("mou_obligation", "delete"): QT_TRANSLATE_NOOP("MoUs", "Obligation removed"),
    ("mou_data_share", "create"): QT_TRANSLATE_NOOP("MoUs", "Data-sharing term added"),
    ("mou_data_share", "update"): QT_TRANSLATE_NOOP("MoUs", "Data-sharing term changed"),
    ("mou_data_share", "delete"): QT_TRANSLATE_NOOP("MoUs", "Data-sharing term removed"),
    ("mou_amendment", "create"): QT_TRANSLATE_NOOP("MoUs", "Amendment added"),
    ("mou_amendment", "update"): QT_TRANSLATE_NOOP("MoUs", "Amendment changed"),
    ("mou_amendment", "delete"): QT_TRANSLATE_NOOP("MoUs", "Amendment removed"),
    ("mou_attachment", "create"): QT_TRANSLATE_NOOP("MoUs", "Scanned copy attached"),
    ("mou_attachment", "update"): QT_TRANSLATE_NOOP("MoUs", "Scanned copy changed"),
    ("mou_attachment", "delete"): QT_TRANSLATE_NOOP("MoUs", "Scanned copy removed"),
}

# Each field by the label of the form where it is entered (the screens' own labels live in
# desktop/ui, out of the services' reach, so the same English is marked here).
LABELS: dict[str, dict[str, str]] = {
    "mou": {
        "reference": QT_TRANSLATE_NOOP("MoUs", "Reference number"),
        "title": QT_TRANSLATE_NOOP("MoUs", "Title"),
        "office_id": QT_TRANSLATE_NOOP("MoUs", "District office"),
        "nodal_officer_id": QT_TRANSLATE_NOOP("MoUs", "Nodal officer"),
        "focus": QT_TRANSLATE_NOOP("MoUs", "Focus"),
        "focus_other": QT_TRANSLATE_NOOP("MoUs", "Describe the focus"),
        "objectives": QT_TRANSLATE_NOOP("MoUs", "Objectives"),
        "start_date": QT_TRANSLATE_NOOP("MoUs", "Starts on"),
        "end_date": QT_TRANSLATE_NOOP("MoUs", "Ends on"),
        "funded": QT_TRANSLATE_NOOP("MoUs", "Funded"),
        "funding_amount": QT_TRANSLATE_NOOP("MoUs", "Funding"),
        "whole_district": QT_TRANSLATE_NOOP("MoUs", "Whole district"),
        "status": QT_TRANSLATE_NOOP("MoUs", "Status"),
        "status_changed_on": QT_TRANSLATE_NOOP("MoUs", "Status changed on"),
        "terminated_on": QT_TRANSLATE_NOOP("MoUs", "Terminated on"),
        "termination_reason": QT_TRANSLATE_NOOP("MoUs", "Reason for terminating"),
        "overlap_reason": QT_TRANSLATE_NOOP("MoUs", "Why both overlapping MoUs are needed"),
        "renews_id": QT_TRANSLATE_NOOP("MoUs", "Renews"),
        "language": QT_TRANSLATE_NOOP("MoUs", "Language of the MoU"),
        "text": QT_TRANSLATE_NOOP("MoUs", "Text of the MoU"),
    },
    "mou_partner": {"organisation_id": QT_TRANSLATE_NOOP("MoUs", "Partner organisation")},
    "mou_coverage": {
        "block_id": QT_TRANSLATE_NOOP("MoUs", "Block"),
        "cluster_id": QT_TRANSLATE_NOOP("MoUs", "Cluster"),
        "school_id": QT_TRANSLATE_NOOP("MoUs", "School"),
    },
    "mou_signatory": {
        "name": QT_TRANSLATE_NOOP("MoUs", "Name"),
        "designation": QT_TRANSLATE_NOOP("MoUs", "Designation"),
        "party": QT_TRANSLATE_NOOP("MoUs", "Signs for"),
        "organisation_id": QT_TRANSLATE_NOOP("MoUs", "Which partner"),
        "required": QT_TRANSLATE_NOOP("MoUs", "Required"),
        "signed_on": QT_TRANSLATE_NOOP("MoUs", "Date signed"),
    },
    "mou_obligation": {
        "party": QT_TRANSLATE_NOOP("MoUs", "Party"),
        "kind": QT_TRANSLATE_NOOP("MoUs", "Kind"),
        "description": QT_TRANSLATE_NOOP("MoUs", "What is to be done"),
        "owner": QT_TRANSLATE_NOOP("MoUs", "Owner"),
        "due_date": QT_TRANSLATE_NOOP("MoUs", "Due by"),
        "frequency": QT_TRANSLATE_NOOP("MoUs", "How often"),
        "indicator": QT_TRANSLATE_NOOP("MoUs", "Indicator and target"),
        "status": QT_TRANSLATE_NOOP("MoUs", "Status"),
    },
    "mou_data_share": {
        "category": QT_TRANSLATE_NOOP("MoUs", "The partner may receive"),
        "purpose": QT_TRANSLATE_NOOP("MoUs", "For what purpose"),
        "keep_months": QT_TRANSLATE_NOOP("MoUs", "Keep it for"),
    },
    "mou_amendment": {
        "version": QT_TRANSLATE_NOOP("MoUs", "Version"),
        "effective_from": QT_TRANSLATE_NOOP("MoUs", "Takes effect on"),
        "signed_on": QT_TRANSLATE_NOOP("MoUs", "Signed on"),
        "summary": QT_TRANSLATE_NOOP("MoUs", "What it changes"),
        "text": QT_TRANSLATE_NOOP("MoUs", "Text of the amendment"),
        "new_end_date": QT_TRANSLATE_NOOP("MoUs", "Changes the end date to"),
        "previous_end_date": QT_TRANSLATE_NOOP("MoUs", "Previous end date"),
    },
    "mou_attachment": {
        "kind": QT_TRANSLATE_NOOP("MoUs", "Kind"),
        "title": QT_TRANSLATE_NOOP("MoUs", "Title"),
        "file_name": QT_TRANSLATE_NOOP("MoUs", "File"),
    },
}

# Bookkeeping, not something anyone changed: the entry's own ids, list order, search words,
# the stored file's hash and type (the file name says which file). Timestamps are left out by
# their column type.
HIDDEN = frozenset({"id", "mou_id", "position", "search_text", "created_at", "updated_at"})
HIDDEN_IN: dict[str, frozenset[str]] = {"mou_attachment": frozenset({"sha256", "media_type", "size"})}
# Long texts: that they changed is what the timeline can say in a line.
LONG_TEXTS = frozenset({("mou", "text"), ("mou_amendment", "text")})

# Stored codes and the labels of desktop.services.mous.vocabulary (context "MoUs").
CODES: dict[tuple[str, str], Mapping[str, str]] = {
    ("mou", "status"): STATUSES,
    ("mou", "focus"): FOCUS_AREAS,
    ("mou_signatory", "party"): PARTIES,
    ("mou_obligation", "party"): PARTIES,
    ("mou_obligation", "kind"): OBLIGATION_KINDS,
    ("mou_obligation", "status"): OBLIGATION_STATUSES,
    ("mou_obligation", "frequency"): FREQUENCY_LABELS,
    ("mou_data_share", "category"): DATA_CATEGORIES,
    ("mou_attachment", "kind"): ATTACHMENT_KINDS,
}
# How a linked record is named: by these columns of its table ("name (UDISE code)" for a school).
NAMED_BY: dict[str, tuple[Any, ...]] = {
    "mou": (Mou.id, Mou.reference),
    "office": (Office.id, Office.name),
    "organisation": (Organisation.id, Organisation.name),
    "person": (Person.id, Person.name),
    "block": (Block.id, Block.name),
    "cluster": (Cluster.id, Cluster.name),
    "school": (School.id, School.name, School.udise_code),
}
# What stands for a created or deleted part in its entry, its fields in this order.
SUMMARY_FIELDS: dict[str, tuple[str, ...]] = {
    "mou": ("reference",),
    "mou_partner": ("organisation_id",),
    "mou_signatory": ("name", "designation"),
    "mou_obligation": ("description",),
    "mou_data_share": ("category",),
    "mou_amendment": ("summary",),
    "mou_attachment": ("title", "file_name"),
}
MAX_SHOWN = 80

Names = Mapping[str, Mapping[int, str]]  # table -> id -> name


def what(table: str, action: str) -> str:
    """ "Signatory added", in the interface's language."""
    return translate("MoUs", WHAT[(table, action)])


def column(table: str, key: str) -> Column | None:
    return MODELS[table].__table__.columns.get(key)


def hidden(table: str, key: str) -> bool:
    if key in HIDDEN or key in HIDDEN_IN.get(table, ()):
        return True
    found = column(table, key)
    return found is not None and isinstance(found.type, DateTime)


def label(table: str, key: str) -> str:
    """The field's label; a column added later without one reads from its name until it gets one."""
    marked = LABELS.get(table, {}).get(key)
    return translate("MoUs", marked) if marked else key.replace("_", " ").capitalize()


def linked_table(table: str, key: str) -> str | None:
    """The table a foreign-key field points to, when the timeline can name its records."""
    found = column(table, key)
    if found is None:
        return None
    targets = [fk.column.table.name for fk in found.foreign_keys]
    return targets[0] if targets and targets[0] in NAMED_BY else None


def linked_ids(table: str, values: Mapping[str, Any] | None) -> dict[str, set[int]]:
    """The ids of linked records among ``values``, by the table they are in."""
    found: dict[str, set[int]] = {}
    for key, value in (values or {}).items():
        target = linked_table(table, key)
        if target is not None and isinstance(value, int):
            found.setdefault(target, set()).add(value)
    return found


def name_of(row: tuple[Any, ...]) -> str:
    """A linked record's name from its :data:`NAMED_BY` columns (after the id)."""
    name, *extra = row[1:]
    return f"{name} ({extra[0]})" if extra and extra[0] else str(name)


def shown(table: str, key: str, value: Any, names: Names) -> str:
    """A stored value as office staff read it."""
    if value is None or value == "" or value == []:
        return "—"
    codes = CODES.get((table, key))
    if codes is not None:
        return translate("MoUs", codes[value]) if value in codes else str(value)
    if (table, key) == ("mou", "language"):
        return LANGUAGE_NAMES.get(value, str(value))
    target = linked_table(table, key)
    if target is not None:
        return names.get(target, {}).get(value) or f"#{value}"
    if (table, key) == ("mou", "funding_amount") and isinstance(value, int):
        return rupees(value)
    if (table, key) == ("mou_data_share", "keep_months") and isinstance(value, int):
        return plural(value, translate("MoUs", "{count} month"), translate("MoUs", "{count} months")).format(
            count=value
        )
    found = column(table, key)
    if isinstance(value, bool) or (found is not None and isinstance(found.type, Boolean)):
        return translate("MoUs", "yes") if value else translate("MoUs", "no")
    if found is not None and isinstance(found.type, Date) and isinstance(value, str):
        return indian_date(date.fromisoformat(value[:10]))
    if isinstance(value, list):
        return ", ".join(shown(table, key, item, names) for item in value)
    if isinstance(value, dict):
        return "; ".join(f"{k}: {shown(table, key, v, names)}" for k, v in value.items())
    text = " ".join(str(value).split())
    return text if len(text) <= MAX_SHOWN else text[: MAX_SHOWN - 1] + "…"


def changes(table: str, before: Mapping[str, Any], after: Mapping[str, Any], names: Names) -> str:
    """ "Status: Under review → Signed; Ends on: 31/05/2027 → 30/06/2027"."""
    lines = []
    for key, value in after.items():
        if hidden(table, key):
            continue
        if (table, key) in LONG_TEXTS:
            lines.append(translate("MoUs", "{field} changed").format(field=label(table, key)))
            continue
        lines.append(
            translate("MoUs", "{field}: {before} → {after}").format(
                field=label(table, key),
                before=shown(table, key, before.get(key), names),
                after=shown(table, key, value, names),
            )
        )
    return "; ".join(lines)


def summary(table: str, values: Mapping[str, Any], names: Names) -> str:
    """A created or deleted part in a line: "Ramesh Gowda (Executive Director)", "Block: Gokak"."""
    if table == "mou_coverage":
        return "; ".join(
            translate("MoUs", "{field}: {value}").format(
                field=label(table, key), value=shown(table, key, values[key], names)
            )
            for key in ("block_id", "cluster_id", "school_id")
            if values.get(key) is not None
        )
    parts = [shown(table, key, values.get(key), names) for key in SUMMARY_FIELDS[table] if values.get(key)]
    if not parts:
        return ""
    first, *rest = parts
    return f"{first} ({', '.join(rest)})" if rest else first
