"""The return template's fixed names: its sheets, its hidden marks, what a filled row needs."""

from __future__ import annotations

from desktop.services.exchange.catalogue import CATEGORIES, INBOUND_CATEGORIES
from desktop.services.i18n import QT_TRANSLATE_NOOP

TEMPLATE_FORMAT = "district-collective-desk/return-template"
TEMPLATE_VERSION = 1
ABOUT = "About"
SCHOOLS_SHEET = "schools"
RESULTS = "student_results_pseudonymised"
INDICATORS = "school_indicators"
DATA_SHEETS = {code: CATEGORIES[code].table for code in INBOUND_CATEGORIES}
# A row of these tables without any of these cells carries nothing: a pre-filled row left empty.
FILLED_BY = {
    RESULTS: ("score", "level"),
    INDICATORS: ("enrolment", "enrolment_boys", "enrolment_girls", "attendance_percent", "teachers"),
}
ROUND_NAME_LENGTH = 120  # AssessmentRound.name
LAST_ROW = 1_048_576  # the last row of a sheet: validations cover every row a partner may add
# The hidden marks: key (column D) -> what the reader calls it.
MARKS = {
    "template_format": QT_TRANSLATE_NOOP("Exchange", "format"),
    "template_version": QT_TRANSLATE_NOOP("Exchange", "version"),
    "template_id": QT_TRANSLATE_NOOP("Exchange", "template id"),
    "mou_reference": QT_TRANSLATE_NOOP("Exchange", "MoU reference"),
    "round": QT_TRANSLATE_NOOP("Exchange", "round"),
    "office": QT_TRANSLATE_NOOP("Exchange", "office"),
}
MARK_KEY_COLUMN, MARK_VALUE_COLUMN = "D", "E"
AS_ASKED = QT_TRANSLATE_NOOP(
    "Exchange", "the template workbook the office made for this return, filled in without renaming anything"
)
