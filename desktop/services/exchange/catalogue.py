"""What a package may hold: each data category of the MoU terms, its table and its fields.

The MoU's data-sharing terms name categories (``mous.vocabulary.DATA_CATEGORIES``); this is the
one place that says which fields each category carries. A package holds the tables of the
categories the terms allow and, in them, exactly these columns: nothing else can leave the office.
The same tables come back from partners (``INBOUND_CATEGORIES``), filled from the return template.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.services.baseline.figures import SUPPRESS_BELOW
from desktop.services.i18n import QT_TRANSLATE_NOOP
from desktop.services.mous.vocabulary import DATA_CATEGORIES

FORMAT_NAME = "district-collective-desk/exchange"
FORMAT_VERSION = 1
SMALL_GROUP = SUPPRESS_BELOW  # aggregated groups of fewer students than this are suppressed


@dataclass(frozen=True)
class ExportField:
    key: str  # the column's header in the CSV and XLSX tables
    # What the field holds: in English in the partner README, translated with
    # translate("Exchange", label) in the export wizard.
    label: str


@dataclass(frozen=True)
class ExportCategory:
    code: str  # a key of DATA_CATEGORIES
    table: str  # file stem: <table>.csv and a sheet of the same name
    record_kind: str  # what one row is, for counts ("schools", "student results", …)
    fields: tuple[ExportField, ...]

    @property
    def label(self) -> str:
        """The category's name, in English (the screens translate it with translate("MoUs", label))."""
        return DATA_CATEGORIES[self.code]

    @property
    def columns(self) -> tuple[str, ...]:
        return tuple(f.key for f in self.fields)


def _fields(*pairs: tuple[str, str]) -> tuple[ExportField, ...]:
    return tuple(ExportField(key, label) for key, label in pairs)


CATEGORIES: dict[str, ExportCategory] = {
    c.code: c
    for c in (
        ExportCategory(
            "school_directory",
            "school_directory",
            "schools",
            _fields(
                ("udise_code", QT_TRANSLATE_NOOP("Exchange", "The school's 11-digit UDISE code")),
                ("school_name", QT_TRANSLATE_NOOP("Exchange", "Name of the school")),
                ("school_name_local", QT_TRANSLATE_NOOP("Exchange", "Name in the regional language")),
                ("block", QT_TRANSLATE_NOOP("Exchange", "Block")),
                ("cluster", QT_TRANSLATE_NOOP("Exchange", "Cluster")),
                ("village", QT_TRANSLATE_NOOP("Exchange", "Village or locality")),
                ("management", QT_TRANSLATE_NOOP("Exchange", "Management (e.g. Department of Education)")),
                (
                    "school_category",
                    QT_TRANSLATE_NOOP("Exchange", "School category (e.g. primary with upper primary)"),
                ),
                ("area", QT_TRANSLATE_NOOP("Exchange", "rural or urban")),
                ("pincode", QT_TRANSLATE_NOOP("Exchange", "PIN code")),
                ("medium", QT_TRANSLATE_NOOP("Exchange", "Medium of instruction")),
                ("latitude", QT_TRANSLATE_NOOP("Exchange", "Latitude")),
                ("longitude", QT_TRANSLATE_NOOP("Exchange", "Longitude")),
            ),
        ),
        ExportCategory(
            "school_indicators",
            "school_indicators",
            "school indicator rows",
            _fields(
                ("udise_code", QT_TRANSLATE_NOOP("Exchange", "The school's UDISE code")),
                ("round", QT_TRANSLATE_NOOP("Exchange", "Assessment round")),
                ("enrolment", QT_TRANSLATE_NOOP("Exchange", "Students enrolled")),
                ("enrolment_boys", QT_TRANSLATE_NOOP("Exchange", "Boys enrolled")),
                ("enrolment_girls", QT_TRANSLATE_NOOP("Exchange", "Girls enrolled")),
                (
                    "attendance_percent",
                    QT_TRANSLATE_NOOP("Exchange", "Average daily attendance, % of enrolment"),
                ),
                ("teachers", QT_TRANSLATE_NOOP("Exchange", "Teachers")),
            ),
        ),
        ExportCategory(
            "assessment_aggregates",
            "assessment_aggregates",
            "aggregate rows",
            _fields(
                ("unit_level", QT_TRANSLATE_NOOP("Exchange", "school, cluster or block")),
                ("block", QT_TRANSLATE_NOOP("Exchange", "Block")),
                ("cluster", QT_TRANSLATE_NOOP("Exchange", "Cluster (cluster and school rows)")),
                ("udise_code", QT_TRANSLATE_NOOP("Exchange", "UDISE code (school rows)")),
                ("school_name", QT_TRANSLATE_NOOP("Exchange", "Name of the school (school rows)")),
                ("round", QT_TRANSLATE_NOOP("Exchange", "Assessment round")),
                ("grade", QT_TRANSLATE_NOOP("Exchange", "Grade")),
                ("subject", QT_TRANSLATE_NOOP("Exchange", "Subject")),
                ("students", QT_TRANSLATE_NOOP("Exchange", "Students assessed (blank when suppressed)")),
                ("mean_score", QT_TRANSLATE_NOOP("Exchange", "Mean score (blank when suppressed)")),
                (
                    "percent_at_grade_level",
                    QT_TRANSLATE_NOOP("Exchange", "% at grade level (blank when suppressed)"),
                ),
                ("suppressed", f"yes when fewer than {SMALL_GROUP} students: the figures are left out"),
            ),
        ),
        ExportCategory(
            "student_results_pseudonymised",
            "student_results",
            "student results",
            _fields(
                (
                    "student_pseudonym",
                    QT_TRANSLATE_NOOP(
                        "Exchange", "The student's pseudonym under this MoU (not the school's id)"
                    ),
                ),
                ("udise_code", QT_TRANSLATE_NOOP("Exchange", "The school's UDISE code")),
                ("round", QT_TRANSLATE_NOOP("Exchange", "Assessment round")),
                ("grade", QT_TRANSLATE_NOOP("Exchange", "Grade")),
                ("gender", QT_TRANSLATE_NOOP("Exchange", "F, M or O")),
                ("subject", QT_TRANSLATE_NOOP("Exchange", "Subject")),
                ("score", QT_TRANSLATE_NOOP("Exchange", "Score")),
                ("level", QT_TRANSLATE_NOOP("Exchange", "Learning level")),
                ("assessed_on", QT_TRANSLATE_NOOP("Exchange", "Date assessed (DD/MM/YYYY)")),
            ),
        ),
        ExportCategory(
            "official_contacts",
            "official_contacts",
            "officials",
            _fields(
                ("name", QT_TRANSLATE_NOOP("Exchange", "Name")),
                ("name_local", QT_TRANSLATE_NOOP("Exchange", "Name in the regional language")),
                ("designation", QT_TRANSLATE_NOOP("Exchange", "Designation")),
                ("office", QT_TRANSLATE_NOOP("Exchange", "Office")),
                ("phone", QT_TRANSLATE_NOOP("Exchange", "Phone")),
                ("email", QT_TRANSLATE_NOOP("Exchange", "Email")),
            ),
        ),
    )
}

# Never in any package, whatever the terms say: the office's own student ids and children's names.
NEVER_EXPORTED = frozenset({"student_name", "student_key", "student_id"})

# What partners may send back, and into which import target (baseline import validation) each
# table goes, column by column.
INBOUND_CATEGORIES: dict[str, tuple[str, dict[str, str]]] = {
    "student_results_pseudonymised": (
        "assessment",
        {
            "student_pseudonym": "student_id",
            "udise_code": "udise",
            "grade": "grade",
            "gender": "gender",
            "subject": "subject",
            "score": "score",
            "level": "level",
            "assessed_on": "assessed_on",
        },
    ),
    "school_indicators": (
        "indicators",
        {
            "udise_code": "udise",
            "enrolment": "enrolment",
            "enrolment_boys": "enrolment_boys",
            "enrolment_girls": "enrolment_girls",
            "attendance_percent": "attendance_percent",
            "teachers": "teachers",
        },
    ),
}

assert set(CATEGORIES) == set(DATA_CATEGORIES), "every shareable category needs its table here"
assert not any(set(c.columns) & NEVER_EXPORTED for c in CATEGORIES.values())
